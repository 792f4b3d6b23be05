//! Unusable input: a clear message on stderr, exit code 2, never a panic. The whole of what
//! the user sees (exit code and stderr, temporary folders shown as `[TMP]`) is also pinned as
//! a snapshot named after the case.

use crate::common::{coursecal, fixture, transcript, with_temp_dirs_redacted};

/// Runs `coursecal events PATH EXTRA...`, checks it fails with exit code 2 and `needle` on
/// stderr, and snapshots its output as `snapshot`.
fn fails_with(snapshot: &str, path: &std::path::Path, extra: &[&str], needle: &str) -> String {
    let out = coursecal()
        .arg("events")
        .arg(path)
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "stderr:\n{stderr}");
    assert!(stderr.contains(needle), "expected {needle:?} in:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
    snapshot_of(snapshot, &out);
    stderr
}

/// Snapshots a run's exit code, stdout and stderr as `name`, temporary folders redacted.
fn snapshot_of(name: &str, out: &std::process::Output) {
    with_temp_dirs_redacted(|| insta::assert_snapshot!(name, transcript(out)));
}

#[test]
fn an_empty_file() {
    let (_d, p) = fixture("\n \n", "empty.txt");
    fails_with("an_empty_file", &p, &[], "the syllabus is empty");
}

#[test]
fn a_binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("syllabus.pdf");
    std::fs::write(&p, b"%PDF-1.7\n\x00\x01\x02\xff\xfe").unwrap();
    fails_with("a_binary_file", &p, &[], "is not text");
}

#[test]
fn a_now_that_is_no_time() {
    let (_d, p) = fixture(
        "Lectures: Tuesday 09:40-12:30\n\n1\tOct 4\tIntro\n",
        "noyear.txt",
    );
    fails_with(
        "a_now_that_is_no_time",
        &p,
        &["--now", "tomorrow"],
        "--now: \"tomorrow\" is not a time",
    );
}

#[test]
fn a_date_that_does_not_exist() {
    let (_d, p) = fixture(
        "Spring 2023\n\n1\tFeb 23\tIntro\n2\tFeb 30\tMore\n",
        "feb30.txt",
    );
    fails_with(
        "a_date_that_does_not_exist",
        &p,
        &[],
        "feb30.txt:4: \"Feb 30\" is not a date",
    );
}

#[test]
fn a_twenty_megabyte_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    std::fs::write(
        &p,
        "Fall 2022\t1\tOct 4\tIntro\n".repeat(20 * 1024 * 1024 / 24),
    )
    .unwrap();
    fails_with("a_twenty_megabyte_file", &p, &[], "is this the right file?");
}

#[test]
fn a_table_with_no_dates() {
    let (_d, p) = fixture(
        "Fall 2022\n\nWeek\tTopic\n1\tIntro\n2\tBasics\n",
        "nodates.txt",
    );
    fails_with("a_table_with_no_dates", &p, &[], "found no dated schedule");
}

#[test]
fn a_missing_file() {
    fails_with(
        "a_missing_file",
        std::path::Path::new("no/such/course.toml"),
        &[],
        "cannot read the course file",
    );
}

#[test]
fn an_unknown_course_file_key_names_its_line() {
    let (_d, p) = fixture(
        "syllabus = \"x.txt\"\ntimezon = \"Europe/Istanbul\"\n",
        "c.toml",
    );
    fails_with(
        "an_unknown_course_file_key_names_its_line",
        &p,
        &[],
        "c.toml:2:1: unknown field `timezon`",
    );
}

#[test]
fn an_unknown_time_zone_on_the_command_line() {
    fails_with(
        "an_unknown_time_zone_on_the_command_line",
        std::path::Path::new("schedule/ceng501-fall2022.txt"),
        &["--timezone", "Europe/Istambul"],
        "--timezone: unknown time zone",
    );
}

#[test]
fn a_cancel_naming_no_event_lists_the_known_ones() {
    let (_dir, p) = crate::common::reference_course(
        "
[[cancel]]
event = \"lecture-99\"
",
    );
    fails_with(
        "a_cancel_naming_no_event_lists_the_known_ones",
        &p,
        &[],
        "c.toml:4: [[cancel]] names \"lecture-99\"",
    );
}

#[test]
fn a_bad_cron_expression_shows_a_valid_example() {
    let (_d, p) = fixture("[reminders]\ncron = \"0 9 * *\"\n", "c.toml");
    let err = fails_with(
        "a_bad_cron_expression_shows_a_valid_example",
        &p,
        &[],
        "c.toml:2:8: cron \"0 9 * *\" is not valid",
    );
    assert!(err.contains("\"*/15 * * * *\""), "{err}");
}

#[test]
fn an_invalid_address_names_its_line() {
    let (_d, p) = fixture(
        "[mail]\nfrom = \"bot@example.edu\"\nto = [\"not an address\"]\n",
        "c.toml",
    );
    fails_with(
        "an_invalid_address_names_its_line",
        &p,
        &[],
        "c.toml:3:6: \"not an address\" is not an email address",
    );
}

#[test]
fn a_roster_without_an_email_column() {
    let (dir, p) = crate::common::reference_course(
        "[mail]
roster = \"r.csv\"
",
    );
    std::fs::write(
        dir.path().join("r.csv"),
        "Name,Phone
Ayşe,123
",
    )
    .unwrap();
    let out = coursecal()
        .args(["remind", "--now", "2022-11-20T10:00:00+03:00"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("r.csv:1: no email column in the header (Name, Phone)"),
        "{err}"
    );
    snapshot_of("a_roster_without_an_email_column", &out);
}

#[test]
fn a_bad_now_says_how_to_write_it() {
    let out = coursecal()
        .args(["plan", "--now", "yesterday"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--now: \"yesterday\" is not a time; write RFC 3339")
    );
    snapshot_of("a_bad_now_says_how_to_write_it", &out);
}

#[test]
fn an_added_event_that_would_reuse_a_key_is_refused() {
    let (_dir, p) = crate::common::reference_course("");
    std::fs::write(
        &p,
        "syllabus = \"s.txt\"

[[add]]
kind = \"deadline\"\ntitle = \"Hw2\"\nstart = \"2022-11-30 23:59\"\n",
    )
    .unwrap();
    fails_with(
        "an_added_event_that_would_reuse_a_key_is_refused",
        &p,
        &[],
        "c.toml:4: [[add]] would make a second event with key \"deadline-hw2\"",
    );
    std::fs::write(&p, "syllabus = \"s.txt\"\n\n[[add]]\nkind = \"other\"\nkey = \"Guest talk\"\ntitle = \"Guest\"\nstart = \"2022-11-30 13:40\"\n").unwrap();
    fails_with(
        "an_added_event_whose_key_is_not_lower_case_is_refused",
        &p,
        &[],
        "c.toml:5:7: key \"Guest talk\" must be lower-case letters",
    );
}

#[test]
fn two_courses_with_one_id_are_refused_before_anything_is_written() {
    let (dir, first) = crate::common::reference_course("id = \"deep\"\n");
    let second = dir.path().join("d.toml");
    std::fs::write(&second, "syllabus = \"s.txt\"\nid = \"deep\"\n").unwrap();
    let out_dir = dir.path().join("public");
    let out = coursecal()
        .args(["build", "--now", "2022-11-20 09:00", "--out"])
        .arg(&out_dir)
        .arg(&first)
        .arg(&second)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("d.toml: two courses have the id \"deep\""),
        "{stderr}"
    );
    assert!(!out_dir.exists(), "nothing is written");
    let tail: String = stderr.lines().filter(|l| l.contains("error")).collect();
    with_temp_dirs_redacted(|| insta::assert_snapshot!("two_courses_with_one_id", tail));
}

#[test]
fn a_line_break_hidden_in_the_course_url_is_refused_with_its_line() {
    // TOML's "\r\n" escape would otherwise put a forged property line into the feed.
    let (_d, p) = crate::common::reference_course(
        "code = \"CEng 501\"\nurl = \"https://x.edu/\\r\\nUID:forged@evil\"\n",
    );
    fails_with(
        "a_line_break_hidden_in_the_course_url",
        &p,
        &[],
        "c.toml:3:7: `url` contains the control character U+000D",
    );
}

#[test]
fn a_course_url_that_is_not_http_is_refused() {
    let (_d, p) = crate::common::reference_course("[feed]\nurl = \"javascript:alert(1)\"\n");
    fails_with(
        "a_course_url_that_is_not_http",
        &p,
        &[],
        "c.toml:3:7: [feed] url \"javascript:alert(1)\" is not a web address",
    );
}

#[test]
fn a_term_whose_year_no_calendar_can_write_is_refused() {
    let p = crate::common::root().join("schedule/ceng501-fall2022.txt");
    fails_with(
        "a_term_whose_year_no_calendar_can_write",
        &p,
        &["--term", "Fall 9999"],
        "--term: \"Fall 9999\" is not a term",
    );
}

#[test]
fn an_endless_file_is_refused_after_reading_only_past_the_limit() {
    // /dev/zero never ends: reading all of it would run out of memory.
    fails_with(
        "an_endless_file",
        std::path::Path::new("/dev/zero"),
        &[],
        "the syllabus is larger than 2 MiB",
    );
}

#[test]
fn a_utf16_file_is_named_as_utf16() {
    let text: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "Fall 2022\nWeek\tDate\tTopic\n1\tOct 4\tIntro\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("windows.txt");
    std::fs::write(&p, text).unwrap();
    fails_with("a_utf16_file", &p, &[], "is UTF-16 text");
}

#[test]
fn a_word_document_is_named_as_one() {
    let (_d, p) = fixture("PK\u{3}\u{4}word/document.xml", "syllabus.docx");
    fails_with("a_word_document", &p, &[], "save it as PDF or plain text");
}

#[test]
fn a_missing_ca_file_names_the_course_file_line_and_the_fix() {
    let (dir, p) = crate::common::reference_course(
        "[mail]
to = [\"list@example.edu\"]
transport = \"smtp://127.0.0.1:1\"
user = \"u\"
password-env = \"COURSECAL_TEST_CA_PASSWORD\"
ca-file = \"no-such-ca.pem\"
",
    );
    let out = coursecal()
        .env("COURSECAL_TEST_CA_PASSWORD", "x")
        .args(["remind", "--now", "2022-11-20T00:00:00+03:00"])
        .arg(&p)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    let text = std::fs::read_to_string(&p).unwrap();
    let line = 1 + text.lines().position(|l| l.starts_with("ca-file")).unwrap();
    assert!(
        err.contains(&format!(".toml:{line}:")),
        "the ca-file line: {err}"
    );
    assert!(err.contains("fix the path"), "{err}");
    snapshot_of(
        "a_missing_ca_file_names_the_course_file_line_and_the_fix",
        &out,
    );
}

#[test]
fn a_published_feed_past_its_size_limit_is_damaged_not_read_whole() {
    let (dir, p) = crate::common::reference_course("");
    let out_dir = dir.path().join("public");
    std::fs::create_dir_all(&out_dir).unwrap();
    // A sparse file: 17 MiB to the reader, nothing on disk.
    let f = std::fs::File::create(out_dir.join("ceng501.ics")).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let out = coursecal()
        .args(["build", "--now", "2022-11-20T00:00:00+03:00", "--out"])
        .arg(&out_dir)
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("larger than 16 MiB"), "{err}");
    assert_eq!(
        std::fs::metadata(out_dir.join("ceng501.ics"))
            .unwrap()
            .len(),
        17 * 1024 * 1024,
        "the published feed is left as it was"
    );
}
