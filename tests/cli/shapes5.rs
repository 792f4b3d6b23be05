//! Schedule shapes, part 5: what the second fresh corpus showed. Every fixture is written for
//! these tests (invented courses, topics and dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// One Markdown heading per class, a numbered class id joined by an underscore, a dashed
/// day-first date with its year and a Portuguese weekday; the slot in prose with tildes that
/// Markdown escapes; blank lines between each heading and its bullets; a deadline heading;
/// a review class and a correction class around the exam.
#[test]
fn dated_markdown_headings_with_dashed_dates_keep_their_bullets_across_blank_lines() {
    let text = "\
# Cronograma: Lógica de Programação (2023-1)

Dia da semana: segundas (19:00\\~20:40) e quintas (19:00\\~22:30)

### [Aula_01](u1/aula.md#Aula_01 \"06-03-2023 segunda-feira\") 06-03-2023 segunda-feira

- apresentação da disciplina

### [Aula_02](u1/aula.md#Aula_02 \"09-03-2023 quinta-feira\") 09-03-2023 quinta-feira

- variáveis e tipos

### [Lista1-Atividades](u1) Prazo: 13-03-2023 segunda-feira

- resolver a lista no AVA

### [Aula_03](u1/aula.md#Aula_03 \"13-03-2023 segunda-feira\") 13-03-2023 segunda-feira

- Revisão Prova1

### [Aula_04](u1/aula.md#Aula_04 \"16-03-2023 quinta-feira\") 16-03-2023 quinta-feira

- Prova1

## Unidade 2

Texto sobre a unidade, sem datas.

### [Aula_05](u2/aula.md#Aula_05 \"20-03-2023 segunda-feira\") 20-03-2023 segunda-feira

- Correção Prova1
";
    let (_d, path) = fixture(text, "cronograma.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2023-03-06T19:00 apresentação da disciplina",
            "lecture 2023-03-09T19:00 variáveis e tipos",
            "lecture 2023-03-13T19:00 Revisão Prova1",
            "deadline 2023-03-13T23:59 Lista1 Assignment due",
            "exam 2023-03-16T19:00 Exam 1",
            "lecture 2023-03-20T19:00 Correção Prova1",
        ],
        "{stderr}"
    );
    let ends: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "lecture")
        .map(|e| &e["end"].as_str().unwrap_or("")[11..16])
        .collect();
    assert_eq!(ends, ["20:40", "22:30", "20:40", "20:40"], "{stderr}");
    assert!(
        events.iter().all(|e| e["location"].is_null()),
        "a bracket is no room: {events:?}"
    );
}

/// An exercise table without a topic column: the date column is when a sheet is handed out,
/// the due column (a date and an hour) its deadline, the sheets named by links in a material
/// column; the lecture table above it gives the lectures.
#[test]
fn a_sheet_table_gives_releases_and_deadlines_but_no_lectures() {
    let text = "\
# Algorithmen und Datenstrukturen (WS 2025/26)

- Vorlesung: Montag 10:15 - 11:45

## Vorlesung

| Datum | Thema |
|:--|:--|
| Mo 13.10.25 | Einführung |
| Mo 20.10.25 | Sortieren |
| Mo 27.10.25 | Suchbäume |

## Übungen

| Datum | Abgabe | Material |
|:--|:--|:--|
| Mo 13.10.25 | So 19.10.25 23:59 per [Git][git] | [Blatt01][b1] |
| Mo 20.10.25 | So 26.10.25 23:59 per [Git][git] | [Blatt02][b2] |

[git]: https://git.example.org
[b1]: /blatt01.pdf
[b2]: /blatt02.pdf
";
    let (got, stderr) = timed_events_of(text, "ads.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "release 2025-10-13 Hw01 released",
            "lecture 2025-10-13T10:15 Einführung",
            "deadline 2025-10-19T23:59 Hw01 due",
            "release 2025-10-20 Hw02 released",
            "lecture 2025-10-20T10:15 Sortieren",
            "deadline 2025-10-26T23:59 Hw02 due",
            "lecture 2025-10-27T10:15 Suchbäume",
        ],
        "{stderr}"
    );
}

/// Two-letter English weekdays before ISO dates, and a type column whose weekly Friday
/// tutorials are sessions even though one Friday holds a lecture.
#[test]
fn weekly_tutorials_on_a_day_with_one_lecture_are_not_lectures() {
    let text = "\
# Compilers (Winter 2025)

- **Lecture:** Tuesday, 10:15 - 11:45
- **Tutorials:** Friday, 10:15 - 11:45

| Date | Type | Topic |
|:--|:--|:--|
| Tu 2025-10-14 | Lecture | Overview |
| Fr 2025-10-17 | Lecture | Lexing |
| Tu 2025-10-21 | Lecture | Parsing |
| Fr 2025-10-24 | Tutorial | Exercise 1 |
| Tu 2025-10-28 | Lecture | Types |
| Fr 2025-10-31 | Tutorial | Exercise 2 |
";
    let (_d, path) = fixture(text, "compilers.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    let lectures: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-10-14T10:15 Overview",
            "lecture 2025-10-17T10:15 Lexing",
            "lecture 2025-10-21T10:15 Parsing",
            "lecture 2025-10-28T10:15 Types",
        ],
        "{stderr}"
    );
    assert_eq!(
        events.iter().filter(|e| e["kind"] == "other").count(),
        2,
        "{stderr}"
    );
}
