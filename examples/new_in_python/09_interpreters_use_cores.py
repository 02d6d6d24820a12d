"""Python 3.14: CPU-bound Python runs in parallel in interpreters, not in threads."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import time
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor


def count_down(n):
    """Busy work; returns the CPU time used by the thread that ran it."""
    start = time.thread_time()
    while n > 0:
        n -= 1
    return time.thread_time() - start


def cores_used(pool):
    """CPU seconds the workers used per wall second: two tasks, two workers."""
    start = time.perf_counter()
    cpu_seconds = sum(pool.map(count_down, [2_000_000] * 2))
    return cpu_seconds / (time.perf_counter() - start)


def best_of_three(executor_class):
    with executor_class(max_workers=2) as pool:
        list(pool.map(count_down, [0, 0]))  # start both workers before timing
        return max(cores_used(pool) for _ in range(3))


if __name__ == "__main__":  # each worker interpreter imports this file
    threads = best_of_three(ThreadPoolExecutor)
    interpreters = best_of_three(InterpreterPoolExecutor)
    print(f"threads cores: {threads:.2f}")
    print(f"interpreters cores: {interpreters:.2f}")
