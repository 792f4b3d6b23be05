#!/usr/bin/env bash
# Benchmarks the main paths on the reference course and on a synthetic long syllabus.
# Usage: bash bench/run.sh [runs]   (default 20 runs each; release build)
# Reports the mean and best wall time per command; numbers depend on the machine, so compare
# runs on the same machine only. Performance is measured here, never asserted in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
cargo build --locked --release --quiet
bin=target/release/coursecal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A long syllabus: 600 weekly rows (about 12 years), two activities each, continuation lines.
python3 - "$work/long.txt" <<'PY'
import datetime, sys
lines = ["BENCH 101 Synthetic Course", "Fall 2022", "Lectures: Tue/Thu 09:40-12:30 @ A1", "", "Week\tDate\tTopic\tActivities"]
d = datetime.date(2022, 10, 4)
for w in range(1, 601):
    lines.append(f"{w}\t{d.isoformat()}\tTopic number {w}: convolution, pool-\tHw{w % 90 + 1} given {d.isoformat()}")
    lines.append("\t\ting, attention, and more detail words here\t")
    d += datetime.timedelta(days=7)
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
printf 'syllabus = "long.txt"\nid = "bench"\n' > "$work/long.toml"

measure() {
  local label=$1; shift
  local best=999999 total=0
  for _ in $(seq "$runs"); do
    local t0 t1 ms
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); total=$((total + ms)); (( ms < best )) && best=$ms
  done
  printf '%-44s mean %5d ms   best %5d ms   (%d runs)\n' "$label" $((total / runs)) "$best" "$runs"
}

measure "events --json (CEng 501)" "$bin" events --json schedule/ceng501-fall2022.toml
measure "build, first (CEng 501)" bash -c "rm -rf '$work/p1'; '$bin' build --now 2022-09-20T12:00:00Z --out '$work/p1' schedule/ceng501-fall2022.toml"
measure "build, unchanged rebuild (CEng 501)" "$bin" build --now 2022-09-21T12:00:00Z --out "$work/p1" schedule/ceng501-fall2022.toml
measure "plan (CEng 501)" "$bin" plan --now 2022-11-20T10:00:00+03:00 schedule/ceng501-fall2022.toml
measure "events --json (600 weeks)" "$bin" events --json "$work/long.toml"
measure "build (600 weeks, 1800+ events)" "$bin" build --now 2022-09-20T12:00:00Z --out "$work/p2" "$work/long.toml"
