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
