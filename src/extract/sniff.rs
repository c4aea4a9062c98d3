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

/// The largest range a legacy workbook's `Dimensions` records declare (rows, columns), when it
/// exceeds `max_cells`. calamine reserves room for that range before reading a cell, so a forged
/// record can ask for terabytes. Every offset of the Workbook stream is looked at, because
/// calamine reaches sheets through offsets that need not follow the record sequence.
pub(crate) fn xls_declared_size(bytes: &[u8], max_cells: u64) -> Option<(u64, u64)> {
    use std::io::Read;
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))?;
    let mut stream = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    let u16_at = |i: usize| u32::from(u16::from_le_bytes([stream[i], stream[i + 1]]));
    let u32_at =
        |i: usize| u32::from_le_bytes([stream[i], stream[i + 1], stream[i + 2], stream[i + 3]]);
    let mut worst: Option<(u64, u64)> = None;
    for i in 0..stream.len().saturating_sub(4) {
        if stream[i] != 0x00 || stream[i + 1] != 0x02 {
            continue;
        }
        let len = u16_at(i + 2) as usize;
        let d = i + 4;
        if d + len > stream.len() {
            continue;
        }
        // The same reading calamine makes (BIFF5: 16-bit rows; BIFF8: 32-bit rows).
        let (rf, rl, mut cf, cl) = match len {
            10 => (u16_at(d), u16_at(d + 2), u16_at(d + 4), u16_at(d + 6)),
            14 | 16 => (u32_at(d), u32_at(d + 4), u16_at(d + 8), u16_at(d + 10)),
            _ => continue,
        };
        if cf > 0xFF || cl < cf {
            cf = 0;
        }
        if rl == 0 || cl == 0 {
            continue;
        }
        let rows = u64::from((rl - 1).wrapping_sub(rf).wrapping_add(1));
        let cols = u64::from((cl - 1).wrapping_sub(cf).wrapping_add(1));
        if rows.saturating_mul(cols) > max_cells
            && worst.is_none_or(|(r, c)| rows.saturating_mul(cols) > r.saturating_mul(c))
        {
            worst = Some((rows, cols));
        }
    }
    worst
}
