#!/usr/bin/env bash
# Image pipeline micro-benchmarks and the nsfwjs comparison, in one run on the same images:
#   1. BenchmarkDotNet (Release): NsfwInferenceBenchmarks, ImageDecodeBenchmarks, ImageScreenerBenchmarks
#      (tests/GenScreen.Benchmarks; their GlobalSetup writes artifacts/bench-images/astronaut-{1024.png,1024.jpg,224.png}).
#   2. nsfwjs in node on the same PNG files (tests/load/nsfwjs-bench.mjs, pure-JS tfjs CPU backend).
#   3. The medians and GenScreen/nsfwjs ratios (tests/load/image-bench-report.mjs).
# Usage: tests/load/image-bench.sh      env: RUNS (nsfwjs timed runs per image, 10), WARMUP (2), FILTER (BenchmarkDotNet filter)
# Needs the skimage sample cache (artifacts/test-data/skimage, made by the Images tests) and node_modules (npm ci).
# Everything is local and bounded: fixed BenchmarkDotNet iteration counts, RUNS * 2 nsfwjs calls.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-10}
warmup=${WARMUP:-2}
filter=${FILTER:-'*NsfwInferenceBenchmarks* *ImageDecodeBenchmarks* *ImageScreenerBenchmarks*'}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="artifacts/bench/images-$stamp"
mkdir -p "$out"

if [ ! -f artifacts/test-data/skimage/astronaut.png ]; then
  echo "artifacts/test-data/skimage is missing: run 'dotnet test tests/GenScreen.Images.Tests --filter NsfwParityTests' once first." >&2
  exit 2
fi
[ -f node_modules/nsfwjs/package.json ] && [ -f node_modules/pngjs/package.json ] || npm ci --no-audit --no-fund

echo "load average before: $(cat /proc/loadavg)" | tee "$out/loadavg.txt"
dotnet build -c Release tests/GenScreen.Benchmarks -nologo -v quiet >/dev/null
read -r -a filters <<< "$filter"
echo "BenchmarkDotNet: ${filters[*]} (about 10 minutes; log in $out/bdn.log)"
if ! timeout 3600 dotnet run -c Release --no-build --project tests/GenScreen.Benchmarks -- \
  --filter "${filters[@]}" --exporters json --artifacts "$out/bdn" > "$out/bdn.log" 2>&1; then
  tail -n 60 "$out/bdn.log" >&2
  exit 1
fi
grep -E '^\|' "$out/bdn.log" || true
echo "load average after BenchmarkDotNet: $(cat /proc/loadavg)" | tee -a "$out/loadavg.txt"

timeout 1800 node tests/load/nsfwjs-bench.mjs --runs "$runs" --warmup "$warmup" --out "$out/nsfwjs.json" \
  artifacts/bench-images/astronaut-1024.png artifacts/bench-images/astronaut-224.png | tee "$out/nsfwjs.txt"
echo "load average after nsfwjs: $(cat /proc/loadavg)" | tee -a "$out/loadavg.txt"

echo
node tests/load/image-bench-report.mjs "$out/bdn/results" "$out/nsfwjs.json" | tee "$out/report.md"
echo
echo "results: $out"
