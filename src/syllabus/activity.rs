//! Activity phrases in a schedule cell: "Hw1 given Oct 5", "Assg 1 due, Assg 2 out: CNNs", "Midterm".

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

use super::dates::{DateSpan, find_date};
use super::lexicon::{
    ACTIVITY_VERB_PATTERN, DEADLINE_VERB_PATTERN, Family, HOMEWORK_LABEL_STARTS, LABEL_CONNECTORS,
    NO_CLASS_PATTERN, NOT_AN_EXAM_PATTERN, PLACE_PATTERN, RELEASE_VERB_PATTERN, SUBJECT_FAMILIES,
    SUBJECT_PATTERN, TO_BE_ANNOUNCED_PATTERN, WEEKDAYS_EN_SHORT, alternation,
};
use super::times::{TIME_LIKE, find_time, find_time_range};
use crate::model::EventKind;

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
    /// The date as written, for messages.
    pub date_text: Option<String>,
    /// A zone written after the time ("ET", "AoE"), when it is not the course's.
    pub zone: Option<chrono_tz::Tz>,
    /// The date is to be announced ("HW2 due TBD"): not scheduled until it is known.
    pub tba: bool,
    /// A weekday written without a date ("due Fri"): the first such day from the row's date.
    pub weekday: Option<chrono::Weekday>,
    /// Its own time, if written.
    pub time: Option<NaiveTime>,
    /// Its own end time, for an exam written with a time range.
    pub end_time: Option<NaiveTime>,
    /// Text after a colon: "Assg 2 out: CNNs" gives "CNNs".
    pub note: Option<String>,
}

static SUBJECT_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(SUBJECT_PATTERN).unwrap());
static RELEASE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({RELEASE_VERB_PATTERN})(\b|$)")).unwrap());
static DEADLINE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({DEADLINE_VERB_PATTERN})(\b|$)")).unwrap());
static REVIEW_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({NOT_AN_EXAM_PATTERN})\b")).unwrap());
/// "Fri", "Friday", "Thurs." (only the English abbreviations, with or without "day").
static WEEKDAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(WEEKDAYS_EN_SHORT.iter().map(|(w, _)| *w));
    Regex::new(&format!(r"(?i)\b({words})(day)?\b\.?")).unwrap()
});
/// Words that say an activity is meant, even when its subject is unreadable.
pub(crate) static ACTIVITY_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({ACTIVITY_VERB_PATTERN})(\b|$)")).unwrap());

fn family(subj: &str) -> Family {
    let s = subj
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    SUBJECT_FAMILIES
        .iter()
        .find(|(words, _)| words.contains(&s.as_str()))
        .map_or(Family::Other, |&(_, f)| f)
}

fn is_exam_family(f: Family) -> bool {
    matches!(
        f,
        Family::Quiz | Family::Midterm | Family::Final | Family::Exam
    )
}

fn numbered(name: &str, num: Option<&str>, sep: &str) -> String {
    match num {
        Some(n) => format!("{name}{sep}{n}"),
        None => name.to_string(),
    }
}

fn capitalise(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A subject match; a number followed by ':' is a clock time ("Final Exam 8:00"), not its number.
struct Subject<'a> {
    caps: regex::Captures<'a>,
    end: usize,
    num: Option<&'a str>,
}

impl<'a> Subject<'a> {
    fn new(cell: &'a str, caps: regex::Captures<'a>) -> Self {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let mut end = whole.end;
        let mut num = caps.name("num").map(|n| n.as_str());
        if let Some(n) = caps.name("num")
            && cell[n.end()..].starts_with([':', '.'])
            && cell[n.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            num = None;
            end = caps.name("subj").map_or(end, |s| s.end());
        }
        Subject { caps, end, num }
    }

    fn start(&self) -> usize {
        self.caps.get(0).map_or(0, |m| m.start())
    }

    fn name(&self, n: &str) -> Option<regex::Match<'a>> {
        self.caps.name(n)
    }
}

impl std::ops::Index<&str> for Subject<'_> {
    type Output = str;
    fn index(&self, n: &str) -> &str {
        self.caps.name(n).map_or("", |m| m.as_str())
    }
}

/// Reads every activity in a cell. Returns the activities and, if the cell looked like an
/// activity but named no subject, the text that could not be read.
pub fn parse_cell(cell: &str) -> (Vec<Activity>, Option<String>) {
    let matches: Vec<Subject<'_>> = SUBJECT_RE
        .captures_iter(cell)
        .map(|c| Subject::new(cell, c))
        .collect();
    if matches.is_empty() {
        let unread = ACTIVITY_VERB
            .is_match(cell)
            .then(|| cell.trim().to_string());
        return (Vec::new(), unread);
    }
    // A subject that continues the label of the one before names one thing:
    // "Project proposal due", "Final project due", "Project milestone 1 due".
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        let start = m.start();
        if let Some(last) = groups.last_mut() {
            let prev = &matches[*last.last().unwrap_or(&0)];
            let between = &cell[prev.end.min(start)..start];
            let joined = between.split_whitespace().count() <= 1
                && !between.contains([',', ';', '&', '/', '+'])
                && !DEADLINE_RE.is_match(between)
                && !RELEASE_RE.is_match(between)
                && (prev.num.is_none() || m.num.is_none() && between.trim().is_empty())
                && m.name("pre").is_none();
            if joined {
                last.push(i);
                continue;
            }
        }
        groups.push(vec![i]);
    }
    let mut out = Vec::new();
    let mut unread: Option<String> = None;
    for (gi, group) in groups.iter().enumerate() {
        let first = &matches[group[0]];
        let last = &matches[*group.last().unwrap_or(&group[0])];
        let seg_start = first.start();
        let seg_end = groups
            .get(gi + 1)
            .map_or(cell.len(), |g| matches[g[0]].start());
        let segment = cell[seg_start..seg_end]
            .trim_end()
            .trim_end_matches([',', ';', '&', '/', '+'])
            .trim_end();
        let segment = segment.strip_suffix(" and").unwrap_or(segment);
        let subj_end = (last.end - seg_start).min(segment.len());
        // The label runs from the subject to the verb, a colon, a parenthesis, a date or a time.
        let mut cut = segment.len();
        for m in [
            DEADLINE_RE.find(&segment[subj_end..]),
            RELEASE_RE.find(&segment[subj_end..]),
        ]
        .into_iter()
        .flatten()
        {
            cut = cut.min(subj_end + m.start());
        }
        for stop in [':', '(', ',', ';', '–', '—'] {
            if let Some(p) = segment[subj_end..].find(stop) {
                cut = cut.min(subj_end + p);
            }
        }
        if let Some((p, _)) = find_date(&segment[subj_end..]) {
            cut = cut.min(subj_end + p);
        }
        if let Some(m) = TIME_LIKE.find(&segment[subj_end..]) {
            cut = cut.min(subj_end + m.start());
        }
        if let Some(m) = WEEKDAY_WORD.find(&segment[subj_end..]) {
            cut = cut.min(subj_end + m.start());
        }
        let mut label_text = segment[..cut]
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
            .trim_end_matches('.');
        // "Exam on Feb 27", "Ödev 1 son teslim": connecting words are not part of the name.
        while let Some(t) = LABEL_CONNECTORS.iter().find_map(|w| {
            label_text
                .strip_suffix(w)
                .filter(|rest| rest.ends_with(' '))
                .map(str::trim_end)
        }) {
            label_text = t;
        }
        let mut subjects: Vec<Family> =
            group.iter().map(|&i| family(&matches[i]["subj"])).collect();
        if subjects[0] == Family::BareTest {
            if first.num.is_none() {
                continue;
            }
            subjects[0] = Family::Test;
        }
        let num = last
            .num
            .or(first.name("pre").map(|n| n.as_str()))
            .or(first.num);
        // Words in the label that are neither subjects nor the number ("milestone 1" is not).
        let plain_words = SUBJECT_RE
            .replace_all(label_text, "")
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let single = group.len() == 1 && plain_words == 0;
        let (label, is_homework, is_exam) = match (single, subjects[0]) {
            (true, Family::Homework) => (numbered("Hw", num, ""), true, false),
            (true, Family::Assignment) => (numbered("Assignment", num, " "), true, false),
            (true, Family::ProblemSet) => (numbered("Problem set", num, " "), true, false),
            (true, Family::Lab) => (numbered("Lab", num, " "), true, false),
            (true, Family::Quiz) => (numbered("Quiz", num, " "), false, true),
            (true, Family::Midterm) => (numbered("Midterm", num, " "), false, true),
            (true, Family::Final) => ("Final exam".to_string(), false, true),
            (true, Family::Exam) => (numbered("Exam", num, " "), false, true),
            (true, Family::Test) => (
                capitalise(&numbered(&first["subj"].to_lowercase(), num, " ")),
                false,
                true,
            ),
            _ => {
                let all_exam = plain_words == 0 && subjects.iter().all(|f| is_exam_family(*f));
                let text = if label_text.is_empty() {
                    &first["subj"]
                } else {
                    label_text
                };
                let label = match (all_exam, subjects.iter().find(|f| **f != Family::Exam)) {
                    (true, Some(Family::Midterm)) => numbered("Midterm", num, " "),
                    (true, Some(Family::Final)) => "Final exam".to_string(),
                    (true, Some(Family::Quiz)) => numbered("Quiz", num, " "),
                    _ => capitalise(text),
                };
                let homework = matches!(
                    subjects[0],
                    Family::Homework
                        | Family::Assignment
                        | Family::ProblemSet
                        | Family::Lab
                        | Family::Other
                ) && !all_exam
                    && label
                        .to_lowercase()
                        .split_whitespace()
                        .any(|w| HOMEWORK_LABEL_STARTS.iter().any(|s| w.starts_with(s)));
                (label, homework, all_exam)
            }
        };
        let after = &segment[subj_end..];
        // "Assg 2 out: CNNs" has a note; "HW3 due: Feb 25" and "Midterm: Feb 27 6-8pm" do not.
        let (body, note) = match after.split_once(':') {
            Some((b, n))
                if !n.trim().is_empty()
                    && !n.trim().starts_with(|c: char| c.is_ascii_digit())
                    && find_date(n).is_none()
                    && TIME_LIKE.find(n).is_none() =>
            {
                (b, Some(n.trim().to_string()))
            }
            _ => (after, None),
        };
        if subjects.iter().any(|f| is_exam_family(*f))
            && REVIEW_RE.is_match(segment)
            && !DEADLINE_RE.is_match(body)
        {
            continue;
        }
        // The verb may come first: "Due: Response paper 1", "Out: HW2".
        let lead = &cell[groups
            .get(gi.wrapping_sub(1))
            .map_or(0, |g| matches[*g.last().unwrap_or(&g[0])].end)
            ..seg_start];
        let lead_verb = |re: &Regex| {
            re.find_iter(lead).last().and_then(|m| {
                let words = lead[m.end()..].trim().trim_start_matches(':').trim();
                (words.split_whitespace().count() <= 2 && !words.contains([',', ';']))
                    .then(|| words.to_string())
            })
        };
        let (lead_deadline, lead_release) = (lead_verb(&DEADLINE_RE), lead_verb(&RELEASE_RE));
        // Words between a leading verb and the subject belong to the name: "Due: Response paper 1".
        let prefix = lead_deadline
            .as_ref()
            .or(lead_release.as_ref())
            .filter(|w| !w.is_empty());
        let label = match prefix {
            Some(p) if !is_homework || !single => {
                let mut c = label.chars();
                let rest = c
                    .next()
                    .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
                    .unwrap_or_default();
                capitalise(&format!("{p} {rest}"))
            }
            _ => label,
        };
        let (lead_deadline, lead_release) = (lead_deadline.is_some(), lead_release.is_some());
        let kind = if DEADLINE_RE.is_match(body) || lead_deadline {
            EventKind::Deadline
        } else if RELEASE_RE.is_match(body) || lead_release {
            EventKind::Release
        } else if is_exam {
            EventKind::Exam
        } else {
            EventKind::Other
        };
        // "HW3 0ut", "Hw1" alone: homework without a verb says neither release nor deadline.
        if kind == EventKind::Other
            && matches!(
                subjects[0],
                Family::Homework | Family::Assignment | Family::ProblemSet
            )
        {
            unread.get_or_insert_with(|| segment.trim().to_string());
            continue;
        }
        let found_date = find_date(body);
        let date = found_date.map(|(_, d)| d);
        let date_text = found_date.map(|(at, d)| body[at..at + d.len].trim().to_string());
        let rest = match found_date {
            Some((at, d)) => &body[at + d.len..],
            None => body,
        };
        let before = match found_date {
            Some((at, _)) => &body[..at],
            None => "",
        };
        let (time, end_time) = match find_time_range(rest).or_else(|| find_time_range(before)) {
            Some((s, e)) => (Some(s), Some(e)),
            None => (find_time(rest).or_else(|| find_time(before)), None),
        };
        // "11:59 PM ET", "23:59 AoE": a deadline in another zone than the course's.
        let zone = time
            .and_then(|_| ZONE_SUFFIX.captures(body))
            .and_then(|c| zone_of(&c[1]));
        let weekday = if date.is_none() {
            WEEKDAY_WORD
                .find(body)
                .and_then(|m| super::dates::weekday(m.as_str()))
        } else {
            None
        };
        out.push(Activity {
            kind,
            label,
            is_homework,
            date,
            date_text,
            // "location TBA" is about the room; only a date can be to be announced.
            zone,
            tba: TBA.is_match(&PLACE_TBA.replace_all(segment, "")),
            weekday,
            time,
            end_time,
            note,
        });
    }
    (out, unread)
}

static ZONE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d|[aApP]\.?[mM]\.?)\s*\(?\b(AoE|UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|TRT|CET|CEST|BST)\b\)?").unwrap()
});

fn zone_of(abbr: &str) -> Option<chrono_tz::Tz> {
    use chrono_tz::{America, Etc, Europe};
    Some(match abbr {
        // Anywhere on Earth: the deadline has passed everywhere, i.e. UTC-12.
        "AoE" => Etc::GMTPlus12,
        "UTC" | "GMT" | "Z" => Etc::UTC,
        "ET" | "EST" | "EDT" => America::New_York,
        "CT" | "CST" | "CDT" => America::Chicago,
        "MT" | "MST" | "MDT" => America::Denver,
        "PT" | "PST" | "PDT" => America::Los_Angeles,
        "TRT" => Europe::Istanbul,
        "CET" | "CEST" => Europe::Berlin,
        "BST" => Europe::London,
        _ => return None,
    })
}

static PLACE_TBA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({PLACE_PATTERN})\s*:?\s*(tba|tbd|to\s+be\s+(announced|determined|confirmed))\b"
    ))
    .unwrap()
});
static TBA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({TO_BE_ANNOUNCED_PATTERN})\b")).unwrap());

/// True when a cell says there is no class that week.
pub fn is_no_class(cell: &str) -> bool {
    static NO_CLASS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b({NO_CLASS_PATTERN})(\b|$)")).unwrap());
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
    fn labels_keep_their_words_and_numbers() {
        assert_eq!(
            kinds("Final project due"),
            vec![(EventKind::Deadline, "Final project".into())]
        );
        assert_eq!(
            kinds("Final paper due Dec 8, 5:00 PM"),
            vec![(EventKind::Deadline, "Final paper".into())]
        );
        assert_eq!(
            kinds("Project milestone 1 due"),
            vec![(EventKind::Deadline, "Project milestone 1".into())]
        );
        assert_eq!(
            kinds("Project milestone 2 due"),
            vec![(EventKind::Deadline, "Project milestone 2".into())]
        );
        assert_eq!(
            kinds("1. Ödev teslim"),
            vec![(EventKind::Deadline, "Hw1".into())]
        );
        assert_eq!(
            kinds("Ödev 1 verilir"),
            vec![(EventKind::Release, "Hw1".into())]
        );
        assert_eq!(
            kinds("Proje teslimi"),
            vec![(EventKind::Deadline, "Proje".into())]
        );
        assert_eq!(
            kinds("Midterm exam"),
            vec![(EventKind::Exam, "Midterm".into())]
        );
        assert_eq!(
            kinds("Exam 1 (DP and D&C)"),
            vec![(EventKind::Exam, "Exam 1".into())]
        );
        assert_eq!(
            kinds("Final project presentations"),
            vec![(EventKind::Other, "Final project presentations".into())]
        );
    }

    #[test]
    fn verbs_before_the_subject_and_connecting_words() {
        assert_eq!(
            kinds("Due: Response paper 1."),
            vec![(EventKind::Deadline, "Response paper 1".into())]
        );
        assert_eq!(kinds("Out: HW2"), vec![(EventKind::Release, "Hw2".into())]);
        assert_eq!(
            kinds("Midterm exam on Thursday Oct 5."),
            vec![(EventKind::Exam, "Midterm".into())]
        );
        assert_eq!(
            kinds("HW3 due: Feb 25"),
            vec![(EventKind::Deadline, "Hw3".into())]
        );
        assert!(
            parse_cell("HW3 due: Feb 25").0[0].date.is_some(),
            "the date after the colon is kept"
        );
        assert_eq!(
            kinds("Lab 3 report due"),
            vec![(EventKind::Deadline, "Lab 3 report".into())]
        );
        assert_eq!(
            kinds("Term test 1 (in lecture)"),
            vec![(EventKind::Exam, "Term test 1".into())]
        );
        assert!(kinds("Examples of CNNs").is_empty() && kinds("Labor Day").is_empty());
        assert_eq!(parse_cell("HW3 0ut").1.as_deref(), Some("HW3 0ut"));
    }

    #[test]
    fn a_zone_after_the_time_is_kept() {
        assert_eq!(
            parse_cell("HW2 due Feb 2, 11:59 PM ET").0[0].zone,
            Some(chrono_tz::America::New_York)
        );
        assert_eq!(
            parse_cell("Paper due 23:59 AoE").0[0].zone,
            Some(chrono_tz::Etc::GMTPlus12)
        );
        assert_eq!(
            parse_cell("HW2 due Feb 2 (PT)").0[0].zone,
            None,
            "a zone needs a time"
        );
    }

    #[test]
    fn only_a_date_can_be_to_be_announced() {
        assert!(parse_cell("HW2 due TBD").0[0].tba);
        assert!(!parse_cell("FINAL EXAM 12:25-2:25 PM, location TBA").0[0].tba);
        assert_eq!(
            kinds("Ödev 1 verilişi"),
            vec![(EventKind::Release, "Hw1".into())]
        );
    }

    #[test]
    fn exam_time_ranges_and_deadline_weekdays_are_read() {
        assert_eq!(
            super::find_time_range(" 8:00-10:50 AM"),
            Some((
                NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(10, 50, 0).unwrap()
            ))
        );
        let (a, _) = parse_cell("Final Exam 8:00-10:50 AM");
        assert_eq!(
            (a[0].time, a[0].end_time),
            (
                NaiveTime::from_hms_opt(8, 0, 0),
                NaiveTime::from_hms_opt(10, 50, 0)
            )
        );
        let (a, _) = parse_cell("Final exam 2:40-5:30 PM");
        assert_eq!(
            (a[0].time, a[0].end_time),
            (
                NaiveTime::from_hms_opt(14, 40, 0),
                NaiveTime::from_hms_opt(17, 30, 0)
            )
        );
        let (a, _) = parse_cell("HW1 due Fri 11:59pm");
        assert_eq!(
            (a[0].weekday, a[0].time),
            (
                Some(chrono::Weekday::Fri),
                NaiveTime::from_hms_opt(23, 59, 0)
            )
        );
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
