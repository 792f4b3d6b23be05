//! `coursecal daemon` as a service runs it: the resident loop only sleeps and runs each pass as
//! a child `coursecal remind`; an edit that breaks the course falls back on the last version
//! that loaded; a failing pass is logged and the loop goes on; SIGTERM and SIGINT stop it.

use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::{Arc, Mutex};

use crate::common::{coursecal, reference_course, wait_for};

/// Two seconds before Hw2's 3-day reminder falls due; the daemon's clock runs from there.
const BEFORE_HW2_3D: &str = "2022-11-19T23:58:58+03:00";

/// A running daemon whose stderr is collected as it comes.
struct Daemon {
    child: Child,
    stderr: Arc<Mutex<String>>,
    reader: std::thread::JoinHandle<()>,
}

impl Daemon {
    fn start(dir: &Path, course: &Path) -> Daemon {
        let mut child = std::process::Command::new(coursecal().get_program())
            .current_dir(dir)
            .args(["daemon", "--verbose", "--now", BEFORE_HW2_3D])
            .arg(course)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(String::new()));
        let lines = std::io::BufReader::new(child.stderr.take().unwrap());
        let sink = Arc::clone(&stderr);
        let reader = std::thread::spawn(move || {
            for line in lines.lines().map_while(Result::ok) {
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        Daemon {
            child,
            stderr,
            reader,
        }
    }

    fn said(&self, what: &str) -> bool {
        self.stderr.lock().unwrap().contains(what)
    }

    /// Where the resident loop keeps each course's state.
    fn state_dir(&self) -> PathBuf {
        std::env::temp_dir().join(format!("coursecal-daemon-{}", self.child.id()))
    }

    /// Sends `signal`, waits: the exit code and all of stderr.
    fn stop(mut self, signal: &str) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = self.child.wait().unwrap();
        self.reader.join().unwrap();
        let err = self.stderr.lock().unwrap().clone();
        (status.code(), err)
    }
}

fn sent(out: &Path) -> usize {
    std::fs::read_dir(out).map_or(0, |d| d.count())
}

#[test]
fn the_resident_loop_keeps_its_pid_and_a_pass_runs_as_a_child_remind() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[reminders]\ncron = \"* * * * * *\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n",
    );
    let d = Daemon::start(dir.path(), &course);
    let out = dir.path().join("out");
    wait_for("the daemon sent nothing", &|| sent(&out) > 0);
    // The same process, now the loop: a service manager's PID still names the daemon.
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", d.child.id())).unwrap();
    assert!(
        String::from_utf8_lossy(&cmdline).contains("--serve-state"),
        "{cmdline:?}"
    );
    let state = d.state_dir();
    assert!(state.join("0.schedule").is_file());
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (code, err) = d.stop("-TERM");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("sent: [CEng 501] Hw2 due in 3 days"), "{err}");
    assert!(err.contains("stopping"), "{err}");
    assert_eq!(sent(&out), 1, "sent once, though several passes ran");
    // The course file names no zone: said once at start, and by the pass that mailed.
    assert_eq!(
        err.matches("c.toml: warning: no time zone given").count(),
        2,
        "{err}"
    );
    assert!(
        !state.exists(),
        "the state folder is removed when the daemon stops"
    );
}

#[test]
fn a_pass_whose_course_file_no_longer_loads_sends_from_the_last_good_version() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[reminders]\ncron = \"* * * * * *\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n",
    );
    let d = Daemon::start(dir.path(), &course);
    wait_for("the daemon did not start", &|| d.said("stop with SIGTERM"));
    // An edit in progress: the course file is no longer TOML.
    std::fs::write(&course, "syllabus = \"s.txt\"\n[mail\n").unwrap();
    let out = dir.path().join("out");
    wait_for("the daemon sent nothing", &|| sent(&out) > 0);
    let (code, err) = d.stop("-TERM");
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("reload failed, using the last good version"),
        "{err}"
    );
    assert!(err.contains("c.toml:2"), "the error says where: {err}");
    assert!(err.contains("sent: [CEng 501] Hw2 due in 3 days"), "{err}");
    assert_eq!(sent(&out), 1);
}

#[test]
fn a_failing_pass_is_logged_and_the_loop_goes_on_until_sigint() {
    // Nothing listens on port 9 of 127.0.0.1: every pass fails to connect.
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[reminders]\ncron = \"* * * * * *\"\n[mail]\nto = [\"list@example.edu\"]\ntransport = \"smtp://127.0.0.1:9\"\nallow-plaintext = true\ntimeout = 2\n",
    );
    let d = Daemon::start(dir.path(), &course);
    let failures = || d.stderr.lock().unwrap().matches("the pass failed").count();
    wait_for("no pass failed", &|| failures() >= 2);
    let state = d.state_dir();
    let (code, err) = d.stop("-INT");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("stopping"), "{err}");
    assert!(!state.exists());
}

#[test]
fn a_pass_still_sends_when_the_state_folder_was_removed_under_the_daemon() {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\n[reminders]\ncron = \"* * * * * *\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n",
    );
    let d = Daemon::start(dir.path(), &course);
    // The loop has read its schedules once it says when it acts.
    wait_for("the loop did not start", &|| d.said("next pass at"));
    // As a cleaner of the temporary folder would.
    std::fs::remove_dir_all(d.state_dir()).unwrap();
    let out = dir.path().join("out");
    wait_for("the daemon sent nothing", &|| sent(&out) > 0);
    let (code, err) = d.stop("-TERM");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("writing the daemon's state"), "{err}");
    assert!(err.contains("sent: [CEng 501] Hw2 due in 3 days"), "{err}");
    assert_eq!(sent(&out), 1);
}
