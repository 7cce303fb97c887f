#!/usr/bin/env bash
# Re-measures the prompt budgets of docs/performance.md with the Release build of the CLI:
#   1. `screen prompts` on a cold 100,000-line file (and 1,000,000 lines with FULL=1): whole-process wall and
#      CPU time and peak RSS (/usr/bin/time -v), and the command's own lines/s (its summary line);
#   2. start-up to first verdict: `genscreen screen prompt "…"`, one process per run;
#   3. memory of all compiled lexicons: LexiconMemoryTests (managed heap one LexiconSet keeps; budget 60 MB).
# The input is generated from the labelled set (Bench/make-bulk-prompts.cs, fixed seed), so it grows with it.
# Every run prints the 1-minute load average before it (the machine is shared: quote figures with it), and
# each measurement ends with its median. RUNS (default 5) runs each; BENCH_DIR (default /tmp/genscreen-bench).
# Extra runtime settings go in the environment (e.g. DOTNET_TieredCompilation=1 to compare with tiering;
# GENSCREEN_WARMUP=0 to turn off the rules' compilation ahead on the second core).
# ANCHOR=<dir with another build's genscreen.dll> runs that build alternately with this one (anchor, branch, anchor …)
# on the same input, prints both runs' figures side by side and checks that their verdict lines are byte-identical
# (SHA-256): the way to compare two builds on a shared machine, where only same-minutes figures mean anything.
# Needs /usr/bin/time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out="${BENCH_DIR:-/tmp/genscreen-bench}"
runs="${RUNS:-5}"
sizes="100000"
[ "${FULL:-0}" = 1 ] && sizes="100000 1000000"
genscreen=src/GenScreen.Cli/bin/Release/net10.0/genscreen
mkdir -p "$out"
dotnet build -c Release src/GenScreen.Cli -nologo -v q
export VerdictStore__IdKey="${VerdictStore__IdKey:-benchmark-verdict-id-key-0123456789abcdef}"

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { grep "$1" "$2" | awk -F': ' '{ print $2 }'; }
# "m:ss.cc" or "h:mm:ss" from time -v, in seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

for n in $sizes; do
  input="$out/prompts-$n.jsonl"
  [ -f "$input" ] || dotnet run tests/GenScreen.Cli.Tests/Bench/make-bulk-prompts.cs -- "$n" "$input" tests/GenScreen.Core.Tests/Data/*.jsonl
  : > "$out/walls" ; : > "$out/rates" ; : > "$out/cpus" ; : > "$out/rss"
  if [ -n "${ANCHOR:-}" ]; then
    : > "$out/anchor-cpus"
    for run in $(seq "$runs"); do
      for build in anchor branch; do
        dll="$ANCHOR/genscreen.dll"; [ "$build" = branch ] && dll="$genscreen.dll"
        before=$(load)
        /usr/bin/time -v dotnet "$dll" screen prompts "$input" > "$out/verdicts-$build.jsonl" 2> "$out/time.txt" || true
        cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$out/time.txt")
        wall=$(field 'Elapsed (wall clock)' "$out/time.txt" | seconds)
        rate=$(grep -o '[0-9,]* lines/s' "$out/time.txt" | tr -d ', lines/')
        [ "$build" = anchor ] && echo "$cpu" >> "$out/anchor-cpus" || echo "$cpu" >> "$out/cpus"
        echo "screen prompts, $n lines, run $run, $build (load $before): wall $wall s, CPU $cpu s, $rate lines/s in the command, output $(sha256sum < "$out/verdicts-$build.jsonl" | cut -c1-16)"
      done
      cmp -s "$out/verdicts-anchor.jsonl" "$out/verdicts-branch.jsonl" || echo "  verdict lines DIFFER from the anchor's"
    done
    echo "screen prompts, $n lines, median CPU of $runs alternated runs: anchor $(median < "$out/anchor-cpus") s, branch $(median < "$out/cpus") s"
    continue
  fi
  for run in $(seq "$runs"); do
    before=$(load)
    /usr/bin/time -v "$genscreen" screen prompts "$input" > "$out/verdicts.jsonl" 2> "$out/time.txt" || true
    wall=$(field 'Elapsed (wall clock)' "$out/time.txt" | seconds)
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$out/time.txt")
    rss=$(( $(field 'Maximum resident set size' "$out/time.txt") / 1024 ))
    rate=$(grep -o '[0-9,]* lines/s' "$out/time.txt" | tr -d ', lines/')
    echo "$wall" >> "$out/walls"; echo "$cpu" >> "$out/cpus"; echo "$rss" >> "$out/rss"; echo "$rate" >> "$out/rates"
    echo "screen prompts, $n lines, run $run (load $before): wall $wall s, CPU $cpu s, peak RSS $rss MiB, $rate lines/s in the command, $(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%d", n / w }') lines/s whole process"
  done
  echo "screen prompts, $n lines, median of $runs: wall $(median < "$out/walls") s, CPU $(median < "$out/cpus") s, peak RSS $(median < "$out/rss") MiB, $(median < "$out/rates") lines/s in the command"
done

: > "$out/walls"
for run in $(seq "$runs"); do
  before=$(load)
  /usr/bin/time -v "$genscreen" screen prompt "(masterpiece:1.2), portrait of a woman in a red coat, city street at night" > /dev/null 2> "$out/time.txt" || true
  wall=$(field 'Elapsed (wall clock)' "$out/time.txt" | seconds)
  echo "$wall" >> "$out/walls"
  echo "start-up to first verdict, run $run (load $before): $wall s, peak RSS $(( $(field 'Maximum resident set size' "$out/time.txt") / 1024 )) MiB"
done
echo "start-up to first verdict, median of $runs: $(median < "$out/walls") s"

echo "lexicon memory (load $(load)):"
dotnet test tests/GenScreen.Core.Tests --filter "FullyQualifiedName~LexiconMemoryTests" --logger "console;verbosity=detailed" 2>&1 | grep -E 'MiB retained|Passed!|Failed!' || true
