//! A day's agenda under its heading, as short courses and workshops publish them: a heading
//! that is the day ("Day 1: Basics (Monday, August 18)") over a table whose rows are that
//! day's hours (`Time | Activity | Facilitator`, `09:00 - 11:00 | Lesson 1: Soil physics`),
//! with no date column. Each row is written out with the heading's date in a date column of
//! its own, so it is a dated row with its own time like any other table's; the heading keeps
//! its words without the date. The column after the time names what happens then: it is the
//! topic when the header names none. Breaks (coffee, lunch) are no rows.

use std::sync::LazyLock;

use chrono::{NaiveTime, Timelike};

use super::dates::find_date;
use super::lean::{Yes, yes};
use super::lexicon::{
    AGENDA_BREAK_PATTERN, DEADLINE_VERB_PATTERN, HEADER_DATE, HEADER_TIME, HEADER_TOPIC,
    LECTURE_KIND_PATTERN, NOT_LECTURE_PATTERN, SESSION_PATTERN,
};
use super::times::time_cell;

/// The fewest days laid out this way that make a programme.
const FEWEST_DAYS: usize = 2;
/// Most words a day's heading has.
const MAX_HEADING_WORDS: usize = 16;

static BREAK: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)^\s*(?:{AGENDA_BREAK_PATTERN})\s*$")));

/// The lines with each agenda row dated by its day's heading, or `None` when fewer than
/// [`FEWEST_DAYS`] days are laid out so.
pub(super) fn dated(lines: &[String]) -> Option<Vec<String>> {
    // Cheap gate: some tab or pipe row must have a Time cell.
    if !lines.iter().any(|l| time_column(l).is_some()) {
        return None;
    }
    let mut out = lines.to_vec();
    let mut days = 0;
    let mut i = 0;
    while i < lines.len() {
        let Some((date, heading)) = day_heading(&lines[i]) else {
            i += 1;
            continue;
        };
        let Some(h) = (i + 1..lines.len()).find(|&k| !lines[k].trim().is_empty()) else {
            break;
        };
        let Some((time_at, header)) = agenda_header(&lines[h]) else {
            i += 1;
            continue;
        };
        days += 1;
        out[i] = heading;
        out[h] = joined(&lines[h], HEADER_DATE[0], &header);
        let mut k = h + 1;
        while let Some(cells) = lines.get(k).and_then(|l| cells_of(l)) {
            let timed = cells.get(time_at).and_then(|c| time_cell(c)).is_some();
            let what = cells.get(time_at + 1).map_or("", String::as_str);
            let rule = cells
                .iter()
                .all(|c| c.chars().all(|ch| "-:= ".contains(ch)));
            out[k] = if rule {
                joined(&lines[k], "---", &cells)
            } else if BREAK.is_match(what) {
                String::new()
            } else if timed {
                joined(&lines[k], &date, &cells)
            } else {
                lines[k].clone()
            };
            k += 1;
        }
        i = k;
    }
    (days >= FEWEST_DAYS).then_some(out)
}

/// Most headings' `#` marks: a Markdown heading.
const MAX_HEADING_LEVEL: usize = 6;
/// An agenda hour below this, written without am/pm ("1-4 lecture" after "9-12 lecture"), is
/// in the afternoon: no day's programme meets at one in the morning.
const FIRST_MORNING_HOUR: u32 = 7;

static LECTURE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b(?:{LECTURE_KIND_PATTERN})\b")));
static NOT_LECTURE: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)\b(?:{DEADLINE_VERB_PATTERN}|{NOT_LECTURE_PATTERN}|{SESSION_PATTERN})\b"
    ))
});

/// A day's programme as a list under its heading (`### Day 3. Tuesday May 30` over `- 9-12
/// lecture`, `- 12-1 lunch`, `- 16:00 – 16:30 Background lecture (Ann)`): each item that
/// opens with a range of hours and names a lecture is written with the heading's date first
/// and its hours as a clock range, so it is a timed row of its own (two lectures a day stay
/// two); the heading keeps its words without the date. The other items (a bus, a museum, a
/// tutorial) stay the heading's text. `None` unless two headings hold timed items and one item
/// names a lecture.
pub(super) fn dated_items(lines: &[String]) -> Option<Vec<String>> {
    let mut out = lines.to_vec();
    let mut day: Option<(usize, usize, String, String)> = None;
    let (mut timed_days, mut lectures) = (0, 0);
    let mut day_timed = false;
    for (i, line) in lines.iter().enumerate() {
        if let Some(level) = heading_level(line) {
            if let Some((date, rest)) = day_heading(line) {
                day = Some((i, level, date, rest));
                day_timed = false;
                continue;
            }
            if day.as_ref().is_some_and(|(_, l, _, _)| level <= *l) {
                day = None;
            }
            continue;
        }
        let Some((at, date, heading_rest)) = day.as_ref().map(|(at, _, d, r)| (*at, d, r)) else {
            continue;
        };
        let t = line.trim_start();
        let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) else {
            continue;
        };
        let Some(((start, end), rest)) = leading_hours(item) else {
            continue;
        };
        if !day_timed {
            day_timed = true;
            timed_days += 1;
        }
        if !LECTURE.is_match(&rest) || NOT_LECTURE.is_match(&rest) {
            continue;
        }
        let (start, end) = afternoon(start, end);
        let marker = &line[..line.len() - item.len()];
        out[i] = format!(
            "{marker}{date} {}-{} {rest}",
            start.format("%H:%M"),
            end.format("%H:%M")
        );
        out[at] = heading_rest.clone();
        lectures += 1;
    }
    (timed_days >= FEWEST_DAYS && lectures > 0).then_some(out)
}

/// The range of hours an item opens with, written as a clock range (`16:00 – 16:30`, `9am -
/// 11:30am`) or as bare hours (`9-12`), and the item's words after it.
fn leading_hours(item: &str) -> Option<((NaiveTime, NaiveTime), String)> {
    if let Some(found) = crate::syllabus::times::leading_range(item) {
        return Some(found);
    }
    let (first, rest) = item.trim_start().split_once(' ')?;
    let range = time_cell(first)?;
    let rest = rest.trim();
    (!rest.is_empty()).then(|| (range, rest.to_string()))
}

/// How many `#` open a Markdown heading line, if it is one.
fn heading_level(line: &str) -> Option<usize> {
    let level = line.len() - line.trim_start_matches('#').len();
    let after = &line[level..];
    ((1..=MAX_HEADING_LEVEL).contains(&level) && after.starts_with(' ')).then_some(level)
}

/// Hours written without am/pm that read as the small hours, moved to the afternoon.
fn afternoon(start: NaiveTime, end: NaiveTime) -> (NaiveTime, NaiveTime) {
    let later = |t: NaiveTime| {
        if t.hour() < FIRST_MORNING_HOUR {
            t + chrono::Duration::hours(12)
        } else {
            t
        }
    };
    (later(start), later(end))
}

/// The cells of a tab row or a pipe row, trimmed; `None` for any other line.
fn cells_of(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let cells: Vec<&str> = if line.contains('\t') {
        line.split('\t').collect()
    } else if t.starts_with('|') {
        t.trim_matches('|').split('|').collect()
    } else {
        return None;
    };
    Some(cells.into_iter().map(|c| c.trim().to_string()).collect())
}

/// `cells` with `first` in front, written as `like` is (tabs, or pipes).
fn joined(like: &str, first: &str, cells: &[String]) -> String {
    let mut all = vec![first.to_string()];
    all.extend(cells.iter().cloned());
    if like.contains('\t') {
        all.join("\t")
    } else {
        format!("| {} |", all.join(" | "))
    }
}

/// The index of a row's Time cell.
fn time_column(line: &str) -> Option<usize> {
    cells_of(line)?
        .iter()
        .position(|c| HEADER_TIME.contains(&c.to_lowercase().as_str()))
}

/// A line that is a day's heading: no cells, a few words, a date among them. Its date as
/// written, and the line without it (and without the brackets that held it).
fn day_heading(line: &str) -> Option<(String, String)> {
    if cells_of(line).is_some() || line.split_whitespace().count() > MAX_HEADING_WORDS {
        return None;
    }
    let (at, span) = find_date(line)?;
    let date = line[at..at + span.len].trim().to_string();
    let rest = format!("{}{}", &line[..at], &line[at + span.len..]);
    let rest = rest.replace("()", "").replace("[]", "");
    Some((
        date,
        rest.trim_end_matches([' ', ',', '-', '–']).to_string(),
    ))
}

/// A header row of an agenda: a Time cell, no date cell. Where the Time cell is, and the
/// header with the cell after it named as the topic when no cell names one.
fn agenda_header(line: &str) -> Option<(usize, Vec<String>)> {
    let time_at = time_column(line)?;
    let mut cells = cells_of(line)?;
    let named = |list: &[&str]| {
        cells
            .iter()
            .any(|c| list.contains(&c.trim().to_lowercase().as_str()))
    };
    if named(HEADER_DATE) {
        return None;
    }
    if !named(HEADER_TOPIC)
        && let Some(next) = cells.get_mut(time_at + 1)
    {
        *next = HEADER_TOPIC[0].to_string();
    }
    Some((time_at, cells))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::lines;

    #[test]
    fn each_row_under_a_days_heading_gets_its_date_and_breaks_go() {
        let got = dated(&lines(
            "Week 1\nDay 1: Soils (Monday, August 18)\nTime\tActivity\tWho\n\
09:00 - 11:00\tLesson 1: Soil physics\tBen\n11:00 - 11:30\tCoffee Break\t\n\
Day 2: Water (Tuesday, August 19)\n\nTime\tActivity\tWho\n08:00 - 10:00\tLesson 2: Flow\tCy\n",
        ))
        .unwrap();
        assert_eq!(
            got,
            lines(
                "Week 1\nDay 1: Soils\ndate\tTime\ttopic\tWho\n\
Monday, August 18\t09:00 - 11:00\tLesson 1: Soil physics\tBen\n\n\
Day 2: Water\n\ndate\tTime\ttopic\tWho\nTuesday, August 19\t08:00 - 10:00\tLesson 2: Flow\tCy"
            )
        );
    }

    #[test]
    fn a_pipe_table_under_a_days_heading_is_dated_in_pipes() {
        let got = dated(&lines(
            "## Tuesday, May 5\n\n| Time | Session |\n|---|---|\n| 10:00-12:00 | Lesson 1 |\n\n\
## Wednesday, May 6\n\n| Time | Session |\n|---|---|\n| 10:00-12:00 | Lesson 2 |\n",
        ))
        .unwrap();
        assert_eq!(got[2], "| date | Time | topic |");
        assert_eq!(got[3], "| --- | --- | --- |");
        assert_eq!(got[4], "| Tuesday, May 5 | 10:00-12:00 | Lesson 1 |");
    }

    #[test]
    fn a_table_with_its_own_date_column_or_a_single_day_is_left_alone() {
        let with_dates = lines(
            "Monday, August 18\nDate\tTime\tTopic\nAug 18\t09:00 - 11:00\tA\n\
Tuesday, August 19\nDate\tTime\tTopic\nAug 19\t09:00 - 11:00\tB\n",
        );
        assert_eq!(dated(&with_dates), None);
        let one_day = lines("Monday, August 18\nTime\tTopic\n09:00 - 11:00\tA\n");
        assert_eq!(dated(&one_day), None);
        assert_eq!(dated(&lines("Mon Aug 18\tIntro\nTue Aug 19\tMore\n")), None);
    }

    #[test]
    fn a_lecture_item_under_a_days_heading_gets_its_date_and_clock_hours() {
        let got = dated_items(&lines(
            "### Day 1. Monday May 22\n- 9-12 lecture\n- 12-1 lunch\n- 1-4 lecture\n\
### Day 2. Tuesday May 23\n- 10:00 - 12:00 Museum\n",
        ))
        .unwrap();
        // The heading's date as the date reader takes it ("1. Monday May 22") goes.
        assert!(got[0].starts_with("### Day") && !got[0].contains("May"));
        assert!(got[1].starts_with("- ") && got[1].ends_with("May 22 09:00-12:00 lecture"));
        assert_eq!(got[2], "- 12-1 lunch");
        assert!(got[3].ends_with("May 22 13:00-16:00 lecture"));
        assert_eq!(got[4], "### Day 2. Tuesday May 23");
        assert_eq!(dated_items(&got[..4]), None);
    }

    #[test]
    fn only_a_break_alone_in_its_cell_is_a_break() {
        assert!(BREAK.is_match("Coffee Break"));
        assert!(BREAK.is_match("Lunch"));
        assert!(BREAK.is_match("Pausa café"));
        assert!(!BREAK.is_match("Breaking codes"));
        assert!(!BREAK.is_match("Lesson 4: break-even analysis"));
    }
}
