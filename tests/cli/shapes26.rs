//! Schedule shapes, part 26: date spellings the common patterns did not read, so that a
//! dated schedule counted as none and the document was refused ("found no dated schedule"),
//! and a newest-first list of notices that must not become the schedule (issue #8). Every
//! fixture is written for these tests (invented courses, topics and dates).

use crate::common::{events_of, kinds_and_dates};

/// Year-first dates with dots and slashes, and eight-digit dates, in a tab table.
#[test]
fn year_first_and_eight_digit_dates_date_their_rows() {
    let text = "Hydrology 310, Fall 2024\n\
Lectures Tuesdays 09:00-10:30\n\n\
Date\tTopic\n\
2024.09.03\tThe water cycle\n\
2024/9/10\tPrecipitation\n\
20240917\tInfiltration\n\
2024.09.24\tGroundwater\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 The water cycle",
            "lecture 2024-09-10 Precipitation",
            "lecture 2024-09-17 Infiltration",
            "lecture 2024-09-24 Groundwater",
        ],
        "{stderr}"
    );
}

/// A spreadsheet export: a one-letter weekday code (R is Thursday) joined by dashes to the
/// month and the day, and a two-digit year after a month name.
#[test]
fn weekday_codes_and_dashed_month_days_date_their_rows() {
    let text = "Statistics 221, Fall 2024\n\
Lectures Tuesdays and Thursdays 13:00-14:15\n\n\
Day        Topic\n\
T-Sep-03   Describing data\n\
R-Sep-05   Probability\n\
Tue-Sep-10 Random variables\n\
12 Sep 24  The normal curve\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 Describing data",
            "lecture 2024-09-05 Probability",
            "lecture 2024-09-10 Random variables",
            "lecture 2024-09-12 The normal curve",
        ],
        "{stderr}"
    );
}

/// Polish and Finnish month names as dates write them (genitive, partitive).
#[test]
fn polish_and_finnish_month_names_date_their_rows() {
    let text = "Fizyka 101, 2024\n\
Wykłady: wtorki 10:00-11:30\n\n\
| Data | Temat |\n|---|---|\n\
| 1 października 2024 | Kinematyka |\n\
| 8 października 2024 | Dynamika |\n\n\
| Päivä | Aihe |\n|---|---|\n\
| 15. lokakuuta 2024 | Energia |\n\
| 22. lokakuuta 2024 | Liikemäärä |\n";
    let (got, stderr) = events_of(text, "schedule.md", &[]);
    let dates = kinds_and_dates(&got);
    assert_eq!(
        dates,
        [
            "lecture 2024-10-01",
            "lecture 2024-10-08",
            "lecture 2024-10-15",
            "lecture 2024-10-22",
        ],
        "{stderr}"
    );
}

/// A course page's News list, newest first, above the class list: the notices say when
/// something was posted, and only the classes are events.
#[test]
fn a_newest_first_list_of_notices_is_not_the_schedule() {
    let text = "# Algebra 120, Spring 2025\n\n\
Lectures Mondays 10:00-11:30\n\n\
## News\n\n\
- 2025/03/20 Slides for class 3 are online.\n\
- 2025/03/12 The room changed to B204.\n\
- 2025/03/05 Welcome to the course page.\n\n\
## Classes\n\n\
- Class 1 (2025/03/10): Groups\n\
- Class 2 (2025/03/17): Rings\n\
- Class 3 (2025/03/24): Fields\n";
    let (got, stderr) = events_of(text, "page.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-10 Groups",
            "lecture 2025-03-17 Rings",
            "lecture 2025-03-24 Fields",
        ],
        "{stderr}"
    );
}

/// Dates written as a phrase, "the 3rd of October", at the start of list items.
#[test]
fn the_nth_of_a_month_dates_its_item() {
    let text = "Rhetoric 150, Fall 2024\n\
Seminars Thursdays 15:00-16:30\n\n\
Plan\n\n\
- the 3rd of October: Persuasion\n\
- the 10th of October: Style\n\
- the 17th of October: Delivery\n";
    let (got, stderr) = events_of(text, "plan.md", &[]);
    let dates: Vec<&str> = got.iter().filter_map(|s| s.split(' ').nth(1)).collect();
    assert_eq!(
        dates,
        ["2024-10-03", "2024-10-10", "2024-10-17"],
        "{got:?}\n{stderr}"
    );
}

/// A table of numbered weeks without dates and a sentence giving the first class: the weeks
/// run from that class, a class on each meeting day, as many weeks as the table numbers.
#[test]
fn numbered_weeks_run_from_the_first_class_the_syllabus_dates() {
    let text = "Ecology 115, Spring 2025\n\
Lectures Mondays and Wednesdays 11:00-12:15\n\n\
Classes start on Monday, 3 March 2025.\n\n\
| Week | Topic |\n|---|---|\n\
| 1 | Populations |\n\
| 2 | Communities |\n\
| 3 | Ecosystems |\n";
    let (got, stderr) = events_of(text, "course.md", &[]);
    let dates: Vec<&str> = got.iter().filter_map(|s| s.split(' ').nth(1)).collect();
    assert_eq!(
        dates,
        [
            "2025-03-03",
            "2025-03-05",
            "2025-03-10",
            "2025-03-12",
            "2025-03-17",
            "2025-03-19"
        ],
        "{got:?}\n{stderr}"
    );
}

/// German calendar weeks with their year: each week's row is dated on its Monday, and the
/// classes fall on the meeting days of that week.
#[test]
fn calendar_weeks_with_their_year_date_their_rows_on_the_monday() {
    let text = "Werkstoffkunde, Wintersemester 2024/25\n\
Vorlesung: Dienstag 08:15-09:45\n\n\
| Woche | Thema |\n|---|---|\n\
| KW 42/2024 | Metalle |\n\
| KW 43/2024 | Keramik |\n\
| KW 44/2024 | Polymere |\n";
    let (got, stderr) = events_of(text, "plan.md", &[]);
    let dates: Vec<&str> = got.iter().filter_map(|s| s.split(' ').nth(1)).collect();
    assert_eq!(
        dates,
        ["2024-10-15", "2024-10-22", "2024-10-29"],
        "{got:?}\n{stderr}"
    );
}

/// Days written under their month: a heading names the month once, the items give the
/// weekday and the day.
#[test]
fn days_under_a_month_heading_take_its_month() {
    let text = "# Poetry Workshop, Spring 2025\n\n\
Meetings Wednesdays 16:00-17:30\n\n\
## April\n\n\
- Wed 2: Sonnets\n\
- Wed 9: Free verse\n\n\
## May\n\n\
- Wed 7: Readings\n";
    let (got, stderr) = events_of(text, "plan.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-04-02 Sonnets",
            "lecture 2025-04-09 Free verse",
            "lecture 2025-05-07 Readings",
        ],
        "{stderr}"
    );
}
