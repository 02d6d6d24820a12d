"""Two CPU-bound threads: do they ever run at the same moment?"""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from timeline import record, spin, together

SECONDS = 0.15  # how long each thread or process runs its loop, in each round


def run_together(pool):
    """Run a pure-Python loop in two workers at once: how much did they overlap?"""
    first, second = pool.map(record, [spin, spin], [SECONDS, SECONDS])
    return together(first, second)


if __name__ == "__main__":  # the process pool's workers import this file
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        for pool in threads, processes:
            list(pool.map(time.sleep, [0.05, 0.05]))  # one task each: both started
        rounds = [(run_together(threads), run_together(processes)) for _ in range(3)]
    in_threads = sum(t for t, _ in rounds) / len(rounds)
    # The reference: how much the machine let two processes run at once just now.
    in_processes = sum(p for _, p in rounds) / len(rounds)
    if in_processes < 0.1:
        print(f"inconclusive: processes ran together {in_processes:.2f} of the time")
    else:
        print(f"threads ran together: {in_threads:.2f} of the time")
        print(f"processes ran together: {in_processes:.2f} of the time")
        print(f"ratio: {in_threads / in_processes:.2f}")
