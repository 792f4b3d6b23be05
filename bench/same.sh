#!/usr/bin/env bash
# Checks that a change to the parser leaves its output alone: runs `coursecal events` (table
# and --json, stdout, stderr and exit code) on every development-corpus document (with its
# `args`), the reference course and the page fixtures under tests/fixtures/pages, and either
# saves the outputs (save) or compares them byte for byte with saved ones (check).
# Usage: bash bench/same.sh save BIN DIR      (e.g. the main binary at the session start)
#        bash bench/same.sh check BIN DIR     (exits 1 and names every document that differs)
# CORPUS (default /work/corpus) names the development corpus; it stays outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1 bin=$(realpath "$2") dir=$3
corpus=${CORPUS:-/work/corpus}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# run NAME ARGS...: both outputs of one document into $out/NAME.{table,json}
run() {
  local name=$1; shift
  for fmt in table json; do
    local extra=(); [[ $fmt == json ]] && extra=(--json)
    { "$bin" events "${extra[@]}" "$@" 2>&1; echo "exit $?"; } >"$out/$name.$fmt" || true
  done
}
run reference schedule/ceng501-fall2022.toml
for f in tests/fixtures/pages/*; do run "page-$(basename "$f")" "$f"; done
for d in "$corpus"/*/; do
  name=$(basename "$d")
  doc=$(find "$d" -maxdepth 1 -type f \( -iname 'syllabus*' -o -iname 'schedule*' \) ! -name '*.json' | sort | head -1)
  [[ -n $doc ]] || continue
  args=(); [[ -f $d/args ]] && eval "args=($(cat "$d/args"))"
  run "corpus-$name" "$doc" "${args[@]}"
done
# The output names the binary it ran as (usage lines): make it the same for every binary.
sed -i "s|$(basename "$bin")|coursecal|g" "$out"/*

case $mode in
  save) rm -rf "$dir"; mkdir -p "$dir"; cp "$out"/* "$dir"/; echo "saved $(ls "$dir" | wc -l) outputs in $dir" ;;
  check)
    bad=0
    for f in "$dir"/*; do
      cmp -s "$f" "$out/$(basename "$f")" || { echo "differs: $(basename "$f")"; bad=1; }
    done
    ((bad == 0)) && echo "same: $(ls "$dir" | wc -l) outputs"
    exit $bad ;;
  *) echo "usage: bench/same.sh save|check BIN DIR" >&2; exit 2 ;;
esac
