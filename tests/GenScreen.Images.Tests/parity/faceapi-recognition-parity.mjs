// Reference side of the face recognition parity test: runs @vladmandic/face-api itself (SSD MobileNetV1 detector,
// 68-point landmarks, FaceRecognitionNet) and writes, per face, the detector box, the 68 landmarks, the integer crop
// face-api cuts for the descriptor (withFaceDescriptors uses the dlib-style alignment box from the eye and mouth
// centres, clipped at the borders and floored), the 128-d descriptor, and a SHA-256 of the 150x150 float input tensor
// so the C# side can prove it fed the same pixels.
// Usage: node faceapi-recognition-parity.mjs --out result.json [--backend wasm|cpu] image1.png [image2.png ...]
// --backend wasm (the default) is tfjs-backend-wasm 4.22 (SIMD, single-threaded; its .wasm files ship in the npm
// package), 10x faster than the pure-JS cpu backend and equal to it up to float rounding (docs/performance.md,
// "Session 22"). The input hash is always computed on the cpu backend, so it means the same tensor whichever backend
// described the face.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

console.info = () => {};
console.log = () => {};
console.warn = () => {};

const require = createRequire(import.meta.url);
const tf = require("@tensorflow/tfjs");
const faceapi = require("@vladmandic/face-api/dist/face-api.node-wasm.js");
const { PNG } = require("pngjs");

const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const outPath = take("--out");
const backend = take("--backend") ?? "wasm";
const images = args;
if (!outPath || images.length === 0) {
  process.stderr.write("usage: node faceapi-recognition-parity.mjs --out result.json [--backend wasm|cpu] image.png...\n");
  process.exit(2);
}

if (backend === "wasm") {
  const wasm = require("@tensorflow/tfjs-backend-wasm");
  wasm.setWasmPaths(join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm")), "/"));
}
await tf.setBackend(backend);
await tf.ready();
const packageDir = join(dirname(require.resolve("@vladmandic/face-api/package.json")));
const modelDir = join(packageDir, "model");
await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
const options = new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 100 });

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
  const faces = await faceapi.detectAllFaces(input, options).withFaceLandmarks().withFaceDescriptors();
  const out = [];
  for (const face of faces) {
    // Exactly the box withFaceDescriptors slices (landmarks.align(null, { useDlibAlignment: true }), clipped, floored).
    const crop = face.landmarks.align(null, { useDlibAlignment: true }).clipAtImageBorders(width, height);
    const [faceTensor] = await faceapi.extractFaceTensors(input, [crop]);
    const started = performance.now();
    const again = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(faceTensor);
    const ms = performance.now() - started;
    tf.dispose([faceTensor]);
    // The net's 150x150 input as face-api builds it (crop, pad to a square, resize), built on the cpu backend.
    await tf.setBackend("cpu");
    const cpuInput = tf.tensor3d(Int32Array.from(rgb), [height, width, 3], "int32");
    const [cpuFace] = await faceapi.extractFaceTensors(cpuInput, [crop]);
    const batch = new faceapi.NetInput([cpuFace]).toBatchTensor(150, true);
    const tensor = await batch.data();
    tf.dispose([cpuInput, cpuFace, batch]);
    await tf.setBackend(backend);
    const box = face.detection.box;
    out.push({
      score: face.detection.score,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      crop: { x: crop.x, y: crop.y, width: crop.width, height: crop.height },
      landmarks: face.landmarks.positions.map((p) => [p.x, p.y]),
      inputSha256: createHash("sha256").update(new Uint8Array(tensor.buffer, tensor.byteOffset, tensor.byteLength)).digest("hex"),
      descriptor: Array.from(face.descriptor),
      sameAgain: Array.from(again).every((v, i) => v === face.descriptor[i]),
      ms,
    });
  }
  input.dispose();
  results.push({ path, width, height, rgbSha256: createHash("sha256").update(rgb).digest("hex"), faces: out });
}

writeFileSync(outPath, JSON.stringify({
  backend: tf.getBackend(),
  tfjsVersion: tf.version.tfjs,
  faceApiVersion: JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version,
  images: results,
}, null, 2));
