#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Folds an async-profiler 'collapsed' stack file of a DL4J training run into phases: per layer forward and
backward, the updater, the loss, Lamina's batch pipeline, garbage collection, the JIT, the kernel; prints each phase's
share of the process's CPU samples and its top native functions. Used by benchmarks/training/profile."""
import collections
import re
import sys

LAYER = re.compile(r'org/deeplearning4j/nn/layers/(?:[a-z]+/)*([A-Za-z]+)\.(activate|preOutput|backpropGradient|'
                   r'computeScore|computeGradientAndScore)')


def phase(frames):
    """The phase of one stack, read from its Java frames, the innermost layer method deciding."""
    for f in reversed(frames):
        m = LAYER.search(f)
        if m:
            layer, method = m.groups()
            if method in ('computeScore', 'computeGradientAndScore'):
                return 'loss (' + layer + ')'
            return ('backward ' if method == 'backpropGradient' else 'forward ') + layer
        if 'updater' in f.lower() and 'deeplearning4j' in f:
            return 'updater (Adam/RMSprop)'
        if 'dev/lamina/engine/training/Accuracy' in f or 'AccuracyProbe' in f:
            return 'Lamina accuracy probe'
    joined = ';'.join(frames)
    if 'dev/lamina/data' in joined or 'inflate' in joined:
        return 'Lamina batch pipeline (decode, tensors)'
    if 'MultiLayerNetwork' in joined:
        return 'DL4J other (fit loop, workspaces)'
    if 'dev/lamina/benchmarks' in joined:
        return 'benchmark set-up and test evaluation'
    if 'dev/lamina' in joined:
        return 'Lamina other'
    if any(g in joined for g in ('G1', 'GCTaskThread', 'GangWorker', 'ConcurrentGCThread')):
        return 'JVM garbage collection'
    if any(c in joined for c in ('CompileBroker', 'C2Compiler', 'C1Compiler', 'Compile::')):
        return 'JVM JIT compiler'
    if 'deeplearning4j' in joined or 'nd4j' in joined:
        return 'DL4J/ND4J other'
    if frames and frames[-1].endswith('_[k]'):
        return 'kernel (other threads)'
    return 'other'


def main(path, top=4):
    phases = collections.Counter()
    leaves = collections.defaultdict(collections.Counter)
    total = 0
    for line in open(path, encoding='utf-8', errors='replace'):
        stack, _, count = line.rstrip('\n').rpartition(' ')
        if not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(';')
        p = phase(frames)
        phases[p] += n
        leaf = frames[-1]
        leaf = re.sub(r'\(.*', '', leaf)[:70]
        leaves[p][leaf] += n
        total += n
    print(f'{path}: {total} CPU samples')
    for p, n in phases.most_common():
        tops = ', '.join(f'{l} {100 * c / n:.0f}%' for l, c in leaves[p].most_common(top))
        print(f'{100 * n / total:5.1f}%  {p:42s} {tops}')


if __name__ == '__main__':
    main(sys.argv[1])
