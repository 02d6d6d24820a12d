"""Pure-Python CPU-bound work in two threads: how many cores did it use?"""

import threading
import time


def count_down(n):
    while n > 0:  # only local variables: nothing shared between the threads
        n -= 1


def one_after_the_other():
    count_down(1_500_000)
    count_down(1_500_000)


def in_two_threads():
    threads = [threading.Thread(target=count_down, args=(1_500_000,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def best_of_three(work):
    """Wall time and cores used (CPU time / wall time) of the fastest of 3 runs."""
    runs = []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        runs.append((wall, cpu / wall))
    return min(runs)


sequential_wall, _ = best_of_three(one_after_the_other)
threaded_wall, threaded_cores = best_of_three(in_two_threads)
print(f"speedup: {sequential_wall / threaded_wall:.2f}x")
print(f"cores: {threaded_cores:.2f}")
