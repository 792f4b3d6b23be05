#!/usr/bin/env bash
# Benchmarks coursecal, each figure beside a reference measured in the same run:
#   1. process floor: `coursecal --help` against events/build/plan/a no-op remind (reference course)
#   2. the feed: `coursecal build` of a generated department against a Python `icalendar` peer
#      writing the same events, at several sizes
#   3. SMTP fan-out: `coursecal remind` sending 200 and 2,000 reminders over 1 and 4 sessions
#      (`[mail] sessions`) against Postfix `smtp-source -s 1` / `-s 4` pushing as many
#      messages (and with `-d`, a connection kept per session), all to Postfix `smtp-sink` on
#      127.0.0.1; each pass as cron runs it (the parse kept by an earlier pass with nothing
#      due) and as the very first pass (no ledger: it parses)
#   4. a 100,000-row roster: `plan` and a dry run, time and peak RSS
#   5. the daemon's idle RSS
# Usage: bash bench/run.sh [department sizes...]   (default: 10 100 1000 5000; release build)
#        BENCH_SECTIONS="3 4 5" bash bench/run.sh   (only those sections; default: all five)
#        BENCH_BIN=/path/to/coursecal bash bench/run.sh   (another build, e.g. main's, not built here)
# Installs hyperfine, postfix (for smtp-sink/smtp-source; the daemon is never started) and
# python3-icalendar with apt-get when missing. Loopback only; every loop and server is bounded
# and stopped on exit. Not part of CI: performance is measured here, never asserted in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10 100 1000 5000}")
read -r -a sizes <<<"${sizes[*]}"
ref=schedule/ceng501-fall2022
sections=" ${BENCH_SECTIONS:-1 2 3 4 5} "
want() { [[ $sections == *" $1 "* ]]; }

need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 || [[ -x /usr/sbin/$1 ]] && return 0
  local sudo=; [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null
}
need hyperfine hyperfine
need smtp-sink postfix
need /usr/bin/time time
python3 -c 'import icalendar' 2>/dev/null || need python3-icalendar python3-icalendar
python3 -c 'import icalendar' 2>/dev/null || pip install --quiet icalendar
export PATH=$PATH:/usr/sbin

if [[ -n ${BENCH_BIN:-} ]]; then
  bin=$(realpath "$BENCH_BIN")
else
  cargo build --locked --release --quiet
  bin=$PWD/target/release/coursecal
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
  echo
  echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); the run took $SECONDS s)"
}
trap cleanup EXIT

echo "Run: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD) (output of bench/run.sh: pastes under a BENCHMARKS.md heading)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: ${BENCH_SECTIONS:+BENCH_SECTIONS=\"$BENCH_SECTIONS\" }${BENCH_BIN:+BENCH_BIN=$BENCH_BIN }bash bench/run.sh ${sizes[*]}"

# mean_ms JSON-FILE INDEX: the mean of one hyperfine result, in ms.
mean_ms() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.1f ms ± %.1f" % (r["mean"]*1e3, r["stddev"]*1e3))' "$1" "$2"; }
# peak KB... : peak RSS (MiB) and wall time (s) of one run, from /usr/bin/time -v.
peak() {
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || { cat "$work/time.txt" >&2; return 1; }
  awk -F': ' '/Maximum resident/ {rss=$2/1024} /Elapsed \(wall/ {wall=$2} END {printf "%s wall, %.1f MiB peak RSS", wall, rss}' "$work/time.txt"
}

# --- 1. process floor -------------------------------------------------------------------
mkdir -p "$work/ref"
cp "$ref.toml" "$ref.txt" "$work/ref/"
course=$work/ref/ceng501-fall2022.toml
quiet=2022-09-20T12:00:00Z # before the first reminder: a remind pass with nothing due
if want 1; then
hyperfine -N -w 5 -r 40 --export-json "$work/floor.json" \
  "$bin --help" \
  "$bin events $course" \
  "$bin build --now $quiet --out $work/ref/public $course" \
  "$bin plan --now $quiet $course" \
  "$bin remind --now $quiet $course" \
  "$bin plan --now $quiet $course" >/dev/null 2>&1
echo
echo "### 1. Process floor (reference course, hyperfine -N, 40 runs)"
echo "| command | mean | ratio to --help |"
echo "|---|---|---|"
python3 - "$work/floor.json" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1]))["results"]
base = rs[0]["mean"]
# `plan` runs first on a course without a ledger, then after `remind`'s passes (the first of
# its warm-up runs made the ledger and kept the parse): the cron case, nothing changed since.
seen = set()
for r in rs:
    cmd = r["command"].split()[1]
    label = f"{cmd} (after a pass)" if cmd in seen else cmd
    if cmd == "remind":
        label = "remind (no-op, after a pass)"
    seen.add(cmd)
    print(f"| coursecal {label} | {r['mean']*1e3:.1f} ms ± {r['stddev']*1e3:.1f} | {r['mean']/base:.1f}× |")
PY
fi

# --- 2. the feed: a department ------------------------------------------------------------
if want 2; then
"$bin" events --json "$course" >"$work/events.json" 2>/dev/null
cat >"$work/peer.py" <<'PY'
# The peer: the same feeds (every event, and the deadlines-only feed) per course, written with
# the Python icalendar library from already-parsed events (no syllabus parsing, no fsync).
import datetime, json, os, sys
from icalendar import Calendar, Event
events, n, out = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
def when(s):
    return datetime.date.fromisoformat(s) if len(s) == 10 else datetime.datetime.fromisoformat(s)
stamp = datetime.datetime(2022, 9, 20, 12, tzinfo=datetime.timezone.utc)
for i in range(n):
    cid = f"c{i:05}"
    for suffix, keep in (("", lambda e: True), ("-deadlines", lambda e: e["kind"] in ("release", "deadline", "exam"))):
        cal = Calendar()
        cal.add("prodid", "-//peer//EN"); cal.add("version", "2.0"); cal.add("x-wr-calname", cid)
        for e in filter(keep, events):
            ev = Event()
            ev.add("uid", e["uid"].replace("ceng501", cid)); ev.add("dtstamp", stamp)
            ev.add("summary", e["title"]); ev.add("dtstart", when(e["start"]))
            if e["end"]: ev.add("dtend", when(e["end"]))
            if e["description"]: ev.add("description", e["description"])
            if e["location"]: ev.add("location", e["location"])
            ev.add("sequence", 0)
            cal.add_component(ev)
        with open(f"{out}/{cid}{suffix}.ics", "wb") as f:
            f.write(cal.to_ical())
PY
# make_department N DIR: N course files, each with its own copy of the reference syllabus.
make_department() {
  python3 bench/make_department.py "$1" "$2" "$ref"
}
echo
echo "### 2. Department build: coursecal build vs the Python icalendar peer (same events)"
echo "| courses | events (both feeds) | coursecal build (first build) | peer (icalendar) | peer / coursecal | coursecal peak RSS |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  dep=$work/dep$n
  make_department "$n" "$dep"
  runs=10; ((n >= 1000)) && runs=5; ((n >= 5000)) && runs=3
  files=("$dep"/*.toml)
  hyperfine -N -w 1 -r "$runs" --export-json "$work/dep$n.json" \
    --prepare "rm -rf $dep/public $dep/peer" \
    "$bin build --now $quiet --out $dep/public ${files[*]}" \
    "python3 $work/peer.py $work/events.json $n $dep/peer" >/dev/null 2>&1
  rm -rf "$dep/public"
  mem=$(peak "$bin" build --now "$quiet" --out "$dep/public" "$dep"/*.toml)
  evs=$(cat "$dep"/public/*.ics | grep -c '^BEGIN:VEVENT')
  peer_evs=$(cat "$dep"/peer/*.ics | grep -c '^BEGIN:VEVENT')
  [[ $evs == "$peer_evs" ]] || echo "warning: coursecal wrote $evs events, the peer $peer_evs" >&2
  python3 - "$work/dep$n.json" "$n" "$evs" "${mem##*wall, }" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1]))["results"]
c, p = rs[0], rs[1]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {c['mean']*1e3:.0f} ms ± {c['stddev']*1e3:.0f} | {p['mean']*1e3:.0f} ms ± {p['stddev']*1e3:.0f} | {p['mean']/c['mean']:.1f}× | {sys.argv[4].replace(' peak RSS','')} |")
PY
  rm -rf "$dep"
done
fi

# --- 3. SMTP fan-out ----------------------------------------------------------------------
if want 3 || want 4; then
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sink_user=(); [[ $(id -u) == 0 ]] && sink_user=(-u nobody)
# -c: running counters on stdout (sessions, messages), read to check every message arrived.
timeout 900 smtp-sink -c "${sink_user[@]}" "127.0.0.1:$port" 256 >"$work/sink.txt" &
pids+=($!)
sink_count() { # messages smtp-sink has received so far
  sleep 0.2
  tr '\r' '\n' <"$work/sink.txt" | grep -o 'mesg=[0-9]*' | tail -1 | cut -d= -f2 | grep . || echo 0
}
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
mkdir -p "$work/fan"
cp "$ref.txt" "$work/fan/"
roster() { # roster N: roster.csv of N students
  python3 - "$work/fan/roster.csv" "$1" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("First name,Last name,Email address\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Student,{i},student{i}@example.edu\n")
PY
}
roster 200
due=2022-11-20T10:00:00+03:00 # deadline-hw2's 3-day reminder is due: one message per student
early=2022-11-19T23:45:00+03:00 # the cron pass before it fell due (23:59): nothing due
fan_course() { # fan_course TRANSPORT-LINES > toml
  sed -e 's/^delivery = .*/delivery = "individual"/' -e 's/^# roster = .*/roster = "roster.csv"/' \
    -e '/^# transport = /d' "$ref.toml"
  printf '%s\n' "$@"
}
fan_course >"$work/fan/outbox.toml"
# outbox_count: how many messages a pass sends with the current roster (one outbox pass).
outbox_count() {
  rm -rf "$work/fan/outbox" "$work/fan/"*.sent.sqlite*
  "$bin" remind --now "$due" "$work/fan/outbox.toml" >/dev/null 2>&1
  find "$work/fan/outbox" -name '*.eml' | wc -l
}
sent=$(outbox_count)
size=$(find "$work/fan/outbox" -name '*.eml' -printf '%s\n' | head -1)
fan_course "transport = \"smtp://127.0.0.1:$port\"" 'allow-plaintext = true' >"$work/fan/smtp.toml"
sed -i '0,/^outbox = /{/^outbox = /d}' "$work/fan/smtp.toml"
fi
if want 3; then
echo
echo "### 3. SMTP fan-out to smtp-sink on 127.0.0.1 (messages of ~$size bytes; rosters of 200 and 2,000)"
echo "**cron**: the pass as cron runs it: a pass with nothing due 15 minutes earlier (\`--now $early\`)"
echo "made the ledger and kept the parse, then the timed pass reads that parse and sends every"
echo "message (the target row). **first**: the very first pass, on no ledger: it parses the syllabus."
echo "smtp-source opens a connection per message; with \`-d\` it keeps one per session, as coursecal does."
echo "Checked after each row: what smtp-sink counted over the three runs, and the last run's ledger rows."
echo "| sender | pass | messages | sessions | best of 3 | messages/s | / smtp-source | / smtp-source -d | sink, ledger |"
echo "|---|---|---|---|---|---|---|---|---|"
# rate NAME PASS SESSIONS SECONDS MESSAGES REF-SECONDS REF-D-SECONDS CHECKED
rate() { python3 -c '
import sys
name, kind, sessions, t, n, ref, ref_d, checked = sys.argv[1:]
t, n = float(t), int(n)
ratio = lambda r: "(reference)" if r == "-" else f"{float(r)/t:.0%}"
print(f"| {name} | {kind} | {n} | {sessions} | {t:.3f} s | {n/t:.0f} | {ratio(ref)} | {ratio(ref_d)} | {checked} |")' "$@"; }
best_of_3() { # best_of_3 PREP-COMMAND COMMAND...: the best wall time (s) of three runs
  local prep=$1 best=; shift
  for _ in 1 2 3; do
    bash -c "$prep"
    local t0 t1; t0=$(date +%s%N); timeout 300 "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    local s; s=$(python3 -c "print(($t1 - $t0) / 1e9)")
    [[ -z $best ]] || python3 -c "import sys; sys.exit(not $s < $best)" && best=$s
  done
  echo "$best"
}
ledger_rows() { # the rows of the last pass's ledger that say "sent"
  python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from delivery where state = '"'"'sent'"'"'").fetchone()[0])' "$work/fan/ceng501.sent.sqlite" 2>/dev/null || echo "?"
}
# checked BEFORE EXPECTED [LEDGER]: the sink's count since BEFORE against 3 × EXPECTED, and the
# ledger's; a mismatch is said on stderr too.
checked() {
  local got; got=$(( $(sink_count) - $1 ))
  local line="+$got"
  [[ $got == $((3 * $2)) ]] || { line="$line (expected $((3 * $2)))"; echo "warning: smtp-sink counted $got messages, expected $((3 * $2))" >&2; }
  if [[ -n ${3:-} ]]; then
    line="$line, $3"
    [[ $3 == "$2" ]] || echo "warning: the ledger holds $3 sent rows, expected $2" >&2
  fi
  echo "$line"
}
cron_prep="rm -f $work/fan/*.sent.sqlite*; $bin remind --now $early $work/fan/smtp.toml >/dev/null 2>&1"
fresh_prep="rm -f $work/fan/*.sent.sqlite*"
sessions() { # sessions N: the course sends over N sessions
  sed -i '/^sessions = /d' "$work/fan/smtp.toml"
  sed -i "s/^allow-plaintext = true$/allow-plaintext = true\nsessions = $1/" "$work/fan/smtp.toml"
}
# The cron pass reads the kept parse: its instructions (callgrind) are the first pass's less the
# parse, ~130 M on the reference syllabus.
if command -v valgrind >/dev/null; then
  roster 200
  sessions 1
  for kind in cron fresh; do
    prep=${kind}_prep
    bash -c "${!prep}"
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.$kind" "$bin" remind --now "$due" "$work/fan/smtp.toml" >/dev/null 2>"$work/vg.$kind"
  done
  ins() { awk '/Collected :/ {printf "%.1f M", $4/1e6}' "$work/vg.$1"; }
  kept_check="instructions of the 201-message pass (callgrind): cron $(ins cron), first $(ins fresh)"
else
  kept_check="(valgrind missing: whether the cron pass read the kept parse was not checked)"
fi
for students in 200 2000; do
  roster "$students"
  sent=$(outbox_count)
  for s in 1 4; do
    c0=$(sink_count)
    ref_t=$(best_of_3 true smtp-source -s "$s" -m "$sent" -l "$size" -f sender@example.edu -t student@example.edu "127.0.0.1:$port")
    rate "smtp-source" "" "$s" "$ref_t" "$sent" - - "$(checked "$c0" "$sent")"
    c0=$(sink_count)
    ref_d=$(best_of_3 true smtp-source -d -s "$s" -m "$sent" -l "$size" -f sender@example.edu -t student@example.edu "127.0.0.1:$port")
    rate "smtp-source -d" "" "$s" "$ref_d" "$sent" "$ref_t" - "$(checked "$c0" "$sent")"
    sessions "$s"
    for kind in cron fresh; do
      prep=${kind}_prep
      c0=$(sink_count)
      t=$(best_of_3 "${!prep}" "$bin" remind --now "$due" "$work/fan/smtp.toml")
      label=$kind; [[ $kind == fresh ]] && label=first
      rate "coursecal remind" "**$label**" "$s" "$t" "$sent" "$ref_t" "$ref_d" "$(checked "$c0" "$sent" "$(ledger_rows)")"
    done
  done
done
echo; echo "($kept_check)"
fi

# --- 4. a 100,000-row roster ---------------------------------------------------------------
if want 4; then
python3 - "$work/fan/roster.csv" 100000 <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("First name,Last name,Email address\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Student,{i},student{i}@example.edu\n")
PY
rm -f "$work/fan/"*.sent.sqlite*
echo
echo "### 4. A 100,000-row roster (delivery individual, one reminder due)"
echo "| command | wall, peak RSS | reference: --help |"
echo "|---|---|---|"
help=$(peak "$bin" --help)
echo "| coursecal plan | $(peak "$bin" plan --now "$due" "$work/fan/outbox.toml") | $help |"
echo "| coursecal remind --dry-run | $(peak "$bin" remind --dry-run --now "$due" "$work/fan/outbox.toml") | $help |"
fi

# --- 5. the daemon idle ---------------------------------------------------------------------
want 5 || exit 0
echo
echo "### 5. The daemon idle (reference course, outbox transport)"
"$bin" daemon --now "$quiet" "$course" >/dev/null 2>&1 &
dpid=$!
pids+=($dpid)
(sleep 30; kill "$dpid" 2>/dev/null) & # bounded even if this script is stopped in between
pids+=($!)
sleep 3
rss=$(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$dpid/status" 2>/dev/null || echo "? (exited)")
c0=$(awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$dpid/status" 2>/dev/null || echo 0)
sleep 10
c1=$(awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$dpid/status" 2>/dev/null || echo 0)
sh_rss=$(/usr/bin/time -f %M sleep 0.1 2>&1)
echo "| figure | coursecal daemon | reference |"
echo "|---|---|---|"
echo "| RSS after 3 s | $rss | \`sleep\`: $(python3 -c "print(f'{$sh_rss/1024:.1f} MiB')") |"
echo "| wake-ups in 10 s idle | $((c1 - c0)) | 0 |"
kill "$dpid" 2>/dev/null || true
