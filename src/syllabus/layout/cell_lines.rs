//! Tables copied from a rendered page, one cell per line: `Lecture 3` / `Sep 12` / `Tue` /
//! `Topic title` / `Lecture 4` / ... A run of such lines where a date stands alone on every
//! k-th line is put back into rows of k cells: each record starts with the cells that come
//! before its date on every record (a label such as "Lecture 3", a weekday), so a label
//! before or after the date is read the same. A weekday next to the date joins it.

use std::sync::LazyLock;

use regex::Regex;

use super::markdown::SourceLine;
use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lexicon::{
    DEADLINE_VERB_PATTERN, EXAM_FIRST_WORDS, LECTURE_KIND_PATTERN, RELEASE_VERB_PATTERN,
    SESSION_PATTERN, WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_TR,
};

/// Fewest dated records that make a run: fewer could be chance.
const MIN_RECORDS: usize = 3;
/// Most cells a record is read with.
const MAX_CELLS: usize = 8;
/// Longest line read as a cell.
const MAX_CELL: usize = 100;

/// Puts one-cell-per-line runs back into rows; other lines are left as they are.
pub(super) fn reassemble(lines: Vec<SourceLine>) -> Vec<SourceLine> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let end = i + lines[i..].iter().take_while(|(_, t)| is_cell(t)).count();
        if end == i {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        out.extend(run(&lines[i..end]));
        i = end;
    }
    out
}

/// A line that can be one cell: short, one column, not blank.
fn is_cell(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().count() <= MAX_CELL && !text.contains('\t') && !t.contains("  ")
}

/// A line that is a date and nothing more.
fn is_date(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ',', ':', ';']);
    parse_date_prefix(t).is_some_and(|s| s.len >= t.len())
}

fn is_weekday(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ',']).to_lowercase();
    [WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_TR]
        .iter()
        .any(|days| days.iter().any(|(w, _)| *w == t))
}

/// A cell that names its record ("Lecture 3", "Week 2", "L4"): a few words with a number,
/// or a word alone that says what the record is ("Lecture", "Due", "Exam").
fn is_label(text: &str) -> bool {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^(?:{LECTURE_KIND_PATTERN}|{SESSION_PATTERN}|{DEADLINE_VERB_PATTERN}|{RELEASE_VERB_PATTERN})$"
        ))
        .unwrap()
    });
    let t = text.trim();
    t.split_whitespace().count() <= 3 && t.chars().any(|c| c.is_ascii_digit()) && !is_date(t)
        || is_weekday(t)
        || KIND.is_match(t)
        || EXAM_FIRST_WORDS.contains(&t.to_lowercase().as_str())
}

/// One run of cell lines: rows where its dates fall every k lines, else the lines as they are.
fn run(cells: &[SourceLine]) -> Vec<SourceLine> {
    let dates: Vec<usize> = (0..cells.len()).filter(|&i| is_date(&cells[i].1)).collect();
    let Some(k) = period(&dates) else {
        return cells.to_vec();
    };
    // Cells before the date that every record has: labels and weekdays.
    let lead = (1..k)
        .take_while(|&back| {
            dates
                .iter()
                .all(|&d| d >= back && is_label(&cells[d - back].1))
        })
        .count();
    let first = dates[0] - lead;
    // A weekday beside the date joins it, in every record or none.
    let day = [lead + 1, lead.wrapping_sub(1)].into_iter().find(|&at| {
        at < k
            && dates
                .iter()
                .all(|&d| cells.get(d - lead + at).is_some_and(|c| is_weekday(&c.1)))
    });
    // The k cells just before the first record, none a date or a label: the header.
    let header = first.checked_sub(k).filter(|&h| {
        cells[h..first]
            .iter()
            .all(|(_, t)| !is_date(t) && !is_label(t))
    });
    let mut out = cells[..header.unwrap_or(first)].to_vec();
    if let Some(h) = header {
        out.push(record(&cells[h..first], lead, day, false));
    }
    for &d in &dates {
        let start = d - lead;
        let end = (start + k).min(cells.len());
        out.push(record(&cells[start..end], lead, day, true));
    }
    let last_end = (dates[dates.len() - 1] - lead + k).min(cells.len());
    out.extend_from_slice(&cells[last_end..]);
    out
}

/// The distance between dates when it is the same for all, a few cells long.
fn period(dates: &[usize]) -> Option<usize> {
    if dates.len() < MIN_RECORDS {
        return None;
    }
    let k = dates[1] - dates[0];
    let even = dates.windows(2).all(|w| w[1] - w[0] == k);
    (even && (2..=MAX_CELLS).contains(&k)).then_some(k)
}

/// A record's cells as one tab-separated line; the weekday cell at `day` joins the date at
/// `date_at` (in the header, its name goes).
fn record(cells: &[SourceLine], date_at: usize, day: Option<usize>, join: bool) -> SourceLine {
    let line = cells.first().map_or(0, |c| c.0);
    let mut texts: Vec<String> = cells.iter().map(|(_, t)| t.trim().to_string()).collect();
    if let Some(at) = day.filter(|&at| at < texts.len() && date_at < texts.len()) {
        let weekday = texts.remove(at);
        let date_at = if at < date_at { date_at - 1 } else { date_at };
        if join {
            texts[date_at] = format!("{weekday} {}", texts[date_at]);
        }
    }
    (line, texts.join("\t"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<SourceLine> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        reassemble(numbered(text))
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn a_label_before_the_date_starts_each_row() {
        let text = "Schedule\nClass\nDate\nDay\nTopic\nLecture 1\nSep 8\nMon\nGraphs\nLecture 2\nSep 10\nWed\nTrees\nLecture 3\nSep 15\nMon\nHeaps\nEnd of list";
        assert_eq!(
            texts(text),
            [
                "Schedule",
                "Class\tDate\tTopic",
                "Lecture 1\tMon Sep 8\tGraphs",
                "Lecture 2\tWed Sep 10\tTrees",
                "Lecture 3\tMon Sep 15\tHeaps",
                "End of list"
            ]
        );
    }

    #[test]
    fn a_word_saying_what_the_record_is_starts_each_row() {
        let text = "Lecture\nFeb 4\nLayers\nDue\nFeb 7\nHomework 1\nExam\nFeb 11\nMidterm";
        assert_eq!(
            texts(text),
            [
                "Lecture\tFeb 4\tLayers",
                "Due\tFeb 7\tHomework 1",
                "Exam\tFeb 11\tMidterm"
            ]
        );
    }

    #[test]
    fn a_label_after_the_date_stays_in_its_row() {
        let text = "Sep 8\nGraphs\nL1\nSep 10\nTrees\nL2\nSep 15\nHeaps\nL3";
        let rows = reassemble(numbered(text));
        assert_eq!(
            rows,
            [
                (1, "Sep 8\tGraphs\tL1".to_string()),
                (4, "Sep 10\tTrees\tL2".to_string()),
                (7, "Sep 15\tHeaps\tL3".to_string())
            ]
        );
    }

    #[test]
    fn lines_with_dates_at_uneven_distances_or_inside_text_are_left_alone() {
        let text = "Sep 8\nIntro\nSep 10\nTrees\nmore\nSep 15\nHeaps";
        assert_eq!(texts(text), text.lines().collect::<Vec<_>>());
        let list = "- Sep 8: Intro\n- Sep 10: Trees\n- Sep 15: Heaps";
        assert_eq!(texts(list), list.lines().collect::<Vec<_>>());
    }
}
