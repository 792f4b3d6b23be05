//! Schedule shapes, session 13 (issue 8): a Quarto page whose schedule is a pandoc grid
//! table (`+---+` borders, cells over several lines) with Markdown links in its cells. The
//! cells read as the page shows them: a link's text, never its target's numbers as dates.

use crate::common::events_of;

const NOW: &[&str] = &["--timezone", "Europe/London", "--now", "2024-09-01 00:00"];

const PAGE: &str = r#"---
title: "Timetable"
---

## Sessions

+-------------+--------------------------------------------------------------------+
| Date        | Session                                                            |
+=============+====================================================================+
| Oct 7, 2024 | [Slides](https://files.example.org/uploads/2020/09/1.1.pdf) Basics |
|             | of data handling                                                   |
+-------------+--------------------------------------------------------------------+
| Oct 14, 2024| ![](img/video.png){width="20"} Trees and forests                   |
|             | [recording](https://files.example.org/uploads/2020/10/2.2.mp4)     |
+-------------+--------------------------------------------------------------------+
"#;

#[test]
fn a_grid_table_in_a_quarto_page_reads_its_cells_as_markdown() {
    let (got, stderr) = events_of(PAGE, "timetable.qmd", NOW);
    assert_eq!(
        got,
        [
            "lecture 2024-10-07 Slides Basics of data handling",
            "lecture 2024-10-14 Trees and forests recording",
        ],
        "{stderr}"
    );
}

/// Look-alike: the same grid table in a reStructuredText page keeps its text as written
/// (reStructuredText has no `[text](target)` links to take apart).
#[test]
fn a_grid_table_in_a_restructuredtext_page_keeps_its_text() {
    let rst = PAGE.replace(
        "---\ntitle: \"Timetable\"\n---\n\n## Sessions\n",
        "Sessions\n========\n",
    );
    let (got, stderr) = events_of(&rst, "timetable.rst", NOW);
    assert!(
        got.iter()
            .any(|e| e.contains("](https://files.example.org")),
        "{got:?}\n{stderr}"
    );
}
