//! A timetable that writes each day's date on its first row only: the rows under it with an
//! empty date cell and a time of their own (`| | 14:00-16:00 | Lecture | Gears |`) are more
//! sessions of that day, not more of the row above. Each such row is given the date of the
//! row above it before the table is read, so it is read as a meeting of its own.

use super::date_column::cell_date;
use crate::syllabus::layout::Line;
use crate::syllabus::times::time_cell;

/// The fewest rows of a table that must have both a date and a time in the same two columns
/// before its dateless timed rows are read as more sessions of their day.
const FEWEST_DATED: usize = 2;

/// The lines with each dateless timed row of a day-first timetable given its day's date;
/// `None` when there is no such row.
pub(super) fn carry_dates(lines: &[Option<Line>]) -> Option<Vec<Option<Line>>> {
    let (date_col, time_col) = columns(lines)?;
    let mut out = lines.to_vec();
    let mut day: Option<String> = None;
    let mut carried = false;
    for line in out.iter_mut().flatten() {
        if !line.positional() || line.cells.len() <= date_col.max(time_col) {
            day = None;
            continue;
        }
        let date = line.cells[date_col].trim().to_string();
        let timed = time_cell(&line.cells[time_col]).is_some();
        if cell_date(&date).is_some() {
            day = Some(date);
        } else if date.is_empty()
            && timed
            && let Some(d) = &day
        {
            line.cells[date_col] = d.clone();
            carried = true;
        } else if !date.is_empty() {
            day = None;
        }
    }
    carried.then_some(out)
}

/// The date and time columns of the document's tab or pipe rows: the pair of columns that
/// most rows fill with a date and a time, if enough do and some rows have only the time.
fn columns(lines: &[Option<Line>]) -> Option<(usize, usize)> {
    let mut best: Option<((usize, usize), usize)> = None;
    let rows: Vec<&Line> = lines.iter().flatten().filter(|l| l.positional()).collect();
    for d in 0..2 {
        for t in (d + 1)..(d + 3) {
            let both = rows
                .iter()
                .filter(|l| l.cells.len() > t)
                .filter(|l| cell_date(&l.cells[d]).is_some() && time_cell(&l.cells[t]).is_some())
                .count();
            let only_time = rows.iter().any(|l| {
                l.cells.len() > t
                    && l.cells[d].trim().is_empty()
                    && time_cell(&l.cells[t]).is_some()
            });
            if both >= FEWEST_DATED && only_time && best.is_none_or(|(_, n)| both > n) {
                best = Some(((d, t), both));
            }
        }
    }
    best.map(|(pair, _)| pair)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(rows: &[&[&str]]) -> Vec<Option<Line>> {
        rows.iter()
            .enumerate()
            .map(|(i, c)| Some(Line::of_cells(i + 1, c)))
            .collect()
    }

    #[test]
    fn a_timed_row_without_a_date_takes_its_days_date() {
        let got = carry_dates(&lines(&[
            &["Day", "Hours", "Subject"],
            &["Mon Aug 5", "09:00-11:00", "Welcome"],
            &["", "13:00-15:00", "Gears"],
            &["Tue Aug 6", "10:00-12:00", "Chains"],
            &["", "", "more about chains"],
        ]))
        .unwrap();
        let firsts: Vec<&str> = got.iter().flatten().map(|l| l.cells[0].as_str()).collect();
        assert_eq!(firsts, ["Day", "Mon Aug 5", "Mon Aug 5", "Tue Aug 6", ""]);
    }

    #[test]
    fn a_table_with_no_dateless_timed_row_is_left_alone() {
        assert!(
            carry_dates(&lines(&[
                &["Mon Aug 5", "09:00-11:00", "Welcome"],
                &["Tue Aug 6", "10:00-12:00", "Chains"],
                &["", "", "more about chains"],
            ]))
            .is_none()
        );
    }
}
