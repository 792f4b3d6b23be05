//! Schedule shapes, part 11: events the development syllabi still lost in session 5 (issue
//! #8, recall). Every fixture is written for these tests (invented courses, topics and
//! dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// A course page with a heading per week and a heading per meeting that puts its kind after
/// the date and a colon (`Mar. 2: Seminar/Discussion`): each such heading is a meeting with
/// that topic, not a date cell holding text. The Monday meetings are the lectures; the
/// Wednesday ones, named `... Lab`, are labs (kind `other`), not lectures.
#[test]
fn dated_headings_with_a_colon_and_labs_named_by_their_last_word() {
    let page = "\
<!DOCTYPE html>
<html><body>
<h1>Maps and Memory, Spring 2032</h1>
<p>We meet Mondays 3:00-3:50 pm; labs are on Wednesdays.</p>
<h2>Week 1: Beginnings</h2>
<h3>Mar. 1: Seminar/Discussion</h3>
<p>Read the first two chapters before class.</p>
<h3>Mar. 3: Mapping Studio Lab (Guest: a curator)</h3>
<p>Bring a laptop.</p>
<h2>Week 2: Old Atlases</h2>
<h3>Mar. 8: Seminar/Discussion</h3>
<p>Response paper 1 due March 8 at 11:00 pm</p>
<h3>Mar. 10: Mapping Studio Lab</h3>
<p>Try the atlas viewer.</p>
<h2>Week 3: Routes</h2>
<h3>Mar. 15: Seminar/Discussion</h3>
<p>Watch the recorded talk.</p>
<h3>Mar. 17: Mapping Studio Lab</h3>
<p>Trace one route.</p>
</body></html>
";
    let (got, stderr) = timed_events_of(page, "schedule.html", &["--timezone", "America/New_York"]);
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2032-03-01T15:00 Seminar/Discussion, Read the first two chapters before class.",
            "lecture 2032-03-08T15:00 Seminar/Discussion, Response paper 1 due March 8 at 11:00 pm",
            "lecture 2032-03-15T15:00 Seminar/Discussion, Watch the recorded talk.",
        ],
        "{stderr}"
    );
    assert!(
        got.contains(&"deadline 2032-03-08T23:00 Response paper 1 due".to_string()),
        "{got:?}\n{stderr}"
    );
    let labs = got
        .iter()
        .filter(|s| s.starts_with("other") && s.contains("Lab"))
        .count();
    assert_eq!(labs, 3, "{got:?}\n{stderr}");
    assert!(!stderr.contains("which is not a date"), "{stderr}");
}

/// A Portuguese table whose dates carry a short weekday before a comma (`Ter, 03/03`,
/// `Sex, 06/03`, day first): every such date is read. A row saying there is no class
/// (`Não haverá aula`) or naming Carnaval gives nothing; an exam row with its short code after
/// it (`Primeira Prova (P1)`) is the exam.
#[test]
fn short_portuguese_weekdays_before_a_date_no_class_rows_and_exams_with_their_code() {
    let text = "\
Cálculo Numérico 2031/1

| Aula | Data | Conteúdo |
|---|---|---|
| 1 | Ter, 04/03 | Apresentação e erros |
| 2 | Sex, 07/03 | Zeros de funções |
| 3 | Ter, 11/03 | Carnaval |
| 4 | Sex, 14/03 | Não haverá aula |
| 5 | Ter, 18/03 | Sistemas lineares |
| 6 | Sex, 21/03 | Primeira Prova (P1) |
| 7 | Ter, 25/03 | Interpolação |
| 8 | Sex, 28/03 | Terceira prova (P3) |
";
    let (_d, path) = fixture(text, "cronograma.md");
    let (events, stderr) = events_json(&path, &[]);
    let got = kinds_and_days(&events);
    assert_eq!(
        got,
        [
            "lecture 2031-03-04",
            "lecture 2031-03-07",
            "lecture 2031-03-18",
            "exam 2031-03-21",
            "lecture 2031-03-25",
            "exam 2031-03-28",
        ],
        "{stderr}"
    );
}

/// A plan printed as two side-by-side halves in a space-laid table (as `pdftotext -layout`
/// prints it), under a header that repeats `Datas | Conteúdo`, with a blank line under the
/// header: the left half is read down, then the right half, and neither is lost.
#[test]
fn a_space_laid_table_printed_in_two_halves_is_read_left_then_right() {
    let text = "\
                  Plano de aulas do primeiro semestre de 2031

Datas            Conteúdo                                     Datas            Conteúdo

04/03 (terça)    Apresentação da disciplina                   06/05 (terça)    Testes de hipóteses
06/03 (quinta)   Variáveis e tipos                            08/05 (quinta)   SEGUNDA PROVA (P2)
11/03 (terça)    FERIADO: Semana de recesso                   13/05 (terça)    Regressão linear
13/03 (quinta)   PRIMEIRA PROVA (P1)                          15/05 (quinta)   PROVA SUBSTITUTIVA
";
    let (got, stderr) = timed_events_of(text, "plano.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2031-03-04 Apresentação da disciplina",
            "lecture 2031-03-06 Variáveis e tipos",
            "exam 2031-03-13 PRIMEIRA PROVA (P1)",
            "lecture 2031-05-06 Testes de hipóteses",
            "exam 2031-05-08 SEGUNDA PROVA (P2)",
            "lecture 2031-05-13 Regressão linear",
            "exam 2031-05-15 PROVA SUBSTITUTIVA",
        ],
        "{stderr}"
    );
}

/// A plan with a row for every weekday of each week (the week number in a cell spanning its
/// five rows, `Seg<br>3/3` dates), where only Monday and Tuesday hold classes: the rows left
/// blank on the other days are no meetings, while a Thursday row that names a hand-out is
/// not blank: its work stays (since session 13 a row that only hands out numbered work is no
/// class of its own), and a blank Tuesday among Tuesdays of class is still a class.
#[test]
fn blank_rows_on_weekdays_left_blank_in_a_table_of_every_weekday_are_no_meetings() {
    let mut rows = String::new();
    let days = ["Seg", "Ter", "Qua", "Qui", "Sex"];
    for (week, monday) in [(1u32, 3u32), (2, 10), (3, 17)] {
        for (i, day) in days.iter().enumerate() {
            let span = if i == 0 {
                format!("<td rowspan=\"5\">{week}</td>")
            } else {
                String::new()
            };
            let topic = match (week, i) {
                (2, 1) => String::new(),
                (_, 0 | 1) => format!("Capítulo {week}.{i}"),
                (2, 3) => "Homework 1 out".to_string(),
                _ => String::new(),
            };
            rows.push_str(&format!(
                "<tr>{span}<th>{day}<br />{}/3</th><td>{topic}</td></tr>\n",
                monday + i as u32
            ));
        }
    }
    let page = format!(
        "<!DOCTYPE html>\n<html><body><h1>Estruturas de Dados 2031/1</h1>\n<table>\n\
         <tr><th>Semana</th><th>Data</th><th>Aula</th></tr>\n{rows}</table></body></html>\n"
    );
    let (_d, path) = fixture(&page, "cronograma.html");
    let (events, stderr) = events_json(&path, &[]);
    let got = kinds_and_days(&events);
    assert_eq!(
        got,
        [
            "lecture 2031-03-03",
            "lecture 2031-03-04",
            "lecture 2031-03-10",
            "lecture 2031-03-11",
            "release 2031-03-13",
            "lecture 2031-03-17",
            "lecture 2031-03-18",
        ],
        "{stderr}"
    );
}

/// A table whose dates join a weekday, the day and the month name with hyphens
/// (`Mon-24-Jan`, as an Org-mode or spreadsheet export writes them), one with its year
/// (`28-Jan-2032`): every row is read on its date.
#[test]
fn dates_joined_by_hyphens_with_a_weekday_and_a_month_name_are_read() {
    let text = "\
Data Wrangling, Spring 2032

| No | Week | Date        | Topic              |
|----+------+-------------+--------------------|
|  1 |    1 | Mon-19-Jan  | Why wrangle data   |
|  2 |      | Wed-21-Jan  | Tidy tables        |
|  3 |      | 23-Jan-2032 | Reshaping          |
|----+------+-------------+--------------------|
|  4 |    2 | Mon-26-Jan  | Joins              |
";
    let (got, stderr) = timed_events_of(text, "plan.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2032-01-19 Why wrangle data",
            "lecture 2032-01-21 Tidy tables",
            "lecture 2032-01-23 Reshaping",
            "lecture 2032-01-26 Joins",
        ],
        "{stderr}"
    );
}

/// A slot line whose days are letters joined by commas (`M, W at 10am (50 mins)`) over a
/// space-laid table of three rows a week (`LECTURE 1:`, `LECTURE 2:`, `LAB:`, numbered within
/// the week): the lectures are at ten on Mondays and Wednesdays, the Friday labs are not
/// lectures, and `LECTURE 2: MIDTERM #1` is the exam, not a lecture.
#[test]
fn day_letters_joined_by_commas_give_the_slot_and_a_numbered_meeting_can_be_the_exam() {
    let text = "\
                      Plant Demography
Lecture & Seminar: M, W at 10am (50 mins)
Lab: F at 10am (3 hours)

Week       Dates          Topic                                    Readings
Week 1     1/19/2032      LECTURE 1: Why populations change        Chapter 1
           1/21/2032      LECTURE 2: Counting plants               Chapter 2
           1/23/2032      LAB: Field census in the arboretum
Week 2     1/26/2032      LECTURE 1: Life tables                   Chapter 3
           1/28/2032      LECTURE 2: MIDTERM #1
           1/30/2032      LAB: Life tables in a spreadsheet
";
    let (_d, path) = fixture(text, "syllabus.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Los_Angeles"]);
    let got = kinds_and_days(&events);
    assert_eq!(
        got,
        [
            "lecture 2032-01-19T10:00",
            "lecture 2032-01-21T10:00",
            "other 2032-01-23",
            "lecture 2032-01-26T10:00",
            "exam 2032-01-28T10:00",
            "other 2032-01-30",
        ],
        "{stderr}"
    );
}

/// A page with a heading per meeting and a list of fields under it (`- **Date:** 4 March
/// 2032`, `- **Time:** 10:30-13:30`, `- **Topics:**`): each meeting is a lecture on its
/// date at the time its field gives, and the date's label is not its title.
#[test]
fn meetings_given_as_fields_under_a_heading_take_their_time_field() {
    let text = "\
# Course calendar

### **Meeting 1**
- **Date:** 4 March 2032
- **Time:** 10:30-13:30
- **Topics:**
  - What a test score is
- **Notes:** an overview.

---

### **Meeting 2**
- **Date:** 6 March 2032
- **Time:** 8:30-11:30
- **Topics:**
  - Reliability

---

### **Meeting 3**
- **Date:** 11 March 2032
- **Time:** 10:30-13:30
";
    let (_d, path) = fixture(text, "calendar.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Rome"]);
    let got = summary(&events);
    let starts: Vec<String> = got
        .iter()
        .map(|s| s.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        starts,
        [
            "lecture 2032-03-04T10:30",
            "lecture 2032-03-06T08:30",
            "lecture 2032-03-11T10:30",
        ],
        "{stderr}"
    );
    assert!(
        got.iter().all(|s| !s.ends_with(" Date")),
        "{got:?}\n{stderr}"
    );
    let ends: Vec<&str> = events
        .iter()
        .filter_map(|e| e["end"].as_str())
        .map(|e| e.get(11..16).unwrap_or(e))
        .collect();
    assert_eq!(ends, ["13:30", "11:30", "13:30"], "{stderr}");
}

/// A table whose cells list work after `Assign:` and `Due:` labels, named by words no
/// lexicon holds (`Playtest 1`, `Field Journal 2`) beside known ones (`Project 1 Draft`):
/// each named item with a number is released or due on its cell's date, every item of an
/// `Assign:` list is released (not only the first), and a date after a `Deadline:` label
/// names no work.
#[test]
fn every_item_under_assign_and_due_labels_is_released_and_due_whatever_its_name() {
    let text = "\
# Game Studio, Fall 2032

| Week | Date | Plan |
|---|---|---|
| 1 | 10/05 | Engines tour; Assign: Playtest 1, Field Journal 1 |
| 2 | 10/12 | Due: Playtest 1, Project 1 Draft; Deadline: Monday October 18 |
| 3 | 10/19 | Due: Field Journal 1 |
| 4 | 10/26 | Critique; Assign: Field Journal 2, Project 2 |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    let work: Vec<String> = got
        .into_iter()
        .filter(|s| !s.starts_with("lecture"))
        .collect();
    for want in [
        "release 2032-10-05 Playtest 1 released",
        "release 2032-10-05 Field Journal 1 released",
        "deadline 2032-10-12T23:59 Playtest 1 due",
        "deadline 2032-10-19T23:59 Field Journal 1 due",
        "release 2032-10-26 Field Journal 2 released",
        "release 2032-10-26 Project 2 released",
    ] {
        assert!(
            work.contains(&want.to_string()),
            "{want}: {work:?}\n{stderr}"
        );
    }
    assert!(
        !work.iter().any(|w| w.contains("Monday")),
        "{work:?}\n{stderr}"
    );
}

/// A Markdown table with no date column: each lecture's cell is its number and title with
/// its date after a line break (`1. Counting cases <br> (March 29,2032)`), and the other
/// cells hold lists of links. However long the row, it is a row of the table, not a
/// sentence of prose, so every lecture is read.
#[test]
fn long_table_rows_whose_date_follows_a_numbered_title_are_rows_not_sentences() {
    let text = "\
<h3> Plan for Modelling Outbreaks (Spring 2032) </h3>

|Lecture| Slides | Video | Notebook |
|--|--|--|--|
| 1. Counting cases <br> (March 29,2032) | <ul><li>[Welcome slides][w]</li><li>[Lecture 1 slides][1]</li></ul> | <ul><li>[Welcome video][vw]</li><li>[Data video][v1]</li></ul> | <ul><li>[Exploring the counts][n1]</li></ul> |
 |2. Growth curves <br> (March 31, 2032) | <ul><li>[Lecture 2 slides][2]</li></ul> | <ul><li>[Lecture 2 video][v2]</li></ul> | <ul><li>[Exponential and logistic growth][n2]</li></ul> |
|3. Chance and recovery <br> (April 5, 2032) | <ul><li>[Lecture 3 slides][3]</li></ul> | <ul><li>[Lecture 3 video][v3]</li></ul> | <ul><li>[Recovery times as a random process][n3]</li></ul> |

[1]: https://example.org/1.pdf
[2]: https://example.org/2.pdf
";
    let (_d, path) = fixture(text, "syllabus.md");
    let (events, stderr) = events_json(&path, &[]);
    let got = kinds_and_days(&events);
    assert_eq!(
        got,
        [
            "lecture 2032-03-29",
            "lecture 2032-03-31",
            "lecture 2032-04-05",
        ],
        "{stderr}"
    );
}

/// Work named by its own title before an unnumbered work word (`Sniffer Assignment - due ...`,
/// `Unit2-Activities Deadline: ...`) in a list of such items: each is a deadline of its own,
/// not one assignment "given again" on later dates; the same work named more fully on the
/// same day (`Lab Project Portfolio`, `Project Portfolio`) is one deadline.
#[test]
fn unnumbered_work_named_by_its_title_is_a_deadline_of_its_own() {
    let text = "\
Network Defence, Spring 2032

Class meetings: Tuesdays 18:00-20:00

Week  Date     Topic
1     Jan 13   Threat models
2     Jan 20   Packets and ports
3     Jan 27   Firewalls

Deliverables:

- Sniffer Assignment - due at the end of Week 1 on Sunday, January 18, 2032 at 11:59 PM.
- Port Scan Assignment - due at the end of Week 2 on Sunday, January 25, 2032 at 11:59 PM.
- Firewall Rules Assignment - due at the end of Week 3 on Sunday, February 1, 2032 at 11:59 PM.
- Lab Project Portfolio - due on Sunday, February 1, 2032.
- The Project Portfolio is due on Sunday, February 1, 2032.
";
    let (got, stderr) = timed_events_of(text, "syllabus.txt", &[]);
    let deadlines: Vec<String> = got
        .into_iter()
        .filter(|s| s.starts_with("deadline"))
        .collect();
    assert_eq!(
        deadlines,
        [
            "deadline 2032-01-18T23:59 Sniffer Assignment due",
            "deadline 2032-01-25T23:59 Port Scan Assignment due",
            "deadline 2032-02-01T23:59 Firewall Rules Assignment due",
            "deadline 2032-02-01T23:59 Lab Project Portfolio due",
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("given again"), "{stderr}");
}

/// "lecture 2031-03-04": each event's kind and day, without its time and title.
fn kinds_and_days(events: &[serde_json::Value]) -> Vec<String> {
    summary(events)
        .into_iter()
        .map(|s| s.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect()
}
