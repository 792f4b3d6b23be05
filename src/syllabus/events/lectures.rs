//! Lectures: one event per row and meeting, on the meeting's day of the row's week, unless
//! the row or another row says there is no class that day.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::Builder;
use crate::model::{Event, EventKind, Meeting, When};
use crate::syllabus::Context;
use crate::syllabus::dates::week_monday;
use crate::syllabus::lean::{Lean, lean};
use crate::syllabus::lexicon::{FIRST_CLASS_PATTERN, LAST_CLASS_PATTERN, LECTURE_NUMBER_PATTERN};
use crate::syllabus::rows::WeekRow;
use crate::syllabus::text::join_lines;
use crate::syllabus::times::LONE_START_MINUTES;

/// What every row's lectures need to know about the whole schedule.
struct Schedule {
    /// Several rows fall in one week: each row is one lecture, on its own date.
    per_lecture: bool,
    /// No lecture before the first row.
    first_date: NaiveDate,
    /// The last row's date.
    last_date: NaiveDate,
    /// Days any row says have no class.
    skip: BTreeSet<NaiveDate>,
    /// Weekdays on which some row has a topic of its own.
    titled_weekdays: BTreeSet<u32>,
    /// The lectures are numbered ("Lec 4: Recursion"): a row without a number is no lecture.
    numbered: bool,
    /// The rows show the class meeting on a Saturday or Sunday (see [`weekend_classes`]).
    weekend_classes: bool,
    /// The rows are dated on the slot's one weekday (see [`dated_by_class_day`]).
    class_days: bool,
    /// Weekdays off the slot whose rows meet on their own dates (see [`own_weekday`]).
    own_days: BTreeSet<u32>,
}

/// The lectures of every row.
pub(super) fn all(b: &Builder<'_>, rows: &[WeekRow], cx: &mut Context) -> Vec<Event> {
    // A row naming another section is that section's only.
    let rows: Vec<&WeekRow> = rows.iter().filter(|r| !b.other_section(r.line)).collect();
    let schedule = Schedule {
        per_lecture: several_a_week(&rows),
        first_date: rows.first().map_or(NaiveDate::MIN, |r| r.date),
        last_date: rows.last().map_or(NaiveDate::MAX, |r| r.date),
        skip: rows.iter().flat_map(|r| r.skip.iter().copied()).collect(),
        titled_weekdays: titled_weekdays(&rows),
        numbered: numbered_lectures(&rows),
        weekend_classes: weekend_classes(&rows),
        class_days: dated_by_class_day(b, &rows),
        own_days: own_weekday::weekdays(b.meetings, &rows),
    };
    // Without a meeting slot, a table whose rows are all ranges ("8/27 -- 8/29 | Preview")
    // dates its weeks, not meetings: no lecture is made up for them. Beside rows of single
    // dates, a short range names the meetings themselves (see `lectures`).
    let ranges_are_weeks = b.meetings.is_empty()
        && rows
            .iter()
            .all(|r| r.no_class || r.range_end.is_some() || r.time.is_some())
        && !two_day_blocks(&rows);
    // Without a slot, a row its header dates by the week's first day ("Week of") names a
    // week, not a meeting: no lecture is made up on that day.
    let weeks_only = |r: &WeekRow| b.meetings.is_empty() && r.week_start && r.time.is_none();
    if let Some(first) = rows.iter().find(|r| !r.no_class && weeks_only(r)) {
        cx.warn(first.line, "the table dates its weeks by their first day (a \"Week of\" column) and no lecture slot is named: no lectures are made for its rows; add [[meeting]] entries to the course file to have them");
    } else if let Some(first) = rows
        .iter()
        .find(|r| ranges_are_weeks && !r.no_class && r.range_end.is_some() && r.time.is_none())
    {
        cx.warn(first.line, "the table dates its weeks by ranges of days (\"Jan 13-17\") and no lecture slot is named: no lectures are made for its rows; add [[meeting]] entries to the course file to have them");
    }
    let mut per_week: BTreeMap<u32, usize> = BTreeMap::new();
    let mut events = Vec::new();
    warn_weekend_rows(b, &rows, &schedule, cx);
    let tail = if b.meetings.is_empty() {
        rows.len()
    } else {
        untitled_tail::start(&rows)
    };
    for (index, row) in rows.iter().copied().enumerate() {
        let nth = per_week.entry(row.week).or_default();
        *nth += 1;
        if row.no_class && !taught_blank_day(b, row)
            || weeks_only(row)
            || ranges_are_weeks && row.range_end.is_some() && row.time.is_none()
            || undayed_week(b, row, &schedule)
            || untitled_off_day(b, row, &schedule)
            || slotless_weekend(b, row, &schedule)
            || off_day_work(b, row, &schedule)
            || off_day_bare_work(b, row, &schedule)
            || schedule.per_lecture && schedule.numbered && !numbered_title(&row.title)
            || weight_only(&row.title)
            || index >= tail
        {
            continue;
        }
        let many_rows = rows
            .iter()
            .filter(|x| x.week == row.week && !x.no_class)
            .count()
            > 1;
        events.extend(lectures(b, row, &schedule, many_rows.then_some(*nth), cx));
    }
    events.retain(|e| !at_a_due_time(e));
    one_meeting::fold(events)
}

/// Every range is of two days in a row, and there are two or more ("2-3 March", "30-31
/// March"): a course taught in blocks of two days, each day a meeting. A calendar week is
/// never written as two days, so these are no weeks.
fn two_day_blocks(rows: &[&WeekRow]) -> bool {
    let ranges: Vec<i64> = rows
        .iter()
        .filter(|r| !r.no_class)
        .filter_map(|r| Some((r.range_end? - r.date).num_days()))
        .collect();
    ranges.len() >= 2 && ranges.iter().all(|&d| d == 1)
}

/// Two rows fall in one week, in the order of their dates: each row is one lecture. The
/// order of the document is not the calendar's when it lists the course's sections one after
/// the other ("Section 1 (Mondays)": its dates; "Section 2 (Fridays)": its dates).
fn several_a_week(rows: &[&WeekRow]) -> bool {
    // A row that names its week ("Week of Sep 14") and a dated line of another list in that
    // week ("Wednesday, September 16: Checkpoint") are no two meetings: rows of each kind are
    // counted apart (a "Week of" grid's weekday cells are several rows of the first kind).
    let mondays = |week_start: bool| {
        let mut mondays: Vec<NaiveDate> = rows
            .iter()
            .filter(|r| r.week_start == week_start)
            .map(|r| week_monday(r.date))
            .collect();
        mondays.sort_unstable();
        mondays
    };
    let dated = mondays(false);
    // Week-start rows name weeks: one week listed twice in a plan (two topics that week)
    // does not make each row a meeting; most weeks listing several (a grid's day cells) does.
    let weeks = mondays(true);
    let shared = weeks.windows(2).filter(|w| w[0] == w[1]).count();
    let distinct = weeks.len() - shared;
    dated.windows(2).any(|w| w[0] == w[1]) || shared > 0 && shared * 2 >= distinct
}

/// A topic that is only a share of the grade ("25%", "~2%", "10 %"): a row of the grading
/// table with its due date, not a class.
fn weight_only(title: &str) -> bool {
    let Some(number) = title.trim().strip_suffix('%') else {
        return false;
    };
    let number = number.trim().trim_start_matches(['~', '≈']).trim();
    !number.is_empty()
        && number.len() <= 5
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A lecture that starts in the last quarter hour of the day, by its row's time or its slot
/// ("Ends at 11:59 PM" heading a column of week windows, "Final paper 11:59 pm"): that is
/// when work is due, and no class meets then.
fn at_a_due_time(ev: &Event) -> bool {
    let late = chrono::NaiveTime::from_hms_opt(23, 45, 0).unwrap_or_default();
    matches!(ev.when, When::Timed { start, .. } if start.time() >= late)
}

/// The weekdays of the rows that have a topic, when at least three rows of single dates do:
/// with fewer, the weekdays say nothing about when the class meets.
fn titled_weekdays(rows: &[&WeekRow]) -> BTreeSet<u32> {
    let titled: Vec<&&WeekRow> = rows
        .iter()
        .filter(|r| !r.no_class && !r.title.is_empty() && r.range_end.is_none())
        .collect();
    if titled.len() < 3 {
        return BTreeSet::new();
    }
    titled
        .iter()
        .map(|r| r.date.weekday().num_days_from_monday())
        .collect()
}

/// A row of one date with no topic, on a weekday no row with a topic falls on (a Saturday row
/// holding only a deadline, in a table of Tuesday and Thursday classes), is no class, unless
/// the lecture slot meets that day (a calendar that leaves most class days blank).
fn untitled_off_day(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    let weekday = row.date.weekday();
    schedule.per_lecture
        && row.title.is_empty()
        && row.range_end.is_none()
        && !schedule.titled_weekdays.is_empty()
        && !schedule
            .titled_weekdays
            .contains(&weekday.num_days_from_monday())
        && !slot_meets_on(b, weekday)
}

/// Whether the lecture slot meets on `day`.
fn slot_meets_on(b: &Builder<'_>, day: chrono::Weekday) -> bool {
    b.meetings.iter().any(|m| m.day == day)
}

/// A row that says nothing, set no class because few rows that say something fall on its
/// weekday, on a day the lecture slot meets: a calendar that leaves most class days blank
/// (a Monday-Wednesday course whose notes fill only the Friday deadlines) still meets.
fn taught_blank_day(b: &Builder<'_>, row: &WeekRow) -> bool {
    row.blank_day && slot_meets_on(b, row.date.weekday())
}

/// Whether the rows show a class that meets at the weekend: one row per lecture, and at
/// least three rows with a topic, a quarter of them, dated on a Saturday or Sunday (a
/// Sunday-to-Thursday week, Saturday sessions). A week table dated by its Sundays is not one:
/// there the Sunday opens the week.
fn weekend_classes(rows: &[&WeekRow]) -> bool {
    let per_lecture = rows
        .windows(2)
        .any(|w| week_monday(w[0].date) == week_monday(w[1].date));
    let titled: Vec<&&WeekRow> = rows
        .iter()
        .filter(|r| !r.no_class && !r.title.is_empty() && r.range_end.is_none())
        .collect();
    let weekend = titled.iter().filter(|r| weekend(r.date)).count();
    per_lecture && weekend >= 3 && weekend * 4 >= titled.len()
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
}

/// Without a lecture slot, a row dated on a Saturday or Sunday is no meeting when the rows do
/// not show weekend classes: a week table dated by the Sunday that opens each week, a
/// deadline-only row on a Sunday among weekday lectures. With a slot, a week row dated on a
/// Sunday gives that week's meetings (see `week_slots`).
fn slotless_weekend(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    b.meetings.is_empty()
        && row.time.is_none()
        && row.range_end.is_none()
        && weekend(row.date)
        && !schedule.weekend_classes
}

/// A row of one date that gives work due or out that day, on a weekday the lecture slot
/// never meets (a Friday "Review; HW 3 due" among Tuesday and Thursday lectures): the work
/// dates the row, and it is no lecture. So in a table of one row a week dated by its class
/// day: a registrar's `Last day to drop` on a Monday among Thursdays is no class moved there.
/// Without a slot the rows' own weekdays are all there is to go by, and such a row stays a
/// lecture.
fn off_day_work(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    (schedule.per_lecture || schedule.class_days)
        && row.work_day
        && row.time.is_none()
        && row.range_end.is_none()
        && !b.meetings.is_empty()
        && !slot_meets_on(b, row.date.weekday())
}

/// A row whose topic is numbered work and nothing more ("HW 1"), dated on a weekday the
/// lecture slot never meets in a schedule of one row per meeting (or dated by class days):
/// that work falls due that day, and the row is no lecture. On a class day the same words
/// may be the work's release or a class about it, and stay the lecture.
fn off_day_bare_work(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    row.bare_work.is_some()
        && !row.no_class
        && (schedule.per_lecture || schedule.class_days)
        && row.time.is_none()
        && row.range_end.is_none()
        && !b.meetings.is_empty()
        && !slot_meets_on(b, row.date.weekday())
}

/// The rows [`off_day_bare_work`] makes deadlines: their work, due on their dates.
pub(super) fn bare_work_days<'r>(b: &Builder<'_>, rows: &'r [WeekRow]) -> Vec<&'r WeekRow> {
    if b.meetings.is_empty() || rows.iter().all(|r| r.bare_work.is_none()) {
        return Vec::new();
    }
    let own: Vec<&WeekRow> = rows.iter().filter(|r| !b.other_section(r.line)).collect();
    let schedule = Schedule {
        per_lecture: several_a_week(&own),
        first_date: NaiveDate::MIN,
        last_date: NaiveDate::MAX,
        skip: BTreeSet::new(),
        titled_weekdays: BTreeSet::new(),
        numbered: false,
        weekend_classes: false,
        class_days: dated_by_class_day(b, &own),
        own_days: BTreeSet::new(),
    };
    own.into_iter()
        .filter(|r| off_day_bare_work(b, r, &schedule))
        .collect()
}

/// One warning for the rows [`slotless_weekend`] gives no lecture, on the first of them.
fn warn_weekend_rows(b: &Builder<'_>, rows: &[&WeekRow], schedule: &Schedule, cx: &mut Context) {
    let weekend_rows: Vec<&&WeekRow> = rows
        .iter()
        .filter(|r| !r.no_class && slotless_weekend(b, r, schedule))
        .collect();
    if let Some(first) = weekend_rows.first() {
        cx.warn(
            first.line,
            format!(
                "{} row(s) dated on a Saturday or Sunday (the first {}) give no lecture: no lecture slot is named and no other row shows weekend classes; add [[meeting]] entries to the course file if the class meets then",
                weekend_rows.len(),
                first.date.format("%a %b %-d")
            ),
        );
    }
}

/// Most rows with a topic (two in three, five at least) open with their lecture's number
/// ("Lec 4: Recursion", "Lecture 12 - Trees"): the author numbers every lecture, so the rows
/// left unnumbered (a quiz and its retake, an optional review, an empty Friday) are other
/// business.
fn numbered_lectures(rows: &[&WeekRow]) -> bool {
    let titled: Vec<&&WeekRow> = rows
        .iter()
        .filter(|r| !r.no_class && !r.title.is_empty())
        .collect();
    let numbered = titled.iter().filter(|r| numbered_title(&r.title)).count();
    numbered >= 5 && numbered * 3 >= titled.len() * 2
}

/// A title opening with a lecture's number: "Lec 4: …", "Lecture 12 - …", "L3 …".
fn numbered_title(title: &str) -> bool {
    let t = title.trim_start().to_lowercase();
    let word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    if !LECTURE_NUMBER_PATTERN.split('|').any(|w| w == word) {
        return false;
    }
    t[word.len()..]
        .trim_start_matches(['.', ' ', '#'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// Without a slot, in a schedule that lists its meetings one row each, a row that spans a
/// whole week ("Week 11 (Apr 29 - May 3)" with only a lab under it) names no meeting of its
/// own: its days, had it any, would be rows of their own.
fn undayed_week(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    b.meetings.is_empty()
        && schedule.per_lecture
        && row.time.is_none()
        && row
            .range_end
            .is_some_and(|end| (end - row.date).num_days() > 3)
}

/// A row of one date titled as the first or the last class ("First class", "Last day of class
/// and project 4 due"), as a table of key dates writes it: that one meeting, not its week's.
fn class_bound(row: &WeekRow) -> bool {
    static BOUND: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^[\W_]*(?:{FIRST_CLASS_PATTERN}|{LAST_CLASS_PATTERN})\b"
        ))
    });
    row.range_end.is_none() && BOUND.is_match(&row.title)
}

/// The lectures of one row; `nth` is the row's place in its week when the week has several.
fn lectures(
    b: &Builder<'_>,
    row: &WeekRow,
    schedule: &Schedule,
    nth: Option<usize>,
    cx: &mut Context,
) -> Vec<Event> {
    let title = if row.title.is_empty() {
        format!("Lecture {}", row.week)
    } else {
        row.title.clone()
    };
    let description = description(row);
    let slots = if b.meetings.is_empty() {
        match row.range_end {
            // Without a slot, a range of a few days names the week's first and last meeting
            // (`8/28-8/30`: Monday and Wednesday); a longer one is the calendar week.
            Some(end) if (1..=3).contains(&(end - row.date).num_days()) => {
                vec![(row.date, None), (end, None)]
            }
            _ => vec![(row.date, None)],
        }
    } else if !schedule.per_lecture
        && row.range_end.is_none()
        && schedule
            .own_days
            .contains(&row.date.weekday().num_days_from_monday())
    {
        vec![(row.date, own_weekday::shared_hours(b.meetings))]
    } else if schedule.per_lecture || make_up_day(b, row, schedule) || class_bound(row) {
        vec![lecture_slot(b, row, cx)]
    } else {
        week_slots(b, row, cx)
    };
    let many = slots.len() > 1;
    // No lecture before the term's first row, unless that leaves the row none: a first week
    // dated on a Wednesday still has its Tuesday lecture (the warning says it is placed there).
    let before_first = |d: &NaiveDate| *d < schedule.first_date;
    let all_before = slots.iter().all(|(d, _)| before_first(d));
    let mut out = Vec::new();
    for (n, (date, meeting)) in slots.into_iter().enumerate() {
        // Days the syllabus says have no class, and days before the term's first row.
        if schedule.skip.contains(&date) || before_first(&date) && !all_before {
            continue;
        }
        // Keys follow the week and the meeting's place in it, never the date, so a moved
        // lecture keeps its UID.
        let key = match (nth, many) {
            (Some(k), _) => format!("lecture-{}-{k}", row.week),
            (None, true) => format!("lecture-{}-{}", row.week, n + 1),
            (None, false) => format!("lecture-{}", row.week),
        };
        let when = match (row.time.or_else(|| told_time(row, many, meeting)), meeting) {
            (Some((s, e)), _) => b.timed(date, s, e),
            (None, Some(m)) => b.timed(date, m.start, m.end),
            (None, None) => When::AllDay(date),
        };
        let mut ev = b.event(key, EventKind::Lecture, title.clone(), when, row.line);
        ev.description = description.clone();
        ev.location = row
            .room
            .clone()
            .or_else(|| meeting.and_then(|m| m.location.clone()));
        ev.week = Some(row.week);
        let more = more_meetings(b, row, &ev, date);
        out.push(ev);
        out.extend(more);
    }
    out
}

/// The row's further meetings on `date` ("9h30-12h15 & 13h30-16h15"): the lecture `ev` again
/// at each further time, keyed after it.
fn more_meetings(b: &Builder<'_>, row: &WeekRow, ev: &Event, date: NaiveDate) -> Vec<Event> {
    row.more_times
        .iter()
        .enumerate()
        .map(|(i, &(s, e))| {
            let key = format!("{}-{}", ev.key, i + 2);
            let when = b.timed(date, s, e);
            let mut more = b.event(key, EventKind::Lecture, ev.title.clone(), when, row.line);
            more.description.clone_from(&ev.description);
            more.location.clone_from(&ev.location);
            more.week = ev.week;
            more
        })
        .collect()
}

/// The time a row that is one lecture tells in a sentence of its own ("Attend lecture at
/// 1pm"): from that start, as long as the slot's meeting that day, or a lone start's length.
fn told_time(
    row: &WeekRow,
    many: bool,
    meeting: Option<&Meeting>,
) -> Option<(NaiveTime, NaiveTime)> {
    if many {
        return None;
    }
    let start = sentence_start::lecture_start(&row.title).or_else(|| {
        row.details
            .iter()
            .find_map(|d| sentence_start::lecture_start(d))
    })?;
    let minutes = meeting.map_or(LONE_START_MINUTES, |m| (m.end - m.start).num_minutes());
    let end = start + Duration::minutes(minutes);
    (end > start).then_some((start, end))
}

/// The row's details, then its readings.
fn description(row: &WeekRow) -> String {
    let mut description = join_lines(&row.details);
    if !row.readings.is_empty() {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str("Reading: ");
        description.push_str(&join_lines(&row.readings));
    }
    description
}

/// A slot that meets on one weekday, and rows (three at least, two in three) dated on it: the
/// author dates each week by its class, so a row dated on another day (`Sat. Oct 11` among
/// Wednesdays) is a class moved to that day, not the week's Wednesday.
fn dated_by_class_day(b: &Builder<'_>, rows: &[&WeekRow]) -> bool {
    let Some(first) = b.meetings.first() else {
        return false;
    };
    if b.meetings.iter().any(|m| m.day != first.day) {
        return false;
    }
    let days: Vec<&&WeekRow> = rows
        .iter()
        .filter(|r| !r.no_class && r.range_end.is_none() && !r.week_start)
        .collect();
    let on_slot = days
        .iter()
        .filter(|r| r.date.weekday() == first.day)
        .count();
    on_slot >= 3 && on_slot * 3 >= days.len() * 2
}

/// A row of one date off the slot's day, in a schedule dated by its class days: a class
/// moved to that day (see [`dated_by_class_day`]). A date outside the first and last rows'
/// (`Sep 19, 2023` in a Fall 2024 table) is a slip of the pen, not a moved class.
fn make_up_day(b: &Builder<'_>, row: &WeekRow, schedule: &Schedule) -> bool {
    schedule.class_days
        && (schedule.first_date..=schedule.last_date).contains(&row.date)
        && row.range_end.is_none()
        && !row.week_start
        && !slot_meets_on(b, row.date.weekday())
}

/// A row that is one lecture: on its date, at the meeting of that weekday.
fn lecture_slot<'m>(
    b: &Builder<'m>,
    row: &WeekRow,
    cx: &mut Context,
) -> (NaiveDate, Option<&'m Meeting>) {
    match b.meetings.iter().find(|m| m.day == row.date.weekday()) {
        Some(m) => (row.date, Some(m)),
        None if row.time.is_some() => (row.date, b.meetings.first()),
        None => {
            cx.warn(row.line, format!("{} is a {}, not a lecture day; the lecture is kept on that date at the first meeting's time", row.date.format("%b %-d"), row.date.format("%A")));
            (row.date, b.meetings.first())
        }
    }
}

/// A row that is a week: every meeting of that week (of its range, when it gives one).
fn week_slots<'m>(
    b: &Builder<'m>,
    row: &WeekRow,
    cx: &mut Context,
) -> Vec<(NaiveDate, Option<&'m Meeting>)> {
    // A week dated by its Sunday (a calendar whose weeks start on Sunday) is the week that
    // follows, not the one that ends that day.
    let sunday = row.date.weekday() == chrono::Weekday::Sun;
    let monday = week_monday(row.date + Duration::days(i64::from(sunday)));
    let day_of = |m: &Meeting| monday + Duration::days(i64::from(m.day.num_days_from_monday()));
    let mut days: Vec<&Meeting> = b.meetings.iter().collect();
    days.sort_by_key(|m| m.day.num_days_from_monday());
    let in_range: Vec<&Meeting> = match row.range_end {
        Some(end) => days
            .iter()
            .copied()
            .filter(|m| day_of(m) >= row.date && day_of(m) <= end)
            .collect(),
        None => days.clone(),
    };
    let chosen = if in_range.is_empty() { days } else { in_range };
    // A row dated on its week's Monday ("w/c 25 Sept") is the usual way to name a week.
    if row.range_end.is_none()
        && !matches!(
            row.date.weekday(),
            chrono::Weekday::Mon | chrono::Weekday::Sun
        )
        && !chosen.iter().any(|m| m.day == row.date.weekday())
    {
        cx.warn(row.line, format!(
            "week {} is dated {}, a {}, but lectures are on {}; the lecture is placed on the lecture day of that week",
            row.week, row.date.format("%b %-d"), row.date.format("%A"),
            chosen.iter().map(|m| m.day.to_string()).collect::<Vec<_>>().join("/")
        ));
    }
    chosen.into_iter().map(|m| (day_of(m), Some(m))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::ParseOptions;
    use chrono::{NaiveTime, Weekday};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    fn meeting(day: Weekday) -> Meeting {
        Meeting {
            day,
            start: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            location: Some("A1".into()),
        }
    }

    fn row(week: u32, date: NaiveDate) -> WeekRow {
        WeekRow {
            details: vec!["Sets,".into(), "maps".into()],
            readings: vec!["ch 1".into()],
            ..WeekRow::for_test(week, date)
        }
    }

    fn cx() -> Context {
        Context::for_term("")
    }

    #[test]
    fn a_week_of_row_and_a_dated_line_in_its_week_are_no_two_meetings() {
        let week_of = |date| WeekRow {
            week_start: true,
            ..row(1, date)
        };
        let (mon, wed) = (day(9, 14), day(9, 16));
        assert!(!several_a_week(&[&week_of(mon), &row(1, wed)]));
        assert!(several_a_week(&[&week_of(mon), &week_of(wed)]));
        assert!(several_a_week(&[&row(1, mon), &row(1, wed)]));
    }

    #[test]
    fn a_week_row_gives_a_lecture_on_every_meeting_day() {
        let opts = ParseOptions::default();
        let meetings = [meeting(Weekday::Thu), meeting(Weekday::Mon)];
        let b = Builder::new("c", "t", &meetings, &opts);
        let mut cx = cx();
        let events = all(&b, &[row(1, day(9, 25))], &mut cx);
        assert_eq!(
            events.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            ["lecture-1-1", "lecture-1-2"]
        );
        assert_eq!(events[0].title, "Lecture 1");
        assert_eq!(events[0].description, "Sets, maps\n\nReading: ch 1");
        assert!(cx.warnings.is_empty());
    }

    #[test]
    fn a_week_dated_off_its_lecture_day_is_warned_about() {
        let opts = ParseOptions::default();
        let meetings = [meeting(Weekday::Tue)];
        let b = Builder::new("c", "t", &meetings, &opts);
        let mut cx = cx();
        // Week 2 is dated on a Wednesday: its lecture is the Tuesday before.
        let events = all(&b, &[row(1, day(9, 18)), row(2, day(9, 27))], &mut cx);
        assert!(
            matches!(events[1].when, When::Timed { start, .. } if start.date_naive() == day(9, 26))
        );
        assert_eq!(cx.warnings.len(), 1);
        assert_eq!(cx.warnings[0].line, 2);
    }

    #[test]
    fn a_first_week_dated_after_its_lecture_day_keeps_its_lecture() {
        let opts = ParseOptions::default();
        let meetings = [meeting(Weekday::Tue)];
        let b = Builder::new("c", "t", &meetings, &opts);
        let mut cx = cx();
        // Week 1 is dated Wednesday Sep 13: its lecture is Tuesday Sep 12, not lost.
        let events = all(&b, &[row(1, day(9, 13)), row(2, day(9, 20))], &mut cx);
        assert_eq!(events.len(), 2);
        assert!(
            matches!(events[0].when, When::Timed { start, .. } if start.date_naive() == day(9, 12))
        );
        assert_eq!(
            cx.warnings.len(),
            2,
            "both weeks are dated off the lecture day"
        );
    }

    #[test]
    fn a_topic_that_is_only_a_weight_is_no_lecture() {
        for t in ["25%", "~2%", " 10 % ", "12.5%"] {
            assert!(weight_only(t), "{t}");
        }
        for t in ["Grading: 25%", "%", "Review (10%)", "Intro"] {
            assert!(!weight_only(t), "{t}");
        }
    }

    #[test]
    fn a_row_at_a_due_time_is_no_lecture() {
        let opts = ParseOptions::default();
        let b = Builder::new("c", "t", &[], &opts);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let mut late = row(1, day(9, 25));
        late.time = Some((t(23, 59), t(23, 59)));
        let mut evening = row(2, day(10, 2));
        evening.time = Some((t(18, 0), t(21, 0)));
        let events = all(&b, &[late, evening], &mut cx());
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].week, Some(2));
    }

    #[test]
    fn a_day_off_named_by_any_row_has_no_lecture() {
        let opts = ParseOptions::default();
        let meetings = [meeting(Weekday::Mon), meeting(Weekday::Wed)];
        let b = Builder::new("c", "t", &meetings, &opts);
        let mut r = row(1, day(9, 25));
        r.skip = vec![day(9, 25)];
        let events = all(&b, &[r], &mut cx());
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].key, "lecture-1-2");
    }

    #[test]
    fn without_a_slot_a_week_range_beside_day_rows_names_no_meeting() {
        let opts = ParseOptions::default();
        let b = Builder::new("c", "t", &[], &opts);
        let week = |w: u32, from: NaiveDate, to: NaiveDate| WeekRow {
            range_end: Some(to),
            ..row(w, from)
        };
        // Week 1 lists two days; week 2 only its range: no lecture on Monday Sep 11.
        let rows = [
            row(1, day(9, 5)),
            row(1, day(9, 7)),
            week(2, day(9, 11), day(9, 15)),
            row(3, day(9, 19)),
        ];
        let dates: Vec<_> = all(&b, &rows, &mut cx())
            .iter()
            .map(|e| e.when.date())
            .collect();
        assert_eq!(dates, [day(9, 5), day(9, 7), day(9, 19)]);
        // A short range ("Sep 11-13") still names the week's two meetings.
        let rows = [
            row(1, day(9, 5)),
            row(1, day(9, 7)),
            week(2, day(9, 11), day(9, 13)),
        ];
        assert_eq!(all(&b, &rows, &mut cx()).len(), 4);
    }

    #[test]
    fn without_a_slot_a_table_of_week_ranges_makes_no_lectures_and_says_so() {
        let opts = ParseOptions::default();
        let b = Builder::new("c", "t", &[], &opts);
        let week = |w: u32, from: NaiveDate, to: NaiveDate| WeekRow {
            line: 10 + w as usize,
            range_end: Some(to),
            ..row(w, from)
        };
        let rows = [
            week(1, day(9, 4), day(9, 8)),
            week(2, day(9, 11), day(9, 15)),
        ];
        let mut cx = cx();
        assert!(all(&b, &rows, &mut cx).is_empty());
        let said: Vec<_> = cx.warnings.iter().map(|w| (w.line, &w.message)).collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(said[0].0, 11);
        assert!(said[0].1.contains("ranges of days"), "{said:?}");
    }
}

#[cfg(test)]
mod forms;
mod one_meeting;
mod own_weekday;
mod sentence_start;
mod untitled_tail;
