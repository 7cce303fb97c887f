// Reference side of the NSFW parity test: classifies PNGs with nsfwjs (MobileNetV2) on the pure-JS tfjs CPU backend
// and writes the five raw probabilities per image (class order Drawing, Hentai, Neutral, Porn, Sexy) as JSON.
// Usage: node nsfwjs-parity.mjs --out result.json image1.png [image2.png ...]
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
const images = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);

await tf.setBackend("cpu");
await tf.ready();
const model = await nsfwjs.load("MobileNetV2");

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
  // The model input exactly as NSFWJS.infer builds it (toFloat().div(255), then resizeBilinear alignCorners=true
  // unless already 224x224), hashed so the C# preprocessing can be checked bit for bit.
  const resized = tf.tidy(() => {
    const normalized = input.toFloat().div(tf.scalar(255));
    return height !== 224 || width !== 224 ? tf.image.resizeBilinear(normalized, [224, 224], true) : normalized;
  });
  const tensor = await resized.data();
  input.dispose();
  output.dispose();
  resized.dispose();
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
  tfjsVersion: tf.version.tfjs,
  nsfwjsVersion: JSON.parse(readFileSync(join(dirname(require.resolve("nsfwjs")), "..", "..", "package.json"), "utf8")).version,
  images: results,
}, null, 2));
