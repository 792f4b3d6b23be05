//! A course site's announcements: a sidebar or section headed "Announcements" (or "News",
//! "Avisos", "Annonces", ...) lists dated notes ("Aug 25: Welcome to the course!", "Sep 3:
//! office hours move to Thursday"). They are the site's news, not its schedule: each dated
//! item read as a row was a lecture on a day the class may not even meet. Items that name
//! work or an exam ("HW1 out: 9/1; due 9/9 6pm", "Final exam: 11/30") are kept: some sites
//! announce every deadline there. The others, from the heading to the next heading, are left
//! out before any reader sees them (the heading stays, for the readers that end a section at
//! a heading).

use super::html::Row;
use crate::model::EventKind;
use crate::syllabus::activity::parse_cell;
use crate::syllabus::dates::{find_date, parse_date_prefix};
use crate::syllabus::lexicon::ANNOUNCEMENT_HEADINGS;

/// An announcement as a line to read: one naming work or an exam, without the day it was
/// posted ("Sep 5: Homework 1 due Sep 12" is read as "Homework 1 due Sep 12"); none for news
/// (a welcome, an office-hours change) or for work whose only date is the posting's.
fn announced_work(text: &str) -> Option<String> {
    let body = text.trim_start_matches(|c: char| c.is_whitespace() || "-*+•".contains(c));
    let lead = &text[..text.len() - body.len()];
    let body = match parse_date_prefix(body) {
        Some(posted) => {
            let rest = body[posted.len.min(body.len())..]
                .trim_start_matches(|c: char| c.is_whitespace() || ":-–—,".contains(c));
            find_date(rest)?;
            rest
        }
        None => body,
    };
    let work = parse_cell(body)
        .0
        .iter()
        .any(|a| a.kind != EventKind::Other);
    work.then(|| format!("{lead}{body}"))
}

/// Whether a heading's text is only an announcements word ("Announcements", "📢 News:").
fn names_announcements(heading: &str) -> bool {
    let words: String = heading
        .trim_start_matches('#')
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    ANNOUNCEMENT_HEADINGS.contains(&words.as_str())
}

/// The rows of a web page with its announcements sections' news blanked.
pub(super) fn without_html(rows: Vec<Row>) -> Vec<Row> {
    let mut inside = false;
    rows.into_iter()
        .map(|mut row| {
            if row.heading {
                inside = row.cells.first().is_some_and(|c| names_announcements(c));
                return row;
            }
            if inside {
                // Blank, not dropped: the lines after keep their numbers.
                row.cells = announced_work(&row.cells.join(" ")).into_iter().collect();
            }
            row
        })
        .collect()
}

/// A Markdown heading's level (`## News` is 2), or none for another line.
fn level(line: &str) -> Option<usize> {
    let t = line.trim_start();
    let n = t.len() - t.trim_start_matches('#').len();
    ((1..=6).contains(&n) && t[n..].starts_with(' ')).then_some(n)
}

/// The lines of a Markdown page with its announcements sections' news blanked: from the
/// heading to the next heading of the same or a higher level.
pub(super) fn without_markdown(lines: Vec<(usize, String)>) -> Vec<(usize, String)> {
    let mut inside: Option<usize> = None;
    lines
        .into_iter()
        .map(|(no, line)| {
            if let Some(n) = level(&line) {
                if inside.is_some_and(|open| n <= open) {
                    inside = None;
                }
                if inside.is_none() && names_announcements(&line) {
                    inside = Some(n);
                    return (no, line);
                }
            }
            match inside {
                None => (no, line),
                // Blank, not dropped: the lines after keep their numbers.
                Some(_) => (no, announced_work(&line).unwrap_or_default()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::numbered;

    #[test]
    fn an_announcements_section_is_left_out_up_to_the_next_heading_of_its_level() {
        let text = "# Stats 100\n## Announcements\n- Aug 25: Welcome!\n- Sep 2: HW1 due Sep 9\n### Older\n- Aug 20: Site up\n## Schedule\n| Sep 2 | Intro |";
        let kept: Vec<(usize, String)> = without_markdown(numbered(text));
        // The heading and the deadline (without the day it was posted) stay; the welcome,
        // the older notes and their heading are blank.
        let lines: Vec<&str> = kept.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            lines,
            [
                "# Stats 100",
                "## Announcements",
                "",
                "- HW1 due Sep 9",
                "",
                "",
                "## Schedule",
                "| Sep 2 | Intro |",
            ]
        );
    }

    #[test]
    fn a_heading_that_only_mentions_news_is_no_announcements_section() {
        assert!(names_announcements("## 📢 Announcements"));
        assert!(names_announcements("### Avisos:"));
        assert!(!names_announcements("## News media and society"));
        assert!(!names_announcements("## Week 3: Fake news"));
    }
}
