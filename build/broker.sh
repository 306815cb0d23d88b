#!/usr/bin/env bash
# A private RabbitMQ node for the tests: its own name, ports and data directory, so it never meets a system broker.
#   build/broker.sh start | stop | reset | status | add-vhost NAME | delete-vhost NAME | queues VHOST | pid
#                   | stop-app | start-app     (the fault tests: the node stays up, AMQP goes away and comes back)
# Environment: APPROVALS_BROKER_DIR (default .rabbitmq/ in the repository), APPROVALS_BROKER_PORT (default 5673).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${APPROVALS_BROKER_DIR:-$repo/.rabbitmq}"
port="${APPROVALS_BROKER_PORT:-5673}"
# shellcheck source=build/lib/rabbitmq.sh
source "$repo/build/lib/rabbitmq.sh"
bin="$rabbitmq_bin"
rabbitmq_node_env "$dir" "$dir" "$port"          # the Erlang cookie lives in $dir too, shared by server and rabbitmqctl

start() {
    rabbitmq_install_if_missing
    if status >/dev/null 2>&1; then echo "broker already running on port $port"; return; fi
    rabbitmq_launch_node
    rabbitmq_await_node || exit 1
    echo "RabbitMQ $("$bin/rabbitmqctl" -q version) listening on 127.0.0.1:$port"
}

stop() {
    "$bin/rabbitmqctl" -q stop > /dev/null 2>&1 || true
}

status() {
    rabbitmq_node_running
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
