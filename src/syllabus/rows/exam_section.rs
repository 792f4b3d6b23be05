//! A list of bare dates under a heading that names the course's exams ("### Exams", an
//! optional lead sentence, then "- October 12, 9am - October 14, 11:59pm"): the items name
//! no event of their own because the heading already did, so each is the next exam
//! ("Exam 1", "Exam 2"), never a lecture titled by the dates it gives.

use super::content::Content;
use super::due_section::{DueSection, names_nothing, without_remark};
use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::EXAM_SECTION_HEADINGS;

/// An exams section being read: where it stands (as a due-dates section does: a lead may
/// come before its rows, prose after them ends it), what its exams are called and how many
/// were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ExamSection {
    pub(super) at: DueSection,
    label: &'static str,
    count: usize,
}

/// The section `line` opens, if it is a heading that is wholly the name of the exams.
pub(super) fn opened_by(line: &Line) -> Option<ExamSection> {
    let mut cells = line.cells.iter().filter(|c| !c.trim().is_empty());
    let (Some(cell), None) = (cells.next(), cells.next()) else {
        return None;
    };
    let text = without_remark(cell.trim().trim_start_matches('#').trim());
    let text = text
        .trim_matches(|c: char| matches!(c, '*' | '_' | ':' | '.') || c.is_whitespace())
        .to_lowercase();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let (_, label) = EXAM_SECTION_HEADINGS.iter().find(|(h, _)| *h == text)?;
    Some(ExamSection {
        at: DueSection::Opened(0),
        label,
        count: 0,
    })
}

/// Whether `text` is only dates and times ("October 14, 11:59pm", "- Nov 16 9am"): every
/// date taken out, what is left names nothing.
fn only_dates(text: &str) -> bool {
    let mut rest = text.to_string();
    while let Some((at, span)) = find_date(&rest) {
        rest.replace_range(at..at + span.len, " ");
    }
    names_nothing(&rest)
}

/// Reads a dated row of the section: when the row names nothing but its dates, it is the
/// next exam, at the time its date gives, and true; a row that names something of its own
/// ("Oct 12: review session") is not the section's, and false.
pub(super) fn take_row(section: &mut ExamSection, content: &mut Content) -> bool {
    if !content.acts.is_empty() || content.task.is_some() || !content.readings.is_empty() {
        return false;
    }
    let texts = content
        .topic
        .iter()
        .chain(&content.untold)
        .chain(&content.details);
    if !texts.clone().all(|t| only_dates(t)) {
        return false;
    }
    section.count += 1;
    section.at = DueSection::InRows;
    content.topic = None;
    content.untold = None;
    content.details.clear();
    content.not_a_lecture = true;
    content.acts.push(Activity {
        time: content.time.map(|(start, _)| start),
        ..Activity::bare(
            EventKind::Exam,
            format!("{} {}", section.label, section.count),
        )
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cells: &[&str]) -> Line {
        Line::of_cells(1, cells)
    }

    #[test]
    fn a_heading_that_is_only_the_exams_name_opens_a_section() {
        assert!(opened_by(&line(&["### Exams"])).is_some());
        assert!(opened_by(&line(&["Exam dates:"])).is_some());
        assert!(opened_by(&line(&["## Midterms (tentative)"])).is_some());
        assert!(opened_by(&line(&["Prüfungen"])).is_some());
        assert!(opened_by(&line(&["**Exámenes**"])).is_some());
        assert!(opened_by(&line(&["Examens"])).is_some());
    }

    #[test]
    fn a_heading_about_something_more_than_the_exams_opens_none() {
        assert!(opened_by(&line(&["### Exam review"])).is_none());
        assert!(opened_by(&line(&["Exams and grading"])).is_none());
        assert!(opened_by(&line(&["Exams", "Date"])).is_none());
        assert!(opened_by(&line(&["There will be two exams"])).is_none());
    }

    #[test]
    fn a_row_of_dates_and_times_names_nothing_and_a_topic_does() {
        assert!(only_dates("October 14, 11:59pm"));
        assert!(only_dates("- Nov 16 9am"));
        assert!(!only_dates("Review of chapters 1-3"));
        assert!(!only_dates("October 14: project demo"));
    }
}
