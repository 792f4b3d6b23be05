//! Stage 1, decode: bytes to text (size, binary content, encoding), and text to clean lines.

use std::borrow::Cow;

use super::SyllabusError;
use super::text::clean_line;

/// Largest syllabus accepted: a real one is a few kilobytes; anything near this is the wrong file.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Characters that take no room but split a word for every pattern: zero-width spaces and
/// joiners, bidirectional marks, soft hyphens, a byte-order mark inside the text (pasted
/// from web pages and word processors). "Oct\u{200b} 4" must read as "Oct 4".
const INVISIBLE: &[char] = &[
    '\u{00ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}',
    '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    '\u{feff}',
];

/// The text without [`INVISIBLE`] characters (borrowed when it has none, as nearly always).
pub(super) fn without_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(INVISIBLE) {
        std::borrow::Cow::Owned(text.replace(INVISIBLE, ""))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The text with newlines for line ends when it ends its lines with a carriage return alone
/// (classic Mac OS, some exporters): split at newlines it would be one line, every row glued
/// to the next. Only in a text without a newline: beside newlines, a lone `\r` is a stray.
pub(super) fn newline_ends(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The text with its letters composed (Unicode NFC): PDF text often writes "à" as "a" and a
/// combining grave accent, which no pattern of the lexicon matches ("de 17h a\u{300} 19h").
pub(super) fn composed(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// The text with an `AM`/`PM` that a PDF wrapped onto the next line (`due ... at 11:59` /
/// `PM AZ Time.`) put back after its clock: read apart, the deadline fell twelve hours early.
/// The mark leaves the next line as spaces, so every line keeps its number and columns.
pub(super) fn wrapped_meridiem(text: &str) -> std::borrow::Cow<'_, str> {
    let lines: Vec<&str> = text.split('\n').collect();
    let moved: Vec<usize> = (1..lines.len())
        .filter(|&i| ends_with_clock(lines[i - 1]) && meridiem_lead(lines[i]).is_some())
        .collect();
    if moved.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
    for i in moved {
        let Some((at, len)) = meridiem_lead(lines[i]) else {
            continue;
        };
        let mark = &lines[i][at..at + len];
        out[i - 1] = format!("{} {mark}", lines[i - 1].trim_end());
        out[i] = format!(
            "{}{}{}",
            &lines[i][..at],
            " ".repeat(len),
            &lines[i][at + len..]
        );
    }
    std::borrow::Cow::Owned(out.join("\n"))
}

/// Whether a line ends with a clock time without its mark (`at 11:59`).
fn ends_with_clock(line: &str) -> bool {
    let b = line.trim_end().as_bytes();
    let n = b.len();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if n < 4 || !(digit(n - 1) && digit(n - 2) && b[n - 3] == b':' && digit(n - 4)) {
        return false;
    }
    // The hour has one or two digits, and no letter or digit before it (`B11:59` is a room).
    let hour = if n >= 5 && digit(n - 5) { n - 5 } else { n - 4 };
    hour == 0 || !b[hour - 1].is_ascii_alphanumeric()
}

/// Where a line's first word is `AM` or `PM` (`p.m.` too) and how long it is.
fn meridiem_lead(line: &str) -> Option<(usize, usize)> {
    let at = line.len() - line.trim_start().len();
    let rest = &line.as_bytes()[at..];
    let first = rest.first()?.to_ascii_lowercase();
    if first != b'a' && first != b'p' {
        return None;
    }
    let len = match rest.get(1..4) {
        Some([b'.', m, b'.']) if m.eq_ignore_ascii_case(&b'm') => 4,
        _ if rest.get(1).is_some_and(|m| m.eq_ignore_ascii_case(&b'm')) => 2,
        _ => return None,
    };
    let ends = rest.get(len).is_none_or(|c| !c.is_ascii_alphanumeric());
    ends.then_some((at, len))
}

/// The text with full-width digits (`０`-`９`) written as ASCII ones, and a full-width
/// colon, slash or full stop between two digits as its ASCII mark: Japanese and Chinese
/// documents often type dates and hours that way (`（４月１０日）`, `１３：００`), and no
/// pattern reads them. One character for one, so a PDF's columns stay where they are.
pub(super) fn narrow_digits(text: &str) -> std::borrow::Cow<'_, str> {
    const WIDE_ZERO: u32 = 0xff10;
    let wide = |c: char| ('\u{ff10}'..='\u{ff19}').contains(&c);
    if !text.contains(wide) {
        return std::borrow::Cow::Borrowed(text);
    }
    let narrow = |c: char| {
        if wide(c) {
            char::from_digit(u32::from(c) - WIDE_ZERO, 10).unwrap_or(c)
        } else {
            c
        }
    };
    let chars: Vec<char> = text.chars().map(narrow).collect();
    let digit_at = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '\u{ff1a}' | '\u{ff0f}' | '\u{ff0e}'
                if digit_at(i.checked_sub(1)) && digit_at(Some(i + 1)) =>
            {
                match c {
                    '\u{ff1a}' => ':',
                    '\u{ff0f}' => '/',
                    _ => '.',
                }
            }
            c => c,
        })
        .collect::<String>()
        .into()
}

/// UTF-16 text (Windows' "Unicode" save): a byte-order mark, or a zero byte beside most
/// ASCII letters of the first line.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(200)];
    let zeros = head.iter().filter(|&&b| b == 0).count();
    head.len() >= 8 && zeros * 3 >= head.len()
}

/// Checks raw bytes before parsing: size, binary content, encoding. UTF-8 is read as it is;
/// text in another encoding is read only when it names it (a saved web page's `<meta
/// charset="iso-8859-1">`), or is a web page, read as browsers read one that names none
/// (see `as_browsers_read`); plain text is never guessed: a guess would turn a Turkish `ş` into
/// a Western `º` unseen.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, SyllabusError> {
    if bytes.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: bytes.len() });
    }
    if is_utf16(bytes) {
        return Err(SyllabusError::Utf16);
    }
    // .docx, .odt and .pages files are zip archives: say what they are, not "byte 2".
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(SyllabusError::Archive);
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
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        // A UTF-8 byte-order mark outranks a declared charset, as in browsers.
        Err(e) => match declared_encoding(bytes).filter(|_| !bytes.starts_with(UTF8_BOM)) {
            Some(encoding) => encoding.decode_without_bom_handling(bytes).0,
            None if let Some(text) = as_browsers_read(bytes) => text,
            None => {
                let offset = e.valid_up_to();
                let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(SyllabusError::NotUtf8 {
                    line,
                    byte: bytes[offset],
                });
            }
        },
    };
    let text = match text {
        Cow::Borrowed(t) => Cow::Borrowed(t.strip_prefix('\u{feff}').unwrap_or(t)),
        Cow::Owned(t) => match t.strip_prefix('\u{feff}') {
            Some(rest) => Cow::Owned(rest.to_string()),
            None => Cow::Owned(t),
        },
    };
    if text.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    Ok(text)
}

/// How a browser reads a web page that is not UTF-8 and names no other encoding: one that
/// names none in windows-1252, the web's legacy default (WHATWG Encoding); one that names
/// UTF-8, or opens with UTF-8's byte-order mark, all the same as UTF-8, each bad byte a
/// replacement mark, which is what its readers saw. A web page is any text opening with an
/// element (a whole page, a fragment, a PHP template after its `<?php ... ?>`); text that is
/// none gets neither: `None`.
fn as_browsers_read(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(DECLARATION_BYTES)]);
    if !crate::syllabus::layout::opens_with_markup(&head) {
        return None;
    }
    if bytes.starts_with(UTF8_BOM) || head.to_lowercase().contains("charset=") {
        Some(String::from_utf8_lossy(bytes))
    } else {
        Some(
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0,
        )
    }
}

/// UTF-8's byte-order mark.
const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// How far into a document its charset is looked for: a page's `<head>` names it first.
const DECLARATION_BYTES: usize = 4096;

/// The encoding a document names near its start, other than UTF-8 or UTF-16: a web page's
/// `<meta charset="iso-8859-1">` or `content="text/html; charset=windows-1252"`, an XML
/// prolog's `encoding="ISO-8859-1"`.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(DECLARATION_BYTES)]).to_lowercase();
    ["charset=", "encoding="].iter().find_map(|key| {
        let at = head.find(key)? + key.len();
        let label: String = head[at..]
            .trim_start_matches(['"', '\'', ' '])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes())?;
        (encoding != encoding_rs::UTF_8
            && encoding != encoding_rs::UTF_16LE
            && encoding != encoding_rs::UTF_16BE)
            .then_some(encoding)
    })
}

/// The lines of a syllabus, cleaned of typesetting residue; refuses text no syllabus is.
pub(super) fn lines(raw: &str) -> Result<Vec<String>, SyllabusError> {
    if raw.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: raw.len() });
    }
    if raw.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    // A web page can spell control characters as character references (`&#x1b;`), which the
    // byte check in `decode` never sees: they are dropped here, after the page is read, so
    // none reaches a title, the events table or the feed.
    Ok(raw
        .lines()
        .map(|l| {
            if l.contains(|c: char| c.is_control() && c != '\t') {
                clean_line(&l.replace(|c: char| c.is_control() && c != '\t', ""))
            } else {
                clean_line(l)
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn utf16_text_is_named_as_utf16() {
        let utf16: Vec<u8> = "Week 1 Oct 4 Intro\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&utf16), Err(SyllabusError::Utf16));
        let mut with_bom = vec![0xff, 0xfe];
        with_bom.extend(&utf16);
        assert_eq!(decode(&with_bom), Err(SyllabusError::Utf16));
    }

    #[test]
    fn invisible_characters_are_taken_out_and_nothing_else() {
        assert_eq!(
            without_invisible("Oct\u{200b} 4\u{200f}, Intro"),
            "Oct 4, Intro"
        );
        assert!(matches!(
            without_invisible("Oct 4"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    use super::*;

    #[test]
    fn letters_written_with_combining_accents_are_composed() {
        assert_eq!(composed("de 17h a\u{300} 19h"), "de 17h à 19h");
        assert!(matches!(composed("déjà"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_meridiem_wrapped_onto_the_next_line_goes_back_after_its_clock() {
        assert_eq!(
            wrapped_meridiem("due Sunday, January 30, 2022 at 11:59\n        PM AZ Time.\nnext"),
            "due Sunday, January 30, 2022 at 11:59 PM\n           AZ Time.\nnext"
        );
        assert_eq!(
            wrapped_meridiem("at 9:30\n  a.m. sharp"),
            "at 9:30 a.m.\n       sharp"
        );
        // A word starting with the letters, or a clock that already has its mark, stays.
        for text in [
            "at 11:59\nPMs meet",
            "at 11:59 pm\nPM office",
            "room B11:59\nPM",
        ] {
            assert_eq!(wrapped_meridiem(text), text, "{text}");
        }
    }

    #[test]
    fn full_width_digits_and_the_marks_between_them_are_written_narrow() {
        assert_eq!(
            narrow_digits("（４月１０日 担当：森）１３：００〜１６：４０"),
            "（4月10日 担当：森）13:00〜16:40"
        );
        assert!(matches!(
            narrow_digits("4月10日"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_page_that_names_its_charset_is_read_in_it() {
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><p>Introdu\xe7\xe3o</p>";
        assert!(decode(page).unwrap().contains("Introdução"));
        let legacy = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\x93Week 1\x94";
        assert!(decode(legacy).unwrap().contains("\u{201c}Week 1\u{201d}"));
    }

    #[test]
    fn a_page_opening_with_utf8_s_byte_order_mark_is_utf8_whatever_it_names() {
        let named = b"\xef\xbb\xbf<html><meta charset=iso-8859-1><p>Introdu\xc3\xa7\xc3\xa3o \xff";
        assert_eq!(
            decode(named).as_deref(),
            Ok("<html><meta charset=iso-8859-1><p>Introdução \u{fffd}")
        );
        let unnamed = b"\xef\xbb\xbf<html><p>Introdu\xc3\xa7\xc3\xa3o \xff";
        assert_eq!(
            decode(unnamed).as_deref(),
            Ok("<html><p>Introdução \u{fffd}")
        );
    }

    #[test]
    fn a_web_page_that_names_no_charset_is_read_as_browsers_read_it() {
        let page = b"<!DOCTYPE html><html><body><p>Introdu\xe7\xe3o</p></body></html>";
        assert!(decode(page).unwrap().contains("Introdução"));
    }

    #[test]
    fn a_server_template_that_names_no_charset_is_read_as_browsers_read_it() {
        let template = b"<?php include 'top.php'; ?>\n<h2>Agenda</h2>\n<p>Introdu\xe7\xe3o</p>";
        assert!(decode(template).unwrap().contains("Introdução"));
        let xhtml = b"<?xml version=\"1.0\"?>\n<html><p>Introdu\xe7\xe3o</p></html>";
        assert!(decode(xhtml).unwrap().contains("Introdução"));
    }

    #[test]
    fn text_in_another_encoding_that_names_none_is_refused_with_its_line() {
        assert_eq!(
            decode(b"Week 1\nDers: Sal\xfd"),
            Err(SyllabusError::NotUtf8 {
                line: 2,
                byte: 0xfd
            })
        );
        // A page naming UTF-8 while its bytes are not is read as UTF-8, bad bytes marked.
        assert_eq!(
            decode(b"<html><meta charset=utf-8><p>Sal\xfd").as_deref(),
            Ok("<html><meta charset=utf-8><p>Sal\u{fffd}")
        );
    }

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
        assert_eq!(decode("\u{feff}Week 1".as_bytes()).as_deref(), Ok("Week 1"));
    }

    #[test]
    fn blank_text_has_no_lines() {
        assert_eq!(lines(" \n\t\n"), Err(SyllabusError::Empty));
        assert_eq!(lines("**Week** 1\r\n").unwrap(), ["Week 1"]);
    }
}
