#!/usr/bin/env bash
# A private RabbitMQ node for the tests: its own name, ports and data directory, so it never meets a system broker.
#   build/broker.sh start | stop | reset | status | add-vhost NAME | delete-vhost NAME | queues VHOST | pid
#                   | stop-app | start-app     (the fault tests: the node stays up, AMQP goes away and comes back)
# Environment: APPROVALS_BROKER_DIR (default .rabbitmq/ in the repository), APPROVALS_BROKER_PORT (default 5673).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${APPROVALS_BROKER_DIR:-$repo/.rabbitmq}"
port="${APPROVALS_BROKER_PORT:-5673}"
bin=/usr/lib/rabbitmq/bin
# rabbitmqctl creates its Erlang cookie under HOME, and crashes without it.
mkdir -p "$dir"

export HOME="$dir"                                  # the Erlang cookie lives here, shared by server and rabbitmqctl
export ERL_CRASH_DUMP="$dir/erl_crash.dump"         # a crashing node or rabbitmqctl writes here, not in the working directory
export RABBITMQ_NODENAME="approvals-test-$port@localhost"   # one node per port, so several brokers can coexist
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$port"
export RABBITMQ_DIST_PORT="$((port + 20000))"
export RABBITMQ_MNESIA_BASE="$dir/mnesia"
export RABBITMQ_LOG_BASE="$dir/log"
export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$dir/rabbitmq"         # .conf is appended by the server
export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"

# rabbitmq-server for the broker; socat for the fault tests' TCP proxy between the services and the broker; curl and
# python3 for the scripts and the README walk test that start a server and call it.
install_if_missing() {
    local missing=()
    [[ -x "$bin/rabbitmq-server" ]] || missing+=(rabbitmq-server)
    command -v socat > /dev/null || missing+=(socat)
    command -v curl > /dev/null || missing+=(curl ca-certificates)
    command -v python3 > /dev/null || missing+=(python3)
    if (( ${#missing[@]} == 0 )); then return; fi
    if [[ "$(id -u)" != 0 ]]; then
        echo "${missing[*]} not installed; run as root or: apt-get install ${missing[*]}" >&2
        # Without socat only the fault tests' proxy fails; without RabbitMQ nothing runs.
        if [[ -x "$bin/rabbitmq-server" ]]; then return; fi
        exit 1
    fi
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The package may start the system broker; ours runs beside it on other ports.
}

start() {
    install_if_missing
    if status >/dev/null 2>&1; then echo "broker already running on port $port"; return; fi
    mkdir -p "$dir/mnesia" "$dir/log"
    echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$port
loopback_users.guest = true
CONF
    "$bin/rabbitmq-server" > "$dir/log/console.log" 2>&1 &
    # await_startup gives up at once while the node is not yet reachable, so ask until it answers.
    local waited=0
    until "$bin/rabbitmqctl" -q await_startup > /dev/null 2>&1; do
        sleep 1
        waited=$((waited + 1))
        if (( waited >= 120 )); then break; fi
    done
    if ! status; then
        echo "RabbitMQ did not start; see $dir/log" >&2
        tail -n 40 "$dir/log/console.log" >&2 || true
        exit 1
    fi
    echo "RabbitMQ $("$bin/rabbitmqctl" -q version) listening on 127.0.0.1:$port"
}

stop() {
    "$bin/rabbitmqctl" -q stop > /dev/null 2>&1 || true
}

status() {
    "$bin/rabbitmqctl" -q status > /dev/null 2>&1
}

# A virtual host per test run keeps runs apart on one node; the guest user gets full rights in it.
add_vhost() {
    "$bin/rabbitmqctl" -q add_vhost "$1" > /dev/null
    "$bin/rabbitmqctl" -q set_permissions -p "$1" guest ".*" ".*" ".*" > /dev/null
}

delete_vhost() {
    "$bin/rabbitmqctl" -q delete_vhost "$1" > /dev/null 2>&1 || true
}

# One line per queue of the virtual host: name, a tab, the number of messages it holds (ready and unacknowledged).
queues() {
    "$bin/rabbitmqctl" -q list_queues -p "$1" --no-table-headers name messages
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    reset) stop; rm -rf "$dir" ;;
    status) status && echo "running on port $port" ;;
    add-vhost) add_vhost "${2:?vhost name}" ;;
    delete-vhost) delete_vhost "${2:?vhost name}" ;;
    queues) queues "${2:?vhost name}" ;;
    pid) cat "$RABBITMQ_PID_FILE"; echo ;;
    stop-app) "$bin/rabbitmqctl" -q stop_app > /dev/null ;;
    start-app) "$bin/rabbitmqctl" -q start_app > /dev/null && "$bin/rabbitmqctl" -q await_startup > /dev/null ;;
    *) echo "usage: $0 start|stop|reset|status|add-vhost NAME|delete-vhost NAME|queues VHOST|pid|stop-app|start-app" >&2; exit 2 ;;
esac
