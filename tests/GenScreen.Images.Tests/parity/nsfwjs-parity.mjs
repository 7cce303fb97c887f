// Reference side of the NSFW parity test: classifies PNGs with nsfwjs (MobileNetV2 by default, or InceptionV3 with
// --model InceptionV3, 299x299) on the pure-JS tfjs CPU backend and writes the five raw probabilities per image (class
// order Drawing, Hentai, Neutral, Porn, Sexy) as JSON.
// Usage: node nsfwjs-parity.mjs --out result.json [--model MobileNetV2|InceptionV3] [--backend cpu|wasm] image.png...
// --backend wasm runs tfjs-backend-wasm (SIMD, single-threaded in node): the fast configuration, for timing and for
// InceptionV3, which takes 20-30 s per image on the pure-JS backend. The input hash is always computed on the CPU
// backend, so it means the same tensor whichever backend classified.
// Pixels come from pngjs (RGBA, alpha dropped like tf.browser.fromPixels does for RGB), and a SHA-256 of the RGB bytes
// and of the preprocessed float32 tensor are reported so the C# side can prove both sides fed the model the same input.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// nsfwjs prints model banners with console.info; the result goes to --out, so stdout stays quiet.
console.info = () => {};
console.log = () => {};

const require = createRequire(import.meta.url);
const tf = await import("@tensorflow/tfjs");
const nsfwjs = await import("nsfwjs");
const { PNG } = require("pngjs");

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
if (outIndex < 0 || outIndex + 1 >= args.length) {
  process.stderr.write("usage: node nsfwjs-parity.mjs --out result.json image.png...\n");
  process.exit(2);
}
const outPath = args[outIndex + 1];
const modelIndex = args.indexOf("--model");
const modelName = modelIndex < 0 ? "MobileNetV2" : args[modelIndex + 1];
const size = { MobileNetV2: 224, InceptionV3: 299 }[modelName];
if (size === undefined) {
  process.stderr.write(`unknown --model ${modelName}\n`);
  process.exit(2);
}
const backendIndex = args.indexOf("--backend");
const backend = backendIndex < 0 ? "cpu" : args[backendIndex + 1];
const options = new Set([outIndex, outIndex + 1, modelIndex, modelIndex + 1, backendIndex, backendIndex + 1].filter(i => i >= 0));
const images = args.filter((_, i) => !options.has(i));

if (backend === "wasm") {
  const wasm = await import("@tensorflow/tfjs-backend-wasm");
  wasm.setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
}
await tf.setBackend(backend);
await tf.ready();
const loadStarted = performance.now();
const model = await nsfwjs.load(modelName);
const loadMs = performance.now() - loadStarted;

const results = [];
for (const path of images) {
  const png = PNG.sync.read(readFileSync(path));
  const { width, height, data } = png;
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < width * height; p++, q += 4) {
    rgb[p * 3] = data[q];
    rgb[p * 3 + 1] = data[q + 1];
    rgb[p * 3 + 2] = data[q + 2];
  }
  const input = tf.tensor3d(Int32Array.from(rgb), [height, width, 3], "int32");
  const started = performance.now();
  const output = model.infer(input);
  const probabilities = Array.from(await output.data());
  const ms = performance.now() - started;
  output.dispose();
  input.dispose();
  await tf.setBackend("cpu");
  const cpuInput = tf.tensor3d(Int32Array.from(rgb), [height, width, 3], "int32");
  // The model input exactly as NSFWJS.infer builds it (toFloat().div(255), then resizeBilinear alignCorners=true
  // unless already size x size), hashed so the C# preprocessing can be checked bit for bit.
  const resized = tf.tidy(() => {
    const normalized = cpuInput.toFloat().div(tf.scalar(255));
    return height !== size || width !== size ? tf.image.resizeBilinear(normalized, [size, size], true) : normalized;
  });
  const tensor = await resized.data();
  cpuInput.dispose();
  resized.dispose();
  await tf.setBackend(backend);
  results.push({
    path,
    width,
    height,
    rgbSha256: createHash("sha256").update(rgb).digest("hex"),
    inputSha256: createHash("sha256").update(new Uint8Array(tensor.buffer, tensor.byteOffset, tensor.byteLength)).digest("hex"),
    probabilities,
    ms,
  });
}

writeFileSync(outPath, JSON.stringify({
  backend: tf.getBackend(),
  model: modelName,
  loadMs,
  tfjsVersion: tf.version.tfjs,
  nsfwjsVersion: JSON.parse(readFileSync(join(dirname(require.resolve("nsfwjs")), "..", "..", "package.json"), "utf8")).version,
  images: results,
}, null, 2));
