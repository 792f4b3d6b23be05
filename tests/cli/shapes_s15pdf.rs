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
