#!/usr/bin/env bash
# Bounded soak on loopback through the local host: PROMPTS prompts at a steady rate (wrk, soak.lua) while
# ImageLoad uploads IMAGES images, both against one `genscreen serve` (Release, --in-memory Azurite started by serve).
# Reports throughput and p50/p99 (wrk), images/s and upload→verdict latency (ImageLoad), server and Azurite RSS every
# SAMPLE seconds (rss.csv), and zero lost verdicts: the PromptVerdicts rows counted afterwards equal the answers
# that said "stored" (plus any deferred ones, which the retry writes), and every image has its verdict row.
#   tests/load/soak.sh    env: PROMPTS (100000), IMAGES (2000), RATE (prompts/s, 250), CONNECTIONS (64: enough that
#                              the pause, not the answer's latency, sets the rate), IMAGE_CONCURRENCY (2 uploads at once),
#                              SCREENINGS (1: the server's ImageScreening:MaxConcurrentScreenings, so image screening
#                              leaves a core to the prompts; 0 sizes it from memory as by default),
#                              SAMPLE (5), PORT (7095), SOAK_SECONDS (570: the bound of the
#                              prompts' and the images' runs, so the whole soak ends within 10 minutes),
#                              REPORT_EVERY (100: one reportable minors block in 100 prompts, as in real traffic where
#                              they are rare; 3 gives prompt-load.sh's even rotation)
# Needs wrk, node_modules (npm ci) and the skimage sample cache (see image-load.sh). Traffic stays on 127.0.0.1;
# the run is bounded by the counts (and a timeout) and stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
prompts=${PROMPTS:-100000}
images=${IMAGES:-2000}
rate=${RATE:-250}
soak_seconds=${SOAK_SECONDS:-570}
report_every=${REPORT_EVERY:-100}
connections=${CONNECTIONS:-64}
screenings=${SCREENINGS:-1}
image_concurrency=${IMAGE_CONCURRENCY:-2}
sample=${SAMPLE:-5}
port=${PORT:-7095}
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="artifacts/load/soak-$stamp"
mkdir -p "$out"

dotnet build -c Release src/GenScreen.Cli -nologo -v quiet >/dev/null
dotnet build -c Release tests/load/ImageLoad -nologo -v quiet >/dev/null

server=""
sampler=""
stop_all() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true # serve stops Kestrel, then its Azurite
    for _ in $(seq 1 40); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
}
trap stop_all EXIT

echo "load average before: $(cat /proc/loadavg)" | tee "$out/loadavg.txt"
env -u GenScreenStorage DOTNET_TieredCompilation=1 ImageScreening__PollInterval=00:00:00.2 ImageScreening__MaxConcurrentScreenings="$screenings" \
  dotnet src/GenScreen.Cli/bin/Release/net10.0/genscreen.dll serve --url "http://127.0.0.1:$port" --in-memory --log-level Warning \
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
[ -n "$table_port" ] || { echo "genscreen serve did not start:" >&2; cat "$out/server.log" >&2; exit 1; }
azurite=$(cat /proc/"$server"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+$' | head -n 1 || true)

# Memory over time: one line per SAMPLE seconds while the soak runs.
(
  echo "utc,server_rss_mb,azurite_rss_mb"
  while kill -0 "$server" 2>/dev/null; do
    s=$(awk '/^VmRSS/ {printf "%.0f", $2/1024}' /proc/"$server"/status 2>/dev/null || echo "")
    a=$([ -n "$azurite" ] && awk '/^VmRSS/ {printf "%.0f", $2/1024}' /proc/"$azurite"/status 2>/dev/null || echo "")
    echo "$(date -u +%H:%M:%S),$s,$a"
    sleep "$sample"
  done
) > "$out/rss.csv" &
sampler=$!

# Warm-up (JIT, pools) with a few hundred prompts; its rows are counted too.
warm=$(SOAK_COUNT=300 SOAK_DELAY_MS=0 SOAK_REPORT_EVERY="$report_every" wrk -t1 -c4 -d60s -s tests/load/soak.lua "http://127.0.0.1:$port/api/screen/prompt" | sed -nE 's/^stored: ([0-9]+).*/\1/p')

# Each of CONNECTIONS connections pauses CONNECTIONS*1000/RATE ms before each request: RATE/s in total
# (less if the server answers slower than that, which wrk's latency then shows).
delay_ms=$(( connections * 1000 / rate ))
echo "soak: $prompts prompts at ~$rate/s over $connections connections (pause $delay_ms ms), $images images $image_concurrency at a time, $screenings screening(s) at once (0: sized from memory)"
wrk_seconds=$(( prompts / rate * 3 + 120 )); [ "$wrk_seconds" -le "$soak_seconds" ] || wrk_seconds=$soak_seconds
SOAK_COUNT="$prompts" SOAK_DELAY_MS="$delay_ms" SOAK_REPORT_EVERY="$report_every" wrk -t1 -c"$connections" -d"${wrk_seconds}s" --latency -s tests/load/soak.lua \
  "http://127.0.0.1:$port/api/screen/prompt" > "$out/prompts.txt" &
wrk_pid=$!
rc=0
dotnet tests/load/ImageLoad/bin/Release/net10.0/ImageLoad.dll --blob-port "$blob_port" --table-port "$table_port" \
  --count "$images" --concurrency "$image_concurrency" --warmup 4 --timeout-seconds "$soak_seconds" --server-pid "$server" ${azurite:+--azurite-pid "$azurite"} \
  --out "$out/images.json" > "$out/images.txt" 2>&1 || rc=$?
wait "$wrk_pid" || rc=$?
cat "$out/prompts.txt"
tail -n 12 "$out/images.txt"

sleep 5 # let any deferred write land before counting
stored=$(sed -nE 's/^stored: ([0-9]+).*/\1/p' "$out/prompts.txt")
deferred=$(sed -nE 's/^stored: [0-9]+, deferred: ([0-9]+).*/\1/p' "$out/prompts.txt")
dotnet run tests/load/count-rows.cs -- "$table_port" PromptVerdicts | tee "$out/rows.txt"
rows=$(sed -nE 's/^PromptVerdicts: ([0-9]+) rows.*/\1/p' "$out/rows.txt")
expected=$(( stored + ${deferred:-0} + warm ))
echo "prompt verdicts answered 'stored' or 'deferred': $expected (warm-up $warm + soak $stored stored + ${deferred:-0} deferred); rows in PromptVerdicts: $rows" | tee "$out/verdicts.txt"
# Fewer rows than "stored" answers is a lost verdict (fails the run). More rows is expected by up to one request per
# open connection: wrk stops at its duration with requests in flight whose rows are written but answers never counted.
in_flight_bound=$(( connections + 4 ))
if [ "$rows" -lt "$expected" ]; then
  echo "LOST: $(( expected - rows )) verdicts answered 'stored' have no row" | tee -a "$out/verdicts.txt"; rc=1
elif [ "$rows" -gt $(( expected + in_flight_bound )) ]; then
  echo "EXTRA: $(( rows - expected )) rows without a counted answer, more than the $in_flight_bound requests that can be in flight" | tee -a "$out/verdicts.txt"; rc=1
else
  echo "no verdict lost; $(( rows - expected )) extra rows (requests in flight when wrk stopped, at most $in_flight_bound)" | tee -a "$out/verdicts.txt"
fi
echo "RSS (MB) first/last samples:"; head -n 3 "$out/rss.csv"; tail -n 2 "$out/rss.csv"
echo "load average after: $(cat /proc/loadavg)" | tee -a "$out/loadavg.txt"
echo "results: $out"
exit "$rc"
