//! A bound on how deep a page nests, before html5ever reads it. Its tree builder looks
//! through the open elements for each start tag (is a `<p>` open in button scope?), so a page
//! nested N deep costs N² steps: 100,000 nested `<div>`s (1 MB) took minutes. No page a
//! person wrote nests so deep, and the walker shows nothing below `MAX_DEPTH` anyway: start
//! tags that would open more than [`MAX_OPEN`] elements are left out (their text stays, at
//! the deepest kept element; their line breaks stay, so warnings still point at the right
//! line).

use std::borrow::Cow;

/// Open elements kept: well above the depth the walker shows, far below a slow parse.
const MAX_OPEN: usize = 1024;
/// How far down the open elements an end tag or an implied end is looked for: a name not
/// found this close to the top is taken as stray, which can only overstate the depth.
const LOOK_DOWN: usize = 64;

/// Elements without content: they open nothing.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];
/// Start tags that end an open `<p>` on top.
const CLOSES_P: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "form",
    "address",
    "aside",
    "nav",
    "main",
    "figure",
    "details",
    "fieldset",
    "menu",
    "center",
    "hr",
];

/// The page, with the start tags beyond [`MAX_OPEN`] open elements left out; the page itself
/// when it nests less deep (every page a person wrote).
pub(super) fn bounded(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(off) = html[at..].find('<') {
        let lt = at + off;
        let rest = &html[lt + 1..];
        if let Some(r) = rest.strip_prefix("!--") {
            at = r
                .find("-->")
                .map_or(html.len(), |e| html.len() - r.len() + e + 3);
            continue;
        }
        if rest.starts_with(['!', '?']) {
            at = rest.find('>').map_or(html.len(), |e| lt + 1 + e + 1);
            continue;
        }
        let end_tag = rest.starts_with('/');
        let name_from = lt + 1 + usize::from(end_tag);
        let name_len = bytes[name_from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
            .count();
        if name_len == 0 || !bytes[name_from].is_ascii_alphabetic() {
            at = lt + 1;
            continue;
        }
        let name = html[name_from..name_from + name_len].to_ascii_lowercase();
        let Some(gt) = tag_end(html, name_from + name_len) else {
            break;
        };
        at = gt + 1;
        if end_tag {
            if let Some(i) = nearest(&open, &[name.as_str()], &[]) {
                open.truncate(i);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            at = raw_text_end(html, at, &name);
            continue;
        }
        if VOID.contains(&name.as_str()) {
            continue;
        }
        close_implied(&mut open, &name);
        if open.len() < MAX_OPEN {
            open.push(name);
            continue;
        }
        // Left out: only its line breaks stay.
        let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
        o.push_str(&html[copied..lt]);
        o.extend(html[lt..=gt].chars().filter(|&c| c == '\n'));
        copied = gt + 1;
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

/// The `>` that ends a tag whose name ends at `from`, past quoted attribute values.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote = None;
    let mut after_equals = false;
    for (i, b) in html.bytes().enumerate().skip(from) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if after_equals => quote = Some(b),
            (None, b'>') => return Some(i),
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            after_equals = b == b'=';
        }
    }
    None
}

/// Where the text of a raw-text element ends: at its end tag, whatever its case.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(off) = html[at..].find("</") {
        let start = at + off + 2;
        let candidate = html.as_bytes().get(start..start + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return start;
        }
        at = start;
    }
    html.len()
}

/// The open elements a start tag ends without an end tag (a new list item ends the last one
/// of its list, a new cell the last cell of its row, a block an open paragraph).
fn close_implied(open: &mut Vec<String>, name: &str) {
    let implied = match name {
        "li" => nearest(open, &["li"], &["ul", "ol", "menu"]),
        "dt" | "dd" => nearest(open, &["dt", "dd"], &["dl"]),
        "tr" => nearest(open, &["tr"], &["table"]),
        "td" | "th" => nearest(open, &["td", "th"], &["tr", "table"]),
        "option" => nearest(open, &["option"], &["select"]),
        _ => None,
    };
    if let Some(i) = implied {
        open.truncate(i);
    }
    if CLOSES_P.contains(&name) && open.last().is_some_and(|t| t == "p") {
        open.pop();
    }
}

/// The index of the nearest open element named one of `names`, looking down no further than
/// one named in `stops` (or [`LOOK_DOWN`] elements).
fn nearest(open: &[String], names: &[&str], stops: &[&str]) -> Option<usize> {
    for (i, t) in open.iter().enumerate().rev().take(LOOK_DOWN) {
        if names.contains(&t.as_str()) {
            return Some(i);
        }
        if stops.contains(&t.as_str()) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!(
            "<html><body>\n<p>before</p>{}deep{}\n<p>after</p></body></html>",
            "<div class=\"a>b\">".repeat(depth),
            "</div>".repeat(depth)
        )
    }

    #[test]
    fn a_page_nested_far_deeper_than_anyone_writes_keeps_only_the_elements_a_parse_can_afford() {
        let page = nested(100_000);
        let kept = bounded(&page);
        assert_eq!(
            kept.matches("<div").count(),
            MAX_OPEN - 2,
            "html and body are open"
        );
        assert!(kept.contains("deep") && kept.contains("<p>after</p>"));
        assert_eq!(kept.lines().count(), page.lines().count());
    }

    #[test]
    fn the_rows_after_a_deeply_nested_part_are_still_read() {
        let rows = super::super::rows(&nested(20_000), 1);
        let texts: Vec<_> = rows.iter().map(|r| r.cells.join("|")).collect();
        assert!(texts.iter().any(|t| t == "after"), "{texts:?}");
        assert_eq!(rows.last().map(|r| r.line), Some(3));
    }

    #[test]
    fn pages_a_person_writes_are_left_as_they_are() {
        let items = "<li><p>Mar 4 <b>quiz</b><br>".repeat(3000);
        let rows = "<tr><td>Mar 4<td>Lecture <img src=x>".repeat(3000);
        let paragraphs = "<p>text <span>more</span>".repeat(3000);
        let raw = format!("<script>{}</SCRIPT>", "<div>".repeat(5000));
        let comment = format!("<!-- {} -->", "<div>".repeat(5000));
        for page in [
            format!("<ul>{items}</ul>"),
            format!("<table>{rows}</table>"),
            paragraphs,
            raw,
            comment,
            nested(MAX_OPEN - 2),
        ] {
            assert!(
                matches!(bounded(&page), Cow::Borrowed(_)),
                "{}",
                &page[..80]
            );
        }
    }
}
