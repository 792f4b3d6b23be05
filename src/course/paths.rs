//! Where a course's files are. Paths in a course file are relative to the course file's
//! folder, not to wherever coursecal runs, so a cron job and a terminal find the same files.
//! Pure: nothing here touches the file system.

use std::path::{Path, PathBuf};

use crate::course::file::CourseFile;
use crate::course::settings::{MailSettings, Secret, TransportSettings};

/// The folder a course's relative paths are read against: the course file's, or the
/// syllabus's when the course was given as a bare syllabus.
pub fn course_dir(course_file: Option<&Path>, syllabus: &Path) -> PathBuf {
    course_file
        .unwrap_or(syllabus)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The ledger file name used when the course file sets no `ledger`: `<id>.sent.sqlite` (a
/// SQLite database; the JSON ledger of the first releases, `<id>.sent.json`, is imported into it once).
pub fn default_ledger_name(course_id: &str) -> PathBuf {
    PathBuf::from(format!("{course_id}.sent.sqlite"))
}

/// The ledger of a course: `[reminders] ledger`, else `<id>.sent.sqlite`, in the course folder.
pub fn ledger_path(file: &CourseFile, course_id: &str, dir: &Path) -> PathBuf {
    dir.join(
        file.ledger
            .clone()
            .unwrap_or_else(|| default_ledger_name(course_id)),
    )
}

/// Mail settings with the roster, outbox, CA file and password file resolved against the
/// course folder; absolute paths are kept as they are.
pub fn resolve_mail_paths(mail: &MailSettings, dir: &Path) -> MailSettings {
    let mut mail = mail.clone();
    if let Some(r) = &mut mail.roster {
        *r = dir.join(&*r);
    }
    match &mut mail.transport {
        TransportSettings::Outbox(p) => *p = dir.join(&*p),
        TransportSettings::Smtp {
            ca_file, password, ..
        } => {
            if let Some(ca) = ca_file {
                *ca = dir.join(&*ca);
            }
            if let Some(Secret::File(f)) = password {
                *f = dir.join(&*f);
            }
        }
    }
    mail
}

/// Every path a course file names, resolved against the course folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoursePaths {
    /// Mail settings with roster, outbox, CA file and password file resolved.
    pub mail: MailSettings,
    /// The ledger file.
    pub ledger: PathBuf,
}

/// Resolves every path of a course file (roster, outbox, CA file, password file, ledger)
/// against the course folder `dir` (see [`course_dir`]).
pub fn resolve_paths(file: &CourseFile, course_id: &str, dir: &Path) -> CoursePaths {
    CoursePaths {
        mail: resolve_mail_paths(&file.mail, dir),
        ledger: ledger_path(file, course_id, dir),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> CourseFile {
        crate::course::file::parse(Path::new("courses/c.toml"), text).unwrap()
    }

    #[test]
    fn the_course_folder_is_the_course_files_folder() {
        let dir = course_dir(
            Some(Path::new("courses/ceng501.toml")),
            Path::new("syllabi/ceng501.txt"),
        );
        assert_eq!(dir, Path::new("courses"));
    }

    #[test]
    fn a_bare_syllabus_makes_its_own_folder_the_course_folder() {
        assert_eq!(
            course_dir(None, Path::new("syllabi/ceng501.txt")),
            Path::new("syllabi")
        );
        assert_eq!(course_dir(None, Path::new("ceng501.txt")), Path::new(""));
    }

    #[test]
    fn the_default_ledger_is_the_course_id_dot_sent_sqlite_beside_the_course_file() {
        let file = parse("");
        assert_eq!(
            ledger_path(&file, "ceng501", Path::new("courses")),
            Path::new("courses/ceng501.sent.sqlite")
        );
    }

    #[test]
    fn a_ledger_set_in_the_course_file_is_read_against_the_course_folder() {
        let file = parse("[reminders]\nledger = \"state/sent.json\"\n");
        assert_eq!(
            ledger_path(&file, "ceng501", Path::new("courses")),
            Path::new("courses/state/sent.json")
        );
        let file = parse("[reminders]\nledger = \"/var/lib/coursecal/sent.json\"\n");
        assert_eq!(
            ledger_path(&file, "ceng501", Path::new("courses")),
            Path::new("/var/lib/coursecal/sent.json")
        );
    }

    #[test]
    fn roster_outbox_and_ledger_are_resolved_against_the_course_folder() {
        let file = parse("[mail]\nroster = \"roster.csv\"\noutbox = \"out\"\n");
        let p = resolve_paths(&file, "ceng501", Path::new("courses"));
        assert_eq!(
            p.mail.roster.as_deref(),
            Some(Path::new("courses/roster.csv"))
        );
        assert_eq!(
            p.mail.transport,
            TransportSettings::Outbox(PathBuf::from("courses/out"))
        );
        assert_eq!(p.ledger, Path::new("courses/ceng501.sent.sqlite"));
    }

    #[test]
    fn the_ca_file_and_password_file_are_resolved_and_absolute_paths_kept() {
        let file = parse(
            "[mail]\ntransport = \"smtps://mail.example.edu\"\nuser = \"u\"\n\
             password-file = \"secret/pw\"\nca-file = \"/etc/ssl/ca.pem\"\n",
        );
        let p = resolve_paths(&file, "ceng501", Path::new("courses"));
        let TransportSettings::Smtp {
            ca_file, password, ..
        } = p.mail.transport
        else {
            panic!("expected SMTP: {:?}", p.mail.transport);
        };
        assert_eq!(ca_file.as_deref(), Some(Path::new("/etc/ssl/ca.pem")));
        assert_eq!(
            password,
            Some(Secret::File(PathBuf::from("courses/secret/pw")))
        );
    }

    #[test]
    fn a_password_from_the_environment_is_left_alone() {
        let file = parse(
            "[mail]\ntransport = \"smtps://mail.example.edu\"\nuser = \"u\"\npassword-env = \"PW\"\n",
        );
        let p = resolve_paths(&file, "ceng501", Path::new("courses"));
        assert!(matches!(
            p.mail.transport,
            TransportSettings::Smtp {
                password: Some(Secret::Env(ref v)),
                ca_file: None,
                ..
            } if v == "PW"
        ));
    }
}
