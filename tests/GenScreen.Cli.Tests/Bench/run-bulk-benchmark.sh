#!/usr/bin/env bash
# Benchmarks `genscreen screen prompts` (numbers in docs/bulk-and-eval.md): generates 100,000 and
# 1,000,000 realistic lines from the labelled set, then runs the Release build three times per file under
# /usr/bin/time -v (apt-get install time), printing wall time, peak RSS and the command's own summary.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out="${BENCH_DIR:-/tmp/genscreen-bench}"
mkdir -p "$out"
dotnet build -c Release src/GenScreen.Cli -nologo -v q
for n in 100000 1000000; do
  [ -f "$out/prompts-$n.jsonl" ] || dotnet run tests/GenScreen.Cli.Tests/Bench/make-bulk-prompts.cs -- "$n" "$out/prompts-$n.jsonl" tests/GenScreen.Core.Tests/Data/*.jsonl
done
for n in 100000 1000000; do
  for run in 1 2 3; do
    /usr/bin/time -v src/GenScreen.Cli/bin/Release/net10.0/genscreen screen prompts "$out/prompts-$n.jsonl" > "$out/verdicts.jsonl" 2> "$out/time.txt" || true
    summary=$(grep '^screen prompts:' "$out/time.txt")
    wall=$(grep 'Elapsed (wall clock)' "$out/time.txt" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$out/time.txt" | awk '{print $NF}')
    cpu=$(grep 'Percent of CPU' "$out/time.txt" | awk '{print $NF}')
    echo "$n lines, run $run: wall $wall, peak RSS $((rss / 1024)) MiB, CPU $cpu | $summary"
  done
done
