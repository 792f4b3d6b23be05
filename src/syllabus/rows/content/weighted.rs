//! A dated row that carries a grade weight is an assessed deliverable, not a class: an
//! assessment list (`Oct 15 - Short Essay 1 5%`) or a table of work with a weight column
//! (`Assignment | Date | Percent of grade`, `Due date | Details | Grade allotment`). The row
//! names the work; its date is when it is due (or, for an exam, when it is sat).

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, parse_cell};
use crate::syllabus::dates::find_date;
use crate::syllabus::rows::roles::Role;
use crate::syllabus::text::squash;

/// Most words the work's name has: more is a sentence about the grade.
const MOST_NAME_WORDS: usize = 6;

/// Most a single piece of work weighs: "100%" or "95%" say something else (a pass mark,
/// a confidence level).
const MOST_PERCENT: f32 = 60.0;

/// The number of a grade weight that is the whole of `t` ("5%", "~10 %", "12.5%"), if it is
/// one.
fn weight(t: &str) -> Option<f32> {
    let t = t.trim().trim_start_matches(['~', '≈']).trim_start();
    let n = t.strip_suffix('%')?.trim_end();
    let ok = !n.is_empty() && n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit() || c == '.');
    ok.then(|| n.parse::<f32>().ok())
        .flatten()
        .filter(|w| *w > 0.0 && *w <= MOST_PERCENT)
}

/// The name of the work a row of `texts` (its cells besides the date) weighs, if the row is
/// one: the first text cell is a short name, and either another cell is only a weight or
/// the name ends with one ("Short Essay 1 5%").
pub(super) fn item(texts: &[(Role, String)]) -> Option<String> {
    // Every weight has a '%': most rows have none and are done here.
    if !texts.iter().any(|(_, t)| t.contains('%')) {
        return None;
    }
    let (first, rest) = texts.split_first()?;
    let name = first.1.trim();
    let name = match name.rsplit_once(char::is_whitespace) {
        Some((head, tail)) if weight(tail).is_some() => head.trim_end(),
        _ if rest.iter().any(|(_, t)| weight(t).is_some()) => name,
        _ => return None,
    };
    let words = name.split_whitespace().count();
    let named = words > 0
        && words <= MOST_NAME_WORDS
        && name.chars().next().is_some_and(char::is_alphabetic)
        && find_date(name).is_none()
        && weight(name).is_none();
    named.then(|| name.to_string())
}

/// The event a weighed item is: the exam it names ("Midterm exam 25%"), else its deadline
/// under its whole name ("Short Essay 1" and "Long Essay 1" are two pieces of work).
pub(super) fn work(item: &str) -> Activity {
    let exam = parse_cell(item)
        .0
        .into_iter()
        .find(|a| a.kind == EventKind::Exam);
    exam.unwrap_or_else(|| Activity {
        // Numbered work is homework-like ("Essay 2"); "Final report" is a one-off.
        is_homework: item.trim_end().ends_with(|c: char| c.is_ascii_digit()),
        ..Activity::bare(EventKind::Deadline, squash(item))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(cells: &[&str]) -> Vec<(Role, String)> {
        cells.iter().map(|c| (Role::Topic, c.to_string())).collect()
    }

    #[test]
    fn a_short_name_with_a_grade_weight_is_assessed_work() {
        assert_eq!(
            item(&texts(&["Short Essay 1 5%"])).as_deref(),
            Some("Short Essay 1")
        );
        assert_eq!(
            item(&texts(&["Data Report", "~5%"])).as_deref(),
            Some("Data Report")
        );
        assert_eq!(
            item(&texts(&[
                "Design Critique",
                "15 %",
                "https://example.org/critique"
            ]))
            .as_deref(),
            Some("Design Critique")
        );
    }

    #[test]
    fn a_percentage_that_weighs_no_work_makes_no_work() {
        assert_eq!(item(&texts(&["Sorting and searching"])), None);
        assert_eq!(item(&texts(&["Confidence intervals", "95%"])), None);
        assert_eq!(item(&texts(&["Review; Quiz 1 (5%)"])), None);
        assert_eq!(
            item(&texts(&["We discuss why 80% of projects fail 5%"])),
            None
        );
        assert_eq!(item(&texts(&["5%"])), None);
    }

    #[test]
    fn weighed_work_keeps_its_whole_name_and_an_exam_stays_an_exam() {
        let a = work("Long Essay 1");
        assert_eq!(
            (a.kind, a.label.as_str()),
            (EventKind::Deadline, "Long Essay 1")
        );
        assert_eq!(work("Midterm exam").kind, EventKind::Exam);
    }
}
