#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Pillow peer of dev.lamina.benchmarks.decode.DecodeBenchmark: the same work, done with Pillow + numpy.

Epoch 1 (decode+resize): every image of a class-folder tree is opened, converted to RGB and
resized to SIZE x SIZE (NEAREST by default, as Keras' load_img and Lamina), then written as
float32 * (1/255) into an NCHW batch array of BATCH images.  Batches are built by THREADS workers
with a bounded number in flight (2 x THREADS, like Lamina's pipeline); Pillow releases the GIL
while decoding, converting and resizing, and numpy while converting, so threads run in parallel.
The resized uint8 HWC arrays are kept in memory (Lamina keeps the resized image too).

Epoch 2 (cached): the same batches built from the kept uint8 arrays only: uint8 HWC -> float32
NCHW, scaled.  No file is read and nothing is decoded.

With --workers process, epoch 1 runs in a multiprocessing pool instead (each worker returns its
finished float batch and the uint8 images); the cached epoch then uses threads as above.

Prints lines that benchmarks/decode/run parses:
    epoch 1 (decode+resize): N images ... = R images/s
    epoch 2 (cached): N images ... = R images/s
"""

import argparse
import collections
import concurrent.futures
import multiprocessing
import os
import sys
import time

from PIL import Image

try:
    import numpy as np
except ImportError:  # pragma: no cover - the run script asks for python3-numpy
    np = None

EXTENSIONS = ('.png', '.jpg', '.jpeg')
FILTERS = {'nearest': Image.NEAREST, 'bilinear': Image.BILINEAR}


def list_files(folder):
    """Class folders sorted by name, files found recursively and sorted, hidden entries skipped."""
    classes = sorted(d for d in os.listdir(folder)
                     if not d.startswith('.') and os.path.isdir(os.path.join(folder, d)))
    samples = []
    for label, name in enumerate(classes):
        found = []
        for root, dirs, files in os.walk(os.path.join(folder, name), followlinks=True):
            dirs[:] = [d for d in dirs if not d.startswith('.')]
            found.extend(os.path.join(root, f) for f in files
                         if not f.startswith('.') and f.lower().endswith(EXTENSIONS))
        samples.extend((path, label) for path in sorted(found))
    return classes, samples


def load(path, size, resample):
    """Open, convert to RGB, resize: Keras' load_img(path, target_size=(size, size))."""
    with Image.open(path) as image:
        if image.mode != 'RGB':
            image = image.convert('RGB')
        if image.size != (size, size):
            image = image.resize((size, size), resample)
        else:
            image.load()
        return np.asarray(image) if np is not None else image.tobytes()


def to_batch(images, size, scale):
    """uint8 HWC images -> one float32 NCHW array, times scale (Lamina's rescale=1/255)."""
    if np is None:
        return None
    batch = np.empty((len(images), 3, size, size), dtype=np.float32)
    for i, image in enumerate(images):
        np.multiply(image.transpose(2, 0, 1), scale, out=batch[i], casting='unsafe')
    return batch


def decode_batch(paths, size, resample, scale):
    images = [load(p, size, resample) for p in paths]
    return to_batch(images, size, scale), images


def cached_batch(images, size, scale):
    return to_batch(images, size, scale), None


_PROCESS_ARGS = None


def _process_init(size, resample, scale):
    global _PROCESS_ARGS
    _PROCESS_ARGS = (size, resample, scale)


def _process_batch(paths):
    return decode_batch(paths, *_PROCESS_ARGS)


def run_epoch(submit, batches, in_flight_max, keep=None):
    """Submits batches with at most in_flight_max pending, consumes them in order; returns images."""
    pending = collections.deque()
    next_batch = 0
    count = 0
    while next_batch < len(batches) or pending:
        while next_batch < len(batches) and len(pending) < in_flight_max:
            pending.append((next_batch, submit(batches[next_batch])))
            next_batch += 1
        index, future = pending.popleft()
        features, images = future.result()
        count += len(batches[index])
        if keep is not None and images is not None:
            keep[index] = images
        del features
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('folder')
    parser.add_argument('--threads', type=int, default=os.cpu_count())
    parser.add_argument('--size', type=int, default=300)
    parser.add_argument('--batch', type=int, default=32)
    parser.add_argument('--interpolation', choices=sorted(FILTERS), default='nearest')
    parser.add_argument('--workers', choices=('thread', 'process'), default='thread')
    args = parser.parse_args()

    if np is None:
        print('pillow_decode: numpy is missing (apt-get install python3-numpy): '
              'float batches are not built, images stay bytes', file=sys.stderr)
    classes, samples = list_files(args.folder)
    paths = [p for p, _ in samples]
    batches = [paths[i:i + args.batch] for i in range(0, len(paths), args.batch)]
    resample = FILTERS[args.interpolation]
    scale = np.float32(1 / 255) if np is not None else None
    in_flight = 2 * args.threads
    print('%s: %d images in %d classes; Pillow %s, numpy %s, %d %s worker(s)' % (
        args.folder, len(paths), len(classes), Image.__version__,
        np.__version__ if np is not None else 'absent', args.threads, args.workers))

    kept = {}
    with concurrent.futures.ThreadPoolExecutor(args.threads) as threads:
        start = time.perf_counter()
        if args.workers == 'process':
            with multiprocessing.Pool(args.threads, _process_init, (args.size, resample, scale)) as pool:
                start = time.perf_counter()  # the pool's start-up is not counted

                class Done:
                    def __init__(self, async_result):
                        self.async_result = async_result

                    def result(self):
                        return self.async_result.get()

                images = run_epoch(lambda b: Done(pool.apply_async(_process_batch, (b,))), batches,
                                   in_flight, kept)
                seconds = time.perf_counter() - start
        else:
            images = run_epoch(lambda b: threads.submit(decode_batch, b, args.size, resample, scale),
                               batches, in_flight, kept)
            seconds = time.perf_counter() - start
        print('epoch 1 (decode+resize): %d images to %dx%d RGB %s with %d %ss in %.2f s = %.0f images/s' % (
            images, args.size, args.size, args.interpolation, args.threads, args.workers, seconds,
            images / seconds))

        cached = [kept[i] for i in range(len(batches))]
        start = time.perf_counter()
        images = run_epoch(lambda b: threads.submit(cached_batch, b, args.size, scale), cached, in_flight)
        seconds = time.perf_counter() - start
        print('epoch 2 (cached): %d images to %dx%d RGB %s with %d threads in %.2f s = %.0f images/s' % (
            images, args.size, args.size, args.interpolation, args.threads, seconds, images / seconds))
        kept_bytes = sum(image.nbytes if np is not None else len(image) for b in cached for image in b)
        print('cache: %d in memory (%d MiB)' % (sum(len(b) for b in cached), kept_bytes >> 20))


if __name__ == '__main__':
    main()
