//! A row that names more meetings of its week right after its date (`Week 1 April 4 & 6`,
//! `Jan. 24 & 26: Guest speaker`, `Sep 3, 5, and 7`, `May 30 & June 1`): each named day is a
//! meeting of the row. Read before, the first day took the row and the others were lost in
//! its topic ("& 6 The Tangent Problem").

use chrono::NaiveDate;

use crate::syllabus::dates::{DateSpan, RawDate, parse_date_prefix, weekday};
use crate::syllabus::lexicon::{DATE_AND_WORDS, HOUR_MARK_WORDS};

/// The days of one week: a list reaching further is no week's meetings.
const WEEK_SPAN_DAYS: i64 = 6;

/// The row's days when the text after its date (`rest`) goes on with more days of the same
/// week, joined by `&`, a comma or an "and" word: all the days (the first being `first`,
/// written `date_text`, which may have taken the list's first comma) and the text after the
/// list. None when `rest` names no further day.
pub(super) fn after_date(
    first: &DateSpan,
    date_text: &str,
    rest: &str,
) -> Option<(Vec<DateSpan>, String)> {
    // A weekday in brackets after the date (`09/04 (Mon), 09/06 (Wed)`) names the same day.
    let (rest, dated_weekday) = skip_weekday(rest);
    // Cheap test first: a list goes on with a joiner, or (its first comma taken with the
    // date) with a bare day and a joiner after it: then at least three days are needed.
    let lead = rest.trim_start();
    let joined = lead.starts_with(['&', ',', '+']) || starts_with_and_word(lead);
    // A whole date right after the first (`Oct 2, Oct 7: Sorting`, its comma read with the
    // first date) goes on the list as a bare day does; one led by its weekday (`Week 1 - T
    // 9/1, Th 9/3`) is a week's heading listing its days, read as the week's span.
    let lead_word = lead.split_whitespace().next().unwrap_or("");
    let whole_next = parse_date_prefix(lead).is_some()
        && weekday(lead_word.trim_end_matches(['.', ','])).is_none();
    let comma_lost = !joined
        && (date_text.trim_end().ends_with(',')
            || lead.starts_with(|c: char| c.is_ascii_digit())
            || whole_next);
    if !joined && !comma_lost {
        return None;
    }
    let with_comma;
    let rest = if comma_lost {
        with_comma = format!(", {lead}");
        with_comma.as_str()
    } else {
        rest
    };
    if first.end.is_some() {
        return None;
    }
    let mut spans = vec![*first];
    let mut text = rest;
    // Days written whole, with their month (`1/10`, `Jan 10`), not bare (`10`).
    let mut whole = 0;
    // Every day so far carries its weekday: each is a day of the calendar, not a number, and
    // the list may name a day of the next week too (`10/02 (Mon), 10/04 (Wed), 10/09 (Mon)`).
    let mut all_weekdays = dated_weekday;
    while let Some(after) = joiner(text) {
        let Some((span, len)) = next_day(spans.last()?, after) else {
            break;
        };
        let (left, named) = skip_weekday(&after[len..]);
        all_weekdays &= named;
        // A second whole date may also be the same weekday a week on (`Aula 7 e 8 - (03/04 e
        // 10/04)`: a weekly course's next meeting).
        let reach = if all_weekdays {
            2 * WEEK_SPAN_DAYS + 1
        } else if spans.len() == 1 && parse_date_prefix(after).is_some() {
            WEEK_SPAN_DAYS + 1
        } else {
            WEEK_SPAN_DAYS
        };
        if !within_days(first, &span, reach) {
            return None;
        }
        whole += usize::from(parse_date_prefix(after).is_some());
        spans.push(span);
        text = left;
    }
    // With the first comma taken by the date, a bare day needs a third to be a list
    // ("Jan 5, 2 problem sets"); a whole date is one ("1/8, 1/10, Introduction").
    // A bare day that ends its cell (the text's end, a tab, a column's gap of spaces) is
    // no count of things: "Jan 22, 24" alone in its column is a list of two.
    let fewest = if comma_lost && whole == 0 && !ends_cell(text) {
        3
    } else {
        2
    };
    (spans.len() >= fewest).then(|| {
        // The bracket that closes a list the lead opened (`Aula 4 e 5 - (20/03 e 27/03) Topic`).
        let topic = text
            .trim_start_matches([':', '-', '–', ',', ';', ' ', ')', ']'])
            .trim();
        (spans, topic.to_string())
    })
}

/// Whether `text` (what follows a list's last day) opens with the end of its cell.
fn ends_cell(text: &str) -> bool {
    text.is_empty() || text.starts_with('\t') || text.starts_with("  ")
}

/// `text` without a weekday in brackets at its start (` (Mon)`, ` (Wed.)`), and whether one
/// was there.
fn skip_weekday(text: &str) -> (&str, bool) {
    let lead = text.trim_start();
    let Some(inner) = lead.strip_prefix('(') else {
        return (text, false);
    };
    let Some(close) = inner.find(')') else {
        return (text, false);
    };
    if weekday(inner[..close].trim()).is_none() {
        return (text, false);
    }
    (&inner[close + 1..], true)
}

fn starts_with_and_word(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    DATE_AND_WORDS.contains(&word)
}

/// The text after a list's joiner (`, `, ` & `, `, and `, ` and `), or None without one.
fn joiner(text: &str) -> Option<&str> {
    let mut t = text.trim_start();
    let mut joined = false;
    if let Some(r) = t.strip_prefix([',', '&', '+']) {
        t = r.trim_start();
        joined = true;
    }
    // ", &" and ", and": the comma before the last item joins nothing more.
    if let Some(r) = t.strip_prefix('&') {
        t = r.trim_start();
        joined = true;
    }
    let word = t.split_whitespace().next().unwrap_or("");
    if DATE_AND_WORDS.contains(&word) {
        t = t[word.len()..].trim_start();
        joined = true;
    }
    joined.then_some(t)
}

/// The next day of the list at the start of `text`, after `prev`: a whole date (`Jan 26`,
/// `1/26`) or a bare day of `prev`'s month (`26`, `26th`), and the bytes it took.
fn next_day(prev: &DateSpan, text: &str) -> Option<(DateSpan, usize)> {
    if let Some(span) = parse_date_prefix(text) {
        return (span.end.is_none() && later(&prev.start, &span.start)).then_some((span, span.len));
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let day: u32 = text[..digits].parse().ok()?;
    let mut len = digits;
    let after = &text[digits..];
    let suffix = ["st", "nd", "rd", "th"]
        .iter()
        .find(|s| after.starts_with(**s) && !after[2..].starts_with(char::is_alphabetic));
    if let Some(s) = suffix {
        len += s.len();
    }
    if !ends_a_day(&text[len..]) {
        return None;
    }
    let RawDate::Known {
        month,
        day: d0,
        year,
    } = prev.start
    else {
        return None;
    };
    (day > d0 && day <= 31).then_some((
        DateSpan {
            start: RawDate::Known { month, day, year },
            end: None,
            len,
        },
        len,
    ))
}

/// Whether a bare day ends where `after` starts: at the end, a cell's gap, punctuation that
/// closes it, another joiner or a capitalised word (a topic), and not a time (`6:30`, `6pm`,
/// `6 PM`, `6 Uhr`), a range or fraction of numbers (`6-8`, `6/7`) or a count (`6 problems`).
fn ends_a_day(after: &str) -> bool {
    let Some(c) = after.chars().next() else {
        return true;
    };
    if matches!(c, ':' | ';' | ')' | ',' | '&' | '|' | '\t') {
        return !after[1..].starts_with(|c: char| c.is_ascii_digit());
    }
    if c != ' ' {
        return false;
    }
    if after.starts_with("  ")
        || after.starts_with(" - ")
        || after.starts_with(" – ")
        || after[1..].starts_with([':', ';', ')', '|'])
    {
        return true;
    }
    let word = after[1..]
        .split(|c: char| !c.is_alphabetic() && c != '.')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if HOUR_MARK_WORDS.contains(&lower.trim_end_matches('.'))
        || HOUR_MARK_WORDS.contains(&lower.as_str())
    {
        return false;
    }
    DATE_AND_WORDS.contains(&word)
        || word.starts_with(char::is_uppercase)
        || after[1..].starts_with('&')
}

/// Whether `next` is a later day than `prev` (by the same reading of its numbers).
fn later(prev: &RawDate, next: &RawDate) -> bool {
    match (prev, next) {
        (
            RawDate::Known {
                month: m0, day: d0, ..
            },
            RawDate::Known { month, day, .. },
        ) => (month, day) > (m0, d0) || *m0 == 12 && *month == 1,
        // `1/24 & 1/26`: one number shared, the other later.
        (RawDate::Slash { a: a0, b: b0, .. }, RawDate::Slash { a, b, .. }) => {
            a0 == a && b > b0 || b0 == b && a > a0
        }
        _ => false,
    }
}

/// Whether `next` falls within `reach` days after `first` (a week's days: six), read in a year
/// of either's or a common one (the weekday does not matter here, only the distance).
fn within_days(first: &DateSpan, next: &DateSpan, reach: i64) -> bool {
    // Two numeric dates are read in the same order, either (`12/03 e 14/03` and `03/04 e
    // 10/04` day first, `1/24 & 1/26` month first): the document's order is settled later.
    [true, false]
        .into_iter()
        .any(|month_first| within_days_read(first, next, reach, month_first))
}

/// [`within_days`], numeric dates read month first or day first.
fn within_days_read(first: &DateSpan, next: &DateSpan, reach: i64, month_first: bool) -> bool {
    let day = |r: &RawDate, bump: bool| match *r {
        RawDate::Known { month, day, .. } => {
            NaiveDate::from_ymd_opt(2001 + i32::from(bump), month, day)
        }
        RawDate::Slash { a, b, .. } if month_first => NaiveDate::from_ymd_opt(2001, a, b),
        RawDate::Slash { a, b, .. } => NaiveDate::from_ymd_opt(2001, b, a),
    };
    let wraps = matches!(
        (&first.start, &next.start),
        (
            RawDate::Known { month: 12, .. },
            RawDate::Known { month: 1, .. }
        )
    );
    match (day(&first.start, false), day(&next.start, wraps)) {
        (Some(a), Some(b)) => (1..=reach).contains(&(b - a).num_days()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(text: &str) -> Option<(usize, String)> {
        let first = parse_date_prefix(text)?;
        after_date(&first, &text[..first.len], &text[first.len..]).map(|(s, t)| (s.len(), t))
    }

    #[test]
    fn day_first_numeric_dates_joined_by_an_and_word_are_meetings_up_to_a_week_apart() {
        assert_eq!(days("12/03 e 14/03 Moeda"), Some((2, "Moeda".into())));
        assert_eq!(days("03/04 e 10/04) Nash"), Some((2, "Nash".into())));
        assert_eq!(days("1/24 & 1/26 Review"), Some((2, "Review".into())));
        assert_eq!(days("03/04 e 17/04 Nash"), None);
    }

    #[test]
    fn a_second_day_of_the_month_after_an_ampersand_is_a_second_meeting() {
        assert_eq!(
            days("April 4 & 6  Limits of functions"),
            Some((2, "Limits of functions".into()))
        );
        assert_eq!(
            days("Jan. 24 & 26: Guest speaker"),
            Some((2, "Guest speaker".into()))
        );
        assert_eq!(
            days("Feb. 7 & 9 : Guest speaker"),
            Some((2, "Guest speaker".into()))
        );
    }

    #[test]
    fn three_days_with_commas_and_an_and_word_are_three_meetings() {
        assert_eq!(days("Sep 3, 5, and 7 Sets"), Some((3, "Sets".into())));
        assert_eq!(days("Sep 3, 5, & 7"), Some((3, String::new())));
        let first = parse_date_prefix("March 18, 20, & 21  Annealing");
        assert_eq!(first.as_ref().map(|s| s.len), Some(8), "{first:?}");
        assert_eq!(
            days("March 18, 20, & 21  Annealing"),
            Some((3, "Annealing".into()))
        );
        let first = parse_date_prefix("March 18").expect("a date");
        assert_eq!(
            after_date(&first, "March 18", "20, & 21 Annealing").map(|d| d.0.len()),
            Some(3)
        );
        assert_eq!(after_date(&first, "March 18", "20 students"), None);
        assert_eq!(after_date(&first, "March 18", "20, 2025"), None);
    }

    #[test]
    fn a_whole_second_date_after_a_comma_the_date_took_is_a_list_of_two() {
        // A table's date cell as a PDF's text gives it, its list wrapped after the comma.
        let first = parse_date_prefix("2/5, 2/7,  Queues").expect("a date");
        assert_eq!(
            after_date(&first, "2/5,", " 2/7,  Queues"),
            Some((
                vec![first, parse_date_prefix("2/7").expect("a date")],
                "Queues".into()
            ))
        );
        // A bare day still needs a third: "Oct 4, 2 problem sets" lists nothing.
        let first = parse_date_prefix("Oct 4").expect("a date");
        assert_eq!(after_date(&first, "Oct 4,", " 6 Trees"), None);
    }

    #[test]
    fn a_whole_date_after_a_comma_read_with_the_first_is_a_second_meeting() {
        // A list item `- Oct 2, Oct 7: Sorting` whose comma went with the first date.
        let first = parse_date_prefix("Oct 2").expect("a date");
        assert_eq!(
            after_date(&first, "Oct 2", " Oct 7: Sorting"),
            Some((
                vec![first, parse_date_prefix("Oct 7").expect("a date")],
                "Sorting".into()
            ))
        );
        // A week's heading naming its days by weekday is the week's span, read elsewhere.
        let first = parse_date_prefix("9/1").expect("a date");
        assert_eq!(after_date(&first, "9/1", " Th 9/3"), None);
    }

    #[test]
    fn two_bare_days_ending_their_column_are_a_list_of_two() {
        // An aligned text table's date column: "Jan 22, 24" then the gap before the topic.
        let first = parse_date_prefix("Jan 22").expect("a date");
        assert_eq!(
            after_date(&first, "Jan 22,", " 24      Matrices").map(|d| (d.0.len(), d.1)),
            Some((2, "Matrices".into()))
        );
        assert_eq!(
            after_date(&first, "Jan 22,", " 24").map(|d| d.0.len()),
            Some(2)
        );
        assert_eq!(
            after_date(&first, "Jan 22,", " 24\tMatrices").map(|d| d.0.len()),
            Some(2)
        );
        // One space after it leaves the day a count, as before.
        assert_eq!(after_date(&first, "Jan 22,", " 24 Matrices"), None);
        assert_eq!(after_date(&first, "Jan 22,", " 29  Matrices"), None);
    }

    #[test]
    fn dates_each_followed_by_their_weekday_in_brackets_are_a_list() {
        assert_eq!(
            days("09/04 (Mon), 09/06 (Wed) - No lectures"),
            Some((2, "No lectures".into()))
        );
        assert_eq!(
            days("Mar 3 (Tue.) & Mar 5 (Thu.): Labs"),
            Some((2, "Labs".into()))
        );
        // Each day named by its weekday, the list may reach into the next week.
        assert_eq!(
            days("10/02 (Mon), 10/04 (Wed), 10/09 (Mon) - Holidays"),
            Some((3, "Holidays".into()))
        );
    }

    #[test]
    fn a_bracket_that_is_no_weekday_or_a_far_day_without_one_ends_no_list() {
        // A note in brackets is no weekday: the comma after it joins no day.
        assert_eq!(days("09/04 (room 2), 09/06 Intro"), None);
        // Without weekdays the list stays within a week.
        assert_eq!(days("10/02, 10/04, 10/09 Holidays"), None);
        // One day without its weekday keeps the week's limit.
        assert_eq!(days("10/02 (Mon), 10/04, 10/09 (Mon) Holidays"), None);
    }

    #[test]
    fn a_whole_second_date_may_cross_into_the_next_month() {
        assert_eq!(days("May 30 & June 1 Optimisation").map(|d| d.0), Some(2));
        assert_eq!(days("Oct 2 & Oct 4").map(|d| d.0), Some(2));
    }

    #[test]
    fn an_hour_a_count_or_a_far_day_after_the_date_is_no_second_meeting() {
        assert_eq!(days("Oct 3, 5pm Review"), None);
        assert_eq!(days("Oct 3, 5:30 Review"), None);
        assert_eq!(days("Oct 3 & 5 Uhr"), None);
        assert_eq!(days("Oct 3, 2 readings"), None);
        assert_eq!(days("Oct 3, 12 Midterm review"), None);
        assert_eq!(days("Oct 3 & 5-7 problems"), None);
        assert_eq!(days("Oct 3 Intro, 5 sections"), None);
        assert_eq!(days("Oct 3, 5 sections"), None);
        assert_eq!(days("Oct 3 & 5 PM"), None);
        assert_eq!(days("Oct 3-5 & 7"), None);
    }
}
