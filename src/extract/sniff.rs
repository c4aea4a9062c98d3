//! What a file really is, from its first bytes: offices rename files freely (a `.doc` that is a
//! `.docx`, a `.xls` that is text), so the extension is only a hint.

/// The container or format the bytes show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Magic {
    Zip,
    Pdf,
    /// OLE2 compound file: legacy Word/Excel/WPS, or an encrypted Office file.
    Ole,
    Image,
    /// Nothing recognisable: treat as text.
    Other,
}

pub(crate) fn sniff(bytes: &[u8]) -> Magic {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Magic::Zip
    } else if bytes.starts_with(b"%PDF-")
        || bytes
            .get(..1024)
            .is_some_and(|h| h.windows(5).any(|w| w == b"%PDF-"))
    {
        Magic::Pdf
    } else if bytes.starts_with(OLE) {
        Magic::Ole
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"GIF8")
        || bytes.starts_with(b"BM") && bytes.len() > 26
    {
        Magic::Image
    } else {
        Magic::Other
    }
}

/// Whether an OLE2 file is an encrypted OOXML package (what Office writes for a password).
pub(crate) fn ole_is_encrypted(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptionInfo"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// The names of the streams of an OLE2 compound file, after the `cfb` crate has checked its
/// sector chains. Readers further on (calamine) trust those chains, and a chain that loops makes
/// them read forever; a file that fails here is damaged.
pub(crate) fn ole_streams(bytes: &[u8]) -> Result<Vec<String>, String> {
    let file = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    Ok(file
        .walk()
        .filter(|e| e.is_stream())
        .map(|e| e.name().to_string())
        .collect())
}
