//! Block courses: a course held on a few consecutive days, stated as a period (`Course
//! period: July 19-23`) over a plan of numbered days that writes no dates (`# day | Contents`
//! with rows `1   Penalized regression`, or `Day 2: Trees`). Each numbered day is written out
//! with its date, the k-th day of the period (its k-th weekday when the period spans a weekend
//! and the plan numbers only the weekdays), so the plan reads as a dated schedule.

use chrono::{Datelike, NaiveDate, Weekday};

use super::dates::{RawDate, find_date, month_number};
use super::lexicon::PLAN_DAY_WORDS;

/// Longest period, in days, read as a block course's.
const MAX_PERIOD_DAYS: u32 = 14;
/// The fewest numbered days that make a plan.
const FEWEST_DAYS: usize = 2;

/// The period: its line, the month word as written, its month, and its first and last day.
struct Period {
    line: usize,
    month_word: String,
    month: u32,
    first: u32,
    last: u32,
}

/// One numbered day of the plan: its line, where its number (or day word and number) stands,
/// and whether it is a table row (its number a cell) or a line naming its day.
struct PlanDay {
    line: usize,
    at: std::ops::Range<usize>,
    row: bool,
}

/// A plan: the header's day cell (line, where it stands) when it is a table, and its days.
type Plan = (Option<(usize, std::ops::Range<usize>)>, Vec<PlanDay>);

/// The lines with each numbered day of the plan dated from the period, or `None` when the
/// document is no such block course (no period, no plan, other dated lines, or a plan whose
/// days the period cannot hold).
pub(super) fn dated(lines: &[String]) -> Option<Vec<String>> {
    let period = period(lines)?;
    // A plan that dates its rows is read as it is.
    let others = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| *i != period.line && find_date(l).is_some())
        .count();
    if others > 0 {
        return None;
    }
    let (header, plan) = table_plan(lines).or_else(|| line_plan(lines))?;
    let days = plan_days(&period, plan.len(), year(lines))?;
    let mut out = lines.to_vec();
    for (d, day) in plan.iter().zip(days) {
        let date = format!("{} {day}", period.month_word);
        let line = &lines[d.line];
        let (before, after) = (&line[..d.at.start], &line[d.at.end..]);
        out[d.line] = if !d.row {
            format!("{before}{date}: {}", &line[d.at.start..])
        } else if after.starts_with("  ") {
            // A space-laid row: the gutter after the number kept as wide as it can be.
            let gutter = after.len() - after.trim_start().len();
            let pad = (d.at.len() + gutter)
                .saturating_sub(date.chars().count())
                .max(2);
            format!("{before}{date}{}{}", " ".repeat(pad), after.trim_start())
        } else {
            format!("{before}{date}{after}")
        };
    }
    if let Some((line, at)) = header {
        let width = at.len();
        let l = &lines[line];
        out[line] = format!("{}{:<width$}{}", &l[..at.start], "Date", &l[at.end..]);
    }
    Some(out)
}

/// The one line stating a short period within a month (`July 19-23`, `19-23 July 2021`).
fn period(lines: &[String]) -> Option<Period> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let (at, span) = find_date(l)?;
        let (
            RawDate::Known {
                month, day: first, ..
            },
            Some(RawDate::Known {
                month: m2,
                day: last,
                ..
            }),
        ) = (span.start, span.end)
        else {
            return None;
        };
        if m2 != month || last <= first || last - first + 1 > MAX_PERIOD_DAYS {
            return None;
        }
        let written = &l[at..at + span.len];
        let month_word = written
            .split(|c: char| !c.is_alphabetic())
            .find(|w| month_number(w) == Some(month))?
            .to_string();
        Some(Period {
            line: i,
            month_word,
            month,
            first,
            last,
        })
    })
}

/// The first year the document writes (`summer semester 2021`), to tell the period's weekdays.
fn year(lines: &[String]) -> Option<i32> {
    lines.iter().find_map(|l| {
        l.split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<i32>().ok())
            .find(|y| (1990..=2100).contains(y))
    })
}

/// The days of the month a plan of `n` days falls on: every day of the period when it has
/// `n` days, else its weekdays when there are `n` of them (the year must be known for that).
fn plan_days(p: &Period, n: usize, year: Option<i32>) -> Option<Vec<u32>> {
    let all: Vec<u32> = (p.first..=p.last).collect();
    if all.len() == n {
        return Some(all);
    }
    let year = year?;
    let weekdays: Vec<u32> = all
        .into_iter()
        .filter(|&d| {
            NaiveDate::from_ymd_opt(year, p.month, d)
                .is_some_and(|date| !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
        })
        .collect();
    (weekdays.len() == n).then_some(weekdays)
}

/// Whether a word, lower case, without a leading `#`, is a plan's day word.
fn is_day_word(word: &str) -> bool {
    let w = word.trim_start_matches('#').trim().to_lowercase();
    PLAN_DAY_WORDS.contains(&w.as_str())
}

/// A table whose header names its first column by a day word (`# day   CONTENTS`, `| Day |
/// Topic |`) over rows numbered 1, 2, 3...: the header's day cell and each row's number.
fn table_plan(lines: &[String]) -> Option<Plan> {
    lines.iter().enumerate().find_map(|(h, l)| {
        let cell = first_cell(l)?;
        if !is_day_word(&l[cell.clone()]) {
            return None;
        }
        let mut plan = Vec::new();
        for (i, row) in lines.iter().enumerate().skip(h + 1) {
            if row.trim().is_empty()
                || row.trim_start().starts_with("|-")
                || row.trim_start().starts_with("| -")
            {
                if plan.is_empty() {
                    continue;
                } else {
                    break;
                }
            }
            let Some(at) = first_cell(row) else { break };
            let number = &row[at.clone()];
            if number.parse::<usize>().ok() != Some(plan.len() + 1)
                || row[at.end..].trim().trim_matches('|').trim().is_empty()
            {
                break;
            }
            plan.push(PlanDay {
                line: i,
                at,
                row: true,
            });
        }
        (plan.len() >= FEWEST_DAYS).then_some((Some((h, cell)), plan))
    })
}

/// Where the first cell of a space-laid, tab or pipe row stands (its text trimmed), when a
/// gutter of two spaces, a tab or a pipe ends it.
fn first_cell(line: &str) -> Option<std::ops::Range<usize>> {
    let lead = line.len() - line.trim_start_matches([' ', '|']).len();
    let rest = &line[lead..];
    let end = [rest.find("  "), rest.find('\t'), rest.find('|')]
        .into_iter()
        .flatten()
        .min()?;
    let text = rest[..end].trim_end();
    (!text.is_empty()).then(|| lead..lead + text.len())
}

/// Lines naming their day, numbered 1, 2, 3... (`Day 1: Foundations`, `## Tag 2 – Bäume`, `-
/// Day 3. Trees`): where each day word and number stands.
fn line_plan(lines: &[String]) -> Option<Plan> {
    let mut plan: Vec<PlanDay> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let lead = l.len() - l.trim_start_matches(['#', '-', '*', ' ']).len();
        let mut words = l[lead..].splitn(3, ' ');
        let (Some(word), Some(number)) = (words.next(), words.next()) else {
            continue;
        };
        let digits = number.trim_end_matches([':', '.', ')', ',']);
        if !is_day_word(word) || digits.parse::<usize>().ok() != Some(plan.len() + 1) {
            continue;
        }
        let end = lead + word.len() + 1 + digits.len();
        plan.push(PlanDay {
            line: i,
            at: lead..end,
            row: false,
        });
    }
    (plan.len() >= FEWEST_DAYS).then_some((None, plan))
}
