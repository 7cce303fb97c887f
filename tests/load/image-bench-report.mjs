// Reads one run's BenchmarkDotNet JSON reports (the image benchmarks) and nsfwjs-bench.mjs's JSON, prints the
// medians and the GenScreen/nsfwjs ratios as a Markdown table. Used by tests/load/image-bench.sh.
// Usage: node tests/load/image-bench-report.mjs <BenchmarkDotNet results dir> <nsfwjs.json>
import { readFileSync, readdirSync } from "node:fs";
import { join, basename } from "node:path";

const [resultsDir, nsfwjsPath] = process.argv.slice(2);
if (!resultsDir || !nsfwjsPath) {
  process.stderr.write("usage: node image-bench-report.mjs <BenchmarkDotNet results dir> <nsfwjs.json>\n");
  process.exit(2);
}

const rows = [];
for (const file of readdirSync(resultsDir).filter((f) => f.endsWith("-report-full-compressed.json"))) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), "utf8"));
  for (const b of report.Benchmarks) {
    if (!b.Statistics) continue; // a failed benchmark has no statistics
    rows.push({
      type: b.Type,
      method: b.Method,
      title: b.MethodTitle.replace(/^'|'$/g, ""),
      params: b.Parameters ?? "",
      medianMs: b.Statistics.Median / 1e6,
      minMs: b.Statistics.Min / 1e6,
      maxMs: b.Statistics.Max / 1e6,
      n: b.Statistics.N,
      allocated: b.Memory?.BytesAllocatedPerOperation,
    });
  }
}
const nsfwjs = JSON.parse(readFileSync(nsfwjsPath, "utf8"));
const js = (side) => nsfwjs.images.find((i) => i.width === side && i.height === side);

const f1 = (v) => v.toFixed(1);
const f2 = (v) => v.toFixed(2);
console.log("| Benchmark | Params | Median ms | Min ms | Max ms | N | Allocated/op |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  const alloc = r.allocated == null ? "" : r.allocated >= 1 << 20 ? `${(r.allocated / (1 << 20)).toFixed(2)} MB` : `${(r.allocated / 1024).toFixed(1)} KB`;
  console.log(`| ${r.type}: ${r.title} | ${r.params} | ${f2(r.medianMs)} | ${f2(r.minMs)} | ${f2(r.maxMs)} | ${r.n} | ${alloc} |`);
}

const find = (method, params = null) => rows.find((r) => r.method === method && (params === null || r.params === params));
console.log("");
console.log(`nsfwjs ${nsfwjs.nsfwjsVersion}, tfjs ${nsfwjs.tfjsVersion} backend '${nsfwjs.backend}', node ${nsfwjs.node}, ${nsfwjs.runs} runs after ${nsfwjs.warmup} warm-up`);
console.log("");
console.log("| Comparison (medians) | GenScreen ms | nsfwjs ms | GenScreen/nsfwjs | speed-up |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const compare = (label, ours, theirs) => {
  if (ours == null || theirs == null) {
    console.log(`| ${label} | ${ours == null ? "n/a" : f1(ours)} | ${theirs == null ? "n/a" : f1(theirs)} | n/a | n/a |`);
    return;
  }
  console.log(`| ${label} | ${f1(ours)} | ${f1(theirs)} | ${(ours / theirs).toFixed(4)} | ${(theirs / ours).toFixed(0)}x |`);
};
const big = js(1024);
const small = js(224);
compare("classify decoded 1024x1024 (ORT default threads = 2)", find("Classify1024", "IntraOpNumThreads=0")?.medianMs, big?.classify.median);
compare("classify decoded 1024x1024 (ORT 1 thread)", find("Classify1024", "IntraOpNumThreads=1")?.medianMs, big?.classify.median);
compare("classify decoded 224x224 (ORT default threads = 2)", find("Classify224", "IntraOpNumThreads=0")?.medianMs, small?.classify.median);
compare("classify decoded 224x224 (ORT 1 thread)", find("Classify224", "IntraOpNumThreads=1")?.medianMs, small?.classify.median);
compare("PNG 1024 bytes -> scores (Screen vs pngjs decode + classify)", find("ScreenPng")?.medianMs, big ? big.decode.median + big.classify.median : null);
