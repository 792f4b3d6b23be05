//! The pipelined SMTP path (RFC 2920) against Postfix's `smtp-sink`, a real server that offers
//! PIPELINING (aiosmtpd, the other tests' server, does not). Plain SMTP on 127.0.0.1.
//! smtp-sink cannot refuse one recipient among others (`-f RCPT` refuses every RCPT and stops
//! offering PIPELINING), so the per-recipient 550 stays with aiosmtpd (tests/cli/remind.rs) and
//! the transport's unit tests; here: every message once, recorded, never again.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::smtp_course::SmtpCourse;

/// The first 15-minute pass after Hw2's 3-day reminder fell due (deadline Tue 22 Nov 23:59).
const HW2_3D: &str = "2022-11-20T00:00:00+03:00";
const KEY: &str = "ceng501-fall2022-deadline-hw2@coursecal|3d|20221122T205900Z";

/// A running `smtp-sink` dumping each transaction to a file in `dump`; killed when dropped.
struct Sink {
    child: Child,
    port: u16,
    dump: PathBuf,
}

impl Sink {
    // The child is owned by the returned Sink, whose Drop kills and waits for it.
    #[allow(clippy::zombie_processes)]
    fn start(dir: &Path) -> Sink {
        let bin = ["/usr/sbin/smtp-sink", "/usr/local/sbin/smtp-sink"]
            .into_iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
            .or_else(|| {
                std::env::split_paths(&std::env::var_os("PATH")?)
                    .map(|d| d.join("smtp-sink"))
                    .find(|p| p.exists())
            })
            .expect(
                "smtp-sink (Postfix) is missing: run bash tests/run.sh, which installs postfix",
            );
        // smtp-sink drops to `nobody` when started as root, and nobody writes the dumps.
        let dump = dir.join("sink");
        std::fs::create_dir(&dump).unwrap();
        std::fs::set_permissions(&dump, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o711)).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut cmd = Command::new(bin);
        // As root, smtp-sink must be told which user to run as (/proc/self is owned by our uid).
        if std::fs::metadata("/proc/self").is_ok_and(|m| {
            use std::os::unix::fs::MetadataExt;
            m.uid() == 0
        }) {
            cmd.args(["-u", "nobody"]);
        }
        // -a: no AUTH offered (the course sends plain, without a user); -d: one file a message.
        let mut child = cmd
            .arg("-a")
            .arg("-d")
            .arg(format!("{}/%M.", dump.display()))
            .arg(format!("127.0.0.1:{port}"))
            .arg("16")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("smtp-sink starts");
        let deadline = Instant::now() + Duration::from_secs(5);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("smtp-sink did not listen on 127.0.0.1:{port}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Sink { child, port, dump }
    }

    /// The server's EHLO answer, asked over a session of our own.
    fn ehlo(&self) -> String {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        s.write_all(b"EHLO test\r\n").unwrap();
        let mut answer = String::new();
        loop {
            line.clear();
            r.read_line(&mut line).unwrap();
            answer.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                break;
            }
        }
        s.write_all(b"QUIT\r\n").unwrap();
        answer
    }

    /// Each dumped transaction: its recipients (X-Rcpt-Args) and the message's Message-ID.
    fn messages(&self) -> Vec<(Vec<String>, String)> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(&self.dump).unwrap() {
            let raw = std::fs::read(e.unwrap().path()).unwrap();
            let (headers, _) = mailparse::parse_headers(&raw).unwrap();
            let rcpts = headers
                .iter()
                .filter(|h| h.get_key_ref().eq_ignore_ascii_case("X-Rcpt-Args"))
                .map(|h| h.get_value())
                .collect();
            let mid = headers
                .iter()
                .find(|h| h.get_key_ref().eq_ignore_ascii_case("Message-ID"))
                .map(|h| h.get_value())
                .unwrap_or_default();
            out.push((rcpts, mid));
        }
        out
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn text(o: &std::process::Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Writes `c.toml`: individual delivery to the roster, plain SMTP to the sink on 127.0.0.1.
fn write_course(c: &SmtpCourse, port: u16) -> PathBuf {
    let toml = format!(
        "syllabus = \"s.txt\"\nid = \"ceng501\"\nurl = \"https://example.edu/ceng501\"\n\n[mail]\nfrom = \"CEng 501 <bot@example.edu>\"\ntransport = \"smtp://127.0.0.1:{port}\"\nallow-plaintext = true\ntimeout = 10\nroster = \"roster.csv\"\ndelivery = \"individual\"\n"
    );
    let p = c.path().join("c.toml");
    std::fs::write(&p, toml).unwrap();
    p
}

#[test]
fn a_pipelining_smtp_sink_gets_each_of_7_students_reminder_once_and_a_second_pass_sends_none() {
    let c = SmtpCourse::new();
    let sink = Sink::start(c.path());
    let ehlo = sink.ehlo();
    assert!(
        ehlo.lines()
            .any(|l| l.get(4..).is_some_and(|k| k.trim() == "PIPELINING")),
        "{ehlo}"
    );
    let students: Vec<String> = (0..7).map(|i| format!("s{i}@example.edu")).collect();
    c.roster("Öğrenci", &students);
    let course = write_course(&c, sink.port);
    let o = c.pass(&course, HW2_3D);
    assert!(o.status.success(), "{}", text(&o));
    let got = sink.messages();
    assert_eq!(got.len(), students.len(), "{got:?}\n{}", text(&o));
    let mut by_rcpt: BTreeMap<String, String> = BTreeMap::new();
    for (rcpts, mid) in &got {
        assert_eq!(rcpts.len(), 1, "one recipient a message: {rcpts:?}");
        let to = rcpts[0].trim_matches(['<', '>']).to_string();
        assert!(by_rcpt.insert(to, mid.clone()).is_none(), "{got:?}");
    }
    assert_eq!(
        by_rcpt.keys().collect::<Vec<_>>(),
        students.iter().collect::<Vec<_>>()
    );
    let mids: std::collections::BTreeSet<&String> = by_rcpt.values().collect();
    assert_eq!(
        mids.len(),
        students.len(),
        "distinct Message-IDs: {by_rcpt:?}"
    );
    let ledger = c.ledger();
    let recs = &ledger["reminders"][KEY]["recipients"];
    for (to, mid) in &by_rcpt {
        assert_eq!(recs[to]["state"], "sent", "{to}: {recs}");
        assert_eq!(recs[to]["message_id"], mid.as_str(), "{to}: {recs}");
    }
    // The same pass again, and a later one before the next lead: nothing more.
    for now in [HW2_3D, "2022-11-21T12:00:00+03:00"] {
        let o = c.pass(&course, now);
        assert!(o.status.success(), "{}", text(&o));
    }
    assert_eq!(sink.messages().len(), students.len());
}
