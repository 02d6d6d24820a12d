"""Wrapping the input of pool.map() counts submissions: map() takes it all at once."""

import time
from concurrent.futures import ThreadPoolExecutor

finished = []  # appended by each task as it ends


def download(seconds):
    time.sleep(seconds)  # stands in for a download
    finished.append(seconds)


def counted(items):
    """Yields the items and prints a progress line for each: the wrong measure."""
    for taken, item in enumerate(items, start=1):
        print(f"progress? {taken}/{len(items)}")
        yield item


durations = [0.3, 0.4, 0.3, 0.5, 0.4]
with ThreadPoolExecutor(max_workers=5) as pool:
    results = pool.map(download, counted(durations))
    print(f"map() has returned; tasks finished: {len(finished)} of {len(durations)}")
    list(results)  # waits for every task
print(f"after the results; tasks finished: {len(finished)} of {len(durations)}")
