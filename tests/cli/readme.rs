//! The README and docs stay true: their links resolve, the set-up is two commands, the
//! rehearsal `--now` is the one the commands suggest for the bundled course, and the course
//! file reference (which error messages point to) names every key the parser accepts.

use crate::common::{coursecal_in, fixture, root, transcript};

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_relative_link_in_the_readme_and_docs_resolves() {
    let mut files = vec![root().join("README.md")];
    for e in std::fs::read_dir(root().join("docs")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "md") {
            files.push(p);
        }
    }
    let link = regex::Regex::new(r#"\]\(([^)#\s]+)[^)]*\)|src="([^"]+)""#).unwrap();
    let code = regex::Regex::new(r"```[\s\S]*?```|`[^`]*`").unwrap();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Code is not a link: `[HW6](hw6.pdf) out` quotes a syllabus.
        let text = code.replace_all(&text, "");
        for c in link.captures_iter(&text) {
            let target = c.get(1).or_else(|| c.get(2)).unwrap().as_str();
            if target.contains("://") || target.starts_with("mailto:") || target == "…" {
                continue;
            }
            let path = f.parent().unwrap().join(target);
            assert!(path.exists(), "{}: link to {target} is broken", f.display());
        }
    }
}

#[test]
fn the_set_up_is_two_commands_the_main_job_and_the_tests() {
    let readme = read("README.md");
    let block = readme
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a set-up block");
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split(" #").next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        commands,
        ["cargo run --locked --release -- build", "bash tests/run.sh"]
    );
}

#[test]
fn the_readmes_rehearsal_time_is_the_one_plan_suggests_after_the_bundled_term() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["ceng501-fall2022.toml", "ceng501-fall2022.txt"] {
        std::fs::copy(root().join("schedule").join(name), dir.path().join(name)).unwrap();
    }
    let out = coursecal_in(dir.path())
        .args(["plan", "ceng501-fall2022.toml", "--now", "2030-01-01 09:00"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let suggested = text
        .split("--now \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("plan suggests a --now after the term");
    let readme = read("README.md");
    assert!(
        readme.contains(&format!("coursecal plan --now \"{suggested}\"")),
        "the README rehearses at the --now plan suggests ({suggested})"
    );
}

#[test]
fn the_course_file_reference_names_every_key_the_parser_accepts() {
    let (dir, path) = fixture("timezon = \"UTC\"\n", "c.toml");
    let out = coursecal_in(dir.path())
        .arg("events")
        .arg(&path)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let keys: Vec<&str> = err
        .split("expected one of ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .expect("the error lists the keys")
        .split(", ")
        .map(|k| k.trim_matches('`'))
        .collect();
    assert!(keys.len() > 10, "{err}");
    let reference = read("docs/course-file.md");
    for key in keys {
        // `key`, or a table as `[feed] url` / `[[meeting]]`.
        let named = [format!("`{key}`"), format!("[{key}]")]
            .iter()
            .any(|k| reference.contains(k.as_str()));
        assert!(named, "docs/course-file.md names `{key}`");
    }
    assert!(
        err.contains("docs/course-file.md"),
        "the error names the reference it was checked against: {err}"
    );
    assert!(
        read("README.md").contains("(docs/course-file.md): the course file keys"),
        "the README links the keys"
    );
}

#[test]
fn diffs_exit_codes_read_the_same_in_the_readme_the_docs_the_help_and_the_manual() {
    // A script gates on these codes, so every place an instructor may read them says them alike.
    const CODES: &str = "0: nothing changes; 1: something would; 2: any error";
    let mut places: Vec<(String, String)> = ["README.md", "docs/commands.md", "docs/notices.md"]
        .iter()
        .map(|rel| (rel.to_string(), read(rel)))
        .collect();
    for args in [&["diff", "--help"][..], &["--help"], &["man"]] {
        let out = crate::common::coursecal().args(args).output().unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
        let text = String::from_utf8(out.stdout).unwrap().replace('\n', " ");
        places.push((format!("coursecal {}", args.join(" ")), text));
    }
    for (place, text) in places {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(CODES), "{place} does not say {CODES:?}");
    }
}
