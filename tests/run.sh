#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test.
# Usage: bash tests/run.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

# The feed tests read the .ics back with Python's icalendar (a parser we did not write);
# the SMTP tests talk to a real SMTP server (aiosmtpd) on 127.0.0.1.
if ! python3 -c 'import aiosmtpd, icalendar' 2>/dev/null; then
  pkgs=('aiosmtpd==1.4.6' 'icalendar==6.3.1')
  python3 -m pip install --quiet --disable-pip-version-check "${pkgs[@]}" \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${pkgs[@]}"
fi

# The PDF tests read PDFs through poppler's pdftotext, as users do.
if ! command -v pdftotext >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq poppler-utils
  elif command -v brew >/dev/null 2>&1; then
    brew install poppler
  fi
fi

# The pipelining test sends to Postfix's smtp-sink, a server that offers PIPELINING (aiosmtpd
# does not). The tests start smtp-sink alone, never the Postfix mail daemon.
# Homebrew's postfix has no smtp-sink: on macOS that test fails, saying to run this script.
if ! command -v smtp-sink >/dev/null 2>&1 && [ ! -x /usr/sbin/smtp-sink ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq \
      && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix
  fi
fi

# A second strict reader: libical (Evolution's engine) re-reads every feed and attachment and
# runs its RFC 5546 restriction check. Its Python bindings are Debian's, for Debian's python3
# (/usr/bin/python3), which may not be the python3 on PATH.
if ! /usr/bin/python3 -c 'import gi; gi.require_version("ICalGLib", "3.0")' 2>/dev/null; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq gir1.2-ical-3.0 python3-gi
  fi
fi

# The page test loads the subscribe page in headless Chromium at a phone's and a laptop's size.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
  && ! command -v google-chrome >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium
  elif command -v brew >/dev/null 2>&1; then
    brew install --cask chromium
  fi
fi

cargo test --locked --all-targets
cargo test --locked --doc
