"""Two CPU-bound threads: do they ever run at the same moment?"""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from timeline import length, overlap, record, spin, together

SECONDS = 0.15  # how long each thread or process runs its loop, in each round


def run_together(pool):
    """Run a pure-Python loop in two workers at once: the fraction of the time
    they ran together, and for how many seconds."""
    first, second = pool.map(record, [spin, spin], [SECONDS, SECONDS])
    return together(first, second), length(overlap(first, second))


if __name__ == "__main__":  # the process pool's workers import this file
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        for pool in threads, processes:
            list(pool.map(time.sleep, [0.05, 0.05]))  # one task each: both started
        rounds = [(run_together(threads), run_together(processes)) for _ in range(3)]
    in_threads = sum(t for (t, _), _ in rounds) / len(rounds)
    # The reference: how much the machine let two processes run at once just now.
    in_processes = sum(p for _, (p, _) in rounds) / len(rounds)
    seconds = sum(s for _, (_, s) in rounds)
    if in_processes < 0.1 or seconds < 0.03:  # too few moments to compare
        print(
            f"inconclusive: processes ran together {in_processes:.2f} "
            f"of the time, {seconds * 1000:.0f} ms in all"
        )
    else:
        print(f"threads ran together: {in_threads:.2f} of the time")
        print(f"processes ran together: {in_processes:.2f} of the time")
        print(f"ratio: {in_threads / in_processes:.2f}")
