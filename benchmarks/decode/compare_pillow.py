#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Compares the images dev.lamina.benchmarks.decode.DecodeDump wrote with Pillow's for the same files:
Image.open(f).convert('RGB').resize((SIZE, SIZE), NEAREST|BILINEAR), what Keras' load_img does.

    compare_pillow.py DUMPDIR SIZE nearest|bilinear FILE...

Prints one line: how many are byte-identical, and the largest difference of the others.
"""
import sys

import numpy as np
from PIL import Image


def main():
    dump, size, interpolation, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    resample = Image.BILINEAR if interpolation == 'bilinear' else Image.NEAREST
    identical, worst, differing = 0, 0, []
    for i, path in enumerate(files):
        with Image.open(path) as image:
            reference = np.asarray(image.convert('RGB').resize((size, size), resample))
        mine = np.fromfile('%s/%d.rgb' % (dump, i), dtype=np.uint8).reshape(size, size, 3)
        if np.array_equal(mine, reference):
            identical += 1
        else:
            worst = max(worst, int(np.abs(mine.astype(int) - reference.astype(int)).max()))
            differing.append(path)
    print('%d of %d images byte-identical to Pillow (%s)%s' % (
        identical, len(files), interpolation,
        '' if not differing else '; largest difference %d, e.g. %s' % (worst, differing[0])))


if __name__ == '__main__':
    main()
