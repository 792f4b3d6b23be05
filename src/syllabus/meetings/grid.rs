//! A weekly timetable grid: times down the side and weekdays across (`| Time | Mon | Tue |`
//! over `| 09:00–10:30 | Lecture | |`), or weekdays down and times across. Each row becomes a
//! slot line for the finder ("Lecture Monday and Wednesday 09:00–10:30"); cells naming office
//! hours, exams, labs or tutorials are left out, as their lines are.

use chrono::Weekday;

use super::{NOT_LECTURE, SESSION_WORD, slot_weekday};
use crate::syllabus::times::time_cell;

/// A line's cells between pipes or tabs, empty ones kept so columns stay in place.
fn cells_in_place(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let cells: Vec<&str> = if t.contains('|') {
        t.trim_matches('|').split('|').collect()
    } else if t.contains('\t') {
        t.split('\t').collect()
    } else {
        return None;
    };
    Some(cells.into_iter().map(|c| c.trim().to_string()).collect())
}

/// The weekday a whole cell names ("Mon", "Tuesday", "Mi").
fn day_cell(cell: &str) -> Option<Weekday> {
    let mut words = cell.split_whitespace();
    let day = slot_weekday(words.next()?)?;
    words.next().is_none().then_some(day)
}

/// The time range a whole cell gives ("09:00–10:30", "9-11", "2-3:15 pm").
fn time_of_cell(cell: &str) -> Option<String> {
    (time_cell(cell).is_some() && cell.split_whitespace().count() <= 4).then(|| cell.to_string())
}

/// A class cell of the grid: not empty, not a rule, not office hours, an exam or a session.
fn class_cell(cell: &str) -> bool {
    cell.chars().any(char::is_alphanumeric)
        && !NOT_LECTURE.is_match(cell)
        && !SESSION_WORD.is_match(cell)
}

/// One slot line per grid row that holds a class, numbered as the row.
pub(super) fn timetable_rows(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    // The grid being read: the header's days or times, by column.
    let mut columns: Option<Vec<(Option<Weekday>, Option<String>)>> = None;
    for (no, line) in lines {
        let Some(cells) = cells_in_place(line) else {
            columns = None;
            continue;
        };
        let days = cells.iter().filter(|c| day_cell(c).is_some()).count();
        let times = cells
            .iter()
            .skip(1)
            .filter(|c| time_of_cell(c).is_some())
            .count();
        if days >= 2 || times >= 2 && day_cell(&cells[0]).is_none() {
            columns = Some(
                cells
                    .iter()
                    .map(|c| (day_cell(c), time_of_cell(c)))
                    .collect(),
            );
            continue;
        }
        let Some(header) = &columns else {
            continue;
        };
        let Some(first) = cells.first() else {
            continue;
        };
        // Times down the side: the row's time, the header's days; or the other way round.
        let (row_day, row_time) = (day_cell(first), time_of_cell(first));
        let mut label = None;
        let mut days: Vec<Weekday> = Vec::new();
        let mut time = row_time.clone();
        for (i, cell) in cells.iter().enumerate().skip(1) {
            let Some((day, head_time)) = header.get(i) else {
                continue;
            };
            if !class_cell(cell) {
                continue;
            }
            let day = row_day.or(*day);
            let Some(day) = day else {
                continue;
            };
            if row_time.is_none() {
                if time.is_some() && time != *head_time {
                    continue;
                }
                time = head_time.clone();
            }
            label.get_or_insert_with(|| cell.clone());
            if !days.contains(&day) {
                days.push(day);
            }
        }
        if let (Some(label), Some(time), false) = (label, time, days.is_empty()) {
            let names: Vec<String> = days.iter().map(ToString::to_string).collect();
            out.push((*no, format!("{label} {} {time}", names.join(" and "))));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        let lines: Vec<(usize, String)> = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect();
        timetable_rows(&lines).into_iter().map(|(_, l)| l).collect()
    }

    #[test]
    fn a_grid_of_times_by_weekdays_gives_a_slot_line_per_row_with_classes() {
        let grid = "| Time | Mon | Tue | Wed |\n|---|---|---|---|\n\
                    | 09:00–10:30 | Lecture | | Lecture |\n| 11:00–12:00 | | Office hours | |\n";
        assert_eq!(rows(grid), ["Lecture Mon and Wed 09:00–10:30"]);
    }

    #[test]
    fn a_grid_of_weekdays_by_times_reads_the_other_way_round() {
        let grid = "Day\t9-11\t13-15\nTuesday\tLecture\t\nThursday\t\tTutorial\n";
        assert_eq!(rows(grid), ["Lecture Tue 9-11"]);
    }

    #[test]
    fn a_schedule_with_dates_is_no_grid() {
        let table = "| Date | Topic |\n|---|---|\n| Mar 3 | Sets |\n| Mar 5 | Maps |\n";
        assert!(rows(table).is_empty());
    }
}
