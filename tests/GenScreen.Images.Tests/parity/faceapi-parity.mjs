// Reference side of the face parity test: runs @vladmandic/face-api itself (SSD MobileNetV1 -> 68 landmarks ->
// aligned crop -> ageGenderNet, i.e. detectAllFaces(img, SsdMobilenetv1Options).withFaceLandmarks().withAgeAndGender())
// and writes every face as JSON. Detector "tiny" is TinyFaceDetector (inputSize 416, scoreThreshold = min-confidence)
// in place of SSD. Every detector given runs on every image in this one process (models loaded once).
// Usage: node faceapi-parity.mjs --out result.json [--min-confidence 0.5] [--detectors ssd,tiny] [--backend wasm|cpu]
//        image1.rgb:W:H [image2.rgb:W:H ...]
// --backend wasm (the default) is tfjs-backend-wasm 4.22 (SIMD, single-threaded in node; its .wasm files ship in the
// npm package): 5-10x faster than the pure-JS cpu backend, with which it agrees to float rounding (docs/performance.md,
// "Session 22: the Images tests' face-api references on tfjs-wasm").
// Inputs are raw RGB24 files written by the C# side from GenScreen's own decoder, so both sides see the same pixels
// (face-api in node has no JPEG decoder without tfjs-node, which cannot be installed here).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

console.info = () => {};
console.log = () => {};
console.warn = () => {};

const require = createRequire(import.meta.url);
const faceapi = require("@vladmandic/face-api/dist/face-api.node-wasm.js");
const tf = faceapi.tf;

const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const outPath = take("--out");
const minConfidence = Number(take("--min-confidence") ?? "0.5");
const detectors = (take("--detectors") ?? "ssd").split(",");
const backend = take("--backend") ?? "wasm";
if (!outPath || args.length === 0 || detectors.some((d) => d !== "ssd" && d !== "tiny")) {
  process.stderr.write("usage: node faceapi-parity.mjs --out result.json [--min-confidence 0.5] [--detectors ssd,tiny] [--backend wasm|cpu] image.rgb:W:H...\n");
  process.exit(2);
}

const started = performance.now();
if (backend === "wasm") {
  const wasm = require("@tensorflow/tfjs-backend-wasm");
  wasm.setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
}
await tf.setBackend(backend);
await tf.ready();
const modelDir = join(dirname(require.resolve("@vladmandic/face-api/package.json")), "model");
await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
await faceapi.nets.ageGenderNet.loadFromDisk(modelDir);
const loadMs = performance.now() - started;
const optionsFor = (detector) => detector === "tiny"
  ? new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: minConfidence })
  : new faceapi.SsdMobilenetv1Options({ minConfidence, maxResults: 100 });

const box = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
const images = [];
for (const arg of args) {
  const [path, w, h] = arg.split(":");
  const width = Number(w);
  const height = Number(h);
  const rgb = readFileSync(path);
  if (rgb.length !== width * height * 3) throw new Error(`${path}: ${rgb.length} bytes, expected ${width * height * 3}`);
  const input = tf.tensor3d(Int32Array.from(rgb), [height, width, 3], "int32");
  const byDetector = {};
  for (const detector of detectors) {
    const started = performance.now();
    const results = await faceapi
      .detectAllFaces(input, optionsFor(detector))
      .withFaceLandmarks()
      .withAgeAndGender();
    const ms = performance.now() - started;
    byDetector[detector] = {
      ms,
      faces: results.map((r) => ({
        score: r.detection.score,
        box: box(r.detection.box),
        landmarks: r.landmarks.positions.map((p) => [p.x, p.y]),
        alignedBox: box(r.alignedRect.box),
        age: r.age,
        genderMale: r.gender === "male" ? r.genderProbability : 1 - r.genderProbability,
      })),
    };
  }
  input.dispose();
  images.push({ path, width, height, detectors: byDetector });
}

writeFileSync(outPath, JSON.stringify({ backend: tf.getBackend(), tfjs: tf.version_core, faceapi: faceapi.version, loadMs, images }, null, 1));
