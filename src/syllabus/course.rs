//! Stage 4, recogniser: the course code and name from the heading ("CEng 501 Deep Learning"),
//! and the course id made of them.

use std::sync::LazyLock;

use regex::Regex;

use super::ParseOptions;
use super::dates::weekday;
use super::ids::slug;
use super::lexicon::{NOT_COURSE_CODES, SEASONS};

static COURSE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,5})[ -]?([0-9]{3,4}[A-Z]?)\b\s*[:\-–—]?\s*(.*)")
        .unwrap()
});

/// Season, month and weekday names look like course codes ("Winter 2024"): they are not.
fn is_calendar_word(w: &str) -> bool {
    let w = w.to_lowercase();
    SEASONS.iter().any(|(s, _)| *s == w)
        || NOT_COURSE_CODES.contains(&w.as_str())
        || super::dates::month_number(&w).is_some()
        || weekday(&w).is_some()
}

/// The course code and name from the first heading-like line, e.g. ("CEng 501", "Deep Learning").
pub(super) fn find_course(lines: &[String]) -> Option<(String, String)> {
    for line in lines.iter().take(15) {
        let t = line.trim().trim_start_matches('#').trim();
        if let Some(c) = COURSE_CODE
            .captures_iter(t)
            .find(|c| !is_calendar_word(&c[1]))
        {
            let mut name = c[3].trim().to_string();
            // The name ends where the term, a separator or a column gap begins.
            if let Some(m) = super::dates::term_match(&name) {
                name.truncate(m);
            }
            for sep in ["  ", " - ", "–", "—", "@", "|", "(", ","] {
                if let Some(p) = name.find(sep) {
                    name.truncate(p);
                }
            }
            let name = name
                .trim()
                .trim_end_matches(['.', ',', ':', '-'])
                .trim()
                .to_string();
            return Some((format!("{} {}", &c[1], &c[2]), name));
        }
    }
    None
}

/// The course as the syllabus and the options name it.
pub(super) struct Course {
    /// Course code as written, e.g. "CEng 501".
    pub(super) code: Option<String>,
    /// Course name, e.g. "Deep Learning".
    pub(super) name: Option<String>,
    /// Id for UIDs and file names: the option's, or the code's slug, or "course".
    pub(super) id: String,
}

/// Names the course from the syllabus heading and the options.
pub(super) fn identify(lines: &[String], opts: &ParseOptions) -> Course {
    let (code, name) = match find_course(lines) {
        Some((c, n)) => (Some(c), Some(n).filter(|n| !n.is_empty())),
        None => (None, None),
    };
    let id = opts.course_id.clone().unwrap_or_else(|| {
        code.as_deref()
            .map(slug)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "course".to_string())
    });
    Course { code, name, id }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_code_and_name_from_the_heading() {
        let lines = vec!["## CEng 501 Deep Learning".to_string()];
        assert_eq!(
            find_course(&lines),
            Some(("CEng 501".into(), "Deep Learning".into()))
        );
    }

    #[test]
    fn a_season_next_to_a_year_is_no_course_code() {
        let lines = vec![
            "Winter 2024".to_string(),
            "MATH 221: Calculus I".to_string(),
        ];
        assert_eq!(
            find_course(&lines),
            Some(("MATH 221".into(), "Calculus I".into()))
        );
    }

    #[test]
    fn without_a_code_the_course_id_is_course() {
        let c = identify(&["Notes".to_string()], &ParseOptions::default());
        assert_eq!((c.code, c.id.as_str()), (None, "course"));
    }
}
