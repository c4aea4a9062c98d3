//! Photos: no text, but cameras and phones record when the picture was taken (EXIF
//! DateTimeOriginal), which dates an activity photo whose file name says nothing.

use chrono::NaiveDate;

/// The date the photo was taken, from its EXIF data.
pub(crate) fn taken_on(bytes: &[u8]) -> Option<NaiveDate> {
    let exif = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .ok()?;
    [
        exif::Tag::DateTimeOriginal,
        exif::Tag::DateTimeDigitized,
        exif::Tag::DateTime,
    ]
    .iter()
    .find_map(|tag| {
        let field = exif.get_field(*tag, exif::In::PRIMARY)?;
        let exif::Value::Ascii(ref parts) = field.value else {
            return None;
        };
        let dt = exif::DateTime::from_ascii(parts.first()?).ok()?;
        NaiveDate::from_ymd_opt(i32::from(dt.year), u32::from(dt.month), u32::from(dt.day))
    })
}
