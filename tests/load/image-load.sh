#!/usr/bin/env bash
# End-to-end image load on loopback: `genscreen serve` (Release, --in-memory Azurite started by serve itself,
# --log-level Warning) screens N 1024x1024 images (PNG and JPEG q90, alternating, from four real photos) uploaded to
# its incoming container by tests/load/ImageLoad, which measures images/s from the first upload to the last verdict
# row (polling the ImageVerdicts table) and the server's peak RSS (/proc/<pid>/status VmHWM, reset after warm-up).
#   tests/load/image-load.sh        env: COUNT (200), CONCURRENCY (uploads in flight, 4), WARMUP (4 images),
#                                        POLL_INTERVAL (the watcher's, 00:00:00.2), POLL_MS (the meter's, 100),
#                                        TIMEOUT (seconds for the measured run, 600),
#                                        SERVER_PROCESSOR_COUNT (sets DOTNET_PROCESSOR_COUNT for the server only: the
#                                        blob watcher screens Environment.ProcessorCount blobs at a time)
# Needs node_modules (npm ci) and the skimage sample cache (artifacts/test-data/skimage, made by the Images tests).
# Traffic goes to 127.0.0.1 only; the run is bounded by COUNT and TIMEOUT and stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${COUNT:-200}
concurrency=${CONCURRENCY:-4}
warmup=${WARMUP:-4}
poll_interval=${POLL_INTERVAL:-00:00:00.2}
poll_ms=${POLL_MS:-100}
timeout_s=${TIMEOUT:-600}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="artifacts/load/image-load-$stamp"
mkdir -p "$out"

if [ ! -f artifacts/test-data/skimage/astronaut.png ]; then
  echo "artifacts/test-data/skimage is missing: run 'dotnet test tests/GenScreen.Images.Tests --filter NsfwParityTests' once first." >&2
  exit 2
fi

dotnet build -c Release src/GenScreen.Cli -nologo -v quiet >/dev/null
dotnet build -c Release tests/load/ImageLoad -nologo -v quiet >/dev/null

server=""
azurite=""
stop_all() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true # serve stops Kestrel, then its Azurite
    for _ in $(seq 1 40); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  if [ -n "$azurite" ] && kill -0 "$azurite" 2>/dev/null; then
    kill -TERM "$azurite" 2>/dev/null || true
    for _ in $(seq 1 10); do kill -0 "$azurite" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$azurite" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
}
trap stop_all EXIT

echo "load average before: $(cat /proc/loadavg)" | tee "$out/loadavg.txt"
# Tiered compilation on, as the Functions app runs (the CLI turns it off for its batch commands).
env -u GenScreenStorage \
  DOTNET_TieredCompilation=1 \
  ImageScreening__PollInterval="$poll_interval" \
  ${SERVER_PROCESSOR_COUNT:+DOTNET_PROCESSOR_COUNT="$SERVER_PROCESSOR_COUNT"} \
  dotnet src/GenScreen.Cli/bin/Release/net10.0/genscreen.dll serve --url http://127.0.0.1:0 --in-memory --log-level Warning \
  > "$out/server.log" 2>&1 &
server=$!

blob_port=""
table_port=""
for _ in $(seq 1 240); do
  if grep -q "GenScreen listening on" "$out/server.log" 2>/dev/null; then
    read -r blob_port table_port < <(sed -nE 's/^Azurite: blob ([0-9]+), queue [0-9]+, table ([0-9]+).*/\1 \2/p' "$out/server.log" | head -n 1)
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$blob_port" ] || [ -z "$table_port" ]; then
  echo "genscreen serve did not start; its log:" >&2
  cat "$out/server.log" >&2
  exit 1
fi
# serve's Azurite is its only child process (node).
azurite=$(cat /proc/"$server"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+$' | head -n 1 || true)
idle_rss=$(awk '/^VmRSS/ {print $2}' /proc/"$server"/status)
echo "server pid $server (idle RSS $((idle_rss / 1024)) MB), Azurite pid ${azurite:-?} on blob $blob_port, table $table_port; watcher poll $poll_interval${SERVER_PROCESSOR_COUNT:+, DOTNET_PROCESSOR_COUNT=$SERVER_PROCESSOR_COUNT}"

rc=0
timeout $((timeout_s + 420)) dotnet tests/load/ImageLoad/bin/Release/net10.0/ImageLoad.dll \
  --blob-port "$blob_port" --table-port "$table_port" --count "$count" --concurrency "$concurrency" --warmup "$warmup" \
  --poll-ms "$poll_ms" --timeout-seconds "$timeout_s" --server-pid "$server" ${azurite:+--azurite-pid "$azurite"} \
  --out "$out/result.json" | tee "$out/uploader.log" || rc=$?

echo "server VmHWM since the reset after warm-up: $(awk '/^VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$server"/status 2>/dev/null)"
echo "load average after: $(cat /proc/loadavg)" | tee -a "$out/loadavg.txt"
if grep -qiE "fail|exception" "$out/server.log"; then
  echo "the server logged warnings (see $out/server.log):"
  grep -iE "fail|exception" "$out/server.log" | head -n 5
fi
echo "results: $out"
exit "$rc"
