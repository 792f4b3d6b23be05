//! A minimal PDF writer for the tests: lines of text in a monospaced font, one text object
//! per line, so `pdftotext -layout` gives the lines back with their columns. Written here
//! (about 60 lines) rather than taken from a crate, so the tests need nothing new to build.

/// Lines per page, at 12 points a line on a US Letter page.
const PER_PAGE: usize = 56;

/// A PDF showing `lines` in Courier, 9 points, as many pages as they need.
pub(crate) fn pdf_of_lines(lines: &[&str]) -> Vec<u8> {
    let pages: Vec<&[&str]> = lines.chunks(PER_PAGE).collect();
    pdf_of_pages(&pages)
}

/// A PDF with these pages, each its lines from the top.
pub(crate) fn pdf_of_pages(pages: &[&[&str]]) -> Vec<u8> {
    let n = pages.len().max(1);
    // Objects: 1 catalog, 2 page tree, 3 font, then a page and its contents per page.
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
            .to_string(),
    ];
    for i in 0..n {
        let body = page_stream(pages.get(i).copied().unwrap_or(&[]));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{body}\nendstream",
            body.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{obj}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for o in offsets {
        table.push_str(&format!("{o:010} 00000 n \n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.extend_from_slice(table.as_bytes());
    out
}

fn page_stream(lines: &[&str]) -> String {
    let mut s = String::from("BT\n/F1 9 Tf\n");
    for (i, line) in lines.iter().enumerate() {
        let y = 760 - 12 * i;
        let text: String = line
            .chars()
            .map(|c| match c {
                '(' | ')' | '\\' => format!("\\{c}"),
                c if c.is_ascii() => c.to_string(),
                _ => "?".to_string(),
            })
            .collect();
        s.push_str(&format!("1 0 0 1 40 {y} Tm ({text}) Tj\n"));
    }
    s.push_str("ET");
    s
}
