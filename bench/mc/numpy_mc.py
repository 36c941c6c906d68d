"""Vectorised numpy version of the Monte Carlo benchmark: the same GBM on daily closes, the
same ten latched close-price tranches ($250..$1000, earliest days 0, 100, ..., 900) over
1250 trading days, run on 2 processes, plain sampling (independent paths, plain means). Prints
path-steps per second, the warrant value's standard error, and the time plain sampling needs
for a standard error of 0.1% of the value (its measured time per path times the paths that
error calls for: n x (stderr / 0.1%)^2).
Usage: python3 numpy_mc.py [paths] [processes]"""
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from multiprocessing import Pool

DAYS = 1250
S0, VOL, MU, DT, STRIKE, SHARES = 203.71, 0.55, 0.04, 1 / 252, 0.01, 16e6
TARGETS = [250 + t * 750 / 9 for t in range(10)]
EARLIEST = [t * 100 for t in range(10)]
CHUNK = 2048


def simulate(args):
    """Simulates `paths` paths with stream `seed`: returns vest counts per tranche, and the sum
    and sum of squares of each path's value."""
    paths, seed = args
    rng = np.random.default_rng(seed)
    a, b = (MU - 0.5 * VOL * VOL) * DT, VOL * np.sqrt(DT)
    discount = np.exp(-MU * DT * np.arange(DAYS + 1))
    thresholds = np.log(np.array(TARGETS) / S0)
    vested = np.zeros(len(TARGETS))
    total = 0.0
    squares = 0.0
    done = 0
    while done < paths:
        n = min(CHUNK, paths - done)
        log_s = np.empty((n, DAYS + 1))
        log_s[:, 0] = 0.0
        np.cumsum(a + b * rng.standard_normal((n, DAYS)), axis=1, out=log_s[:, 1:])
        running_max = np.maximum.accumulate(log_s, axis=1)
        rows = np.arange(n)
        path_value = np.zeros(n)
        for t, threshold in enumerate(thresholds):
            hit = running_max >= threshold
            first = hit.argmax(axis=1)               # first day the latched target is met
            met = hit[rows, first]
            vest = np.maximum(first, EARLIEST[t])    # then vests once its gw has arrived
            price = S0 * np.exp(log_s[rows, vest])
            value = SHARES * (price - STRIKE) * discount[vest]
            vested[t] += met.sum()
            path_value += np.where(met, value, 0.0)
        total += path_value.sum()
        squares += (path_value * path_value).sum()
        done += n
    return vested, total, squares


def main():
    paths = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    processes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    shares = [paths // processes + (1 if i < paths % processes else 0) for i in range(processes)]
    with Pool(processes) as pool:
        pool.map(simulate, [(CHUNK, 99)] * processes)  # warm up the workers
        start = time.perf_counter()
        results = pool.map(simulate, [(n, 2025 + i) for i, n in enumerate(shares)])
        seconds = time.perf_counter() - start
    vested = sum(r[0] for r in results)
    total = sum(r[1] for r in results)
    squares = sum(r[2] for r in results)
    mean = total / paths
    stderr = np.sqrt(max(0.0, (squares - paths * mean * mean) / (paths - 1)) / paths)
    needed = paths * (stderr / (0.001 * mean)) ** 2
    print(f"numpy: {paths} paths x {DAYS} days, {processes} processes: {seconds:.3f} s, "
          f"{paths * DAYS / seconds / 1e6:.1f}M path-steps/s")
    print(f"numpy: P(T1)={vested[0] / paths:.4f} P(T10)={vested[9] / paths:.4f} E[value]=${mean / 1e9:.3f}B")
    print(f"numpy: stderr {100 * stderr / mean:.4f}% of the value; time to 0.1%: {seconds * needed / paths:.3f} s "
          f"({needed:.0f} paths, plain sampling)")


if __name__ == "__main__":
    main()
