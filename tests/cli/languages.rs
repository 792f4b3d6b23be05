//! Syllabi in other languages and shapes (issue #8): month and weekday names, dates in
//! headings and lists, the year told elsewhere, meeting lines. Every fixture is invented.

use serde_json::Value;

use crate::common::{events_json, fixture};

fn lectures(events: &[Value]) -> Vec<(String, String)> {
    events
        .iter()
        .filter(|e| e["kind"] == "lecture")
        .map(|e| {
            (
                e["start"].as_str().unwrap_or("").to_string(),
                e["title"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn starts(events: &[Value]) -> Vec<String> {
    lectures(events).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn a_spanish_table_with_de_between_day_month_and_year() {
    let text = "\
# Redes de Computadoras

Clases teóricas: Lunes 11:15-13:00

| Semana | Fecha | Tema |
|---|---|---|
| 1 | 8 de septiembre de 2025 | Introducción a las redes |
| 2 | 15 de septiembre de 2025 | Capa física |
| 3 | 22 de septiembre de 2025 | Enlace de datos |
";
    let (_d, path) = fixture(text, "redes.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Argentina/Buenos_Aires"]);
    assert_eq!(
        lectures(&events),
        [
            (
                "2025-09-08T11:15:00-03:00".into(),
                "Introducción a las redes".into()
            ),
            ("2025-09-15T11:15:00-03:00".into(), "Capa física".into()),
            ("2025-09-22T11:15:00-03:00".into(), "Enlace de datos".into()),
        ],
        "{stderr}"
    );
}

#[test]
fn german_lines_with_a_weekday_and_a_dotted_day_before_the_month() {
    let text = "\
Algorithmische Geometrie — Wintersemester 2025/26

Vorlesung: Mittwoch 10:15–11:45, Hörsaal 3

Mittwoch, 15. Oktober   Einführung und konvexe Hüllen
Mittwoch, 22. Oktober   Schnitt von Strecken
Mittwoch, 29. Oktober   Triangulierung von Polygonen
Mittwoch, 5. November   Lineare Programmierung
";
    let (_d, path) = fixture(text, "geometrie.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        starts(&events),
        [
            "2025-10-15T10:15:00+02:00",
            "2025-10-22T10:15:00+02:00",
            "2025-10-29T10:15:00+01:00",
            "2025-11-05T10:15:00+01:00",
        ],
        "{stderr}"
    );
    assert_eq!(events[0]["location"], "Hörsaal 3");
}

#[test]
fn a_markdown_heading_with_a_meeting_number_and_a_date_is_a_row_topped_by_its_first_bullet() {
    let text = "\
# Introdução à Computação

## Aula 1 - 12/08/2025
- Apresentação do curso
- Algoritmos e fluxogramas

## Aula 2 - 19/08/2025
- Variáveis e tipos

## Aula 3 - 26/08/2025
- Condicionais
";
    let (_d, path) = fixture(text, "intro.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        lectures(&events),
        [
            ("2025-08-12".into(), "Apresentação do curso".into()),
            ("2025-08-19".into(), "Variáveis e tipos".into()),
            ("2025-08-26".into(), "Condicionais".into()),
        ],
        "{stderr}"
    );
}

#[test]
fn a_week_heading_with_its_date_in_brackets_and_dates_in_link_text_are_rows() {
    let text = "\
# Data Science Seminar, Fall 2024

### Week 1 (Sep 12)
Course overview and tooling.

### Week 2 (Sep 19)
Exploratory analysis.
";
    let (_d, path) = fixture(text, "seminar.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            ("2024-09-12".into(), "Course overview and tooling.".into()),
            ("2024-09-19".into(), "Exploratory analysis.".into()),
        ],
        "{stderr}"
    );
    let text = "\
# Signal Processing, Fall 2024

* [📅 9/10 Intro to signals](slides/1.pdf)
* [📅 9/17 Sampling](slides/2.pdf)
";
    let (_d, path) = fixture(text, "signals.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            ("2024-09-10".into(), "Intro to signals".into()),
            ("2024-09-17".into(), "Sampling".into()),
        ],
        "{stderr}"
    );
}

#[test]
fn lines_with_a_date_in_no_known_layout_are_read_as_rows_with_a_warning() {
    let text = "\
Compilers

What we cover, in order:

Lexing and parsing, on 3 March 2025.
Then semantic analysis, on 10 March 2025.
Code generation closes the course on 17 March 2025!
";
    let (_d, path) = fixture(text, "compilers.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            ("2025-03-03".into(), "Lexing and parsing".into()),
            ("2025-03-10".into(), "Then semantic analysis".into()),
            (
                "2025-03-17".into(),
                "Code generation closes the course".into()
            ),
        ],
        "{stderr}"
    );
    assert!(stderr.contains("layout was not recognised"), "{stderr}");
}

#[test]
fn dates_without_a_year_take_it_from_a_slash_date_elsewhere_in_the_document() {
    let text = "\
Théorie des graphes
Semaine intensive : Du 09/10/2023 au 13/10/2023

9 octobre   Graphes et arbres
10 octobre  Couplages
11 octobre  Flots
";
    let (_d, path) = fixture(text, "graphes.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Paris"]);
    assert_eq!(
        starts(&events),
        ["2023-10-09", "2023-10-10", "2023-10-11"],
        "{stderr}"
    );
    assert!(stderr.contains(":2: warning: no term is named"), "{stderr}");
}

#[test]
fn meeting_lines_in_french_portuguese_and_italian_give_the_lecture_slot() {
    let table = "\n| Semaine | Date | Sujet |\n|---|---|---|\n| 1 | 2025-10-06 | Ouverture |\n| 2 | 2025-10-13 | Suite |\n";
    for (line, want) in [
        (
            "Cours : mardi 14h30 à 16h",
            ["2025-10-07T14:30:00+02:00", "2025-10-14T14:30:00+02:00"],
        ),
        (
            "Aula: segunda-feira 19:00-22:30",
            ["2025-10-06T19:00:00+02:00", "2025-10-13T19:00:00+02:00"],
        ),
        (
            "Lezioni: giovedì 9:00-11:00",
            ["2025-10-09T09:00:00+02:00", "2025-10-16T09:00:00+02:00"],
        ),
    ] {
        let (_d, path) = fixture(&format!("Cours X 2025\n\n{line}\n{table}"), "slot.md");
        let (events, stderr) = events_json(&path, &["--timezone", "Europe/Paris"]);
        assert_eq!(starts(&events), want, "{line}\n{stderr}");
    }
}

#[test]
fn japanese_and_korean_dates_weekdays_and_academic_years_are_read() {
    let text = "\
# 情報理論 2026年度

講義: 火曜 10:40-12:10

| 回 | 日付 | 内容 |
|---|---|---|
| 1 | 4/7(火) | ガイダンス |
| 2 | 4/14(火) | エントロピー |
| 3 | 4月21日 | 符号化 |
";
    let (_d, path) = fixture(text, "joho.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Tokyo"]);
    assert_eq!(
        lectures(&events),
        [
            ("2026-04-07T10:40:00+09:00".into(), "ガイダンス".into()),
            ("2026-04-14T10:40:00+09:00".into(), "エントロピー".into()),
            ("2026-04-21T10:40:00+09:00".into(), "符号化".into()),
        ],
        "{stderr}"
    );
    let text = "\
# 자료구조 2025학년도 2학기

- 09월 02일 (화) 오리엔테이션
- 09월 09일 (화) 연결 리스트
- 9월 16일 (화) 트리
";
    let (_d, path) = fixture(text, "jaryo.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Seoul"]);
    assert_eq!(
        starts(&events),
        ["2025-09-02", "2025-09-09", "2025-09-16"],
        "{stderr}"
    );
}

#[test]
fn numbered_section_headings_are_not_dotted_dates() {
    let text = "\
# Numerik, Wintersemester 2025/26

## 1. Organisation
## 2.1. Ziele
### 2.3.1 Fehleranalyse

| Datum | Thema |
|---|---|
| 15.10. | Einführung |
| 22.10. | Gleitkomma |
";
    let (_d, path) = fixture(text, "numerik.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            ("2025-10-15".into(), "Einführung".into()),
            ("2025-10-22".into(), "Gleitkomma".into()),
        ],
        "{stderr}"
    );
}
