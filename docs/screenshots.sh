#!/usr/bin/env bash
# Screenshots of the subscribe page for the README: the bundled course built as of
# 2022-11-20 09:00 (mid-term, so the next item is marked), at a phone's 390x844 and a
# laptop's 1280x900, written to docs/page-phone.png (the top), docs/page-phone-schedule.png
# (scrolled to the next item) and docs/page-laptop.png.
# Usage: bash docs/screenshots.sh   (needs Chromium: the Debian package `chromium`)
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) \
  || { echo "no Chromium found: apt-get install chromium" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp schedule/ceng501-fall2022.toml schedule/ceng501-fall2022.txt "$work/"
cargo run --locked --quiet -- build "$work/ceng501-fall2022.toml" --out "$work/public" \
  --now "2022-11-20 09:00" >/dev/null 2>&1

# Headless windows lay out at least 500 px wide: the page is shown in a frame of the exact
# size (its media queries see the frame), and the screenshot is cut to the window's size.
shot() {
  local width=$1 height=$2 file=$3 anchor=${4:-}
  printf '<!DOCTYPE html><html><body style="margin:0"><iframe src="index.html%s" width="%s" height="%s" style="border:0;display:block"></iframe></body></html>\n' \
    "$anchor" "$width" "$height" >"$work/public/frame.html"
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile-$width" --window-size="$width,$height" \
    --virtual-time-budget=5000 --screenshot="$PWD/docs/$file" \
    "file://$work/public/frame.html" >/dev/null 2>&1
  echo "docs/$file (${width}x${height})"
}
shot 390 844 page-phone.png
shot 390 844 page-phone-schedule.png '#next'
shot 1280 900 page-laptop.png
