//! Rows that are a meeting other than a lecture: a lab, a tutorial, a recitation, a
//! discussion section ("*Lab:* bring a laptop", "Recitation 3"), or one that says it does not
//! take place ("No lab."). They give an event of kind `other`, or nothing, but no lecture.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::{Datelike, NaiveTime};

use super::{FoundActivity, WeekRow};

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, DEADLINE_RE, RELEASE_RE, parse_cell};
use crate::syllabus::lean::{Grouped, Groups, lean};
use crate::syllabus::lexicon::{
    HEADER_TOPIC, NEGATION_PATTERN, PRACTICE_COLUMN_PATTERN, SESSION_BOOK_WORD,
    SESSION_INSTEAD_PATTERN, SESSION_PATTERN, SESSION_TAIL_PATTERN, TALLY_JOIN_PATTERN,
};
use crate::syllabus::text::squash;

/// A cell that starts with a session word, alone or followed by ':', '.', a spaced dash, a
/// number, "session" or "instead of" (the session held in the lecture's place): "Lab:",
/// "Recitation 3", "No lab.", "X-hour - Debugging", "X-hour instead of lecture" (not
/// "Laboratory safety", "Discussion of X").
static SESSION: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?P<no>(?:{NEGATION_PATTERN})\s+)?(?P<word>{SESSION_PATTERN})\b(?:\s+sections?\b)?\s*(?:\#\s*)?(?P<num>[0-9]{{1,2}})?\s*(?:$|[:.()]|[-–—]\s|sessions?\b|sections?\b|(?:{SESSION_INSTEAD_PATTERN})\b)"
    ))
});

/// A numbered session followed by its topic: "Lab 3 Functions and decisions" (not a
/// "Section 2 ..." of a book, which [`SESSION`] reads only alone or with a colon).
static SESSION_TOPIC: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?P<word>{SESSION_PATTERN})\s+(?:\#\s*)?(?P<num>[0-9]{{1,2}})\s+[[:alpha:]]"
    ))
});

/// A title of a few words that ends in a session word, perhaps with a note after it in
/// parentheses or after a colon or comma: "Media Studio Lab (Guest: a curator)".
static SESSION_TAIL: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:[[:alpha:]][[:alpha:]'’&-]*\s+){{1,3}}(?P<word>{SESSION_TAIL_PATTERN})\s*(?:$|[(:,.;])"
    ))
});

/// What a session row gives instead of a lecture.
pub(super) enum Session {
    /// The session takes place: its event (and any work the row names).
    Held(Vec<Activity>),
    /// "No lab": nothing.
    Off,
}

/// The session a row's first text names, if it names one and no work is due or out in it.
pub(super) fn read(first: &str) -> Option<Session> {
    let text = squash(&first.replace(['*', '_'], " "));
    let text = without_topic_label(&text);
    let caps = SESSION.groups(&text).or_else(|| {
        SESSION_TOPIC
            .groups(&text)
            .filter(|c| !c["word"].to_lowercase().starts_with(SESSION_BOOK_WORD))
            .or_else(|| SESSION_TAIL.groups(&text))
    })?;
    // "Section 1.5" is a part of a book, not section 1.
    if caps.name("num").is_some_and(|n| {
        let after = &text[n.end()..];
        after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit())
    }) {
        return None;
    }
    if caps.name("no").is_some() {
        return Some(Session::Off);
    }
    if DEADLINE_RE.is_match(&text) || RELEASE_RE.is_match(&text) {
        return None;
    }
    let mut acts: Vec<Activity> = parse_cell(&text).0;
    // "Lab 1" is read as work named by the session itself; "Discussion section 1: reading a
    // paper" names other work (a paper), and the row is still the discussion section.
    let word = caps["word"].to_lowercase();
    let own =
        |a: &Activity| a.kind == EventKind::Other && a.label.to_lowercase().starts_with(&word);
    if !acts.iter().any(own) {
        acts.retain(|a| a.kind != EventKind::Other);
        acts.insert(0, held(&text, &caps));
    }
    Some(Session::Held(acts))
}

/// A tally of the row's hours, a line of its own that closes its text ("2 lectures, 2
/// practicals", "4 практики").
static TALLY: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:[0-9]{{1,2}}\s+\p{{L}}+\s*(?:(?:{TALLY_JOIN_PATTERN})\s*)?)+\.?$"
    ))
});

/// One count of a tally and its word ("2 practicals").
static TALLY_COUNT: LazyLock<Lean> = LazyLock::new(|| lean(r"[0-9]{1,2}\s+\p{L}+"));

/// A tally word that counts sessions other than lectures ("practicals", "labs", "практики").
static TALLY_SESSION: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:{SESSION_PATTERN}|{PRACTICE_COLUMN_PATTERN})$"
    ))
});

/// A row whose last line is a tally of its hours that counts only sessions other than
/// lectures ("2 практики", "4 labs"): that session. A tally that counts a lecture too ("2
/// лекции, 2 практики"), or one word of it that is no session word, says nothing.
fn tallied(title: &str, details: &[String]) -> Option<Vec<Activity>> {
    let last = details.last().map(String::as_str).unwrap_or(title).trim();
    let tally = TALLY.find(last)?;
    let mut words = TALLY_COUNT
        .find_iter(tally.as_str())
        .map(|m| {
            m.as_str()
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim()
                .to_string()
        })
        .peekable();
    let first = words.peek()?.clone();
    if !words.all(|w| TALLY_SESSION.is_match(&w)) {
        return None;
    }
    let mut label: String = first.chars().take(1).flat_map(char::to_uppercase).collect();
    label.push_str(&first[first.chars().next().map_or(0, char::len_utf8)..]);
    let topic = if title.trim().is_empty() {
        details.first().cloned()
    } else {
        Some(title.trim().to_string())
    };
    Some(vec![Activity {
        note: topic.filter(|t| t.trim() != last),
        ..Activity::bare(EventKind::Other, label)
    }])
}

/// The event of a session: "Recitation 3" with the rest of the cell as its note.
fn held(text: &str, caps: &Groups<'_>) -> Activity {
    let word = &caps["word"];
    let mut label: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
    label.push_str(&word[word.chars().next().map_or(0, char::len_utf8)..].to_lowercase());
    if let Some(n) = caps.name("num") {
        label = format!("{label} {}", n.as_str());
    }
    let rest = text[caps.get(0).map_or(0, |m| m.end())..]
        .trim()
        .trim_start_matches([':', '.', ')'])
        .trim();
    Activity {
        note: (!rest.is_empty()).then(|| rest.to_string()),
        ..Activity::bare(EventKind::Other, label)
    }
}

/// A cell's text without the field label a calendar box writes before its topic ("Topic:
/// Lab", "Tema: Laboratorio"): the session is what follows.
fn without_topic_label(text: &str) -> String {
    match text.split_once(':') {
        Some((label, rest))
            if !rest.trim().is_empty()
                && HEADER_TOPIC.contains(&label.trim().to_lowercase().as_str()) =>
        {
            rest.trim().to_string()
        }
        _ => text.to_string(),
    }
}

/// Whether a heading's text names a session other than lectures, alone ("Labs",
/// "Tutorials", "Übungen"), so the table under it lists those sessions; not a heading that
/// only starts with the word ("Lab safety").
pub(super) fn names_sessions(heading: &str) -> bool {
    let text = squash(heading);
    !text.is_empty()
        && SESSION.is_match(&text)
        && !SESSION_TOPIC.is_match(&text)
        && text.split_whitespace().count() <= 3
}

/// Sets apart the session rows on weekdays that are not mostly lecture days (a Wednesday
/// lab beside Tuesday and Thursday lectures, a weekly Friday tutorial beside one Friday
/// lecture): they give their events, not lectures. An occasional session on a day of
/// lectures ("Lab: Monte Carlo" in a Monday's slot) is held in the lecture slot and stays a
/// lecture, unless the row gives its own hours: then it is a meeting of its own.
pub(super) fn apart(mut rows: Vec<WeekRow>) -> (Vec<WeekRow>, Vec<FoundActivity>) {
    for r in rows.iter_mut().filter(|r| r.session.is_none()) {
        r.session = tallied(&r.title, &r.details);
    }
    let mut balance = [0i32; 7];
    // A row that is only an exam (no title) says nothing of the lecture days: exams often
    // fall on another day.
    for r in rows.iter().filter(|r| !r.no_class && !r.title.is_empty()) {
        balance[r.date.weekday().num_days_from_monday() as usize] +=
            if r.session.is_none() { 1 } else { -1 };
    }
    // A course whose every meeting is a lab ("Lab 1", "Lab 2", ...) meets in its labs.
    if !rows.iter().any(|r| !r.no_class && r.session.is_none()) {
        return (rows, Vec::new());
    }
    let lecture_days: BTreeSet<u32> = (0..7u32).filter(|&d| balance[d as usize] > 0).collect();
    let mut kept = Vec::new();
    let mut acts = Vec::new();
    for mut row in rows {
        match row.session.take() {
            Some(found)
                if row.time.is_some()
                    || in_place_of_lecture(&row.title)
                    || !lecture_days.contains(&row.date.weekday().num_days_from_monday()) =>
            {
                acts.extend(found.into_iter().map(|a| {
                    FoundActivity::new(row.line, in_hours(a, row.time), row.date, Some(row.week))
                }));
            }
            _ => kept.push(row),
        }
    }
    (kept, acts)
}

/// A session that says it is held instead of the lecture ("X-hour instead of lecture"): on
/// a lecture day too it is that session, not an occasional one in the lecture's slot.
fn in_place_of_lecture(title: &str) -> bool {
    static INSTEAD: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^\W*(?:{SESSION_PATTERN})\s+(?:{SESSION_INSTEAD_PATTERN})\b"
        ))
    });
    INSTEAD.is_match(title)
}

/// The session's event at its row's own hours, when the row gives them and it has none.
fn in_hours(mut act: Activity, hours: Option<(NaiveTime, NaiveTime)>) -> Activity {
    if act.kind == EventKind::Other
        && act.time.is_none()
        && let Some((start, end)) = hours
    {
        act.time = Some(start);
        act.end_time = Some(end);
    }
    act
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held_labels(cell: &str) -> Option<Vec<String>> {
        match read(cell)? {
            Session::Held(acts) => Some(acts.into_iter().map(|a| a.label).collect()),
            Session::Off => Some(Vec::new()),
        }
    }

    #[test]
    fn a_lab_or_recitation_row_is_a_session_not_a_lecture() {
        assert_eq!(
            held_labels("*Lab:* bring a laptop"),
            Some(vec!["Lab".into()])
        );
        assert_eq!(
            held_labels("Recitation 3: graphs"),
            Some(vec!["Recitation 3".into()])
        );
        assert_eq!(held_labels("Tutorial"), Some(vec!["Tutorial".into()]));
        // A calendar box labels its topic.
        assert_eq!(held_labels("Topic: Lab"), Some(vec!["Lab".into()]));
        assert_eq!(held_labels("Topic: Lab safety rules"), None);
        assert_eq!(
            held_labels("Discussion section 1: reading a paper"),
            Some(vec!["Discussion 1".into()])
        );
    }

    #[test]
    fn a_heading_that_is_a_session_name_heads_a_table_of_sessions() {
        for h in [
            "Labs",
            " Tutorials",
            "Übungen",
            "Lab sessions",
            "Zajęcia laboratoryjne",
        ] {
            assert!(names_sessions(h), "{h}");
        }
        for h in ["Lab safety", "Lectures", "Schedule", "Lab 3 Functions", ""] {
            assert!(!names_sessions(h), "{h}");
        }
    }

    #[test]
    fn no_lab_is_nothing() {
        assert!(matches!(
            read("**No lab.** (keep practising)"),
            Some(Session::Off)
        ));
        assert!(matches!(
            read("No recitation (nothing due)"),
            Some(Session::Off)
        ));
    }

    /// A titled row of week `week`: a lecture, unless it is a session.
    fn lecture(week: u32, date: chrono::NaiveDate) -> WeekRow {
        WeekRow {
            title: "Topic".into(),
            ..WeekRow::for_test(week, date)
        }
    }

    #[test]
    fn an_occasional_session_on_a_lecture_day_is_held_in_the_lecture_slot() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 1, d).unwrap();
        let lab = |d| WeekRow {
            session: Some(Vec::new()),
            ..lecture(1, day(d))
        };
        // Mondays and Wednesdays are lectures; the one Wednesday lab stays one, the
        // Thursday lab does not.
        let rows = vec![
            lecture(1, day(8)),
            lecture(1, day(10)),
            lecture(2, day(15)),
            lecture(2, day(17)),
            lab(24),
            lab(11),
        ];
        let (kept, apart) = apart(rows);
        assert_eq!(kept.len(), 5);
        assert!(apart.is_empty(), "a session without events gives none");
    }

    #[test]
    fn weekly_sessions_on_a_day_with_one_lecture_are_sessions() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2024, 1, d).unwrap();
        let tutorial = |d| WeekRow {
            session: Some(vec![Activity::bare(EventKind::Other, "Tutorial".into())]),
            ..lecture(1, day(d))
        };
        // Tuesdays are lectures, one Friday too; the other Fridays are tutorials.
        let rows = vec![
            lecture(1, day(2)),
            lecture(1, day(5)),
            lecture(2, day(9)),
            tutorial(12),
            lecture(3, day(16)),
            tutorial(19),
        ];
        let (kept, apart) = apart(rows);
        assert_eq!(kept.len(), 4);
        assert_eq!(apart.len(), 2);
    }

    #[test]
    fn topics_that_merely_start_with_a_session_word_are_lectures() {
        assert!(read("Discussion of the reading").is_none());
        assert!(read("Laboratory methods").is_none());
        assert!(read("Lab 2 report due").is_none());
        assert!(read("Sorting").is_none());
    }
}
