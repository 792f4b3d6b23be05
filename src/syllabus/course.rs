//! Stage 4, recogniser: the course code and name from the heading ("CEng 501 Deep Learning"),
//! and the course id made of them.

use regex_syntax::is_word_character;

use super::ParseOptions;
use super::dates::weekday;
use super::ids::slug;
use super::letters::{is_capital, is_letter};
use super::lexicon::{GENERIC_TITLE_WORDS, NOT_COURSE_CODES, SEASONS, TERM_ABBREVIATIONS};

/// A course code in a line: its letters ("CEng"), its number ("501") and the rest of the line.
struct CodeMatch<'a> {
    letters: &'a str,
    number: &'a str,
    rest: &'a str,
    end: usize,
}

/// The course codes of `text` from left to right, each read to the end of its line: what
/// the pattern `(?:^|[^\p{L}])(\p{Lu}\p{L}{1,5})[ -]?([0-9]{3,4}[A-Z]?)\b\s*[:\-–—]?\s*(.*)`
/// captured (a scanner: compiling that pattern cost a tenth of a start-up).
fn course_codes(text: &str) -> impl Iterator<Item = CodeMatch<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let found = code_from(text, at)?;
        at = found.end;
        Some(found)
    })
}

/// The leftmost course code at or after `at`: one at the very start, or after a non-letter.
fn code_from(text: &str, at: usize) -> Option<CodeMatch<'_>> {
    if at == 0
        && let Some(m) = code_at(text, 0)
    {
        return Some(m);
    }
    text.get(at..)?
        .char_indices()
        .filter(|&(_, c)| !is_letter(c))
        .find_map(|(i, c)| code_at(text, at + i + c.len_utf8()))
}

/// The course code whose letters start at `start`, as the pattern reads it from there.
fn code_at(text: &str, start: usize) -> Option<CodeMatch<'_>> {
    let tail = text.get(start..)?;
    let letters_len = tail.find(|c: char| !is_letter(c)).unwrap_or(tail.len());
    let letters = &tail[..letters_len];
    let count = letters.chars().count();
    if !letters.chars().next().is_some_and(is_capital) || !(2..=6).contains(&count) {
        return None;
    }
    let after = &tail[letters_len..];
    let after = after.strip_prefix([' ', '-']).unwrap_or(after);
    let number_at = text.len() - after.len();
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let boundary = |i: usize| !text[i..].chars().next().is_some_and(is_word_character);
    let number_end = (3..=digits.min(4)).rev().find_map(|n| {
        let e = number_at + n;
        let capital = text.as_bytes().get(e).is_some_and(u8::is_ascii_uppercase);
        [capital.then_some(e + 1), Some(e)]
            .into_iter()
            .flatten()
            .find(|&e| boundary(e))
    })?;
    let rest = text[number_end..].trim_start();
    let rest = rest
        .strip_prefix([':', '-', '–', '—'])
        .unwrap_or(rest)
        .trim_start();
    let rest_at = text.len() - rest.len();
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    Some(CodeMatch {
        letters,
        number: &text[number_at..number_end],
        rest,
        end: rest_at + rest.len(),
    })
}

/// Season, month and weekday names look like course codes ("Winter 2024"): they are not;
/// nor is a term's abbreviation before a year ("SS 2025").
fn is_calendar_word(c: &CodeMatch<'_>) -> bool {
    let w = c.letters.to_lowercase();
    let year = c.number.len() == 4 && (c.number.starts_with("19") || c.number.starts_with("20"));
    SEASONS.iter().any(|(s, _)| *s == w)
        || NOT_COURSE_CODES.contains(&w.as_str())
        || year && TERM_ABBREVIATIONS.contains(&w.as_str())
        || super::dates::month_number(&w).is_some()
        || weekday(&w).is_some()
}

/// The course code and name from the first heading-like line, e.g. ("CEng 501", "Deep Learning").
pub(super) fn find_course(lines: &[String]) -> Option<(String, String)> {
    for line in lines.iter().take(15) {
        let t = line.trim().trim_start_matches('#').trim();
        if let Some(c) = course_codes(t).find(|c| !is_calendar_word(c)) {
            let mut name = c.rest.trim().to_string();
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
            return Some((format!("{} {}", c.letters, c.number), name));
        }
    }
    None
}

/// Longest course name taken from a title: longer, it is a sentence, not a name.
const MOST_TITLE_CHARS: usize = 60;

/// The course's name from the document's title, for syllabi that write no course code
/// ("# Datenbanken — Sommersemester 2025", `<title>Bases de Datos</title>`, `\title{...}`,
/// `title: ...` front matter, `#+TITLE:`): its first part that is neither the term nor
/// generic words ("Schedule", "Cronograma"). Only marked-up titles are read: a PDF's first
/// line is as often the university's name.
pub(super) fn find_title(lines: &[String]) -> Option<String> {
    lines
        .iter()
        .take(15)
        // The first marked title only: later headings are the page's sections ("Deadlines",
        // "Week 1").
        .find_map(|l| marked_title(l.trim()))
        .and_then(|t| course_part(&t))
}

/// The text of a line that marks a title, without its marks.
fn marked_title(line: &str) -> Option<String> {
    let lower = line.to_ascii_lowercase();
    let between = |open: &str, close: &str| -> Option<String> {
        let from = lower.find(open)?;
        let start = from + lower[from..].find('>').map_or(open.len(), |i| i + 1);
        let end = start + lower.get(start..)?.find(close)?;
        Some(line[start..end].to_string())
    };
    // A level-one heading only: `##` headings are the page's sections ("Office hours").
    if let Some(h) = line.strip_prefix("# ") {
        return Some(h.trim().to_string());
    }
    // Org's title, YAML front matter (`title: ...`) and TOML front matter (`title = "..."`).
    for key in ["#+title:", "title:", "title ="] {
        if lower.starts_with(key) {
            return Some(
                line[key.len()..]
                    .trim()
                    .trim_matches(['"', '\''])
                    .to_string(),
            );
        }
    }
    if lower.starts_with("\\title{") {
        return line[7..].rfind('}').map(|e| line[7..7 + e].to_string());
    }
    between("<title", "</title>").or_else(|| between("<h1", "</h1>"))
}

/// The first part of a title (parts split at ` | `, ` – `, ` — `, ` - `, `: `, ` · `) that
/// names the course: not the term, not a date, not generic words alone.
fn course_part(title: &str) -> Option<String> {
    let title = title.replace(['*', '_', '`'], " ");
    let mut parts = vec![title.as_str()];
    for sep in [" | ", " – ", " — ", " - ", ": ", " · "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().find_map(|p| {
        if super::dates::find_date(p).is_some() {
            return None;
        }
        let mut p = p.to_string();
        if let Some(at) = super::terms::term_match(&p) {
            p.truncate(at);
        }
        if let Some(at) = p.find('(') {
            p.truncate(at);
        }
        let p = p.trim().trim_end_matches([',', '.', ';']).trim();
        let generic = p
            .split(|c: char| !c.is_alphanumeric())
            // Numbers say which year or part ("Schedule 2022/23"), not which course.
            .filter(|w| w.chars().any(char::is_alphabetic))
            .all(|w| GENERIC_TITLE_WORDS.contains(&w.to_lowercase().as_str()));
        let named = !generic
            && p.chars().any(char::is_alphabetic)
            && p.chars().count() <= MOST_TITLE_CHARS
            && !p.contains(['<', '>', '{', '}', '\\']);
        named.then(|| p.to_string())
    })
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

/// Names the course from the syllabus heading and the options; a syllabus without a course
/// code is named by its title, if it has one (`code` stays `None`).
pub(super) fn identify(lines: &[String], opts: &ParseOptions) -> Course {
    let (code, name) = match find_course(lines) {
        Some((c, n)) => (Some(c), Some(n).filter(|n| !n.is_empty())),
        None => (None, find_title(lines)),
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

    proptest::proptest! {
        #[test]
        fn the_scanner_finds_the_codes_the_old_pattern_captured(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "CEng", "MATH", "Ab", "A", "ÇEng", "Übung", "ǅa", "Σκ", "abcdefg", "Bcdefgh", "x",
                " ", "-", "501", "1234", "12", "7", "A", "Z", "b", ":", "–", "—", "\n", "\t",
                "é", "\u{301}", "_", "(", "  ", "Fall", "2024", "Ⅳ",
            ]), 1..10),
        ) {
            let text = words.concat();
            static OLD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(
                    r"(?:^|[^\p{L}])(\p{Lu}[\p{L}]{1,5})[ -]?([0-9]{3,4}[A-Z]?)\b\s*[:\-–—]?\s*(.*)",
                )
                .unwrap()
            });
            let old = &*OLD;
            let was: Vec<_> = old
                .captures_iter(&text)
                .map(|c| (c[1].to_string(), c[2].to_string(), c[3].to_string(), c[0].len()))
                .collect();
            let now: Vec<_> = course_codes(&text)
                .map(|c| (c.letters.to_string(), c.number.to_string(), c.rest.to_string(), c.end))
                .collect();
            let was_ends: Vec<_> = old.find_iter(&text).map(|m| m.end()).collect();
            let now_ends: Vec<_> = now.iter().map(|c| c.3).collect();
            proptest::prop_assert_eq!(was_ends, now_ends, "{:?}", text);
            let was: Vec<_> = was.into_iter().map(|c| (c.0, c.1, c.2)).collect();
            let now: Vec<_> = now.into_iter().map(|c| (c.0, c.1, c.2)).collect();
            proptest::prop_assert_eq!(was, now, "{:?}", text);
        }
    }

    #[test]
    fn a_course_without_a_code_is_named_by_its_title() {
        let title = |text: &str| find_title(&text.lines().map(String::from).collect::<Vec<_>>());
        assert_eq!(
            title("# Datenbanken — Sommersemester 2025\n\nVorlesung: Mi 10:15"),
            Some("Datenbanken".into())
        );
        assert_eq!(
            title("<html><head><title>Cronograma | Bases de Datos</title>"),
            Some("Bases de Datos".into())
        );
        assert_eq!(
            title("---\ntitle: \"Machine Learning (Fall 2024)\"\n---"),
            Some("Machine Learning".into())
        );
        assert_eq!(
            title("\\title{Analisi Matematica I}"),
            Some("Analisi Matematica I".into())
        );
        assert_eq!(
            title("#+TITLE: Chemistry of Materials"),
            Some("Chemistry of Materials".into())
        );
        assert_eq!(title("# Course Schedule\n## Week 1 (Sep 3)"), None);
        assert_eq!(title("# Course Schedule 2022/23\n## Numerics"), None);
        assert_eq!(title("# Homework Assignments"), None);
        assert_eq!(
            title("Middle East Technical University\nDeep Learning"),
            None
        );
        assert_eq!(title("#hashtag"), None);
        assert_eq!(title("## Office hours\n# Algebra"), Some("Algebra".into()));
        assert_eq!(
            title("+++\ntitle = \"Les séances de cours\"\n+++\n# Algebra"),
            None
        );
    }

    #[test]
    fn a_term_abbreviation_before_its_year_is_no_course_code() {
        let lines = vec!["# Datenbanken SS 2025".to_string()];
        assert_eq!(find_course(&lines), None);
        assert_eq!(find_title(&lines), Some("Datenbanken".into()));
    }

    #[test]
    fn a_term_abbreviations_letters_before_a_course_number_are_a_course_code() {
        let course = |t: &str| find_course(&[t.to_string()]).map(|(c, _)| c);
        assert_eq!(course("HS 101 Health Science"), Some("HS 101".into()));
        assert_eq!(course("SS 210: Social Studies"), Some("SS 210".into()));
        assert_eq!(course("Datenbanken SS 2025"), None);
    }

    #[test]
    fn without_a_code_the_course_id_is_course() {
        let c = identify(&["Notes".to_string()], &ParseOptions::default());
        assert_eq!((c.code, c.id.as_str()), (None, "course"));
    }
}
