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
