# Sourced by build/broker.sh (one private node) and build/broker-cluster.sh (three clustered ones): installing RabbitMQ,
# a private node's environment, and starting one node and waiting for it.
rabbitmq_bin=/usr/lib/rabbitmq/bin

# rabbitmq-server for the broker; socat for the fault tests' TCP proxy between the services and the broker; curl and
# python3 for the scripts and the README walk test that start a server and call it.
rabbitmq_install_if_missing() {
    local missing=()
    [[ -x "$rabbitmq_bin/rabbitmq-server" ]] || missing+=(rabbitmq-server)
    command -v socat > /dev/null || missing+=(socat)
    command -v curl > /dev/null || missing+=(curl ca-certificates)
    command -v python3 > /dev/null || missing+=(python3)
    if (( ${#missing[@]} == 0 )); then return; fi
    if [[ "$(id -u)" != 0 ]]; then
        echo "${missing[*]} not installed; run as root or: apt-get install ${missing[*]}" >&2
        # Without socat only the fault tests' proxy fails; without RabbitMQ nothing runs.
        if [[ -x "$rabbitmq_bin/rabbitmq-server" ]]; then return; fi
        exit 1
    fi
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The package may start the system broker; ours run beside it on other ports.
}

# rabbitmq_node_env COOKIE_HOME NODE_DIR PORT: exports what rabbitmq-server and rabbitmqctl need to reach one private
# node, named after its AMQP port so that several coexist. Nodes that share COOKIE_HOME share the Erlang cookie, which
# a cluster needs; rabbitmqctl creates the cookie under HOME, and crashes without it.
rabbitmq_node_env() {
    local cookie_home="$1" node_dir="$2" port="$3"
    mkdir -p "$cookie_home" "$node_dir"
    export HOME="$cookie_home"
    export ERL_CRASH_DUMP="$node_dir/erl_crash.dump"     # a crashing node or rabbitmqctl writes here, not in the working directory
    export RABBITMQ_NODENAME="approvals-test-$port@localhost"
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT="$port"
    export RABBITMQ_DIST_PORT="$((port + 20000))"
    export RABBITMQ_MNESIA_BASE="$node_dir/mnesia"
    export RABBITMQ_LOG_BASE="$node_dir/log"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$node_dir/enabled_plugins"
    export RABBITMQ_CONFIG_FILE="$node_dir/rabbitmq"     # .conf is appended by the server
    export RABBITMQ_PID_FILE="$node_dir/rabbitmq.pid"
}

rabbitmq_node_running() {
    "$rabbitmq_bin/rabbitmqctl" -q status > /dev/null 2>&1
}

# Starts the node rabbitmq_node_env described, in the background, listening on its port on loopback only.
rabbitmq_launch_node() {
    mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    cat > "$RABBITMQ_CONFIG_FILE.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$RABBITMQ_NODE_PORT
loopback_users.guest = true
CONF
    "$rabbitmq_bin/rabbitmq-server" > "$RABBITMQ_LOG_BASE/console.log" 2>&1 &
}

# Waits until the node answers, up to two minutes; on failure prints its console and returns non-zero.
rabbitmq_await_node() {
    # await_startup gives up at once while the node is not yet reachable, so ask until it answers.
    local waited=0
    until "$rabbitmq_bin/rabbitmqctl" -q await_startup > /dev/null 2>&1; do
        sleep 1
        waited=$((waited + 1))
        if (( waited >= 120 )); then break; fi
    done
    if ! rabbitmq_node_running; then
        echo "RabbitMQ node $RABBITMQ_NODENAME did not start; see $RABBITMQ_LOG_BASE" >&2
        tail -n 40 "$RABBITMQ_LOG_BASE/console.log" >&2 || true
        return 1
    fi
}
