//! Lines without a date: more of the row above (a wrapped topic, a second activity), or,
//! outside the table, prose that may still name a dated exam or deadline.

use super::days_off;
use super::roles::{Role, RoleCells};
use super::{FoundActivity, WeekRow, warn_unread};
use crate::model::EventKind;
use crate::syllabus::activity::{Activity, is_no_class, only_to_be_announced, parse_cell};
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{PAGE_OF_WORDS, PAGE_WORDS};
use crate::syllabus::text::squash;
use crate::syllabus::{Context, SyllabusError};

/// Whether a line's date cell says its date is to be announced; without a date column, a
/// cell after the first stands where the rows' dates stand.
pub(super) fn date_announced_later(row: &RoleCells, date_col: Option<usize>) -> bool {
    match date_col {
        Some(d) => row.get(d).is_some_and(|(_, t)| only_to_be_announced(t)),
        None => row.iter().skip(1).any(|(_, t)| only_to_be_announced(t)),
    }
}

/// A line whose date cell is to be announced (`Final Exam . . . . TBA` closing a key-dates
/// list) is a row of its own without a date, not more of the row above: its work and exams
/// are read with their date to be announced (warned about, never put on the row's day).
pub(super) fn dated_later(
    cur: &WeekRow,
    line: usize,
    row: &RoleCells,
    acts: &mut Vec<FoundActivity>,
) {
    let text = squash(
        &row.iter()
            .map(|(_, c)| c.as_str())
            .filter(|c| !only_to_be_announced(c))
            .collect::<Vec<_>>()
            .join(" "),
    );
    for mut act in parse_cell(&text)
        .0
        .into_iter()
        .filter(|a| a.kind != EventKind::Other)
    {
        act.tba = true;
        acts.push(FoundActivity::new(line, act, cur.date, Some(cur.week)));
    }
}

/// Whether a line is only a page's number, a footer printed at the page's foot ("Page 1",
/// "Seite 2 von 4"): no more of the row above it.
fn page_number(row: &RoleCells) -> bool {
    let text = squash(
        &row.iter()
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let number = |w: &String| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // An abbreviated word keeps its dot ("Pág. 3").
    let page_word = |w: &String| PAGE_WORDS.contains(&w.trim_end_matches('.'));
    match words.as_slice() {
        [page, n] => page_word(page) && number(n),
        [page, n, of, total] => {
            page_word(page) && number(n) && PAGE_OF_WORDS.contains(&of.as_str()) && number(total)
        }
        _ => false,
    }
}

/// Adds an undated line's cells to the row above: details, readings and activities.
pub(super) fn extend(
    cur: &mut WeekRow,
    line: &Line,
    row: &RoleCells,
    date_col: Option<usize>,
    acts: &mut Vec<FoundActivity>,
    cx: &mut Context,
) {
    if page_number(row) {
        return;
    }
    let has_roles = row.iter().any(|(r, _)| r.is_some());
    if let Some((_, t)) = date_col.and_then(|d| row.get(d)) {
        time_below_date(cur, t, acts);
    }
    for (i, (hrole, t)) in row.iter().enumerate().filter(|(_, (_, c))| !c.is_empty()) {
        if let Some(role) = cell_role(*hrole, i, line, date_col, has_roles) {
            add_cell(cur, line.no, role, t, acts, cx);
        }
    }
}

/// What one cell of an undated line adds to the row above, read in its column's `role`.
fn add_cell(
    cur: &mut WeekRow,
    line_no: usize,
    role: Role,
    t: &str,
    acts: &mut Vec<FoundActivity>,
    cx: &mut Context,
) {
    if role == Role::Reading {
        cur.readings.push(t.to_string());
        return;
    }
    // The document's rule for when listed work falls due, under the table, dates none.
    if cx.standing_due.is_some() && crate::syllabus::standing_due::states_rule(t) {
        return;
    }
    // "Office hours: 10:50-12:05p" under a day's heading: the teacher's hours that day,
    // nothing about a class (a day that says only this is no class day).
    if role == Role::Topic && super::office_hours_line(t) {
        return;
    }
    let (found, unread) = parse_cell(t);
    if list_label(t, &found) {
        return;
    }
    let first_text = cur.title.is_empty() && cur.details.is_empty();
    if role == Role::Topic {
        read_days_off(cur, t, &found, first_text, line_no, cx);
    }
    // A line below that is one statement of work due under a name of its own
    // ("- Blog post due Thursday").
    let named = found
        .is_empty()
        .then(|| {
            super::content::named_work::read(t.trim_start_matches(['-', '*', '•', '–', '+', ' ']))
        })
        .flatten();
    if let Some(act) = named {
        acts.push(FoundActivity::new(line_no, act, cur.date, Some(cur.week)));
        return;
    }
    if let Some(u) = unread {
        warn_unread(cx, line_no, &u);
    } else if found.is_empty()
        || role == Role::Topic && found.iter().all(|a| a.kind == EventKind::Other)
    {
        // A row with no topic of its own (a dated heading, "## Aula 3 - 19/08") takes
        // its first line below as its topic.
        if role == Role::Topic && first_text {
            cur.title = t
                .trim_start_matches(['-', '*', '•', '–', '+', '#', ' '])
                .to_string();
        } else {
            cur.details.push(t.to_string());
        }
        return;
    }
    acts.extend(
        found
            .into_iter()
            .filter(|a| a.kind != EventKind::Other || role != Role::Topic)
            .map(|act| FoundActivity {
                row_time: cur.time,
                row_room: cur.room.clone(),
                ..FoundActivity::new(line_no, act, cur.date, Some(cur.week))
            }),
    );
}

/// A line that names the list below it ("Homework due today:", its items the work): the
/// work it names has no number, date or time of its own, so it is no deadline itself.
fn list_label(t: &str, found: &[Activity]) -> bool {
    t.trim_end().ends_with(':')
        && !found.is_empty()
        && found.iter().all(|a| {
            matches!(a.kind, EventKind::Deadline | EventKind::Release)
                && !a.label.chars().any(|c| c.is_ascii_digit())
                && a.date.is_none()
                && a.time.is_none()
        })
}

/// What an undated line's cell `i` adds to the row above, by its header role; `None` for a
/// cell that adds nothing (a week, a date, a label, a kind).
fn cell_role(
    header: Option<Role>,
    i: usize,
    line: &Line,
    date_col: Option<usize>,
    has_roles: bool,
) -> Option<Role> {
    match header {
        Some(Role::Other | Role::Week | Role::Date | Role::Label | Role::Kind) => None,
        Some(role) => Some(role),
        // The cell right after the date column, or the first of a bare line, wraps the topic.
        None if line.positional() && date_col.is_some_and(|d| i == d + 1) => Some(Role::Topic),
        None if !line.positional() && !has_roles && i == 0 => Some(Role::Topic),
        None => Some(Role::Activity),
    }
}

/// A time written under the row's date, in the date column ("Sun 8-May" / "3.30-5.30 pm"):
/// the row's time and its activities', where they have none.
fn time_below_date(cur: &mut WeekRow, cell: &str, acts: &mut [FoundActivity]) {
    let Some(time) = crate::syllabus::times::time_cell(cell) else {
        return;
    };
    if cur.time.is_some() {
        return;
    }
    cur.time = Some(time);
    for a in acts.iter_mut().filter(|a| a.line == cur.line) {
        a.row_time.get_or_insert(time);
    }
}

/// A line under a dated row that says there is no class ("No class - Fall Break"), or that
/// opens the row with an exam ("In-class Midterm"): the row's days off, as if in the row.
fn read_days_off(
    cur: &mut WeekRow,
    t: &str,
    found: &[Activity],
    first_text: bool,
    line: usize,
    cx: &mut Context,
) {
    let exam_first = first_text && found.first().is_some_and(|a| a.kind == EventKind::Exam);
    let exams = exam_first.then_some(found);
    if !is_no_class(t) && exams.is_none() {
        return;
    }
    if let Ok(off) = days_off::read(t, &[], cur.date, exams, line, cx) {
        cur.no_class |= off.whole_week;
        cur.skip.extend(off.skip);
    }
}

/// Prose such as an "Important dates" list: an exam or a deadline with its own date.
pub(super) fn prose_activities(
    line: usize,
    row: &RoleCells,
    acts: &mut Vec<FoundActivity>,
    cx: &mut Context,
) -> Result<(), SyllabusError> {
    let text = squash(
        &row.iter()
            .map(|(_, c)| c.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    for act in parse_cell(&text)
        .0
        .into_iter()
        .filter(|a| a.date.is_some() && a.kind != EventKind::Other)
    {
        if let Some(sp) = act.date {
            let d = cx.date(line, sp.start, act.date_text.as_deref().unwrap_or(&text))?;
            acts.push(FoundActivity::new(line, act, d, None));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;
    use chrono::NaiveDate;

    fn cx() -> Context {
        Context::for_term("Fall 2022")
    }

    fn row(date: NaiveDate) -> WeekRow {
        WeekRow {
            title: "Intro".into(),
            ..WeekRow::for_test(2, date)
        }
    }

    fn line(text: &str) -> Line {
        layout::read(&[text.to_string()]).pop().flatten().unwrap()
    }

    #[test]
    fn a_wrapped_topic_becomes_details_and_an_activity_joins_the_row() {
        let date = NaiveDate::from_ymd_opt(2022, 10, 11).unwrap();
        let mut cur = row(date);
        let mut acts = Vec::new();
        let l = line("\t\tmore about it\tHw2 given");
        let cells = l.cells.iter().map(|c| (None, c.clone())).collect();
        extend(&mut cur, &l, &cells, Some(1), &mut acts, &mut cx());
        assert_eq!(cur.details, ["more about it"]);
        assert_eq!(acts.len(), 1);
        assert_eq!((acts[0].week, acts[0].row_date), (Some(2), date));
    }

    #[test]
    fn prose_without_a_dated_activity_gives_nothing() {
        let mut acts = Vec::new();
        let cells = vec![(None, "Office hours by appointment".to_string())];
        prose_activities(4, &cells, &mut acts, &mut cx()).unwrap();
        assert!(acts.is_empty());
    }

    #[test]
    fn a_line_that_only_numbers_its_page_is_no_more_of_the_row_above() {
        let row = |t: &str| vec![(None, t.to_string())];
        assert!(page_number(&row("Page 1")));
        assert!(page_number(&row("  Seite 2 von 4 ")));
        assert!(page_number(&row("Página 3 de 5")));
        assert!(page_number(&row("Pág. 2 de 5")));
        assert!(!page_number(&row("Page layout and CSS")));
        assert!(!page_number(&row("Chapter 3")));
        assert!(!page_number(&row("Page 12345")));
    }

    #[test]
    fn office_hours_with_a_place_word_before_them_are_office_hours() {
        assert!(super::super::office_hours_line(
            "- Zoom office hours: 1:30-3:00p"
        ));
        assert!(super::super::office_hours_line(
            "Office hours: 10:50-12:05p"
        ));
        assert!(!super::super::office_hours_line("Zoom lecture: sampling"));
    }

    #[test]
    fn a_label_naming_unnumbered_work_due_over_its_items_is_no_deadline() {
        let label = "Homework due today:";
        assert!(list_label(label, &parse_cell(label).0));
        let work = "HW 2 due today:";
        assert!(!list_label(work, &parse_cell(work).0));
    }
}
