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
