#!/usr/bin/env bash
# The browser the web app's tests drive: Debian's chromium at /usr/bin/chromium, installed from Debian when missing (as
# root). Playwright never downloads a browser here (tests pass ExecutablePath), so without this package they fail.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then exit 0; fi
if [[ "$(id -u)" != 0 ]]; then
    echo "chromium not installed; run as root or: apt-get install chromium" >&2
    exit 1
fi
echo "Installing chromium from Debian..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
