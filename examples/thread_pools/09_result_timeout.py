"""result(timeout=...) raises TimeoutError, and the task keeps running."""

import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor


def slow_report():
    time.sleep(0.4)
    return "report ready"


print(
    "concurrent.futures.TimeoutError is TimeoutError:",
    concurrent.futures.TimeoutError is TimeoutError,
)

with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(slow_report)
    try:
        future.result(timeout=0.1)
    except TimeoutError:
        print("gave up after 0.1 s; still running:", future.running())
    print("waiting again:", future.result())  # the task was never stopped
