//! The weekday written in front of a date ("Tue Oct 4", "Pzt, 4 Ekim", "Fri., 21.2"), read
//! by hand: every date reader starts here, so it sits below both `dates` and `month_day`.

use std::sync::LazyLock;

use super::fold::{Words, leading_spaces, starts_with_folded};
use super::lexicon::{
    WEEKDAYS_BEFORE_DATE_ONLY, WEEKDAYS_DE, WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_EU,
    WEEKDAYS_EU_SHORT, WEEKDAYS_TR,
};

/// The weekday names that may stand in front of a date.
pub(super) fn weekdays_before_a_date() -> impl Iterator<Item = &'static str> {
    [
        WEEKDAYS_EN,
        WEEKDAYS_EN_SHORT,
        WEEKDAYS_TR,
        WEEKDAYS_BEFORE_DATE_ONLY,
        WEEKDAYS_DE,
        WEEKDAYS_EU,
        WEEKDAYS_EU_SHORT,
    ]
    .into_iter()
    .flatten()
    .map(|(w, _)| *w)
}

/// The weekday names of [`weekdays_before_a_date`], as the alternation `dates::WEEKDAY_RE` tries them.
static WEEKDAY_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(weekdays_before_a_date()));

/// Bytes of an optional weekday in front of a date, with its dot, comma and spaces ("Tue ",
/// "Pzt, ", "Mon., "): what `(?i)^{WEEKDAY_RE}` (in `dates`) matches, 0 when nothing. No weekday name holds
/// a dot, a comma or a space, so at most one name can be followed by them: the order in which
/// the names are tried does not change the answer.
pub(super) fn weekday_prefix(text: &str) -> usize {
    if !text.starts_with(char::is_alphabetic) {
        return 0;
    }
    WEEKDAY_WORDS
        .at(text)
        .iter()
        .find_map(|w| {
            let mut end = starts_with_folded(text, w)?;
            end += usize::from(text[end..].starts_with('.'));
            end += usize::from(text[end..].starts_with(','));
            let spaces = leading_spaces(&text[end..]);
            // Spreadsheet and Org tables join the weekday to its date: "Mon-24-Jan".
            if spaces == 0
                && text[end..].starts_with('-')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                return Some(end + 1);
            }
            // A heading's weekday set off by a dash: "Tuesday - 8/26/25", "Thu – Sep 4".
            let after = &text[end + spaces..];
            if spaces > 0
                && let Some(dash) = ['-', '–', '—'].into_iter().find(|d| after.starts_with(*d))
            {
                let gap = leading_spaces(&after[dash.len_utf8()..]);
                if gap > 0 {
                    return Some(end + spaces + dash.len_utf8() + gap);
                }
            }
            // A one-letter day code in capitals joined to a month-first date with its slash,
            // as a compact Day column writes it: "W10/02", "M10/07", "R11/14" ("W1 Sep" is
            // week 1).
            let joined = spaces == 0
                && w.len() == 1
                && text.starts_with(|c: char| c.is_ascii_uppercase())
                && {
                    let digits = text[end..].bytes().take_while(u8::is_ascii_digit).count();
                    (1..=2).contains(&digits)
                        && text[end + digits..].starts_with('/')
                        && text[end + digits + 1..].starts_with(|c: char| c.is_ascii_digit())
                };
            (spaces > 0 || joined).then_some(end + spaces)
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekday_set_off_by_a_dash_is_the_dates_prefix() {
        assert_eq!(weekday_prefix("Tuesday - 8/26/25"), "Tuesday - ".len());
        assert_eq!(weekday_prefix("Thu – Sep 4"), "Thu – ".len());
        assert_eq!(weekday_prefix("Mon-24-Jan"), "Mon-".len());
        assert_eq!(weekday_prefix("Tue Oct 4"), "Tue ".len());
        // A dash that touches its word is not a separator, and a range is no prefix.
        assert_eq!(weekday_prefix("Monday -8/26"), "Monday ".len());
        assert_eq!(weekday_prefix("Topics - 8/26"), 0);
        assert_eq!(weekday_prefix("W10/02"), 1);
        assert_eq!(weekday_prefix("w10/02"), 0);
        assert_eq!(weekday_prefix("Wed10/02"), 0);
        assert_eq!(weekday_prefix("W1 Sep 3"), 0);
        assert_eq!(weekday_prefix("W12"), 0);
    }
}
