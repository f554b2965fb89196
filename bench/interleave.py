#!/usr/bin/env python3
"""Whole-process timing on a shared machine: runs each command in turn, N rounds (after 3
warm-up rounds), and prints for each the median wall time, the median CPU time (user +
system, from wait4) and the median number of minor page faults. Interleaving spreads the
other users' load evenly over the commands compared; the CPU time is what to compare when
that load is high.

  bench/interleave.py 40 'news=build/searcher/news-search --db IDX people' \\
                         'quest=quest -d IDX -s none peopl'
"""

import os
import shlex
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    runs = {name: [] for name, _ in commands}
    for i in range(rounds + 3):
        for name, cmd in commands:
            start = time.perf_counter()
            proc = subprocess.Popen(shlex.split(cmd), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            if i >= 3:
                runs[name].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_minflt))
    print(f"load {os.getloadavg()[0]:.2f}, {rounds} interleaved runs each, ms")
    for name, rs in runs.items():
        wall = sorted(r[0] for r in rs)
        print(f"{name:28s} wall p50 {statistics.median(wall) * 1e3:7.2f} min {wall[0] * 1e3:7.2f}"
              f" | CPU p50 {statistics.median(r[1] for r in rs) * 1e3:7.2f}"
              f" | minor faults {statistics.median(r[2] for r in rs):.0f}")


if __name__ == "__main__":
    main()
