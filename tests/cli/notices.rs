//! Change notices and the weekly digest over real SMTP (aiosmtpd on 127.0.0.1 with STARTTLS
//! and AUTH), and `diff` against a published feed.

use std::path::{Path, PathBuf};

use mailparse::MailHeaderMap;

use crate::common::smtp::Server;
use crate::common::smtp_course::SmtpCourse;
use crate::common::{
    coursecal, icalendar_view, ledger_json, start_daemon, stop_daemon, transcript, wait_for,
    with_temp_dirs_redacted,
};

/// A quiet time: no reminder of the reference course is due (Hw2's 3-day one is on the 19th).
const T0: &str = "2022-11-15T12:00:00+03:00";
const T1: &str = "2022-11-15T12:15:00+03:00";
const T2: &str = "2022-11-15T12:30:00+03:00";

const MOVE_HW2: &str = "[[move]]\nevent = \"deadline-hw2\"\nto = \"2022-11-24 23:59\"\n";

/// A course folder with the reference syllabus and `students` on its roster.
fn new_course(students: usize) -> SmtpCourse {
    let c = SmtpCourse::new();
    let addrs: Vec<String> = (0..students)
        .map(|i| format!("s{i:03}@example.edu"))
        .collect();
    c.roster("Öğrenci", &addrs);
    c
}

/// Writes the course file: SMTP to `port`, one message per student, then `extra`.
fn write(c: &SmtpCourse, port: u16, extra: &str) -> PathBuf {
    let mail = format!("roster = \"roster.csv\"\ndelivery = \"individual\"\n\n{extra}");
    c.write(port, "", &mail)
}

/// `coursecal build --now <now>` into the course folder's `public` (where `pass` reads it).
fn build(c: &SmtpCourse, course: &Path, now: &str) {
    let o = coursecal()
        .args(["build", "--now", now, "--out"])
        .arg(c.path().join("public"))
        .arg(course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", transcript(&o));
}

/// The attachment as Python's icalendar reads it (times in UTC through its own VTIMEZONE).
fn icalendar_read(dir: &Path, ics: &str) -> serde_json::Value {
    let file = dir.join("attached.ics");
    std::fs::write(&file, ics).unwrap();
    icalendar_view(&file)
}

fn ok(o: &std::process::Output) {
    assert!(o.status.success(), "{}", transcript(o));
}

#[test]
fn a_moved_deadline_sends_one_notice_per_student_and_none_on_the_pass_after() {
    let c = new_course(3);
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "");
    build(&c, &course, T0);
    ok(&c.pass(&course, T0));
    assert_eq!(
        server.messages().len(),
        0,
        "the first pass records the baseline"
    );
    let course = write(&c, server.port, MOVE_HW2);
    build(&c, &course, T1);
    ok(&c.pass(&course, T1));
    let got = server.messages();
    assert_eq!(got.len(), 3);
    let mut to: Vec<String> = got
        .iter()
        .map(|m| m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    to.sort();
    assert_eq!(
        to,
        ["s000@example.edu", "s001@example.edu", "s002@example.edu"]
    );
    for m in &got {
        assert_eq!(
            m.header("Subject"),
            "[CEng 501] Changed: Hw2 due Thu 24 Nov 23:59 (was Tue 22 Nov)"
        );
        assert_eq!(m.meta["tls"], true);
        let parsed = m.parsed();
        let cal = parsed
            .subparts
            .iter()
            .find(|p| p.ctype.mimetype == "text/calendar")
            .expect("the updated event is attached");
        let ics = cal.get_body().unwrap();
        assert!(
            ics.contains("UID:ceng501-fall2022-deadline-hw2@coursecal")
                && ics.contains("SEQUENCE:1")
                && ics.contains("DTSTART;TZID=Europe/Istanbul:20221124T235900"),
            "the feed's UID and SEQUENCE: {ics}"
        );
        let read = icalendar_read(c.path(), &ics);
        let ev = &read["events"][0];
        assert_eq!(ev["uid"], "ceng501-fall2022-deadline-hw2@coursecal");
        assert_eq!(ev["sequence"], 1);
        assert_eq!(
            ev["start"], "2022-11-24T20:59:00Z",
            "through the file's VTIMEZONE"
        );
        let text = parsed.subparts[0].subparts[0].get_body().unwrap();
        assert!(
            text.contains("Was: Tue 22 Nov 2022, 23:59 (Istanbul)")
                && text.contains("Now: Thu 24 Nov 2022, 23:59 (Istanbul)"),
            "{text}"
        );
        assert!(
            parsed
                .headers
                .get_first_value("Message-ID")
                .unwrap()
                .contains(".notice.")
        );
    }
    ok(&c.pass(&course, T2));
    assert_eq!(server.messages().len(), 3, "none on the pass after");
    let ledger = ledger_json(&c.path().join("ceng501.sent.sqlite"));
    assert_eq!(ledger["notices"].as_array().unwrap().len(), 1);
}

#[test]
fn a_deadline_moved_and_moved_back_before_a_pass_sends_nothing() {
    let c = new_course(2);
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "");
    build(&c, &course, T0);
    ok(&c.pass(&course, T0));
    // Published, then undone before any pass ran.
    let moved = write(&c, server.port, MOVE_HW2);
    build(&c, &moved, T1);
    let course = write(&c, server.port, "");
    ok(&c.pass(&course, T1));
    assert_eq!(server.messages().len(), 0);
}

#[test]
fn a_cancelled_lecture_sends_one_notice_and_a_description_edit_none() {
    let c = new_course(2);
    let server = Server::start(c.path(), &c.certs, &[]);
    let quiz = |description: &str| {
        format!(
            "[[add]]\nkind = \"exam\"\ntitle = \"Quiz 1\"\nstart = \"2022-11-25 10:00\"\nend = \"2022-11-25 11:00\"\ndescription = \"{description}\"\n"
        )
    };
    let course = write(&c, server.port, &quiz("Chapters 1-3"));
    ok(&c.pass(&course, T0));
    let course = write(&c, server.port, &quiz("Chapters 1-4, closed book"));
    ok(&c.pass(&course, T1));
    assert_eq!(
        server.messages().len(),
        0,
        "a description edit is not a change"
    );
    let course = write(
        &c,
        server.port,
        &format!(
            "{}[[cancel]]\nevent = \"lecture-10\"\n",
            quiz("Chapters 1-4, closed book")
        ),
    );
    ok(&c.pass(&course, T2));
    let got = server.messages();
    assert_eq!(got.len(), 2, "one per student");
    for m in &got {
        assert_eq!(
            m.header("Subject"),
            "[CEng 501] Cancelled: Applications of Transformers Tue 6 Dec 09:40"
        );
    }
    ok(&c.pass(&course, "2022-11-15T12:45:00+03:00"));
    assert_eq!(server.messages().len(), 2);
}

#[test]
fn killed_mid_notice_fan_out_a_pass_loses_0_and_repeats_at_most_1_notice_with_its_message_id() {
    let c = new_course(120);
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "");
    ok(&c.pass(&course, T0));
    let course = write(&c, server.port, MOVE_HW2);
    crate::common::smtp::kill_a_pass_after(&server, &course, T1, 5);
    assert!(
        server.messages().len() < 120,
        "the pass finished before it could be killed; the test proves nothing"
    );
    ok(&c.pass(&course, T2));
    let mut per: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for m in &server.messages() {
        assert!(m.header("Subject").contains("Changed: Hw2 due"));
        per.entry(m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
            .or_default()
            .push(m.header("Message-ID"));
    }
    assert_eq!(per.len(), 120, "every student got the notice");
    let repeated: Vec<_> = per.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(
        repeated.len() <= 1,
        "at most the in-flight notice repeats: {repeated:?}"
    );
    for (_, ids) in repeated {
        assert!(
            ids.windows(2).all(|w| w[0] == w[1]),
            "a repeat has the same Message-ID"
        );
    }
}

/// A course with an outbox (no server needed) for `diff` and the digest.
fn outbox_course(extra: &str) -> (tempfile::TempDir, PathBuf) {
    crate::common::reference_course(&format!(
        "id = \"ceng501\"\n\n[mail]\nfrom = \"CEng 501 <bot@example.edu>\"\nto = [\"ceng501-list@example.edu\"]\n\n{extra}"
    ))
}

fn diff(dir: &Path, course: &Path, now: &str) -> std::process::Output {
    coursecal()
        .current_dir(dir)
        .args(["diff", "--now", now, "--out", "public"])
        .arg(course)
        .output()
        .unwrap()
}

fn run_in(dir: &Path, args: &[&str], course: &Path) {
    let o = coursecal()
        .current_dir(dir)
        .args(args)
        .arg(course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", transcript(&o));
}

#[test]
fn diff_exits_0_when_nothing_changes_1_when_something_would_and_2_on_a_damaged_feed() {
    let (dir, course) = outbox_course("");
    let d = dir.path();
    run_in(d, &["build", "--now", T0, "--out", "public"], &course);
    run_in(d, &["remind", "--now", T0, "--feed-dir", "public"], &course);
    let same = diff(d, &course, T0);
    let text = std::fs::read_to_string(&course).unwrap();
    std::fs::write(
        &course,
        format!("{text}\n{MOVE_HW2}[[cancel]]\nevent = \"lecture-10\"\n[[move]]\nevent = \"exam\"\nto = \"2023-01-03 09:40\"\nlocation = \"BMB1\"\n"),
    )
    .unwrap();
    let changed = diff(d, &course, T1);
    std::fs::write(d.join("public/ceng501.ics"), "BEGIN:VCALENDAR\r\n").unwrap();
    let damaged = diff(d, &course, T1);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(changed.status.code(), Some(1));
    assert_eq!(damaged.status.code(), Some(2));
    with_temp_dirs_redacted(|| {
        insta::assert_snapshot!("diff_nothing_changes", transcript(&same));
        insta::assert_snapshot!("diff_moved_cancelled_and_a_new_room", transcript(&changed));
        insta::assert_snapshot!("diff_damaged_feed", transcript(&damaged));
    });
}

#[test]
fn diff_refuses_a_published_feed_that_is_not_text_or_too_large_to_be_one_build_wrote() {
    let (dir, course) = outbox_course("");
    let d = dir.path();
    std::fs::create_dir(d.join("public")).unwrap();
    let feed = d.join("public/ceng501.ics");
    std::fs::write(&feed, b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n").unwrap();
    let binary = diff(d, &course, T0);
    // A sparse file: read up to the limit, never all of it.
    std::fs::File::create(&feed)
        .unwrap()
        .set_len(16 * 1024 * 1024 + 1)
        .unwrap();
    let huge = diff(d, &course, T0);
    for (out, why) in [
        (binary, "it is not UTF-8 text"),
        (huge, "it is larger than 16 MiB"),
    ] {
        let said = transcript(&out);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(
            said.contains(&format!(
                "public/ceng501.ics: the published feed is damaged: {why}; copy the published file back"
            )),
            "{said}"
        );
    }
}

#[test]
fn build_prints_one_line_per_change() {
    let (dir, course) = outbox_course("");
    let d = dir.path();
    run_in(d, &["build", "--now", T0, "--out", "public"], &course);
    let text = std::fs::read_to_string(&course).unwrap();
    std::fs::write(&course, format!("{text}\n{MOVE_HW2}")).unwrap();
    let o = coursecal()
        .current_dir(d)
        .args(["build", "--now", T1, "--out", "public"])
        .arg(&course)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(
            "  moved      CEng 501 · Hw2 due: Tue 2022-11-22 23:59 → Thu 2022-11-24 23:59\n"
        ),
        "{out}"
    );
}

#[test]
fn the_weekly_digest_goes_once_a_week_and_not_in_an_empty_week() {
    let (dir, course) = outbox_course("[digest]\ncron = \"0 8 * * MON\"\n");
    let d = dir.path();
    let outbox = d.join("outbox");
    let digests = || -> Vec<String> {
        std::fs::read_dir(&outbox)
            .map(|r| {
                r.map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
                    .filter(|t| t.contains(".digest."))
                    .collect()
            })
            .unwrap_or_default()
    };
    // Monday 21 Nov 2022, 08:05 in Istanbul, twice.
    for now in ["2022-11-21T08:05:00+03:00", "2022-11-21T08:20:00+03:00"] {
        run_in(d, &["remind", "--now", now], &course);
    }
    let got = digests();
    assert_eq!(got.len(), 1, "one digest for the week");
    assert!(
        got[0].contains("Subject: [CEng 501] This week: Mon 21 Nov"),
        "{}",
        got[0]
    );
    // A Monday in February: the term is over, the week is empty.
    run_in(
        d,
        &["remind", "--now", "2023-02-06T08:05:00+03:00"],
        &course,
    );
    assert_eq!(digests().len(), 1);
}

#[test]
fn the_daemon_announces_an_edit_of_the_course_file_once() {
    let (dir, course) = outbox_course("[reminders]\ncron = \"* * * * * *\"\n");
    let d = dir.path();
    let child = start_daemon(d, &["--verbose", "--now", T0], &course);
    let ledger = d.join("ceng501.sent.sqlite");
    wait_for("no baseline recorded", &|| {
        ledger.exists() && ledger_json(&ledger).get("announced").is_some()
    });
    let text = std::fs::read_to_string(&course).unwrap();
    std::fs::write(&course, format!("{text}\n{MOVE_HW2}")).unwrap();
    let outbox = d.join("outbox");
    let count = || std::fs::read_dir(&outbox).map_or(0, |r| r.count());
    wait_for("the daemon sent no notice", &|| count() > 0);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let o = stop_daemon(child);
    assert_eq!(o.status.code(), Some(0), "{}", transcript(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("sent: [CEng 501] Changed: Hw2 due Thu 24 Nov 23:59 (was Tue 22 Nov)"),
        "{err}"
    );
    assert_eq!(count(), 1, "sent once, though several passes ran");
}
