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

/// The largest range a legacy workbook's sheet would make calamine allocate (rows, columns), when
/// it exceeds `max_cells`. calamine reserves a sheet's declared range (`Dimensions`) and then
/// allocates the range its cells span as one dense block, both before a cell is read; forged
/// records can ask for terabytes, and a failed allocation aborts the process. This walks the
/// records the way calamine reaches them (the sheet offsets of the `BoundSheet8` records, then
/// record by record to the sheet's `EOF`), reading only record types, lengths and cell positions.
pub(crate) fn xls_oversized(bytes: &[u8], max_cells: u64) -> Option<(u64, u64)> {
    let stream = workbook_stream(bytes)?;
    let records = |from: usize| BiffRecords {
        stream: &stream,
        at: from,
    };
    let sheets: std::collections::BTreeSet<usize> = records(0)
        .filter(|(typ, data)| *typ == 0x0085 && data.len() >= 4)
        .map(|(_, d)| u32::from_le_bytes([d[0], d[1], d[2], d[3]]) as usize)
        .filter(|&pos| pos < stream.len())
        .take(4096)
        .collect();
    let u16_at = |d: &[u8], i: usize| u32::from(u16::from_le_bytes([d[i], d[i + 1]]));
    let mut worst: Option<(u64, u64)> = None;
    let mut consider = |rows: u64, cols: u64| {
        if rows.saturating_mul(cols) > max_cells
            && worst.is_none_or(|(r, c)| rows.saturating_mul(cols) > r.saturating_mul(c))
        {
            worst = Some((rows, cols));
        }
    };
    for pos in sheets {
        let (mut min, mut max) = ((u32::MAX, u32::MAX), (0u32, 0u32));
        let mut cell = |row: u32, col: u32| {
            min = (min.0.min(row), min.1.min(col));
            max = (max.0.max(row), max.1.max(col));
        };
        for (typ, d) in records(pos) {
            match typ {
                0x000A => break,
                // Dimensions, read as calamine reads it (BIFF5: 16-bit rows, BIFF8: 32-bit).
                0x0200 => {
                    let u32_at =
                        |i: usize| u32::from_le_bytes([d[i], d[i + 1], d[i + 2], d[i + 3]]);
                    let (rf, rl, mut cf, cl) = match d.len() {
                        10 => (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), u16_at(d, 6)),
                        14 | 16 => (u32_at(0), u32_at(4), u16_at(d, 8), u16_at(d, 10)),
                        _ => continue,
                    };
                    if cf > 0xFF || cl < cf {
                        cf = 0;
                    }
                    if rl >= 1 && cl >= 1 {
                        let rows = (rl - 1).wrapping_sub(rf).wrapping_add(1);
                        let cols = (cl - 1).wrapping_sub(cf).wrapping_add(1);
                        consider(u64::from(rows), u64::from(cols));
                    }
                }
                // Cells: Number, Label, RString, BoolErr, Rk, LabelSst, Formula.
                0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 if d.len() >= 4 => {
                    cell(u16_at(d, 0), u16_at(d, 2));
                }
                // MulRk: a row, the first column, …, the last column.
                0x00BD if d.len() >= 6 => {
                    let row = u16_at(d, 0);
                    cell(row, u16_at(d, 2));
                    cell(row, u16_at(d, d.len() - 2));
                }
                _ => {}
            }
        }
        if max.0 >= min.0 && max.1 >= min.1 {
            consider(u64::from(max.0 - min.0) + 1, u64::from(max.1 - min.1) + 1);
        }
    }
    worst
}

/// The characters an `.xls` workbook's cells take from its shared-string table (SST), summed over
/// every cell (LABELSST) that points into it, counting up to `limit` (then `limit + 1`). calamine
/// copies a shared string into each cell that uses it: 60,000 cells pointing at one string of
/// 65,535 characters cost 4 billion characters before any limit of ours is reached. `None` when
/// the workbook is not one zicha can look into.
pub(crate) fn xls_shared_text(bytes: &[u8], limit: u64) -> Option<u64> {
    let stream = workbook_stream(bytes)?;
    let mut records = BiffRecords {
        stream: &stream,
        at: 0,
    }
    .peekable();
    let mut lengths: Vec<u64> = Vec::new();
    let mut total = 0u64;
    while let Some((typ, data)) = records.next() {
        match typ {
            0x00FC if lengths.is_empty() && data.len() >= 8 => {
                let mut segments = vec![&data[8..]];
                while let Some((0x003C, more)) = records.peek() {
                    segments.push(more);
                    records.next();
                }
                let unique = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
                lengths = sst_lengths(&segments, unique);
            }
            0x00FD if data.len() >= 10 => {
                let isst = u32::from_le_bytes([data[6], data[7], data[8], data[9]]) as usize;
                total += lengths.get(isst).copied().unwrap_or(0);
                if total > limit {
                    return Some(limit + 1);
                }
            }
            _ => {}
        }
    }
    Some(total)
}

/// The length in characters of each string of an SST whose data runs over `segments` (the SST
/// record's after its two counts, then each CONTINUE record's). A string's characters that run
/// into the next record start it with a fresh flags byte; nothing else does.
fn sst_lengths(segments: &[&[u8]], unique: u32) -> Vec<u64> {
    struct Reader<'a> {
        segments: &'a [&'a [u8]],
        seg: usize,
        pos: usize,
    }
    impl Reader<'_> {
        fn left(&self) -> usize {
            self.segments
                .get(self.seg)
                .map_or(0, |s| s.len().saturating_sub(self.pos))
        }
        fn next_segment(&mut self) -> bool {
            self.seg += 1;
            self.pos = 0;
            self.seg < self.segments.len()
        }
        fn byte(&mut self) -> Option<u8> {
            while self.left() == 0 {
                if !self.next_segment() {
                    return None;
                }
            }
            let b = self.segments[self.seg][self.pos];
            self.pos += 1;
            Some(b)
        }
        fn skip(&mut self, mut n: usize) -> Option<()> {
            while n > 0 {
                while self.left() == 0 {
                    if !self.next_segment() {
                        return None;
                    }
                }
                let take = n.min(self.left());
                self.pos += take;
                n -= take;
            }
            Some(())
        }
    }
    let mut r = Reader {
        segments,
        seg: 0,
        pos: 0,
    };
    let mut out = Vec::new();
    for _ in 0..unique.min(4_000_000) {
        let Some(cch) = r
            .byte()
            .zip(r.byte())
            .map(|(a, b)| u16::from_le_bytes([a, b]))
        else {
            break;
        };
        let Some(flags) = r.byte() else { break };
        let mut wide = flags & 1 != 0;
        let runs = if flags & 8 != 0 {
            match r.byte().zip(r.byte()) {
                Some((a, b)) => usize::from(u16::from_le_bytes([a, b])),
                None => break,
            }
        } else {
            0
        };
        let ext = if flags & 4 != 0 {
            match (r.byte(), r.byte(), r.byte(), r.byte()) {
                (Some(a), Some(b), Some(c), Some(d)) => u32::from_le_bytes([a, b, c, d]) as usize,
                _ => break,
            }
        } else {
            0
        };
        let mut chars = usize::from(cch);
        let mut complete = true;
        while chars > 0 {
            if r.left() == 0 {
                // The characters go on in the next record, which restates whether they are wide.
                if !r.next_segment() {
                    complete = false;
                    break;
                }
                match r.byte() {
                    Some(f) => wide = f & 1 != 0,
                    None => {
                        complete = false;
                        break;
                    }
                }
                continue;
            }
            let width = if wide { 2 } else { 1 };
            let take = chars.min(r.left() / width);
            if take == 0 {
                complete = false;
                break;
            }
            r.pos += take * width;
            chars -= take;
        }
        out.push(u64::from(cch));
        if !complete || r.skip(4 * runs + ext).is_none() {
            break;
        }
    }
    out
}

/// The BIFF stream of a legacy workbook (`Workbook`, or `Book` for BIFF5), read whole.
fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))?;
    let mut stream = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut stream).ok()?;
    Some(stream)
}

/// BIFF records from an offset: (type, data), until the stream ends or a length runs past it.
struct BiffRecords<'a> {
    stream: &'a [u8],
    at: usize,
}

impl<'a> Iterator for BiffRecords<'a> {
    type Item = (u16, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let head = self.stream.get(self.at..self.at + 4)?;
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
        let data = self.stream.get(self.at + 4..self.at + 4 + len)?;
        self.at += 4 + len;
        Some((typ, data))
    }
}
