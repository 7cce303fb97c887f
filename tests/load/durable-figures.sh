#!/usr/bin/env bash
# One command for the durable prompt path's figures (docs/reliability.md, "Load"): Azurite's own bound and the
# writers' client cost per row (azurite-bound.sh: the Azure SDK and the direct writer), then the whole path through
# `genscreen serve` (prompt-load.sh) for the allowed-prompt body (also with VerdictStore__TableWriter=Sdk) and the
# rotating mix, at 32 and 64 connections, beside the no-storage ceiling. With ANCHOR_DLL=<another build's genscreen.dll>
# every whole-path run is repeated with that build right after (A B), so a loaded machine still gives a same-minutes ratio.
#   tests/load/durable-figures.sh    env: ANCHOR_DLL, DURATION (10s), SKIP_BUILD, VARIANT_CONNECTIONS (48; "" skips the settings variants), WARMUP (3s; 40s gives steady-state figures:
#                                    the background JIT is otherwise a large part of a 10-s run, docs/reliability.md), plus any VerdictStore__* setting
# Needs wrk and node_modules; dotnet-counters on the PATH adds the transaction sizes. Loopback only, every run bounded.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DURATION=${DURATION:-10s}
if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build -c Release src/GenScreen.Cli -nologo -v quiet >/dev/null
  dotnet build -c Release tests/load/TableLoad -nologo -v quiet >/dev/null # azurite-bound.sh skips its build below
fi
export SKIP_BUILD=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

summary() { # label, then the run's output on stdin
  local label=$1
  tee -a "$log" | awk -v l="$label" '
    /^requests\/s:/ { r = $0 } /^cpu during the run/ { c = $0 } /^rows per transaction, PromptVerdicts/ { t = $0 }
    /^load average after/ { a = $0 }
    END { printf "%-44s %s\n%-44s %s\n", l, r, "", c; if (t) printf "%-44s %s\n", "", t; printf "%-44s %s\n", "", a }'
}

echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
echo "== Azurite's bound (no GenScreen): requests, rows, Azurite's CPU, the client's CPU (the Azure SDK, then the direct writer)"
BATCHES=${BATCHES:-1 10 32 100} tests/load/azurite-bound.sh | grep -E "^(writer|requests/s|azurite cpu|client|load)"
echo "== The whole path (wrk on loopback, genscreen serve + its in-memory Azurite on the same cores)"
tests/load/prompt-load.sh no-storage 2>&1 | summary "no storage, 32 connections"
for connections in 32 64; do
  for mix in allow all; do
    CONNECTIONS=$connections PROMPT_MIX=$mix tests/load/prompt-load.sh azurite 2>&1 | summary "this build, $mix, $connections connections"
    if [ "$mix" = allow ]; then # the same build with the Azure SDK writing the verdict transactions
      VerdictStore__TableWriter=Sdk CONNECTIONS=$connections PROMPT_MIX=$mix tests/load/prompt-load.sh azurite 2>&1 | summary "this build, TableWriter=Sdk, $mix, $connections"
    fi
    if [ -n "${ANCHOR_DLL:-}" ]; then
      SERVER_DLL=$ANCHOR_DLL CONNECTIONS=$connections PROMPT_MIX=$mix tests/load/prompt-load.sh azurite 2>&1 | summary "anchor, $mix, $connections connections"
    fi
  done
done
# At ~48 connections (Little's law: 5,000/s with a mean under 10 ms is ~50 in flight), the settings of docs/reliability.md
# ("Row shape, lanes and the thread pool"), each against the same build, then the anchor. `serve` with its own Azurite now
# writes through one lane and its thread-pool workers block instead of spinning; the variants put back two lanes, the spin
# (70 rounds; the variable is hexadecimal), both (the earlier behaviour), and try Server GC. VARIANT_CONNECTIONS="" skips it.
for connections in ${VARIANT_CONNECTIONS-48}; do
  for variant in "this build" "VerdictStore__GroupCommitLanes=2" "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=46" \
      "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=46 VerdictStore__GroupCommitLanes=2" "DOTNET_gcServer=1"; do
    settings=(); [ "$variant" = "this build" ] || read -r -a settings <<< "$variant"
    env "${settings[@]}" CONNECTIONS=$connections PROMPT_MIX=allow tests/load/prompt-load.sh azurite 2>&1 | summary "${variant}, allow, $connections"
  done
  if [ -n "${ANCHOR_DLL:-}" ]; then
    SERVER_DLL=$ANCHOR_DLL CONNECTIONS=$connections PROMPT_MIX=allow tests/load/prompt-load.sh azurite 2>&1 | summary "anchor, allow, $connections connections"
  fi
done
# Azurite's cost per row by row shape (tests/load/TableLoad/VerdictShapedRow.cs): the allowed row as written, the same
# information packed in one string column, and the keys alone (the floor), in the transaction size 32 connections form.
echo "== Azurite's cost per row by row shape (direct writer, 32-row transactions)"
SHAPES="allow packed keys" WRITERS=direct BATCHES=32 tests/load/azurite-bound.sh | grep -E "^(writer|azurite cpu|load)"
