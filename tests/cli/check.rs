//! `coursecal check` against the real aiosmtpd server with STARTTLS and AUTH: it reads every
//! input, logs in without sending, says what goes out next, and exits 0 only when a pass
//! would work (1 for a refused login or an unreachable server, 2 for unusable input).

use std::path::Path;

use crate::common::smtp::{PASSWORD, Server};
use crate::common::smtp_course::SmtpCourse;
use crate::common::{coursecal_in, transcript};

/// The reference syllabus and a roster of three (the course file waits for the port).
fn course() -> SmtpCourse {
    let c = SmtpCourse::new();
    let roster: Vec<String> = ["a", "b", "c"]
        .iter()
        .map(|n| format!("{n}@example.edu"))
        .collect();
    c.roster("Student", &roster);
    c
}

/// The course file, sending through `port`.
fn write(c: &SmtpCourse, port: u16) {
    c.write(port, "term = \"Fall 2022\"\n", "roster = \"roster.csv\"\n");
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
    let c = course();
    let server = Server::start(c.path(), &c.certs, &[]);
    write(&c, server.port);
    let (code, text) = check(c.path(), server.port, PASSWORD);
    assert_eq!(code, Some(0), "{text}");
    assert!(server.messages().is_empty(), "check sent nothing");
    insta::assert_snapshot!("check_ready", text);
}

#[test]
fn check_with_a_wrong_password_says_the_login_was_refused_and_exits_1() {
    let c = course();
    let server = Server::start(c.path(), &c.certs, &[]);
    write(&c, server.port);
    let (code, text) = check(c.path(), server.port, "not-the-password");
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
    let c = course();
    // A port nothing listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    write(&c, port);
    let (code, text) = check(c.path(), port, PASSWORD);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("cannot reach the server"), "{text}");
    let out = coursecal_in(c.path())
        .args(["check", "c.toml", "--now", "2022-11-19 09:00"])
        .env_remove("TEST_SMTP_PASSWORD")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(transcript(&out).contains("TEST_SMTP_PASSWORD, which is not set"));
}

#[test]
fn check_with_roster_rows_that_give_no_address_is_not_ready_and_exits_1_as_a_pass_would() {
    let c = SmtpCourse::new();
    let roster: Vec<String> = ["a@example.edu", "b(at)example.edu", ""]
        .iter()
        .map(|s| s.to_string())
        .collect();
    c.roster("Student", &roster);
    let server = Server::start(c.path(), &c.certs, &[]);
    write(&c, server.port);
    let (code, text) = check(c.path(), server.port, PASSWORD);
    assert_eq!(code, Some(1), "{text}");
    assert!(server.messages().is_empty(), "check sent nothing");
    assert!(
        text.contains("not ready: 2 roster row(s) give no usable address"),
        "{text}"
    );
    assert!(!text.contains("ready: a pass would work"), "{text}");
}
