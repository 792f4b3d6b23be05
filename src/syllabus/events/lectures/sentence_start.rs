//! A lecture's start told in a sentence of a day's list rather than in a slot line or a Time
//! column: "Attend lecture at 1pm", "Meet in Room 12 at 1pm for the first lecture", "Cours à
//! 14h30". Pages that list each day's doings (a heading per day over its items) say when the
//! class meets there and nowhere else. The sentence must be the lecture's alone: one that
//! also names a deadline, an exam or quiz, office hours or a lab, discussion or tutorial
//! ("Lecture video quiz due at noon", "Discussion at 4pm") gives no lecture time.

use std::sync::LazyLock;

use chrono::NaiveTime;

use crate::syllabus::lean::{Grouped, Lean, Yes, lean, yes};
use crate::syllabus::lexicon::{
    DEADLINE_VERB_PATTERN, LECTURE_KIND_PATTERN, NOON_WORDS, NOT_LECTURE_PATTERN, SESSION_PATTERN,
    TIME_AT_WORD_PATTERN,
};
use crate::syllabus::times::{TIME_RANGE, find_time};

static LECTURE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b(?:{LECTURE_KIND_PATTERN})\b")));
/// Words that make the sentence another event's: a deadline, an exam, office hours, a session.
static OTHER: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)\b(?:{DEADLINE_VERB_PATTERN}|{NOT_LECTURE_PATTERN}|{SESSION_PATTERN})\b"
    ))
});
/// A clock start after an "at" word: "at 1pm", "at 13:00", "à 14h30", "um 10:15".
static AT_START: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:^|\s)(?:{TIME_AT_WORD_PATTERN})\s+(?P<t>[0-9]{{1,2}}(?:[:.h][0-9]{{2}})?\s*[ap]\.?m\b\.?|[0-9]{{1,2}}[:h][0-9]{{2}}\b|(?:{noon})\b)",
        noon = NOON_WORDS.join("|")
    ))
});

/// The start of the lecture a sentence of `text` gives, if one does and no other sentence of
/// it gives another.
pub(super) fn lecture_start(text: &str) -> Option<NaiveTime> {
    // Cheap gate before any pattern: a clock start must be written somewhere.
    if !clock_mark(text) || !LECTURE.is_match(text) {
        return None;
    }
    let mut starts = sentences(text).filter_map(sentence_start);
    let first = starts.next()?;
    starts.all(|s| s == first).then_some(first)
}

/// Whether a text writes something like a clock time: a digit followed by a colon and a
/// digit, by "am"/"pm" (perhaps after a space or dot), or by "h" and a digit; or "noon".
fn clock_mark(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
    b.iter().enumerate().any(|(i, c)| {
        if !c.is_ascii_digit() {
            return false;
        }
        let j = if at(i + 1) == b' ' { i + 2 } else { i + 1 };
        (matches!(at(i + 1), b':' | b'h') && at(i + 2).is_ascii_digit())
            || (matches!(at(j), b'a' | b'p') && matches!(at(j + 1), b'm' | b'.'))
    }) || {
        let lower = text.to_lowercase();
        NOON_WORDS.iter().any(|w| lower.contains(w))
    }
}

/// The start a lecture's sentence gives ("Attend lecture at 1pm"), when it names no other
/// event and writes no range (a range is read as the row's time already).
fn sentence_start(sentence: &str) -> Option<NaiveTime> {
    if !clock_mark(sentence) || !LECTURE.is_match(sentence) {
        return None;
    }
    let mut found = AT_START
        .groups_iter(sentence)
        .filter_map(|c| find_time(c.name("t")?.as_str()));
    let first = found.next()?;
    let other = OTHER.is_match(sentence) || TIME_RANGE.is_match(sentence);
    (found.next().is_none() && !other).then_some(first)
}

/// The sentences of a text: it is cut at a full stop, semicolon, question or exclamation mark
/// followed by a space or the end, and at line ends; never inside "p.m." or "a.m.".
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut cuts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b';' | b'!' | b'?' | b'\n')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        let ampm = b == b'.'
            && i >= 3
            && bytes[i - 1].eq_ignore_ascii_case(&b'm')
            && bytes[i - 2] == b'.'
            && matches!(bytes[i - 3].to_ascii_lowercase(), b'a' | b'p');
        if ends && !ampm {
            cuts.push(i + 1);
        }
    }
    cuts.push(text.len());
    cuts.dedup();
    (0..cuts.len() - 1).map(move |k| &text[cuts[k]..cuts[k + 1]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn a_lecture_sentence_with_a_start_after_at_gives_the_start() {
        assert_eq!(
            lecture_start("Go to the lecture at 2pm. Reading: ch. 3"),
            hm(14, 0)
        );
        assert_eq!(
            lecture_start("Meet in Hall B at 10:30 for the second lecture"),
            hm(10, 30)
        );
        assert_eq!(lecture_start("Lecture 4 at 9 a.m. in Room 2"), hm(9, 0));
        assert_eq!(lecture_start("Cours à 14h30, amphi C"), hm(14, 30));
    }

    #[test]
    fn a_sentence_of_a_deadline_an_exam_or_a_session_gives_no_lecture_start() {
        assert_eq!(lecture_start("Lecture notes quiz due at noon"), None);
        assert_eq!(lecture_start("Lab at 4pm after the lecture"), None);
        assert_eq!(lecture_start("Midterm review lecture at 3pm"), None);
        assert_eq!(
            lecture_start("Discussion at 4pm. Watch the lecture videos"),
            None
        );
    }

    #[test]
    fn only_a_clock_like_mark_lets_the_patterns_run() {
        assert!(clock_mark("Lecture at 1pm"));
        assert!(clock_mark("Lecture at 9 a.m."));
        assert!(clock_mark("Cours à 14h30"));
        assert!(clock_mark("meet at 10:15"));
        assert!(clock_mark("at noon"));
        assert!(!clock_mark("Lecture 3: Sorting, chapter 2.1"));
        assert!(!clock_mark("Lecture 4 in Hall 2"));
    }

    #[test]
    fn two_different_lecture_starts_or_a_range_give_none() {
        assert_eq!(lecture_start("Lecture at 1pm. Second lecture at 4pm"), None);
        assert_eq!(
            lecture_start("Lecture at 1pm. Lecture repeated at 1pm"),
            hm(13, 0)
        );
        assert_eq!(lecture_start("Lecture 1:00-2:15pm at 1pm"), None);
        assert_eq!(lecture_start("Lecture in Room 4"), None);
    }
}
