//! Reminders over real SMTP (aiosmtpd on 127.0.0.1 with STARTTLS and AUTH), and the ledger.

use std::path::{Path, PathBuf};

use mailparse::{MailHeaderMap, ParsedMail};
use serde_json::Value;

use crate::common::smtp::{PASSWORD, Server, USER};
use crate::common::smtp_course::SmtpCourse;
use crate::common::{
    coursecal, ledger_json, reference_course, root, start_daemon, stop_daemon, transcript,
    wait_for, with_temp_dirs_redacted,
};

/// The first 15-minute pass after Hw2's 3-day reminder fell due (deadline Tue 22 Nov 23:59).
const HW2_3D: &str = "2022-11-20T00:00:00+03:00";

/// What a course of these tests has before `[mail]`: its page and its feed's address.
const TOP: &str =
    "url = \"https://example.edu/ceng501\"\n\n[feed]\nurl = \"https://example.edu/cal\"\n";

/// Writes the course file: SMTP to `port` with STARTTLS and AUTH, and `mail_extra` lines.
fn write(c: &SmtpCourse, port: u16, mail_extra: &str) -> PathBuf {
    c.write(port, TOP, &format!("{mail_extra}\n"))
}

/// `coursecal plan` at `now`: its table.
fn plan(c: &SmtpCourse, now: &str) -> String {
    let o = coursecal()
        .args(["plan", "--now", now])
        .arg(c.path().join("c.toml"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn text(o: &std::process::Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn parts<'a>(m: &'a ParsedMail<'a>, out: &mut Vec<&'a ParsedMail<'a>>) {
    if m.subparts.is_empty() {
        out.push(m);
    }
    for p in &m.subparts {
        parts(p, out);
    }
}

#[test]
fn a_reminder_goes_out_over_starttls_with_auth_once() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(
        &c,
        server.port,
        "to = [\"ceng501-list@example.edu\"]\nreply-to = \"emre@example.edu\"",
    );
    let o = c.pass(&course, HW2_3D);
    assert!(o.status.success(), "{}", text(&o));
    let got = server.messages();
    assert_eq!(got.len(), 1, "{}", text(&o));
    let m = &got[0];
    assert_eq!(m.meta["tls"], true);
    assert_eq!(m.meta["auth_user"], USER);
    assert_eq!(
        m.meta["rcpt_tos"],
        serde_json::json!(["ceng501-list@example.edu"])
    );
    assert_eq!(
        m.header("Subject"),
        "[CEng 501] Hw2 due in 3 days — Tue 22 Nov 2022, 23:59 (Istanbul)"
    );
    assert_eq!(m.header("Auto-Submitted"), "auto-generated");
    assert_eq!(m.header("Date"), "Sat, 19 Nov 2022 21:00:00 +0000");
    assert_eq!(m.header("Reply-To"), "emre@example.edu");
    let mid = m.header("Message-ID");
    assert!(
        mid.starts_with("<ceng501.3d.20221122T2059Z.") && mid.ends_with("@example.edu>"),
        "{mid}"
    );
    let parsed = m.parsed();
    assert_eq!(parsed.ctype.mimetype, "multipart/mixed");
    let mut leaves = Vec::new();
    parts(&parsed, &mut leaves);
    let types: Vec<&str> = leaves.iter().map(|p| p.ctype.mimetype.as_str()).collect();
    assert_eq!(types, ["text/plain", "text/html", "text/calendar"]);
    let body = leaves[0].get_body().unwrap();
    assert!(
        body.contains("Hw2 due in 3 days")
            && body.contains("https://example.edu/ceng501")
            && body.contains("https://example.edu/cal/ceng501.html"),
        "{body}"
    );
    let cal = leaves[2];
    assert_eq!(
        cal.ctype.params.get("method").map(String::as_str),
        Some("PUBLISH")
    );
    let ics = cal.get_body().unwrap();
    assert!(
        ics.contains("METHOD:PUBLISH")
            && ics.contains("UID:ceng501-fall2022-deadline-hw2@coursecal")
            && ics.contains("BEGIN:VTIMEZONE"),
        "{ics}"
    );
    let ledger = c.ledger();
    let rec = &ledger["reminders"]["ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z"]["recipients"]
        ["list"];
    assert_eq!(rec["state"], "sent");
    assert_eq!(rec["message_id"], mid.as_str());
    // The same pass again, and a later one before the next lead: nothing more.
    for now in [HW2_3D, "2022-11-21T12:00:00+03:00"] {
        let o = c.pass(&course, now);
        assert!(o.status.success(), "{}", text(&o));
    }
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn a_451_leaves_the_reminder_pending_for_the_next_pass() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &["--fail-first-with", "451"]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("451"),
        "{}",
        text(&o)
    );
    assert!(server.messages().is_empty());
    let rec = &c.ledger()["reminders"]["ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z"]
        ["recipients"]["list"];
    assert_eq!(rec["state"], "retry");
    let o = c.pass(&course, "2022-11-20T10:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), 1);
    let rec = &c.ledger()["reminders"]["ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z"]
        ["recipients"]["list"];
    assert_eq!(rec["state"], "sent");
}

#[test]
fn a_550_for_one_student_is_recorded_and_the_others_get_theirs() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &["--reject-rcpt", "gone@example.edu"]);
    c.roster(
        "Öğrenci",
        &[
            "a@example.edu".into(),
            "gone@example.edu".into(),
            "b@example.edu".into(),
        ],
    );
    let course = write(
        &c,
        server.port,
        "roster = \"roster.csv\"\ndelivery = \"individual\"",
    );
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let got = server.messages();
    let mut to: Vec<String> = got
        .iter()
        .map(|m| m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    to.sort();
    assert_eq!(to, ["a@example.edu", "b@example.edu"]);
    let connections: std::collections::BTreeSet<u64> = got
        .iter()
        .map(|m| m.meta["peer_port"].as_u64().unwrap())
        .collect();
    assert_eq!(connections.len(), 1, "one connection, kept after the 550");
    for m in &got {
        assert_eq!(
            m.meta["rcpt_tos"].as_array().unwrap().len(),
            1,
            "no student sees another's address"
        );
        assert!(!String::from_utf8_lossy(&m.raw).contains("gone@example.edu"));
    }
    let recs = &c.ledger()["reminders"]["ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z"]
        ["recipients"];
    assert_eq!(recs["gone@example.edu"]["state"], "failed");
    assert!(
        recs["gone@example.edu"]["reason"]
            .as_str()
            .unwrap()
            .contains("550")
    );
    assert_eq!(recs["a@example.edu"]["state"], "sent");
    // A permanent failure is not retried.
    let o = c.pass(&course, "2022-11-20T10:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), 2);
    let plan = coursecal()
        .args(["plan", "--now", "2022-11-20T10:15:00+03:00"])
        .arg(&course)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&plan.stdout).contains("failed: permanent error (550)"),
        "{}",
        text(&plan)
    );
}

/// The server down: 0 messages recorded as sent, the reminder shown as retrying with the
/// reason, and the 1 message delivered by the first pass after the server is back.
#[test]
fn with_the_server_down_0_are_recorded_as_sent_and_the_1_message_goes_when_it_is_back() {
    let c = SmtpCourse::new();
    // Find a free port, then leave it closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let course = write(&c, port, "to = [\"list@example.edu\"]");
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("not delivered") && err.to_lowercase().contains("connect"),
        "{err}"
    );
    let ledger = c.ledger().to_string();
    assert!(!ledger.contains("\"sent\""), "{ledger}");
    let plan = plan(&c, "2022-11-20T00:05:00+03:00");
    assert!(
        plan.contains("due now, retrying (last attempt Sun 2022-11-20 00:00: ")
            && plan.to_lowercase().contains("refused"),
        "{plan}"
    );
    // Once the server is back, the next pass delivers.
    let server = Server::start_on(c.path(), &c.certs, port, &[]);
    let o = c.pass(&course, "2022-11-20T10:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn turkish_reminders_have_encoded_headers() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(
        &c,
        server.port,
        "to = [\"Öğrenciler <liste@example.edu>\"]\nlanguage = \"tr\"",
    );
    let o = c.pass(&course, HW2_3D);
    assert!(o.status.success(), "{}", text(&o));
    let m = &server.messages()[0];
    let raw = String::from_utf8_lossy(&m.raw);
    let head = raw.split("\r\n\r\n").next().unwrap();
    assert!(head.is_ascii(), "headers are 7-bit: {head}");
    assert!(head.contains("=?utf-8?"), "{head}");
    assert_eq!(
        m.header("Subject"),
        "[CEng 501] Hw2 teslimi 3 gün içinde — Sal 22 Kas 2022, 23:59 (Istanbul)"
    );
    assert!(
        m.parsed()
            .headers
            .get_first_value("To")
            .unwrap()
            .contains("Öğrenciler")
    );
}

#[test]
fn the_password_is_never_printed() {
    let c = SmtpCourse::new();
    let course = write(&c, 1, "to = [\"list@example.edu\"]");
    for args in [
        vec!["remind", "--dry-run", "--now", HW2_3D],
        vec!["remind", "--now", HW2_3D],
        vec!["plan", "--now", HW2_3D],
    ] {
        let o = coursecal()
            .args(&args)
            .arg(&course)
            .env("TEST_SMTP_PASSWORD", PASSWORD)
            .output()
            .unwrap();
        assert!(
            !text(&o).contains(PASSWORD),
            "{args:?} printed the password"
        );
    }
    let toml = std::fs::read_to_string(&course).unwrap().replace(
        "password-env = \"TEST_SMTP_PASSWORD\"",
        &format!("password = \"{PASSWORD}\""),
    );
    std::fs::write(&course, toml).unwrap();
    // The passes above kept the course as it loaded: this one refuses the edit, says why, and
    // sends from that version (exit 3), still without printing the password.
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let out = text(&o);
    assert!(
        out.contains("never put the SMTP password in the course file") && !out.contains(PASSWORD),
        "{out}"
    );
}

#[test]
fn a_missing_password_variable_is_a_clear_error() {
    let c = SmtpCourse::new();
    let course = write(&c, 25, "to = [\"list@example.edu\"]");
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .env_remove("TEST_SMTP_PASSWORD")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("TEST_SMTP_PASSWORD, which is not set"));
}

#[test]
fn a_dry_run_prints_the_message_and_records_nothing() {
    let c = SmtpCourse::new();
    let course = write(&c, 1, "to = [\"list@example.edu\"]");
    let o = coursecal()
        .args(["remind", "--dry-run", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Subject: [CEng 501] Hw2 due in 3 days")
            && out.contains("Envelope: from <bot@example.edu> to <list@example.edu>")
            && out.contains("When: Tue 22 Nov 2022, 23:59 (Istanbul)"),
        "{out}"
    );
    assert!(!c.path().join("ceng501.sent.sqlite").exists());
}

#[test]
fn killed_mid_fan_out_a_pass_loses_0_and_repeats_at_most_1_message_with_its_message_id() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let students: Vec<String> = (0..120).map(|i| format!("s{i:03}@example.edu")).collect();
    c.roster("Öğrenci", &students);
    let course = write(
        &c,
        server.port,
        "roster = \"roster.csv\"\ndelivery = \"individual\"",
    );
    crate::common::smtp::kill_a_pass_after(&server, &course, HW2_3D, 5);
    let before = server.messages().len();
    assert!(
        before < students.len(),
        "the pass finished before it could be killed; the test proves nothing"
    );
    let o = c.pass(&course, "2022-11-20T10:01:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    let got = server.messages();
    let mut per: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for m in &got {
        per.entry(m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
            .or_default()
            .push(m.header("Message-ID"));
    }
    assert_eq!(per.len(), students.len(), "every student got the reminder");
    let repeated: Vec<_> = per.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(
        repeated.len() <= 1,
        "at most the in-flight message repeats: {repeated:?}"
    );
    for (_, ids) in repeated {
        assert!(
            ids.windows(2).all(|w| w[0] == w[1]),
            "a repeat carries the same Message-ID"
        );
    }
    let recs = &c.ledger()["reminders"]["ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z"]
        ["recipients"];
    assert_eq!(recs.as_object().unwrap().len(), students.len());
    assert!(
        recs.as_object()
            .unwrap()
            .values()
            .all(|r| r["state"] == "sent")
    );
}

/// Five passes started together on one ledger, ten students: each message goes exactly once.
#[test]
fn five_overlapping_passes_to_10_students_send_10_messages_0_twice() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let students: Vec<String> = (0..10).map(|i| format!("p{i}@example.edu")).collect();
    c.roster("Öğrenci", &students);
    let course = write(
        &c,
        server.port,
        "roster = \"roster.csv\"\ndelivery = \"individual\"",
    );
    let spawn = || {
        std::process::Command::new(coursecal().get_program())
            .current_dir(root())
            .args(["remind", "--now", HW2_3D])
            .arg(&course)
            .env("TEST_SMTP_PASSWORD", PASSWORD)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let passes: Vec<_> = (0..5).map(|_| spawn()).collect();
    for mut p in passes {
        assert!(p.wait().unwrap().success());
    }
    let got = server.messages();
    let to: std::collections::BTreeSet<String> = got
        .iter()
        .map(|m| m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got.len(), 10, "0 twice");
    assert_eq!(to.len(), 10, "every student once");
}

/// Walks `--now` through the whole term every three hours, as a crontab line would (less often).
#[test]
fn a_walk_through_the_term_sends_each_reminder_once_and_none_late() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"
[mail]
to = [\"list@example.edu\"]
outbox = \"out\"
",
    );
    let start = chrono::DateTime::parse_from_rfc3339("2022-09-26T00:00:00+03:00").unwrap();
    let end = chrono::DateTime::parse_from_rfc3339("2023-01-08T00:00:00+03:00").unwrap();
    let mut now = start;
    let mut sent_at: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    while now < end {
        let o = coursecal()
            .args(["remind", "--now", &now.to_rfc3339()])
            .arg(&course)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        for f in std::fs::read_dir(dir.path().join("out"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = f.file_name().to_string_lossy().into_owned();
            if seen.insert(name.clone()) {
                sent_at.push((name, now.to_rfc3339()));
            }
        }
        now += chrono::Duration::hours(3);
    }
    // 3 releases (1d), 3 deadlines (3d, 1d, 3h), the exam (7d, 1d): 14 messages.
    assert_eq!(sent_at.len(), 14, "{sent_at:#?}");
    let ledger = ledger_json(&dir.path().join("ceng501.sent.sqlite"));
    let recs = ledger["reminders"].as_object().unwrap();
    assert_eq!(recs.len(), 14);
    for (key, rec) in recs {
        let mut parts = key.split('|');
        let (uid, lead, start) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let start = chrono::NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%SZ")
            .unwrap()
            .and_utc();
        let lead = coursecal::course::settings::parse_lead(lead)
            .unwrap()
            .duration;
        let d = &rec["recipients"]["list"];
        assert_eq!(d["state"], "sent", "{key}");
        let at = chrono::DateTime::parse_from_rfc3339(d["at"].as_str().unwrap())
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert!(at >= start - lead, "{uid}: sent before it was due");
        assert!(at < start, "{uid}: sent after the event began");
        assert!(
            at - (start - lead) < chrono::Duration::hours(3),
            "{uid}: sent at the first pass after it was due"
        );
    }
}

#[test]
fn the_daemon_sends_on_its_cron_tick_and_stops_on_sigterm() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"
[reminders]
cron = \"* * * * * *\"
[mail]
to = [\"list@example.edu\"]
outbox = \"out\"
",
    );
    // Two seconds before Hw2's 3-day reminder falls due; the daemon's clock runs from there.
    let child = start_daemon(
        &root(),
        &["--verbose", "--now", "2022-11-19T23:58:58+03:00"],
        &course,
    );
    let out = dir.path().join("out");
    wait_for("the daemon sent nothing", &|| {
        std::fs::read_dir(&out).map(|d| d.count()).unwrap_or(0) > 0
    });
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let o = stop_daemon(child);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("next pass at") && err.contains("stopping"),
        "{err}"
    );
    assert!(err.contains("sent: [CEng 501] Hw2 due in 3 days"), "{err}");
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        1,
        "sent once, though several ticks passed"
    );
}

#[test]
fn the_attachment_carries_the_feeds_uid_and_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let syllabus = std::fs::read_to_string(root().join("schedule/ceng501-fall2022.txt")).unwrap();
    std::fs::write(dir.path().join("s.txt"), &syllabus).unwrap();
    let course = dir.path().join("c.toml");
    std::fs::write(&course, "syllabus = \"s.txt\"\nid = \"ceng501\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n").unwrap();
    let public = dir.path().join("public");
    let build = |now: &str| {
        let o = coursecal()
            .args(["build", "--now", now, "--out"])
            .arg(&public)
            .arg(&course)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
    };
    build("2022-09-20T12:00:00Z");
    // The deadline moves: the feed's SEQUENCE for it becomes 1.
    std::fs::write(
        dir.path().join("s.txt"),
        syllabus.replace("Hw2 due Nov 22", "Hw2 due Nov 23"),
    )
    .unwrap();
    build("2022-11-01T12:00:00Z");
    let o = coursecal()
        .args(["remind", "--now", "2022-11-21T10:00:00+03:00", "--feed-dir"])
        .arg(&public)
        .arg(&course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let eml = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let raw = std::fs::read(eml).unwrap();
    let parsed = mailparse::parse_mail(&raw).unwrap();
    let mut leaves = Vec::new();
    parts(&parsed, &mut leaves);
    let ics = leaves
        .iter()
        .find(|p| p.ctype.mimetype == "text/calendar")
        .unwrap()
        .get_body()
        .unwrap();
    assert!(
        ics.contains("UID:ceng501-fall2022-deadline-hw2@coursecal\r\n"),
        "{ics}"
    );
    assert!(ics.contains("SEQUENCE:1\r\n"), "{ics}");
    assert!(
        ics.contains("DTSTART;TZID=Europe/Istanbul:20221123T235900\r\n"),
        "{ics}"
    );
}

#[test]
fn a_wrong_password_loses_nothing() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", "wrong")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("535"),
        "{}",
        text(&o)
    );
    let ledger = c.ledger().to_string();
    assert!(
        !ledger.contains("\"failed\""),
        "an authentication failure is not the recipient's: {ledger}"
    );
    // With the right password the next pass delivers.
    let o = c.pass(&course, "2022-11-20T10:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn a_student_who_joins_late_gets_only_the_most_urgent_reminder() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    c.roster("Öğrenci", &["early@example.edu".into()]);
    let course = write(
        &c,
        server.port,
        "roster = \"roster.csv\"\ndelivery = \"individual\"",
    );
    // The early student gets the 3-day and the 1-day reminders on time.
    for now in [HW2_3D, "2022-11-22T00:30:00+03:00"] {
        let o = c.pass(&course, now);
        assert!(o.status.success(), "{}", text(&o));
    }
    assert_eq!(server.messages().len(), 2);
    // A student joins two hours before the deadline: one message, the 3-hour one.
    c.roster(
        "Öğrenci",
        &["early@example.edu".into(), "late@example.edu".into()],
    );
    let o = c.pass(&course, "2022-11-22T21:59:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    let got = server.messages();
    let late: Vec<String> = got
        .iter()
        .filter(|m| m.meta["rcpt_tos"][0] == "late@example.edu")
        .map(|m| m.header("Subject"))
        .collect();
    assert_eq!(
        late,
        ["[CEng 501] Hw2 due in 2 hours — Tue 22 Nov 2022, 23:59 (Istanbul)"]
    );
    let early = got
        .iter()
        .filter(|m| m.meta["rcpt_tos"][0] == "early@example.edu")
        .count();
    assert_eq!(early, 3, "the early student's 3-hour reminder too");
}

/// A pass from cron between an edit that broke the course file and its fix: the reminder that
/// falls due then goes out once, from the version the pass before kept in the ledger; the pass
/// says so loudly and exits 3, and the fixed course is read again.
#[test]
fn a_broken_edit_between_two_passes_still_sends_the_reminder_due_at_the_second_once() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    let good = std::fs::read(&course).unwrap();
    let o = c.pass(&course, "2022-11-19T12:00:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert!(server.messages().is_empty(), "nothing was due yet");
    // Half an edit: the course file is no longer TOML.
    std::fs::write(&course, "syllabus = \"s.txt\"\n[mail\n").unwrap();
    // From the course folder this time, as another crontab line would name it.
    let relative = || {
        coursecal()
            .current_dir(c.path())
            .args(["remind", "--now", HW2_3D, "c.toml"])
            .env("TEST_SMTP_PASSWORD", PASSWORD)
            .output()
            .unwrap()
    };
    for _ in 0..2 {
        let o = relative();
        assert_eq!(o.status.code(), Some(3), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("reload failed, using the last good version") && err.contains("c.toml:2"),
            "the error says what and where: {err}"
        );
        assert_eq!(server.messages().len(), 1, "sent once: {}", text(&o));
    }
    let m = &server.messages()[0];
    assert!(m.header("Subject").contains("Hw2 due in 3 days"));
    std::fs::write(&course, good).unwrap();
    let o = c.pass(&course, "2022-11-20T00:15:00+03:00");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(server.messages().len(), 1);
}

/// A course that no pass ever loaded has no last good version: the pass fails as it always did.
#[test]
fn a_course_that_never_loaded_fails_as_before_and_sends_nothing() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    std::fs::write(&course, "syllabus = \"s.txt\"\n[mail\n").unwrap();
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("c.toml:2") && !err.contains("last good"),
        "{err}"
    );
    assert!(server.messages().is_empty());
}

/// Puts a file at a path.
type MakeFile = dyn Fn(&Path);

/// A ledger that cannot be trusted stops the pass before anything is sent: exit 1, a message
/// saying what is wrong and how to start over on purpose, the file left as it was.
#[test]
fn a_damaged_or_foreign_ledger_is_refused_and_nothing_is_sent() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    let db = c.path().join("ceng501.sent.sqlite");
    let foreign = |p: &Path| {
        rusqlite::Connection::open(p)
            .unwrap()
            .execute_batch("CREATE TABLE sent (who TEXT); INSERT INTO sent VALUES ('x');")
            .unwrap();
    };
    let cases: [(&str, &Path, &MakeFile); 4] = [
        ("a_ledger_of_garbage_bytes", &db, &|p| {
            std::fs::write(p, b"\x89\x00garbage\xff\xfe").unwrap()
        }),
        ("an_empty_ledger_file", &db, &|p| {
            std::fs::write(p, b"").unwrap()
        }),
        ("a_sqlite_file_of_another_schema", &db, &foreign),
        (
            "a_json_ledger_that_is_an_empty_object",
            &c.path().join("ceng501.sent.json"),
            &|p| std::fs::write(p, b"{}").unwrap(),
        ),
    ];
    for (name, path, make) in cases {
        let _ = std::fs::remove_file(&db);
        make(path);
        let before = std::fs::read(path).unwrap();
        let o = c.pass(&course, HW2_3D);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("nothing was sent") && err.contains("move it aside"),
            "{err}"
        );
        assert!(server.messages().is_empty(), "{name}: something was sent");
        assert_eq!(
            std::fs::read(path).unwrap(),
            before,
            "{name}: the file was changed"
        );
        let plan = coursecal()
            .args(["plan", "--now", HW2_3D])
            .arg(&course)
            .output()
            .unwrap();
        assert_eq!(plan.status.code(), Some(1), "{name}: plan: {}", text(&plan));
        with_temp_dirs_redacted(|| insta::assert_snapshot!(name, transcript(&o)));
        let _ = std::fs::remove_file(path);
    }
}

/// The JSON ledger of coursecal 0.1 becomes the database on the first pass: what it says was
/// sent is not sent again, and the JSON file is kept as a backup.
#[test]
fn a_json_ledger_is_imported_and_nothing_it_records_goes_again() {
    let c = SmtpCourse::new();
    let server = Server::start(c.path(), &c.certs, &[]);
    let course = write(&c, server.port, "to = [\"list@example.edu\"]");
    let json = serde_json::json!({
        "version": 1,
        "reminders": {
            "ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z": {
                "recipients": {
                    "list": {
                        "state": "sent",
                        "at": "2022-11-19T21:00:00Z",
                        "message_id": "<earlier@example.edu>"
                    }
                }
            }
        }
    });
    let legacy = c.path().join("ceng501.sent.json");
    std::fs::write(&legacy, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    let o = c.pass(&course, HW2_3D);
    assert!(o.status.success(), "{}", text(&o));
    assert!(server.messages().is_empty(), "{}", text(&o));
    assert!(!legacy.exists());
    let backup = c.path().join("ceng501.sent.json.imported");
    assert_eq!(
        serde_json::from_slice::<Value>(&std::fs::read(backup).unwrap()).unwrap(),
        json
    );
    // Its reminders, as they were (the pass also recorded the notices' baseline).
    assert_eq!(c.ledger()["reminders"], json["reminders"]);
    // The next lead still goes, once.
    for now in ["2022-11-22T00:30:00+03:00", "2022-11-22T00:45:00+03:00"] {
        let o = c.pass(&course, now);
        assert!(o.status.success(), "{}", text(&o));
    }
    assert_eq!(server.messages().len(), 1);
}

/// The ledger database (with its -wal and -shm files) and the outbox hold student addresses:
/// owner-only even under umask 000.
#[test]
fn the_ledger_and_the_outbox_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt as _;
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n",
    );
    let bin = coursecal().get_program().to_owned();
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" \"$@\"")
        .arg(&bin)
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.path().join("ceng501.sent.sqlite")), 0o600);
    let out = dir.path().join("out");
    assert_eq!(mode(&out), 0o700);
    let emls: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(emls.len(), 1);
    assert_eq!(mode(&emls[0]), 0o600);
}

/// A server that accepts the connection and then says nothing: the pass gives up after
/// `timeout` seconds, says "timed out", and `plan` shows the reminder retrying for that reason.
#[test]
fn a_server_that_never_answers_is_recorded_as_timed_out_and_retried() {
    let c = SmtpCourse::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let course = write(&c, port, "to = [\"list@example.edu\"]");
    let toml = std::fs::read_to_string(&course)
        .unwrap()
        .replace("timeout = 10", "timeout = 1");
    std::fs::write(&course, toml).unwrap();
    let o = c.pass(&course, HW2_3D);
    drop(listener);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("timed out") && !err.contains("os error 11"),
        "{err}"
    );
    let plan = plan(&c, "2022-11-20T00:05:00+03:00");
    assert!(
        plan.contains("due now, retrying (last attempt Sun 2022-11-20 00:00: timed out"),
        "{plan}"
    );
    assert!(!c.ledger().to_string().contains("\"sent\""));
}

/// A roster row that gives no address is warned about with its line and makes `remind` exit 1,
/// while everyone else (including a student whose quoted cell spans two lines) gets the reminder.
#[test]
fn unusable_roster_rows_are_warned_about_by_line_and_remind_exits_1() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[mail]\nroster = \"r.csv\"\ndelivery = \"individual\"\noutbox = \"out\"\n",
    );
    std::fs::write(
        dir.path().join("r.csv"),
        "Name,Notes,Email address\nA,\"two\nlines\",a@example.edu\nB,,\nC,,not-an-address\nD,,d@example.edu\n",
    )
    .unwrap();
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("r.csv:4: warning: this row has no email address"),
        "{err}"
    );
    assert!(
        err.contains("r.csv:5: warning: \"not-an-address\" is not an email address"),
        "{err}"
    );
    assert!(
        err.contains("2 roster row(s) gave no usable address"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("out")).unwrap().count(),
        2
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("2 sent, 0 failed"),
        "{}",
        text(&o)
    );
}
