#!/usr/bin/env bash
# Lints the OpenAPI document the server serves with Redocly CLI (rules in build/api/redocly.yaml) and fails on any
# problem. Starts the built server (Development, a temporary SQLite file, a loopback port) to fetch /openapi/v1.json;
# keeps the document in artifacts/openapi/v1.json. Builds the server first unless CONFIGURATION's build exists.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
build/api/install.sh

configuration="${CONFIGURATION:-Release}"
bin="$repo/src/Approvals.Server/bin/$configuration/net10.0"
[ -f "$bin/Approvals.Server.dll" ] || dotnet build src/Approvals.Server -c "$configuration" -nologo -clp:ErrorsOnly

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# From the binary's folder, where its settings are.
(cd "$bin" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Approvals="Data Source=$work/approvals.db" \
    exec dotnet Approvals.Server.dll --urls "http://127.0.0.1:$port") > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:$port/health/live" > /dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "The server stopped before it answered." >&2; exit 1; }
    sleep 0.5
done

mkdir -p artifacts/openapi
curl -sSf "http://127.0.0.1:$port/openapi/v1.json" -o artifacts/openapi/v1.json
cd build/api
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly lint --config redocly.yaml "$repo/artifacts/openapi/v1.json"
