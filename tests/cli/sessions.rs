//! `[mail] sessions`: a pass sending over several SMTP sessions at once, against the real
//! server (aiosmtpd on 127.0.0.1 with STARTTLS and AUTH).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::common::smtp::{PASSWORD, Server};
use crate::common::smtp_course::SmtpCourse;
use crate::common::{coursecal, root};

/// The first 15-minute pass after Hw2's 3-day reminder fell due (deadline Tue 22 Nov 23:59).
const HW2_3D: &str = "2022-11-20T00:00:00+03:00";
/// Hw2's 3-day reminder in the ledger.
const KEY: &str = "ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z";

/// A course folder with the reference syllabus and `students` on its roster.
fn new_course(students: &[String]) -> SmtpCourse {
    let c = SmtpCourse::new();
    c.roster("Student", students);
    c
}

/// The course file: one message per student over `sessions` sessions to `port`.
fn write(c: &SmtpCourse, port: u16, sessions: usize) -> PathBuf {
    let mail =
        format!("roster = \"roster.csv\"\ndelivery = \"individual\"\nsessions = {sessions}\n");
    c.write(port, "", &mail)
}

/// Hw2's 3-day reminder's ledger rows: recipient → state.
fn states(c: &SmtpCourse) -> BTreeMap<String, String> {
    let ledger = c.ledger();
    let recs = ledger["reminders"][KEY]["recipients"].as_object().cloned();
    recs.unwrap_or_default()
        .into_iter()
        .map(|(to, r)| (to, r["state"].as_str().unwrap().to_string()))
        .collect()
}

fn students(prefix: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("{prefix}{i:03}@example.edu"))
        .collect()
}

fn text(o: &std::process::Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Each recipient's Message-IDs, in arrival order.
fn received(server: &Server) -> BTreeMap<String, Vec<String>> {
    let mut per: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in server.messages() {
        assert_eq!(m.meta["rcpt_tos"].as_array().unwrap().len(), 1);
        per.entry(m.meta["rcpt_tos"][0].as_str().unwrap().to_string())
            .or_default()
            .push(m.header("Message-ID"));
    }
    per
}

#[test]
fn three_sessions_deliver_each_message_once_over_three_connections() {
    let to = students("s", 30);
    let c = new_course(&to);
    let server = Server::start(c.dir.path(), &c.certs, &[]);
    let course = write(&c, server.port, 3);
    let o = c.pass(&course, HW2_3D);
    assert!(o.status.success(), "{}", text(&o));
    let per = received(&server);
    assert_eq!(per.keys().cloned().collect::<Vec<_>>(), to);
    assert!(per.values().all(|ids| ids.len() == 1), "{per:?}");
    let ids: BTreeSet<&String> = per.values().flatten().collect();
    assert_eq!(ids.len(), to.len(), "a Message-ID of its own for each");
    let connections: BTreeSet<u64> = server
        .messages()
        .iter()
        .map(|m| m.meta["peer_port"].as_u64().unwrap())
        .collect();
    assert_eq!(connections.len(), 3, "one connection per session, kept");
    let states = states(&c);
    assert_eq!(states.len(), to.len());
    assert!(states.values().all(|s| s == "sent"), "{states:?}");
    // The next pass has nothing left to send.
    let o = c.pass(&course, "2022-11-20T00:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), to.len());
}

#[test]
fn with_three_sessions_a_550_for_one_student_is_recorded_and_the_others_get_theirs() {
    let mut to = students("s", 8);
    to[4] = "gone@example.edu".into();
    let c = new_course(&to);
    let server = Server::start(
        c.dir.path(),
        &c.certs,
        &["--reject-rcpt", "gone@example.edu"],
    );
    let course = write(&c, server.port, 3);
    let o = c.pass(&course, HW2_3D);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let per = received(&server);
    let mut expected: Vec<String> = to
        .iter()
        .filter(|t| !t.starts_with("gone"))
        .cloned()
        .collect();
    expected.sort();
    assert_eq!(per.keys().cloned().collect::<Vec<_>>(), expected);
    assert!(per.values().all(|ids| ids.len() == 1), "{per:?}");
    let states = states(&c);
    assert_eq!(states["gone@example.edu"], "failed");
    assert_eq!(states.values().filter(|s| *s == "sent").count(), 7);
    // Not retried: a permanent refusal is final for that student.
    let o = c.pass(&course, "2022-11-20T00:15:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(server.messages().len(), 7);
}

/// The bound with `sessions = N`: a crash repeats at most the batch in flight, one message per
/// session, each with the Message-ID it had; nothing is lost.
#[test]
fn killed_mid_fan_out_with_three_sessions_a_pass_loses_0_and_repeats_at_most_3() {
    let to = students("k", 150);
    let c = new_course(&to);
    let server = Server::start(c.dir.path(), &c.certs, &[]);
    let course = write(&c, server.port, 3);
    let mut child = std::process::Command::new(coursecal().get_program())
        .current_dir(root())
        .args(["remind", "--now", HW2_3D])
        .arg(&course)
        .env("TEST_SMTP_PASSWORD", PASSWORD)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while server.messages().len() < 10 {
        assert!(std::time::Instant::now() < deadline, "no messages arrived");
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    // SIGKILL: no chance to clean up.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        server.messages().len() < to.len(),
        "the pass finished before it could be killed; the test proves nothing"
    );
    let o = c.pass(&course, "2022-11-20T00:01:00+03:00");
    assert!(o.status.success(), "{}", text(&o));
    let per = received(&server);
    assert_eq!(per.len(), to.len(), "every student got the reminder");
    let repeated: Vec<_> = per.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(
        repeated.len() <= 3,
        "at most one message per session repeats: {repeated:?}"
    );
    for (_, ids) in repeated {
        assert!(
            ids.len() == 2 && ids[0] == ids[1],
            "a repeat carries the same Message-ID"
        );
    }
    let states = states(&c);
    assert_eq!(states.len(), to.len());
    assert!(states.values().all(|s| s == "sent"), "{states:?}");
}

#[test]
fn sessions_out_of_range_are_refused_with_the_line() {
    let c = new_course(&students("s", 1));
    let course = write(&c, 2525, 9);
    let o = coursecal()
        .args(["plan", "--now", HW2_3D])
        .arg(&course)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("c.toml:13") && err.contains("sessions = 9 is out of range: write 1 to 8"),
        "{err}"
    );
}
