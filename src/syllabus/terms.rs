//! Terms as syllabi name them: "Fall 2022", "2023-2024 Spring", "WS 2023/24", "HS23",
//! "AY25/26 Sem 1", "Semester 2 2017", "January to April, 2022".
//!
//! Every form is one finder; the term named first in the text wins. A year is a plausible
//! year (1900-2099), so a course number ("Math 6000") is never one, and a season followed by
//! a year is read with that year, not the number before it ("CS 2030 Spring 2024").

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use regex::Regex;
use regex_syntax::is_word_character;

use super::fold::{Words, folded, leading_spaces, starts_with_folded};
use super::lean::{Grouped, lean};
use super::lexicon::{
    CJK_ACADEMIC_YEAR_PATTERN, CJK_FIRST_HALF_PATTERN, CJK_SECOND_HALF_PATTERN,
    NUMBERED_SEMESTER_PATTERN, RANGE_WORD_PATTERN, REGISTRAR_TERM_CODES, ROMAN_SEMESTER_PATTERN,
    SEASONS, SEMESTER_CODES, SEMESTER_NUMBER_PATTERN, TERM_FILLER_PATTERN, YEAR_APOSTROPHE_PATTERN,
    YEAR_MARK_PATTERN, all_months, alternation,
};
use crate::model::{Season, Term};

/// A plausible four-digit year.
const YEAR: &str = r"(?:19|20)[0-9]{2}";

/// A season word as a capture group: "(fall|güz|...)".
static SEASON: LazyLock<String> =
    LazyLock::new(|| format!("({})", alternation(SEASONS.iter().map(|(w, _)| *w))));

/// "Fall 2022", "Autumn Term 2021", "Spring Semester, 2025", "Winter 2023/24", "Fall '22", and
/// joined as file names, addresses and title pages write them: "fall2024", "spring-2025",
/// "Fall_2023", "Autumn/2019", also after an underscore ("Syllabus_Fall2024.pdf",
/// "CALENDRIER_Automne2025.pdf"), where no word boundary stands before the season.
static SEASON_YEAR: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:\b|_){}(?:\s+(?:{TERM_FILLER_PATTERN}))?(?:\s+|\s*,\s*|[_/-]|)({YEAR}|(?:{YEAR_APOSTROPHE_PATTERN})[0-9]{{2}})(?:\s*[-–/]\s*([0-9]{{2,4}}))?\b",
        *SEASON
    ))
});
static YEARS_SEASON: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b({YEAR})\s*[-–/]\s*([0-9]{{2,4}})\s+{}\b",
        *SEASON
    ))
});
static YEAR_SEASON: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b({YEAR})(?:\s+|\s*(?:{YEAR_MARK_PATTERN})\s*){}\b(?:\s+(?:(?:{TERM_FILLER_PATTERN})\s+)?({YEAR}))?",
        *SEASON
    ))
});
/// Semester codes with their year: "WS 2023/24", "SoSe 2024", "SuSe24", "HS23", "FS 2025".
/// Whole words are matched in any case, two-letter codes only in capitals.
static SEMESTER_CODE: LazyLock<Lean> = LazyLock::new(|| {
    let (short, long): (Vec<_>, Vec<_>) = SEMESTER_CODES.iter().partition(|(w, _)| w.len() <= 2);
    let short: Vec<String> = short.iter().map(|(w, _)| w.to_uppercase()).collect();
    let short = alternation(short.iter().map(String::as_str));
    let long = alternation(long.iter().map(|(w, _)| *w));
    lean(&format!(
        r"\b((?i:{long})|{short})\s*({YEAR}|[0-9]{{2}})(?:\s*/\s*({YEAR}|[0-9]{{2}}))?\b"
    ))
});
/// "FA24", "SP2025": a registrar's code joined to its year, in capitals only.
static REGISTRAR_CODE: LazyLock<Lean> = LazyLock::new(|| {
    let codes = alternation(REGISTRAR_TERM_CODES.iter().map(|(c, _)| *c));
    lean(&format!(r"\b({codes})({YEAR}|[0-9]{{2}})\b"))
});
/// "Semester 2 2017", "Semester 1, 2023/24", "Sem 2 2023-2024", "Semester 2, AY2023/24".
static NUMBER_YEAR: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b(?:{SEMESTER_NUMBER_PATTERN})\.?\s*([12])\s*,?\s+(?:AY\s*)?({YEAR})(?:\s*[/–-]\s*([0-9]{{2}}|{YEAR}))?\b"
    ))
});
/// "AY25/26 Sem 1", "2023/24 Semester 2", "AY 2025/2026, Semester 1".
static YEARS_NUMBER: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b(?:AY\s*)?({YEAR}|[0-9]{{2}})\s*[/–-]\s*([0-9]{{2}}|{YEAR})\s*,?\s*(?:{SEMESTER_NUMBER_PATTERN})\.?\s*([12])\b"
    ))
});
/// Every month name, as the alternation of them is tried.
static MONTH_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(all_months().map(|(w, _)| *w)));
/// The words of [`RANGE_WORD_PATTERN`] folded, in its order.
static RANGE_WORDS: LazyLock<Vec<String>> =
    LazyLock::new(|| RANGE_WORD_PATTERN.split('|').map(folded).collect());
/// "2026年度", "2025학년도 1학기", "2026年度 後期".
static CJK_ACADEMIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({YEAR})\s*(?:{CJK_ACADEMIC_YEAR_PATTERN})(?:\s*(?:(?P<first>{CJK_FIRST_HALF_PATTERN})|(?P<second>{CJK_SECOND_HALF_PATTERN})))?"
    ))
    .unwrap()
});
/// "2º semestre 2025", "1er cuatrimestre 2024", "1C 2020".
static NUMBERED_SEMESTER: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b([12]){NUMBERED_SEMESTER_PATTERN}({YEAR})\b"
    ))
});
/// "I° Semestre 2023", "II semestre de 2024": the number in Roman figures.
static ROMAN_SEMESTER: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b(II?){ROMAN_SEMESTER_PATTERN}({YEAR})\b")));
/// "2024 1er cuatrimestre", "2026 2º semestre": the year written before the numbered semester.
static YEAR_NUMBERED_SEMESTER: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b({YEAR})(?:\s+|\s*[,/–-]\s*)([12]){NUMBERED_SEMESTER_PATTERN}"
    ))
});
static ACADEMIC_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([0-9]{4})\s*[/–-]\s*([0-9]{2}|[0-9]{4})\b").unwrap());

fn season_of(word: &str) -> Season {
    let w = word.to_lowercase();
    SEASONS
        .iter()
        .find(|(s, _)| *s == w)
        .map_or(Season::Winter, |&(_, season)| season)
}

/// A two- or four-digit year as a full year.
fn full_year(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    Some(if y < 100 { 2000 + y } else { y })
}

/// Whether `second` is the year after `first` ("2023/24", "2023-2024").
fn follows(first: i32, second: &str) -> bool {
    full_year(second).is_some_and(|s| s == first + 1)
}

type Found = Option<(usize, Term)>;

fn season_year(text: &str) -> Found {
    let c = SEASON_YEAR.groups(text)?;
    let season = season_of(&c[1]);
    // "Fall '22": the apostrophe stands for the century.
    let first = full_year(c[2].trim_start_matches(|ch: char| !ch.is_ascii_digit()))?;
    // "Spring 2023-24": spring of an academic year is in its second year.
    let year = if c.get(3).is_some_and(|s| follows(first, s.as_str())) && season != Season::Fall {
        first + 1
    } else {
        first
    };
    Some((c.get(0)?.start(), Term { season, year }))
}

fn years_season(text: &str) -> Found {
    let c = YEARS_SEASON.groups(text)?;
    let first: i32 = c[1].parse().ok()?;
    let season = season_of(&c[3]);
    // An academic year "2023-2024": fall is in the first year, the rest in the second.
    let year = if season == Season::Fall {
        first
    } else {
        first + 1
    };
    Some((c.get(0)?.start(), Term { season, year }))
}

fn year_season(text: &str) -> Found {
    // "2030 Spring 2024" is a course number before a term: the season-year reading has it.
    let c = YEAR_SEASON.groups_iter(text).find(|c| c.get(3).is_none())?;
    let term = Term {
        season: season_of(&c[2]),
        year: c[1].parse().ok()?,
    };
    Some((c.get(0)?.start(), term))
}

fn semester_code(text: &str) -> Found {
    let c = SEMESTER_CODE.groups(text)?;
    let code = c[1].to_lowercase();
    let season = SEMESTER_CODES
        .iter()
        .find(|(w, _)| *w == code)
        .map(|&(_, s)| s)?;
    let first = full_year(&c[2])?;
    // A winter semester runs October to March and is named by its second year
    // ("WS 2023/24" is Winter 2024); "WS 2023" alone is the one starting in 2023.
    let year = if season == Season::Winter {
        first + 1
    } else {
        first
    };
    Some((c.get(0)?.start(), Term { season, year }))
}

fn registrar_code(text: &str) -> Found {
    let c = REGISTRAR_CODE.groups(text)?;
    let season = REGISTRAR_TERM_CODES
        .iter()
        .find(|(w, _)| *w == &c[1])
        .map(|&(_, s)| s)?;
    let year = full_year(&c[2])?;
    Some((c.get(0)?.start(), Term { season, year }))
}

/// Semester 1 of an academic year starts in autumn, semester 2 in the new year; of a
/// calendar year ("Semester 2 2017"), semester 1 is the first half, semester 2 the second.
fn numbered(number: &str, first: i32, academic: bool) -> Term {
    match (number, academic) {
        ("1", true) => Term {
            season: Season::Fall,
            year: first,
        },
        (_, true) => Term {
            season: Season::Spring,
            year: first + 1,
        },
        ("1", false) => Term {
            season: Season::Spring,
            year: first,
        },
        (_, false) => Term {
            season: Season::Fall,
            year: first,
        },
    }
}

fn semester_number(text: &str) -> Found {
    if let Some(c) = NUMBER_YEAR.groups(text) {
        let first: i32 = c[2].parse().ok()?;
        let academic = c.get(3).is_some_and(|s| follows(first, s.as_str()));
        return Some((c.get(0)?.start(), numbered(&c[1], first, academic)));
    }
    let c = YEARS_NUMBER.groups(text)?;
    let first = full_year(&c[1])?;
    follows(first, &c[2]).then_some(())?;
    Some((c.get(0)?.start(), numbered(&c[3], first, true)))
}

/// An academic year of Japan or Korea: its second half is fall, the rest spring (it starts
/// in March or April).
fn cjk_academic(text: &str) -> Found {
    // Most syllabi hold no academic-year mark: the pattern is then neither run nor compiled.
    if !CJK_ACADEMIC_YEAR_PATTERN
        .split('|')
        .any(|mark| text.contains(mark))
    {
        return None;
    }
    let c = CJK_ACADEMIC.captures(text)?;
    let season = if c.name("second").is_some() {
        Season::Fall
    } else {
        Season::Spring
    };
    let year = c[1].parse().ok()?;
    Some((c.get(0)?.start(), Term { season, year }))
}

/// A semester numbered before its word, of a calendar year: the first is spring.
fn numbered_semester(text: &str) -> Found {
    if let Some(c) = NUMBERED_SEMESTER.groups(text) {
        let year = c[2].parse().ok()?;
        return Some((c.get(0)?.start(), numbered(&c[1], year, false)));
    }
    if let Some(c) = ROMAN_SEMESTER.groups(text) {
        let year = c[2].parse().ok()?;
        let number = if c[1].len() == 1 { "1" } else { "2" };
        return Some((c.get(0)?.start(), numbered(number, year, false)));
    }
    let c = YEAR_NUMBERED_SEMESTER.groups(text)?;
    let year = c[1].parse().ok()?;
    Some((c.get(0)?.start(), numbered(&c[2], year, false)))
}

fn month_range(text: &str) -> Found {
    let (start, first, last, year) = months_year(text)?;
    let month = |w: &str| {
        let w = w.to_lowercase();
        all_months().find(|(n, _)| *n == w).map(|&(_, m)| m)
    };
    let (from, to) = (month(first)?, month(last)?);
    let year: i32 = year.parse().ok()?;
    // "October to January, 2026": the year is the last month's.
    let start_year = if to < from { year - 1 } else { year };
    Some((start, term_from_date(from, start_year)))
}

/// "January to April, 2022", "Sept - Dec 2021": where the first such range in `text` begins,
/// its two month names and its year. Read by hand, as the pattern
/// `(?i)\b(MONTH)\.?\s*(?:RANGE_WORD|[-–—])\s*(MONTH)\.?,?\s+(YEAR)\b` reads it (every month
/// name of every language: compiled, that alternation cost more than parsing a syllabus).
fn months_year(text: &str) -> Option<(usize, &str, &str, &str)> {
    let mut after_word = false;
    for (at, c) in text.char_indices() {
        let word = is_word_character(c);
        if word
            && !after_word
            && let Some(found) = months_year_at(text, at)
        {
            return Some(found);
        }
        after_word = word;
    }
    None
}

/// [`months_year`] at one word start: every choice the pattern would try, in its order.
fn months_year_at(text: &str, at: usize) -> Option<(usize, &str, &str, &str)> {
    for first in MONTH_WORDS.at(&text[at..]) {
        let Some(len) = starts_with_folded(&text[at..], first) else {
            continue;
        };
        let first_end = at + len;
        for sep_at in optional(text, first_end, ".") {
            let sep_at = sep_at + leading_spaces(&text[sep_at..]);
            for sep_end in range_separators(text, sep_at) {
                let last_at = sep_end + leading_spaces(&text[sep_end..]);
                for last in MONTH_WORDS.at(&text[last_at..]) {
                    let Some(len) = starts_with_folded(&text[last_at..], last) else {
                        continue;
                    };
                    let last_end = last_at + len;
                    for dot in optional(text, last_end, ".") {
                        for comma in optional(text, dot, ",") {
                            if let Some(year) = year_after_spaces(text, comma) {
                                let (first, last) =
                                    (&text[at..first_end], &text[last_at..last_end]);
                                return Some((at, first, last, &text[year..year + 4]));
                            }
                        }
                    }
                }
            }
        }
    }
    None
}

/// Where `text` goes on after `mark` at `at` (if it is there) and without it, in that order.
fn optional(text: &str, at: usize, mark: &str) -> impl Iterator<Item = usize> {
    let taken = text[at..].starts_with(mark).then_some(at + mark.len());
    taken.into_iter().chain(std::iter::once(at))
}

/// Where a range word or a dash at `at` ends, for each one that is there, in the pattern's order.
fn range_separators(text: &str, at: usize) -> Vec<usize> {
    let rest = &text[at..];
    let words = RANGE_WORDS
        .iter()
        .filter_map(|w| starts_with_folded(rest, w));
    let dashes = ['-', '–', '—']
        .into_iter()
        .filter(|d| rest.starts_with(*d))
        .map(char::len_utf8);
    words.chain(dashes).map(|len| at + len).collect()
}

/// Where a plausible year begins after at least one space at `at` (`\s+(YEAR)\b`).
fn year_after_spaces(text: &str, at: usize) -> Option<usize> {
    let spaces = leading_spaces(&text[at..]);
    let year = at + spaces;
    let digits = text.as_bytes().get(year..year + 4)?;
    let plausible = spaces > 0
        && (digits.starts_with(b"19") || digits.starts_with(b"20"))
        && digits.iter().all(u8::is_ascii_digit)
        && !text[year + 4..].starts_with(is_word_character);
    plausible.then_some(year)
}

/// The term named first in `text`, with its byte offset.
fn named_term(text: &str) -> Found {
    [
        years_season,
        season_year,
        year_season,
        semester_code,
        registrar_code,
        semester_number,
        month_range,
        cjk_academic,
        numbered_semester,
    ]
    .iter()
    .filter_map(|f| f(text))
    .min_by_key(|(pos, _)| *pos)
}

/// Finds a term in text: "Fall 2022", "Spring 2024", "2023-2024 Fall", "Güz 2022", "Bahar 2023".
pub fn find_term(text: &str) -> Option<Term> {
    named_term(text).map(|(_, t)| t).or_else(|| {
        // An academic year alone ("2023/24", "2023-2024"): it starts in autumn.
        ACADEMIC_YEAR.captures_iter(text).find_map(|c| {
            let first: i32 = c[1].parse().ok()?;
            follows(first, &c[2]).then_some(Term {
                season: Season::Fall,
                year: first,
            })
        })
    })
}

/// Byte offset where a term is named in `text`, if anywhere.
pub fn term_match(text: &str) -> Option<usize> {
    named_term(text).map(|(p, _)| p)
}

/// A term guessed from a date that carries its year, for syllabi that write the year on
/// every date but never name the term.
pub fn term_from_date(month: u32, year: i32) -> Term {
    let season = match month {
        8..=12 => Season::Fall,
        6 | 7 => Season::Summer,
        _ => Season::Spring,
    };
    Term { season, year }
}

/// Parses a term given on the command line or in a course file.
pub fn parse_term(text: &str) -> Option<Term> {
    plain_term(text).or_else(|| find_term(text))
}

/// "Fall 2022", "spring 2024": a term as course files write it (one ASCII season word, a
/// plausible four-digit year, nothing else), read by hand as [`find_term`] reads it (its
/// season-year finder). Reading a course file then compiles no pattern, which matters to a
/// pass that reuses its kept parse (`remind::parsed`): that pass parses nothing else.
fn plain_term(text: &str) -> Option<Term> {
    let mut words = text.split_ascii_whitespace();
    let (Some(season), Some(year), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let season = season
        .is_ascii()
        .then(|| season.to_ascii_lowercase())
        .and_then(|w| SEASONS.iter().find(|(s, _)| *s == w))?
        .1;
    let plausible = year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    Some(Term {
        season,
        year: plausible.then(|| year.parse().ok())??,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_read_by_hand_is_the_term_the_finders_read() {
        let mut read = 0;
        for (word, _) in SEASONS {
            for w in [word.to_string(), word.to_uppercase(), capitalised(word)] {
                for year in [
                    "2022",
                    "1999",
                    "2099",
                    "1899",
                    "2100",
                    "22",
                    "20222",
                    "２０２２",
                ] {
                    for text in [
                        format!("{w} {year}"),
                        format!("  {w}\t{year} "),
                        format!("{w}  {year}"),
                        format!("{w} {year} x"),
                        format!("{w}{year}"),
                        format!("{w}\u{a0}{year}"),
                    ] {
                        let by_hand = plain_term(&text);
                        if by_hand.is_some() {
                            read += 1;
                            assert_eq!(by_hand, find_term(&text), "{text:?}");
                        }
                        assert_eq!(parse_term(&text), find_term(&text), "{text:?}");
                    }
                }
            }
        }
        assert!(read > 50, "the usual forms are read by hand: {read}");
        assert_eq!(
            plain_term("Fall 2022"),
            Some(Term {
                season: Season::Fall,
                year: 2022
            })
        );
        assert_eq!(plain_term("Güz 2022"), None, "left to the finders");
    }

    fn capitalised(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    /// Month names in several cases, range words, dashes, years and their neighbours.
    fn month_range_pieces() -> Vec<String> {
        let mut out: Vec<String> = all_months()
            .map(|(w, _)| *w)
            .chain(RANGE_WORD_PATTERN.split('|'))
            .flat_map(|w| [w.to_string(), w.to_uppercase(), format!("x{w}")])
            .collect();
        out.extend(
            [
                " ", "  ", "\u{a0}", ".", ",", "-", "–", "—", "2022", "1999", "2101", "22", "7",
                "x", "é", "_", "ſ", "\u{212a}", "İ", "ı",
            ]
            .map(String::from),
        );
        out
    }

    proptest::proptest! {
        #[test]
        fn a_month_range_read_by_hand_is_the_one_the_pattern_read(
            pieces in proptest::collection::vec(
                proptest::sample::select(month_range_pieces()),
                1..10,
            ),
        ) {
            let text = pieces.concat();
            let mo = alternation(all_months().map(|(w, _)| *w));
            let pattern = Regex::new(&format!(
                r"(?i)\b({mo})\.?\s*(?:{RANGE_WORD_PATTERN}|[-–—])\s*({mo})\.?,?\s+({YEAR})\b"
            ))
            .unwrap();
            let by_pattern = pattern.captures(&text).map(|c| {
                (c.get(0).unwrap().start(), c[1].to_string(), c[2].to_string(), c[3].to_string())
            });
            let by_hand = months_year(&text).map(|(at, first, last, year)| {
                (at, first.to_string(), last.to_string(), year.to_string())
            });
            proptest::prop_assert_eq!(by_pattern, by_hand, "{:?}", text);
        }
    }

    #[test]
    fn month_ranges_are_read_in_any_case_with_dots_commas_and_dashes() {
        let t = |text: &str| find_term(text).map(|t| t.to_string());
        assert_eq!(
            t("Course runs JANUARY TO APRIL, 2022").as_deref(),
            Some("Spring 2022")
        );
        assert_eq!(t("Sept. – Dec. 2021").as_deref(), Some("Fall 2021"));
        assert_eq!(
            t("October through January 2026").as_deref(),
            Some("Fall 2025")
        );
        assert_eq!(months_year("Sept - Dec 20215"), None);
        assert_eq!(months_year("xSept - Dec 2021"), None);
    }

    #[test]
    fn academic_years_of_japan_and_korea_and_numbered_semesters_of_latin_countries() {
        let t = |text: &str| find_term(text).map(|t| t.to_string());
        assert_eq!(t("情報理論 2026年度").as_deref(), Some("Spring 2026"));
        assert_eq!(t("2026年度 後期").as_deref(), Some("Fall 2026"));
        assert_eq!(t("2025학년도 1학기").as_deref(), Some("Spring 2025"));
        assert_eq!(t("2025학년도 2학기").as_deref(), Some("Fall 2025"));
        assert_eq!(t("2025년 봄학기").as_deref(), Some("Spring 2025"));
        assert_eq!(t("2º semestre 2025").as_deref(), Some("Fall 2025"));
        assert_eq!(
            t("Probabilidade I - 2º Sem/2026").as_deref(),
            Some("Fall 2026")
        );
        assert_eq!(t("1º sem. 2024").as_deref(), Some("Spring 2024"));
        assert_eq!(t("1er cuatrimestre 2024").as_deref(), Some("Spring 2024"));
        assert_eq!(
            t("Estadística (I° Semestre- 2023)").as_deref(),
            Some("Spring 2023")
        );
        assert_eq!(t("II semestre de 2024").as_deref(), Some("Fall 2024"));
        assert_eq!(t("Clase 2, semestre 2024"), None);
        assert_eq!(t("Física, 2023 2º semestre").as_deref(), Some("Fall 2023"));
        assert_eq!(
            t("2025 1er cuatrimestre | calendario").as_deref(),
            Some("Spring 2025")
        );
        assert_eq!(t("semestre d'automne 2023").as_deref(), Some("Fall 2023"));
    }

    fn t(s: &str) -> Option<String> {
        find_term(s).map(|t| t.to_string())
    }

    #[test]
    fn terms_are_found_in_all_documented_spellings() {
        let cases = [
            ("Department of CE @ METU – Fall 2022", "Fall 2022"),
            ("Spring 2024", "Spring 2024"),
            ("Winter Quarter 2024", "Winter 2024"),
            (
                "Algorithms (CSE130-01, Spring Semester, 2025)",
                "Spring 2025",
            ),
            ("Fall, 2019", "Fall 2019"),
            ("Autumn/2019", "Fall 2019"),
            ("2023-2024 Fall", "Fall 2023"),
            ("2023-2024 Spring", "Spring 2024"),
            ("Güz 2022", "Fall 2022"),
            ("Advanced Algorithms, WS 2023/24", "Winter 2024"),
            ("SoSe 2024", "Summer 2024"),
        ];
        for (text, want) in cases {
            assert_eq!(t(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_season_after_an_underscore_in_a_file_name_is_a_term() {
        let linked = "[Calendar](./CALENDAR-SCHOOL_Automne2025.pdf)";
        assert_eq!(t(linked).as_deref(), Some("Fall 2025"));
        assert_eq!(
            t("notes/Syllabus_Spring_2024.pdf").as_deref(),
            Some("Spring 2024")
        );
        assert_eq!(
            t("snake_fallback2024"),
            None,
            "a season inside a longer word is none"
        );
    }

    #[test]
    fn chinese_terms_name_the_year_then_the_season() {
        assert_eq!(t("操作系统。2021 年春季。").as_deref(), Some("Spring 2021"));
        assert_eq!(t("2022年秋季学期").as_deref(), Some("Fall 2022"));
        assert_eq!(t("春季学期"), None, "a season without a year is no term");
    }

    #[test]
    fn a_course_number_is_never_taken_for_the_year() {
        assert_eq!(
            t("Tentative Schedule for Math 6000 Spring 2018").as_deref(),
            Some("Spring 2018")
        );
        assert_eq!(t("CS 2030 Spring 2024").as_deref(), Some("Spring 2024"));
        assert_eq!(t("Chem 5000 Fall").as_deref(), None);
    }

    #[test]
    fn german_swiss_and_swedish_semester_codes_are_terms() {
        let cases = [
            ("Schedule (SuSe24)", "Summer 2024"),
            ("SoSe 2024", "Summer 2024"),
            ("WiSe 23/24", "Winter 2024"),
            ("Computer Aided Archaeology HS23", "Fall 2023"),
            ("Statistical methods, FS25", "Spring 2025"),
            ("Herbstsemester 2023", "Fall 2023"),
            ("Systems biology HT 2025", "Fall 2025"),
            ("VT24", "Spring 2024"),
        ];
        for (text, want) in cases {
            assert_eq!(t(text).as_deref(), Some(want), "{text}");
        }
        assert_eq!(t("hs 23 lowercase codes are words"), None);
    }

    #[test]
    fn numbered_semesters_follow_their_year_or_academic_year() {
        let cases = [
            ("Semester 2 2017", "Fall 2017"),
            ("Semester 1, 2019", "Spring 2019"),
            ("University of Leeds, Semester 1 2023/24", "Fall 2023"),
            ("Semester 2 2023/24", "Spring 2024"),
            ("CS2030S AY25/26 Sem 1", "Fall 2025"),
            ("AY 2024/2025 Semester 2", "Spring 2025"),
            (
                "CS2040 Data Structures, Semester 2, AY2023/24",
                "Spring 2024",
            ),
            ("Semester 1, AY 2024/25", "Fall 2024"),
        ];
        for (text, want) in cases {
            assert_eq!(t(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_span_of_months_with_a_year_is_a_term() {
        assert_eq!(
            t("This schedule covers the semester January to April, 2022.").as_deref(),
            Some("Spring 2022")
        );
        assert_eq!(t("Sept - Dec 2021").as_deref(), Some("Fall 2021"));
        assert_eq!(t("October to January 2026").as_deref(), Some("Fall 2025"));
    }

    #[test]
    fn dates_and_bare_numbers_are_not_terms() {
        assert_eq!(t("no term here 2022"), None);
        assert_eq!(
            t("dates 2023-10-04"),
            None,
            "an ISO date is not an academic year"
        );
    }

    #[test]
    fn the_term_named_first_wins_and_its_place_is_known() {
        assert_eq!(
            t("Fall 2022, previously Spring 2021").as_deref(),
            Some("Fall 2022")
        );
        assert_eq!(term_match("Deep Learning Fall 2022"), Some(14));
    }
}

#[cfg(test)]
mod forms;
