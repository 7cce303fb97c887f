#!/usr/bin/env bash
# Azurite's own bound for verdict-shaped table writes, with no GenScreen in front: the other half of the durable
# prompt path's split (tests/load/prompt-load.sh measures the whole path). Starts an in-memory Azurite table
# service on loopback with the settings prompt-load.sh's server uses, then runs tests/load/TableLoad for each
# batch size in BATCHES, reading Azurite's CPU time per request from /proc.
#   tests/load/azurite-bound.sh    env: BATCHES ("1 10 100"), SHAPES ("verdict"; also allow, packed, keys: TableLoad/VerdictShapedRow.cs), WRITERS ("sdk direct": the Azure SDK's TableClient and the
#                                   verdict store's direct $batch writer, one after the other per batch size),
#                                   CONCURRENCY (32), RUN_SECONDS (10), PORT (10092), SKIP_BUILD (use the last TableLoad build)
# Needs node_modules (npm ci). Traffic goes to 127.0.0.1 only; every run is bounded by SECONDS.
set -euo pipefail
cd "$(dirname "$0")/../.."
batches=${BATCHES:-1 10 100}
writers=${WRITERS:-sdk direct}
shapes=${SHAPES:-verdict}
concurrency=${CONCURRENCY:-32}
seconds=${RUN_SECONDS:-10}
port=${PORT:-10092}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release tests/load/TableLoad -nologo -v quiet >/dev/null
workdir=$(mktemp -d) # Azurite's debug and lock files land in the working directory otherwise
(cd "$workdir" && exec "$OLDPWD/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" --inMemoryPersistence --loose --silent \
  --skipApiVersionCheck --disableTelemetry) >/dev/null 2>&1 &
azurite=$!
trap 'kill $azurite 2>/dev/null; wait $azurite 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 60); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
# The node process that serves the port (the .bin entry may be a wrapper).
pid=$(pgrep -f "azurite-table.*--tablePort $port" | tail -1)
echo "azurite pid=$pid, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for batch in $batches; do
  for shape in $shapes; do
    for writer in $writers; do
      dotnet tests/load/TableLoad/bin/Release/net10.0/TableLoad.dll --table-port "$port" --batch "$batch" --writer "$writer" \
        --shape "$shape" --concurrency "$concurrency" --seconds "$seconds" --azurite-pid "$pid"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
