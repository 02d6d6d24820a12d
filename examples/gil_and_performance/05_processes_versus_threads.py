"""CPU-bound work in a process pool runs on every core; in a thread pool it doesn't."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_down(n):
    """Busy work; returns the CPU time used by the thread that ran it."""
    start = time.thread_time()
    while n > 0:
        n -= 1
    return time.thread_time() - start


def cores_used(pool):
    """CPU seconds the workers used per wall second: four tasks, two workers."""
    start = time.perf_counter()
    cpu_seconds = sum(pool.map(count_down, [1_000_000] * 4))
    return cpu_seconds / (time.perf_counter() - start)


def best_of_three(executor_class):
    with executor_class(max_workers=2) as pool:
        pool.submit(count_down, 0).result()  # start the workers before timing
        return max(cores_used(pool) for _ in range(3))


if __name__ == "__main__":  # needed by process pools that start a fresh interpreter
    threads = best_of_three(ThreadPoolExecutor)
    processes = best_of_three(ProcessPoolExecutor)
    print(f"threads cores: {threads:.2f}")
    print(f"processes cores: {processes:.2f}")
    print(f"ratio: {processes / threads:.2f}")
