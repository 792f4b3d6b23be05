//! Codes a document's legend defines for what a timetable grid's cells mean ("(M): material
//! published", "(K): contact hours in class, 8 - 11", "(P): last submission day (23:55)"),
//! written alone in the grid's weekday cells, numbered by the part of the course ("M1",
//! "K1", "P1"). Each such cell is read as the words the code stands for: "K1" is lecture 1 at
//! the legend's hours, "M1" homework 1 handed out, "P1" homework 1 due at the legend's hour.
//! A code nobody defines, or one whose meaning names none of these, is left as written.

use std::collections::BTreeMap;

use chrono::NaiveTime;

use super::lexicon::{
    CELL_CODE_DUE_WORDS, CELL_CODE_EXAM_WORDS, CELL_CODE_LECTURE_WORDS, CELL_CODE_OUT_WORDS,
    CELL_CODE_PERIOD_WORDS,
};
use super::times::{find_time, time_cell};

/// What a code stands for.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum CellCode {
    /// A class meeting, at the legend's hours if it gives them.
    Lecture(Option<(NaiveTime, NaiveTime)>),
    /// The numbered work handed out.
    Out,
    /// The numbered work due, at the legend's hour if it gives one.
    Due(Option<NaiveTime>),
    /// An exam on that day.
    Exam,
    /// A period (an exam window) marked day by day: no event of its own.
    Period,
}

/// Longest code read from a legend.
const MAX_CODE: usize = 2;

/// The codes the document's legend lines define: "(M)" alone with its meaning on the next
/// line (a Markdown definition list, its `: ` mark dropped or not), or "K = contact hours"
/// on one line.
pub(super) fn legend(lines: &[String]) -> BTreeMap<String, CellCode> {
    let mut out = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim().trim_start_matches(['*', '-', '•']).trim_start();
        let defined = match bracketed_alone(t) {
            Some(code) => lines
                .get(i + 1)
                .map(|next| next.trim())
                .map(|next| (code, next.strip_prefix(':').unwrap_or(next))),
            None => t
                .split_once(['=', ':'])
                .map(|(c, m)| (c.trim().trim_start_matches('(').trim_end_matches(')'), m)),
        };
        if let Some((code, meaning)) = defined
            && is_code(code)
            && let Some(kind) = meaning_of(meaning)
        {
            out.insert(code.to_string(), kind);
        }
    }
    out
}

/// The code of a line that is only a bracketed code: "(M)".
fn bracketed_alone(t: &str) -> Option<&str> {
    let code = t.strip_prefix('(')?.strip_suffix(')')?;
    is_code(code).then_some(code)
}

/// One or two capitals.
fn is_code(code: &str) -> bool {
    (1..=MAX_CODE).contains(&code.chars().count()) && code.chars().all(char::is_uppercase)
}

/// The kind a legend's meaning names: the kind word written first wins ("last submission
/// day; ... before the exam" is a deadline).
fn meaning_of(meaning: &str) -> Option<CellCode> {
    let m = meaning.to_lowercase();
    let first = |words: &[&str]| words.iter().filter_map(|w| m.find(w)).min();
    let kinds = [
        (first(CELL_CODE_EXAM_WORDS), 0),
        (first(CELL_CODE_DUE_WORDS), 1),
        (first(CELL_CODE_OUT_WORDS), 2),
        (first(CELL_CODE_LECTURE_WORDS), 3),
    ];
    let (_, kind) = kinds
        .iter()
        .filter_map(|(at, k)| at.map(|a| (a, *k)))
        .min()?;
    Some(match kind {
        0 if CELL_CODE_PERIOD_WORDS.iter().any(|w| m.contains(w)) => CellCode::Period,
        0 => CellCode::Exam,
        1 => CellCode::Due(find_time(&m)),
        2 => CellCode::Out,
        _ => CellCode::Lecture(lecture_hours(&m)),
    })
}

/// The hours a lecture code's meaning gives: a written range, or bare hours after a word
/// ("klo 8 - 11").
fn lecture_hours(meaning: &str) -> Option<(NaiveTime, NaiveTime)> {
    time_cell(meaning).or_else(|| {
        // Bare hours at the end of a word run ("room ATK-112 klo 8 - 11"): tried from each
        // number that starts a word.
        meaning
            .char_indices()
            .filter(|&(i, c)| c.is_ascii_digit() && meaning[..i].ends_with(' '))
            .find_map(|(i, _)| {
                time_cell(meaning[i..].trim_end_matches(|c: char| !c.is_ascii_digit()))
            })
    })
}

/// A grid cell that is a defined code, perhaps numbered ("K1", "T"), as the words it stands
/// for and whether it is a lecture; `None` for any other cell. A period's cell reads as
/// nothing.
pub(super) fn expand(cell: &str, codes: &BTreeMap<String, CellCode>) -> Option<(String, bool)> {
    let cell = cell.trim();
    let letters = cell
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(cell.len());
    let (code, number) = cell.split_at(letters);
    if !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let kind = codes.get(code)?;
    let hm = |t: &NaiveTime| t.format("%H:%M").to_string();
    let numbered = |word: &str| format!("{word} {number}").trim().to_string();
    Some(match kind {
        CellCode::Lecture(Some((s, e))) => {
            (format!("{}-{} {}", hm(s), hm(e), numbered("Lecture")), true)
        }
        CellCode::Lecture(None) => (numbered("Lecture"), true),
        CellCode::Out if !number.is_empty() => (format!("{} out", numbered("Homework")), false),
        CellCode::Due(at) if !number.is_empty() => {
            let at = at
                .as_ref()
                .map(|t| format!(" at {}", hm(t)))
                .unwrap_or_default();
            (format!("{} due{at}", numbered("Homework")), false)
        }
        CellCode::Exam => (numbered("Exam"), false),
        CellCode::Period => (String::new(), false),
        CellCode::Out | CellCode::Due(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::lines;

    fn codes() -> BTreeMap<String, CellCode> {
        legend(&lines(
            "(M) : material published (some of it)\n\n(K)\n contact hours in room B-112 at 8 - 11\n\n(P)\n: last submission day (23:55); late work is read before the exam\n\nT = exam period\n",
        ))
    }

    #[test]
    fn a_definition_list_legend_names_each_codes_kind_and_hours() {
        let c = codes();
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("a time");
        assert_eq!(c.get("M"), Some(&CellCode::Out));
        assert_eq!(
            c.get("K"),
            Some(&CellCode::Lecture(Some((at(8, 0), at(11, 0)))))
        );
        assert_eq!(c.get("P"), Some(&CellCode::Due(Some(at(23, 55)))));
        assert_eq!(c.get("T"), Some(&CellCode::Period));
    }

    #[test]
    fn a_numbered_code_in_a_cell_reads_as_the_work_or_meeting_it_stands_for() {
        let c = codes();
        let read = |cell: &str| expand(cell, &c);
        assert_eq!(
            read("K1"),
            Some(("08:00-11:00 Lecture 1".to_string(), true))
        );
        assert_eq!(read("M2"), Some(("Homework 2 out".to_string(), false)));
        assert_eq!(
            read("P3"),
            Some(("Homework 3 due at 23:55".to_string(), false))
        );
        assert_eq!(read(" T "), Some((String::new(), false)));
        // Words, codes nobody defines, and work without its number stay as written.
        assert_eq!(read("Kick-off"), None);
        assert_eq!(read("X1"), None);
        assert_eq!(read("P"), None);
    }
}
