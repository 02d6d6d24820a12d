"""To run the same work again and again, submit it to a pool: its threads are reused."""

import threading
from concurrent.futures import ThreadPoolExecutor


def greet(run):
    return f"run {run} in {threading.current_thread().name}"


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
    for run in range(1, 4):
        print(pool.submit(greet, run).result())
