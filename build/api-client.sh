#!/usr/bin/env bash
# Regenerates the web app's API client (src/Approvals.ApiClient) from the OpenAPI document the server serves: starts
# the built server (Development, a temporary SQLite file, a loopback port), saves /openapi/v1.json as the project's
# snapshot (openapi/v1.json, without its "servers"), then runs NSwag (the local tool, dotnet-tools.json) with the
# project's nswag.json on the document as codegen_view.py adapts it for the client.
# Run it after any change to the API; the drift test in Approvals.Server.Tests fails until you do.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
project="$repo/src/Approvals.ApiClient"

configuration="${CONFIGURATION:-Release}"
bin="$repo/src/Approvals.Server/bin/$configuration/net10.0"
# Always rebuild: a stale binary would snapshot yesterday's API.
dotnet build src/Approvals.Server -c "$configuration" -nologo -clp:ErrorsOnly

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

mkdir -p "$project/openapi"
# Without "servers": it names this run's port, not the API. Indented, so a change reads as a diff.
curl -sSf "http://127.0.0.1:$port/openapi/v1.json" \
    | python3 -c 'import json, sys; d = json.load(sys.stdin); d.pop("servers", None); print(json.dumps(d, indent=2, ensure_ascii=False))' \
    > "$project/openapi/v1.json"

# NSwag reads the document as the client sees it (codegen_view.py says how and why), not the snapshot itself.
python3 "$project/codegen_view.py" < "$project/openapi/v1.json" > "$work/codegen.json"
dotnet tool restore > /dev/null
(cd "$project" && dotnet nswag run nswag.json "/variables:Document=$work/codegen.json")
echo "Regenerated $project/ApprovalsApiClient.g.cs from the served document."
