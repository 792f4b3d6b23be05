//! Standards details (issue #14): every feed and attachment read by a second strict reader,
//! libical (Evolution's engine), through its RFC 5545/5546 restriction check, with the same
//! instants as Python's `icalendar`; the list headers, Message-ID and folding of the mail that
//! reaches a real SMTP server; `[mail] exclude`.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use mailparse::MailHeaderMap as _;
use serde_json::{Value, json};

use crate::common::smtp::{Certs, PASSWORD, Server, USER, make_certs};
use crate::common::{coursecal, reference_course, root, transcript};

/// Before the term: every event is new.
const BUILD_NOW: &str = "2022-09-20T12:00:00Z";
/// The first 15-minute pass after Hw2's 3-day reminder fell due (deadline Tue 22 Nov 23:59).
const HW2_3D: &str = "2022-11-20T00:00:00+03:00";

/// The Python that has Debian's libical bindings (not necessarily the `python3` on PATH).
fn libical_python() -> String {
    std::env::var("COURSECAL_LIBICAL_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into())
}

fn run_python(python: &str, args: &[&Path]) -> Vec<u8> {
    let o = Process::new(python)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{python} runs: {e}"));
    assert!(
        o.status.success(),
        "{python} {args:?} failed (are gir1.2-ical-3.0, python3-gi and Python icalendar installed? run bash tests/run.sh): {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

/// The file as libical reads it: its restriction check and errors, and each event's instants.
fn libical(ics: &Path) -> Value {
    let script = root().join("tests/tools/libical_check.py");
    serde_json::from_slice(&run_python(&libical_python(), &[&script, ics])).unwrap()
}

/// The file as Python's icalendar reads it (the reader the feed tests already use).
fn icalendar(ics: &Path) -> Value {
    let script = root().join("tests/tools/ics_check.py");
    serde_json::from_slice(&run_python("python3", &[&script, ics])).unwrap()
}

/// Both readers: libical's check passes with no error at all, and both give each UID the
/// same start and end. Returns libical's reading.
fn read_twice(ics: &Path) -> Value {
    let lib = libical(ics);
    assert_eq!(lib["restrictions_ok"], true, "{}: {lib}", ics.display());
    assert_eq!(lib["errors"], json!([]), "{}", ics.display());
    let instants = |v: &Value| -> Vec<(String, Value, Value)> {
        let mut out: Vec<_> = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["uid"].as_str().unwrap().to_string(),
                    e["start"].clone(),
                    e["end"].clone(),
                )
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    };
    let by_libical = instants(&lib);
    assert!(!by_libical.is_empty(), "{}: no events", ics.display());
    assert_eq!(by_libical, instants(&icalendar(ics)), "{}", ics.display());
    lib
}

fn build(course: &Path, out: &Path) {
    let o = coursecal()
        .args(["build", "--now", BUILD_NOW, "--out"])
        .arg(out)
        .arg(course)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn the_reference_feeds_pass_libicals_check_with_the_same_instants_as_icalendar() {
    let out = tempfile::tempdir().unwrap();
    build(&root().join("schedule/ceng501-fall2022.toml"), out.path());
    for name in ["ceng501.ics", "ceng501-deadlines.ics"] {
        let lib = read_twice(&out.path().join(name));
        // A subscribed feed is a snapshot, not an iTIP message: no METHOD, so no ORGANIZER
        // is required (docs/calendar-standards.md).
        assert_eq!(lib["method"], Value::Null, "{name}");
    }
}

#[test]
fn a_feed_with_cancelled_and_removed_events_passes_too() {
    let (_dir, course) = reference_course("id = \"ceng501\"\n");
    let out = tempfile::tempdir().unwrap();
    build(&course, out.path());
    // Lecture 5 cancelled in the course file; a second build marks it CANCELLED, SEQUENCE 1.
    let text = std::fs::read_to_string(&course).unwrap();
    std::fs::write(
        &course,
        format!("{text}\n[[cancel]]\nevent = \"lecture-5\"\n"),
    )
    .unwrap();
    build(&course, out.path());
    let ics = out.path().join("ceng501.ics");
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .contains("STATUS:CANCELLED")
    );
    read_twice(&ics);
}

#[test]
fn a_new_york_course_across_the_november_change_reads_the_same_in_both() {
    let syllabus = "CS 200 Systems\nFall 2022\nLectures: Tuesday 10:00-11:30 @ Room 1\n\n1\tNov 1\tBefore the change\tHw1 due Nov 5 23:59\n2\tNov 8\tAfter the change\tHw2 due Nov 6 18:00\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.txt"), syllabus).unwrap();
    let course = dir.path().join("c.toml");
    std::fs::write(
        &course,
        "syllabus = \"s.txt\"\ntimezone = \"America/New_York\"\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    build(&course, out.path());
    let lib = read_twice(&out.path().join("cs200.ics"));
    let start = |uid: &str| {
        lib["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["uid"] == uid)
            .unwrap_or_else(|| panic!("{uid} in {lib}"))["start"]
            .clone()
    };
    // 10:00 is 14:00 UTC under EDT and 15:00 UTC under EST: both readers used the VTIMEZONE.
    assert_eq!(
        start("cs200-fall2022-lecture-1@coursecal"),
        "2022-11-01T14:00:00Z"
    );
    assert_eq!(
        start("cs200-fall2022-lecture-2@coursecal"),
        "2022-11-08T15:00:00Z"
    );
    assert_eq!(
        start("cs200-fall2022-deadline-hw2@coursecal"),
        "2022-11-06T23:00:00Z"
    );
}

#[test]
fn a_bare_syllabus_feed_passes_libicals_check() {
    let dir = tempfile::tempdir().unwrap();
    let syllabus = dir.path().join("ceng501.txt");
    std::fs::copy(root().join("schedule/ceng501-fall2022.txt"), &syllabus).unwrap();
    let out = tempfile::tempdir().unwrap();
    build(&syllabus, out.path());
    let lib = read_twice(&out.path().join("ceng501.ics"));
    assert_eq!(lib["method"], Value::Null);
}

/// Every insta snapshot that holds a message with an .ics part.
fn message_snapshots() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in ["src/remind/snapshots", "tests/cli/snapshots"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let is_snap = path.extension().is_some_and(|x| x == "snap");
            if is_snap
                && std::fs::read_to_string(&path).is_ok_and(|t| {
                    t.contains("Content-Type: text/calendar") && t.contains("MIME-Version")
                })
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The .ics parts of a message (an .eml or a snapshot of one), written to `dir`.
fn attachments(message: &Path, dir: &Path) -> Vec<PathBuf> {
    let script = root().join("tests/tools/libical_check.py");
    let listed = run_python(
        &libical_python(),
        &[&script, Path::new("--extract"), dir, message],
    );
    String::from_utf8(listed)
        .unwrap()
        .lines()
        .map(|l| {
            let part: Value = serde_json::from_str(l).unwrap();
            assert_eq!(part["method"], "PUBLISH", "{}", message.display());
            dir.join(format!("{}.ics", part["part"]))
        })
        .collect()
}

#[test]
fn every_attachment_snapshot_passes_libicals_itip_check_with_an_organizer() {
    let snaps = message_snapshots();
    assert!(snaps.len() >= 2, "the message snapshots: {snaps:?}");
    for snap in snaps {
        let dir = tempfile::tempdir().unwrap();
        let parts = attachments(&snap, dir.path());
        assert_eq!(parts.len(), 1, "{}", snap.display());
        let lib = read_twice(&parts[0]);
        assert_eq!(lib["method"], "PUBLISH", "{}", snap.display());
        for e in lib["events"].as_array().unwrap() {
            assert_eq!(
                e["organizer"],
                "mailto:emre@example.edu",
                "{}",
                snap.display()
            );
            assert_eq!(e["organizer_cn"], "CEng 501 Deep Learning");
        }
    }
}

fn outbox_course(toml: &str, roster: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let (dir, course) = reference_course(&format!(
        "id = \"ceng501\"\n{toml}\n[feed]\nurl = \"https://example.edu/cal\"\n"
    ));
    let mut csv = String::from("\"First name\",\"Email address\"\n");
    for a in roster {
        csv.push_str(&format!("\"Öğrenci\",\"{a}\"\n"));
    }
    std::fs::write(dir.path().join("roster.csv"), csv).unwrap();
    (dir, course)
}

fn outbox(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir.join("out"))
        .map(|rd| rd.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn a_course_name_with_quotes_commas_and_colons_makes_a_valid_organizer() {
    let (dir, course) = outbox_course(
        "code = \"CS 1\"\nname = 'Data, \"Models\"; Proofs: 1'\n\n[mail]\nfrom = \"bot@example.edu\"\nto = [\"list@example.edu\"]\norganizer = \"Course Staff <staff@example.edu>\"\noutbox = \"out\"",
        &[],
    );
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let sent = outbox(dir.path());
    assert_eq!(sent.len(), 1, "{sent:?}");
    let parts = attachments(&sent[0], dir.path());
    let lib = read_twice(&parts[0]);
    let e = &lib["events"][0];
    assert_eq!(e["organizer"], "mailto:staff@example.edu");
    assert_eq!(e["organizer_cn"], "CS 1 Data, 'Models'; Proofs: 1");
    let ics = std::fs::read_to_string(&parts[0]).unwrap();
    assert!(
        ics.contains("ORGANIZER;CN=\"CS 1 Data, 'Models'; Proofs: 1\":mailto:staff@exampl"),
        "{ics}"
    );
}

#[test]
fn an_address_in_mail_exclude_gets_nothing_and_plan_and_check_say_so() {
    let (dir, course) = outbox_course(
        "[mail]\nfrom = \"bot@example.edu\"\nroster = \"roster.csv\"\ndelivery = \"individual\"\noutbox = \"out\"\nexclude = [\"Can@Metu.edu.tr\", \"left@metu.edu.tr\"]",
        &["ayse@metu.edu.tr", "can@metu.edu.tr", "deniz@metu.edu.tr"],
    );
    let plan = coursecal()
        .args(["plan", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&plan.stdout);
    assert!(plan.status.success(), "{stdout}");
    assert!(
        stdout.contains("excluded by [mail] exclude: 1 roster address(es): can@metu.edu.tr"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "not on the roster, nothing to exclude (check the spelling): left@metu.edu.tr"
        ),
        "{stdout}"
    );
    let check = coursecal()
        .args(["check", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{}", transcript(&check));
    assert!(
        said.contains("ceng501: recipients: 2 student(s) from the roster")
            && said.contains(
                "ceng501: excluded by [mail] exclude: 1 roster address(es): can@metu.edu.tr\n"
            )
            && said.contains("ceng501: not on the roster, nothing to exclude (check the spelling): left@metu.edu.tr\n"),
        "{said}"
    );
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut to: Vec<String> = outbox(dir.path())
        .iter()
        .map(|p| {
            let raw = std::fs::read(p).unwrap();
            let m = mailparse::parse_mail(&raw).unwrap();
            m.headers.get_first_value("To").unwrap()
        })
        .collect();
    to.sort();
    assert_eq!(to, ["ayse@metu.edu.tr", "deniz@metu.edu.tr"]);
}

fn smtp_course(dir: &Path, certs: &Certs, port: u16, mail_extra: &str) -> PathBuf {
    std::fs::copy(
        root().join("schedule/ceng501-fall2022.txt"),
        dir.join("s.txt"),
    )
    .unwrap();
    let toml = format!(
        "syllabus = \"s.txt\"\nid = \"ceng501\"\nurl = \"https://example.edu/ceng501\"\n\n[feed]\nurl = \"https://cal.example.edu/ceng\"\n\n[mail]\ntransport = \"smtp://127.0.0.1:{port}\"\nuser = \"{USER}\"\npassword-env = \"TEST_SMTP_PASSWORD\"\nca-file = \"{}\"\ntimeout = 10\n{mail_extra}\n",
        certs.ca.display()
    );
    let p = dir.join("c.toml");
    std::fs::write(&p, toml).unwrap();
    p
}

#[test]
fn what_the_smtp_server_receives_has_list_headers_a_short_message_id_and_folded_lines() {
    let dir = tempfile::tempdir().unwrap();
    let certs = make_certs(dir.path());
    let server = Server::start(dir.path(), &certs, &[]);
    let from = "CEng 501 Derin Öğrenme Hatırlatmaları <ceng501-hatirlatma@ceng.metu.edu.tr>";
    let course = smtp_course(
        dir.path(),
        &certs,
        server.port,
        &format!(
            "from = \"{from}\"\nreply-to = \"Emre Akbaş <emre@ceng.metu.edu.tr>\"\nto = [\"Öğrenciler <liste@example.edu>\"]\nlanguage = \"tr\""
        ),
    );
    let o = coursecal()
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got = server.messages();
    assert_eq!(got.len(), 1);
    let raw = String::from_utf8(got[0].raw.clone()).unwrap();
    let head = raw.split("\r\n\r\n").next().unwrap();
    assert!(head.is_ascii(), "{head}");
    for line in head.split("\r\n") {
        assert!(line.len() <= 78, "{} characters: {line:?}", line.len());
    }
    let h = |name: &str| got[0].header(name);
    assert!(
        h("From").contains("CEng 501 Derin Öğrenme Hatırlatmaları")
            && h("From").contains("<ceng501-hatirlatma@ceng.metu.edu.tr>"),
        "{}",
        h("From")
    );
    assert_eq!(
        h("List-Id"),
        "CEng 501 Deep Learning <ceng501-fall2022.cal.example.edu>"
    );
    assert_eq!(
        h("List-Unsubscribe"),
        "<mailto:emre@ceng.metu.edu.tr?subject=unsubscribe>"
    );
    let mid = h("Message-ID");
    assert!(
        mid.starts_with("<ceng501.3d.20221122T2059Z.") && mid.ends_with("@ceng.metu.edu.tr>"),
        "{mid}"
    );
    let att = tempfile::tempdir().unwrap();
    let eml = att.path().join("m.eml");
    std::fs::write(&eml, &got[0].raw).unwrap();
    let parts = attachments(&eml, att.path());
    let lib = read_twice(&parts[0]);
    assert_eq!(
        lib["events"][0]["organizer"],
        "mailto:emre@ceng.metu.edu.tr"
    );
    assert_eq!(lib["events"][0]["organizer_cn"], "CEng 501 Deep Learning");
}

#[test]
fn check_counts_only_the_messages_a_due_reminder_still_owes_as_the_dry_run_does() {
    let (dir, course) = outbox_course(
        "[mail]\nfrom = \"bot@example.edu\"\nroster = \"roster.csv\"\ndelivery = \"individual\"\noutbox = \"out\"",
        &["ayse@metu.edu.tr", "can@metu.edu.tr"],
    );
    let run = |cmd: &[&str]| {
        let out = coursecal()
            .args(cmd)
            .args(["--now", HW2_3D])
            .arg(&course)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["remind"]);
    // A student joins after the pass: the due reminder owes one message, not three.
    std::fs::write(
        dir.path().join("roster.csv"),
        "\"First name\",\"Email address\"\n\"A\",\"ayse@metu.edu.tr\"\n\"C\",\"can@metu.edu.tr\"\n\"D\",\"deniz@metu.edu.tr\"\n",
    )
    .unwrap();
    let said = run(&["check"]);
    assert!(said.contains("ceng501: recipients: 3 student(s)"), "{said}");
    assert!(said.contains(", due now, as 1 message(s)\n"), "{said}");
    let dry = run(&["remind", "--dry-run"]);
    assert!(dry.contains("ceng501: 1 message(s) would be sent"), "{dry}");
}
