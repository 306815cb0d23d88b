# Sourced by the build scripts that read the OpenAPI document the server serves (api-client.sh, api-lint.sh).
# serve_built_server BIN: starts BIN/Approvals.Server.dll in the background (Development, a temporary SQLite file, a
# loopback port) and returns once it answers /health/live. Sets `work` (a temporary folder for the caller too) and
# `server_url`; an EXIT trap stops the server and removes `work`.
serve_built_server() {
    local bin="$1" port
    work="$(mktemp -d)"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    server_url="http://127.0.0.1:$port"
    # From the binary's folder, where its settings are.
    (cd "$bin" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Approvals="Data Source=$work/approvals.db" \
        exec dotnet Approvals.Server.dll --urls "$server_url") > "$work/server.log" 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

    for _ in $(seq 240); do
        curl -sf "$server_url/health/live" > /dev/null && return 0
        kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "The server stopped before it answered." >&2; exit 1; }
        sleep 0.5
    done
    cat "$work/server.log" >&2
    echo "The server did not answer within two minutes." >&2
    exit 1
}
