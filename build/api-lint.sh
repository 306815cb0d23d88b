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

source "$repo/build/lib/serve.sh"
serve_built_server "$bin"

mkdir -p artifacts/openapi
curl -sSf "$server_url/openapi/v1.json" -o artifacts/openapi/v1.json
cd build/api
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly lint --config redocly.yaml "$repo/artifacts/openapi/v1.json"
