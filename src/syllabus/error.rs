//! Why a syllabus could not be used at all.

use super::MAX_BYTES;

/// Why a syllabus could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyllabusError {
    /// The file holds no text.
    #[error(
        "the syllabus is empty; give the text of the course syllabus (e.g. `pdftotext -layout syllabus.pdf`)"
    )]
    Empty,
    /// The file is not UTF-8 text.
    #[error(
        "the syllabus is not text (byte {offset} is 0x{byte:02x}); convert it first, e.g. `pdftotext -layout syllabus.pdf syllabus.txt`"
    )]
    Binary {
        /// Offset of the first offending byte.
        offset: usize,
        /// Its value.
        byte: u8,
    },
    /// Text in another encoding (Latin-1, Windows-1254, ...).
    #[error(
        "the syllabus is not UTF-8 (byte 0x{byte:02x}); convert it, e.g. `iconv -f WINDOWS-1254 -t UTF-8 syllabus.txt > syllabus-utf8.txt` (or -f LATIN1)"
    )]
    NotUtf8 {
        /// Line of the first offending byte.
        line: usize,
        /// Its value.
        byte: u8,
    },
    /// A zip archive: a Word (.docx), OpenDocument (.odt) or Pages file.
    #[error(
        "the syllabus is a zip archive, as a Word (.docx) or OpenDocument (.odt) file is; save it as PDF or plain text and pass that file"
    )]
    Archive,
    /// UTF-16 text, which must be converted first.
    #[error(
        "the syllabus is UTF-16 text (Windows' \"Unicode\"); convert it, e.g. `iconv -f UTF-16 -t UTF-8 syllabus.txt > syllabus-utf8.txt`, or save it as UTF-8"
    )]
    Utf16,
    /// The file is far larger than any syllabus.
    #[error(
        "the syllabus is larger than {} MiB (a syllabus is a few kilobytes); is this the right file?",
        MAX_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// Size in bytes.
        size: usize,
    },
    /// A date has no year and no term says which.
    #[error(
        "cannot tell the year of \"{text}\"; add the term (e.g. \"Fall 2022\") to the syllabus header, `term = \"Fall 2022\"` to the course file, or pass --term \"Fall 2022\""
    )]
    NoYear {
        /// Line of the first such date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// A date that does not exist.
    #[error("\"{text}\" is not a date: {year} has no such day; fix the date in the syllabus")]
    NoSuchDay {
        /// Line of the date.
        line: usize,
        /// The date as written.
        text: String,
        /// The year it was read in.
        year: i32,
    },
    /// A numeric date whose month is not 1-12.
    #[error(
        "\"{text}\" is not a date: there is no such month; fix the date in the syllabus (or set date-order in the course file)"
    )]
    NoSuchMonth {
        /// Line of the date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// Nothing that looks like a dated schedule.
    #[error(
        "found no dated schedule: no line has a date such as \"Oct 4\", \"4 Oct\" or \"2022-10-04\" in a table row; coursecal needs one row per week or lecture, each with its date"
    )]
    NoSchedule,
}

impl SyllabusError {
    /// The same error with its line moved by `map` (a line of read text to a line of the source).
    pub(super) fn at_source_line(mut self, map: impl Fn(usize) -> usize) -> Self {
        match &mut self {
            SyllabusError::NoYear { line, .. }
            | SyllabusError::NoSuchDay { line, .. }
            | SyllabusError::NoSuchMonth { line, .. } => *line = map(*line),
            _ => {}
        }
        self
    }

    /// The line the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            SyllabusError::NoYear { line, .. }
            | SyllabusError::NoSuchDay { line, .. }
            | SyllabusError::NoSuchMonth { line, .. }
            | SyllabusError::NotUtf8 { line, .. } => Some(*line),
            _ => None,
        }
    }
}
