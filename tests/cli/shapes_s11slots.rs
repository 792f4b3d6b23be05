//! Schedule shapes, session 11 (issue 8): lectures timed by their dates alone. A date that
//! carries its own clock range as its only timing ("Saturday, 11 April — 08h00 to 12h00"),
//! or two ranges of one day ("09/10/2023 (9h30-12h15 & 13h30-16h15)"), gives a lecture at
//! each range; a second card of the same day at another time is another lecture.

use crate::common::timed_events_of;

/// Session cards, each opened by its date and its hours in the French/Portuguese "08h00"
/// style; one Saturday holds a morning and an afternoon card. No slot sentence anywhere.
#[test]
fn a_date_with_its_own_hours_times_its_lecture() {
    let text = r#"# Forecasting module — Spring 2026

## Sessions

Saturday, 11 April — 08h00 to 12h00

Session 1: what a series is made of.

Saturday, 11 April — 13h00 to 17h00

Session 2: models of change.

Monday, 13 April — 19h00 to 22h30

Session 3: seasonal patterns.

Friday, 17 April — Exam 09h00 to 11h00
"#;
    let (got, stderr) = timed_events_of(text, "cards.md", &["--timezone", "America/Sao_Paulo"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2026-04-11T08:00",
            "lecture 2026-04-11T13:00",
            "lecture 2026-04-13T19:00",
        ],
        "{got:?}\n{stderr}"
    );
    // The exam's hours are the exam's, not a lecture's.
    assert!(
        !got.iter().any(|l| l.starts_with("lecture 2026-04-17")),
        "{got:?}\n{stderr}"
    );
}

/// A page of sessions, each a heading and then its day with a morning and an afternoon range
/// in brackets: two lectures that day, at the two ranges.
#[test]
fn two_ranges_after_a_date_are_two_lectures_that_day() {
    let text = r#"<html><body><h1>Applied AI — 2023-24</h1>
<h4>Session 1: Tools</h4>
<h5>16/10/2023 (9h30-12h15 &amp; 13h30-16h15)</h5>
<ul><li>Python scripts</li><li>Containers</li></ul>
<h4>Session 2: Text</h4>
<h5>20/11/2023 (9h30-12h15 &amp; 13h30-16h15)</h5>
<h4>Session 3: Images</h4>
<h5>04/12/2023 (9h30-12h15 &amp; 13h30-16h15)</h5>
</body></html>
"#;
    let (got, stderr) = timed_events_of(text, "days.html", &["--timezone", "Europe/Paris"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2023-10-16T09:30",
            "lecture 2023-10-16T13:30",
            "lecture 2023-11-20T09:30",
            "lecture 2023-11-20T13:30",
            "lecture 2023-12-04T09:30",
            "lecture 2023-12-04T13:30",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A page footer after the schedule sets the class and its practical on one line, with dotted
/// times whose ends look like dates ("16.10", 16 October): the lectures take the
/// class's hours, never the practical's.
#[test]
fn a_footer_slot_with_dotted_hours_and_a_practical_after_it() {
    let text = r#"<html><body><h1>Data analysis with R</h1>
<table>
<tr><th>Fecha</th><th>Tema</th></tr>
<tr><td>9 de Marzo</td><td>Entorno de trabajo</td></tr>
<tr><td>16 de Marzo</td><td>Tipos de datos</td></tr>
<tr><td>23 de Marzo</td><td>Gráficos</td></tr>
<tr><td>30 de Marzo</td><td>Modelos</td></tr>
</table>
<footer><p>Primer semestre 2023</p>
<p><i class="icon"></i> Clases: Jueves 15.00-16.10 &emsp;&emsp;
<i class="icon"></i> Práctico: Jueves 16.20-17.30
<br>Sala B2</p></footer>
</body></html>
"#;
    let (got, stderr) = timed_events_of(text, "footer.html", &["--timezone", "America/Santiago"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2023-03-09T15:00",
            "lecture 2023-03-16T15:00",
            "lecture 2023-03-23T15:00",
            "lecture 2023-03-30T15:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A course taught in two groups, each heading naming its day and hours, each with its own
/// numbered list of dates: the slot read is the first group's (Tuesday), and the second
/// group's Thursday rows stay on their Thursdays instead of moving to the Tuesday of their
/// week.
#[test]
fn a_second_groups_dates_stay_on_their_own_weekday() {
    let text = r#"# Algorithms II — second term 2022

## Calendar

### Group A (Martes 14 a 18)

1. 6 Septiembre
2. 13 Septiembre
3. 20 Septiembre
4. 27 Septiembre
5. 4 Octubre
6. 11 Octubre

### Group B (Jueves 14 a 18)

1. 8 Septiembre
2. 15 Septiembre
3. 22 Septiembre
4. 29 Septiembre
5. 6 Octubre
6. 13 Octubre
"#;
    let (got, stderr) = timed_events_of(
        text,
        "groups.md",
        &[
            "--timezone",
            "America/Argentina/Buenos_Aires",
            "--term",
            "Fall 2022",
        ],
    );
    let mut lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    lectures.sort();
    assert_eq!(
        lectures,
        [
            "lecture 2022-09-06T14:00",
            "lecture 2022-09-08T14:00",
            "lecture 2022-09-13T14:00",
            "lecture 2022-09-15T14:00",
            "lecture 2022-09-20T14:00",
            "lecture 2022-09-22T14:00",
            "lecture 2022-09-27T14:00",
            "lecture 2022-09-29T14:00",
            "lecture 2022-10-04T14:00",
            "lecture 2022-10-06T14:00",
            "lecture 2022-10-11T14:00",
            "lecture 2022-10-13T14:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Week rows all dated on the week's Friday, under a Tuesday slot: no row falls on the slot's
/// day, so the rows name weeks and each lecture is on its week's Tuesday, as before.
#[test]
fn week_rows_dated_off_the_slot_still_give_the_slots_day() {
    let text = r#"# Algorithms II — Fall 2022

Lectures: Tuesday 14:00-16:00

| Week | Date | Topic |
|---|---|---|
| 1 | Sep 9 | Sorting |
| 2 | Sep 16 | Hashing |
| 3 | Sep 23 | Graphs |
| 4 | Sep 30 | Paths |
"#;
    let (got, stderr) = timed_events_of(text, "weeks.md", &["--timezone", "Europe/Berlin"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2022-09-06T14:00",
            "lecture 2022-09-13T14:00",
            "lecture 2022-09-20T14:00",
            "lecture 2022-09-27T14:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A calendar printed as a grid of two weekday columns (a PDF's text as `pdftotext -layout`
/// gives it): a line of weekday names, then per week one line holding both days' dates, each
/// followed by its lecture's label, and the topics below. Each date is its own lecture, the
/// right-hand one no longer read into the left-hand row's title.
#[test]
fn a_grid_of_weekday_columns_gives_both_days_lectures() {
    let rows = [
        (
            "Sep 1st",
            "Lecture 1",
            "Sep 3rd",
            "Lecture 2",
            "Sets and maps",
            "Loops",
        ),
        (
            "Sep 8th",
            "Lecture 3",
            "Sep 10th",
            "Lecture 4",
            "Functions",
            "Recursion",
        ),
        (
            "Sep 15th",
            "Lecture 5",
            "Sep 17th",
            "Lecture 6",
            "Arrays",
            "Sorting",
        ),
    ];
    let mut text = format!(
        "Course calendar\n{:<40}Fall semester 2025\n\n{:<25}{:<60}Wednesday\n",
        "", "", "Monday"
    );
    for (a, la, b, lb, ta, tb) in rows {
        text.push_str(&format!("{a:<49}{la:<13}{b:<46}{lb}\n{ta:<62}{tb}\n\n"));
    }
    let (got, stderr) = timed_events_of(&text, "grid.txt", &["--timezone", "America/New_York"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-01",
            "lecture 2025-09-03",
            "lecture 2025-09-08",
            "lecture 2025-09-10",
            "lecture 2025-09-15",
            "lecture 2025-09-17",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A week table as a PDF's text gives it: the dates column lists each week's meetings as
/// whole dates, and a week with a holiday lists two ("2/14, 2/16" under a Monday, Wednesday,
/// Friday slot). Its second date is a meeting, not the start of the topic.
#[test]
fn a_list_of_two_whole_dates_in_a_laid_out_table() {
    let text = "Data structures, Spring 2024\n\n  • Monday, Wednesday, Friday 10:00-10:50\n\n\
Week         Dates            Topic                    Reading\n\
1            2/5, 2/7, 2/9    Queues and stacks        Notes 1\n\
2            2/14, 2/16       Hash tables              Notes 2\n\
3            2/19, 2/21, 2/23 Heaps                    Notes 3\n";
    let (got, stderr) = timed_events_of(text, "weeks.txt", &["--timezone", "America/Chicago"]);
    let week_two: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture 2024-02-1"))
        .cloned()
        .collect();
    assert_eq!(
        week_two,
        [
            "lecture 2024-02-14T10:00 Hash tables  Notes 2",
            "lecture 2024-02-16T10:00 Hash tables  Notes 2",
            "lecture 2024-02-19T10:00 Heaps  Notes 3",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Week rows dated by a range of one month written with the end day alone ("9/3-5", a week
/// whose Monday is a holiday): the row's lectures are the slot's days inside the range, and
/// the end day is no part of the topic.
#[test]
fn a_slash_date_with_a_bare_end_day_is_the_weeks_range() {
    let text = r#"# Scripting for analysts, Fall 2025

Class meets Monday, Wednesday & Friday, 9:30 AM - 10:20 AM, Hall 12.

| Week | Dates | Topic |
|---|---|---|
| 1 | 9/3-5 | Setting up |
| 2 | 9/8-12 | Arrays |
"#;
    let (got, stderr) = timed_events_of(text, "range.md", &["--timezone", "America/New_York"]);
    let lectures: Vec<&String> = got.iter().filter(|l| l.starts_with("lecture ")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-03T09:30 Setting up",
            "lecture 2025-09-05T09:30 Setting up",
            "lecture 2025-09-08T09:30 Arrays",
            "lecture 2025-09-10T09:30 Arrays",
            "lecture 2025-09-12T09:30 Arrays",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Session cards in block quotes, each date followed, after a blank line, by its hours as a
/// bold field without a colon ("- **Hora** 10- 1 pm"): each session's lecture takes them.
#[test]
fn a_bold_time_field_under_a_quoted_date_times_its_lecture() {
    let text = r#"# Economía ambiental, otoño 2022

# Septiembre

> ## Sesión 1
> Jueves 8 de septiembre

- **Hora** 4 -7 pm

**Objetivos:** presentar el curso.

> ## Sesión 2
> Jueves 22 de septiembre

- **Hora** 9- 12 pm

> ## Sesión 3
> Jueves 29 de septiembre

- **Hora** 9- 12 pm
"#;
    let (got, stderr) = timed_events_of(text, "cards.md", &["--timezone", "America/Tijuana"]);
    let lectures: Vec<String> = got
        .iter()
        .filter(|l| l.starts_with("lecture "))
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2022-09-08T16:00",
            "lecture 2022-09-22T09:00",
            "lecture 2022-09-29T09:00",
        ],
        "{got:?}\n{stderr}"
    );
}
