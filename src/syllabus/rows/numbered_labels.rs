//! A label column that numbers the lectures ("Lecture 1 | Jan 27 | Perceptrons") and names
//! the other rows otherwise ("Pset 1 due | Feb 7 | Perceptrons", "Project | Apr 18 | Status
//! report"): those rows are not lectures. The text after their date is what the work is
//! about, not a class, so such a row is set apart as a session without events of its own
//! (its work and exams are read already): on a day the lectures do not meet it gives no
//! lecture, as a lab row would not.

use super::WeekRow;

/// Fewest rows labelled as numbered lectures for the column to number them.
const MIN_NUMBERED: usize = 5;

/// Marks the rows whose label is not a lecture's number as sessions, when more than half of
/// the labelled rows number lectures.
pub(super) fn apart(rows: &mut [WeekRow]) {
    let labelled = rows.iter().filter(|r| r.label_lecture.is_some()).count();
    let numbered = rows
        .iter()
        .filter(|r| r.label_lecture == Some(true))
        .count();
    if numbered < MIN_NUMBERED || numbered * 2 <= labelled {
        return;
    }
    for r in rows
        .iter_mut()
        .filter(|r| r.label_lecture == Some(false) && r.session.is_none())
    {
        r.session = Some(Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn row(day: u32, lecture: Option<bool>) -> WeekRow {
        let date = NaiveDate::from_ymd_opt(2025, 2, day).unwrap();
        WeekRow {
            label_lecture: lecture,
            ..WeekRow::new(day as usize, 1, date)
        }
    }

    #[test]
    fn rows_named_otherwise_beside_numbered_lectures_are_set_apart() {
        let mut rows: Vec<WeekRow> = (3..=7).map(|d| row(d, Some(true))).collect();
        rows.push(row(8, Some(false)));
        apart(&mut rows);
        assert!(rows[..5].iter().all(|r| r.session.is_none()));
        assert_eq!(rows[5].session, Some(Vec::new()));
    }

    #[test]
    fn a_few_numbered_labels_say_nothing_of_the_others() {
        let mut rows: Vec<WeekRow> = (3..=6).map(|d| row(d, Some(true))).collect();
        rows.push(row(8, Some(false)));
        apart(&mut rows);
        assert!(rows.iter().all(|r| r.session.is_none()));
        let mut rows: Vec<WeekRow> = (3..=7).map(|d| row(d, Some(true))).collect();
        rows.extend((10..=14).map(|d| row(d, Some(false))));
        apart(&mut rows);
        assert!(rows.iter().all(|r| r.session.is_none()));
    }
}
