#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""PyTorch peer of dev.lamina.benchmarks.training.HorsesStepBenchmark: training-step time of the horses-or-humans model.

Conv2d(3,16,3) -> MaxPool2d(2) -> Conv2d(16,32,3) -> MaxPool -> Conv2d(32,64,3) -> MaxPool -> Conv2d(64,64,3) -> MaxPool
-> Conv2d(64,64,3) -> MaxPool -> Flatten -> Linear(3136,512) -> Linear(512,1) + sigmoid (ReLU after each conv and the
512), BCELoss, RMSprop lr 0.001 (Keras' rho 0.9, eps 1e-7), on synthetic random pixels and labels (no decoding).
2 warm-up steps, then the median of 3 timed steps. Prints one RESULT line; asserts nothing.

    torch_horses.py [--batch N] [--threads T] [--warmup N] [--steps N]
"""
import argparse
import statistics
import time

import torch
from torch import nn


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--engine", default="pytorch", help="the name on the RESULT line")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    layers, channels = [], 3
    for out in (16, 32, 64, 64, 64):
        layers += [nn.Conv2d(channels, out, 3), nn.ReLU(), nn.MaxPool2d(2)]
        channels = out
    model = nn.Sequential(*layers, nn.Flatten(), nn.Linear(7 * 7 * 64, 512), nn.ReLU(), nn.Linear(512, 1),
                          nn.Sigmoid())
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    loss_fn = nn.BCELoss()
    model.train()
    times = []
    for step in range(args.warmup + args.steps):
        x = torch.rand(args.batch, 3, 300, 300)
        y = torch.randint(0, 2, (args.batch, 1)).float()
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        elapsed = time.perf_counter() - start
        print("pytorch batch %d step %d: %.2f s, loss %.4f" % (args.batch, step + 1, elapsed, loss.item()), flush=True)
        if step >= args.warmup:
            times.append(elapsed)
    median = statistics.median(times)
    print("RESULT engine=%s batch=%d s_per_step=%.2f images_per_s=%.1f peak_rss_mb=%.0f threads=%d torch=%s"
          % (args.engine, args.batch, median, args.batch / median, peak_rss_mb(), torch.get_num_threads(),
             torch.__version__))


if __name__ == "__main__":
    main()
