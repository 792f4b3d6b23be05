//! Schedule shapes, part 22: space-laid tables whose header cells are centred over their
//! columns (a browser's text dump or printed page centres `<th>`; word processors often centre
//! header cells), so a header word starts right of its column. The columns are taken from the
//! gutters the rows share (issue #8). Every fixture is written for these tests (invented
//! courses, topics and dates).

use crate::common::events_of;

/// Centred header words over a table with right-aligned week numbers: each row's title is
/// its Topic cell, not the Readings cell the centred "Topic" header starts nearer to.
#[test]
fn centred_header_words_name_the_columns_their_rows_fill() {
    let text = "Geology 204, Fall 2024\n\
Lectures Tuesdays 10:00-11:15\n\n\
\x20   Week         Date                     Topic                        Readings\n\
\x20     1         Sep 3       Rocks and the rock cycle              Ch. 1\n\
\x20     2         Sep 10      Minerals                              Ch. 2, lab notes\n\
\x20     3         Sep 17      Plate tectonics in motion             Ch. 3\n\
\x20    10         Nov 5       Glaciers                              Ch. 9\n\
\x20    11         Nov 12      Rivers and deltas                     Ch. 10\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 Rocks and the rock cycle",
            "lecture 2024-09-10 Minerals",
            "lecture 2024-09-17 Plate tectonics in motion",
            "lecture 2024-11-05 Glaciers",
            "lecture 2024-11-12 Rivers and deltas",
        ],
        "{stderr}"
    );
}

/// A text browser's dump of an `Assigned | Due | Link` table: cells one space apart (a
/// date's own spaces no different), headers centred. Each row is the item's release on the
/// first date and its deadline on the second, split at the one-space gutters every row shares.
#[test]
fn one_space_columns_of_a_text_dump_are_split_where_every_row_leaves_a_gap() {
    let text = "Design Studio 330, Fall 2024\n\n\
All work is due at noon on its due date.\n\n\
\x20Assigned       Due          Link\n\
Tue, Sep 10 Thu, Sep 12 Sketchbook 1\n\
Tue, Sep 10 Thu, Sep 19 Model A\n\
Tue, Sep 17 Tue, Oct 1  Poster draft\n\
Thu, Oct 10 Thu, Oct 17 Model B\n\
Tue, Oct 15 Tue, Oct 29 Final poster\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    for want in [
        "release 2024-09-10 Sketchbook 1 released",
        "deadline 2024-09-12 Sketchbook 1 due",
        "deadline 2024-09-19 Model A due",
        "deadline 2024-10-01 Draft due",
        "release 2024-10-10 Model B released",
        "deadline 2024-10-29 Final poster due",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} in {got:?}\n{stderr}");
    }
    assert!(!got.iter().any(|g| g.starts_with("lecture ")), "{got:?}");
}
