//! Month-grid calendars, one month a page, as `pdftotext -layout` prints them: a title with
//! the month and its year ("Schedule - August 2018"), then for each week a line of day numbers
//! in seven columns ("12  13  14  15  16  17  18") and under it the boxes' text, each in its
//! day's column. Each day with text becomes a row `YYYY-MM-DD | first item | other items`
//! under a `Date | Topic | Notes` header, so the later stages read it as one dated row per day.
//! A box on a weekday the course does not meet (a testing window on a Wednesday, a
//! registrar's deadline on a Friday) or headed by a registrar's note ("Last Day of Class",
//! "Withdrawal Deadline") is no class: its work and exams are still read.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::markdown::SourceLine;
use crate::syllabus::dates::month_number;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{
    HEADER_ACTIVITY, HEADER_DATE, HEADER_KIND, HEADER_TOPIC, NO_MEETING_CELL, REGISTRAR_PATTERN,
};

static REGISTRAR: LazyLock<Yes> = LazyLock::new(|| yes(&format!(r"(?i){REGISTRAR_PATTERN}")));

/// Fewest day numbers on a line that make it a week of a grid: a first or last week may
/// have fewer, once a full week has shown the grid.
const WEEK_DAYS: usize = 4;
/// The header of the rows given, in the lexicon's words (date, topic, activities, kind): a
/// box's first item is the day's topic, the others are read for work ("Test 1" / "Basic
/// Skills Test": the test is the day's, the rest is notes); the kind says a box is no class.
pub(super) fn header() -> String {
    [
        HEADER_DATE[0],
        HEADER_TOPIC[0],
        HEADER_ACTIVITY[0],
        HEADER_KIND[0],
    ]
    .join("\t")
}
/// Fewest full weeks that make a document a month grid.
const MIN_WEEKS: usize = 2;

/// The month and year a title line names ("Math 1113 Schedule - August 2018").
fn month_title(line: &str) -> Option<(u32, i32)> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let month = month_number(w[0])?;
        let year: i32 = w[1].parse().ok().filter(|y| (1900..2100).contains(y))?;
        (w[0].chars().count() >= 3).then_some((month, year))
    })
}

/// The pieces of a line apart by two spaces or more, with the character column each starts at.
pub(super) fn pieces(line: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && !(chars[i].is_whitespace() && chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
        {
            i += 1;
        }
        out.push((
            start,
            chars[start..i]
                .iter()
                .collect::<String>()
                .trim()
                .to_string(),
        ));
    }
    out
}

/// The day numbers of a line that holds nothing else, with their columns, when they run on
/// one by one ("9  10  11  12"): a week of the grid.
fn day_numbers(line: &str) -> Option<Vec<(usize, u32)>> {
    let days: Vec<(usize, u32)> = line
        .char_indices()
        .filter(|(i, c)| {
            !c.is_whitespace() && (*i == 0 || line[..*i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| {
            let word = line[i..].split_whitespace().next().unwrap_or("");
            let col = line[..i].chars().count();
            word.parse::<u32>()
                .ok()
                .filter(|d| (1..=31).contains(d))
                .map(|d| (col, d))
        })
        .collect::<Option<_>>()?;
    let running = days.windows(2).all(|w| w[1].1 == w[0].1 + 1);
    (!days.is_empty() && running).then_some(days)
}

/// A day of the week being read: its column, number, line, items and the line of its last text.
pub(super) struct Day {
    pub(super) col: usize,
    pub(super) day: u32,
    pub(super) no: usize,
    pub(super) items: Vec<String>,
    pub(super) last: usize,
}

impl Day {
    /// Text on the line right under the day's last text goes on with it when it cannot be an
    /// item of its own: after a hyphen ("Dead-" / "line"), starting in lower case ("to
    /// intensive"), or under a single word ("Thanksgiving" / "Break"); otherwise, or after a
    /// gap, it is another item ("Test 1" / "Basic Skills Test").
    pub(super) fn add(&mut self, no: usize, piece: String) {
        let goes_on = |item: &String| {
            item.ends_with('-')
                || piece.starts_with(char::is_lowercase)
                || !item.contains(char::is_whitespace)
        };
        match self.items.last_mut() {
            Some(item) if no == self.last + 1 && goes_on(item) => {
                if item.ends_with('-') {
                    item.pop();
                } else {
                    item.push(' ');
                }
                item.push_str(&piece);
            }
            _ => self.items.push(piece),
        }
        self.last = no;
    }
}

/// The rows of a month-grid calendar, or `None` when the document is not one.
pub(super) fn rows(lines: &[SourceLine]) -> Option<Vec<SourceLine>> {
    let weeks = lines
        .iter()
        .filter(|(_, t)| day_numbers(t).is_some_and(|d| d.len() >= WEEK_DAYS))
        .count();
    if weeks < MIN_WEEKS || !lines.iter().any(|(_, t)| month_title(t).is_some()) {
        return None;
    }
    let mut boxes: Vec<(usize, NaiveDate, Vec<String>)> = Vec::new();
    let mut month: Option<(u32, i32)> = None;
    // The week being read: each day's column, number, line and items.
    let mut week: Vec<Day> = Vec::new();
    let flush = |week: &mut Vec<Day>, month: Option<(u32, i32)>, boxes: &mut Vec<_>| {
        for Day { day, no, items, .. } in week.drain(..) {
            if let Some((m, y)) = month
                && let Some(date) = NaiveDate::from_ymd_opt(y, m, day)
                && !items.is_empty()
            {
                boxes.push((no, date, items));
            }
        }
    };
    for (no, text) in lines {
        if let Some(m) = month_title(text).filter(|_| day_numbers(text).is_none()) {
            flush(&mut week, month, &mut boxes);
            month = Some(m);
        } else if let Some(days) = day_numbers(text).filter(|_| month.is_some()) {
            flush(&mut week, month, &mut boxes);
            week = days
                .into_iter()
                .map(|(col, day)| Day {
                    col,
                    day,
                    no: *no,
                    items: Vec::new(),
                    last: 0,
                })
                .collect();
        } else if !week.is_empty() {
            for (col, piece) in pieces(text) {
                // The day whose number starts at or left of the text; the first, failing that.
                let at = week.iter().rposition(|d| d.col <= col + 1).unwrap_or(0);
                week[at].add(*no, piece);
            }
        }
    }
    flush(&mut week, month, &mut boxes);
    let class_days = class_weekdays(&boxes);
    let mut out: Vec<SourceLine> = vec![(0, header())];
    for (no, date, items) in boxes {
        let Some((first, rest)) = items.split_first() else {
            continue;
        };
        let off = REGISTRAR.is_match(first)
            || !class_days[date.weekday().num_days_from_monday() as usize];
        out.push((
            no,
            format!(
                "{date}\t{first}\t{}\t{}",
                rest.join("; "),
                if off { NO_MEETING_CELL } else { "" }
            ),
        ));
    }
    Some(out)
}

/// The weekdays the course meets: those whose boxes open with as many different texts as
/// half the busiest weekday's at least. A Tuesday-Thursday course writes a new topic in
/// those boxes week after week; a testing window, a break or the registrar's notes come
/// back on other days now and then, often in the same words.
fn class_weekdays(boxes: &[(usize, NaiveDate, Vec<String>)]) -> [bool; 7] {
    let mut firsts: [BTreeSet<&str>; 7] = Default::default();
    for (_, date, items) in boxes {
        if let Some(first) = items.first() {
            firsts[date.weekday().num_days_from_monday() as usize].insert(first);
        }
    }
    let most = firsts.iter().map(BTreeSet::len).max().unwrap_or(0);
    firsts.map(|f| !f.is_empty() && 2 * f.len() >= most)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::syllabus::layout::markdown::numbered_lines as source;

    #[test]
    fn each_box_of_a_month_grid_is_a_row_on_its_day() {
        let text = concat!(
            "   Plan - March 2027\n",
            "\n",
            "1      2         3        4        5        6      7\n",
            "       Intro              Sets\n",
            "\n",
            "                          Sheet 1\n",
            "8      9         10       11       12       13     14\n",
            "       Maps               Test 1\n",
            "15\n",
        );
        let rows = rows(&source(text)).expect("a month grid");
        let texts: Vec<&str> = rows.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                header().as_str(),
                "2027-03-02\tIntro\t\t",
                "2027-03-04\tSets\tSheet 1\t",
                "2027-03-09\tMaps\t\t",
                "2027-03-11\tTest 1\t\t",
            ]
        );
    }

    #[test]
    fn a_table_with_a_number_column_is_no_month_grid() {
        let text = "Fall 2027\nWeek  Date    Topic\n1     Sep 6   Intro\n2     Sep 13  Sets\n";
        assert!(rows(&source(text)).is_none());
    }
}
