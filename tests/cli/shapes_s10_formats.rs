//! Source formats read with their own structure (issue 8, session 10): an Org outline whose
//! headings are the meetings' timestamps, most of them with no title, and a course site's
//! YAML data list of mappings. Each is written in our own words in the shape harvested from
//! real syllabi, with a look-alike that must not change.

use crate::common::timed_events_of;

const ZONE: &[&str] = &["--timezone", "America/New_York"];

/// An Org schedule of one heading per meeting, `<date weekday time>` and often nothing else:
/// every heading is a lecture at its own time, the untitled Friday ones too.
#[test]
fn org_headings_that_only_give_a_timestamp_are_timed_lectures() {
    let text = "#+TITLE: Discrete Structures\n#+DATE: Spring 2019\n\n* Class schedule\n  :PROPERTIES:\n  :CUSTOM_ID: schedule\n  :END:\n\n** DONE <2019-01-21 Mon 10:00> Welcome and logistics\n** DONE <2019-01-22 Tue 11:00>\n** TODO <2019-01-23 Wed 10:00>\n** TODO <2019-01-25 Fri 10:00>\n\n** TODO <2019-01-28 Mon 10:00> Sets\n** TODO <2019-01-29 Tue 11:00>\n** TODO <2019-01-30 Wed 10:00> Quiz 1\n** TODO <2019-02-01 Fri 10:00>\n";
    let (got, stderr) = timed_events_of(text, "course.org", ZONE);
    assert_eq!(
        got,
        [
            "lecture 2019-01-21T10:00 Welcome and logistics",
            "lecture 2019-01-22T11:00 Lecture 1",
            "lecture 2019-01-23T10:00 Lecture 1",
            "lecture 2019-01-25T10:00 Lecture 1",
            "lecture 2019-01-28T10:00 Sets",
            "lecture 2019-01-29T11:00 Lecture 2",
            "exam 2019-01-30T10:00 Quiz 1",
            "lecture 2019-02-01T10:00 Lecture 2",
        ],
        "{stderr}"
    );
}

/// The look-alike: a list whose text after the date starts with a number that is no clock
/// keeps it in the title, and a day table's rows that give neither words nor a time on a
/// weekday the class does not meet stay without class.
#[test]
fn a_number_after_a_date_that_is_no_clock_stays_the_title() {
    let text = "# Algorithms, Spring 2019\n\n- Mon 2019-01-21: 3 ways to sort\n- Wed 2019-01-23: Heaps\n- Fri 2019-01-25\n- Mon 2019-01-28: Graphs\n- Wed 2019-01-30: Trees\n- Fri 2019-02-01\n- Mon 2019-02-04: Paths\n- Wed 2019-02-06: Flows\n";
    let (got, stderr) = timed_events_of(text, "algo.md", ZONE);
    assert_eq!(
        got,
        [
            "lecture 2019-01-21 3 ways to sort",
            "lecture 2019-01-23 Heaps",
            "lecture 2019-01-28 Graphs",
            "lecture 2019-01-30 Trees",
            "lecture 2019-02-04 Paths",
            "lecture 2019-02-06 Flows",
        ],
        "{stderr}"
    );
}

/// A course site's `_data/schedule.yml`: one mapping per meeting, its date with the hour,
/// its topic a Markdown link, the day and month written again beside the date.
#[test]
fn a_yaml_list_of_meetings_is_a_table_of_its_keys() {
    let text = "# Week 1\n- month: 9\n  day: 3\n  date: \"2019-09-03 13:15\"\n  meeting: 1\n  topic: \"[Why systems](notes/why)\"\n  reading: \"Ch. 1\"\n\n- month: 9\n  day: 5\n  date: \"2019-09-05 13:15\"\n  meeting: 2\n  topic: \"Binary numbers\"\n\n# Week 2\n- month: 9\n  day: 10\n  date: \"2019-09-10 13:15\"\n  meeting: 3\n  topic: \"Integers\"\n  notes:\n    - a: b\n\n- month: 9\n  day: 12\n  date: \"2019-09-12 13:15\"\n  meeting: 4\n  topic: \"Midterm Exam\"\n";
    let (got, stderr) = timed_events_of(text, "schedule.yml", ZONE);
    assert_eq!(
        got,
        [
            "lecture 2019-09-03T13:15 Why systems",
            "lecture 2019-09-05T13:15 Binary numbers",
            "lecture 2019-09-10T13:15 Integers",
            "exam 2019-09-12T13:15 Midterm",
        ],
        "{stderr}"
    );
}
