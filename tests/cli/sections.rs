//! Courses taught in several sections: the syllabus in three shapes, a feed per section read
//! back by Python's `icalendar`, the subscribe page, and reminders over real SMTP that reach
//! each student with their own section's exam only.

use std::path::Path;

use serde_json::Value;

use crate::common::smtp::{PASSWORD, Server, USER, make_certs};
use crate::common::{coursecal, events_json, fixture, icalendar_view, root, utc};

/// Two sections on lines of their own; each section's midterm in a row naming it.
const LINES: &str = "\
PHYS 105 General Physics I
Spring 2025

Section 1: Mondays and Wednesdays 10:40-12:30, Room P1
Section 2: Tuesdays and Thursdays 13:40-15:30, Room P3

Week  Date    Topic
1     Feb 17  Units and vectors
2     Feb 24  Motion in one dimension; Hw1 out
3     Mar 3   Motion in two dimensions; Hw1 due
4     Mar 10  Newton's laws
5     Mar 17  Midterm exam (Section 1) Mar 19
5     Mar 17  Midterm exam (Section 2) Mar 20
6     Mar 24  Work and energy
";

/// A table of meetings with a Section column; one exam for everyone at its own time.
const TABLE: &str = "\
# CHEM 110 Introductory Chemistry, Fall 2024

## Class meetings

| Section | Day | Time | Room |
|---|---|---|---|
| 01 | Monday | 09:00-10:50 | C-101 |
| 01 | Thursday | 09:00-10:50 | C-101 |
| 02 | Tuesday | 14:00-15:50 | C-204 |
| 02 | Friday | 14:00-15:50 | C-204 |

## Schedule

| Week | Date | Topic | Due |
|---|---|---|---|
| 1 | Sep 23 | Atoms and molecules | |
| 2 | Sep 30 | Stoichiometry | Problem set 1 due Oct 4 |
| 3 | Oct 7 | Gases | |
| 4 | Oct 14 | Thermochemistry | |
| 5 | Oct 21 | Midterm exam Oct 24 18:00-20:00 | |
";

/// Each group's name heading its meeting line, and an exam row per group.
const HEADINGS: &str = "\
MATH 150 Calculus for Engineers
Spring 2025

Lecture times
Group A
Tuesday 10:40-12:30, Hall 1
Group B
Wednesday 15:40-17:30, Hall 2

Week  Date    Topic
1     Feb 17  Limits
2     Feb 24  Derivatives; Homework 1 given
3     Mar 3   Chain rule; Homework 1 due
4     Mar 10  Applications of derivatives; Homework 2 due Mar 14
5     Mar 18  Midterm exam (Group A)
5     Mar 19  Midterm exam (Group B)
6     Mar 24  Integrals
";

fn of_section<'a>(events: &'a [Value], section: Option<&str>, kind: &str) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| e["kind"] == kind && e["section"].as_str() == section)
        .collect()
}

fn starts(events: &[&Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["start"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn section_lines_give_each_section_its_lectures_and_its_own_midterm() {
    let (_d, path) = fixture(LINES, "phys105.txt");
    let (events, stderr) = events_json(&path, &[]);
    let one = of_section(&events, Some("Section 1"), "lecture");
    let two = of_section(&events, Some("Section 2"), "lecture");
    assert_eq!(one.len(), 11, "{stderr}");
    assert_eq!(two.len(), 11);
    assert_eq!(
        starts(&one)[..2],
        ["2025-02-17T10:40:00+03:00", "2025-02-19T10:40:00+03:00"]
    );
    assert_eq!(
        starts(&two)[..2],
        ["2025-02-18T13:40:00+03:00", "2025-02-20T13:40:00+03:00"]
    );
    assert_eq!(two[0]["location"], "Room P3");
    assert_eq!(
        one[0]["uid"],
        "phys105-spring2025-section-1-lecture-1-1@coursecal"
    );
    assert_eq!(
        two[0]["uid"],
        "phys105-spring2025-section-2-lecture-1-1@coursecal"
    );
    let exam1 = of_section(&events, Some("Section 1"), "exam");
    let exam2 = of_section(&events, Some("Section 2"), "exam");
    assert_eq!(starts(&exam1), ["2025-03-19T10:40:00+03:00"]);
    assert_eq!(starts(&exam2), ["2025-03-20T13:40:00+03:00"]);
    assert_eq!(exam2[0]["location"], "Room P3");
    assert!(of_section(&events, None, "exam").is_empty());
    // Homework is everyone's, once.
    assert_eq!(of_section(&events, None, "deadline").len(), 1);
    assert_eq!(of_section(&events, None, "release").len(), 1);
    assert!(
        !stderr.contains("several sections"),
        "no section is dropped any more: {stderr}"
    );
}

#[test]
fn a_section_column_in_a_meetings_table_gives_each_section_its_days_and_rooms() {
    let (_d, path) = fixture(TABLE, "chem110.md");
    let (events, stderr) = events_json(&path, &[]);
    let one = of_section(&events, Some("Section 01"), "lecture");
    let two = of_section(&events, Some("Section 02"), "lecture");
    assert_eq!(
        starts(&one)[..2],
        ["2024-09-23T09:00:00+03:00", "2024-09-26T09:00:00+03:00"],
        "{stderr}"
    );
    assert_eq!(
        starts(&two)[..2],
        ["2024-09-24T14:00:00+03:00", "2024-09-27T14:00:00+03:00"]
    );
    assert_eq!(
        (one[0]["location"].as_str(), two[0]["location"].as_str()),
        (Some("C-101"), Some("C-204"))
    );
    // The exam gives its own time: one exam for both sections, in no section's room.
    let exams = of_section(&events, None, "exam");
    assert_eq!(starts(&exams), ["2024-10-24T18:00:00+03:00"]);
    assert_eq!(exams[0]["location"], Value::Null);
    assert_eq!(exams[0]["uid"], "chem110-fall2024-exam-midterm@coursecal");
}

#[test]
fn group_headings_and_exam_rows_naming_a_group_are_that_groups() {
    let (_d, path) = fixture(HEADINGS, "math150.txt");
    let (events, stderr) = events_json(&path, &[]);
    let a = of_section(&events, Some("Group A"), "exam");
    let b = of_section(&events, Some("Group B"), "exam");
    assert_eq!(starts(&a), ["2025-03-18T10:40:00+03:00"], "{stderr}");
    assert_eq!(starts(&b), ["2025-03-19T15:40:00+03:00"]);
    assert_eq!(b[0]["title"], "Midterm (Group B)");
    let lectures_b = of_section(&events, Some("Group B"), "lecture");
    assert!(
        lectures_b
            .iter()
            .all(|e| e["start"].as_str().unwrap().contains("T15:40")),
        "every Group B lecture is at its Wednesday slot"
    );
    let table = coursecal().arg("events").arg(&path).output().unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    let header = text.lines().nth(2).unwrap();
    assert!(header.contains("SECTION"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("deadline-hw2") && l.contains("  -  ")),
        "{text}"
    );
}

#[test]
fn a_course_without_sections_has_no_section_column_and_null_sections() {
    let (events, _) = events_json(&root().join("schedule/ceng501-fall2022.toml"), &[]);
    assert!(events.iter().all(|e| e["section"].is_null()));
    let table = coursecal()
        .arg("events")
        .arg(root().join("schedule/ceng501-fall2022.toml"))
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&table.stdout).contains("SECTION"));
}

fn build(course: &Path, out: &Path) -> String {
    let o = coursecal()
        .args(["build", "--now", "2025-01-10T12:00:00Z", "--out"])
        .arg(out)
        .arg(course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn each_section_feed_holds_its_events_and_the_shared_ones_at_the_syllabus_instants() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.txt"), LINES).unwrap();
    let course = dir.path().join("c.toml");
    std::fs::write(
        &course,
        "syllabus = \"s.txt\"\n[feed]\nurl = \"https://example.edu/cal\"\n",
    )
    .unwrap();
    let out = dir.path().join("public");
    let report = build(&course, &out);
    assert!(
        report.contains("phys105-section-1.ics: 14 events"),
        "{report}"
    );
    let (events, _) = events_json(&course, &[]);
    for (file, mine, other) in [
        ("phys105-section-1.ics", "Section 1", "Section 2"),
        ("phys105-section-2.ics", "Section 2", "Section 1"),
    ] {
        let feed = icalendar_view(&out.join(file));
        assert_eq!(
            feed["calendar"]["X-WR-CALNAME"],
            format!("PHYS 105 General Physics I (Spring 2025) — {mine}")
        );
        let wanted: Vec<(String, String)> = events
            .iter()
            .filter(|e| e["section"].is_null() || e["section"] == mine)
            .map(|e| {
                let start = e["start"].as_str().unwrap();
                let start = if e["all_day"] == true {
                    start.to_string()
                } else {
                    utc(start)
                };
                (e["uid"].as_str().unwrap().to_string(), start)
            })
            .collect();
        let got: Vec<(String, String)> = feed["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["uid"].as_str().unwrap().to_string(),
                    e["start"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(got, wanted, "{file}");
        assert!(
            !got.iter()
                .any(|(uid, _)| uid.contains(&other.to_lowercase().replace(' ', "-"))),
            "{file} holds none of {other}'s events"
        );
    }
    // The shared deadlines feed is as for one class; the whole feed holds every event.
    assert_eq!(
        icalendar_view(&out.join("phys105-deadlines.ics"))["events"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        icalendar_view(&out.join("phys105.ics"))["events"]
            .as_array()
            .unwrap()
            .len(),
        events.len()
    );
    // Rebuilding keeps every section feed's bytes.
    let before = std::fs::read(out.join("phys105-section-2.ics")).unwrap();
    build(&course, &out);
    assert_eq!(
        std::fs::read(out.join("phys105-section-2.ics")).unwrap(),
        before
    );
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(page.contains("Which section are you in?"), "{page}");
    assert!(page.contains("webcal://example.edu/cal/phys105-section-2.ics"));
    assert!(page.contains("Tue, Thu 13:40–15:30 (Room P3)"), "{page}");
}

#[test]
fn course_file_sections_replace_the_syllabus_sections_and_bad_ones_name_their_line() {
    let (_d, path) = fixture(
        "syllabus = \"s.txt\"\n[[section]]\nname = \"Section 1\"\ndays = [\"Fri\"]\nstart = \"08:40\"\nend = \"10:30\"\nlocation = \"Z-10\"\nexam-location = \"Amfi\"\n[[section]]\nname = \"Section 2\"\ndays = [\"Tue\", \"Thu\"]\nstart = \"13:40\"\nend = \"15:30\"\nlocation = \"Room P3\"\n",
        "c.toml",
    );
    std::fs::write(path.with_file_name("s.txt"), LINES).unwrap();
    let (events, stderr) = events_json(&path, &[]);
    let one = of_section(&events, Some("Section 1"), "lecture");
    assert_eq!(starts(&one)[0], "2025-02-21T08:40:00+03:00", "{stderr}");
    assert_eq!(one[0]["location"], "Z-10");
    let exam = of_section(&events, Some("Section 1"), "exam");
    assert_eq!(exam[0]["location"], "Amfi");
    std::fs::write(
        &path,
        "syllabus = \"s.txt\"\n[[section]]\nname = \"Section 1\"\ndays = [\"Fri\"]\nstart = \"08:40\"\nend = \"10:30\"\nexam-end = \"12:00\"\n",
    )
    .unwrap();
    let o = coursecal().arg("events").arg(&path).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("c.toml:7:"), "{err}");
    assert!(err.contains("exam-start and exam-end"), "{err}");
}

/// A course in two groups with a roster whose Groups column places two students and not a
/// third; SMTP to aiosmtpd with STARTTLS and AUTH.
#[test]
fn each_student_gets_their_own_sections_exam_reminder_and_the_shared_deadline_once() {
    let dir = tempfile::tempdir().unwrap();
    let certs = make_certs(dir.path());
    let server = Server::start(dir.path(), &certs, &[]);
    std::fs::write(dir.path().join("s.txt"), HEADINGS).unwrap();
    std::fs::write(
        dir.path().join("roster.csv"),
        "First name,Last name,Email address,Groups\nAda,One,ada@example.edu,\"Lab 1, Group A\"\nBora,Two,bora@example.edu,Group B\nCem,Three,cem@example.edu,Lab 2\n",
    )
    .unwrap();
    let course = dir.path().join("c.toml");
    std::fs::write(
        &course,
        format!(
            "syllabus = \"s.txt\"\n[[section]]\nname = \"Group A\"\ndays = [\"Tue\"]\nstart = \"10:40\"\nend = \"12:30\"\nlocation = \"Hall 1\"\n[[section]]\nname = \"Group B\"\ndays = [\"Wed\"]\nstart = \"15:40\"\nend = \"17:30\"\nlocation = \"Hall 2\"\nexam-location = \"Hall 3\"\n[mail]\nfrom = \"MATH 150 <bot@example.edu>\"\nroster = \"roster.csv\"\ntransport = \"smtp://127.0.0.1:{}\"\nuser = \"{USER}\"\npassword-env = \"TEST_SMTP_PASSWORD\"\nca-file = \"{}\"\ntimeout = 10\n",
            server.port,
            certs.ca.display()
        ),
    )
    .unwrap();
    // Both groups' 7-day exam reminders and the homework's 3-day one are due.
    let now = "2025-03-12T16:00:00+03:00";
    let plan = coursecal()
        .args(["plan", "--now", now])
        .arg(&course)
        .output()
        .unwrap();
    let plan_err = String::from_utf8_lossy(&plan.stderr);
    assert!(plan.status.success(), "{plan_err}");
    assert!(
        plan_err.contains(
            "roster.csv:4: warning: cem@example.edu is in no known section (groups \"Lab 2\""
        ),
        "{plan_err}"
    );
    let check = coursecal()
        .args(["check", "--now", now])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    let check_out = String::from_utf8_lossy(&check.stdout);
    assert!(
        check_out.contains("by section: Group A 1, Group B 1, in none 1"),
        "{check_out}"
    );
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("cem@example.edu is in no known section"),
        "check names the student too"
    );
    let o = coursecal()
        .args(["remind", "--now", now])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut got: Vec<(String, String)> = server
        .messages()
        .iter()
        .map(|m| {
            (
                m.meta["rcpt_tos"][0].as_str().unwrap().to_string(),
                m.header("Subject"),
            )
        })
        .collect();
    got.sort();
    let subjects = |who: &str| -> Vec<String> {
        got.iter()
            .filter(|(to, _)| to == who)
            .map(|(_, s)| s.clone())
            .collect()
    };
    let ada = subjects("ada@example.edu");
    let bora = subjects("bora@example.edu");
    let cem = subjects("cem@example.edu");
    assert_eq!(ada.len(), 2, "{got:?}");
    assert!(
        ada.iter().any(|s| s.contains("Midterm (Group A)")),
        "{ada:?}"
    );
    assert!(ada.iter().all(|s| !s.contains("Group B")), "{ada:?}");
    assert_eq!(bora.len(), 2, "{got:?}");
    assert!(
        bora.iter().any(|s| s.contains("Midterm (Group B)")),
        "{bora:?}"
    );
    assert!(bora.iter().all(|s| !s.contains("Group A")), "{bora:?}");
    assert_eq!(cem.len(), 1, "only the shared homework: {got:?}");
    assert!(cem[0].contains("Hw2 due"), "{cem:?}");
    // Group B's exam room is the course file's, in the message.
    let b_exam = server
        .messages()
        .into_iter()
        .find(|m| m.header("Subject").contains("Midterm (Group B)"))
        .unwrap();
    assert!(
        String::from_utf8_lossy(&b_exam.raw).contains("Hall 3"),
        "the exam room of Group B is in its reminder"
    );
    // A second pass sends nothing more.
    let again = coursecal()
        .args(["remind", "--now", now])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(server.messages().len(), 5);
}

#[test]
fn the_subscribe_page_and_events_table_of_a_course_in_sections() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.txt"), HEADINGS).unwrap();
    let course = dir.path().join("c.toml");
    std::fs::write(
        &course,
        "syllabus = \"s.txt\"\nurl = \"https://example.edu/math150\"\n[feed]\nurl = \"https://example.edu/cal\"\n",
    )
    .unwrap();
    let out = dir.path().join("public");
    build(&course, &out);
    let page = std::fs::read_to_string(out.join("math150.html")).unwrap();
    insta::assert_snapshot!("sections_subscribe_page_html", page);
    let table = coursecal().arg("events").arg(&course).output().unwrap();
    insta::assert_snapshot!(
        "sections_events_table",
        String::from_utf8_lossy(&table.stdout)
    );
}

#[test]
fn a_row_naming_both_sections_and_a_section_the_course_file_lacks_are_warned_about() {
    let text = LINES.replace(
        "6     Mar 24  Work and energy",
        "6     Mar 24  Work and energy; joint review for Section 1 and Section 2",
    );
    let (_d, path) = fixture(&text, "phys105.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert!(
        stderr.contains("phys105.txt:14: warning: this line names several sections"),
        "{stderr}"
    );
    assert_eq!(
        of_section(&events, Some("Section 2"), "lecture").len(),
        11,
        "the row is every section's"
    );
    let dir = path.parent().unwrap();
    let course = dir.join("c.toml");
    std::fs::write(
        &course,
        "syllabus = \"phys105.txt\"\n[[section]]\nname = \"Section 1\"\ndays = [\"Mon\"]\nstart = \"10:40\"\nend = \"12:30\"\n",
    )
    .unwrap();
    let (_, stderr) = events_json(&course, &[]);
    assert!(
        stderr.contains("phys105.txt:5: warning: the syllabus lists Section 2, which is not a [[section]] of the course file"),
        "{stderr}"
    );
}

#[test]
fn an_exam_row_that_names_its_group_before_or_after_the_exam_is_that_groups_exam() {
    let text = HEADINGS
        .replace("Midterm exam (Group A)", "Group A: Midterm exam")
        .replace("Midterm exam (Group B)", "Midterm exam - Group B");
    let (_d, path) = fixture(&text, "math150.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_section(&events, Some("Group A"), "exam")),
        ["2025-03-18T10:40:00+03:00"],
        "{stderr}"
    );
    assert_eq!(
        starts(&of_section(&events, Some("Group B"), "exam")),
        ["2025-03-19T15:40:00+03:00"]
    );
    assert!(
        !events
            .iter()
            .any(|e| e["kind"] == "lecture" && e["title"].as_str().unwrap().contains("Midterm")),
        "an exam row is no lecture"
    );
}
