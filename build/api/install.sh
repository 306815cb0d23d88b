#!/usr/bin/env bash
# Installs the API checking tools pinned in build/api/package-lock.json (Redocly CLI lints the OpenAPI document, Prism
# validates real traffic against it): Node.js and npm from Debian when missing (as root), then `npm ci`, skipped when
# node_modules was installed from this very lock file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v npm >/dev/null; then
    if [ "$(id -u)" != 0 ]; then
        echo "Node.js and npm are missing: install them (apt-get install nodejs npm), or run this script as root." >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

cd "$here"
stamp=node_modules/.installed-from-lock
lock="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock" ]; then
    # No install scripts and no audit, funding or update calls: the tools run from the registry's files alone.
    npm ci --no-audit --no-fund --no-update-notifier --ignore-scripts --loglevel=error
    echo "$lock" > "$stamp"
fi
