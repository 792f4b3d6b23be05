//! Schedule shapes, session 15 (issue 8, PDF and LaTeX syllabi tried as a new instructor, the
//! dev12 p-* set): each fixture is written for the test in the shape a real document had.

use crate::common::timed_events_of;

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str, name: &str, zone: &str) -> (Vec<String>, String) {
    timed_events_of(text, name, &["--timezone", zone])
}

/// A Portuguese assessment list: "2º Sem/2026" names the second semester (August to
/// December), so the day-first reading of "02/10/2026" is the one inside it; "1º teste" (a
/// short test before each exam) is an exam, its number written as an ordinal before it.
#[test]
fn a_numbered_semester_with_a_slash_and_ordinal_tests_in_portuguese() {
    let text = r#"Estatística Descritiva - 2º Sem/2026
Professora: Ana Lima

Avaliações
   1ª prova: 02/10/2026
   2ª prova: 04/12/2026
   1º teste: 11/09/2026
   2º teste: 06/11/2026
"#;
    let (got, stderr) = events(text, "programa.txt", "America/Sao_Paulo");
    assert_eq!(
        got,
        [
            "exam 2026-09-11 Teste 1",
            "exam 2026-10-02 Exam 1",
            "exam 2026-11-06 Teste 2",
            "exam 2026-12-04 Exam 2",
        ],
        "{stderr}"
    );
}

/// A French course plan as `pdftotext -layout` prints it: an assessment table (`DATE |
/// PONDÉRATION`) whose midterm is a "Contrôle périodique", and a homework table
/// (`Devoir | Date de remise | Matière`, its header indented, its cells centred under it) whose
/// rows only number the homework: each row is that homework's deadline, at the hour written
/// ("avant 23h55"), and no row is a class.
#[test]
fn a_numbered_homework_table_and_a_periodic_test_in_a_french_plan() {
    let text = r#"                                     ANALYSE I
                                  PLAN DE COURS
                               Automne 2024 Trimestre long

ÉVALUATION

                                                  DATE               PONDÉRATION

          3 devoirs (individuels)             voir ci-dessous           15 %

          Contrôle périodique                 lundi 21 octobre          35 %

          Examen final                        mardi 10 décembre         50 %


   Devoir               Date de remise                            Matière

      1           vendredi 20 septembre avant 23h55          chapitres 1 à 3

      2           vendredi 18 octobre avant 23h55            chapitres 4 à 6

      3           vendredi 22 novembre avant 23h55           chapitres 7 à 9
"#;
    let (got, stderr) = events(text, "plan.txt", "America/Toronto");
    assert_eq!(
        got,
        [
            "deadline 2024-09-20T23:55 Hw1 due",
            "deadline 2024-10-18T23:55 Hw2 due",
            "exam 2024-10-21 Midterm",
            "deadline 2024-11-22T23:55 Hw3 due",
            "exam 2024-12-10 Final exam",
        ],
        "{stderr}"
    );
}

/// Look-alike: a numbered row under a column that names no work (`No | Date | Sujet`) is a
/// class, as before.
#[test]
fn a_numbered_row_under_a_plain_number_column_stays_a_class() {
    let text = r#"ANALYSE I, Automne 2024

   No               Date                            Sujet

    1          vendredi 20 septembre            Limites
    2          vendredi 27 septembre            Dérivées
"#;
    let (got, stderr) = events(text, "plan.txt", "America/Toronto");
    assert_eq!(
        got,
        ["lecture 2024-09-20 Limites", "lecture 2024-09-27 Dérivées"],
        "{stderr}"
    );
}

/// A German semester plan printed from a spreadsheet: a row for every Thursday slot, each with
/// its hours; the rows left without topic and room (a holiday, the summer weeks, the weeks
/// after the last exam) are no classes, and the page number printed under the table is no
/// topic of the last row. "Zwischenprüfung" and "Abschlussklausur" are exams.
#[test]
fn blank_slots_of_a_printed_plan_and_german_exam_compounds() {
    let text = r#"                              Semesterplan

Datenbanken 1

KW        Datum           Zeit                          Thema                    Raum
 10   Do, 05.03.2026 13:15 – 16:30                  Relationen                   B12
 11   Do, 12.03.2026 13:15 – 16:30                 Normalformen                  B12
 12   Do, 19.03.2026 13:15 – 16:30
 13   Do, 26.03.2026 13:15 – 16:30                     SQL                       B12
 14   Do, 02.04.2026 13:15 – 16:30               Zwischenprüfung                 B12
 15   Do, 09.04.2026 13:15 – 16:30
 16   Do, 16.04.2026 13:15 – 16:30                Transaktionen                  B12
 17   Do, 23.04.2026 13:15 – 16:30               Abschlussklausur                B12
 18   Do, 30.04.2026 13:15 – 16:30
 19   Do, 07.05.2026 13:15 – 16:30




                                  Page 1
"#;
    let (got, stderr) = events(text, "plan.txt", "Europe/Zurich");
    assert_eq!(
        got,
        [
            "lecture 2026-03-05T13:15 Relationen",
            "lecture 2026-03-12T13:15 Normalformen",
            "lecture 2026-03-26T13:15 SQL",
            "exam 2026-04-02T13:15 Midterm",
            "lecture 2026-04-16T13:15 Transaktionen",
            "exam 2026-04-23T13:15 Exam",
        ],
        "{stderr}"
    );
}

/// Look-alike: a plan whose classes give no room keeps its rows without a topic as classes
/// (their topics are not written yet); only hours and a room left out together mark a slot
/// the class does not use.
#[test]
fn rows_without_a_topic_stay_classes_where_no_row_gives_a_room() {
    let text = r#"Datenbanken 1, FS 2026

KW      Datum            Zeit                  Thema
 10   Do, 05.03.2026 13:15 – 16:30          Relationen
 11   Do, 12.03.2026 13:15 – 16:30          Normalformen
 12   Do, 19.03.2026 13:15 – 16:30
 13   Do, 26.03.2026 13:15 – 16:30          SQL
 14   Do, 02.04.2026 13:15 – 16:30          Transaktionen
"#;
    let (got, stderr) = events(text, "plan.txt", "Europe/Zurich");
    assert_eq!(got.len(), 5, "{got:?}\n{stderr}");
    assert!(
        got.iter()
            .any(|e| e.starts_with("lecture 2026-03-19T13:15")),
        "{got:?}"
    );
}

/// A Portuguese agenda of paragraphs headed by the meeting's number and its date in brackets:
/// "Aulas 1 - (…)" (the plural word), and two meetings with two dates joined by "e" ("and"), a
/// week apart (a once-a-week course): each date is a meeting, the bracket closing the list no
/// part of the topic.
#[test]
fn numbered_meetings_with_their_dates_in_brackets_in_a_portuguese_agenda() {
    let text = r#"Economia Política - ECO0101
Agenda preliminar

Aulas 1 - (05/03/2025) Apresentação do curso.

O que é economia política? Exemplos.

Aula 2 (12/03) Mercados.

Oferta e demanda.

Aula 3 e 4 - (19/03 e 26/03) Moeda e crédito

Bancos centrais.

Aula 5 - (02/04) Prova
"#;
    let (got, stderr) = events(text, "programa.txt", "America/Sao_Paulo");
    assert_eq!(
        got,
        [
            "lecture 2025-03-05 Apresentação do curso.",
            "lecture 2025-03-12 Mercados.",
            "lecture 2025-03-19 Moeda e crédito",
            "lecture 2025-03-26 Moeda e crédito",
            "exam 2025-04-02 Exam",
        ],
        "{stderr}"
    );
}

/// Look-alike: two dates a fortnight apart are no list of one row's meetings; the second
/// stays in the topic, as before.
#[test]
fn two_dates_a_fortnight_apart_are_no_list_of_meetings() {
    let text = r#"Economia Política - ECO0101
Agenda preliminar

Aula 1 - (05/03/2025) Apresentação do curso.

Aula 2 - (12/03 e 26/03) Mercados
"#;
    let (got, stderr) = events(text, "programa.txt", "America/Sao_Paulo");
    assert_eq!(got.len(), 2, "{got:?}\n{stderr}");
}

/// A course outline of week blocks, each a heading (`Week N – Theme`), a line naming the
/// week's meeting days in full, and a paragraph: the block whose heading names a break
/// (`Week 8 – Spring Break`) has no classes on the days it lists; the lab due in that week
/// stays due.
#[test]
fn a_week_block_whose_heading_names_a_break_lists_no_classes() {
    let text = r#"Intro to Statistics
STAT 1010; Spring 2023

Lecture: Tuesday, Thursday 10:00–11:15; Room 210

Course Outline

Week 7 – Sampling
Tuesday, March 7; Thursday, March 9
Samples and populations.

Week 8 – Spring Break
Tuesday, March 14; Thursday, March 16
Rest and review.
Lab 6 – due Thursday, March 16.

Week 9 – Inference
Tuesday, March 21; Thursday, March 23
Confidence intervals.
"#;
    let (got, stderr) = events(text, "outline.txt", "America/Denver");
    let days: Vec<String> = got
        .iter()
        .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        days,
        [
            "lecture 2023-03-07T10:00",
            "lecture 2023-03-09T10:00",
            "deadline 2023-03-16T23:59",
            "lecture 2023-03-21T10:00",
            "lecture 2023-03-23T10:00",
        ],
        "{got:?}\n{stderr}"
    );
}
