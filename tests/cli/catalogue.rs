//! The bad-input catalogue: every input coursecal refuses, in one table.
//!
//! Each case starts from a course folder whose good output already exists (`build` wrote
//! `public/`, a `remind` pass wrote the ledger and the outbox, both at [`NOW`]), spoils one
//! input, and runs the real binary with `--now` pinned. It checks the exit code, pins what
//! the user sees (exit code, stdout and stderr, temporary folders as `[TMP]`) as the snapshot
//! `cli__cli__catalogue__<case>`, and checks that every file in the folder is byte-identical afterwards:
//! the previous good output (feeds, page, ledger, sent messages) and the spoiled input itself,
//! with no file added or removed.
//!
//! Exit codes: 2 for input that cannot be used (syllabus, course file, roster, arguments,
//! password source, published feed); 1 for a ledger that cannot be trusted (a run-time state,
//! not an input the user wrote) and for roster rows that give no address (the others still
//! get their reminders). Each case's folder is a copy of the good one, so the last good
//! version the good pass kept in the ledger (under the good folder's own path) is not this
//! course's: `remind` refuses as for a course that never loaded. Sending from the last good
//! version is tested in `remind.rs` and `daemon.rs`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{coursecal_in, ledger_json, root, transcript, with_temp_dirs_redacted};

/// The pinned time of the good output and of every run: Hw2's 3-day reminder is due.
const NOW: &str = "2022-11-20T00:00:00+03:00";

/// The course file's `[mail]` table of the good output: one list address, the outbox.
const MAIL: &str = "to = [\"list@example.edu\"]\noutbox = \"out\"\n";

/// SMTP instead of the outbox (to a port nobody listens on), the password from a file.
const SMTP_PASSWORD_FILE: &str = "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\npassword-file = \"pw\"\n";

/// The commands a case runs.
#[derive(Debug, Clone, Copy)]
enum Cmd {
    /// `build --out public`: writes the feeds and pages.
    Build,
    /// `remind --feed-dir public`: sends and records.
    Remind,
    /// `plan`: reads the ledger.
    Plan,
}

/// Build and remind: what cron runs.
const BOTH: &[Cmd] = &[Cmd::Build, Cmd::Remind];

/// One refused input.
struct Case {
    /// The snapshot's name: what is wrong.
    name: &'static str,
    /// Spoils one input of a folder holding the good output.
    spoil: Box<dyn Fn(&Path)>,
    /// The commands run, each expected to exit with `exit`.
    cmds: &'static [Cmd],
    /// Arguments after the command's own (`--now NOW` is added unless given here).
    args: &'static [&'static str],
    /// The expected exit code.
    exit: i32,
    /// A phrase stderr must hold for every command.
    says: &'static str,
}

fn case(
    name: &'static str,
    cmds: &'static [Cmd],
    exit: i32,
    says: &'static str,
    spoil: impl Fn(&Path) + 'static,
) -> Case {
    Case {
        name,
        spoil: Box::new(spoil),
        cmds,
        args: &[],
        exit,
        says,
    }
}

impl Case {
    fn with_args(mut self, args: &'static [&'static str]) -> Case {
        self.args = args;
        self
    }
}

/// The course file: `top` lines after the course's own keys, `mail` as its `[mail]` table,
/// `tail` after it (more tables).
fn course_file(dir: &Path, top: &str, mail: &str, tail: &str) {
    let text = format!(
        "syllabus = \"s.txt\"\nid = \"ceng501\"\ncode = \"CEng 501\"\nurl = \"https://example.edu/ceng501\"\n{top}\n[feed]\nurl = \"https://example.edu/cal\"\n\n[mail]\n{mail}\n{tail}"
    );
    std::fs::write(dir.join("c.toml"), text).unwrap();
}

/// A course file with `top` lines added.
fn top(text: &'static str) -> impl Fn(&Path) {
    move |d| course_file(d, text, MAIL, "")
}

/// The good course file with `from` replaced by `to`.
fn edit(from: &'static str, to: &'static str) -> impl Fn(&Path) {
    move |d| {
        course_file(d, "", MAIL, "");
        let p = d.join("c.toml");
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{from:?} is in the course file");
        std::fs::write(p, text.replacen(from, to, 1)).unwrap();
    }
}

/// A course file with `text` as its `[mail]` table.
fn mail(text: &'static str) -> impl Fn(&Path) {
    move |d| course_file(d, "", text, "")
}

/// A course file with more tables after `[mail]`.
fn tail(text: &'static str) -> impl Fn(&Path) {
    move |d| course_file(d, "", MAIL, text)
}

/// Writes `bytes` to `name` in the folder.
fn put(name: &'static str, bytes: impl AsRef<[u8]> + 'static) -> impl Fn(&Path) {
    move |d| std::fs::write(d.join(name), bytes.as_ref()).unwrap()
}

/// A roster `r.csv` holding `csv`, named in the course file.
fn roster(csv: &'static str) -> impl Fn(&Path) {
    move |d| {
        course_file(d, "", &format!("{MAIL}roster = \"r.csv\"\n"), "");
        std::fs::write(d.join("r.csv"), csv).unwrap();
    }
}

/// The course file's roster names `path` (no file written).
fn roster_at(path: &'static str) -> impl Fn(&Path) {
    move |d| course_file(d, "", &format!("{MAIL}roster = \"{path}\"\n"), "")
}

/// The password comes from the file `pw` (mode 0600), holding `bytes`.
fn password_file(bytes: impl AsRef<[u8]> + 'static) -> impl Fn(&Path) {
    move |d| {
        use std::os::unix::fs::PermissionsExt as _;
        course_file(d, "", SMTP_PASSWORD_FILE, "");
        let pw = d.join("pw");
        std::fs::write(&pw, bytes.as_ref()).unwrap();
        std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// The ledger database replaced by `bytes` (`ceng501.sent.sqlite`).
fn ledger(bytes: &'static [u8]) -> impl Fn(&Path) {
    move |d| std::fs::write(d.join("ceng501.sent.sqlite"), bytes).unwrap()
}

/// The published feed `public/ceng501.ics` changed by `f`.
fn feed(f: impl Fn(Vec<u8>) -> Vec<u8> + 'static) -> impl Fn(&Path) {
    move |d| {
        let p = d.join("public/ceng501.ics");
        let good = std::fs::read(&p).unwrap();
        std::fs::write(&p, f(good)).unwrap();
    }
}

/// The syllabus `s.txt` replaced by `text`.
fn syllabus(bytes: impl AsRef<[u8]> + 'static) -> impl Fn(&Path) {
    put("s.txt", bytes)
}

fn utf16(text: &str) -> Vec<u8> {
    [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

#[allow(clippy::too_many_lines)]
fn cases() -> Vec<Case> {
    let reference = std::fs::read_to_string(root().join("schedule/ceng501-fall2022.txt")).unwrap();
    vec![
        // --- The syllabus ---
        case(
            "syllabus_empty",
            BOTH,
            2,
            "the syllabus is empty",
            syllabus("\n \n"),
        ),
        case(
            "syllabus_binary",
            BOTH,
            2,
            "is not text",
            syllabus(b"\x00\x01\x02\xff\xfe"),
        ),
        case(
            "syllabus_utf16",
            BOTH,
            2,
            "is UTF-16 text",
            syllabus(utf16("Fall 2022\nWeek\tDate\tTopic\n1\tOct 4\tIntro\n")),
        ),
        case(
            "syllabus_date_that_does_not_exist",
            BOTH,
            2,
            "\"Feb 30\" is not a date",
            syllabus("Spring 2023\n\n1\tFeb 23\tIntro\n2\tFeb 30\tMore\n"),
        ),
        case(
            "syllabus_without_dated_rows",
            BOTH,
            2,
            "found no dated schedule",
            syllabus("Fall 2022\n\nWeek\tTopic\n1\tIntro\n2\tBasics\n"),
        ),
        case(
            "syllabus_over_2_mib",
            BOTH,
            2,
            "the syllabus is larger than 2 MiB",
            syllabus(reference.repeat(2 * 1024 * 1024 / reference.len() + 1)),
        ),
        case(
            "syllabus_endless",
            BOTH,
            2,
            "the syllabus is larger than 2 MiB",
            edit("\"s.txt\"", "\"/dev/zero\""),
        ),
        case("syllabus_missing", BOTH, 2, "cannot read", |d: &Path| {
            std::fs::remove_file(d.join("s.txt")).unwrap()
        }),
        // --- The course file ---
        case(
            "course_file_unknown_key",
            BOTH,
            2,
            "unknown field `timezon`",
            top("timezon = \"Europe/Istanbul\""),
        ),
        case(
            "course_file_not_utf8",
            BOTH,
            2,
            "the course file is not UTF-8 text",
            put("c.toml", b"syllabus = \"s.txt\"\nname = \"\xff\"\n"),
        ),
        case(
            "course_file_over_1_mib",
            BOTH,
            2,
            "the course file is larger than 1 MiB",
            put(
                "c.toml",
                format!("syllabus = \"s.txt\"\n{}", "# padding\n".repeat(110_000)),
            ),
        ),
        case(
            "course_url_with_a_line_break",
            BOTH,
            2,
            "`url` contains the control character U+000D",
            edit(
                "https://example.edu/ceng501",
                "https://x.edu/\\r\\nUID:forged@evil",
            ),
        ),
        case(
            "course_name_with_an_escape_character",
            BOTH,
            2,
            "`name` contains the control character U+001B",
            top("name = \"Networks \\u001b[2J\""),
        ),
        case(
            "course_url_not_http",
            BOTH,
            2,
            "is not a web address",
            edit("https://example.edu/ceng501", "javascript:alert(1)"),
        ),
        case(
            "feed_url_not_http",
            BOTH,
            2,
            "[feed] url \"javascript:alert(1)\" is not a web address",
            edit("https://example.edu/cal", "javascript:alert(1)"),
        ),
        case(
            "course_file_unknown_time_zone",
            BOTH,
            2,
            "unknown time zone",
            top("timezone = \"Europe/Istambul\""),
        ),
        case(
            "course_file_term_year_out_of_range",
            BOTH,
            2,
            "\"Fall 9999\" is not a term",
            top("term = \"Fall 9999\""),
        ),
        case(
            "cron_with_four_fields",
            BOTH,
            2,
            "cron \"0 9 * *\" is not valid",
            tail("[reminders]\ncron = \"0 9 * *\"\n"),
        ),
        case(
            "cron_that_never_fires",
            BOTH,
            2,
            "it never fires",
            tail("[reminders]\ncron = \"0 9 31 2 *\"\n"),
        ),
        case(
            "cron_with_a_year_as_sixth_field",
            BOTH,
            2,
            "6 fields",
            tail("[reminders]\ncron = \"0 9 * * 1 2023\"\n"),
        ),
        case(
            "cron_restricting_both_day_fields",
            BOTH,
            2,
            "keep one of them",
            tail("[reminders]\ncron = \"0 9 1 * 1\"\n"),
        ),
        case(
            "added_event_ending_before_its_start",
            BOTH,
            2,
            "is not after the start",
            tail(
                "[[add]]\nkind = \"exam\"\ntitle = \"Quiz\"\nstart = \"2022-11-10 14:00\"\nend = \"2022-11-10 13:00\"\n",
            ),
        ),
        case(
            "moved_event_ending_before_its_start",
            BOTH,
            2,
            "is not after the start",
            tail(
                "[[move]]\nevent = \"exam-midterm\"\nto = \"2022-11-24 17:00\"\nend = \"2022-11-23\"\n",
            ),
        ),
        case(
            "cancel_naming_no_event",
            BOTH,
            2,
            "[[cancel]] names \"lecture-99\"",
            tail("[[cancel]]\nevent = \"lecture-99\"\n"),
        ),
        case(
            "added_event_reusing_a_key",
            BOTH,
            2,
            "would make a second event with key \"deadline-hw2\"",
            tail("[[add]]\nkind = \"deadline\"\ntitle = \"Hw2\"\nstart = \"2022-11-30 23:59\"\n"),
        ),
        case(
            "added_event_key_not_lower_case",
            BOTH,
            2,
            "must be lower-case letters",
            tail(
                "[[add]]\nkind = \"other\"\nkey = \"Guest talk\"\ntitle = \"Guest\"\nstart = \"2022-11-30 13:40\"\n",
            ),
        ),
        case(
            "mail_to_not_an_address",
            BOTH,
            2,
            "\"not an address\" is not an email address",
            mail("to = [\"not an address\"]\noutbox = \"out\"\n"),
        ),
        case(
            "mail_timeout_zero",
            BOTH,
            2,
            "timeout = 0 would give up",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\ntimeout = 0\n",
            ),
        ),
        case(
            "mail_password_in_the_course_file",
            BOTH,
            2,
            "never put the SMTP password in the course file",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\npassword = \"hunter2\"\n",
            ),
        ),
        case(
            "mail_two_password_sources",
            BOTH,
            2,
            "not both",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\npassword-env = \"PW\"\npassword-file = \"pw\"\n",
            ),
        ),
        case(
            "mail_user_without_a_password_source",
            BOTH,
            2,
            "no password source",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\n",
            ),
        ),
        // --- The password source (read by remind only) ---
        case(
            "password_variable_not_set",
            &[Cmd::Remind],
            2,
            "which is not set",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\npassword-env = \"COURSECAL_CATALOGUE_UNSET\"\n",
            ),
        ),
        case(
            "password_file_missing",
            &[Cmd::Remind],
            2,
            "cannot read the password file",
            mail(SMTP_PASSWORD_FILE),
        ),
        case(
            "password_file_endless",
            &[Cmd::Remind],
            2,
            "the password file is larger than 64 KiB",
            mail(
                "to = [\"list@example.edu\"]\nfrom = \"bot@example.edu\"\ntransport = \"smtp://127.0.0.1:1\"\nuser = \"bot\"\npassword-file = \"/dev/zero\"\n",
            ),
        ),
        case(
            "password_file_over_64_kib",
            &[Cmd::Remind],
            2,
            "the password file is larger than 64 KiB",
            password_file("x".repeat(65 * 1024)),
        ),
        case(
            "password_file_not_utf8",
            &[Cmd::Remind],
            2,
            "the password file is not UTF-8 text",
            password_file(b"\xff\xfe\n"),
        ),
        // --- The roster (read by remind only) ---
        case(
            "roster_missing",
            &[Cmd::Remind],
            2,
            "cannot read",
            roster_at("no-such.csv"),
        ),
        case(
            "roster_empty",
            &[Cmd::Remind],
            2,
            "the roster is empty",
            roster("\n"),
        ),
        case(
            "roster_without_an_email_column",
            &[Cmd::Remind],
            2,
            "no email column in the header (Name, Phone)",
            roster("Name,Phone\nAyşe,123\n"),
        ),
        case(
            "roster_over_8_mib",
            &[Cmd::Remind],
            2,
            "the roster is larger than 8 MiB",
            |d: &Path| {
                course_file(d, "", &format!("{MAIL}roster = \"r.csv\"\n"), "");
                let big = format!(
                    "Name,Email\n{},big@example.edu\n",
                    "x".repeat(8 * 1024 * 1024)
                );
                std::fs::write(d.join("r.csv"), big).unwrap();
            },
        ),
        case(
            "roster_endless",
            &[Cmd::Remind],
            2,
            "the roster is larger than 8 MiB",
            roster_at("/dev/zero"),
        ),
        // Not refused as a whole: the other rows get their reminders; the exit status says so.
        case(
            "roster_rows_without_a_usable_address",
            &[Cmd::Remind],
            1,
            "2 roster row(s) gave no usable address",
            roster("Name,Email\nB,\nC,not-an-address\n"),
        ),
        // --- The ledger (exit 1: nothing is sent; plan refuses it too) ---
        case(
            "ledger_of_garbage_bytes",
            &[Cmd::Remind, Cmd::Plan],
            1,
            "move it aside",
            ledger(b"\x89\x00garbage\xff\xfe"),
        ),
        case(
            "ledger_empty_file",
            &[Cmd::Remind, Cmd::Plan],
            1,
            "move it aside",
            ledger(b""),
        ),
        case(
            "ledger_of_another_schema",
            &[Cmd::Remind, Cmd::Plan],
            1,
            "move it aside",
            |d: &Path| {
                let p = d.join("ceng501.sent.sqlite");
                std::fs::remove_file(&p).unwrap();
                rusqlite::Connection::open(&p)
                    .unwrap()
                    .execute_batch("CREATE TABLE sent (who TEXT); INSERT INTO sent VALUES ('x');")
                    .unwrap();
            },
        ),
        case(
            "ledger_of_a_later_schema_version",
            &[Cmd::Remind, Cmd::Plan],
            1,
            "move it aside",
            |d: &Path| {
                rusqlite::Connection::open(d.join("ceng501.sent.sqlite"))
                    .unwrap()
                    .pragma_update(None, "user_version", 99)
                    .unwrap();
            },
        ),
        case(
            "ledger_json_of_the_wrong_shape",
            &[Cmd::Remind, Cmd::Plan],
            1,
            "move it aside",
            |d: &Path| {
                std::fs::remove_file(d.join("ceng501.sent.sqlite")).unwrap();
                std::fs::write(d.join("ceng501.sent.json"), "[1]").unwrap();
            },
        ),
        // --- The published feed (build refuses it; remind warns: see the test below) ---
        case(
            "feed_empty",
            &[Cmd::Build],
            2,
            "the file is empty",
            feed(|_| Vec::new()),
        ),
        case(
            "feed_cut_short",
            &[Cmd::Build],
            2,
            "does not end with END:VCALENDAR",
            feed(|g| g[..g.len() / 2].to_vec()),
        ),
        case(
            "feed_a_web_page",
            &[Cmd::Build],
            2,
            "does not begin with BEGIN:VCALENDAR",
            feed(|_| b"<html><body>502 Bad Gateway</body></html>\n".to_vec()),
        ),
        case(
            "feed_binary",
            &[Cmd::Build],
            2,
            "not UTF-8 text",
            feed(|_| vec![0xff, 0xfe, 0x00, 0x42]),
        ),
        case(
            "feed_sequence_not_a_number",
            &[Cmd::Build],
            2,
            "SEQUENCE \"zero\" is not a number",
            feed(|g| {
                String::from_utf8(g)
                    .unwrap()
                    .replacen("SEQUENCE:0", "SEQUENCE:zero", 1)
                    .into_bytes()
            }),
        ),
        case(
            "feed_not_written_by_coursecal",
            &[Cmd::Build],
            2,
            "not written by coursecal",
            feed(|g| {
                String::from_utf8(g)
                    .unwrap()
                    .replace("//coursecal//", "//other//")
                    .into_bytes()
            }),
        ),
        // --- The command line ---
        case(
            "now_not_a_time",
            BOTH,
            2,
            "--now: \"yesterday\" is not a time",
            |_: &Path| {},
        )
        .with_args(&["--now", "yesterday"]),
        case(
            "term_year_out_of_range",
            BOTH,
            2,
            "--term: \"Fall 9999\" is not a term",
            |_: &Path| {},
        )
        .with_args(&["--term", "Fall 9999"]),
        case(
            "timezone_unknown",
            BOTH,
            2,
            "--timezone: unknown time zone",
            |_: &Path| {},
        )
        .with_args(&["--timezone", "Europe/Istambul"]),
        case(
            "out_is_a_file",
            &[Cmd::Build],
            2,
            "--out names a file, not a folder",
            put("public.txt", "x"),
        )
        .with_args(&["--out", "public.txt"]),
        case(
            "two_courses_with_one_id",
            BOTH,
            2,
            "two courses have the id \"ceng501\"",
            put("d.toml", "syllabus = \"s.txt\"\nid = \"ceng501\"\n"),
        )
        .with_args(&["d.toml"]),
    ]
}

/// Every file under `dir` (relative path → bytes), SQLite's transient `-wal`/`-shm` aside.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let name = p.to_string_lossy();
                if !name.ends_with("-wal") && !name.ends_with("-shm") {
                    out.insert(
                        p.strip_prefix(base).unwrap().to_path_buf(),
                        std::fs::read(&p).unwrap(),
                    );
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The argument list of `cmd` for `case`.
fn argv(cmd: Cmd, case: &Case) -> Vec<&'static str> {
    let mut v = match cmd {
        Cmd::Build => vec!["build"],
        Cmd::Remind => vec!["remind", "--feed-dir", "public"],
        Cmd::Plan => vec!["plan"],
    };
    if matches!(cmd, Cmd::Build) && !case.args.contains(&"--out") {
        v.extend(["--out", "public"]);
    }
    if !case.args.contains(&"--now") {
        v.extend(["--now", NOW]);
    }
    v.push("c.toml");
    v.extend(case.args);
    v
}

/// A folder with the good output: the reference course built into `public/` and its first
/// reminder sent to the outbox and recorded in the ledger, both at [`NOW`].
fn good_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("schedule/ceng501-fall2022.txt"),
        dir.path().join("s.txt"),
    )
    .unwrap();
    course_file(dir.path(), "", MAIL, "");
    for args in [
        &["build", "--now", NOW, "--out", "public", "c.toml"][..],
        &["remind", "--now", NOW, "--feed-dir", "public", "c.toml"],
    ] {
        let o = coursecal_in(dir.path()).args(args).output().unwrap();
        assert!(o.status.success(), "{}", transcript(&o));
    }
    let out = files(dir.path());
    assert!(out.contains_key(Path::new("public/ceng501.ics")));
    assert!(out.contains_key(Path::new("ceng501.sent.sqlite")));
    assert_eq!(out.keys().filter(|p| p.starts_with("out")).count(), 1);
    dir
}

/// Copies the folder `from` into a fresh temporary folder.
fn copy_of(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, bytes) in files(from) {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, bytes).unwrap();
    }
    dir
}

#[test]
fn every_refused_input_has_its_message_and_exit_code_and_leaves_the_good_output_as_it_was() {
    let good = good_folder();
    let good_ledger = ledger_json(&good.path().join("ceng501.sent.sqlite"));
    let mut seen = std::collections::BTreeSet::new();
    for case in cases() {
        assert!(seen.insert(case.name), "two cases named {}", case.name);
        let dir = copy_of(good.path());
        (case.spoil)(dir.path());
        let before = files(dir.path());
        let mut shown = String::new();
        for &cmd in case.cmds {
            let args = argv(cmd, &case);
            let o = coursecal_in(dir.path())
                .args(&args)
                .env_remove("COURSECAL_CATALOGUE_UNSET")
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert_eq!(
                o.status.code(),
                Some(case.exit),
                "{}: coursecal {}\n{}",
                case.name,
                args.join(" "),
                transcript(&o)
            );
            assert!(
                stderr.contains(case.says) && !stderr.contains("panicked"),
                "{}: expected {:?} from coursecal {}\n{}",
                case.name,
                case.says,
                args.join(" "),
                transcript(&o)
            );
            shown.push_str(&format!(
                "$ coursecal {}\n{}",
                args.join(" "),
                transcript(&o)
            ));
        }
        let after = files(dir.path());
        assert_eq!(
            before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>(),
            "{}: files were added or removed",
            case.name
        );
        for (path, bytes) in &before {
            // A pass whose course loaded keeps that version in the ledger (the fallback for a
            // later broken edit); what the ledger says was sent must not change.
            let same_record = || {
                path.extension().is_some_and(|x| x == "sqlite")
                    && ledger_json(&dir.path().join(path)) == good_ledger
            };
            assert!(
                after[path] == *bytes || same_record(),
                "{}: {} changed",
                case.name,
                path.display()
            );
        }
        shown_redacted(|| insta::assert_snapshot!(case.name, shown));
    }
}

/// Temporary folders shown as `[TMP]`, and the reference syllabus's own warnings left out
/// (they are pinned in `tests/cli/snapshots.rs`; a parser change is no change here).
fn shown_redacted(f: impl FnOnce()) {
    with_temp_dirs_redacted(|| {
        let mut settings = insta::Settings::clone_current();
        settings.add_filter(r"(?m)^s\.txt:\d+: warning: .*\n", "");
        settings.bind(f);
    });
}

/// Runs `remind` in `dir` at [`NOW`] and returns its output.
fn remind_in(dir: &Path) -> std::process::Output {
    coursecal_in(dir)
        .args(["remind", "--feed-dir", "public", "--now", NOW, "c.toml"])
        .output()
        .unwrap()
}

/// Not refused, warned about: a password file other users can read or change (mode 0644,
/// 0640, 0660, 0604) is used, with a warning naming it and the `chmod 600` that makes it
/// private; at 0600 nothing is said.
#[test]
fn a_password_file_open_to_other_users_is_warned_about_with_chmod_600() {
    use std::os::unix::fs::PermissionsExt as _;
    let good = good_folder();
    let dir = copy_of(good.path());
    password_file("secret\n")(dir.path());
    let pw = dir.path().join("pw");
    for mode in [0o644, 0o640, 0o660, 0o604, 0o600] {
        std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(mode)).unwrap();
        // Nothing is due that was not sent already: the pass never connects.
        let o = remind_in(dir.path());
        assert_eq!(o.status.code(), Some(0), "{mode:o}: {}", transcript(&o));
        let stderr = String::from_utf8_lossy(&o.stderr);
        let warned = stderr.contains(&format!(
            "pw: warning: the password file is open to other users (mode {mode:04o}); make it yours alone: chmod 600 pw"
        ));
        assert_eq!(warned, mode != 0o600, "{mode:o}: {stderr}");
        assert!(!stderr.contains("secret"), "{stderr}");
        if mode == 0o644 {
            shown_redacted(|| {
                insta::assert_snapshot!("password_file_world_readable", transcript(&o));
            });
        }
    }
}

/// Not refused, warned about: `remind` still sends when the published feed is damaged (the
/// reminders matter more than the attachment's SEQUENCE), but says so; `build` refuses it
/// (see the catalogue).
#[test]
fn a_damaged_published_feed_is_warned_about_by_remind_and_left_as_it_was() {
    let good = good_folder();
    let dir = copy_of(good.path());
    let feed_path = dir.path().join("public/ceng501.ics");
    let good_feed = std::fs::read(&feed_path).unwrap();
    let cut = good_feed[..good_feed.len() / 2].to_vec();
    std::fs::write(&feed_path, &cut).unwrap();
    let o = remind_in(dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", transcript(&o));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(
            "public/ceng501.ics: warning: the published feed is damaged: it is cut short"
        ),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&feed_path).unwrap(), cut, "left as it was");
    shown_redacted(|| insta::assert_snapshot!("feed_damaged_warned_by_remind", transcript(&o)));
}
