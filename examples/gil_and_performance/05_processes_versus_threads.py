"""Each process has its own GIL: a process pool's task keeps running while this
process holds its GIL; a thread pool's task stands still."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from timeline import longest_pause, record, spin


def pause_beside(pool, call, *args):
    """Make call(*args) here while a task in pool runs Python code: the longest
    that task stood still during the call, as a share of the call's duration."""
    task = pool.submit(record, spin, 0.6)
    time.sleep(0.05)  # let the task get going
    start = time.perf_counter()
    call(*args)
    end = time.perf_counter()
    stretches = task.result()
    end = min(end, stretches[-1][1])  # in case the call outlasted the task
    return longest_pause(stretches, start, end) / (end - start)


if __name__ == "__main__":  # needed: the pool's workers may import this file
    with ThreadPoolExecutor(1) as threads, ProcessPoolExecutor(1) as processes:
        processes.submit(time.sleep, 0).result()  # start the worker before timing
        # the reference: beside a call that only waits, nothing should stop a task
        sleep = max(
            pause_beside(pool, time.sleep, 0.2) for pool in (threads, processes)
        )
        # sum() keeps this process's GIL for the whole call
        in_threads = pause_beside(threads, sum, range(20_000_000))
        in_processes = pause_beside(processes, sum, range(20_000_000))
    if sleep > 0.25:
        print(f"inconclusive: a task stood still {sleep:.2f} of a sleep")
    else:
        print("longest pause of the task, as a share of sum():")
        print(f"thread pool: {in_threads:.2f}")
        print(f"process pool: {in_processes:.2f}")
