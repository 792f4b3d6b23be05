#!/usr/bin/env bash
# Counts the instructions (valgrind --tool=callgrind, repeatable under load) of the start-up
# commands on the reference course and of a generated 20-course `build`. `plan` and `remind`
# run first on a course without a ledger, then again after a real pass with nothing due (the
# cron case: the sources have not changed since the last pass).
# Usage: bash bench/instructions.sh [BIN]   (default: target/release/coursecal)
# With KEEP=DIR the callgrind.out files stay in DIR, for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/coursecal}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${KEEP:-$work}
mkdir -p "$keep" "$work/ref" "$work/dep"
cp schedule/ceng501-fall2022.toml schedule/ceng501-fall2022.txt "$work/ref/"
course=$work/ref/ceng501-fall2022.toml
quiet=2022-09-20T12:00:00Z # before the first reminder: a remind pass with nothing due
python3 bench/make_department.py 20 "$work/dep" schedule/ceng501-fall2022
count() { # count NAME ARGS...
  local name=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$keep/callgrind.$name" "$bin" "$@" >/dev/null 2>"$work/vg.txt" || true
  printf '| %s | %s |\n' "$name" "$(awk '/Collected :/ {printf "%.2f M", $4/1e6}' "$work/vg.txt")"
}
echo "| work | instructions |"
echo "|---|---|"
count help --help
count events events "$course"
count build20 build --now "$quiet" --out "$work/dep/public" "$work"/dep/*.toml
count plan plan --now "$quiet" "$course"
count remind remind --dry-run --now "$quiet" "$course"
count remind-real remind --now "$quiet" "$course"
count plan-2nd plan --now "$quiet" "$course"
count remind-2nd remind --dry-run --now "$quiet" "$course"
count remind-real-2nd remind --now "$quiet" "$course"
