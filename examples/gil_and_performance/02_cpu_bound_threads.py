"""Two CPU-bound threads: do they ever run at the same moment?"""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from timeline import both_and_either, record, spin

SECONDS = 0.1  # how long each thread or process runs its loop, in each round


def run_together(pool):
    """Run a pure-Python loop in two workers over the same 0.1 s: how long both
    ran at once, and how long either did, in seconds."""
    start_at = time.perf_counter() + 0.05  # time for both tasks to reach a worker
    first, second = pool.map(record, [spin] * 2, [SECONDS] * 2, [start_at] * 2)
    return both_and_either(first, second)


if __name__ == "__main__":  # the process pool's workers import this file
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        for pool in threads, processes:
            list(pool.map(time.sleep, [0.05, 0.05]))  # one task each: both started
        rounds = []  # per round: (both, either) of the threads, of the processes
        # two rounds, and more (up to 8) until the processes ran together 50 ms
        while len(rounds) < 2 or sum(p[0] for _, p in rounds) < 0.05:
            rounds.append((run_together(threads), run_together(processes)))
            if len(rounds) == 8:
                break
    threads_both, threads_either = map(sum, zip(*(t for t, _ in rounds)))
    processes_both, processes_either = map(sum, zip(*(p for _, p in rounds)))
    in_threads = threads_both / threads_either
    # The reference: how much the machine let two processes run at once just now.
    in_processes = processes_both / processes_either
    if in_processes < 0.1 or processes_both < 0.05:  # too few moments to compare
        print(
            f"inconclusive: processes ran together {in_processes:.2f} "
            f"of the time, {processes_both * 1000:.0f} ms in all"
        )
    else:
        print(f"threads ran together: {in_threads:.2f} of the time")
        print(f"processes ran together: {in_processes:.2f} of the time")
        print(f"ratio: {in_threads / in_processes:.2f}")
