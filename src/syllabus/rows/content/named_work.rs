//! A cell that is one statement of numbered work falling due under a name no work word gives
//! ("Reflection 2 due", "Memo 1 due by 5pm", "Submit reflection 2", "Deadline: critique 3"):
//! the whole cell says the work, so it is that deadline and no lecture.

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;

use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::lean::{Grouped, lean};
use crate::syllabus::lexicon::{
    DEADLINE_VERB_PATTERN, DEADLINE_VERB_STEMS, LIMIT_ONLY_VERBS, NEGATION_PATTERN,
    NOT_WORK_DUE_PATTERN, REGISTRAR_PATTERN,
};
use crate::syllabus::text::squash;
use crate::syllabus::times::find_time;

/// Most words a name of work has here: more is a sentence ("Due dates are posted online").
const MOST_WORDS: usize = 4;

/// Most words after the verb when they tell the day by the class ("by midnight the night
/// before class").
const MOST_CLASS_REST_WORDS: usize = 8;

/// The name, then the verb and what follows it; or the verb, perhaps a colon, then the name
/// with its number ("Submit reflection 2", "Entrega: práctica 2 (viernes)"; not "Submit
/// questions through the forum") and what follows it.
static NAME_FIRST: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^{NAME}\s+(?P<verb>{DEADLINE_VERB_PATTERN})(?P<rest>(?:\s.*)?)$"
    ))
});
static VERB_FIRST: LazyLock<[Lean; 2]> = LazyLock::new(|| {
    [
        format!(
            r"(?i)^(?:{DEADLINE_VERB_PATTERN})\s*:?\s+(?P<name>{NUMBERED})(?P<rest>(?:\s.*)?)$"
        ),
        format!(r"(?i)^(?:{DEADLINE_VERB_PATTERN})\s*:\s*(?P<name>{NUMBERED})(?P<rest>(?:\s.*)?)$"),
    ]
    .map(|p| lean(&p))
});
const NAME: &str = r"(?P<name>\p{L}[\p{L}\p{N}'’&+ -]*?)";
const NUMBERED: &str = r"\p{L}[\p{L}'’ -]*?\s[0-9]{1,2}\b";

/// Whether `cell` may begin with a word of [`DEADLINE_VERB_PATTERN`], as [`VERB_FIRST`]'s
/// statements do (each word's beginning up to its first space): most cells with a verb have
/// it after the name, and need not compile those.
fn may_begin_with_a_verb(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    lower.contains('ſ')
        || DEADLINE_VERB_PATTERN
            .split('|')
            .any(|verb| lower.starts_with(verb.split('\\').next().unwrap_or(verb)))
}

/// What may follow the verb: an hour ("by 5pm", "at 23:59 ET"), a weekday ("Friday"), notes
/// in brackets, "online" or "tonight" — nothing that makes a sentence ("due to the storm").
fn plain_rest(rest: &str) -> bool {
    static REST: LazyLock<Lean> = LazyLock::new(|| {
        lean(
            r"(?i)^(?:\s*(?:(?:by|at|before|on|until|noon|midnight|online|tonight|in\s+class|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b|[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?|(?-i:[A-Z]{2,4})\b|\([^()]*\))\.?,?)*\s*$",
        )
    });
    REST.is_match(rest)
}

/// Whether `cell` may hold a word of [`DEADLINE_VERB_PATTERN`]: every statement has one, and
/// most cells have none, so this spares compiling the statements on a document without them.
/// Lower case meets every case the patterns' `(?i)` folds to a stem's letters but the long
/// "ſ", which a cell with one is let through for.
fn may_have_a_verb(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    lower.contains('ſ') || DEADLINE_VERB_STEMS.iter().any(|s| lower.contains(s))
}

/// The deadline a whole cell states under a name of its own, if it is one.
pub(in crate::syllabus::rows) fn read(cell: &str) -> Option<Activity> {
    static NEGATED: LazyLock<Lean> =
        LazyLock::new(|| lean(&format!(r"(?i)^\s*(?:{NEGATION_PATTERN})\b")));
    let cell = squash(cell.trim().trim_end_matches(['.', '!']));
    if !may_have_a_verb(&cell) || NEGATED.is_match(&cell) {
        return None;
    }
    let caps = NAME_FIRST.groups(&cell).or_else(|| {
        may_begin_with_a_verb(&cell)
            .then(|| VERB_FIRST.iter().find_map(|re| re.groups(&cell)))
            .flatten()
    })?;
    let name = caps.name("name")?.as_str();
    // "Withdrawal deadline", "Grades due": the registrar's dates, not work.
    static NOT_WORK: LazyLock<Lean> =
        LazyLock::new(|| lean(&format!(r"(?i){REGISTRAR_PATTERN}|{NOT_WORK_DUE_PATTERN}")));
    let limit_only = caps
        .name("verb")
        .is_some_and(|v| LIMIT_ONLY_VERBS.contains(&squash(v.as_str()).to_lowercase().as_str()));
    if limit_only || NOT_WORK.is_match(name) {
        return None;
    }
    let rest = caps.name("rest").map_or("", |r| r.as_str());
    let words = name.split_whitespace().count();
    // An unnumbered name ("Readings due", "Slides due") is as often a note as work.
    let numbered = name
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    // "due next class", "due the night before class": the class tells the day.
    let class_day = crate::syllabus::activity::read_class_day(rest)
        .filter(|_| rest.split_whitespace().count() <= MOST_CLASS_REST_WORDS);
    if words == 0 || words > MOST_WORDS || !numbered || !plain_rest(rest) && class_day.is_none() {
        return None;
    }
    // Its own date in the notes after it ("(ven. 19 sept., 16h)"), else the row's.
    let (date, date_text, own_time) = match crate::syllabus::activity::own_date(rest) {
        Some((d, text, t)) => (Some(d), Some(text), t),
        None => (None, None, None),
    };
    Some(Activity {
        is_homework: true,
        time: own_time.or_else(|| find_time(rest)),
        weekday: date
            .is_none()
            .then(|| crate::syllabus::activity::due_weekday(rest))
            .flatten(),
        date,
        date_text,
        class_day,
        ..Activity::bare(EventKind::Deadline, capitalised(name.trim()))
    })
}

fn capitalised(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(cell: &str) -> Option<String> {
        read(cell).map(|a| a.label)
    }

    #[test]
    fn a_date_in_the_notes_after_the_name_is_the_deadline_s_own() {
        let a = read("Remise Planification Sprint 1 (ven. 19 sept., 16h)").expect("a deadline");
        assert_eq!(a.label, "Planification Sprint 1");
        assert!(a.date.is_some());
        assert_eq!(a.time, chrono::NaiveTime::from_hms_opt(16, 0, 0));
    }

    #[test]
    fn every_deadline_verb_holds_a_stem_the_quick_refusal_looks_for() {
        for verb in DEADLINE_VERB_PATTERN.split('|') {
            let verb = verb.replace(r"\s+", " ");
            assert!(may_have_a_verb(&verb), "{verb}");
            assert!(may_have_a_verb(&verb.to_uppercase()), "{verb}");
        }
        assert!(!may_have_a_verb("Week 3: sorting and searching"));
    }

    #[test]
    fn a_cell_that_states_work_due_under_its_own_name_is_that_deadline() {
        assert_eq!(label("Reflection 2 due").as_deref(), Some("Reflection 2"));
        assert_eq!(
            label("Critique 1 due by 5pm").as_deref(),
            Some("Critique 1")
        );
        assert_eq!(
            label("Submit reflection 2").as_deref(),
            Some("Reflection 2")
        );
        assert_eq!(label("Deadline: memo 3").as_deref(), Some("Memo 3"));
        assert_eq!(
            read("Case study 3 due Friday").and_then(|a| a.weekday),
            Some(chrono::Weekday::Fri)
        );
    }

    #[test]
    fn an_unnumbered_name_is_not_read_as_work() {
        assert_eq!(label("Readings due"), None);
        assert_eq!(label("Annotated bibliography due"), None);
    }

    #[test]
    fn sentences_and_topics_are_not_deadlines() {
        for cell in [
            "Due dates are posted online",
            "Due process and the courts",
            "Chapter 3 (due to time, skim)",
            "No homework due this week",
            "Submit questions through the forum",
            "Deadline scheduling in real-time systems",
            "Solutions due two days after the deadline",
            "Withdrawal deadline",
            "Final grades due",
        ] {
            assert_eq!(label(cell), None, "{cell}");
        }
    }
}
