//! Lecture days and times as development syllabi state them, where coursecal put lectures on
//! the wrong day, lost a second weekly meeting, or timed them from the wrong line (issue #8,
//! session 10). Every fixture is written for these tests (invented courses, topics and dates)
//! in the shapes those documents use.

use crate::common::lectures_of;

/// A week row naming both of its class days after one month name (`Week 2 March 7 & 9`), as
/// a space-laid PDF table gives it, and a reStructuredText list of guest talks (`Jan. 24 &
/// 26: Guest speaker`): a lecture on each day named, both titled by the row's topic.
#[test]
fn a_row_naming_two_days_of_its_week_gives_a_lecture_on_each() {
    let text = "Glass Chemistry, Spring 2025\n\n\
  Week and class days            Topic                        Sec\n\
Week 1 March 4 & 6               Silica networks              1.1\n\
Week 2 March 11 & 13             Modifiers and melts          1.2\n\
Week 3 March 18, 20, & 21        Annealing                    1.3\n\
Week 4 March 31 & April 2        Colour in glass              1.4\n";
    let (got, stderr) = lectures_of(text, "glass.txt", &["--timezone", "America/Denver"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-04 Silica networks  1.1",
            "lecture 2025-03-06 Silica networks  1.1",
            "lecture 2025-03-11 Modifiers and melts  1.2",
            "lecture 2025-03-13 Modifiers and melts  1.2",
            "lecture 2025-03-18 Annealing  1.3",
            "lecture 2025-03-20 Annealing  1.3",
            "lecture 2025-03-21 Annealing  1.3",
            "lecture 2025-03-31 Colour in glass  1.4",
            "lecture 2025-04-02 Colour in glass  1.4",
        ],
        "{stderr}"
    );
}

/// The same list in prose lines of a reStructuredText page, with a space before the colon.
#[test]
fn a_line_of_talks_on_two_days_gives_both_talks() {
    let text = "Survey Telescopes, Winter 2024\n==============================\n\n\
Week 3: Moving objects\n----------------------\n\n\
Jan. 23 & 25: Guest speaker on asteroid surveys\n\n\
Week 4: Transients\n------------------\n\n\
Jan. 30 & Feb. 1 : Guest speaker on supernovae\n";
    let (got, stderr) = lectures_of(text, "talks.rst", &["--timezone", "America/Los_Angeles"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-23 Guest speaker on asteroid surveys",
            "lecture 2024-01-25 Guest speaker on asteroid surveys",
            "lecture 2024-01-30 Guest speaker on supernovae",
            "lecture 2024-02-01 Guest speaker on supernovae",
        ],
        "{stderr}"
    );
}

/// Look-alikes: a time, a count or a far day after the date names no second meeting.
#[test]
fn an_hour_or_a_count_after_a_rows_date_is_no_second_meeting() {
    let text = "Glass Chemistry, Spring 2025\n\n\
March 4, 5 PM: Silica networks\n\
March 11 & 2 problem sets: Modifiers\n\
March 18 & 30: Annealing\n";
    let (got, stderr) = lectures_of(text, "glass.txt", &["--timezone", "America/Denver"]);
    let days: Vec<&str> = got.iter().map(|l| &l[8..18]).collect();
    assert_eq!(
        days,
        ["2025-03-04", "2025-03-11", "2025-03-18"],
        "{got:?}\n{stderr}"
    );
}

/// The meeting days and their hours on two lines of their own: a "Meetings" list whose icons
/// a PDF's text gives as stray letters (`• Ł MWF` over `• v 11-11:50am`), and a Markdown
/// callout (`> Every Thursday` over `> >08:00 AM - 11:30 AM`). The rows' lectures take the
/// time.
#[test]
fn days_over_their_hours_on_the_next_line_time_the_lectures() {
    let text = "Soil Mechanics, Spring 2024\n\nMeetings\n  • Ł MWF\n  • v 11-11:50am\n  • Ŵ TBD\n\n\
Week   Dates     Topic\n\
1      1/8       Grains and pores\n\
1      1/10      Effective stress\n";
    let (got, stderr) = lectures_of(text, "soil.txt", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-08T11:00 Grains and pores",
            "lecture 2024-01-10T11:00 Effective stress",
        ],
        "{stderr}"
    );
    let text = "# Perception Studio, Fall 2024\n\n# Schedule\n\n> Every Thursday\n> >08:00 AM - 11:30 AM\n\n\
| Date | Session |\n|---|---|\n| Sep 5 | Seeing colour |\n| Sep 12 | Seeing depth |\n";
    let (got, stderr) = lectures_of(text, "studio.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-05T08:00 Seeing colour",
            "lecture 2024-09-12T08:00 Seeing depth",
        ],
        "{stderr}"
    );
}

/// The look-alike: a line of days with other words (office hours over a time) is no slot of
/// the lectures.
#[test]
fn office_hours_days_over_a_time_do_not_time_the_lectures() {
    let text = "# Perception Studio, Fall 2024\n\nOffice hours\n\nEvery student on Thursday\n2-3pm\n\n\
| Date | Session |\n|---|---|\n| Sep 5 | Seeing colour |\n";
    let (got, stderr) = lectures_of(text, "studio.md", &["--timezone", "America/New_York"]);
    assert_eq!(got, ["lecture 2024-09-05 Seeing colour"], "{stderr}");
}
