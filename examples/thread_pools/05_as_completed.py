"""as_completed() yields each future as soon as it finishes."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def check(server, seconds):
    time.sleep(seconds)  # servers answer at different speeds
    return f"{server} answered after {seconds} s"


delays = {"alpha": 0.45, "beta": 0.05, "gamma": 0.25}
with ThreadPoolExecutor(max_workers=3) as pool:
    # a dict from each future to its input tells you which task finished
    futures = {
        pool.submit(check, server, seconds): server
        for server, seconds in delays.items()
    }
    for future in as_completed(futures):
        print(futures[future], "->", future.result())
