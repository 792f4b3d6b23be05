//! `coursecal build`: the feed read back by Python's `icalendar`, a parser coursecal did not write.

use std::path::Path;

use crate::common::{coursecal, events_json, icalendar_view, root, utc};

const NOW: &str = "2022-09-20T12:00:00Z";

fn build(course: &Path, out: &Path, now: &str) -> String {
    let o = coursecal()
        .args(["build", "--now", now, "--out"])
        .arg(out)
        .arg(course)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "build failed: {stderr}");
    String::from_utf8(o.stdout).unwrap()
}

fn course_dir(syllabus: &str, toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.txt"), syllabus).unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        format!("syllabus = \"s.txt\"\n{toml}"),
    )
    .unwrap();
    dir
}

fn reference_dir(toml_extra: &str) -> tempfile::TempDir {
    let text = std::fs::read_to_string(root().join("schedule/ceng501-fall2022.txt")).unwrap();
    course_dir(
        &text,
        &format!(
            "id = \"ceng501\"\nurl = \"https://example.edu/ceng501\"\n{toml_extra}\n[feed]\nurl = \"https://example.edu/cal\"\n"
        ),
    )
}

/// Replaces `from` (which must be there) by `to` in a file.
fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

fn vevents(ics: &str) -> Vec<String> {
    ics.split("BEGIN:VEVENT")
        .skip(1)
        .map(|b| b.split("END:VEVENT").next().unwrap().to_string())
        .collect()
}

fn block_of<'a>(blocks: &'a [String], uid: &str) -> &'a str {
    blocks
        .iter()
        .find(|b| b.contains(&format!("UID:{uid}\r\n")))
        .unwrap_or_else(|| panic!("no {uid}"))
}

#[test]
fn every_instant_in_the_feed_matches_the_syllabus() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    let feed = icalendar_view(&out.path().join("ceng501.ics"));
    let (events, _) = events_json(Path::new("schedule/ceng501-fall2022.toml"), &[]);
    let got = feed["events"].as_array().unwrap();
    assert_eq!(got.len(), 21);
    for e in &events {
        let f = got
            .iter()
            .find(|f| f["uid"] == e["uid"])
            .unwrap_or_else(|| panic!("{} missing from feed", e["uid"]));
        if e["all_day"] == true {
            assert_eq!(f["start"], e["start"], "{}", e["uid"]);
            assert_eq!(f["end"], e["end"], "{}", e["uid"]);
            assert_eq!(f["transp"], "TRANSPARENT");
        } else {
            assert_eq!(
                f["start"].as_str().unwrap(),
                utc(e["start"].as_str().unwrap()),
                "{}",
                e["uid"]
            );
            let end = f["end"].as_str().expect("every timed event has a DTEND");
            assert!(
                end > f["start"].as_str().unwrap(),
                "DTEND after DTSTART for {}",
                e["uid"]
            );
            if let Some(want) = e["end"].as_str() {
                assert_eq!(end, utc(want));
            }
        }
        assert_eq!(f["status"], "CONFIRMED");
        assert_eq!(f["sequence"], 0);
    }
    // Spot checks in UTC: Istanbul is UTC+3 all year.
    let hw2 = got
        .iter()
        .find(|f| f["uid"] == "ceng501-fall2022-deadline-hw2@coursecal")
        .unwrap();
    assert_eq!(hw2["start"], "2022-11-22T20:59:00Z");
    assert_eq!(
        hw2["end"], "2022-11-22T21:00:00Z",
        "a 23:59 deadline ends at local midnight, on its own day"
    );
    assert_eq!(hw2["categories"], serde_json::json!(["Deadline"]));
    let w3 = got
        .iter()
        .find(|f| f["uid"] == "ceng501-fall2022-lecture-3@coursecal")
        .unwrap();
    assert_eq!(w3["start"], "2022-10-18T06:40:00Z");
    assert_eq!(
        w3["summary"],
        "CEng 501 · W3 · Artificial neurons. Multi-layer Perceptrons"
    );
    assert_eq!(w3["location"], "BMB4");
    let cal = &feed["calendar"];
    // A subscribed feed is a snapshot, not an iTIP message (docs/calendar-standards.md).
    assert!(cal.get("METHOD").is_none(), "{cal}");
    assert_eq!(cal["X-WR-TIMEZONE"], "Europe/Istanbul");
    assert_eq!(cal["CALSCALE"], "GREGORIAN");
    assert_eq!(feed["timezones"], serde_json::json!(["Europe/Istanbul"]));
}

#[test]
fn the_deadlines_feed_holds_only_releases_deadlines_and_the_exam() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    let feed = icalendar_view(&out.path().join("ceng501-deadlines.ics"));
    let uids: Vec<&str> = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["uid"].as_str().unwrap())
        .collect();
    assert_eq!(uids.len(), 7);
    assert!(uids.iter().all(|u| !u.contains("lecture")), "{uids:?}");
    assert!(uids.contains(&"ceng501-fall2022-exam@coursecal"));
}

#[test]
fn lines_end_in_crlf_and_fold_within_75_octets() {
    let dir = reference_dir(
        "[[add]]\nkind = \"other\"\ntitle = \"Ödev 2 — Derin Öğrenme, ığüşçö İ; a\\\\b, and a very long title that must be folded more than once, ğğğğğğğğğğğğğğğğğğğğğğğğğğ\"\nstart = \"2022-11-10 14:00\"\n",
    );
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    let bytes = std::fs::read(out.path().join("ceng501.ics")).unwrap();
    let text = String::from_utf8(bytes.clone()).expect("valid UTF-8 even where folded");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            assert_eq!(bytes[i - 1], b'\r', "bare LF at byte {i}");
        }
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at byte {i}");
        }
    }
    let mut folded = 0;
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if line.starts_with(' ') {
            folded += 1;
        }
    }
    assert!(folded > 3, "long lines were folded");
}

#[test]
fn turkish_text_and_special_characters_survive_escaping() {
    let title = "Ödev 2 — Derin Öğrenme, ığüşçö İ";
    let tricky = "semi; comma, backslash \\\\ done";
    let dir = reference_dir(&format!(
        "[[add]]\nkind = \"other\"\ntitle = \"{title}\"\nstart = \"2022-11-10 14:00\"\nend = \"2022-11-10 15:00\"\nlocation = \"Amfi 1, B Blok; Kat 2\"\ndescription = \"{tricky}\\nsecond line\\r\\nthird\"\n"
    ));
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    let raw = std::fs::read_to_string(out.path().join("ceng501.ics")).unwrap();
    assert!(
        raw.contains("LOCATION:Amfi 1\\, B Blok\\; Kat 2\r\n"),
        "escaped on the wire"
    );
    let feed = icalendar_view(&out.path().join("ceng501.ics"));
    let e = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["summary"].as_str().unwrap().contains("Ödev"))
        .unwrap();
    assert_eq!(e["summary"], format!("CEng 501 · {title}"));
    assert_eq!(e["location"], "Amfi 1, B Blok; Kat 2");
    assert_eq!(
        e["description"],
        "semi; comma, backslash \\ done\nsecond line\nthird\n\nhttps://example.edu/ceng501"
    );
    assert_eq!(e["start"], "2022-11-10T11:00:00Z");
}

#[test]
fn rebuilding_unchanged_inputs_writes_identical_bytes() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    let first = std::fs::read(out.path().join("ceng501.ics")).unwrap();
    let page = std::fs::read(out.path().join("index.html")).unwrap();
    let report = build(
        Path::new("schedule/ceng501-fall2022.toml"),
        out.path(),
        "2022-10-20T08:00:00Z",
    );
    assert!(
        report.contains("21 events (0 new, 0 changed, 0 cancelled)"),
        "{report}"
    );
    assert_eq!(
        std::fs::read(out.path().join("ceng501.ics")).unwrap(),
        first
    );
    // The page marks the next item as of the build's time: the same `now`, the same page.
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    assert_eq!(std::fs::read(out.path().join("index.html")).unwrap(), page);
}

#[test]
fn editing_one_topic_changes_only_that_events_sequence() {
    let dir = reference_dir("");
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    let before = std::fs::read_to_string(out.path().join("ceng501.ics")).unwrap();
    edit(
        &dir.path().join("s.txt"),
        "Applications of CNNs",
        "Applications of CNNs in vision",
    );
    let report = build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-01T10:00:00Z",
    );
    assert!(
        report.contains("21 events (0 new, 1 changed, 0 cancelled)"),
        "{report}"
    );
    let after = std::fs::read_to_string(out.path().join("ceng501.ics")).unwrap();
    let (b, a) = (vevents(&before), vevents(&after));
    let uid = "ceng501-fall2022-lecture-6@coursecal";
    for (x, y) in b.iter().zip(&a) {
        if x.contains(uid) {
            assert!(
                y.contains("SEQUENCE:1\r\n") && y.contains("LAST-MODIFIED:20221001T100000Z\r\n"),
                "{y}"
            );
            assert!(y.contains("Applications of CNNs in vision"));
        } else {
            assert_eq!(x, y, "only the edited event may change");
        }
    }
    let strip = |s: &str| s.split("BEGIN:VEVENT").next().unwrap().to_string();
    assert_eq!(
        strip(&before),
        strip(&after),
        "the calendar header is unchanged"
    );
}

#[test]
fn a_week_removed_from_the_syllabus_stays_as_cancelled() {
    let dir = reference_dir("");
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    let text = std::fs::read_to_string(dir.path().join("s.txt")).unwrap();
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("9\tNov 29"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.path().join("s.txt"), without).unwrap();
    let report = build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-01T10:00:00Z",
    );
    assert!(
        report.contains("21 events (0 new, 0 changed, 1 cancelled)"),
        "{report}"
    );
    let feed = icalendar_view(&out.path().join("ceng501.ics"));
    let w9 = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"] == "ceng501-fall2022-lecture-9@coursecal")
        .unwrap();
    assert_eq!(w9["status"], "CANCELLED");
    assert_eq!(w9["sequence"], 1);
    assert_eq!(w9["start"], "2022-11-29T06:40:00Z");
    // A third build keeps the cancelled event exactly as it was.
    let again = std::fs::read(out.path().join("ceng501.ics")).unwrap();
    build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-02T10:00:00Z",
    );
    assert_eq!(
        std::fs::read(out.path().join("ceng501.ics")).unwrap(),
        again
    );
    // After the term it is dropped.
    let report = build(
        &dir.path().join("c.toml"),
        out.path(),
        "2023-03-01T10:00:00Z",
    );
    assert!(report.contains("20 events"), "{report}");
}

#[test]
fn an_event_cancelled_in_the_course_file_is_published_as_cancelled() {
    let dir = reference_dir("");
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    edit(
        &dir.path().join("c.toml"),
        "[feed]",
        "[[cancel]]
event = \"lecture-5\"

[feed]",
    );
    let report = build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-01T10:00:00Z",
    );
    assert!(
        report.contains("(0 new, 0 changed, 1 cancelled)"),
        "{report}"
    );
    let after = std::fs::read_to_string(out.path().join("ceng501.ics")).unwrap();
    let b = block_of(&vevents(&after), "ceng501-fall2022-lecture-5@coursecal").to_string();
    assert!(
        b.contains("STATUS:CANCELLED\r\n") && b.contains("SEQUENCE:1\r\n"),
        "{b}"
    );
}

#[test]
fn a_berlin_course_across_the_october_change_is_right_in_utc() {
    let syllabus = "EE 300 Signals\nFall 2022\nLectures: Tuesday 10:00-12:00 @ H1\n\n1\tOct 25\tBefore the change\tHw1 due Oct 29 18:00\n2\tNov 1\tAfter the change\tHw2 due Oct 30 18:00\n";
    let dir = course_dir(syllabus, "timezone = \"Europe/Berlin\"\n");
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    let ics = std::fs::read_to_string(out.path().join("ee300.ics")).unwrap();
    assert!(
        ics.contains("BEGIN:DAYLIGHT") && ics.contains("BEGIN:STANDARD"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART:20221030T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"));
    let feed = icalendar_view(&out.path().join("ee300.ics"));
    let by = |uid: &str| {
        feed["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["uid"] == uid)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by("ee300-fall2022-lecture-1@coursecal")["start"],
        "2022-10-25T08:00:00Z"
    );
    assert_eq!(
        by("ee300-fall2022-lecture-2@coursecal")["start"],
        "2022-11-01T09:00:00Z"
    );
    assert_eq!(
        by("ee300-fall2022-deadline-hw1@coursecal")["start"],
        "2022-10-29T16:00:00Z"
    );
    assert_eq!(
        by("ee300-fall2022-deadline-hw2@coursecal")["start"],
        "2022-10-30T17:00:00Z"
    );
}

#[test]
fn two_terms_never_share_a_uid() {
    let text = std::fs::read_to_string(root().join("schedule/ceng501-fall2022.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("f22.txt"), &text).unwrap();
    std::fs::write(
        dir.path().join("f23.txt"),
        text.replace("Fall 2022", "Fall 2023"),
    )
    .unwrap();
    let (a, _) = events_json(&dir.path().join("f22.txt"), &[]);
    let (b, _) = events_json(&dir.path().join("f23.txt"), &[]);
    for x in &a {
        assert!(
            b.iter().all(|y| y["uid"] != x["uid"]),
            "{} in both terms",
            x["uid"]
        );
    }
}

#[test]
fn the_subscribe_page_links_every_feed() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    let html = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("name=\"viewport\""));
    for feed in ["ceng501.ics", "ceng501-deadlines.ics"] {
        assert!(
            html.contains(&format!("webcal://user.ceng.metu.edu.tr/~emre/cal/{feed}")),
            "{feed}"
        );
        assert!(html.contains(&format!("https://user.ceng.metu.edu.tr/~emre/cal/{feed}")));
        assert!(html.contains(&format!("https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fuser.ceng.metu.edu.tr%2F~emre%2Fcal%2F{feed}")));
    }
    assert!(html.contains("Convolutional neural networks (CNNs)"));
    assert!(html.contains(
        "<td class=\"date\">Tue 22 Nov</td><td class=\"time\">23:59</td><td class=\"room\"></td><td class=\"what\"><span class=\"title\">Hw2 due</span>"
    ));
    assert!(
        !html.contains("http://") && !html.contains("<script"),
        "no external assets"
    );
    assert_eq!(
        std::fs::read_to_string(out.path().join(".htaccess"))
            .unwrap()
            .lines()
            .next(),
        Some("AddType \"text/calendar; charset=utf-8\" .ics")
    );
}

#[test]
fn several_courses_get_their_own_files_and_an_index() {
    let a = reference_dir("");
    let b = course_dir(
        "EE 300 Signals\nSpring 2023\nLectures: Monday 10:00-12:00\n\n1\tFeb 20\tIntro\n",
        "",
    );
    let out = tempfile::tempdir().unwrap();
    let o = coursecal()
        .args(["build", "--now", NOW, "--out"])
        .arg(out.path())
        .arg(a.path().join("c.toml"))
        .arg(b.path().join("c.toml"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in [
        "ceng501.ics",
        "ceng501-deadlines.ics",
        "ceng501.html",
        "ee300.ics",
        "ee300.html",
        "index.html",
    ] {
        assert!(out.path().join(f).exists(), "{f}");
    }
    let index = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(index.contains("href=\"ceng501.html\"") && index.contains("href=\"ee300.html\""));
}

#[test]
fn the_feed_snapshot() {
    let out = tempfile::tempdir().unwrap();
    build(Path::new("schedule/ceng501-fall2022.toml"), out.path(), NOW);
    let ics = std::fs::read_to_string(out.path().join("ceng501-deadlines.ics")).unwrap();
    insta::assert_snapshot!("ceng501_deadlines_ics", ics.replace("\r\n", "\n"));
}

#[test]
fn a_cancelled_event_before_the_others_is_still_covered_by_the_vtimezone() {
    let syllabus = "EE 300 Signals\nFall 2022\nLectures: Tuesday 10:00-12:00 @ H1\n\n1\tOct 25\tBefore the change\n2\tNov 1\tAfter the change\n";
    let dir = course_dir(syllabus, "timezone = \"Europe/Berlin\"\n");
    let out = tempfile::tempdir().unwrap();
    build(&dir.path().join("c.toml"), out.path(), NOW);
    // Week 1 (summer time) leaves the syllabus; only week 2 (winter time) remains.
    std::fs::write(
        dir.path().join("s.txt"),
        syllabus.replace("1\tOct 25\tBefore the change\n", ""),
    )
    .unwrap();
    build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-01T10:00:00Z",
    );
    let feed = icalendar_view(&out.path().join("ee300.ics"));
    let w1 = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"] == "ee300-fall2022-lecture-1@coursecal")
        .unwrap();
    assert_eq!(w1["status"], "CANCELLED");
    assert_eq!(
        w1["start"], "2022-10-25T08:00:00Z",
        "the VTIMEZONE covers the cancelled summer-time event"
    );
    let again = std::fs::read(out.path().join("ee300.ics")).unwrap();
    build(
        &dir.path().join("c.toml"),
        out.path(),
        "2022-10-05T10:00:00Z",
    );
    assert_eq!(
        std::fs::read(out.path().join("ee300.ics")).unwrap(),
        again,
        "same inputs, same bytes"
    );
}

/// Runs `build` expecting it to refuse with exit code 2; returns stderr.
fn build_refused(course: &Path, out: &Path) -> String {
    let o = coursecal()
        .args(["build", "--now", NOW, "--out"])
        .arg(out)
        .arg(course)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "stderr: {stderr}");
    stderr
}

#[test]
fn a_damaged_published_feed_is_refused_and_left_as_it_was() {
    let dir = reference_dir("");
    let course = dir.path().join("c.toml");
    let out = tempfile::tempdir().unwrap();
    build(&course, out.path(), NOW);
    let feed = out.path().join("ceng501.ics");
    let good = std::fs::read(&feed).unwrap();
    let cut = good[..good.len() / 2].to_vec();
    let bad_sequence = String::from_utf8(good.clone())
        .unwrap()
        .replacen("SEQUENCE:0", "SEQUENCE:zero", 1)
        .into_bytes();
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("empty", Vec::new(), "the file is empty"),
        ("cut short", cut, "does not end with END:VCALENDAR"),
        (
            "a web page",
            b"<html><body>502 Bad Gateway</body></html>\n".to_vec(),
            "does not begin with BEGIN:VCALENDAR",
        ),
        ("binary", vec![0xff, 0xfe, 0x00, 0x42], "not UTF-8 text"),
        (
            "a word for a number",
            bad_sequence,
            "SEQUENCE \"zero\" is not a number",
        ),
    ];
    for (what, bytes, reason) in cases {
        std::fs::write(&feed, &bytes).unwrap();
        let stderr = build_refused(&course, out.path());
        assert!(stderr.contains(reason), "{what}: {stderr}");
        assert!(
            stderr.contains("delete it to start over on purpose"),
            "{what}: {stderr}"
        );
        assert_eq!(
            std::fs::read(&feed).unwrap(),
            bytes,
            "{what}: left as it was"
        );
    }
    // Deleting it is the documented way to start over.
    std::fs::remove_file(&feed).unwrap();
    build(&course, out.path(), NOW);
    assert_eq!(std::fs::read(&feed).unwrap(), good);
}

#[test]
fn an_out_folder_that_is_a_file_says_what_to_do() {
    let dir = reference_dir("");
    let file = dir.path().join("public");
    std::fs::write(&file, "x").unwrap();
    let stderr = build_refused(&dir.path().join("c.toml"), &file);
    assert!(
        stderr.contains("--out names a file, not a folder"),
        "{stderr}"
    );
}

#[test]
fn a_build_waits_while_another_holds_the_output_folder() {
    let dir = reference_dir("");
    let out = tempfile::tempdir().unwrap();
    let held = std::fs::File::open(out.path()).unwrap();
    held.lock().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("coursecal"))
        .current_dir(root())
        .args(["build", "--now", NOW, "--out"])
        .arg(out.path())
        .arg(dir.path().join("c.toml"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build waits for the lock"
    );
    assert!(
        !out.path().join("ceng501.ics").exists(),
        "and writes nothing meanwhile"
    );
    held.unlock().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(out.path().join("ceng501.ics").exists());
}
