//! Schedule shapes, session 13 (issue 8): a course page whose schedule table ends with a
//! row holding only work due, followed by the site's footer. The footer is no topic of that
//! last row, so the days that only hold work due stay no class.

use crate::common::events_of;

const NOW: &[&str] = &[
    "--timezone",
    "America/New_York",
    "--now",
    "2023-08-01 00:00",
    "--term",
    "Fall 2023",
];

fn page(footer: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html><head><title>Schedule - Statistics with R</title></head><body>
<table>
<thead><tr><th>WEEK</th><th>DATE</th><th>TOPIC</th><th>DUE</th></tr></thead>
<tbody>
<tr><td>1</td><td>Mon, Aug 28</td><td>Welcome and tools</td><td><br></td></tr>
<tr><td><br></td><td>Wed, Aug 30</td><td>Looking at data</td><td><br></td></tr>
<tr><td><br></td><td>Thu, Aug 31</td><td><br></td><td>Lab 1 at 5 pm</td></tr>
<tr><td>2</td><td>Mon, Sep 4</td><td>Sampling</td><td><br></td></tr>
<tr><td><br></td><td>Wed, Sep 6</td><td>Study design</td><td><br></td></tr>
<tr><td><br></td><td>Thu, Sep 7</td><td><br></td><td>Lab 2 at 5 pm</td></tr>
</tbody>
</table>
{footer}
</body></html>
"#
    )
}

/// The footer after the table gives no lecture on the last row's Thursday, and so no lecture
/// on the other Thursdays that only hold work due.
#[test]
fn a_footer_after_the_schedule_table_is_no_topic_of_its_last_row() {
    let text = page(
        r#"<footer><p>© 2023 The course team. Built with <a href="https://quarto.org/">Quarto</a>.</p></footer>"#,
    );
    let (got, stderr) = events_of(&text, "schedule.html", NOW);
    assert_eq!(
        got,
        [
            "lecture 2023-08-28 Welcome and tools",
            "lecture 2023-08-30 Looking at data",
            "deadline 2023-08-31 Lab 1 due",
            "lecture 2023-09-04 Sampling",
            "lecture 2023-09-06 Study design",
            "deadline 2023-09-07 Lab 2 due",
        ],
        "{stderr}"
    );
}

/// Look-alike: the same page without a footer reads the same.
#[test]
fn the_same_table_without_a_footer_reads_the_same() {
    let (got, stderr) = events_of(&page(""), "schedule.html", NOW);
    assert_eq!(got.len(), 6, "{got:?}\n{stderr}");
    assert!(
        got.iter()
            .all(|e| !e.contains("2023-09-07 Lecture") && !e.starts_with("lecture 2023-08-31")),
        "{got:?}"
    );
}
