"""Each process has its own GIL: while a process pool's task holds its GIL, this
thread keeps running Python code; while a thread pool's task holds it, it stops."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from timeline import longest_pause, record, spin


def timed(call, *args):
    """Make call(*args); return when it started and ended."""
    start = time.perf_counter()
    call(*args)
    return start, time.perf_counter()


def pause_beside(pool, call, *args):
    """Make call(*args) in pool while this thread runs Python code: the longest
    this thread stood still during the call, as a share of the call's duration.

    Other programs can only lengthen a pause: while this thread stood still
    more than a quarter of the call, measure again, up to 3 times in all, and
    keep the shortest."""
    pauses = []
    while len(pauses) < 3 and min(pauses, default=1) > 0.25:
        stretches = []
        task = pool.submit(timed, call, *args)
        while not task.done():  # so the record covers the whole call
            stretches += record(spin, 0.01)
        start, end = task.result()
        pauses.append(longest_pause(stretches, start, end) / (end - start))
    return min(pauses)


if __name__ == "__main__":  # needed: the pool's workers may import this file
    with ThreadPoolExecutor(1) as threads, ProcessPoolExecutor(1) as processes:
        processes.submit(time.sleep, 0).result()  # start the worker before timing
        # the reference: beside a call that only waits, nothing should stop us
        sleep = max(
            pause_beside(pool, time.sleep, 0.2) for pool in (threads, processes)
        )
        # sum() keeps the GIL of the process that runs it for the whole call
        in_threads = pause_beside(threads, sum, range(10_000_000))
        in_processes = pause_beside(processes, sum, range(10_000_000))
    if sleep > 0.25:
        print(f"inconclusive: this thread stood still {sleep:.2f} of a sleep")
    else:
        print("longest pause of this thread, as a share of sum() in a pool:")
        print(f"thread pool: {in_threads:.2f}")
        print(f"process pool: {in_processes:.2f}")
