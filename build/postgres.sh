#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests: its own data directory, port and socket, so it never meets a system cluster.
#   build/postgres.sh start | stop | reset | status | url [DATABASE] | psql [ARGS...]
# Environment: APPROVALS_PG_DIR (default .postgres/ in the repository), APPROVALS_PG_PORT (default 5434).
# Each port has its own cluster in DIR/PORT (data, socket, logs), so several can run side by side, like broker.sh's nodes.
# The superuser is approvals, password approvals; connections go over TCP on 127.0.0.1 only.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${APPROVALS_PG_DIR:-$repo/.postgres}"
port="${APPROVALS_PG_PORT:-5434}"
home="$dir/$port"
user=approvals
password=approvals

is_root() { [[ "$(id -u)" == 0 ]]; }

# Debian installs each major version side by side; the newest one runs the cluster. Empty when none is installed.
find_bin() {
    local initdb
    initdb="$( (find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null || true) | sort -V | tail -n 1)"
    [[ -n "$initdb" ]] && dirname "$initdb"
    return 0
}
bin="$(find_bin)"

install_if_missing() {
    if [[ -n "$bin" ]]; then return; fi
    if ! is_root; then
        echo "PostgreSQL not installed; run as root or: apt-get install postgresql" >&2
        exit 1
    fi
    echo "Installing postgresql from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    # The package may start the system cluster on 5432; ours runs beside it on its own port and directory.
    bin="$(find_bin)"
    if [[ -z "$bin" ]]; then echo "postgresql installed but no initdb under /usr/lib/postgresql" >&2; exit 1; fi
}

# initdb and postgres refuse to run as root, so root runs them as the postgres user the Debian package creates.
# From / because the caller's working directory may be closed to that user.
as_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# As root the cluster lives in a directory the postgres user owns, which it can only reach if it may traverse every
# directory above it (a repository under /root, say, is closed to it); otherwise the cluster goes to /tmp.
resolve_home() {
    is_root || return 0
    # The directories start creates below the nearest existing one are open to it under the usual umask.
    local above
    above="$(dirname "$home")"
    while [[ ! -d "$above" ]]; do above="$(dirname "$above")"; done
    if runuser -u postgres -- test -x "$above"; then return; fi
    dir=/tmp/approvals-postgres
    home="$dir/$port"
    if [[ "${1:-}" == announce ]]; then echo "$above is closed to the postgres user; the cluster lives in $home"; fi
}

data() { echo "$home/data"; }

# Whether our own cluster runs (pg_isready alone would also answer for another server on the port).
cluster_running() {
    [[ -n "$bin" && -f "$(data)/PG_VERSION" ]] && as_pg "$bin/pg_ctl" status -D "$(data)" > /dev/null 2>&1
}

init_cluster() {
    local pwfile
    pwfile="$(mktemp "$home/pwfile.XXXXXX")"
    echo "$password" > "$pwfile"
    if is_root; then chown postgres: "$pwfile"; fi
    # C.UTF-8: code-point collation, the same on every machine, and Unicode-aware upper/lower.
    if ! as_pg "$bin/initdb" -D "$(data)" -U "$user" --pwfile="$pwfile" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 > "$home/initdb.log" 2>&1; then
        rm -f "$pwfile"
        echo "initdb failed; see $home/initdb.log" >&2
        tail -n 20 "$home/initdb.log" >&2 || true
        rm -rf "$(data)"
        exit 1
    fi
    rm -f "$pwfile"
    # Our settings live in a file of their own, rewritten at each start so a changed port or directory takes effect.
    echo "include_if_exists 'approvals.conf'" | as_pg tee -a "$(data)/postgresql.conf" > /dev/null
}

write_settings() {
    # fsync, synchronous_commit and full_page_writes stay on: the tests check durability.
    # The test suite opens many pooled connections at once, hence max_connections.
    as_pg tee "$(data)/approvals.conf" > /dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$home'
max_connections = 300
fsync = on
synchronous_commit = on
full_page_writes = on
CONF
}

start() {
    install_if_missing
    resolve_home announce
    if cluster_running; then echo "PostgreSQL already running on 127.0.0.1:$port ($home)"; return; fi
    if status > /dev/null 2>&1; then
        echo "another server already answers on 127.0.0.1:$port; choose another APPROVALS_PG_PORT" >&2
        exit 1
    fi
    mkdir -p "$home"
    chmod 700 "$home"
    if is_root; then chown postgres: "$home"; fi
    if [[ ! -d "$(data)" ]]; then init_cluster; fi
    write_settings
    if ! as_pg "$bin/pg_ctl" start -D "$(data)" -l "$home/postgres.log" -w -t 120 > /dev/null; then
        echo "PostgreSQL did not start; see $home/postgres.log" >&2
        tail -n 40 "$home/postgres.log" >&2 || true
        exit 1
    fi
    # pg_ctl -w waits for the postmaster; pg_isready confirms it accepts connections on the TCP port the tests use.
    local waited=0
    until status > /dev/null 2>&1; do
        sleep 1
        waited=$((waited + 1))
        if (( waited >= 60 )); then
            echo "PostgreSQL started but does not answer on 127.0.0.1:$port; see $home/postgres.log" >&2
            exit 1
        fi
    done
    echo "PostgreSQL $("$bin/postgres" -V | awk '{print $3}') listening on 127.0.0.1:$port ($home)"
}

stop() {
    resolve_home
    if cluster_running; then as_pg "$bin/pg_ctl" stop -D "$(data)" -m fast -w > /dev/null; fi
}

status() {
    [[ -n "$bin" ]] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"
}

# An Npgsql connection string.
url() {
    echo "Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=${1:-postgres}"
}

# psql as approvals over TCP, as the caller (psql does not refuse root, and files named in ARGS stay readable);
# environment rather than options, so -d or -U in ARGS still win.
run_psql() {
    if [[ -z "$bin" ]]; then echo "PostgreSQL not installed; run: $0 start" >&2; exit 1; fi
    PGHOST=127.0.0.1 PGPORT="$port" PGUSER="$user" PGPASSWORD="$password" PGDATABASE=postgres "$bin/psql" "$@"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    reset) stop; rm -rf "$home"; rmdir "$dir" 2> /dev/null || true ;;   # the directory goes with its last cluster
    status) if status; then echo "running on 127.0.0.1:$port"; else exit 1; fi ;;
    url) url "${2:-}" ;;
    psql) shift; run_psql "$@" ;;
    *) echo "usage: $0 start|stop|reset|status|url [DATABASE]|psql [ARGS...]" >&2; exit 2 ;;
esac
