#!/usr/bin/env python3
"""Re-create the syllabus corpus folders from the expectations kept in this repository.

usage: bench/corpus_get.py OUT_DIR [--mirror DIR] [--set NAME]

The syllabi themselves are third-party text and are not in the repository; what is kept is, per
syllabus, `bench/corpus/SET/NAME/` with `expected.md` (hand-checked events, facts and our own
notes), `args` (extra `coursecal events` arguments) and `source` (one line:
`OWNER/REPO FULL_COMMIT SAVED_AS PATH`). This script writes `OUT_DIR/SET/NAME/` with those files
and the document itself, taken with `git show COMMIT:PATH` from a snapshot of the repository
under the mirror folder (default /work/.mirror, one git directory per repository named
`OWNER+REPO`, as the workplace's fetch tool leaves them). It prints the repositories that are not
mirrored yet, so they can be fetched and the script run again; folders already complete are kept.
Exits 0 when every document is in place, 1 otherwise.

The machine that held the corpus was once replaced and every folder was lost; keeping the
expectations here is what makes the scores in bench/corpus.md repeatable.
"""
import argparse
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEPT = os.path.join(HERE, "corpus")


def git_dir(mirror, repo):
    """The git directory of a mirrored repository, or None."""
    root = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(root, "repo", ".git"), os.path.join(root, "repo")):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    return None


def read_source(path):
    repo, commit, saved_as, doc_path = open(path).read().strip().split(" ", 3)
    return repo, commit, saved_as, doc_path


def restore(folder, out, mirror):
    """Writes one corpus folder; returns the repository name when it is not mirrored."""
    repo, commit, saved_as, doc_path = read_source(os.path.join(folder, "source"))
    os.makedirs(out, exist_ok=True)
    for name in ("expected.md", "args"):
        if os.path.exists(os.path.join(folder, name)):
            shutil.copyfile(os.path.join(folder, name), os.path.join(out, name))
    target = os.path.join(out, saved_as)
    if os.path.exists(target):
        return None
    gd = git_dir(mirror, repo)
    if gd is None:
        return repo
    shown = subprocess.run(["git", f"--git-dir={gd}", "show", f"{commit}:{doc_path}"],
                           capture_output=True)
    if shown.returncode != 0:
        print(f"{folder}: git show {commit[:12]}:{doc_path} failed: "
              f"{shown.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return repo
    with open(target + ".part", "wb") as f:
        f.write(shown.stdout)
    os.replace(target + ".part", target)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("out")
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--set", action="append", help="only this set (repeatable)")
    a = ap.parse_args()
    missing = set()
    done = 0
    for set_name in sorted(os.listdir(KEPT)):
        set_dir = os.path.join(KEPT, set_name)
        if not os.path.isdir(set_dir) or (a.set and set_name not in a.set):
            continue
        for name in sorted(os.listdir(set_dir)):
            folder = os.path.join(set_dir, name)
            if not os.path.exists(os.path.join(folder, "source")):
                continue
            repo = restore(folder, os.path.join(a.out, set_name, name), a.mirror)
            if repo:
                missing.add(repo)
            else:
                done += 1
    print(f"corpus_get: {done} documents in place under {a.out}")
    if missing:
        print("not mirrored yet (fetch github:OWNER/REPO for each, then run again):")
        for repo in sorted(missing):
            print(f"  {repo}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
