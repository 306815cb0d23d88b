#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with the .NET SDK: installs RabbitMQ and PostgreSQL from Debian when
# missing (as root), and Debian's chromium for the web app's browser tests (build/chromium.sh), starts a private broker,
# a private three-node RabbitMQ cluster (for the fault tests that lose broker nodes) and a private PostgreSQL cluster,
# runs every test project, then the server's HTTP specs again on PostgreSQL, stops them all, and prints one closing
# summary line.
#
# build/test.sh --fast: the specs only, without the tests that need the broker, Chromium, the API tools or that break
# a deployment on purpose (the Category traits in tests/Approvals.Testing/Category.cs); it installs and starts nothing.
set -euo pipefail

fast=false
case "${1:-}" in
    --fast) fast=true ;;
    "") ;;
    *) echo "usage: build/test.sh [--fast]" >&2; exit 2 ;;
esac

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="$repo/artifacts/test-results"
# artifacts/k8s too: a stale rendering would be checked in place of the manifests as they are now.
rm -rf "$results" "$repo/artifacts/server-logs" "$repo/artifacts/k8s"

if ! $fast; then
    build/chromium.sh
    build/broker.sh reset
    build/broker.sh start
    build/broker-cluster.sh reset
    build/broker-cluster.sh start
    build/postgres.sh reset
    build/postgres.sh start
    trap 'build/broker.sh stop; build/broker-cluster.sh stop; build/postgres.sh stop' EXIT
    export APPROVALS_TEST_RABBITMQ_PORT="${APPROVALS_BROKER_PORT:-5673}"
    export APPROVALS_TEST_RABBITMQ_CLUSTER_PORT="${APPROVALS_CLUSTER_PORT:-5690}"
    APPROVALS_TEST_POSTGRES="$(build/postgres.sh url)"
    export APPROVALS_TEST_POSTGRES
fi
# Every line every test server process wrote, beside the results: a failure message shows only their tail.
export APPROVALS_TEST_LOG_DIR="${APPROVALS_TEST_LOG_DIR:-$repo/artifacts/server-logs}"
mkdir -p "$APPROVALS_TEST_LOG_DIR"

# --fast builds and runs only the test projects it has something to run in (build/fast.slnf; their references come
# along): not the benchmarks, not the integration tests, which all need the broker.
projects=Approvals.sln
if $fast; then
    projects=build/fast.slnf
fi
dotnet build "$projects" -c Release -nologo -clp:ErrorsOnly
filter=()
if $fast; then
    filter=(--filter "Category!=Broker&Category!=Fault&Category!=Browser&Category!=Contract&Category!=PostgreSql")
else
    # Lints the served OpenAPI document and installs the API tools the contract test runs (build/api).
    build/api-lint.sh
fi

if ! $fast; then
    # The Kubernetes manifests as kubectl renders them, for the architecture tests to check alongside the source files.
    if command -v kubectl >/dev/null; then
        mkdir -p artifacts/k8s
        for overlay in distributed distributed/migrate embedded; do
            kubectl kustomize "deploy/k8s/overlays/$overlay" >"artifacts/k8s/${overlay//\//-}.yaml"
        done
    else
        echo "kubectl not found: the Kubernetes manifests are checked as written, not as rendered."
    fi
fi

status=0
dotnet test "$projects" -c Release --no-build -nologo "${filter[@]}" --logger "trx" --results-directory "$results" \
    -- RunConfiguration.TestSessionTimeout=1500000 || status=$?

if ! $fast; then
    # The same HTTP specs with every server on PostgreSQL: the ones that go through the API only (others read or seed
    # the SQLite files themselves, or are about SQLite).
    APPROVALS_TEST_DATABASE=PostgreSql dotnet test tests/Approvals.Server.Tests -c Release --no-build -nologo \
        --filter "$(cat build/postgres-specs.filter)" --logger "trx;LogFilePrefix=postgres" --results-directory "$results" \
        -- RunConfiguration.TestSessionTimeout=900000 || status=$?
fi

# One line a CI can read, summed over every test project's results.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed")); failed += int(counters.get("failed")) + int(counters.get("error"))
    # xunit's skipped tests are counted in "total" but in no outcome counter.
    skipped += int(counters.get("total")) - int(counters.get("executed"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
