//! The grading scheme's weights on the events they are about: "Hw1 is 15% of the grade",
//! "Written exam: 40% of the grade".

use std::sync::LazyLock;

use crate::model::{Event, EventKind};
use crate::syllabus::grading::GradeItem;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{
    GRADE_EXAM_PATTERN, GRADE_HOMEWORK_PATTERN, GRADE_PROJECT_PATTERN, GRADE_SPECIFIC_EXAMS,
};

/// Adds each grading item's weight to the description of the events it is about.
pub(super) fn apply(events: &mut [Event], grading: &[GradeItem]) {
    static HOMEWORK: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b({GRADE_HOMEWORK_PATTERN})")));
    static EXAM: LazyLock<Yes> = LazyLock::new(|| yes(&format!(r"(?i)\b({GRADE_EXAM_PATTERN})")));
    static PROJECT: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b{GRADE_PROJECT_PATTERN}")));
    let mut homeworks: Vec<String> = events
        .iter()
        .filter(|e| e.homework.is_some() && !PROJECT.is_match(&e.title))
        .filter_map(|e| e.homework.clone())
        .collect();
    homeworks.sort_by_key(|h| {
        (
            h.trim_start_matches(|c: char| !c.is_ascii_digit())
                .parse::<u32>()
                .unwrap_or(0),
            h.clone(),
        )
    });
    homeworks.dedup();
    let exam_count = events.iter().filter(|e| e.kind == EventKind::Exam).count();
    for item in grading {
        let pct = fmt_pct(item.percent);
        if HOMEWORK.is_match(&item.name) {
            for ev in events.iter_mut() {
                let Some(hw) = &ev.homework else { continue };
                let Some(pos) = homeworks.iter().position(|h| h == hw) else {
                    continue;
                };
                let line = if item.parts.len() == homeworks.len() {
                    format!(
                        "{hw} is {}% of the grade ({} {pct}%: {}).",
                        fmt_pct(item.parts[pos]),
                        item.name,
                        item.parts
                            .iter()
                            .map(|p| fmt_pct(*p))
                            .collect::<Vec<_>>()
                            .join("+")
                    )
                } else {
                    format!("{} together are {pct}% of the grade.", item.name)
                };
                push_line(&mut ev.description, &line);
            }
        } else if PROJECT.is_match(&item.name) {
            for ev in events
                .iter_mut()
                .filter(|e| PROJECT.is_match(&e.title) && e.kind != EventKind::Lecture)
            {
                push_line(
                    &mut ev.description,
                    &format!("{}: {pct}% of the grade.", item.name),
                );
            }
        } else if EXAM.is_match(&item.name) {
            let lname = item.name.to_lowercase();
            for ev in events.iter_mut().filter(|e| e.kind == EventKind::Exam) {
                let t = ev.title.to_lowercase();
                let specific = GRADE_SPECIFIC_EXAMS.iter().find(|w| lname.contains(*w));
                let matches = match specific {
                    Some(w) => t.contains(w),
                    None => exam_count == 1 || t.starts_with("exam"),
                };
                if matches {
                    push_line(
                        &mut ev.description,
                        &format!("{}: {pct}% of the grade.", item.name),
                    );
                }
            }
        }
    }
}

fn fmt_pct(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p}")
    }
}

fn push_line(s: &mut String, line: &str) {
    if !s.is_empty() {
        s.push('\n');
    }
    s.push_str(line);
}
