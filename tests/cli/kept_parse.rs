//! The parse a pass keeps in the ledger (`remind::parsed`): a later `plan` or `remind` on
//! unchanged sources reads it instead of parsing, with the same output bytes; changed sources
//! are parsed again, and a damaged row is never trusted.

use std::path::Path;

use rusqlite::Connection;

use crate::common::{coursecal, reference_course};

/// Before the first reminder of the term: a pass with nothing due.
const QUIET: &str = "2022-09-20T12:00:00Z";
/// The first 15-minute pass after Hw2's 3-day reminder fell due.
const HW2_3D: &str = "2022-11-20T00:00:00+03:00";

const COURSE: &str = "id = \"ceng501\"\nterm = \"Fall 2022\"\ntimezone = \"Europe/Istanbul\"\n\n[mail]\nfrom = \"CEng 501 <noreply@example.edu>\"\nto = [\"list@example.edu\"]\noutbox = \"outbox\"\n";

/// What a user sees of a command: exit code, stdout, stderr (paths as given, so comparable).
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let o = coursecal().current_dir(dir).args(args).output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// `plan` and a dry run at the Hw2 reminder: everything the user reads.
fn plan_and_mail(dir: &Path) -> [(Option<i32>, String, String); 2] {
    [
        run(dir, &["plan", "--now", HW2_3D, "c.toml"]),
        run(dir, &["remind", "--dry-run", "--now", HW2_3D, "c.toml"]),
    ]
}

fn ledger(dir: &Path) -> Connection {
    Connection::open(dir.join("ceng501.sent.sqlite")).unwrap()
}

/// Rewrites the kept parse's text with `edit`; `valid`: with its check made to match.
fn edit_kept_parse(dir: &Path, edit: impl Fn(&str) -> String, valid: bool) {
    let conn = ledger(dir);
    let (key, stored): (String, String) = conn
        .query_row("SELECT key, stored FROM parsed", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let edited = edit(&stored);
    assert_ne!(edited, stored, "the edit changed something");
    let check = if valid {
        coursecal::remind::parsed::check(&key, &edited)
    } else {
        conn.query_row("SELECT checksum FROM parsed", [], |r| r.get(0))
            .unwrap()
    };
    conn.execute(
        "UPDATE parsed SET stored = ?1, checksum = ?2",
        rusqlite::params![edited, check],
    )
    .unwrap();
}

#[test]
fn a_second_pass_on_unchanged_sources_reads_the_kept_parse_and_prints_the_same_bytes() {
    let (dir, _) = reference_course(COURSE);
    let dir = dir.path();
    let first = plan_and_mail(dir);
    assert_eq!(first[0].0, Some(0), "{first:?}");
    assert!(first[0].2.contains("warning:"), "the syllabus's warnings");
    assert!(first[1].1.contains("Hw2 due in 3 days"), "{first:?}");
    // The cron pass: nothing due, so it only keeps the version and its parse.
    let (code, _, err) = run(dir, &["remind", "--now", QUIET, "c.toml"]);
    assert_eq!(code, Some(0), "{err}");
    let rows: i64 = ledger(dir)
        .query_row("SELECT count(*) FROM parsed", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1);
    assert_eq!(plan_and_mail(dir), first, "same bytes, warnings and all");
}

#[test]
fn the_kept_parse_is_what_a_pass_reads_until_the_syllabus_changes() {
    let (dir, _) = reference_course(COURSE);
    let dir = dir.path();
    let first = plan_and_mail(dir);
    assert_eq!(run(dir, &["remind", "--now", QUIET, "c.toml"]).0, Some(0));
    // A row edited with its check made to match: read as it is, which shows the pass read
    // the ledger and not the syllabus.
    edit_kept_parse(
        dir,
        |s| s.replace("20% of the grade", "21% of the grade"),
        true,
    );
    let kept = plan_and_mail(dir);
    assert!(kept[1].1.contains("Hw2 is 21% of the grade"), "{kept:?}");
    // One more byte in the syllabus: another key, so the syllabus is parsed again.
    let syllabus = dir.join("s.txt");
    let mut bytes = std::fs::read(&syllabus).unwrap();
    bytes.push(b'\n');
    std::fs::write(&syllabus, &bytes).unwrap();
    assert_eq!(plan_and_mail(dir), first);
    // The next real pass keeps the new parse in place of the old.
    assert_eq!(run(dir, &["remind", "--now", QUIET, "c.toml"]).0, Some(0));
    assert_eq!(plan_and_mail(dir), first);
    assert!(
        !ledger(dir)
            .query_row("SELECT stored FROM parsed", [], |r| r.get::<_, String>(0))
            .unwrap()
            .contains("21% of the grade")
    );
}

#[test]
fn a_damaged_kept_parse_is_ignored_and_the_syllabus_parsed_again() {
    let (dir, _) = reference_course(COURSE);
    let dir = dir.path();
    let first = plan_and_mail(dir);
    assert_eq!(run(dir, &["remind", "--now", QUIET, "c.toml"]).0, Some(0));
    // The text changed under its old check: not trusted.
    edit_kept_parse(
        dir,
        |s| s.replace("20% of the grade", "21% of the grade"),
        false,
    );
    assert_eq!(plan_and_mail(dir), first);
    // Text that passes its check but is no course: parsed again too.
    edit_kept_parse(dir, |s| s[..s.len() / 2].to_string(), true);
    assert_eq!(plan_and_mail(dir), first);
    // The pass mends the row: the next one reads it again.
    assert_eq!(run(dir, &["remind", "--now", QUIET, "c.toml"]).0, Some(0));
    let stored: String = ledger(dir)
        .query_row("SELECT stored FROM parsed", [], |r| r.get(0))
        .unwrap();
    assert!(coursecal::remind::parsed::decode(&stored).is_some());
    assert_eq!(plan_and_mail(dir), first);
}
