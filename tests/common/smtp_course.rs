//! The fixture of the SMTP tests: a folder with the reference syllabus, the test server's
//! certificates, a roster, and a course file sending to the server over STARTTLS with AUTH.

use std::path::{Path, PathBuf};

use super::smtp::{Certs, PASSWORD, USER, make_certs};
use super::{coursecal, ledger_json, root};

/// A course folder: `s.txt` (the reference syllabus), the certificates, and what `roster` and
/// `write` put there.
pub(crate) struct SmtpCourse {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) certs: Certs,
}

impl SmtpCourse {
    pub(crate) fn new() -> SmtpCourse {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            root().join("schedule/ceng501-fall2022.txt"),
            dir.path().join("s.txt"),
        )
        .unwrap();
        let certs = make_certs(dir.path());
        SmtpCourse { dir, certs }
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `roster.csv`: one row per address, each with `first_name` and "No <row>".
    pub(crate) fn roster(&self, first_name: &str, addrs: &[String]) {
        let mut csv = String::from("\"First name\",\"Last name\",\"Email address\"\n");
        for (i, a) in addrs.iter().enumerate() {
            csv.push_str(&format!("\"{first_name}\",\"No {i}\",\"{a}\"\n"));
        }
        std::fs::write(self.path().join("roster.csv"), csv).unwrap();
    }

    /// Writes `c.toml` (id `ceng501`): `top` before the `[mail]` table (after a blank line),
    /// then the lines that send to `port` (STARTTLS, AUTH with the password in
    /// `TEST_SMTP_PASSWORD`, the test CA, a 10 s timeout), then `mail`.
    pub(crate) fn write(&self, port: u16, top: &str, mail: &str) -> PathBuf {
        let toml = format!(
            "syllabus = \"s.txt\"\nid = \"ceng501\"\n{top}\n[mail]\nfrom = \"CEng 501 <bot@example.edu>\"\ntransport = \"smtp://127.0.0.1:{port}\"\nuser = \"{USER}\"\npassword-env = \"TEST_SMTP_PASSWORD\"\nca-file = \"{}\"\ntimeout = 10\n{mail}",
            self.certs.ca.display()
        );
        let p = self.path().join("c.toml");
        std::fs::write(&p, toml).unwrap();
        p
    }

    /// A pass: `coursecal remind --now <now> <course>` with the password in the environment,
    /// reading the published feeds from the folder's `public` (where a test's build writes).
    pub(crate) fn pass(&self, course: &Path, now: &str) -> std::process::Output {
        coursecal()
            .args(["remind", "--now", now, "--feed-dir"])
            .arg(self.path().join("public"))
            .arg(course)
            .env("TEST_SMTP_PASSWORD", PASSWORD)
            .output()
            .unwrap()
    }

    /// The ledger database, as JSON in the shape of `coursecal::remind::ledger::Ledger`.
    pub(crate) fn ledger(&self) -> serde_json::Value {
        ledger_json(&self.path().join("ceng501.sent.sqlite"))
    }
}
