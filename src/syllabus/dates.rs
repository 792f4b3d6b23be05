//! Dates as syllabi write them, and the term that supplies their year.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use serde::Serialize;

use super::lexicon::{
    GERMAN_SEMESTER_PATTERN, MONTHS, SEASONS, TERM_FILLER_PATTERN, WEEKDAYS_ALONE_ONLY,
    WEEKDAYS_BEFORE_DATE_ONLY, WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_TR, alternation,
};
use crate::model::{Season, Term};

/// A season word as a capture group: "(fall|güz|...)".
static SEASON: LazyLock<String> =
    LazyLock::new(|| format!("({})", alternation(SEASONS.iter().map(|(w, _)| *w))));

static TERM_SEASON_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{}\s+(?:(?:{TERM_FILLER_PATTERN})\s+)?(\d{{4}})(?:\s*[-–/]\s*(\d{{2,4}}))?\b",
        *SEASON
    ))
    .unwrap()
});
static TERM_YEARS_SEASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{4}})\s*[-–/]\s*(\d{{2,4}})\s+{}\b",
        *SEASON
    ))
    .unwrap()
});
/// German semesters: "WS 2023/24", "Wintersemester 2023/24", "WiSe 23/24", "SoSe 2024".
static TERM_GERMAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({GERMAN_SEMESTER_PATTERN})\s*(\d{{2}}|\d{{4}})(?:\s*/\s*(\d{{2}}|\d{{4}}))?\b"
    ))
    .unwrap()
});
static TERM_YEAR_SEASON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(\d{{4}})\s+{}\b", *SEASON)).unwrap());

fn season_of(word: &str) -> Season {
    let w = word.to_lowercase();
    SEASONS
        .iter()
        .find(|(s, _)| *s == w)
        .map_or(Season::Winter, |&(_, season)| season)
}

/// Finds a term in text: "Fall 2022", "Spring 2024", "2023-2024 Fall", "Güz 2022", "Bahar 2023".
pub fn find_term(text: &str) -> Option<Term> {
    let mut best: Option<(usize, Term)> = None;
    let mut consider = |pos: usize, t: Term| {
        if best.is_none_or(|(p, _)| pos < p) {
            best = Some((pos, t));
        }
    };
    if let Some(c) = TERM_YEARS_SEASON.captures(text) {
        let first: i32 = c[1].parse().ok()?;
        let season = season_of(&c[3]);
        // An academic year "2023-2024": fall is in the first year, the rest in the second.
        let year = if season == Season::Fall {
            first
        } else {
            first + 1
        };
        consider(c.get(0)?.start(), Term { season, year });
    }
    if let Some(c) = TERM_SEASON_YEAR.captures(text) {
        let season = season_of(&c[1]);
        let first: i32 = c[2].parse().ok()?;
        let year = if c.get(3).is_some() && season != Season::Fall {
            first + 1
        } else {
            first
        };
        consider(c.get(0)?.start(), Term { season, year });
    }
    if let Some(c) = TERM_GERMAN.captures(text) {
        let y: i32 = c[2].parse().ok()?;
        let first = if y < 100 { 2000 + y } else { y };
        let winter = c[1].to_lowercase().starts_with('w');
        // WS 2023/24 runs October 2023 to March 2024: a winter term named by its second year.
        let t = if winter {
            Term {
                season: Season::Winter,
                year: first + 1,
            }
        } else {
            Term {
                season: Season::Summer,
                year: first,
            }
        };
        consider(c.get(0)?.start(), t);
    }
    if let Some(c) = TERM_YEAR_SEASON.captures(text) {
        consider(
            c.get(0)?.start(),
            Term {
                season: season_of(&c[2]),
                year: c[1].parse().ok()?,
            },
        );
    }
    best.map(|(_, t)| t).or_else(|| {
        // An academic year alone ("Semester 1 2023/24", "2023-2024"): it starts in autumn.
        ACADEMIC_YEAR.captures_iter(text).find_map(|c| {
            let first: i32 = c[1].parse().ok()?;
            let second: i32 = c[2].parse().ok()?;
            let follows = if second < 100 {
                second == (first + 1) % 100
            } else {
                second == first + 1
            };
            follows.then_some(Term {
                season: Season::Fall,
                year: first,
            })
        })
    })
}

static ACADEMIC_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})\s*[/–-]\s*(\d{2}|\d{4})\b").unwrap());

/// Byte offset where a term is named in `text`, if anywhere.
pub fn term_match(text: &str) -> Option<usize> {
    [
        &*TERM_YEARS_SEASON,
        &*TERM_SEASON_YEAR,
        &*TERM_YEAR_SEASON,
        &*TERM_GERMAN,
    ]
    .iter()
    .filter_map(|re| re.find(text))
    .map(|m| m.start())
    .min()
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
    find_term(text)
}

/// Day and month order for numeric dates such as 10/04/2022.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day first: 04/10/2022 is 4 October.
    Dmy,
    /// Month first: 10/04/2022 is 4 October.
    Mdy,
}

/// A date as written: the year may be missing, and slash dates may be ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawDate {
    /// Month known by name or position.
    Known {
        /// 1-12.
        month: u32,
        /// Day of month as written (not yet validated).
        day: u32,
        /// Year, if written.
        year: Option<i32>,
    },
    /// `a/b[/y]`: which of `a` and `b` is the month is decided for the whole document.
    Slash {
        /// First number.
        a: u32,
        /// Second number.
        b: u32,
        /// Year, if written.
        year: Option<i32>,
    },
}

/// A date or a range of dates found at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    /// First day.
    pub start: RawDate,
    /// Last day of a range such as "Feb 12-14".
    pub end: Option<RawDate>,
    /// Bytes of the text the date took up.
    pub len: usize,
}

/// Month number of a (possibly abbreviated) English or Turkish month name.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Any month name, as a non-capturing group.
static MONTH_RE: LazyLock<String> =
    LazyLock::new(|| format!("(?:{})", alternation(MONTHS.iter().map(|(w, _)| *w))));
/// An optional weekday in front of a date: "Tue Oct 4", "Pzt, 4 Ekim".
static WEEKDAY_RE: LazyLock<String> = LazyLock::new(|| {
    let words = [
        WEEKDAYS_EN,
        WEEKDAYS_EN_SHORT,
        WEEKDAYS_TR,
        WEEKDAYS_BEFORE_DATE_ONLY,
    ]
    .into_iter()
    .flatten()
    .map(|(w, _)| *w);
    format!(r"(?:(?:{})\.?,?\s+)?", alternation(words))
});
const ORD: &str = r"(?:st|nd|rd|th|\.)?";

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{wd}(?P<m>{mo})\.?\s*(?P<d>\d{{1,2}}){ORD}(?:\s*[-–—]\s*{wd}(?:(?P<m2>{mo})\.?\s*)?(?P<d2>\d{{1,2}}){ORD})?(?:,?\s+(?P<y>\d{{4}}))?\b"
    ,
        wd = *WEEKDAY_RE, mo = *MONTH_RE
    ))
    .unwrap()
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{wd}(?P<d>\d{{1,2}}){ORD}(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}){ORD})?\s*(?P<m>{mo})\b\.?(?:,?\s+(?P<y>\d{{4}}))?"
    ,
        wd = *WEEKDAY_RE, mo = *MONTH_RE
    ))
    .unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{wd}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b",
        wd = *WEEKDAY_RE
    ))
    .unwrap()
});
static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{wd}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}}\b)?",
        wd = *WEEKDAY_RE
    ))
    .unwrap()
});
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{wd}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\b(?:\s*[-–—]\s*{wd}(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})(?:/(?P<y2>\d{{4}}|\d{{2}}))?\b)?"
    ,
        wd = *WEEKDAY_RE
    ))
    .unwrap()
});

fn year_of(s: Option<regex::Match<'_>>) -> Option<i32> {
    let y: i32 = s?.as_str().parse().ok()?;
    Some(if y < 100 { 2000 + y } else { y })
}

fn num(c: &regex::Captures<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// Reads a date (or a date range) at the start of `text`.
pub fn parse_date_prefix(text: &str) -> Option<DateSpan> {
    // Numeric dates with the month in place: "2022-10-04", "04.10.2022".
    for re in [&*ISO, &*DOTTED] {
        if let Some(c) = re.captures(text) {
            let start = RawDate::Known {
                month: num(&c, "m")?,
                day: num(&c, "d")?,
                year: year_of(c.name("y")),
            };
            return Some(DateSpan {
                start,
                end: None,
                len: c.get(0)?.end(),
            });
        }
    }
    if let Some(c) = SLASHED.captures(text) {
        let start = RawDate::Slash {
            a: num(&c, "a")?,
            b: num(&c, "b")?,
            year: year_of(c.name("y")),
        };
        let end = match (num(&c, "a2"), num(&c, "b2")) {
            (Some(a), Some(b)) => Some(RawDate::Slash {
                a,
                b,
                year: year_of(c.name("y2")).or(year_of(c.name("y"))),
            }),
            _ => None,
        };
        return Some(DateSpan {
            start,
            end,
            len: c.get(0)?.end(),
        });
    }
    for re in [&*MONTH_DAY, &*DAY_MONTH] {
        if let Some(c) = re.captures(text) {
            let month = month_number(&c["m"])?;
            let year = year_of(c.name("y"));
            let start = RawDate::Known {
                month,
                day: num(&c, "d")?,
                year,
            };
            let end = match num(&c, "d2") {
                Some(d2) => {
                    let m2 = c
                        .name("m2")
                        .and_then(|m| month_number(m.as_str()))
                        .unwrap_or(month);
                    Some(RawDate::Known {
                        month: m2,
                        day: d2,
                        year,
                    })
                }
                None => None,
            };
            return Some(DateSpan {
                start,
                end,
                len: c.get(0)?.end(),
            });
        }
    }
    None
}

/// Finds the first date anywhere in `text`, returning it and its byte offset.
pub fn find_date(text: &str) -> Option<(usize, DateSpan)> {
    let mut prev_alnum = false;
    for (i, ch) in text.char_indices() {
        if !prev_alnum
            && ch.is_alphanumeric()
            && let Some(span) = parse_date_prefix(&text[i..])
        {
            return Some((i, span));
        }
        prev_alnum = ch.is_alphanumeric();
    }
    None
}

/// Parses a weekday name or abbreviation (English or Turkish).
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    let w = w.strip_suffix('s').filter(|s| s.len() >= 5).unwrap_or(&w);
    [
        WEEKDAYS_EN,
        WEEKDAYS_EN_SHORT,
        WEEKDAYS_ALONE_ONLY,
        WEEKDAYS_TR,
    ]
    .into_iter()
    .flatten()
    .find(|(n, _)| *n == w)
    .map(|&(_, d)| d)
}

/// Why a written date could not become a calendar date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// No year was written and no term is known.
    NoYear,
    /// The day does not exist in that month, e.g. Feb 30.
    NoSuchDay {
        /// The year used.
        year: i32,
    },
    /// Month outside 1-12.
    BadMonth,
}

/// Turns a written date into a calendar date using the term (for the year) and the date order.
pub fn resolve(
    raw: RawDate,
    term: Option<Term>,
    order: DateOrder,
) -> Result<NaiveDate, DateProblem> {
    let (month, day, year) = match raw {
        RawDate::Known { month, day, year } => (month, day, year),
        RawDate::Slash { a, b, year } => match order {
            DateOrder::Mdy => (a, b, year),
            DateOrder::Dmy => (b, a, year),
        },
    };
    if !(1..=12).contains(&month) {
        return Err(DateProblem::BadMonth);
    }
    let year = match (year, term) {
        (Some(y), _) => y,
        (None, Some(t)) => t.year_for_month(month),
        (None, None) => return Err(DateProblem::NoYear),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::NoSuchDay { year })
}

/// Decides the order of slash dates from the dates themselves and the term.
///
/// Returns the order and a sentence saying how it was decided.
pub fn decide_order(
    slashes: &[(u32, u32)],
    term: Option<Term>,
    configured: Option<DateOrder>,
) -> (DateOrder, String) {
    if let Some(o) = configured {
        return (
            o,
            format!("{} from the course file's date-order", order_name(o)),
        );
    }
    if slashes.iter().any(|&(a, _)| a > 12) {
        return (
            DateOrder::Dmy,
            "day first, because a first number is above 12".into(),
        );
    }
    if slashes.iter().any(|&(_, b)| b > 12) {
        return (
            DateOrder::Mdy,
            "month first, because a second number is above 12".into(),
        );
    }
    if let Some(t) = term {
        // Count the dates each reading puts inside the term's core months; the reading with
        // more wins ("02/10, 09/10" in an autumn term is October, not February and September).
        let fits = |o: DateOrder| {
            slashes
                .iter()
                .filter(|&&(a, b)| t.core_month(if o == DateOrder::Mdy { a } else { b }))
                .count()
        };
        let (m, d) = (fits(DateOrder::Mdy), fits(DateOrder::Dmy));
        if m > d {
            return (
                DateOrder::Mdy,
                format!("month first, the reading whose months fall in {t}"),
            );
        }
        if d > m {
            return (
                DateOrder::Dmy,
                format!("day first, the reading whose months fall in {t}"),
            );
        }
    }
    (
        DateOrder::Mdy,
        "month first by default; the dates fit either order, set date-order = \"dmy\" in the course file if they are day first".into(),
    )
}

fn order_name(o: DateOrder) -> &'static str {
    match o {
        DateOrder::Dmy => "day first",
        DateOrder::Mdy => "month first",
    }
}

/// Monday of the week holding `d`.
pub fn week_monday(d: NaiveDate) -> NaiveDate {
    d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(month: u32, day: u32, year: Option<i32>) -> RawDate {
        RawDate::Known { month, day, year }
    }

    #[test]
    fn every_documented_date_form_is_read() {
        let cases = [
            ("Oct 4", known(10, 4, None)),
            ("4 Oct", known(10, 4, None)),
            ("October 4", known(10, 4, None)),
            ("Tue Oct 4", known(10, 4, None)),
            ("Tue, Jan 7", known(1, 7, None)),
            ("2022-10-04", known(10, 4, Some(2022))),
            ("04.10.2022", known(10, 4, Some(2022))),
            ("Oct. 4th, 2022", known(10, 4, Some(2022))),
            ("4 Ekim", known(10, 4, None)),
            (
                "10/04/2022",
                RawDate::Slash {
                    a: 10,
                    b: 4,
                    year: Some(2022),
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_date_prefix(text).map(|s| s.start),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn week_ranges_keep_both_ends() {
        let span = parse_date_prefix("Feb 12-14").unwrap();
        assert_eq!(span.start, known(2, 12, None));
        assert_eq!(span.end, Some(known(2, 14, None)));
        let span = parse_date_prefix("12-14 Feb").unwrap();
        assert_eq!(span.end, Some(known(2, 14, None)));
    }

    #[test]
    fn ranges_with_weekdays_and_slashes() {
        let span = parse_date_prefix("Mon Sep 4 - Fri Sep 8").unwrap();
        assert_eq!(
            (span.start, span.end),
            (known(9, 4, None), Some(known(9, 8, None)))
        );
        let span = parse_date_prefix("9/18 - 9/22").unwrap();
        assert_eq!(
            span.end,
            Some(RawDate::Slash {
                a: 9,
                b: 22,
                year: None
            })
        );
        assert_eq!(
            parse_date_prefix("18.10.").map(|s| s.start),
            Some(known(10, 18, None))
        );
    }

    #[test]
    fn words_that_are_not_dates_are_not_dates() {
        for text in [
            "Jan J",
            "N 00",
            "1.4",
            "Course logistics",
            "May the force",
            "Dec",
        ] {
            let got = parse_date_prefix(text);
            assert!(got.is_none() || text == "May the force", "{text}: {got:?}");
        }
    }

    #[test]
    fn terms_are_found_in_all_documented_spellings() {
        let t = |s: &str| find_term(s).map(|t| t.to_string());
        assert_eq!(
            t("Department of CE @ METU – Fall 2022").as_deref(),
            Some("Fall 2022")
        );
        assert_eq!(t("Spring 2024").as_deref(), Some("Spring 2024"));
        assert_eq!(t("Winter 2025").as_deref(), Some("Winter 2025"));
        assert_eq!(t("2023-2024 Fall").as_deref(), Some("Fall 2023"));
        assert_eq!(t("2023-2024 Spring").as_deref(), Some("Spring 2024"));
        assert_eq!(t("Güz 2022").as_deref(), Some("Fall 2022"));
        assert_eq!(t("Bahar 2023").as_deref(), Some("Spring 2023"));
        assert_eq!(t("no term here 2022"), None);
        assert_eq!(
            t("University of Leeds, Semester 1 2023/24").as_deref(),
            Some("Fall 2023")
        );
        assert_eq!(
            t("dates 2023-10-04"),
            None,
            "an ISO date is not an academic year"
        );
        assert_eq!(
            t("Advanced Algorithms, WS 2023/24").as_deref(),
            Some("Winter 2024")
        );
        assert_eq!(t("Wintersemester 2023/24").as_deref(), Some("Winter 2024"));
        assert_eq!(t("SoSe 2024").as_deref(), Some("Summer 2024"));
    }

    #[test]
    fn fall_terms_roll_over_into_january() {
        let fall = Term {
            season: Season::Fall,
            year: 2022,
        };
        assert_eq!(
            resolve(known(1, 3, None), Some(fall), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2023, 1, 3).unwrap())
        );
        assert_eq!(
            resolve(known(10, 4, None), Some(fall), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2022, 10, 4).unwrap())
        );
        let winter = Term {
            season: Season::Winter,
            year: 2025,
        };
        assert_eq!(
            resolve(known(12, 9, None), Some(winter), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2024, 12, 9).unwrap())
        );
    }

    #[test]
    fn impossible_days_and_missing_years_are_reported() {
        let spring = Term {
            season: Season::Spring,
            year: 2023,
        };
        assert_eq!(
            resolve(known(2, 30, None), Some(spring), DateOrder::Mdy),
            Err(DateProblem::NoSuchDay { year: 2023 })
        );
        assert_eq!(
            resolve(known(2, 3, None), None, DateOrder::Mdy),
            Err(DateProblem::NoYear)
        );
    }

    #[test]
    fn slash_order_follows_the_numbers_then_the_term() {
        assert_eq!(
            decide_order(&[(10, 4), (25, 10)], None, None).0,
            DateOrder::Dmy
        );
        assert_eq!(
            decide_order(&[(10, 4), (10, 25)], None, None).0,
            DateOrder::Mdy
        );
        let fall = Term {
            season: Season::Fall,
            year: 2022,
        };
        assert_eq!(
            decide_order(&[(10, 4), (11, 1)], Some(fall), None).0,
            DateOrder::Mdy
        );
        assert_eq!(
            decide_order(&[(4, 10), (1, 11)], Some(fall), None).0,
            DateOrder::Dmy
        );
        assert_eq!(
            decide_order(&[(4, 10)], Some(fall), Some(DateOrder::Mdy)).0,
            DateOrder::Mdy
        );
    }
}
