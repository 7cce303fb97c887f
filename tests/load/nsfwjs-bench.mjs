// Timing of nsfwjs itself (MobileNetV2, pure-JS @tensorflow/tfjs CPU backend, node) on PNG files, for the
// GenScreen/nsfwjs comparison in docs/performance.md ("## Images"). Same approach as the parity script
// (tests/GenScreen.Images.Tests/parity/nsfwjs-parity.mjs): pixels decoded with pngjs, alpha dropped, an int32
// tensor3d handed to the model; here model.classify (nsfwjs's preprocessing + inference + top-k) is timed.
//
// Usage: node tests/load/nsfwjs-bench.mjs [--runs N] [--warmup W] [--backend cpu|wasm] [--model MobileNetV2|InceptionV3]
//        [--out result.json] image.png [image.png ...]
//   --backend wasm: @tensorflow/tfjs-backend-wasm (SIMD; single-threaded in node), tfjs's fastest backend here.
//   N timed classify calls per image (default 10, at most 200) after W untimed ones (default 2, at most 20).
// Prints one line per image to stdout; --out also writes every sample as JSON. Bounded: runs * images calls.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, cpus } from "node:os";
import { dirname, join, basename } from "node:path";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}
const runs = Math.min(200, Math.max(1, Number.parseInt(option("--runs", "10"), 10)));
const warmup = Math.min(20, Math.max(0, Number.parseInt(option("--warmup", "2"), 10)));
const outPath = option("--out", null);
const backend = option("--backend", "cpu");
const modelName = option("--model", "MobileNetV2");
const images = args;
if (images.length === 0) {
  process.stderr.write("usage: node tests/load/nsfwjs-bench.mjs [--runs N] [--warmup W] [--out result.json] image.png...\n");
  process.exit(2);
}

// nsfwjs and tfjs print banners (e.g. "use tfjs-node for speed"); keep stdout for the results.
const print = console.log.bind(console);
console.info = () => {};
console.log = () => {};
console.warn = () => {};

const tf = await import("@tensorflow/tfjs");
const nsfwjs = await import("nsfwjs");
const { PNG } = require("pngjs");

if (backend === "wasm") {
  const wasm = await import("@tensorflow/tfjs-backend-wasm");
  wasm.setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
}
await tf.setBackend(backend);
await tf.ready();
const loadStarted = performance.now();
const model = await nsfwjs.load(modelName);
const loadMs = performance.now() - loadStarted;

const stats = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, min: s[0], q1: at(0.25), q3: at(0.75), max: s[s.length - 1] };
};

function decode(path) {
  const png = PNG.sync.read(readFileSync(path));
  const { width, height, data } = png;
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    rgb[p * 3] = data[q];
    rgb[p * 3 + 1] = data[q + 1];
    rgb[p * 3 + 2] = data[q + 2];
  }
  return { width, height, rgb };
}

const loadBefore = loadavg();
const results = [];
for (const path of images) {
  // Decode (pngjs + RGBA->RGB + tensor creation): a few timed runs, bounded by `runs`.
  const decodeMs = [];
  let decoded;
  for (let i = 0; i < Math.min(runs, 5) + 1; i++) {
    const started = performance.now();
    decoded = decode(path);
    const input = tf.tensor3d(Int32Array.from(decoded.rgb), [decoded.height, decoded.width, 3], "int32");
    const ms = performance.now() - started;
    input.dispose();
    if (i > 0) decodeMs.push(ms); // the first one warms the JIT
  }

  const { width, height, rgb } = decoded;
  const input = tf.tensor3d(Int32Array.from(rgb), [height, width, 3], "int32");
  let predictions;
  for (let i = 0; i < warmup; i++) {
    predictions = await model.classify(input);
  }
  const classifyMs = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    predictions = await model.classify(input);
    classifyMs.push(performance.now() - started);
  }
  input.dispose();

  const classify = stats(classifyMs);
  const decodeStats = stats(decodeMs);
  results.push({
    path,
    width,
    height,
    rgbSha256: createHash("sha256").update(rgb).digest("hex"),
    top: predictions[0],
    classify,
    decode: decodeStats,
    classifySamplesMs: classifyMs,
    decodeSamplesMs: decodeMs,
  });
  print(`${basename(path).padEnd(24)} ${width}x${height}  nsfwjs classify median ${classify.median.toFixed(1)} ms ` +
    `(min ${classify.min.toFixed(1)}, max ${classify.max.toFixed(1)}, n=${classify.n}, warm-up ${warmup})  ` +
    `pngjs decode median ${decodeStats.median.toFixed(1)} ms  top=${predictions[0].className} ${predictions[0].probability.toFixed(3)}`);
}

const summary = {
  backend: tf.getBackend(),
  tfjsVersion: tf.version.tfjs,
  nsfwjsVersion: JSON.parse(readFileSync(join(dirname(require.resolve("nsfwjs")), "..", "..", "package.json"), "utf8")).version,
  node: process.version,
  model: modelName,
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  modelLoadMs: loadMs,
  runs,
  warmup,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  images: results,
};
print(`backend=${summary.backend} tfjs ${summary.tfjsVersion} nsfwjs ${summary.nsfwjsVersion} node ${summary.node}; ` +
  `model load ${loadMs.toFixed(0)} ms; load average ${loadBefore.map((v) => v.toFixed(2)).join(" ")} -> ${summary.loadAverageAfter.map((v) => v.toFixed(2)).join(" ")}`);
if (outPath) writeFileSync(outPath, JSON.stringify(summary, null, 2));
if (summary.backend !== backend) {
  process.stderr.write(`nsfwjs ran on the '${summary.backend}' backend, expected '${backend}'\n`);
  process.exit(1);
}
