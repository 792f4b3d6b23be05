//! Schedule shapes, part 17: the shapes the k-* development syllabi (session 6) showed
//! (issue #8). Every fixture is written for these tests (invented courses, topics and
//! dates) in the shape a real syllabus used.

use crate::common::{events_json, events_of, fixture, summary, timed_events_of};

/// A pipe table whose work cells link files named like `hw02_field_notes`: the words of the
/// name are joined by underscores, and the number in it is still the homework's number, due
/// on the date in parentheses; the homework is named by the whole name.
#[test]
fn work_named_like_a_file_with_underscores_keeps_its_homework_number() {
    let text = "\
# Ecology 240, Spring 2024

| Week | Topic | Work |
|------|-------|------|
| 1 (1/22) | Populations | [hw01_census](hw/hw01_census.html) (Due 1/27) |
| 2 (1/29) | Predators | [hw02_field_notes](hw/hw02_field_notes.html) (Due 2/3) |
| 3 (2/5) | Niches | none |
";
    let (_d, path) = fixture(text, "plan.md");
    let (events, stderr) = events_json(&path, &[]);
    let due: Vec<String> = summary(&events)
        .into_iter()
        .filter(|e| e.starts_with("deadline"))
        .collect();
    assert_eq!(
        due,
        [
            "deadline 2024-01-27 Hw01 census due",
            "deadline 2024-02-03 Hw02 field notes due"
        ],
        "{stderr}"
    );
    let homework: Vec<_> = events
        .iter()
        .filter_map(|e| e["homework"].as_str())
        .collect();
    assert_eq!(homework, ["Hw01 census", "Hw02 field notes"], "{stderr}");
}

/// The variant: a tab table whose deliverables are written as bare names with underscores and
/// no link (`ps3_tree_growth due Mar 8`); a run of underscores left for a blank to fill in is
/// no work.
#[test]
fn a_bare_underscored_work_name_is_numbered_and_a_blank_line_is_no_work() {
    let text = "\
Forestry 101, Spring 2024
Lectures: Friday 09:00-10:30

Date\tTopic\tDue
Mar 1\tSoils\tName: ________
Mar 8\tTrees\thw3_tree_growth due Mar 8
Mar 15\tFires\t
";
    let (_d, path) = fixture(text, "plan.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-03-01 Soils",
            "lecture 2024-03-08 Trees",
            "deadline 2024-03-08 Hw3 tree growth due",
            "lecture 2024-03-15 Fires"
        ],
        "{stderr}"
    );
    assert_eq!(events[2]["homework"], "Hw3 tree growth", "{stderr}");
}

/// A page generated from a notebook opens with the moment it was built, to the second
/// (`Generated: Wed Jan 10 08:55:41 AM`): that clock is no lecture slot, so with no slot
/// written the classes stay all-day, on their dates, and the warning says no time was found.
#[test]
fn a_build_stamp_to_the_second_is_no_lecture_slot() {
    let text = "\
Botany 120, Spring 2024
Generated: Wed Jan 10 08:55:41 AM

Date\tTopic
Jan 16\tCells
Jan 23\tLeaves
Jan 30\tRoots
";
    let (got, stderr) = timed_events_of(text, "plan.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-16 Cells",
            "lecture 2024-01-23 Leaves",
            "lecture 2024-01-30 Roots"
        ],
        "{stderr}"
    );
    assert!(stderr.contains("no lecture time found"), "{stderr}");
}

/// The variant: the stamp is in a footer line after the slot; the written slot is the one read.
#[test]
fn a_written_slot_stands_beside_a_build_stamp() {
    let text = "\
Botany 120, Spring 2024
Class: Tuesday 13:30-14:45, Hall B
Last built 2024-01-09 17:20:02

Date\tTopic
Jan 16\tCells
Jan 23\tLeaves
";
    let (got, stderr) = timed_events_of(text, "plan.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-16T13:30 Cells",
            "lecture 2024-01-23T13:30 Leaves"
        ],
        "{stderr}"
    );
}

/// A spreadsheet-made table whose kind column is headed `Formato` (Spanish, Portuguese and
/// Italian for "format"): its `Práctica` rows are sessions of their own kind, not lectures,
/// and its `Examen` row is an exam, as under a `Tipo` column.
#[test]
fn a_formato_column_gives_each_row_its_kind() {
    let text = "\
# Redes I, primer cuatrimestre 2021

| Día | Fecha | Clase | Temario | Formato |
|---|---|---|---|---|
| Lunes | 5/4/2021 | 1 | Capas y protocolos | Teoría |
| Jueves | 8/4/2021 | 2 | Ejercicios de subredes | Práctica |
| Lunes | 12/4/2021 | 3 | Enrutamiento | Teoría |
| Jueves | 15/4/2021 | 4 | Primer parcial | Examen |
";
    let (got, stderr) = events_of(
        text,
        "redes.md",
        &["--timezone", "America/Argentina/Buenos_Aires"],
    );
    assert_eq!(
        got,
        [
            "lecture 2021-04-05 Capas y protocolos",
            "other 2021-04-08 Práctica: Ejercicios de subredes",
            "lecture 2021-04-12 Enrutamiento",
            "exam 2021-04-15 Primer parcial"
        ],
        "{stderr}"
    );
}

/// The variant: a tab table laid out by a spreadsheet export, the `Formato` column between
/// the topic and the comments, with a `Temario` (list of topics) column that gives the titles.
#[test]
fn a_formato_column_in_a_tab_table_keeps_practice_out_of_the_lectures() {
    let text = "\
Bases de datos, 2022

Fecha\tTemario\tFormato\tComentarios
01/03/2022\tModelo relacional\tTeoría\t
08/03/2022\tConsultas SQL\tPráctica\tTraer notebook
15/03/2022\tNormalización\tTeoría\t
22/03/2022\tParcial\tExamen\tNotas en una semana
";
    let (got, stderr) = events_of(
        text,
        "bd.txt",
        &["--timezone", "America/Argentina/Buenos_Aires"],
    );
    assert_eq!(
        got,
        [
            "lecture 2022-03-01 Modelo relacional",
            "other 2022-03-08 Práctica: Consultas SQL",
            "lecture 2022-03-15 Normalización",
            "exam 2022-03-22 Midterm"
        ],
        "{stderr}"
    );
}
