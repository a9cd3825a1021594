#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""PyTorch peer of dev.lamina.benchmarks.training.TrainingBenchmark: one epoch of Fashion-MNIST on the course's MNIST model.

Conv2d(1,16,3)+ReLU, MaxPool2d(2), Flatten, Linear(2704,128)+ReLU, Linear(128,10); Adam 1e-3, batch 32, cross-entropy
on integer labels, pixels / 255, shuffled. Data from the same IDX .gz files (numpy + gzip, no torchvision). Prints one
RESULT line in the Java benchmark's format. Used by benchmarks/training/run; it asserts nothing.

    torch_mnist.py [--count N] [--threads T] [--data DIR] [--seed S]
"""
import argparse
import gzip
import os
import time

import numpy as np
import torch
from torch import nn


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=60000)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--engine", default="pytorch", help="the name on the RESULT line")
    parser.add_argument("--profile", type=int, default=0,
                        help="profile this many training steps with torch.profiler and print its op table instead")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    def load(prefix, count=None):
        images = read_idx(os.path.join(args.data, prefix + "-images-idx3-ubyte.gz"))
        labels = read_idx(os.path.join(args.data, prefix + "-labels-idx1-ubyte.gz"))
        if count is not None:
            images, labels = images[:count], labels[:count]
        x = torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)  # N,1,28,28
        y = torch.from_numpy(labels.astype(np.int64))
        return x, y

    x_train, y_train = load("train", args.count)
    x_test, y_test = load("t10k")

    model = nn.Sequential(
        nn.Conv2d(1, 16, 3), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(2704, 128), nn.ReLU(),
        nn.Linear(128, 10),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    batch = args.batch

    n = x_train.shape[0]
    if args.profile:
        profile(model, optimizer, loss_fn, x_train, y_train, batch, args.profile)
        return
    cpu_start = time.process_time()
    start = time.perf_counter()
    model.train()
    order = torch.randperm(n)
    for first in range(0, n, batch):
        idx = order[first:first + batch]
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[idx]), y_train[idx])
        loss.backward()
        optimizer.step()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start

    model.eval()
    correct = 0
    with torch.no_grad():
        for first in range(0, x_test.shape[0], 500):
            predicted = model(x_test[first:first + 500]).argmax(1)
            correct += int((predicted == y_test[first:first + 500]).sum())
    accuracy = correct / x_test.shape[0]
    print("RESULT engine=%s images=%d seconds=%.2f cpu_s=%.2f images_per_s=%.0f test_acc=%.4f peak_rss_mb=%.0f"
          " threads=%d torch=%s" % (args.engine, n, seconds, cpu_seconds, n / seconds, accuracy, peak_rss_mb(),
                                    torch.get_num_threads(), torch.__version__))


def profile(model, optimizer, loss_fn, x_train, y_train, batch, steps):
    """torch.profiler's op table (self CPU time) for `steps` training steps after 20 warm-up steps."""
    from torch.profiler import ProfilerActivity, profile as torch_profile

    def step(first):
        optimizer.zero_grad()
        loss = loss_fn(model(x_train[first:first + batch]), y_train[first:first + batch])
        loss.backward()
        optimizer.step()

    model.train()
    for i in range(20):
        step(i * batch)
    with torch_profile(activities=[ProfilerActivity.CPU]) as prof:
        for i in range(steps):
            step((20 + i) * batch % (x_train.shape[0] - batch))
    print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=25))


if __name__ == "__main__":
    main()
