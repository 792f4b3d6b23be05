//! PDF syllabi: their text, with its layout, from poppler's `pdftotext -layout`.
//!
//! Reading a PDF is I/O (a subprocess), so it lives in the shell; the parser only ever
//! sees the text. `-layout` keeps the columns of a schedule table apart with spaces, the
//! shape the aligned layout reader reads. Line numbers in warnings are lines of that text.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::input_error;

/// The program that extracts the text.
const PDFTOTEXT: &str = "pdftotext";

/// How long one PDF may take; a syllabus takes well under a second.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Largest PDF accepted (its text must still fit [`crate::syllabus::MAX_BYTES`]).
pub(crate) const MAX_PDF_BYTES: usize = 64 * 1024 * 1024;

/// Whether `bytes` are a PDF: the `%PDF-` magic bytes, within the first kilobyte as
/// readers allow, whatever the file's name.
pub(crate) fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The text of the PDF at `path`, laid out as on the page.
pub(crate) fn text(path: &Path, size: usize) -> Result<Vec<u8>> {
    if size > MAX_PDF_BYTES {
        return Err(input_error(
            path,
            None,
            format!(
                "the PDF is {size} bytes, more than the {MAX_PDF_BYTES} a syllabus can be; check that this is the syllabus"
            ),
        ));
    }
    let mut child = Command::new(PDFTOTEXT)
        .args(["-layout", "-enc", "UTF-8"])
        .arg(plain_path(path))
        .arg("-")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| not_started(path, &e))?;
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let status = wait(&mut child, TIMEOUT).map_err(|m| input_error(path, None, m))?;
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if !status.success() {
        let said = String::from_utf8_lossy(&stderr);
        let said = said
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(input_error(
            path,
            None,
            format!(
                "the syllabus is not text, and pdftotext could not read it as a PDF (exit code {}: {}); check that the file is a complete PDF, or save its text another way and pass the text file",
                status
                    .code()
                    .map_or_else(|| "none".into(), |c| c.to_string()),
                said.trim()
            ),
        ));
    }
    Ok(unmapped_glyphs_replaced(stdout))
}

/// pdftotext writes a glyph its font maps to no character (a ligature such as "fi" in a font
/// without a Unicode table) as the glyph's code, often a control byte ("Identi\x1ccación").
/// The page is still text: such bytes become U+FFFD instead of making the whole document
/// "not text". Tabs, line ends and the form feed between pages stay.
fn unmapped_glyphs_replaced(text: Vec<u8>) -> Vec<u8> {
    let unmapped = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c);
    if !text.iter().any(|&b| unmapped(b)) {
        return text;
    }
    let mut out = Vec::with_capacity(text.len() + 16);
    for b in text {
        if unmapped(b) {
            out.extend_from_slice("\u{FFFD}".as_bytes());
        } else {
            out.push(b);
        }
    }
    out
}

/// A path pdftotext cannot take for an option ("-x.pdf" becomes "./-x.pdf").
fn plain_path(path: &Path) -> PathBuf {
    if path.to_string_lossy().starts_with('-') {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

fn not_started(path: &Path, e: &std::io::Error) -> anyhow::Error {
    let file = path.file_name().map_or_else(
        || "syllabus.pdf".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let txt = Path::new(&file).with_extension("txt");
    let why = if e.kind() == std::io::ErrorKind::NotFound {
        "pdftotext (from poppler) is not installed".to_string()
    } else {
        format!("pdftotext could not be started ({e})")
    };
    input_error(
        path,
        None,
        format!(
            "the syllabus is a PDF, not text, and {why}; install it (`apt-get install poppler-utils`, `brew install poppler`), or convert the PDF yourself, e.g. `pdftotext -layout {file} {}`",
            txt.display()
        ),
    )
}

/// Reads a child's output on a thread, so a full pipe never blocks the child.
fn drain<R: std::io::Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Waits for the child up to `limit`, killing it after.
fn wait(
    child: &mut std::process::Child,
    limit: Duration,
) -> Result<std::process::ExitStatus, String> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if start.elapsed() < limit => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "pdftotext took more than {} seconds on this PDF and was stopped; convert it yourself, e.g. `pdftotext -layout syllabus.pdf syllabus.txt`, and pass the text",
                    limit.as_secs()
                ));
            }
            Err(e) => return Err(format!("waiting for pdftotext failed: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_is_known_by_its_magic_bytes_not_its_name() {
        assert!(is_pdf(b"%PDF-1.7\n..."));
        assert!(is_pdf(b"\xef\xbb\xbf%PDF-1.4"));
        assert!(!is_pdf(b"Week 1\tOct 4\tIntro"));
        assert!(!is_pdf(b""));
    }

    #[test]
    fn a_glyph_pdftotext_could_not_map_becomes_a_replacement_character_not_a_refusal() {
        let text = b"Identi\x1ccaci\xc3\xb3n\tOct 4\x0c\r\nWeek 2\n".to_vec();
        assert_eq!(
            String::from_utf8(unmapped_glyphs_replaced(text)).unwrap(),
            "Identi\u{FFFD}caci\u{f3}n\tOct 4\u{c}\r\nWeek 2\n"
        );
    }

    #[test]
    fn a_path_starting_with_a_dash_is_not_taken_for_an_option() {
        assert_eq!(plain_path(Path::new("-x.pdf")), Path::new("./-x.pdf"));
        assert_eq!(plain_path(Path::new("a/x.pdf")), Path::new("a/x.pdf"));
    }
}
