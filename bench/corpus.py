#!/usr/bin/env python3
"""Score coursecal on a folder of real syllabi against hand-checked expected events.

usage: bench/corpus.py CORPUS_DIR [--bin PATH] [--checker PATH] [--markdown] [--causes]

CORPUS_DIR holds one folder per syllabus: the syllabus as published (`syllabus.pdf`,
`schedule.html`, `syllabus.md`, `syllabus.txt`, ...: the first file whose name starts with
`syllabus` or `schedule`) and `expected.md` in the format of events_check.py. An optional
`args` file holds extra arguments for `coursecal events` (e.g. `--term "Fall 2023"`), for a
syllabus that never names its term.

The syllabi are third-party text and stay out of the repository; only the scores (and the
sources) go into bench/corpus.md. Prints one row per syllabus and the totals; exits 0.

--causes adds, summed over the folder and never per document, why expected events were missed
and why emitted events matched nothing expected (extras)
(a lecture found on its date but all-day, a deadline read as a lecture, a date a few days off,
the wrong year, ...): what a held-out set can say about where the parser fails without anyone
reading its documents, so rules are made for a cause and not for a document.
"""
import argparse
import collections
import datetime
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def find_input(folder):
    names = sorted(os.listdir(folder))
    for n in names:
        low = n.lower()
        if (low.startswith("syllabus") or low.startswith("schedule")) and not low.endswith(".json"):
            return os.path.join(folder, n)
    return None


def load_checker(checker):
    spec = importlib.util.spec_from_file_location("events_check", checker)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def miss_cause(m, got, by_date):
    """Why the expected event `m` matched nothing in `got` (dicts as events_check reads them)."""
    same = by_date.get(m["date"], [])
    if any(g["kind"] == m["kind"] for g in same):
        if m["kind"] == "lecture" and any(g["kind"] == "lecture" and not g["time"] for g in same):
            return "lecture on its date, but all-day (no slot time)"
        return f"{m['kind']} on its date, at another time"
    if same:
        kinds = "/".join(sorted({g["kind"] for g in same}))
        return f"{m['kind']} read as {kinds} on its date"
    d = datetime.date.fromisoformat(m["date"])
    if not got:
        return f"{m['kind']}: the document gave no events"
    if d.day <= 12:
        try:
            if datetime.date(d.year, d.day, d.month).isoformat() in by_date:
                return "day and month swapped"
        except ValueError:
            pass
    if any(g["date"][5:] == m["date"][5:] and g["date"][:4] != m["date"][:4] for g in got):
        return "the wrong year"
    near = (d + datetime.timedelta(days=k) for k in (-3, -2, -1, 1, 2, 3))
    if any(g["kind"] == m["kind"] for n in near for g in by_date.get(n.isoformat(), [])):
        return f"{m['kind']} 1-3 days off"
    return f"{m['kind']} not found at all"


def extra_cause(g, exp, exp_by_date, missed_by_date, lo, hi):
    """Why the emitted event `g` matched no expected event (dicts as events_check reads them)."""
    missed = missed_by_date.get(g["date"], [])
    if any(m["kind"] == g["kind"] for m in missed):
        if g["kind"] == "lecture" and not g["time"]:
            return "lecture all-day where a timed lecture was expected"
        return f"{g['kind']} at another time than expected"
    same = exp_by_date.get(g["date"], [])
    if same:
        kinds = "/".join(sorted({m["kind"] for m in same}))
        if g["kind"] in {m["kind"] for m in same}:
            return f"{g['kind']}: a second one on a date whose expected {kinds} was found"
        return f"{g['kind']} on a date that expects {kinds}"
    d = datetime.date.fromisoformat(g["date"])
    near = (d + datetime.timedelta(days=k) for k in (-3, -2, -1, 1, 2, 3))
    if any(m["kind"] == g["kind"] for n in near for m in exp_by_date.get(n.isoformat(), [])):
        return f"{g['kind']} 1-3 days from an expected one"
    if lo and (g["date"] < lo or g["date"] > hi):
        return f"{g['kind']} outside the expected dates' span"
    return f"{g['kind']} on a date with nothing expected"


def causes_of(ck, events_json, expected_path):
    """The causes of the missed and the extra events of one syllabus (two Counters)."""
    got = ck.got_events(json.loads(events_json or b"[]"))
    exp = ck.expected_from_md(open(expected_path, encoding="utf-8").read())
    left = list(got)
    by_date = collections.defaultdict(list)
    for g in got:
        by_date[g["date"]].append(g)
    missed = []
    for e in exp:
        hit = next((g for g in left if g["kind"] == e["kind"] and g["date"] == e["date"]
                    and (not e["time"] or g["time"] == e["time"])), None)
        if hit is not None:
            left.remove(hit)
        else:
            missed.append(e)
    out = collections.Counter(miss_cause(e, got, by_date) for e in missed)
    exp_by_date = collections.defaultdict(list)
    missed_by_date = collections.defaultdict(list)
    for e in exp:
        exp_by_date[e["date"]].append(e)
    for e in missed:
        missed_by_date[e["date"]].append(e)
    dates = sorted(e["date"] for e in exp)
    lo, hi = (dates[0], dates[-1]) if dates else (None, None)
    # as events_check counts extras: the four kinds, never a cancelled event or a release or
    # deadline without a homework number (optional to emit)
    counted = [g for g in left if g["kind"] in ("lecture", "release", "deadline", "exam")
               and not g.get("cancelled") and (g["kind"] not in ("release", "deadline") or g.get("hw"))]
    extra = collections.Counter(extra_cause(g, exp, exp_by_date, missed_by_date, lo, hi) for g in counted)
    return out, extra


def score_one(binary, checker, folder):
    src = find_input(folder)
    exp = os.path.join(folder, "expected.md")
    if src is None or not os.path.exists(exp):
        return None
    extra = []
    args_file = os.path.join(folder, "args")
    if os.path.exists(args_file):
        extra = shlex.split(open(args_file).read())
    run = subprocess.run([binary, "events", src, "--json", *extra], capture_output=True, timeout=60)
    expected_total = sum(
        1 for line in open(exp, encoding="utf-8")
        if re.match(r"^(lecture|release|due|exam)\s", line)
    )
    row = {"name": os.path.basename(folder), "format": os.path.splitext(src)[1].lstrip("."),
           "exit": run.returncode, "expected": expected_total, "found": 0, "extra": 0,
           "stdout": run.stdout if run.returncode == 0 else b"[]", "expected_path": exp}
    if run.returncode not in (0,):
        row["error"] = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        return row
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as f:
        f.write(run.stdout)
        path = f.name
    try:
        chk = subprocess.run([sys.executable, checker, path, exp], capture_output=True, text=True)
    finally:
        os.unlink(path)
    m = re.search(r"found (\d+)/(\d+) expected, (\d+) extra", chk.stdout)
    if m:
        row["found"], row["expected"], row["extra"] = int(m[1]), int(m[2]), int(m[3])
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "coursecal"))
    ap.add_argument("--checker", default=os.path.join(ROOT, "..", "shared", "tools", "events_check.py"))
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("--causes", action="store_true", help="sum why expected events were missed")
    a = ap.parse_args()
    rows = []
    for name in sorted(os.listdir(a.corpus)):
        folder = os.path.join(a.corpus, name)
        if os.path.isdir(folder):
            r = score_one(a.bin, a.checker, folder)
            if r:
                rows.append(r)
    found = sum(r["found"] for r in rows)
    expected = sum(r["expected"] for r in rows)
    extra = sum(r["extra"] for r in rows)
    failed = sum(1 for r in rows if r["exit"] != 0)
    if a.markdown:
        print("| syllabus | format | found | expected | extra | exit |")
        print("|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['name']} | {r['format']} | {r['found']} | {r['expected']} | {r['extra']} | {r['exit']} |")
    else:
        for r in rows:
            note = f"  ({' '.join(r['error'])})" if "error" in r else ""
            print(f"{r['name']:<32} {r['format']:<5} {r['found']:>4}/{r['expected']:<4} extra {r['extra']:<4} exit {r['exit']}{note}")
    pct = 100.0 * found / expected if expected else 0.0
    print(f"corpus: {len(rows)} syllabi, found {found}/{expected} ({pct:.0f}%), {extra} extra, {failed} not read")
    if a.causes:
        ck = load_checker(a.checker)
        total, extras = collections.Counter(), collections.Counter()
        for r in rows:
            missed, extra = causes_of(ck, r["stdout"], r["expected_path"])
            total += missed
            extras += extra
        print("missed, by cause (summed over the folder):")
        for cause, n in total.most_common():
            print(f"{n:6d}  {cause}")
        print("extra, by cause (summed over the folder):")
        for cause, n in extras.most_common():
            print(f"{n:6d}  {cause}")


if __name__ == "__main__":
    main()
