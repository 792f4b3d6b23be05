//! Stage 1, decode: bytes to text (size, binary content, encoding), and text to clean lines.

use super::SyllabusError;
use super::text::clean_line;

/// Largest syllabus accepted: a real one is a few kilobytes; anything near this is the wrong file.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Checks raw bytes before parsing: size, binary content, encoding.
pub fn decode(bytes: &[u8]) -> Result<&str, SyllabusError> {
    if bytes.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: bytes.len() });
    }
    if let Some(offset) = bytes
        .iter()
        .position(|&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
    {
        return Err(SyllabusError::Binary {
            offset,
            byte: bytes[offset],
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        SyllabusError::NotUtf8 {
            line,
            byte: bytes[offset],
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    Ok(text)
}

/// The lines of a syllabus, cleaned of typesetting residue; refuses text no syllabus is.
pub(super) fn lines(raw: &str) -> Result<Vec<String>, SyllabusError> {
    if raw.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: raw.len() });
    }
    if raw.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    Ok(raw.lines().map(clean_line).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_empty_input_are_refused_by_decode() {
        assert_eq!(decode(b""), Err(SyllabusError::Empty));
        assert!(matches!(
            decode(b"abc\x00def"),
            Err(SyllabusError::Binary { offset: 3, .. })
        ));
        assert!(matches!(
            decode(b"abc\nd\xffef"),
            Err(SyllabusError::NotUtf8 {
                line: 2,
                byte: 0xff
            })
        ));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(decode("\u{feff}Week 1".as_bytes()), Ok("Week 1"));
    }

    #[test]
    fn blank_text_has_no_lines() {
        assert_eq!(lines(" \n\t\n"), Err(SyllabusError::Empty));
        assert_eq!(lines("**Week** 1\r\n").unwrap(), ["Week 1"]);
    }
}
