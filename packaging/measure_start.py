"""Seconds from starting a till program to its window on screen (offscreen), the median
of several starts: how the frozen build's start time in the README was measured.

    python packaging/measure_start.py DB PROGRAM [ARGS...]
    python packaging/measure_start.py shop.sqlite3 dist/regulars/regulars --lang ru

Each start is a REGULARS_SMOKE start (app/ui/smoke_start.py): the clock stops when the
program prints that the till's window is up.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 5


def one_start(command: list[str]) -> float:
    env = {**os.environ, "REGULARS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen"}
    began = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        line = process.stdout.readline()
        shown = time.perf_counter() - began
        process.wait(timeout=60)
    if "window is up" not in line:
        raise SystemExit(f"the till did not come up: {line!r}")
    return shown


def main() -> None:
    db, program, *args = sys.argv[1:]
    times = [one_start([program, "--db", db, *args]) for _ in range(RUNS)]
    print(" ".join(f"{t:.2f}" for t in times), f"median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
