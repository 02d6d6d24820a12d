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
    both = {"threads": 0.0, "processes": 0.0}  # seconds both workers ran at once
    either = {"threads": 0.0, "processes": 0.0}  # seconds either of them ran
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        pools = {"threads": threads, "processes": processes}
        for pool in pools.values():
            list(pool.map(time.sleep, [0.05, 0.05]))  # one task each: both started
        # two rounds, and more until the processes ran together 50 ms (at most
        # 8 rounds, and none started after 2 s: a machine that slow is too busy)
        give_up = time.perf_counter() + 2
        for round in range(8):
            if round >= 2 and (
                both["processes"] >= 0.05 or time.perf_counter() > give_up
            ):
                break
            for name, pool in pools.items():
                round_both, round_either = run_together(pool)
                both[name] += round_both
                either[name] += round_either
    in_threads = both["threads"] / max(either["threads"], 1e-9)
    # The reference: how much the machine let two processes run at once just now.
    in_processes = both["processes"] / max(either["processes"], 1e-9)
    if in_processes < 0.1 or both["processes"] < 0.05:  # too few moments to compare
        print(
            f"inconclusive: processes ran together {in_processes:.2f} "
            f"of the time, {both['processes'] * 1000:.0f} ms in all"
        )
    else:
        print(f"threads ran together: {in_threads:.2f} of the time")
        print(f"processes ran together: {in_processes:.2f} of the time")
        print(f"ratio: {in_threads / in_processes:.2f}")
