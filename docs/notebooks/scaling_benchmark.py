"""Measure how work scales with threads; print the results as JSON.

Run by the notebook gil_scaling.py with each interpreter it compares:

    python scaling_benchmark.py [WORKLOAD ...] [--alone]

Standard library only, so that any CPython build can run it.
"""

import hashlib
import json
import os
import platform
import sys
import sysconfig
import threading
import time

THREAD_COUNTS = (1, 2, 4)
DATA = bytes(8 * 1024 * 1024)


def cpu_task():
    n = 1_000_000
    while n > 0:  # local variables only: nothing shared between threads
        n -= 1


def io_task():
    time.sleep(0.05)  # a blocking call that releases the GIL


def hash_task():
    hashlib.sha256(DATA).digest()  # releases the GIL on large buffers


class Counter:
    def __init__(self):
        self.value = 0


SHARED = Counter()


def shared_task():
    counter = SHARED  # one object for every thread (the count races: only timed)
    for _ in range(300_000):
        counter.value += 1


def private_task():
    counter = Counter()  # an object of this thread's own
    for _ in range(300_000):
        counter.value += 1


WORKLOADS = {
    "cpu": cpu_task,
    "io": io_task,
    "hash": hash_task,
    "shared": shared_task,
    "private": private_task,
}


def run_in_threads(task, count):
    """Run count copies of task in count threads; return wall and CPU seconds."""
    threads = [threading.Thread(target=task) for _ in range(count)]
    wall, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - wall, time.process_time() - cpu


def best_of_three(task, count):
    """The fastest of three runs: the one least disturbed by the rest of the machine."""
    return min((run_in_threads(task, count) for _ in range(3)), key=lambda run: run[0])


def measure(task, alone=False):
    """Speed-up of count tasks in count threads over count tasks in one thread,
    and the time of one task alone (only that with --alone)."""
    one_task, _ = best_of_three(task, 1)
    rows = []
    for count in () if alone else THREAD_COUNTS:
        wall, cpu = best_of_three(task, count)
        speedup = count * one_task / wall
        rows.append({"threads": count, "speedup": speedup, "cores": cpu / wall})
    return {"one_task": one_task, "rows": rows}


def main():
    alone = "--alone" in sys.argv
    chosen = [name for name in sys.argv[1:] if name in WORKLOADS] or list(WORKLOADS)
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
    facts = {
        "python": platform.python_version(),
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": gil_enabled,
        "cpus": os.cpu_count(),
        "results": {name: measure(WORKLOADS[name], alone) for name in chosen},
    }
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
