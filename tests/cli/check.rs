//! `coursecal check` against the real aiosmtpd server with STARTTLS and AUTH: it reads every
//! input, logs in without sending, says what goes out next, and exits 0 only when a pass
//! would work (1 for a refused login or an unreachable server, 2 for unusable input).

use std::path::Path;

use crate::common::smtp::{PASSWORD, Server, USER, make_certs};
use crate::common::{coursecal_in, root, transcript};

/// The reference syllabus, a roster of three and a course file sending through `port`.
fn course(dir: &Path, port: u16, ca: &Path) {
    std::fs::copy(
        root().join("schedule/ceng501-fall2022.txt"),
        dir.join("s.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.join("roster.csv"),
        "\"First name\",\"Email address\"\nA,a@example.edu\nB,b@example.edu\nC,c@example.edu\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.toml"),
        format!(
            "syllabus = \"s.txt\"\nid = \"ceng501\"\nterm = \"Fall 2022\"\n[mail]\nfrom = \"CEng 501 <bot@example.edu>\"\n\
             roster = \"roster.csv\"\ntransport = \"smtp://127.0.0.1:{port}\"\nuser = \"{USER}\"\n\
             password-env = \"TEST_SMTP_PASSWORD\"\nca-file = \"{}\"\ntimeout = 10\n",
            ca.display()
        ),
    )
    .unwrap();
}

fn check(dir: &Path, port: u16, password: &str) -> (Option<i32>, String) {
    let out = coursecal_in(dir)
        .args(["check", "c.toml", "--now", "2022-11-19 09:00"])
        .env("TEST_SMTP_PASSWORD", password)
        .output()
        .unwrap();
    let text = transcript(&out).replace(&format!("127.0.0.1:{port}"), "127.0.0.1:[PORT]");
    (out.status.code(), text)
}

#[test]
fn check_logs_in_without_sending_and_names_the_next_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let certs = make_certs(dir.path());
    let server = Server::start(dir.path(), &certs, &[]);
    course(dir.path(), server.port, &certs.ca);
    let (code, text) = check(dir.path(), server.port, PASSWORD);
    assert_eq!(code, Some(0), "{text}");
    assert!(server.messages().is_empty(), "check sent nothing");
    insta::assert_snapshot!("check_ready", text);
}

#[test]
fn check_with_a_wrong_password_says_the_login_was_refused_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let certs = make_certs(dir.path());
    let server = Server::start(dir.path(), &certs, &[]);
    course(dir.path(), server.port, &certs.ca);
    let (code, text) = check(dir.path(), server.port, "not-the-password");
    assert_eq!(code, Some(1), "{text}");
    assert!(server.messages().is_empty());
    assert!(
        !text.contains("not-the-password"),
        "the password is never printed"
    );
    insta::assert_snapshot!("check_wrong_password", text);
}

#[test]
fn check_with_the_server_down_exits_1_and_with_no_password_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let certs = make_certs(dir.path());
    // A port nothing listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    course(dir.path(), port, &certs.ca);
    let (code, text) = check(dir.path(), port, PASSWORD);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("cannot reach the server"), "{text}");
    let out = coursecal_in(dir.path())
        .args(["check", "c.toml", "--now", "2022-11-19 09:00"])
        .env_remove("TEST_SMTP_PASSWORD")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(transcript(&out).contains("TEST_SMTP_PASSWORD, which is not set"));
}
