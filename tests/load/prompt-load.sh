#!/usr/bin/env bash
# Bounded HTTP load on loopback against the local host (same handlers as the Functions app).
#   tests/load/prompt-load.sh [no-storage|azurite]   env: DURATION (10s), CONNECTIONS (32), THREADS (1), SKIP_BUILD (1: use the last Release build),
#                                                        PROMPT_MIX (all, allow, block, report: see prompt.lua),
#                                                        SERVER_DLL (another build's genscreen.dll: the same-minutes anchor)
#                                                        WARMUP (3s: wrk at 8 connections before the measured run)
# With dotnet-counters on the PATH (or DOTNET_COUNTERS=<path>), it also prints the sizes of the verdict transactions
# formed during the run (genscreen.storage.transaction.rows: p50/p95/p99 rows per table write).
# Server settings pass through the environment, e.g. VerdictStore__GroupCommit=false for the one-insert-per-request path.
# Needs wrk (apt-get install wrk). Traffic goes to 127.0.0.1 only; the run stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-no-storage}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
port=${PORT:-7090}
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/GenScreen.Cli -v quiet -nologo >/dev/null
args=(serve --url "http://127.0.0.1:$port" --log-level Warning)
case "$mode" in
  no-storage) args+=(--no-storage) ;;
  azurite) args+=(--in-memory) ;;
  *) echo "mode is no-storage or azurite" >&2; exit 2 ;;
esac
# Tiered compilation on, as the Functions app runs the same handlers (the CLI turns it off for batch commands).
env -u GenScreenStorage DOTNET_TieredCompilation=1 dotnet "${SERVER_DLL:-src/GenScreen.Cli/bin/Release/net10.0/genscreen.dll}" "${args[@]}" > /tmp/genscreen-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 ${START_WAIT:-120}); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
# Warm-up (JIT, connection pools), then the measured run.
wrk -t1 -c8 -d"${WARMUP:-3s}" -s tests/load/prompt.lua "http://127.0.0.1:$port/api/screen/prompt" >/dev/null
echo "mode=$mode threads=$threads connections=$connections duration=$duration load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU time (user + system, clock ticks of 10 ms) of the server and of its Azurite during the measured run: the split
# between our share and the emulator's, per request.
cpu_of() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" || echo 0; }
# The server's background JIT (the tiered compiler's thread, ".NET Tiered Com"): a one-off cost of the first minutes
# after start that a 10-s run divides by its requests, so it is reported apart from the per-request work. That thread
# exits when idle and a new one starts on demand, so its CPU is sampled by thread id every 0.5 s during the run (a
# thread that starts and ends between two samples is missed: the figure is a lower bound).
jit_threads() { cat /proc/"$1"/task/*/stat 2>/dev/null | awk '/\(\.NET Tiered Com/ { t = $1; sub(/^.*\) /, ""); print t, $12 + $13 }'; }
azurite_pid=$(pgrep -P "$server" -f azurite | head -1 || true)
[ -n "$azurite_pid" ] || azurite_pid=$(pgrep -f "azurite.*--inMemoryPersistence" | head -1 || true)
server_before=$(cpu_of "$server"); azurite_before=$(cpu_of "$azurite_pid")
jit_threads "$server" | sed 's/^/before /' > /tmp/genscreen-load-jit.txt
( while kill -0 "$server" 2>/dev/null; do jit_threads "$server" | sed 's/^/during /' >> /tmp/genscreen-load-jit.txt; sleep 0.5; done ) &
jit_sampler=$!
counters=${DOTNET_COUNTERS:-$(command -v dotnet-counters || true)}
counters_pid=""
if [ "$mode" = azurite ] && [ -n "$counters" ]; then
  rm -f /tmp/genscreen-load-counters.csv
  seconds=${duration%s}
  # Bounded by --duration (it ignores signals when not on a terminal): wrk's run plus a second.
  "$counters" collect -p "$server" --counters GenScreen --format csv -o /tmp/genscreen-load-counters.csv \
    --duration "$(printf '00:%02d:%02d:%02d' $(( (seconds + 1) / 3600 )) $(( (seconds + 1) % 3600 / 60 )) $(( (seconds + 1) % 60 )))" > /dev/null 2>&1 < /dev/null &
  counters_pid=$!
fi
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s tests/load/prompt.lua "http://127.0.0.1:$port/api/screen/prompt" | tee /tmp/genscreen-load-wrk.txt
server_after=$(cpu_of "$server"); azurite_after=$(cpu_of "$azurite_pid")
jit_threads "$server" | sed 's/^/during /' >> /tmp/genscreen-load-jit.txt; kill "$jit_sampler" 2>/dev/null || true; wait "$jit_sampler" 2>/dev/null || true
jit_ticks=$(awk '$1 == "before" { b[$2] = $3 } $1 == "during" && $3 > m[$2] { m[$2] = $3 } END { for (t in m) s += m[t] - b[t]; print s + 0 }' /tmp/genscreen-load-jit.txt)
if [ -n "$counters_pid" ]; then
  wait "$counters_pid" 2>/dev/null || true
  # Rows per transaction, per table: the median over the run's one-second intervals of each reported percentile
  # (an insertion sort: mawk, Debian's awk, has no asort).
  awk -F, '/genscreen.storage.transaction.rows/ && /Percentile=/ {
      match($0, /genscreen.table=[A-Za-z0-9]+/); t = substr($0, RSTART + 16, RLENGTH - 16)
      match($0, /Percentile=[0-9]+/); q = substr($0, RSTART + 11, RLENGTH - 11)
      v[t, q, ++n[t, q]] = $NF; tables[t] = 1 }
    END { for (t in tables) { line = "rows per transaction, " t ":"
            split("50 95 99", qs, " "); for (i = 1; i <= 3; i++) { q = qs[i]; c = n[t, q]; if (!c) continue
              for (a = 1; a <= c; a++) { x = v[t, q, a] + 0; for (b = a - 1; b >= 1 && s[b] > x; b--) s[b + 1] = s[b]; s[b + 1] = x }
              line = line sprintf(" p%s %s", q, s[int((c + 1) / 2)]); split("", s) }
            print line " (medians of 1 s intervals)" } }' /tmp/genscreen-load-counters.csv 2>/dev/null || true
fi
requests=$(awk '/requests in/ { print $1 }' /tmp/genscreen-load-wrk.txt)
awk -v s="$((server_after - server_before))" -v a="$((azurite_after - azurite_before))" -v j="$jit_ticks" -v n="$requests" 'BEGIN {
  if (n > 0) printf "cpu during the run: server %.2f s (%.0f us/request), azurite %.2f s (%.0f us/request); of the server'"'"'s, background JIT %.2f s (%.0f us/request), the rest %.0f us/request\n", s / 100, s * 10000 / n, a / 100, a * 10000 / n, j / 100, j * 10000 / n, (s - j) * 10000 / n }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
