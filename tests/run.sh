#!/usr/bin/env bash
# The test command: installs what the tests need, then runs every test.
# Usage: bash tests/run.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

# The SMTP tests talk to a real SMTP server (aiosmtpd) on 127.0.0.1.
if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check 'aiosmtpd==1.4.6' \
    || python3 -m pip install --quiet --break-system-packages 'aiosmtpd==1.4.6'
fi

cargo test --locked --all-targets
cargo test --locked --doc
