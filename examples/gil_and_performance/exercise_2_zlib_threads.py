"""Exercise: does zlib release the GIL? Compare the cores two compressing threads
use with the cores two pure-Python threads use."""

import threading
import time
import zlib

DATA = bytes(range(256)) * 40_000  # 10 MB that compresses slowly enough to time


def compress():
    for _ in range(2):
        zlib.compress(DATA, 9)


def count_down():
    n = 1_500_000
    while n > 0:
        n -= 1


def most_cores(work):
    """The most cores (CPU time / wall time) two threads running work used in 3 runs."""
    most = 0.0
    for _ in range(3):
        threads = [threading.Thread(target=work) for _ in range(2)]
        wall, cpu = time.perf_counter(), time.process_time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        most = max(most, (time.process_time() - cpu) / (time.perf_counter() - wall))
    return most


print(f"zlib cores: {most_cores(compress):.2f}")
print(f"python cores: {most_cores(count_down):.2f}")
