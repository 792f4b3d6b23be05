//! Schedule shapes, session 16 (issue 8, PDF syllabi tried as a new instructor, the dev13
//! p-* set): each fixture is written for the test in the shape a real document had, in words
//! of our own.

use crate::common::timed_events_of;

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str, name: &str, zone: &str) -> (Vec<String>, String) {
    timed_events_of(text, name, &["--timezone", zone])
}

/// A week grid as `pdftotext -layout` prints a word processor's table: the columns are named
/// by session and, on a line below, by weekday and hour (`(Miércoles 12hs.)`), not in the
/// week's order; a cell of two or three lines is centred on the week's line, so its first
/// line sits above the date. The theory column's hour times its classes, its exams are
/// exams (their scope in brackets, a second test named beside them), the practice columns
/// give no lectures, and no day is out of sequence.
#[test]
fn a_week_grid_with_hours_in_its_header_and_cells_centred_on_the_date() {
    let text = r#"CRONOGRAMA DE CLASES

                     Teoría                        Práctica                 Práctica
 Semana
               (Miércoles 12hs.)                (Lunes 17hs.)            (Jueves 17hs.)

 02/09/2024      Conceptos iniciales

                                                Práctica 1 – Listas      Práctica 1 – Listas
 09/09/2024      Listas enlazadas
                                                   y pilas                  y pilas

               Examen - Parcial escrito
 16/09/2024                                     Práctica 2 – Árboles     Práctica 2 – Árboles
               (Listas y Pilas) y Test oral

 23/09/2024          Árboles binarios           Práctica 2 – Árboles     Feriado

              Examen – Primer recuperatorio
 30/09/2024                                     Práctica 3 – Grafos      Práctica 3 – Grafos
                        escrito

              Examen – Segundo recuperatorio
 07/10/2024                                     Práctica 3 – Grafos
                        escrito
"#;
    let (got, stderr) = events(text, "cronograma.txt", "America/Argentina/Buenos_Aires");
    let lectures: Vec<&String> = got.iter().filter(|e| e.starts_with("lecture")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2024-09-04T12:00 Conceptos iniciales",
            "lecture 2024-09-11T12:00 Listas enlazadas",
            "lecture 2024-09-25T12:00 Árboles binarios",
        ],
        "{stderr}"
    );
    let exams: Vec<&str> = got
        .iter()
        .filter(|e| e.starts_with("exam"))
        .map(|e| &e[..15])
        .collect();
    assert_eq!(
        exams,
        ["exam 2024-09-18", "exam 2024-10-02", "exam 2024-10-09"],
        "{stderr}"
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

/// A Brazilian teaching plan: each week's date cell gives the meeting's hours broken after
/// the range's dash (`14/10/20, 18h10 –` over `19h50 (a combinar)`, "to be agreed"); the two
/// pieces are one range, the bracketed note no topic, and an exam counted by an ordinal
/// (`Primeira prova de unidade`) is that exam.
#[test]
fn a_time_range_broken_over_two_lines_of_the_date_cell() {
    let text = r#"CRONOGRAMA

    SEMANA                   DESCRIÇÃO DAS ATIVIDADES PLANEJADAS

        1
 14/10/20, 18h10 –   Introdução e ambiente de trabalho.
19h50 (a combinar)

        2
 21/10/20, 18h10 –   Componentes visuais.
19h50 (a combinar)

        3
 28/10/20, 18h10 –   Primeira prova de unidade (AB1).
19h50 (a combinar)
"#;
    let (got, stderr) = events(text, "plano.txt", "America/Maceio");
    assert_eq!(got.len(), 3, "{got:?} {stderr}");
    assert_eq!(
        got[0], "lecture 2020-10-14T18:10 Introdução e ambiente de trabalho.",
        "{stderr}"
    );
    assert!(
        got[1].starts_with("lecture 2020-10-21T18:10 Componentes"),
        "{got:?}"
    );
    assert!(got[2].starts_with("exam 2020-10-28"), "{got:?}");
}

/// A plan of Thursday classes with a remarks column: a remark that opens with another day's
/// date and names an exam (`sábado 24/06 Examen Mitad Curso (EMC)`) is that exam on that day;
/// a topic struck out with dashes plans nothing (no class); a remark `No laborable` (a
/// non-working day) and a `Reading week` cancel the class.
#[test]
fn exams_dated_in_a_remarks_column_and_days_struck_out() {
    let text = r#"| Fecha | Tema | Observaciones |
|---|---|---|
| 08/06/2017 | Listas | |
| 15/06/2017 | Pilas | Jueves santo. No laborable |
| 22/06/2017 | Colas | sábado 24/06 Examen Mitad Curso (EMC) |
| 29/06/2017 | ‐‐‐ | |
| 06/07/2017 | Reading week | |
| 13/07/2017 | Árboles | |
"#;
    let (got, stderr) = events(text, "plan.md", "America/Argentina/Jujuy");
    let days: Vec<String> = got
        .iter()
        .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        days,
        [
            "lecture 2017-06-08",
            "lecture 2017-06-22",
            "exam 2017-06-24",
            "lecture 2017-07-13",
        ],
        "{got:?} {stderr}"
    );
}
