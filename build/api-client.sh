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

source "$repo/build/lib/serve.sh"
serve_built_server "$bin"

mkdir -p "$project/openapi"
# Without "servers": it names this run's port, not the API. Indented, so a change reads as a diff.
curl -sSf "$server_url/openapi/v1.json" \
    | python3 -c 'import json, sys; d = json.load(sys.stdin); d.pop("servers", None); print(json.dumps(d, indent=2, ensure_ascii=False))' \
    > "$project/openapi/v1.json"

# NSwag reads the document as the client sees it (codegen_view.py says how and why), not the snapshot itself.
python3 "$project/codegen_view.py" < "$project/openapi/v1.json" > "$work/codegen.json"
dotnet tool restore > /dev/null
(cd "$project" && dotnet nswag run nswag.json "/variables:Document=$work/codegen.json")
echo "Regenerated $project/ApprovalsApiClient.g.cs from the served document."
