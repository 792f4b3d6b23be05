//! Schedule shapes, session 14 (issue 8): a Quarto course page writes its author and its
//! "Published" and "Modified" dates under the title, each label and value in blocks of their
//! own. Those dates are the page's, not classes: read as rows, the first of them started the
//! table, every real row came "out of sequence" after it and the whole schedule was lost.

use crate::common::timed_events_of;

const NOW: &[&str] = &["--timezone", "America/Chicago", "--now", "2026-12-02 00:00"];

fn page(facts: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html><head><title>Calendar – Field Ecology</title></head><body>
<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title"><h1 class="title">Calendar</h1></div>
{facts}
</header>
<p>We meet Tuesdays and Thursdays, 9:30-10:45.</p>
<table>
<thead><tr><th>Week</th><th>Date</th><th>Topic</th></tr></thead>
<tbody>
<tr><td>1</td><td>Jan 14</td><td>Why populations change</td></tr>
<tr><td>1</td><td>Jan 16</td><td>Counting what moves</td></tr>
<tr><td>2</td><td>Jan 21</td><td>Sampling in the field</td></tr>
</tbody>
</table>
</body></html>
"#
    )
}

const FACTS: &str = r#"<div class="quarto-title-meta">
<div>
<div class="quarto-title-meta-heading">Author</div>
<div class="quarto-title-meta-contents"><p>R. Okafor</p></div>
</div>
<div>
<div class="quarto-title-meta-heading">Published</div>
<div class="quarto-title-meta-contents"><p class="date">December 20, 2024</p></div>
</div>
<div>
<div class="quarto-title-meta-heading">Modified</div>
<div class="quarto-title-meta-contents"><p class="date">January 10, 2025</p></div>
</div>
</div>"#;

/// The table's classes, at the slot's time.
const CLASSES: [&str; 3] = [
    "lecture 2025-01-14T09:30 Why populations change",
    "lecture 2025-01-16T09:30 Counting what moves",
    "lecture 2025-01-21T09:30 Sampling in the field",
];

/// The page's dates give no events, the table gives every class at the slot's time, and the
/// year of the table's dates comes from the page's date.
#[test]
fn the_page_dates_under_a_quarto_title_are_no_classes_and_give_the_year() {
    let (got, stderr) = timed_events_of(&page(FACTS), "calendar.html", NOW);
    assert_eq!(got, CLASSES, "{stderr}");
    assert!(
        stderr.contains("\"Modified January 10, 2025\" is the document's own date"),
        "{stderr}"
    );
}

/// Look-alike: a page without the block reads the same classes once its term is named
/// (nothing else on it gives the year).
#[test]
fn the_same_table_without_the_page_dates_gives_the_same_classes() {
    let (got, stderr) = timed_events_of(
        &page(""),
        "calendar.html",
        &[NOW, &["--term", "Spring 2025"]].concat(),
    );
    assert_eq!(got, CLASSES, "{stderr}");
}
