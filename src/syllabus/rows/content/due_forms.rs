//! How schedules say that work is due, and on which day, in many forms and languages (each
//! written for this test), set in small dated schedules of the shapes syllabi use (pipe,
//! tab, space-laid and HTML tables, lists under week headings, item-first tables, a list of
//! deliverables below the schedule); with negatives that look like a deadline and are not.
//! Every case states the events that matter: a deadline on its day (and hour), no lecture
//! where only work is due, the lectures a row with a class keeps.

use chrono::{NaiveDate, NaiveTime};

use crate::model::{EventKind, When};
use crate::syllabus::{ParseOptions, parse};

/// A course that meets on Tuesdays and Thursdays at 10:00, Spring 2025.
const HEAD: &str = "CS 210 Data Structures, Spring 2025\nLectures: Tuesday and Thursday 10:00-11:15, Room 12\n\nSchedule\n\n";

/// One lecture per row, Tuesdays and Thursdays of March 2025, with `row` (date, cell) in its
/// place (instead of that date's topic), as a Markdown pipe table.
fn lectures_with(row: (&str, &str)) -> String {
    let mut rows = vec![
        ("2025-03-04", "Arrays"),
        ("2025-03-06", "Linked lists"),
        ("2025-03-11", "Stacks and queues"),
        ("2025-03-13", "Hash tables"),
        ("2025-03-18", "Binary trees"),
        ("2025-03-20", "Heaps"),
    ];
    rows.retain(|r| r.0 != row.0);
    rows.push(row);
    rows.sort_by_key(|r| r.0);
    let body: String = rows
        .iter()
        .map(|(d, t)| format!("| {d} | {t} |\n"))
        .collect();
    format!("{HEAD}| Date | Topic |\n|---|---|\n{body}")
}

/// One row per week, dated by its Monday, as a tab table with a work column; `work` is week
/// 2's (Mon Mar 10) work cell.
fn weeks_with(work: &str) -> String {
    format!(
        "{HEAD}Week\tDate\tTopic\tAssignments\n\
         1\tMar 3\tArrays and lists\t\n\
         2\tMar 10\tStacks and queues\t{work}\n\
         3\tMar 17\tTrees\t\n\
         4\tMar 24\tGraphs\t\n"
    )
}

/// A week table of another language: `head` is its header line, `work` week 2's work cell;
/// the weeks open on the Mondays 03.03., 10.03., 17.03.2025.
fn weeks_in(slot: &str, head: &str, work: &str) -> String {
    format!(
        "Kurs 210, 2025\n{slot}\n\n{head}\n\
         1\t03.03.2025\tEinführung\t\n\
         2\t10.03.2025\tListen\t{work}\n\
         3\t17.03.2025\tBäume\t\n"
    )
}

/// A space-laid table of weeks with a due column.
fn spaced_weeks(work: &str) -> String {
    format!(
        "{HEAD}Week   Date      Topic                 Due\n\
         1      Mar 3     Arrays and lists\n\
         2      Mar 10    Stacks and queues     {work}\n\
         3      Mar 17    Trees\n\
         4      Mar 24    Graphs\n"
    )
}

/// An HTML table of lectures with `row` as the Friday Mar 14 row's topic.
fn html_with(row: &str) -> String {
    let tr = |d: &str, t: &str| format!("<tr><td>{d}</td><td>{t}</td></tr>\n");
    format!(
        "<!DOCTYPE html><html><body><h1>CS 210, Spring 2025</h1>\
         <p>Lectures: Tuesday and Thursday 10:00-11:15</p>\n<table>\n\
         <tr><th>Date</th><th>Topic</th></tr>\n{}{}{}{}{}</table></body></html>\n",
        tr("Tue Mar 11", "Stacks"),
        tr("Thu Mar 13", "Queues"),
        tr("Fri Mar 14", row),
        tr("Tue Mar 18", "Trees"),
        tr("Thu Mar 20", "Heaps"),
    )
}

/// Week headings with the week's items listed below them; `item` is one of week 2's.
fn listed_weeks(item: &str) -> String {
    format!(
        "# CS 210, Spring 2025\n\nLectures: Tuesday and Thursday 10:00-11:15\n\n\
         ## Week 1 (March 3)\n\n- Arrays\n- Linked lists\n\n\
         ## Week 2 (March 10)\n\n- Stacks and queues\n- {item}\n\n\
         ## Week 3 (March 17)\n\n- Trees\n"
    )
}

/// A schedule, then a list of deliverables with their dates.
fn deliverables_below(line: &str) -> String {
    format!(
        "{}\nDeliverables\n\n{line}\n",
        lectures_with(("2025-03-25", "Graphs"))
    )
}

/// An item-first table of work below a lecture table.
fn item_table(header: &str, row: &str) -> String {
    format!(
        "{}\nAssignments\n\n{header}\n{row}\n",
        lectures_with(("2025-03-25", "Graphs"))
    )
}

/// What must hold of the events: `due MM-DD [HH:MM]`, `out MM-DD`, `exam MM-DD`,
/// `lecture MM-DD`, `no lecture MM-DD`, `no due` (none anywhere), `no due MM-DD`.
type Case = (&'static str, String, &'static [&'static str]);

/// Statements of work falling due, each in its schedule, with what must hold.
#[rustfmt::skip]
fn cases() -> Vec<Case> {
    vec![
        // A row of its own on a day without class: the deadline, no lecture.
        ("HW 3 due", lectures_with(("2025-03-14", "HW 3 due")), &["due 03-14", "no lecture 03-14"]),
        ("Due: Lab 2", lectures_with(("2025-03-14", "Due: Lab 2")), &["due 03-14", "no lecture 03-14"]),
        ("Hand in problem set 4", lectures_with(("2025-03-14", "Hand in problem set 4")), &["due 03-14", "no lecture 03-14"]),
        ("Entrega del trabajo 2", lectures_with(("2025-03-14", "Entrega del trabajo 2")), &["due 03-14", "no lecture 03-14"]),
        ("Tarea 3: fecha límite", lectures_with(("2025-03-14", "Tarea 3: fecha límite")), &["due 03-14", "no lecture 03-14"]),
        ("Remise du devoir 1", lectures_with(("2025-03-14", "Remise du devoir 1")), &["due 03-14", "no lecture 03-14"]),
        ("Consegna homework 2", lectures_with(("2025-03-14", "Consegna homework 2")), &["due 03-14", "no lecture 03-14"]),
        ("Inlämning uppgift 1", lectures_with(("2025-03-14", "Inlämning uppgift 1")), &["due 03-14", "no lecture 03-14"]),
        ("Innlevering 2", lectures_with(("2025-03-14", "Innlevering 2")), &["due 03-14", "no lecture 03-14"]),
        ("Aflevering opgave 1", lectures_with(("2025-03-14", "Aflevering opgave 1")), &["due 03-14", "no lecture 03-14"]),
        ("Oddanie projektu", lectures_with(("2025-03-14", "Oddanie projektu")), &["due 03-14", "no lecture 03-14"]),
        ("Oddanie zadania 2", lectures_with(("2025-03-14", "Oddanie zadania 2")), &["due 03-14", "no lecture 03-14"]),
        ("Teslim: Ödev 1", lectures_with(("2025-03-14", "Teslim: Ödev 1")), &["due 03-14", "no lecture 03-14"]),
        ("提交作业2", lectures_with(("2025-03-14", "提交作业2")), &["due 03-14", "no lecture 03-14"]),
        ("作业3截止", lectures_with(("2025-03-14", "作业3截止")), &["due 03-14", "no lecture 03-14"]),
        ("Entrega do trabalho 1", lectures_with(("2025-03-14", "Entrega do trabalho 1")), &["due 03-14", "no lecture 03-14"]),
        ("Abgabe Blatt 3", lectures_with(("2025-03-14", "Abgabe Blatt 3")), &["due 03-14", "no lecture 03-14"]),
        ("Inleveren verslag 1", lectures_with(("2025-03-14", "Inleveren verslag 1")), &["due 03-14", "no lecture 03-14"]),
        ("Lab 2 report due at noon", lectures_with(("2025-03-14", "Lab 2 report due at noon")), &["due 03-14 12:00", "no lecture 03-14"]),
        ("Sunday row: Project 1 due 23:59", lectures_with(("2025-03-16", "Project 1 due 23:59")), &["due 03-16 23:59", "no lecture 03-16"]),
        // A topic and a deadline on a day the slot says has no class: the work, no lecture.
        ("Review; HW 3 due (Friday)", lectures_with(("2025-03-14", "Review of chapter 2; HW 3 due")), &["due 03-14", "no lecture 03-14"]),
        ("Catch-up, Essay 1 due (Friday)", lectures_with(("2025-03-14", "Catch-up and questions, Essay 1 due")), &["due 03-14", "no lecture 03-14"]),
        // A deadline in a class day's row keeps that day's lecture.
        ("Hash tables; HW 2 due (Thursday)", lectures_with(("2025-03-13", "Hashing II; HW 2 due")), &["due 03-13", "lecture 03-13"]),
        // A day named in the cell of a week row dated by its Monday.
        ("Problem set 4 due Friday", weeks_with("Problem set 4 due Friday"), &["due 03-14", "no due 03-10", "lecture 03-11", "lecture 03-13"]),
        ("HW 2 due Thu", weeks_with("HW 2 due Thu"), &["due 03-13", "no due 03-10"]),
        ("Deadline: Sun 23:59", weeks_with("Project 1 (Deadline: Sun 23:59)"), &["due 03-16 23:59", "no due 03-10"]),
        ("Lab 3 due Wednesday by 5pm", weeks_with("Lab 3 due Wednesday by 5pm"), &["due 03-12 17:00", "no due 03-10"]),
        ("Quiz prep: Essay 2 due Fri.", weeks_with("Essay 2 due Fri."), &["due 03-14", "no due 03-10"]),
        ("HW 1 due Thu (space-laid)", spaced_weeks("HW 1 due Thu"), &["due 03-13", "no due 03-10"]),
        ("Abgabe Blatt 3 bis Fr.", weeks_in("Vorlesung: Dienstag 10:15-11:45", "Woche\tDatum\tThema\tAbgabe", "Abgabe Blatt 3 bis Fr.",),
            &["due 03-14", "no due 03-10"],
        ),
        ("Entrega: práctica 2 (viernes)", weeks_in("Clases: martes 10:00-12:00", "Semana\tFecha\tTema\tEntregas", "Entrega: práctica 2 (viernes)",),
            &["due 03-14", "no due 03-10"],
        ),
        ("Remise du TP 2 (vendredi)", weeks_in("Cours : mardi 14h-16h", "Semaine\tDate\tThème\tRemises", "Remise du TP 2 (vendredi)",),
            &["due 03-14", "no due 03-10"],
        ),
        // Relative to the class.
        ("HW 2 due before class", weeks_with("HW 2 due before class"), &["due 03-11", "no due 03-10"]),
        ("due next Tuesday", lectures_with(("2025-03-13", "Hashing II; Lab 3 due next Tuesday")), &["due 03-18", "lecture 03-13", "no due 03-13"]),
        ("due next class", lectures_with(("2025-03-11", "Stacks; HW 4 due next class")), &["due 03-13", "lecture 03-11", "no due 03-11"]),
        ("due 11:59 pm the night before class", lectures_with(("2025-03-13", "Hashing II; Reading response 2 due 11:59 pm the night before class")), &["due 03-12 23:59", "lecture 03-13"]),
        ("due by midnight the night before", lectures_with(("2025-03-13", "Hashing II; Essay 3 due by midnight the night before")), &["due 03-12", "lecture 03-13", "no due 03-13"]),
        ("due in class (week row)", weeks_with("Lab 4 due in class"), &["due 03-11 10:00", "no due 03-10"]),
        // Other shapes.
        ("HTML: Homework 2 due", html_with("Homework 2 due"), &["due 03-14", "no lecture 03-14"]),
        ("HTML: Entrega tarea 2", html_with("Entrega tarea 2"), &["due 03-14", "no lecture 03-14"]),
        ("list: Problem set 2 due Friday", listed_weeks("Problem set 2 due Friday"), &["due 03-14", "no due 03-10"]),
        ("list: Essay 1 due Thursday", listed_weeks("Essay 1 due Thursday"), &["due 03-13"]),
        ("item-first: Assignment | Out | Due", item_table("| Assignment | Out | Due |\n|---|---|---|", "| Homework 1 | Mar 4 | Mar 14 |",),
            &["due 03-14", "out 03-04", "no lecture 03-14"],
        ),
        ("item-first: due time column", item_table("| Assignment | Due date | Time |\n|---|---|---|", "| Lab 1 | 2025-03-14 | 17:00 |",),
            &["due 03-14 17:00", "no lecture 03-14"],
        ),
        ("deliverables: Project proposal — due March 14", deliverables_below("Project proposal — due March 14"), &["due 03-14", "no lecture 03-14"]),
        ("deliverables: Final report: due 21 March", deliverables_below("- Final report: due 21 March"), &["due 03-21", "no lecture 03-21"]),
        // Work under a name of its own, no work word: the cell is the statement.
        ("Annotated bibliography due", lectures_with(("2025-03-14", "Annotated bibliography due")), &["due 03-14", "no lecture 03-14"]),
        ("Critique due by 5pm", lectures_with(("2025-03-14", "Critique due by 5pm")), &["due 03-14 17:00", "no lecture 03-14"]),
        ("Submit reflection 2", lectures_with(("2025-03-14", "Submit reflection 2")), &["due 03-14", "no lecture 03-14"]),
        ("Deadline: portfolio", html_with("Deadline: portfolio"), &["due 03-14", "no lecture 03-14"]),
        ("Case study 3 due Friday (week row)", weeks_with("Case study 3 due Friday"), &["due 03-14", "no due 03-10", "lecture 03-11"]),
        ("Blog post due (list)", listed_weeks("Blog post due Thursday"), &["due 03-13", "lecture 03-11"]),
        ("standing due day: every Friday at 5pm", format!("Problem sets are due every Friday at 5pm.\n\n{}", weeks_with("Problem set 2 due")),
            &["due 03-14 17:00", "no due 03-10"],
        ),
        ("standing due day: los viernes", weeks_in("Clases: martes 10:00-12:00\nLas tareas se entregan los viernes.", "Semana\tFecha\tTema\tEntregas", "Entrega tarea 2",),
            &["due 03-14", "no due 03-10"],
        ),
    ]
}

/// Statements that look like a deadline and are not: no deadline, and the lectures stay.
#[rustfmt::skip]
fn negatives() -> Vec<Case> {
    vec![
        ("solutions due after the deadline", weeks_with("Solutions due two days after the deadline"), &["no due", "lecture 03-11"]),
        ("submit questions", lectures_with(("2025-03-13", "Submit questions through the forum")), &["no due", "lecture 03-13"]),
        ("due dates are posted on Canvas", weeks_with("Due dates are posted on Canvas"), &["no due", "lecture 03-11"]),
        ("late policy", weeks_with("10% off per day late"), &["no due", "lecture 03-11"]),
        ("no homework due this week", weeks_with("No homework due this week"), &["no due", "lecture 03-11"]),
        ("HW 3 released", lectures_with(("2025-03-14", "HW 3 released")), &["no due", "out 03-14", "no lecture 03-14"]),
        ("reading: due to", lectures_with(("2025-03-13", "Chapter 3 (due to time, sections 3.1-3.2 only)")), &["no due", "lecture 03-13"]),
        ("exam row", lectures_with(("2025-03-14", "Midterm exam")), &["no due", "exam 03-14"]),
        ("topic with the word deadline", lectures_with(("2025-03-13", "Deadline scheduling in real-time systems")), &["no due", "lecture 03-13"]),
        ("topic: Due process", lectures_with(("2025-03-13", "Due process and the courts")), &["no due", "lecture 03-13"]),
        ("policy under the table", format!("{}\nHomework is due every Friday; 10% off per day late.\n", weeks_with("")),
            &["no due", "lecture 03-11"],
        ),
    ]
}

/// Forms that fail today, each with why (to shrink as the parser learns them).
const EXPECTED_TO_FAIL: &[&str] = &[
    // Work under an unnumbered name of its own: read as work it added 5 extra events and
    // found none more on the held-out sets (notes such as "Readings due"), so only a numbered
    // name ("Reflection 2 due") is read.
    "Annotated bibliography due",
    "Critique due by 5pm",
    "Deadline: portfolio",
    "Blog post due (list)",
];

/// The first unmet expectation of a case, if any.
fn check(doc: &str, wants: &[&str]) -> Result<(), String> {
    let parsed = parse(doc, &ParseOptions::default()).map_err(|e| e.to_string())?;
    let day = |md: &str| {
        let (m, d) = md.split_once('-').expect("MM-DD");
        NaiveDate::from_ymd_opt(2025, m.parse().unwrap(), d.parse().unwrap()).expect("a date")
    };
    let on = |kind: EventKind, date: NaiveDate| {
        parsed
            .events
            .iter()
            .filter(move |e| e.kind == kind && e.when.date() == date)
    };
    let all = |kind: EventKind| parsed.events.iter().filter(move |e| e.kind == kind);
    let shown = || {
        parsed
            .events
            .iter()
            .map(|e| {
                format!(
                    "{:?} {} {:?}",
                    e.kind,
                    e.when.date().format("%m-%d"),
                    e.title
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for want in wants {
        let words: Vec<&str> = want.split_whitespace().collect();
        let ok = match words.as_slice() {
            ["due", d] => on(EventKind::Deadline, day(d)).count() > 0,
            ["due", d, t] => {
                let t = NaiveTime::parse_from_str(t, "%H:%M").unwrap();
                on(EventKind::Deadline, day(d))
                    .any(|e| matches!(e.when, When::Timed { start, .. } if start.time() == t))
            }
            ["out", d] => on(EventKind::Release, day(d)).count() > 0,
            ["exam", d] => on(EventKind::Exam, day(d)).count() > 0,
            ["lecture", d] => on(EventKind::Lecture, day(d)).count() > 0,
            ["no", "lecture", d] => on(EventKind::Lecture, day(d)).count() == 0,
            ["no", "due"] => all(EventKind::Deadline).count() == 0,
            ["no", "due", d] => on(EventKind::Deadline, day(d)).count() == 0,
            _ => panic!("unknown expectation {want:?}"),
        };
        if !ok {
            return Err(format!("wanted {want}; got [{}]", shown()));
        }
    }
    Ok(())
}

#[test]
fn work_falls_due_on_its_day_and_is_never_a_lecture() {
    let cases: Vec<Case> = cases().into_iter().chain(negatives()).collect();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut failures = Vec::new();
    let mut passing_but_listed = Vec::new();
    for (name, doc, wants) in &cases {
        let result = check(doc, wants);
        match (result, EXPECTED_TO_FAIL.contains(name)) {
            (Err(e), false) => failures.push(format!("{name:?}: {e}")),
            (Ok(()), true) => passing_but_listed.push(*name),
            _ => {}
        }
    }
    assert!(
        failures.is_empty() && passing_but_listed.is_empty(),
        "{} of {} forms fail:\n{}\npassing but listed as expected to fail: {passing_but_listed:?}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
