//! How syllabi state their lecture slot, in many forms and languages (each written for this
//! test), each put in front of a small dated schedule: the lectures must get the slot's times,
//! and office hours, labs, exams, deadlines and file stamps must never become the slot.

use chrono::{Datelike, NaiveDate, Timelike, Weekday};

use crate::model::{EventKind, When};
use crate::syllabus::{ParseOptions, parse};

use Weekday::{Fri, Mon, Thu, Tue, Wed};

/// A slot statement, the weekdays the schedule's dated rows fall on, and the times lectures
/// must get: one (start, end) for every day, one per day in `days` order, or none (all-day).
struct Case {
    text: &'static str,
    days: &'static [Weekday],
    times: &'static [(&'static str, &'static str)],
}

const fn case(
    text: &'static str,
    days: &'static [Weekday],
    times: &'static [(&'static str, &'static str)],
) -> Case {
    Case { text, days, times }
}

const CASES: &[Case] = &[
    // English prose and labelled lines.
    case(
        "The class meets Tuesdays and Thursdays, 10:30–11:50, in Room 204.",
        &[Tue, Thu],
        &[("10:30", "11:50")],
    ),
    case(
        "Lectures: Mon/Wed 2:00-3:15 PM, Hall B",
        &[Mon, Wed],
        &[("14:00", "15:15")],
    ),
    case("Lecture: Tue 14:15 - 15:45", &[Tue], &[("14:15", "15:45")]),
    case(
        "MWF 9:00-9:50am, Science 101",
        &[Mon, Wed, Fri],
        &[("09:00", "09:50")],
    ),
    case(
        "Class: TTh 1:30pm-2:45pm",
        &[Tue, Thu],
        &[("13:30", "14:45")],
    ),
    case(
        "Meets TR 11:00 AM - 12:15 PM in Lab Hall",
        &[Tue, Thu],
        &[("11:00", "12:15")],
    ),
    case(
        "Meeting times: 4:00-5:20 PM, Mondays and Wednesdays",
        &[Mon, Wed],
        &[("16:00", "17:20")],
    ),
    case(
        "Class Time: 3:00 pm – 4:15 pm, Monday and Wednesday",
        &[Mon, Wed],
        &[("15:00", "16:15")],
    ),
    case("When: Fridays 9-12", &[Fri], &[("09:00", "12:00")]),
    case(
        "Class meetings\nThursdays\n6 - 8 PM",
        &[Thu],
        &[("18:00", "20:00")],
    ),
    case(
        "Lecture times:\nMonday and Wednesday 8:30-9:45",
        &[Mon, Wed],
        &[("08:30", "09:45")],
    ),
    case(
        "Lectures are held every Tuesday from 13:00 to 14:30.",
        &[Tue],
        &[("13:00", "14:30")],
    ),
    case(
        "Schedule: Tuesday 10:00-11:30 and Thursday 12:00-13:30",
        &[Tue, Thu],
        &[("10:00", "11:30"), ("12:00", "13:30")],
    ),
    case(
        "Time: 10:10–11:00 MWF",
        &[Mon, Wed, Fri],
        &[("10:10", "11:00")],
    ),
    case(
        "| Days | Time | Room |\n|---|---|---|\n| Mon, Wed | 13:00-14:15 | B12 |",
        &[Mon, Wed],
        &[("13:00", "14:15")],
    ),
    case(
        "Lecture\tTue/Thu\t9:30–10:45",
        &[Tue, Thu],
        &[("09:30", "10:45")],
    ),
    case(
        "Lectures Tuesdays 5:00--6:20 PM",
        &[Tue],
        &[("17:00", "18:20")],
    ),
    case(
        "Meets: M W 11am-12:15pm",
        &[Mon, Wed],
        &[("11:00", "12:15")],
    ),
    case(
        "Time | Wednesday, 6:30 PM - 9:00 PM",
        &[Wed],
        &[("18:30", "21:00")],
    ),
    case(
        "Class: Tu/Th 12:30–1:45 p.m.",
        &[Tue, Thu],
        &[("12:30", "13:45")],
    ),
    case("Lecture: Monday 10.15-12.00", &[Mon], &[("10:15", "12:00")]),
    case(
        "Time: 14:15-15:45 on Tuesdays",
        &[Tue],
        &[("14:15", "15:45")],
    ),
    case(
        "Tuesdays & Thursdays | 9:00 AM – 10:15 AM | Room 5",
        &[Tue, Thu],
        &[("09:00", "10:15")],
    ),
    // A key-value table: days and time in rows of their own.
    case(
        "| Days | Tuesday, Thursday |\n| Time | 10:00-11:15 |",
        &[Tue, Thu],
        &[("10:00", "11:15")],
    ),
    case(
        "Meeting days\tMon, Wed\nMeeting time\t3:30-4:45 pm",
        &[Mon, Wed],
        &[("15:30", "16:45")],
    ),
    // Clock notations.
    case(
        "Class: TTh 11:15a-12:05p",
        &[Tue, Thu],
        &[("11:15", "12:05")],
    ),
    case(
        "Lectures: Tuesday 9 am - 10:30 am",
        &[Tue],
        &[("09:00", "10:30")],
    ),
    case("Lecture: Thursday 6-8 PM", &[Thu], &[("18:00", "20:00")]),
    case("Meets Fridays 2pm–4pm", &[Fri], &[("14:00", "16:00")]),
    case(
        "Vorlesung: Mittwoch 10.15 – 11.45 Uhr",
        &[Wed],
        &[("10:15", "11:45")],
    ),
    case("Cours : jeudi 10h15-11h45", &[Thu], &[("10:15", "11:45")]),
    case(
        "Lectures: Mon/Wed noon-1:15pm",
        &[Mon, Wed],
        &[("12:00", "13:15")],
    ),
    case(
        "Lecture: Tuesdays, Thursdays 12noon–1:15 pm",
        &[Tue, Thu],
        &[("12:00", "13:15")],
    ),
    // Spanish.
    case("Horario: Martes 07:00-09:00", &[Tue], &[("07:00", "09:00")]),
    case(
        "Las clases son los lunes y miércoles de 18:00 a 20:00.",
        &[Mon, Wed],
        &[("18:00", "20:00")],
    ),
    case(
        "Clases: jueves, 9.00 - 11.00 h",
        &[Thu],
        &[("09:00", "11:00")],
    ),
    // Portuguese.
    case(
        "Aulas: terças e quintas, 19h00 às 20h40",
        &[Tue, Thu],
        &[("19:00", "20:40")],
    ),
    case(
        "Horário: segunda-feira, 08:00–10:00",
        &[Mon],
        &[("08:00", "10:00")],
    ),
    // French.
    case(
        "Cours magistral : mercredi de 14h à 16h",
        &[Wed],
        &[("14:00", "16:00")],
    ),
    case(
        "Séances : le mardi, 9h30-11h30",
        &[Tue],
        &[("09:30", "11:30")],
    ),
    // German.
    case(
        "Vorlesung: Dienstag 10:15 - 11:45 und Mittwoch 13:00 - 13:45",
        &[Tue, Wed],
        &[("10:15", "11:45"), ("13:00", "13:45")],
    ),
    case(
        "Termin: Donnerstags, 14-16 Uhr",
        &[Thu],
        &[("14:00", "16:00")],
    ),
    case(
        "Vorlesung: Montag 12:00–14:00 Uhr, Hörsaal 3",
        &[Mon],
        &[("12:00", "14:00")],
    ),
    // Italian.
    case(
        "Lezioni: lunedì e mercoledì, 11:00-13:00",
        &[Mon, Wed],
        &[("11:00", "13:00")],
    ),
    case(
        "Orario: martedì ore 9.30-11.30",
        &[Tue],
        &[("09:30", "11:30")],
    ),
    // Dutch.
    case(
        "Hoorcollege: dinsdag 13.45 - 15.30",
        &[Tue],
        &[("13:45", "15:30")],
    ),
    case(
        "Colleges op maandag en donderdag van 9:00 tot 10:45",
        &[Mon, Thu],
        &[("09:00", "10:45")],
    ),
    // Polish.
    case("Wykład: środa 10:15-12:00", &[Wed], &[("10:15", "12:00")]),
    case(
        "Zajęcia: poniedziałek i czwartek, 8:00-9:30",
        &[Mon, Thu],
        &[("08:00", "09:30")],
    ),
    // Swedish, Norwegian, Danish.
    case(
        "Föreläsningar: tisdagar 10:00-12:00",
        &[Tue],
        &[("10:00", "12:00")],
    ),
    case(
        "Forelesning: onsdag 12:15–14:00",
        &[Wed],
        &[("12:15", "14:00")],
    ),
    case(
        "Forelæsning: fredag kl. 8-10",
        &[Fri],
        &[("08:00", "10:00")],
    ),
    // Chinese.
    case(
        "上课时间：每周三，14:00-15:40",
        &[Wed],
        &[("14:00", "15:40")],
    ),
    // Days and time under labels of their own, on two lines.
    case(
        "Days: Tuesday, Thursday\nTime: 10:00-11:15 AM",
        &[Tue, Thu],
        &[("10:00", "11:15")],
    ),
    case(
        "Meeting days: MW\nMeeting time: 1:00-2:15pm",
        &[Mon, Wed],
        &[("13:00", "14:15")],
    ),
    case(
        "Time: 9:30-10:45\nDays: Tue/Thu",
        &[Tue, Thu],
        &[("09:30", "10:45")],
    ),
    case(
        "Lecture\nMonday, Wednesday\n10:00 – 11:20",
        &[Mon, Wed],
        &[("10:00", "11:20")],
    ),
    case(
        "When\nTuesdays, 2:00-3:30 PM",
        &[Tue],
        &[("14:00", "15:30")],
    ),
    case(
        "Día: miércoles\nHora: 16:00 - 18:00",
        &[Wed],
        &[("16:00", "18:00")],
    ),
    // The lecture's slot beside slots that are not the lecture's.
    case(
        "Lab: Friday 14:00-16:00\nLectures: Mon, Wed 10:00-11:15",
        &[Mon, Wed],
        &[("10:00", "11:15")],
    ),
    case(
        "Tutorial: Wednesdays 9:00-11:00\nLectures: Tuesdays 14:00-15:30",
        &[Tue],
        &[("14:00", "15:30")],
    ),
    case(
        "Office hours: Thursday 15:00-16:00\nClass meets Tuesday 09:00-10:30",
        &[Tue],
        &[("09:00", "10:30")],
    ),
    case(
        "Midterm exam: Thursday 18:00-20:00\nLectures: Tuesday 08:00-09:30",
        &[Tue],
        &[("08:00", "09:30")],
    ),
    // A labelled slot on days the schedule never meets gives way to one on its days.
    case(
        "Class schedule: Fridays 9:00-12:00 (optional problem class)\nTuesdays 14:00-15:30, Room 2",
        &[Tue],
        &[("14:00", "15:30")],
    ),
    case(
        "Horario de tutorías: lunes 10:00-12:00\nClases: martes 12:00-14:00",
        &[Tue],
        &[("12:00", "14:00")],
    ),
    // Nothing here is the lecture's slot: lectures stay all-day.
    case("Hora de consulta: 10:00-11:00", &[Thu], &[]),
    case("Sprechstunde: Mittwoch 10:00-11:00", &[Wed], &[]),
    case("Office hours: Tuesdays 15:00-16:00, Room 12", &[Tue], &[]),
    case("Recitation: Thursday 17:00-18:00", &[Tue], &[]),
    case("Final exam: Friday 9:00-12:00", &[Mon], &[]),
    case("Homework is due every Friday at 11:59 pm", &[Wed], &[]),
    case("Last updated: Mon Feb 3 10:40:59 AM 2025", &[Mon], &[]),
];

/// Slots stated below the schedule (a "Course information" part, a sidebar): taken when the
/// dated rows agree, on the days they confirm; hours that are not a class's never.
const AFTER_CASES: &[Case] = &[
    case(
        "Course information\nLectures: Tuesday and Thursday 10:00-11:20, Room 3",
        &[Tue, Thu],
        &[("10:00", "11:20")],
    ),
    case(
        "About the course\n화요일 (14:00 ~ 15:50, 공학관 101)",
        &[Tue],
        &[("14:00", "15:50")],
    ),
    case(
        "Class meets Wednesdays 18:00-20:30",
        &[Wed],
        &[("18:00", "20:30")],
    ),
    // Only the day the rows confirm: Friday's session is not on the schedule.
    case(
        "Meetings: Monday 9:00-10:30 and Friday 9:00-10:30",
        &[Mon],
        &[("09:00", "10:30")],
    ),
    // Not the schedule's days, not a class's hours, not the lecture's.
    case("Lectures: Thursdays 14:00-15:30", &[Mon], &[]),
    case("Library: Mon-Thu 9:00-21:00, Fri 9:00-17:00", &[Mon], &[]),
    case("Office hours: Tuesday 13:00-14:00", &[Tue], &[]),
    case("Lab: Wednesday 15:00-17:00", &[Wed], &[]),
    case("The exam is on Thursday 9:00-11:00", &[Thu], &[]),
];

/// The case's statement in front of a three-week schedule of dated lectures on its days.
fn document(c: &Case) -> String {
    format!(
        "MATH 101 Linear Algebra, Spring 2025\n\n{}\n\n{}",
        c.text,
        schedule(c)
    )
}

/// The case's statement after the schedule.
fn document_after(c: &Case) -> String {
    format!(
        "MATH 101 Linear Algebra, Spring 2025\n\n{}\n{}\n",
        schedule(c),
        c.text
    )
}

/// A three-week schedule of dated lectures on the case's days.
fn schedule(c: &Case) -> String {
    let monday = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
    let mut doc = String::from("Schedule\n\n| Date | Topic |\n|---|---|\n");
    let mut n = 0;
    for week in 0..3 {
        for day in c.days {
            let date = monday + chrono::Days::new(7 * week + u64::from(day.num_days_from_monday()));
            n += 1;
            doc.push_str(&format!("| {date} | Lecture {n}: topic {n} |\n"));
        }
    }
    doc
}

/// What is wrong with the lectures the case's document gives, if anything.
fn problem(c: &Case, doc: &str) -> Option<String> {
    let parsed = match parse(doc, &ParseOptions::default()) {
        Ok(p) => p,
        Err(e) => return Some(format!("error {e}")),
    };
    let lectures: Vec<_> = parsed
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Lecture)
        .collect();
    if lectures.len() != 3 * c.days.len() {
        return Some(format!("{} lectures", lectures.len()));
    }
    for e in lectures {
        let got = match &e.when {
            When::AllDay(_) => None,
            When::Timed { start, end } => Some((
                format!("{:02}:{:02}", start.hour(), start.minute()),
                end.map(|e| format!("{:02}:{:02}", e.hour(), e.minute()))
                    .unwrap_or_default(),
            )),
        };
        let day = e.when.date().weekday();
        let at = c.days.iter().position(|d| *d == day).unwrap_or(0);
        let want = c
            .times
            .get(at)
            .or(c.times.first())
            .map(|(s, e)| (s.to_string(), e.to_string()));
        if got != want {
            return Some(format!("{day}: got {got:?}, want {want:?}"));
        }
    }
    None
}

#[test]
fn lectures_get_the_slot_however_the_syllabus_states_it() {
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|c| problem(c, &document(c)).map(|p| format!("{:?}: {p}", c.text)))
        .collect();
    assert!(CASES.len() >= 50);
    assert!(
        failures.is_empty(),
        "{} of {} forms fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn a_slot_below_the_schedule_counts_on_the_days_its_rows_confirm() {
    let failures: Vec<String> = AFTER_CASES
        .iter()
        .filter_map(|c| problem(c, &document_after(c)).map(|p| format!("{:?}: {p}", c.text)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fail:\n{}",
        failures.len(),
        AFTER_CASES.len(),
        failures.join("\n")
    );
}

/// More slot statements, written in session 7 for forms the first table left out: ranges with
/// `to`/`until`/`bis`/`dalle … alle`, abbreviated and capitalised day names, times before days,
/// four-digit clock times and time zones after the range.
const MORE_CASES: &[Case] = &[
    case(
        "Lecture: Tuesdays, 10:00am to 11:15am",
        &[Tue],
        &[("10:00", "11:15")],
    ),
    case(
        "Class hours: M/W/F 11:00-11:50",
        &[Mon, Wed, Fri],
        &[("11:00", "11:50")],
    ),
    case(
        "Schedule: Mon. & Wed., 3:30–4:45 p.m.",
        &[Mon, Wed],
        &[("15:30", "16:45")],
    ),
    case(
        "Lectures take place on Mondays from 10 to 12.",
        &[Mon],
        &[("10:00", "12:00")],
    ),
    case(
        "Time & Place: Tu Th 9:30-10:45, Hall 3",
        &[Tue, Thu],
        &[("09:30", "10:45")],
    ),
    case(
        "Meeting Time: MW 12:00 PM-1:15 PM",
        &[Mon, Wed],
        &[("12:00", "13:15")],
    ),
    case(
        "Lecture: Thursday, 18:00 – 19:30 (online)",
        &[Thu],
        &[("18:00", "19:30")],
    ),
    case(
        "We meet on Wednesday evenings, 6:00–8:30 pm.",
        &[Wed],
        &[("18:00", "20:30")],
    ),
    case(
        "Class sessions: Tuesday/Thursday | 2:30 PM – 3:45 PM",
        &[Tue, Thu],
        &[("14:30", "15:45")],
    ),
    case("Lectures: Mo 10-12", &[Mon], &[("10:00", "12:00")]),
    case(
        "Lecture: Mondays 10 a.m. – 11:50 a.m.",
        &[Mon],
        &[("10:00", "11:50")],
    ),
    case(
        "Course meets: T/Th, 8:00 - 9:15 a.m.",
        &[Tue, Thu],
        &[("08:00", "09:15")],
    ),
    case(
        "Tuesday and Thursday, 1:00 to 2:15 PM",
        &[Tue, Thu],
        &[("13:00", "14:15")],
    ),
    case(
        "Lecture hours: Wed 16.00-17.30",
        &[Wed],
        &[("16:00", "17:30")],
    ),
    case(
        "| Lecture | Monday | 10:00–11:30 | Room 1 |",
        &[Mon],
        &[("10:00", "11:30")],
    ),
    case(
        "Class: Mon, Wed 10:00 - 11:15 AM EST",
        &[Mon, Wed],
        &[("10:00", "11:15")],
    ),
    case(
        "Lectures — Tuesdays & Fridays, 11:00–12:30",
        &[Tue, Fri],
        &[("11:00", "12:30")],
    ),
    case("Lecture: Weds 3-4:30pm", &[Wed], &[("15:00", "16:30")]),
    case(
        "Class meets Thurs. 7-9:40 PM",
        &[Thu],
        &[("19:00", "21:40")],
    ),
    case("Meeting: Tues 1:00-3:50pm", &[Tue], &[("13:00", "15:50")]),
    case("Lectures: Monday 9h-11h", &[Mon], &[("09:00", "11:00")]),
    case(
        "Lecture: Tuesday 09:00-10:30, Thursday 09:00-10:30",
        &[Tue, Thu],
        &[("09:00", "10:30")],
    ),
    case(
        "Class time: 11:00 a.m.–12:15 p.m. TR",
        &[Tue, Thu],
        &[("11:00", "12:15")],
    ),
    case(
        "Lecture: Wednesdays, 2–5 p.m.",
        &[Wed],
        &[("14:00", "17:00")],
    ),
    case(
        "Lectures: every Monday, 17:15 until 18:45",
        &[Mon],
        &[("17:15", "18:45")],
    ),
    case(
        "Zeit: Dienstag, 8:30 bis 10:00 Uhr",
        &[Tue],
        &[("08:30", "10:00")],
    ),
    case("Vorlesung: Do 14–16 Uhr", &[Thu], &[("14:00", "16:00")]),
    case(
        "Horaire : lundi 8h30 - 10h30",
        &[Mon],
        &[("08:30", "10:30")],
    ),
    case(
        "Clase: Lun y Mié 10:00-11:30",
        &[Mon, Wed],
        &[("10:00", "11:30")],
    ),
    case(
        "Aulas: quartas-feiras, das 14h às 16h",
        &[Wed],
        &[("14:00", "16:00")],
    ),
    case(
        "Lezione: giovedì dalle 14 alle 16",
        &[Thu],
        &[("14:00", "16:00")],
    ),
    case(
        "Lectures: Tue 10:00–11:30 & Thu 10:00–11:30",
        &[Tue, Thu],
        &[("10:00", "11:30")],
    ),
    case(
        "Monday, Wednesday — 9:30-10:45 AM",
        &[Mon, Wed],
        &[("09:30", "10:45")],
    ),
    case(
        "LECTURE: TUESDAY 14:00-15:30",
        &[Tue],
        &[("14:00", "15:30")],
    ),
    case(
        "Lectures: Mondays, 10:15 – 11:45 (HS 1)",
        &[Mon],
        &[("10:15", "11:45")],
    ),
    case(
        "Class Meetings: Tuesday, Thursday at 10:00–11:15",
        &[Tue, Thu],
        &[("10:00", "11:15")],
    ),
    case("Lectures: Fri 0900-1100", &[Fri], &[("09:00", "11:00")]),
    case(
        "Meeting time: Wednesdays 7:00 p.m. - 9:45 p.m.",
        &[Wed],
        &[("19:00", "21:45")],
    ),
    case("Tijd: woensdag 10:00-12:00", &[Wed], &[("10:00", "12:00")]),
    case(
        "Office hours: Monday 10:00-11:00\nClass: Monday 13:00-14:15",
        &[Mon],
        &[("13:00", "14:15")],
    ),
    case(
        "Lecture: Monday 10:00-11:30 (2024-2025 timetable)",
        &[Mon],
        &[("10:00", "11:30")],
    ),
    case(
        "Class: Wednesday, 9:00 o'clock to 10:30",
        &[Wed],
        &[("09:00", "10:30")],
    ),
    case(
        "Lectures: Tuesday and Friday, 8.30am - 10am",
        &[Tue, Fri],
        &[("08:30", "10:00")],
    ),
    case(
        "Lectures on Thursday 2:10 PM–3:30 PM in Hall 9",
        &[Thu],
        &[("14:10", "15:30")],
    ),
    case(
        "Lectures: Monday (10:00–11:30), Wednesday (10:00–11:30)",
        &[Mon, Wed],
        &[("10:00", "11:30")],
    ),
    case(
        "Class: Tuesday 10:00-11:30; Thursday 14:00-15:30",
        &[Tue, Thu],
        &[("10:00", "11:30"), ("14:00", "15:30")],
    ),
    case(
        "Lecture: Mondays 18:30h-20:00h",
        &[Mon],
        &[("18:30", "20:00")],
    ),
    case(
        "Time: Mon & Thu 11-12:30",
        &[Mon, Thu],
        &[("11:00", "12:30")],
    ),
    case(
        "Meetings: Wednesday 1–3:50 pm",
        &[Wed],
        &[("13:00", "15:50")],
    ),
    case(
        "Class Schedule: Friday, 09h00 - 12h00",
        &[Fri],
        &[("09:00", "12:00")],
    ),
    case(
        "Lectures: Tuesdays, from 4:30 to 6 pm",
        &[Tue],
        &[("16:30", "18:00")],
    ),
    case("Vorlesung: Mi 8:15–9:45", &[Wed], &[("08:15", "09:45")]),
    case(
        "Vorlesung: Di, Do 10–12",
        &[Tue, Thu],
        &[("10:00", "12:00")],
    ),
    case("Cours : Mer 13h30–15h30", &[Wed], &[("13:30", "15:30")]),
    case(
        "Lecture: THURSDAYS 9:30 - 11:00 AM",
        &[Thu],
        &[("09:30", "11:00")],
    ),
    case(
        "Lectures (Monday, Wednesday): 15:00-16:15",
        &[Mon, Wed],
        &[("15:00", "16:15")],
    ),
    case("Lectures: Wed. 1330-1500", &[Wed], &[("13:30", "15:00")]),
    case(
        "Office hours: Mo 10-12\nLectures: Tuesday 14:00-15:30",
        &[Tue],
        &[("14:00", "15:30")],
    ),
    case(
        "Lab: Do 14-16 Uhr\nVorlesung: Montag 10-12",
        &[Mon],
        &[("10:00", "12:00")],
    ),
    case(
        "Meeting pattern\tTuTh\t12:30PM - 1:45PM",
        &[Tue, Thu],
        &[("12:30", "13:45")],
    ),
    case(
        "| Component | Days | Times |\n|---|---|---|\n| Lecture | MW | 10:00-11:15 |",
        &[Mon, Wed],
        &[("10:00", "11:15")],
    ),
    case(
        "Lectures\n- Monday 9:00-10:30\n- Thursday 9:00-10:30",
        &[Mon, Thu],
        &[("09:00", "10:30")],
    ),
    case(
        "Class Meeting Time:\nTuesday/Thursday\n3:30pm-4:45pm",
        &[Tue, Thu],
        &[("15:30", "16:45")],
    ),
    case(
        "**Lectures:** Wednesdays, 10:00–12:00",
        &[Wed],
        &[("10:00", "12:00")],
    ),
    case(
        "Lecture Time/Location: MWF 1:25-2:15pm, Hall 4",
        &[Mon, Wed, Fri],
        &[("13:25", "14:15")],
    ),
    case(
        "Schedule: Mondays and Wednesdays from 2:30 until 3:45 pm",
        &[Mon, Wed],
        &[("14:30", "15:45")],
    ),
    case("Lecture: Tu 16-18", &[Tue], &[("16:00", "18:00")]),
    case(
        "Sessions: Thursday 7pm to 9:30pm",
        &[Thu],
        &[("19:00", "21:30")],
    ),
    case(
        "Lectures: Monday 10am-12pm and Wednesday 10am-12pm",
        &[Mon, Wed],
        &[("10:00", "12:00")],
    ),
    case(
        "Lectures: Fri 0900-1100\nCatalogue: Fri 2020-2025 editions",
        &[Fri],
        &[("09:00", "11:00")],
    ),
    case(
        "Sprechstunde: Do 10-11\nVorlesung: Di 14-16",
        &[Tue],
        &[("14:00", "16:00")],
    ),
    case(
        "Exam: Fri 0900-1200\nLectures: Mon 10:00-11:30",
        &[Mon],
        &[("10:00", "11:30")],
    ),
    case(
        "Lectures: Thursday 17:00 until 18:30.",
        &[Thu],
        &[("17:00", "18:30")],
    ),
    case(
        "Aulas: segundas e quartas, das 8h às 10h",
        &[Mon, Wed],
        &[("08:00", "10:00")],
    ),
    case(
        "Course hours: Mondays, 6–9 pm",
        &[Mon],
        &[("18:00", "21:00")],
    ),
    case("Sprechstunde: Mo 10-12", &[Mon], &[]),
    case("Editions: Fri 2020-2025", &[Fri], &[]),
    case("Do 10-12 of the exercises before Monday", &[Mon], &[]),
];

#[test]
fn lectures_get_the_slot_in_the_forms_added_later() {
    let failures: Vec<String> = MORE_CASES
        .iter()
        .filter_map(|c| problem(c, &document(c)).map(|p| format!("{:?}: {p}", c.text)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} forms fail:\n{}",
        failures.len(),
        MORE_CASES.len(),
        failures.join("\n")
    );
}
