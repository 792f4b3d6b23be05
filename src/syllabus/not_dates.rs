//! A number written like a date that is no date ("4.26." of an exercise list, read as day 4
//! of month 26; "4.31") does not refuse a document that has a dated schedule: it is set aside,
//! the rest is read again, and a warning names the line and says what to fix. A date written
//! with its month's name ("Feb 30") is surely meant as one and still refuses, as does a
//! document whose numbers keep failing.

use super::error::SyllabusError;
use crate::model::Warning;

/// How many dates one document may set aside before its error stands: a handful of
/// numbers that look like dates in prose; more means the dates are misread as a whole.
const MOST_SET_ASIDE: usize = 8;

/// The result of `read` on `text`, reading it again without each date that is no date.
pub(super) fn read_setting_aside<T>(
    text: &str,
    mut read: impl FnMut(&str) -> Result<T, SyllabusError>,
    warnings: impl Fn(&mut T) -> &mut Vec<Warning>,
) -> Result<T, SyllabusError> {
    let mut text = text.to_string();
    let mut set_aside: Vec<Warning> = Vec::new();
    loop {
        let err = match read(&text) {
            Ok(mut parsed) => {
                warnings(&mut parsed).extend(set_aside);
                return Ok(parsed);
            }
            Err(e) => e,
        };
        let (SyllabusError::NoSuchMonth { line, text: date }
        | SyllabusError::NoSuchDay {
            line, text: date, ..
        }) = &err
        else {
            return Err(err);
        };
        // "Feb 30" is a date written wrong, for its author to fix; "4.26." may be no date.
        if set_aside.len() >= MOST_SET_ASIDE || !numeric(date) {
            return Err(err);
        }
        let Some(without) = without_date(&text, *line, date) else {
            return Err(err);
        };
        text = without;
        set_aside.push(Warning {
            line: *line,
            message: format!("set aside: {err}; the rest of the syllabus is read without it"),
        });
    }
}

/// Whether a date is written in numbers only ("4.26.", "2/30"), as section and exercise
/// numbers are; a month written by name makes it surely meant as a date.
fn numeric(date: &str) -> bool {
    date.chars().any(|c| c.is_ascii_digit())
        && date
            .chars()
            .all(|c| c.is_ascii_digit() || ".-/ ".contains(c))
}

/// `text` with the date `date` on line `line` (1-based) blanked: its first occurrence there
/// becomes spaces, so that columns keep their places; the whole line when the date is not
/// found as written. `None` when the line does not exist or holds nothing to blank.
fn without_date(text: &str, line: usize, date: &str) -> Option<String> {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    let target = lines.get_mut(line.checked_sub(1)?)?;
    let blanked = match target.find(date).filter(|_| !date.is_empty()) {
        Some(at) => {
            let mut t = target.clone();
            t.replace_range(at..at + date.len(), &" ".repeat(date.chars().count()));
            t
        }
        None => String::new(),
    };
    if blanked == *target {
        return None;
    }
    *target = blanked;
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(line: usize, text: &str) -> SyllabusError {
        SyllabusError::NoSuchMonth {
            line,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_date_that_is_no_date_is_blanked_and_the_text_read_again_with_a_warning() {
        let mut seen = Vec::new();
        let read = |t: &str| {
            seen.push(t.to_string());
            if t.contains("4.26.") {
                Err(month(2, "4.26."))
            } else {
                Ok(Vec::new())
            }
        };
        let got = read_setting_aside("Sep 6 Sets\nDo 4.26. now", read, |w| w).unwrap();
        assert_eq!(
            seen.last().map(String::as_str),
            Some("Sep 6 Sets\nDo       now")
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].line, 2);
        assert!(
            got[0].message.contains("\"4.26.\" is not a date"),
            "{}",
            got[0].message
        );
    }

    #[test]
    fn other_errors_and_too_many_bad_dates_still_refuse() {
        let year = |_: &str| -> Result<Vec<Warning>, _> {
            Err(SyllabusError::NoYear {
                line: 1,
                text: "Oct 4".into(),
            })
        };
        assert!(matches!(
            read_setting_aside("Oct 4", year, |w| w),
            Err(SyllabusError::NoYear { .. })
        ));
        let typo = |_: &str| -> Result<Vec<Warning>, _> {
            Err(SyllabusError::NoSuchDay {
                line: 1,
                text: "Feb 30".into(),
                year: 2023,
            })
        };
        assert!(matches!(
            read_setting_aside("Feb 30 Loops", typo, |w| w),
            Err(SyllabusError::NoSuchDay { .. })
        ));
        // Every line has its bad date: after the most that may be set aside, the error stands.
        let text = (1..=12)
            .map(|i| format!("{i}.40."))
            .collect::<Vec<_>>()
            .join("\n");
        let first_bad = |t: &str| -> Result<Vec<Warning>, _> {
            let (i, l) = t
                .split('\n')
                .enumerate()
                .find(|(_, l)| l.contains(".40."))
                .expect("a bad date is left");
            Err(month(i + 1, l.trim()))
        };
        assert!(matches!(
            read_setting_aside(&text, first_bad, |w| w),
            Err(SyllabusError::NoSuchMonth { line: 9, .. })
        ));
    }
}
