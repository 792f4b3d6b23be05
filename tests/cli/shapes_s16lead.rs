//! Schedule shapes, session 16 (issue 8), lead: course pages that do not open with a doctype.
//! A PHP template opens with its server code (`<?php include ...; ?>`) and then a fragment of
//! the page, often in Latin-1 without a declared charset. Before, such a template was refused
//! as "not UTF-8" (exit 2): only a file opening with `<!DOCTYPE html>`, `<html>`, `<head>`,
//! `<body>` or `<table>` was read as browsers read it.

use crate::common::{events_json, summary_with_time};

/// A Latin-1 PHP template naming no charset is read as a browser reads it (windows-1252).
#[test]
fn a_latin1_php_template_naming_no_charset_is_read() {
    let mut page: Vec<u8> = b"<?php include 'cabecalho.php'; ?>\n<h2>Agenda</h2>\n".to_vec();
    page.extend(b"<p>Aulas: ter\xe7as 14:00-16:00</p>\n<table>\n");
    page.extend(b"<tr><td>Data</td><td>Conte\xfado</td></tr>\n");
    page.extend(b"<tr><td>06/08/2024</td><td>Apresenta\xe7\xe3o</td></tr>\n");
    page.extend(b"<tr><td>13/08/2024</td><td>Classes e objetos</td></tr>\n</table>\n");
    page.extend(b"<?php include 'rodape.php'; ?>\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("agenda.php");
    std::fs::write(&path, &page).expect("write");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        summary_with_time(&events),
        [
            "lecture 2024-08-06T14:00 Apresentação",
            "lecture 2024-08-13T14:00 Classes e objetos"
        ],
        "{stderr}"
    );
}

/// A syllabus that writes no course code is called by its title in the table, the feed's
/// name and every event's summary; before, all three said "COURSE" ("COURSE · TP1 due").
#[test]
fn a_syllabus_without_a_course_code_is_called_by_its_title() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("programa.md");
    std::fs::write(
        &path,
        "# Bases de Datos — Primer cuatrimestre 2025\n\nClases: martes 18:00-20:00\n\n\
         | Fecha | Tema |\n|---|---|\n| 11/03/2025 | Modelo relacional |\n\
         | 18/03/2025 | SQL. Entrega del TP1 |\n",
    )
    .expect("write");
    let args = [
        "--timezone",
        "America/Argentina/Buenos_Aires",
        "--now",
        "2026-12-02 00:00",
    ];
    let table = crate::common::coursecal()
        .arg("events")
        .arg(&path)
        .args(args)
        .output()
        .expect("runs");
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.starts_with("Bases de Datos, Spring 2025:"), "{table}");
    let out = dir.path().join("public");
    let built = crate::common::coursecal()
        .arg("build")
        .arg(&path)
        .arg("--out")
        .arg(&out)
        .args(args)
        .output()
        .expect("runs");
    assert!(built.status.success(), "{built:?}");
    let ics = std::fs::read_to_string(out.join("course.ics")).expect("feed");
    assert!(
        ics.contains("X-WR-CALNAME:Bases de Datos (Spring 2025)\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("SUMMARY:Bases de Datos · W1 · Modelo relacional\r\n"),
        "{ics}"
    );
}

/// The same unnumbered item in several rows of a schedule ("Exam" three times, a "Reading
/// response" due every other class) is one event per row, keyed `exam`, `exam-2`, ...;
/// before, only the first was kept and each later one was warned about as "given again".
#[test]
fn an_item_named_alike_in_several_rows_recurs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.md");
    std::fs::write(
        &path,
        "# HIST 210 Fall 2025\n\nClass meets MW 1:00-2:15\n\n| Date | Topic | Due |\n\
         |---|---|---|\n| Sep 8 | Rome | |\n| Sep 10 | Greece | Reading response |\n\
         | Sep 15 | Exam | |\n| Sep 17 | Persia | Reading response |\n| Oct 6 | Exam | |\n",
    )
    .expect("write");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let keys: Vec<String> = events
        .iter()
        .filter(|e| e["kind"] != "lecture")
        .map(|e| {
            format!(
                "{} {}",
                e["key"].as_str().unwrap_or(""),
                &e["start"].as_str().unwrap_or("")[..10]
            )
        })
        .collect();
    assert_eq!(
        keys,
        [
            "deadline-reading-response 2025-09-10",
            "exam 2025-09-15",
            "deadline-reading-response-2 2025-09-17",
            "exam-2 2025-10-06"
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("given again"), "{stderr}");
}

/// A mention that writes its own date ("Midterm: Oct 20, 1:00 pm" above the table) against
/// a row's ("Oct 6 | Midterm") is a conflict, not a recurrence: the first is kept, and the
/// warning says so.
#[test]
fn an_item_given_its_own_other_date_is_still_a_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.md");
    std::fs::write(
        &path,
        "# HIST 210 Fall 2025\n\nClass meets MW 1:00-2:15\n\nMidterm: Oct 20, 1:00 pm\n\n\
         | Date | Topic |\n|---|---|\n| Sep 8 | Rome |\n| Oct 6 | Midterm |\n| Oct 8 | Persia |\n",
    )
    .expect("write");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let exams: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "exam")
        .filter_map(|e| e["start"].as_str())
        .collect();
    assert_eq!(exams, ["2025-10-20T13:00:00-05:00"], "{stderr}");
    assert!(stderr.contains("given again, for Oct 6"), "{stderr}");
}

/// A practice exam written the German way ("Klausur (Probe)") is no exam, so the real one,
/// stated below the table with its date and hour, is not dropped as "given again" for it.
#[test]
fn a_german_practice_exam_does_not_hide_the_real_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.md");
    std::fs::write(
        &path,
        "# Datenbanken SS 2025\n\nVorlesung: Mittwoch 10:15-11:45\n\n| Datum | Thema |\n\
         |---|---|\n| 23.04.2025 | Einführung |\n| 28.05.2025 | Klausur (Probe) |\n\
         | 04.06.2025 | SQL |\n\nKlausur: 23.07.2025, 9:00 Uhr\n",
    )
    .expect("write");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    let exams: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "exam")
        .filter_map(|e| e["start"].as_str())
        .collect();
    assert_eq!(exams, ["2025-07-23T09:00:00+02:00"], "{stderr}");
}
