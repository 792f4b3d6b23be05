//! Rows with no topic after the last row that has one: the exam period, study weeks, a
//! "to be announced" placeholder or the empty weeks a template leaves at the end of the term.
//! The course's classes have ended where its topics end; a lecture made up for such a row is
//! one nobody attends.

use crate::syllabus::rows::WeekRow;

/// How many rows must carry a topic before their end says where the classes end: with fewer,
/// an untitled row is as likely a class as not.
const TITLED_ROWS: usize = 3;

/// The index of the first row of the untitled tail of `rows`, when the schedule titles its
/// rows (at least [`TITLED_ROWS`] of them, and more than the tail) and ends in rows without
/// one; `rows.len()` when there is no such tail.
pub(super) fn start(rows: &[&WeekRow]) -> usize {
    // An exam that replaces one meeting of the week ("Midterm" in the last row) leaves the
    // week's other meetings in place: such a row counts as one with a topic.
    let titled = |r: &WeekRow| !r.no_class && (!r.title.trim().is_empty() || !r.skip.is_empty());
    let Some(last) = rows.iter().rposition(|r| titled(r)) else {
        return rows.len();
    };
    let count = rows.iter().filter(|r| titled(r)).count();
    let tail = rows.len() - last - 1;
    if count < TITLED_ROWS || tail >= count {
        return rows.len();
    }
    last + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn row(week: u32, title: &str) -> WeekRow {
        let date =
            NaiveDate::from_ymd_opt(2024, 9, 2).unwrap() + chrono::Duration::weeks(week.into());
        WeekRow {
            title: title.into(),
            ..WeekRow::for_test(week, date)
        }
    }

    fn tail_of(titles: &[&str]) -> usize {
        let rows: Vec<WeekRow> = titles
            .iter()
            .enumerate()
            .map(|(n, t)| row(n as u32 + 1, t))
            .collect();
        let refs: Vec<&WeekRow> = rows.iter().collect();
        start(&refs)
    }

    #[test]
    fn untitled_rows_after_the_last_topic_are_the_tail() {
        assert_eq!(tail_of(&["Sets", "Maps", "Trees", "Graphs", "", ""]), 4);
    }

    #[test]
    fn an_untitled_row_between_topics_is_not_the_tail() {
        assert_eq!(tail_of(&["Sets", "", "Trees", "Graphs"]), 4);
    }

    #[test]
    fn a_last_row_whose_exam_replaces_one_meeting_is_not_the_tail() {
        let mut rows: Vec<WeekRow> = ["Sets", "Maps", "Trees", ""]
            .iter()
            .enumerate()
            .map(|(n, t)| row(n as u32 + 1, t))
            .collect();
        let exam_day = rows[3].date;
        rows[3].skip.push(exam_day);
        let refs: Vec<&WeekRow> = rows.iter().collect();
        assert_eq!(start(&refs), 4);
    }

    #[test]
    fn a_schedule_with_few_topics_has_no_tail() {
        assert_eq!(tail_of(&["Sets", "Maps", "", ""]), 4);
    }

    #[test]
    fn a_tail_longer_than_the_titled_rows_is_not_cut() {
        assert_eq!(tail_of(&["Sets", "Maps", "Trees", "", "", ""]), 6);
    }
}
