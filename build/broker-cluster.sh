#!/usr/bin/env bash
# Three private RabbitMQ nodes on this machine forming one cluster, for the tests that lose broker nodes: each with its
# own node name, AMQP port, distribution port and data directory, all with one Erlang cookie.
#   build/broker-cluster.sh start | stop | reset | status | hosts | stop-node N | start-node N
#                           | add-vhost NAME | delete-vhost NAME | queues VHOST | members VHOST | connections VHOST
#                           | rebalance VHOST
# Environment: APPROVALS_CLUSTER_DIR (default .rabbitmq-cluster/ in the repository), APPROVALS_CLUSTER_PORT (default
# 5690: node N listens on PORT+N-1, so 5690, 5691 and 5692).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${APPROVALS_CLUSTER_DIR:-$repo/.rabbitmq-cluster}"
base="${APPROVALS_CLUSTER_PORT:-5690}"
nodes=(1 2 3)
# shellcheck source=build/lib/rabbitmq.sh
source "$repo/build/lib/rabbitmq.sh"
ctl="$rabbitmq_bin/rabbitmqctl"
queues_tool="$rabbitmq_bin/rabbitmq-queues"

port_of() { echo "$((base + $1 - 1))"; }

# Node N's environment for rabbitmq-server and rabbitmqctl; the cookie lives in the cluster's directory, shared by all.
use_node() { rabbitmq_node_env "$dir" "$dir/node$1" "$(port_of "$1")"; }

# Whether node N accepts AMQP connections: a TCP connect, far cheaper than asking rabbitmqctl.
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$(port_of "$1")") 2> /dev/null; }

check_node_number() {
    case "$1" in 1 | 2 | 3) ;; *) echo "node must be 1, 2 or 3, not '$1'" >&2; exit 2 ;; esac
}

# Runs rabbitmqctl through the first node that answers: the cluster's state is the same from every member.
ctl_any() { on_any_node "$ctl" "$@"; }

on_any_node() {
    local tool="$1" n
    shift
    for n in "${nodes[@]}"; do
        if answers "$n"; then
            (use_node "$n"; "$tool" -q "$@")
            return
        fi
    done
    echo "no node of the cluster on ports $(port_of 1)-$(port_of 3) answers" >&2
    return 1
}

# Node N holds node 1 among its cluster's members (node 1 trivially).
joined() {
    (use_node "$1"; "$ctl" -q cluster_status 2> /dev/null) | grep -q "approvals-test-$(port_of 1)@localhost"
}

start() {
    rabbitmq_install_if_missing
    local n
    # All at once: a clustered node that was stopped waits at boot for the peers it last saw, so restarting them one
    # by one after a full stop would stall on the first.
    for n in "${nodes[@]}"; do
        (use_node "$n"; rabbitmq_node_running || rabbitmq_launch_node)
    done
    for n in "${nodes[@]}"; do
        (use_node "$n"; rabbitmq_await_node) || exit 1
    done
    # Fresh nodes start alone; nodes 2 and 3 join node 1 once. Restarted members remember their cluster.
    for n in 2 3; do
        if ! joined "$n"; then
            (use_node "$n"
             "$ctl" -q stop_app > /dev/null
             "$ctl" -q join_cluster "approvals-test-$(port_of 1)@localhost" > /dev/null
             "$ctl" -q start_app > /dev/null
             "$ctl" -q await_startup > /dev/null)
        fi
    done
    echo "RabbitMQ cluster of 3 nodes listening on 127.0.0.1:$(port_of 1), $(port_of 2) and $(port_of 3)"
}

stop() {
    local n
    for n in "${nodes[@]}"; do
        (use_node "$n"; "$ctl" -q stop > /dev/null 2>&1 || true)
    done
}

status() {
    local n down=0
    for n in "${nodes[@]}"; do
        if (use_node "$n"; rabbitmq_node_running); then
            echo "node $n running on port $(port_of "$n")"
        else
            echo "node $n down (port $(port_of "$n"))"
            down=1
        fi
    done
    return "$down"
}

# Losing a machine, modelled as SIGKILL of the node's Erlang VM: no goodbye to its peers or its clients, no quorum
# leadership handed over, nothing flushed. rabbitmqctl stop_app would leave the Erlang node up and still connected to
# its peers, and rabbitmqctl stop shuts down in good order: both are kinder than a machine that disappears.
stop_node() {
    check_node_number "$1"
    local pid
    pid="$(cat "$dir/node$1/rabbitmq.pid" 2> /dev/null || true)"
    if [[ -z "$pid" ]] || ! kill -0 "$pid" 2> /dev/null; then return; fi
    kill -KILL "$pid"
    while kill -0 "$pid" 2> /dev/null; do sleep 0.1; done
}

# The node boots from its data directory and rejoins the cluster it was a member of.
start_node() {
    check_node_number "$1"
    (use_node "$1"
     rabbitmq_node_running || rabbitmq_launch_node
     rabbitmq_await_node) || exit 1
}

# A virtual host per test run keeps runs apart on one cluster; the guest user gets full rights in it.
add_vhost() {
    ctl_any add_vhost "$1" > /dev/null
    ctl_any set_permissions -p "$1" guest ".*" ".*" ".*" > /dev/null
}

delete_vhost() {
    ctl_any delete_vhost "$1" > /dev/null 2>&1 || true
}

# One line per queue of the virtual host: name, a tab, the number of messages it holds (ready and unacknowledged).
queues() {
    ctl_any list_queues -p "$1" --no-table-headers name messages
}

# One line per queue: name, type, the node numbers of its replicas (comma-separated), and the number of the node that
# leads it (both empty for a classic queue).
members() {
    ctl_any list_queues -p "$1" --no-table-headers name type members leader | python3 -c '
import re, sys
base = int(sys.argv[1])
number = lambda port: str(int(port) - base + 1)
for line in sys.stdin:
    fields = line.split(None, 2)
    if len(fields) < 2:
        continue
    ports = re.findall(r"approvals-test-(\d+)@", fields[2] if len(fields) > 2 else "")
    # The leader is the last node named on the line, after the members list.
    leader = number(ports.pop()) if fields[1] == "quorum" and ports else ""
    print(fields[0], fields[1], ",".join(sorted(number(p) for p in ports)), leader, sep="\t")
' "$base"
}

# Spreads the leaders of the virtual host's quorum queues evenly over the running nodes.
rebalance() {
    on_any_node "$queues_tool" rebalance quorum --vhost-pattern "^$1\$" > /dev/null
}

# One line per client connection to the virtual host: the number of the node it is connected to (by the node's AMQP
# port the connection came in on).
connections() {
    ctl_any list_connections --no-table-headers vhost port | while read -r vhost port; do
        if [[ "$vhost" == "$1" ]]; then echo "$((port - base + 1))"; fi
    done
}

hosts() {
    local n
    for n in "${nodes[@]}"; do echo "127.0.0.1:$(port_of "$n")"; done
}

usage="start|stop|reset|status|hosts|stop-node N|start-node N|add-vhost NAME|delete-vhost NAME|queues VHOST|members VHOST|connections VHOST|rebalance VHOST"
case "${1:-}" in
    start) start ;;
    stop) stop ;;
    reset) stop; rm -rf "$dir" ;;
    status) status ;;
    hosts) hosts ;;
    stop-node) stop_node "${2:?node number}" ;;
    start-node) start_node "${2:?node number}" ;;
    add-vhost) add_vhost "${2:?vhost name}" ;;
    delete-vhost) delete_vhost "${2:?vhost name}" ;;
    queues) queues "${2:?vhost name}" ;;
    members) members "${2:?vhost name}" ;;
    connections) connections "${2:?vhost name}" ;;
    rebalance) rebalance "${2:?vhost name}" ;;
    *) echo "usage: $0 $usage" >&2; exit 2 ;;
esac
