//! What the stages after layout share: the term and date order that turn written dates into
//! days, and the warnings about everything set aside.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use regex::Regex;

use super::activity::Activity;
use super::dates::{self, DateOrder, DateProblem, DateSpan, RawDate, decide_order, resolve};
use super::layout::Line;
use super::{ParseOptions, SyllabusError};
use crate::model::{Term, Warning};

/// The reading context of one syllabus.
pub(super) struct Context {
    /// The term that gives dates without a year their year.
    pub(super) term: Option<Term>,
    /// The order of numeric slash dates, settled for the whole document.
    pub(super) order: DateOrder,
    /// Everything set aside or doubtful, in the order found.
    pub(super) warnings: Vec<Warning>,
    /// Codes the document defines for kinds of meeting ("T = Tutorial"), by code.
    pub(super) kind_codes: std::collections::BTreeMap<String, String>,
    /// Codes the legend defines for a grid's cells ("(P): last submission day"), by code.
    pub(super) cell_codes: std::collections::BTreeMap<String, super::cell_codes::CellCode>,
    /// Every written year contradicts the term, and the weekdays say the term's year is
    /// meant: dates are read in the term's year (see [`Context::check_term`]).
    pub(super) term_year_over_written: bool,
    /// The weekday the document says listed work falls due on ("Problem sets are due the
    /// following Tuesday"): a bare item in a work column is then released and due.
    pub(super) standing_due: Option<super::standing_due::StandingDue>,
    /// The hour a sentence gives every deadline ("All assignments are due at 5pm").
    pub(super) due_hour: Option<chrono::NaiveTime>,
}

/// The term the document names. A line printed word for word three times or more is a
/// running page header or footer, often left over from an earlier year's copy, so a term
/// named on any other line comes first; the running line's term counts only when no other
/// line names one.
fn named_term(lines: &[String]) -> Option<Term> {
    let squash = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for l in lines.iter().map(|l| squash(l)).filter(|l| !l.is_empty()) {
        *seen.entry(l).or_default() += 1;
    }
    let running = |l: &String| seen.get(&squash(l)).is_some_and(|n| *n >= 3);
    let all = lines.join("\n");
    if lines
        .iter()
        .any(|l| running(l) && dates::find_term(l).is_some())
    {
        let kept: Vec<&str> = lines
            .iter()
            .map(|l| if running(l) { "" } else { l.as_str() })
            .collect();
        if let Some(t) = dates::find_term(&kept.join("\n")) {
            return Some(t);
        }
    }
    dates::find_term(&all)
}

impl Context {
    /// The context of a document: the term (the options', the one named, or one guessed from
    /// the first date with a year) and the order of its slash dates.
    pub(super) fn settle(lines: &[String], laid_out: &[Option<Line>], opts: &ParseOptions) -> Self {
        let named = opts.term.or_else(|| named_term(lines));
        let mut cx = Context {
            term: named,
            order: DateOrder::Mdy,
            warnings: Vec::new(),
            kind_codes: super::rows::kind_codes(lines),
            cell_codes: super::cell_codes::legend(lines),
            term_year_over_written: false,
            standing_due: super::standing_due::find(lines.iter().map(String::as_str)),
            due_hour: super::standing_due::find_hour(lines.iter().map(String::as_str)),
        };
        let guessed_from = cx.warnings.len();
        if named.is_none() {
            cx.infer_term(lines);
        }
        let guessed = guessed_from..cx.warnings.len();
        // Slash dates are settled for the whole document at once, so one row cannot read
        // 4 Oct and the next Apr 10.
        let found = slash_dates(laid_out);
        if let Some(&(a, b, sep)) = found.first() {
            let slashes: Vec<(u32, u32)> = found.iter().map(|&(a, b, _)| (a, b)).collect();
            let dotted = found.iter().all(|&(_, _, s)| s == '.');
            let (order, why) = decide_order(&slashes, cx.term, opts.date_order, dotted);
            cx.order = order;
            let example = if sep == '.' {
                format!("{a:02}.{b:02}")
            } else {
                format!("{a}/{b}")
            };
            cx.warn(0, format!("numeric dates such as {example} read {why}"));
        }
        if opts.term.is_none() && named.is_some() {
            cx.set_aside_other_offering(lines);
        }
        let guessed = super::new_year::settle(&mut cx, lines, guessed);
        // A document that tells no year is read in the term nearest the day of the run; the
        // weekdays beside its dates, when it writes them, then pick the nearest year they fit.
        let (guessed, from_today) = match opts.today.filter(|_| cx.term.is_none()) {
            Some(today) => (super::near_today::settle(&mut cx, lines, today), true),
            None => (guessed, false),
        };
        super::weekday_year::settle(&mut cx, lines, opts.term.is_some(), guessed, from_today);
        if let Some(t) = cx.term.filter(|_| named.is_some()) {
            cx.check_term(t, lines, opts.term.is_none());
        }
        cx
    }

    /// A term named or given whose months the dates do not fit, and dates whose written
    /// year contradicts it, are said (the written year is kept). A term the document names
    /// (`written`) whose dates all fit another season of its year ("Fall 2019" over dates from
    /// May to August) is read as that season: the year it writes stands, and no date moves to
    /// the next year; a term given by the user is only warned about.
    fn check_term(&mut self, t: Term, lines: &[String], written: bool) {
        let found: Vec<(usize, String, RawDate)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                let (at, span) = dates::find_date(l)?;
                let text = l.get(at..at + span.len).unwrap_or("").to_string();
                Some((i + 1, text, span.start))
            })
            .collect();
        let months: Vec<u32> = found
            .iter()
            .filter_map(|(_, _, raw)| self.month_of(*raw))
            .collect();
        if let Some(mut better) = plausibility::better_term(t, &months) {
            // Dates that write their year say which year the better term is.
            if let Some((m, y)) = found
                .iter()
                .find_map(|(_, _, raw)| Some((self.month_of(*raw)?, written_year(*raw)?)))
            {
                better.year += y - better.year_for_month(m);
            }
            let outside = months.iter().filter(|m| !t.core_month(**m)).count();
            if written && better.year == t.year {
                self.term = Some(better);
                self.warn(0, format!("the document names {t}, but {outside} of {} dates fall outside its months; these dates fit {better}, and are read as in it; set term in the course file if that is wrong", months.len()));
            } else {
                self.warn(0, format!("the term is {t}, but {outside} of {} dates fall outside its months; these dates fit {better}; check --term or the course file's term", months.len()));
            }
        }
        let contradicting: Vec<&(usize, String, RawDate)> = found
            .iter()
            .filter(
                |(_, _, raw)| match (self.month_of(*raw), written_year(*raw)) {
                    (Some(m), Some(y)) => t.year_for_month(m) != y,
                    _ => false,
                },
            )
            .collect();
        let Some((line, text, _)) = contradicting.first() else {
            return;
        };
        let more = match contradicting.len() - 1 {
            0 => String::new(),
            n => format!(", nor do {n} more"),
        };
        let with_year = found
            .iter()
            .filter(|(_, _, raw)| written_year(*raw).is_some())
            .count();
        let raws: Vec<RawDate> = contradicting.iter().map(|(_, _, r)| *r).collect();
        let weekends = |raws: &[RawDate], term: Option<Term>| {
            raws.iter()
                .filter_map(|r| resolve(*r, term, self.order).ok())
                .filter(|d| d.weekday().number_from_monday() > 5)
                .count()
        };
        let as_written = weekends(&raws, None);
        let moved: Vec<RawDate> = raws.iter().map(|r| without_year(*r)).collect();
        // Every written year contradicts the term, and those years put classes on weekends
        // that the term's year puts on weekdays: the year is a slip (a template from last
        // year), the term is meant. A deadline may fall on a Sunday in the term's year too
        // (`Project 3 due` on 11/17), so a fourth as many weekend dates as written still is.
        let in_term = weekends(&moved, Some(t));
        if contradicting.len() == with_year
            && raws.len() >= MIN_DATES_FOR_YEAR_SLIP
            && 3 * as_written >= raws.len()
            && 4 * in_term <= as_written
        {
            self.term_year_over_written = true;
            let held = match in_term {
                0 => "every one falls on a weekday".to_string(),
                1 => "only one falls on a weekend".to_string(),
                n => format!("only {n} fall on a weekend"),
            };
            self.warn(*line, format!("\"{text}\" has a year that does not fit {t}{more}; they are read in {t}, where {held} ({as_written} of {} fall on a weekend as written); check the dates", raws.len()));
        } else {
            self.warn(*line, format!("\"{text}\" has a year that does not fit {t}{more}; the written year is used; check the term"));
        }
    }

    /// A term the document names in passing for another offering: its written years and
    /// weekdays all hold a whole number of years away, so that term is read (see
    /// `other_offering`).
    fn set_aside_other_offering(&mut self, lines: &[String]) {
        let Some(named) = self.term else {
            return;
        };
        if let Some(t) = super::other_offering::better(lines, named, self.order) {
            self.term = Some(t);
            self.warn(0, format!("the document names {named}, but every date that writes its year and every weekday written beside a date holds in {t}, not in it (it names another offering); dates are read as in {t}; pass --term or set term in the course file if that is wrong"));
        }
    }

    /// The month of a written date, once the document's order is settled.
    fn month_of(&self, raw: RawDate) -> Option<u32> {
        let m = match raw {
            RawDate::Known { month, .. } => month,
            RawDate::Slash { a, b, .. } => match self.order {
                DateOrder::Mdy => a,
                DateOrder::Dmy => b,
            },
        };
        (1..=12).contains(&m).then_some(m)
    }

    /// No term named: the term of the first date with a year, or of a year standing alone
    /// in a heading ("Schedule 2025") with the month of the first date; said in a warning.
    fn infer_term(&mut self, lines: &[String]) {
        if let Some((line, year)) = super::title_year::title_year(lines)
            && let Some((first, month)) = first_month(lines).or_else(|| any_month(lines))
        {
            let t = dates::term_from_date(month, year);
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from the year {year} in the title and the month of the first date (line {first}); pass --term or set term in the course file if that is wrong"));
        } else if let Some((line, t)) = term_from_first_year(lines) {
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from the first date that has one; set term in the course file if that is wrong"));
        } else if let Some((line, year, code)) = super::term_codes::code_year(lines)
            && let Some((first, month)) = first_month(lines)
        {
            let t = dates::term_from_date(month, year);
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from the year of the term code {code} on this line and the month of the first date (line {first}); pass --term or set term in the course file if that is wrong"));
        } else if let Some((line, year)) = heading_year(lines)
            && let Some((first, month)) = first_month(lines)
        {
            let t = dates::term_from_date(month, year);
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from the year {year} in this heading and the month of the first date (line {first}); set term in the course file if that is wrong"));
        } else if let Some((line, month, year)) = any_dated_year(lines) {
            let month = first_month(lines).map_or(month, |(_, m)| m);
            let t = dates::term_from_date(month, year);
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from the year {year} of the date on this line and the month of the first date; set term in the course file if that is wrong"));
        } else if let Some((line, year)) = only_year(lines)
            && let Some((first, month)) = first_month(lines)
        {
            let t = dates::term_from_date(month, year);
            self.term = Some(t);
            self.warn(line, format!("no term is named; dates without a year are read as in {t}, from {year}, the only year the document writes (on this line), and the month of the first date (line {first}); set term in the course file if that is wrong"));
        }
    }

    pub(super) fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(Warning {
            line,
            message: message.into(),
        });
    }

    /// Reads the document in `term` from now on, in place of a term guessed earlier: the
    /// warnings about the guess (`guessed`) give way to `said`, which tells what is read and
    /// why. Returns where that warning is, for a later stage that may replace it in turn.
    pub(super) fn replace_term(
        &mut self,
        guessed: std::ops::Range<usize>,
        term: Term,
        said: String,
    ) -> std::ops::Range<usize> {
        self.warnings.drain(guessed);
        self.term = Some(term);
        self.warn(0, said);
        self.warnings.len() - 1..self.warnings.len()
    }

    /// The day a written date names; `text` is the date as written, for the error.
    pub(super) fn date(
        &self,
        line: usize,
        raw: RawDate,
        text: &str,
    ) -> Result<NaiveDate, SyllabusError> {
        let raw = if self.term_year_over_written {
            without_year(raw)
        } else {
            raw
        };
        resolve(raw, self.term, self.order).map_err(|p| match p {
            DateProblem::NoYear => SyllabusError::NoYear {
                line,
                text: text.to_string(),
            },
            DateProblem::NoSuchDay { year } => SyllabusError::NoSuchDay {
                line,
                text: text.to_string(),
                year,
            },
            DateProblem::BadMonth => SyllabusError::NoSuchMonth {
                line,
                text: text.to_string(),
            },
        })
    }

    /// The day of an activity in a row dated `row_date`: its own date, the weekday it names
    /// ("due Fri" in a Tuesday row: the Friday of that week, or the next one), or the row's.
    pub(super) fn activity_day(
        &self,
        line: usize,
        act: &Activity,
        row_date: NaiveDate,
    ) -> Result<NaiveDate, SyllabusError> {
        match (act.date, act.weekday) {
            (Some(span), _) => self.date(
                line,
                span.start,
                act.date_text.as_deref().unwrap_or(&act.label),
            ),
            (None, Some(wd)) => {
                let ahead = (7 + i64::from(wd.num_days_from_monday())
                    - i64::from(row_date.weekday().num_days_from_monday()))
                    % 7;
                Ok(row_date + Duration::days(ahead))
            }
            (None, None) => Ok(row_date),
        }
    }
}

#[cfg(test)]
impl Context {
    /// A context for tests: the term named in `term` (none for ""), month-first slash dates.
    pub(super) fn for_term(term: &str) -> Self {
        Context {
            term: dates::find_term(term),
            order: DateOrder::Mdy,
            warnings: Vec::new(),
            kind_codes: std::collections::BTreeMap::new(),
            cell_codes: std::collections::BTreeMap::new(),
            term_year_over_written: false,
            standing_due: None,
            due_hour: None,
        }
    }
}

/// No term named, but dates with their year ("Tuesday, January 9, 2024"): the term of the
/// first, with its line.
fn term_from_first_year(lines: &[String]) -> Option<(usize, Term)> {
    lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| match dates::find_date(l) {
            Some((
                _,
                DateSpan {
                    start:
                        RawDate::Known {
                            month,
                            year: Some(y),
                            ..
                        },
                    ..
                },
            )) => Some((i + 1, dates::term_from_date(month, y))),
            _ => None,
        })
}

/// Any date anywhere with its year ("Du 09/10/2023 au 13/10/2023", "rev. 1 March 2024"),
/// with its line and a month (day first where a slash date cannot tell). Where dates write
/// different years, the year most of them write wins (the first date of that year gives the
/// line and month): a browser's print stamp (`11/30/26, 7:22 PM`) heads every page of a
/// printed schedule whose rows each write theirs.
fn any_dated_year(lines: &[String]) -> Option<(usize, u32, i32)> {
    let mut found: Vec<(usize, u32, i32)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let mut rest = l.as_str();
        while let Some((at, span)) = dates::find_date(rest) {
            let month = match span.start {
                RawDate::Known { month, .. } => month,
                RawDate::Slash { a, b, .. } if b > 12 => a,
                RawDate::Slash { b, .. } => b,
            };
            if let Some(y) = written_year(span.start).filter(|y| (1900..2100).contains(y))
                && (1..=12).contains(&month)
            {
                found.push((i + 1, month, y));
            }
            let Some(next) = rest.get(at + span.len.max(1)..) else {
                break;
            };
            rest = next;
        }
    }
    let count = |y: i32| found.iter().filter(|f| f.2 == y).count();
    let most = found.iter().map(|f| count(f.2)).max()?;
    found.iter().copied().find(|f| count(f.2) == most)
}

/// Fewest dates whose written year, all contradicting the term, is read as a slip.
const MIN_DATES_FOR_YEAR_SLIP: usize = 4;

/// The date without its written year.
fn without_year(raw: RawDate) -> RawDate {
    match raw {
        RawDate::Known { month, day, .. } => RawDate::Known {
            month,
            day,
            year: None,
        },
        RawDate::Slash { a, b, .. } => RawDate::Slash { a, b, year: None },
    }
}

fn written_year(raw: RawDate) -> Option<i32> {
    match raw {
        RawDate::Known { year, .. } | RawDate::Slash { year, .. } => year,
    }
}

/// Whether a term's months fit a document's dates.
mod plausibility {
    use crate::model::{Season, Term};

    /// Another term the dates' months fit clearly better than `t`'s, if the dates (at least
    /// three) mostly fall outside `t`'s months: "Spring 2023" for dates from October to
    /// January gives Fall 2022.
    pub(super) fn better_term(t: Term, months: &[u32]) -> Option<Term> {
        if months.len() < 3 {
            return None;
        }
        let fits = |s: Season| {
            let c = Term {
                season: s,
                year: t.year,
            };
            months.iter().filter(|m| c.core_month(**m)).count()
        };
        let own = fits(t.season);
        if own * 2 >= months.len() {
            return None;
        }
        let best = [Season::Fall, Season::Spring, Season::Summer, Season::Winter]
            .into_iter()
            .max_by_key(|s| fits(*s))?;
        let better = Term {
            season: best,
            year: match (t.season, best) {
                (Season::Spring | Season::Winter, Season::Fall) => t.year - 1,
                (Season::Fall, Season::Spring | Season::Winter) => t.year + 1,
                _ => t.year,
            },
        };
        // Only worth saying where the other term puts some date in another year.
        let moves = months
            .iter()
            .any(|m| better.year_for_month(*m) != t.year_for_month(*m));
        (fits(best) > own * 2 && moves).then_some(better)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn term(s: &str) -> Term {
            crate::syllabus::dates::find_term(s).unwrap()
        }

        #[test]
        fn a_spring_term_for_dates_from_october_to_january_is_fall_of_the_year_before() {
            let got = better_term(term("Spring 2023"), &[10, 10, 11, 11, 12, 1]);
            assert_eq!(got.map(|t| t.to_string()).as_deref(), Some("Fall 2022"));
        }

        #[test]
        fn dates_that_mostly_fit_the_term_raise_nothing() {
            assert_eq!(
                better_term(term("Fall 2022"), &[10, 10, 11, 12, 1, 2]),
                None
            );
            assert_eq!(
                better_term(term("Spring 2024"), &[1, 2]),
                None,
                "too few to tell"
            );
            // A German summer semester (April to July) is dated the same as a spring term.
            assert_eq!(better_term(term("Summer 2025"), &[4, 4, 5, 5, 6, 7]), None);
        }
    }
}

/// A plausible year standing alone.
static LONE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)[0-9]{2}\b").unwrap());

/// A year standing alone in a heading (a Markdown heading, or one of the first lines),
/// with its line: "# Schedule 2025", "Course plan 2024".
fn heading_year(lines: &[String]) -> Option<(usize, i32)> {
    let firsts = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(3);
    let headings = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with('#'));
    firsts.chain(headings).find_map(|(i, l)| {
        let years: Vec<_> = LONE_YEAR.find_iter(l).collect();
        let lone =
            years.len() == 1 && l.trim().chars().count() <= 60 && dates::find_date(l).is_none();
        lone.then(|| Some((i + 1, years[0].as_str().parse().ok()?)))
            .flatten()
    })
}

/// The one year a document writes, wherever it stands (a footer's "© 2025"), with its first
/// line: none when it writes two different years, unless all but one of them stamp the
/// document (a copyright line, "last updated": "Semestre 2023" over a footer's "© 2021").
fn only_year(lines: &[String]) -> Option<(usize, i32)> {
    one_year(lines, |_| true).or_else(|| one_year(lines, |l| !super::title_year::stamps(l)))
}

/// The one year the lines `counted` keeps write, with its first line.
fn one_year(lines: &[String], counted: impl Fn(&str) -> bool) -> Option<(usize, i32)> {
    let mut found: Option<(usize, &str)> = None;
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| counted(l)) {
        for y in LONE_YEAR.find_iter(l).map(|m| m.as_str()) {
            match found {
                Some((_, seen)) if seen != y => return None,
                Some(_) => {}
                None => found = Some((i + 1, y)),
            }
        }
    }
    let (line, year) = found?;
    Some((line, year.parse().ok()?))
}

/// The month of the first date whose month is certain, with its line: a month name, or a
/// slash date with a number above 12 ("27/10").
fn first_month(lines: &[String]) -> Option<(usize, u32)> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let month = match dates::find_date(l)?.1.start {
            RawDate::Known { month, .. } => month,
            RawDate::Slash { a, b, .. } if a > 12 => b,
            RawDate::Slash { a, b, .. } if b > 12 => a,
            RawDate::Slash { .. } => return None,
        };
        (1..=12).contains(&month).then_some((i + 1, month))
    })
}

/// The month of the first date that tells its month surely, else of the first date read
/// month first.
pub(super) fn first_month_any(lines: &[String]) -> Option<(usize, u32)> {
    first_month(lines).or_else(|| any_month(lines))
}

/// The month of the first date, a slash date read month first: for a year that holds for a
/// whole document, where no date says its month surely.
fn any_month(lines: &[String]) -> Option<(usize, u32)> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let month = match dates::find_date(l)?.1.start {
            RawDate::Known { month, .. } | RawDate::Slash { a: month, .. } => month,
        };
        (1..=12).contains(&month).then_some((i + 1, month))
    })
}

/// The two numbers of every numeric date without its month settled in the document's
/// cells ("10/04/2022", "07.04"), with the character between them.
fn slash_dates(laid_out: &[Option<Line>]) -> Vec<(u32, u32, char)> {
    laid_out
        .iter()
        .flatten()
        .flat_map(|l| &l.cells)
        .filter_map(|c| match dates::find_date(c) {
            Some((
                at,
                DateSpan {
                    start: RawDate::Slash { a, b, .. },
                    len,
                    ..
                },
            )) => {
                let written = c.get(at..at + len).unwrap_or("");
                Some((a, b, if written.contains('/') { '/' } else { '.' }))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::activity::parse_cell;

    fn fall_2022() -> Context {
        Context::for_term("Fall 2022")
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, d).unwrap()
    }

    fn settle(text: &str) -> Context {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        Context::settle(
            &lines,
            &crate::syllabus::layout::read(&lines),
            &ParseOptions::default(),
        )
    }

    #[test]
    fn a_term_is_guessed_from_the_first_date_with_a_year_and_said() {
        let cx = settle("Intro\nTuesday, January 9, 2024\tIntro");
        assert_eq!(
            cx.term.map(|t| t.to_string()).as_deref(),
            Some("Spring 2024")
        );
        assert_eq!(cx.warnings.len(), 1);
        assert_eq!(cx.warnings[0].line, 2);
    }

    #[test]
    fn slash_dates_are_ordered_for_the_whole_document() {
        let cx = settle("Fall 2022\n1\t4/10\tIntro\n2\t25/10\tMore");
        assert_eq!(cx.order, DateOrder::Dmy);
        assert_eq!(cx.warnings[0].line, 0);
    }

    #[test]
    fn a_weekday_deadline_falls_on_that_day_of_the_rows_week_or_the_next() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("HW1 due Fri");
        // Tuesday Oct 4: Friday Oct 7.
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 4)), Ok(day(10, 7)));
        // Saturday Oct 8: Friday Oct 14.
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 8)), Ok(day(10, 14)));
    }

    #[test]
    fn an_activity_with_its_own_date_keeps_it() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("Hw1 given Oct 5");
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 4)), Ok(day(10, 5)));
    }

    #[test]
    fn an_impossible_date_is_an_error_with_its_line() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("Hw1 due Feb 30");
        assert!(matches!(
            cx.activity_day(7, &acts[0], day(10, 4)),
            Err(SyllabusError::NoSuchDay { line: 7, .. })
        ));
    }
}

#[cfg(test)]
mod year_tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(String::from).collect()
    }

    #[test]
    fn a_year_is_found_on_any_date_of_any_line_even_after_a_date_without_one() {
        assert_eq!(
            any_dated_year(&lines("Intro\nfrom 9 Oct to 13/10/2023\n")),
            Some((2, 10, 2023))
        );
        assert_eq!(any_dated_year(&lines("Oct 9 Intro\nOct 10 Trees")), None);
    }

    #[test]
    fn the_year_most_dates_write_beats_a_print_stamp_above_them() {
        let printed =
            lines("11/30/26, 7:22 PM   Schedule\nM 09-26-2022  Tools\nW 09-28-2022  Lists\n");
        assert_eq!(any_dated_year(&printed), Some((2, 9, 2022)));
    }

    #[test]
    fn the_one_year_besides_a_copyright_names_the_course_and_a_copyright_alone_still_does() {
        let footer = lines(
            "7 March Intro
Statistics (Semester 2023)
Content © 2021 A. Author",
        );
        assert_eq!(only_year(&footer), Some((2, 2023)));
        assert_eq!(
            only_year(&lines(
                "7 March Intro
© 2021 A. Author"
            )),
            Some((2, 2021))
        );
        assert_eq!(
            only_year(&lines(
                "7 March Intro
In 2021 and 2023"
            )),
            None
        );
    }
}
