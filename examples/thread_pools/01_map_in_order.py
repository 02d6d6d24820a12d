"""pool.map() returns results in input order, whatever order the tasks finish in."""

import time
from concurrent.futures import ThreadPoolExecutor

finished = []  # the order in which the tasks end


def download(page, seconds):
    time.sleep(seconds)  # stands in for a slow network call
    finished.append(page)  # list.append is thread-safe
    return f"<{page}: {seconds} s>"


delays = {"home": 0.5, "about": 0.1, "blog": 0.3}
with ThreadPoolExecutor(max_workers=3) as pool:
    results = pool.map(download, delays, delays.values())
    for result in results:  # each step waits for the next result in input order
        print("got", result)
# leaving the with block waits for every task and stops the worker threads
print("finished in the order:", finished)
