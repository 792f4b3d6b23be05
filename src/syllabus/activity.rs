//! Activity phrases in a schedule cell: "Hw1 given Oct 5", "Assg 1 due, Assg 2 out: CNNs", "Midterm".

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

use super::dates::{DateSpan, find_date, find_time};
use crate::event::EventKind;

/// One thing that happens, as read from a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// What kind of event it becomes.
    pub kind: EventKind,
    /// Canonical label such as "Hw2", "Assignment 1", "Project proposal", "Midterm".
    pub label: String,
    /// True for numbered homework-like work (the `homework` field of the event).
    pub is_homework: bool,
    /// Its own date, if written; otherwise the row's date applies.
    pub date: Option<DateSpan>,
    /// Its own time, if written.
    pub time: Option<NaiveTime>,
    /// Text after a colon: "Assg 2 out: CNNs" gives "CNNs".
    pub note: Option<String>,
}

const SUBJECT: &str = r"(?i)\b(?P<subj>home\s*works?|homeworks?|hw|assignments?|assgn?|asgn|ps|problem\s+sets?|labs?|projects?|ödev|odev|quiz(?:zes)?|mid-?terms?|final(?:\s+exam)?|exams?|sınav|ara\s+sınav|vize|proposals?|presentations?|reports?|papers?|essays?)(?:\s*#?\s*(?P<num>\d{1,2})\b)?";
static SUBJECT_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(SUBJECT).unwrap());
static RELEASE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(given|out|released?|assigned|posted|handed\s+out|available|announced|verildi|yayınlandı)\b").unwrap()
});
static DEADLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(due|deadline|submission|submit|submitted|teslim|turn\s+in)\b").unwrap()
});
static REVIEW_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(review|preparation|prep|solutions?|discussion|results|grades|week)\b")
        .unwrap()
});
/// Words that say an activity is meant, even when its subject is unreadable.
pub(crate) static ACTIVITY_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(due|given|out|released?|assigned|deadline)\b").unwrap());

fn canonical(subj: &str, num: Option<&str>, rest: &str) -> (String, bool, bool) {
    let s = subj.to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let numbered = |name: &str| match num {
        Some(n) => format!("{name}{n}"),
        None => name.trim_end().to_string(),
    };
    let (label, homework, exam) = match s.as_str() {
        "hw" | "homework" | "homeworks" | "home work" | "home works" | "ödev" | "odev" => {
            (numbered("Hw"), true, false)
        }
        "assignment" | "assignments" | "assg" | "assgn" | "asgn" => {
            (numbered("Assignment "), true, false)
        }
        "ps" | "problem set" | "problem sets" => (numbered("Problem set "), true, false),
        "lab" | "labs" => (numbered("Lab "), true, false),
        "quiz" | "quizzes" => (numbered("Quiz "), false, true),
        "midterm" | "midterms" | "mid-term" | "mid-terms" | "vize" | "ara sınav" => {
            (numbered("Midterm "), false, true)
        }
        "final" | "final exam" => ("Final exam".to_string(), false, true),
        "exam" | "exams" | "sınav" => (numbered("Exam "), false, true),
        _ => {
            let mut words = vec![subj.to_string()];
            words.extend(rest.split_whitespace().map(str::to_string));
            let text = words.join(" ");
            let mut c = text.chars();
            let label = c
                .next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default();
            let label = match num {
                Some(n) => format!("{label} {n}"),
                None => label,
            };
            (label, s.starts_with("project"), false)
        }
    };
    (label, homework, exam)
}

/// Reads every activity in a cell. Returns the activities and, if the cell looked like an
/// activity but named no subject, the text that could not be read.
pub fn parse_cell(cell: &str) -> (Vec<Activity>, Option<String>) {
    let matches: Vec<_> = SUBJECT_RE.captures_iter(cell).collect();
    if matches.is_empty() {
        let unread = ACTIVITY_VERB
            .is_match(cell)
            .then(|| cell.trim().to_string());
        return (Vec::new(), unread);
    }
    // Subjects directly followed by another subject name one thing: "Project proposal due".
    let mut groups: Vec<(usize, usize)> = Vec::new(); // (first match, last match)
    for (i, m) in matches.iter().enumerate() {
        let start = m.get(0).map_or(0, |x| x.start());
        if let Some(last) = groups.last_mut() {
            let prev_end = matches[last.1].get(0).map_or(0, |x| x.end());
            let between = &cell[prev_end..start];
            if between.trim().is_empty() && matches[last.1].name("num").is_none() {
                last.1 = i;
                continue;
            }
        }
        groups.push((i, i));
    }
    let mut out = Vec::new();
    for (gi, &(first, last)) in groups.iter().enumerate() {
        let seg_start = matches[first].get(0).map_or(0, |x| x.start());
        let seg_end = groups.get(gi + 1).map_or(cell.len(), |&(f, _)| {
            matches[f].get(0).map_or(cell.len(), |x| x.start())
        });
        let segment = cell[seg_start..seg_end]
            .trim()
            .trim_end_matches([',', ';', '&'])
            .trim();
        let segment = segment.strip_suffix(" and").unwrap_or(segment);
        let subj_end = matches[last].get(0).map_or(0, |x| x.end()) - seg_start;
        let head = &cell[seg_start..seg_start + subj_end];
        let rest_words = if first == last {
            String::new()
        } else {
            let first_end = matches[first].get(0).map_or(0, |x| x.end());
            cell[first_end..seg_start + subj_end].to_string()
        };
        let c = &matches[first];
        let (subj, num) = if first == last {
            (c["subj"].to_string(), c.name("num").map(|n| n.as_str()))
        } else {
            (
                c["subj"].to_string(),
                matches[last].name("num").map(|n| n.as_str()),
            )
        };
        let _ = head;
        let (label, is_homework, is_exam) = canonical(
            &subj,
            num,
            &rest_words.replace(matches[last].name("num").map_or("", |n| n.as_str()), ""),
        );
        let after = &segment[subj_end.min(segment.len())..];
        let (body, note) = match after.split_once(':') {
            Some((b, n))
                if !n.trim().is_empty() && !n.trim().starts_with(|c: char| c.is_ascii_digit()) =>
            {
                (b, Some(n.trim().to_string()))
            }
            _ => (after, None),
        };
        let kind = if DEADLINE_RE.is_match(body) {
            EventKind::Deadline
        } else if RELEASE_RE.is_match(body) {
            EventKind::Release
        } else if is_exam {
            if REVIEW_RE.is_match(segment) {
                continue;
            }
            EventKind::Exam
        } else {
            EventKind::Other
        };
        let date = find_date(body).map(|(_, d)| d);
        let time = match find_date(body) {
            Some((at, d)) => find_time(&body[at + d.len..]),
            None => find_time(body),
        };
        out.push(Activity {
            kind,
            label,
            is_homework,
            date,
            time,
            note,
        });
    }
    (out, None)
}

/// True when a cell says there is no class that week.
pub fn is_no_class(cell: &str) -> bool {
    static NO_CLASS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(holiday|no\s+class(es)?|no\s+lectures?|class(es)?\s+cancel+ed|lecture\s+cancel+ed|(winter|spring|fall|autumn|mid-?term|semester|thanksgiving|reading)\s+break|recess|bayram|tatil|ders\s+yok)\b").unwrap()
    });
    NO_CLASS.is_match(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(cell: &str) -> Vec<(EventKind, String)> {
        parse_cell(cell)
            .0
            .into_iter()
            .map(|a| (a.kind, a.label))
            .collect()
    }

    #[test]
    fn release_verbs_make_releases() {
        for v in ["given", "out", "released", "assigned"] {
            assert_eq!(
                kinds(&format!("Hw1 {v}")),
                vec![(EventKind::Release, "Hw1".into())],
                "{v}"
            );
        }
    }

    #[test]
    fn deadline_phrases_make_deadlines() {
        assert_eq!(
            kinds("Assignment 2 due"),
            vec![(EventKind::Deadline, "Assignment 2".into())]
        );
        assert_eq!(
            kinds("HW3 deadline"),
            vec![(EventKind::Deadline, "Hw3".into())]
        );
        assert_eq!(
            kinds("Project proposal due"),
            vec![(EventKind::Deadline, "Project proposal".into())]
        );
    }

    #[test]
    fn two_activities_in_one_cell() {
        let (acts, _) = parse_cell("Assg 1 due, Assg 2 out: CNNs");
        assert_eq!(acts.len(), 2);
        assert_eq!(
            (acts[0].kind, acts[0].label.as_str()),
            (EventKind::Deadline, "Assignment 1")
        );
        assert_eq!(
            (acts[1].kind, acts[1].label.as_str()),
            (EventKind::Release, "Assignment 2")
        );
        assert_eq!(acts[1].note.as_deref(), Some("CNNs"));
    }

    #[test]
    fn exams_need_no_verb() {
        assert_eq!(kinds("Midterm"), vec![(EventKind::Exam, "Midterm".into())]);
        assert_eq!(
            kinds("Final exam"),
            vec![(EventKind::Exam, "Final exam".into())]
        );
        assert_eq!(kinds("Exam"), vec![(EventKind::Exam, "Exam".into())]);
        assert!(kinds("Midterm review").is_empty());
    }

    #[test]
    fn an_activity_keeps_its_own_date_and_time() {
        let (acts, _) = parse_cell("Hw1 due Oct 16, 17:00");
        assert!(acts[0].date.is_some());
        assert_eq!(acts[0].time, NaiveTime::from_hms_opt(17, 0, 0));
    }

    #[test]
    fn an_unreadable_activity_is_reported_not_dropped() {
        let (acts, unread) = parse_cell("nws due Dec 20");
        assert!(acts.is_empty());
        assert_eq!(unread.as_deref(), Some("nws due Dec 20"));
        assert_eq!(parse_cell("Chapter 3"), (Vec::new(), None));
    }

    #[test]
    fn breaks_and_holidays_mean_no_class() {
        for c in [
            "Holiday",
            "No class",
            "Winter Break",
            "Spring break",
            "Republic Day holiday",
        ] {
            assert!(is_no_class(c), "{c}");
        }
        assert!(!is_no_class("Deep reinforcement learning"));
    }
}
