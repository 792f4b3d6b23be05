//! Event keys that keep every letter, for a course an earlier coursecal already published and
//! reminded: its subscribers keep their events (same UIDs, nothing cancelled), its ledger is
//! renamed in place (no reminder sent twice, no change notice for a UID that alone changed).
//! The fixture is invented: German and Polish labels, a reminder due, the outbox as transport.

use std::path::Path;

use crate::common::{coursecal, icalendar_view, ledger_json, transcript};

const SYLLABUS: &str = "Fall 2022\nLectures: Tuesday 09:40-12:30 @ BMB4\n\n1\t04.10.2022\tIntro\n2\t11.10.2022\tBasics\tProject Übung due 20.10.2022\n3\t18.10.2022\tNets\tLab Größe due\n4\t25.10.2022\tMore\n";

const COURSE: &str = "syllabus = \"s.txt\"\nid = \"algo\"\ncode = \"ALG 101\"\ntimezone = \"Europe/Istanbul\"\n\n[[add]]\nkind = \"exam\"\ntitle = \"Kolokwium Łódź\"\nstart = \"2022-10-27 10:00\"\n\n[mail]\nfrom = \"ALG 101 <bot@example.edu>\"\nto = [\"list@example.edu\"]\noutbox = \"out\"\n";

/// The first build, and the pass that sent Project Übung's and Lab Größe's reminders.
const T0: &str = "2022-10-17 09:00";
const T1: &str = "2022-10-18 09:00";
/// An hour later, with the new coursecal: nothing new is due.
const T2: &str = "2022-10-18 10:00";

/// Each event's key as this coursecal makes it, and as coursecal before schema 4 made it
/// (every letter outside ASCII dropped from syllabus labels; Turkish letters alone folded in
/// `[[add]]` titles).
const RENAMED: [(&str, &str); 3] = [
    ("deadline-project-ubung", "deadline-project-bung"),
    ("deadline-lab-grosse", "deadline-lab-gr-e"),
    ("exam-kolokwium-lodz", "exam-kolokwium-d"),
];

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    coursecal()
        .current_dir(dir)
        .args(args)
        .arg("c.toml")
        .output()
        .unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run(dir, args);
    assert!(o.status.success(), "{}", transcript(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn to_former(text: &str) -> String {
    RENAMED
        .iter()
        .fold(text.to_string(), |t, (new, old)| t.replace(new, old))
}

/// Turns the published feeds and the ledger into what the earlier coursecal left: its UIDs in
/// the feeds, and a ledger of schema 3 (no `renamed` or `parsed` table) keyed by them, made with SQL as the
/// ledger's migration tests make theirs.
fn as_the_earlier_coursecal_left_it(dir: &Path) {
    for feed in ["public/algo.ics", "public/algo-deadlines.ics"] {
        let path = dir.join(feed);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, to_former(&text)).unwrap();
    }
    let db = rusqlite::Connection::open(dir.join("algo.sent.sqlite")).unwrap();
    for (new, old) in RENAMED {
        for table in ["delivery", "announced", "notice"] {
            db.execute(
                &format!("UPDATE {table} SET event_uid = replace(event_uid, ?1, ?2)"),
                [new, old],
            )
            .unwrap();
        }
    }
    db.execute_batch("DROP TABLE renamed; DROP TABLE parsed; PRAGMA user_version = 3;")
        .unwrap();
}

fn uids(dir: &Path, feed: &str) -> Vec<(String, String)> {
    icalendar_view(&dir.join(feed))["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["uid"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn outbox(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_course_reminded_by_the_earlier_coursecal_keeps_its_uids_and_sends_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("s.txt"), SYLLABUS).unwrap();
    std::fs::write(d.join("c.toml"), COURSE).unwrap();
    ok(d, &["build", "--now", T0, "--out", "public"]);
    ok(d, &["remind", "--now", T1, "--feed-dir", "public"]);
    let sent = outbox(d);
    assert_eq!(sent.len(), 2, "Project Übung's and Lab Größe's reminders");
    as_the_earlier_coursecal_left_it(d);
    let published = uids(d, "public/algo.ics");

    // The new coursecal, on the earlier one's feed and ledger.
    let diff = run(d, &["diff", "--now", T2, "--out", "public"]);
    assert_eq!(diff.status.code(), Some(0), "{}", transcript(&diff));
    let built = ok(d, &["build", "--now", T2, "--out", "public"]);
    assert!(
        built.contains("public/algo.ics: 7 events (0 new, 0 changed, 0 cancelled)\n"),
        "{built}"
    );
    assert_eq!(
        uids(d, "public/algo.ics"),
        published,
        "subscribers keep every event under the UID they know it by"
    );
    assert!(published.iter().all(|(_, status)| status == "CONFIRMED"));
    for (_, old) in RENAMED {
        assert!(published.iter().any(|(uid, _)| uid.contains(old)));
    }
    let reminded = ok(d, &["remind", "--now", T2, "--feed-dir", "public"]);
    assert!(reminded.starts_with("algo: 0 sent"), "{reminded}");
    assert_eq!(outbox(d), sent, "no reminder again, and no change notice");

    // The ledger is schema 5 (renamed at 4), keyed by the new UIDs.
    let db = rusqlite::Connection::open(d.join("algo.sent.sqlite")).unwrap();
    let version: i32 = db
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 5);
    let ledger = ledger_json(&d.join("algo.sent.sqlite")).to_string();
    for (new, old) in RENAMED {
        assert!(!ledger.contains(old), "{old} in {ledger}");
        assert!(ledger.contains(new), "{new} in {ledger}");
    }
    let renamed: i64 = db
        .query_row("SELECT count(*) FROM renamed", [], |r| r.get(0))
        .unwrap();
    assert_eq!(renamed, 3, "every event's rows and announced version moved");

    // Later builds keep the former UIDs; a feed published afresh has the new ones.
    ok(d, &["build", "--now", T2, "--out", "public"]);
    assert_eq!(uids(d, "public/algo.ics"), published);
    ok(d, &["build", "--now", T2, "--out", "fresh"]);
    let fresh = uids(d, "fresh/algo.ics");
    for (new, _) in RENAMED {
        assert!(fresh.iter().any(|(uid, _)| uid.contains(new)), "{fresh:?}");
    }
}
