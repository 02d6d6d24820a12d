"""Progress of a pool: count the futures as as_completed() hands them back."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def download(seconds):
    time.sleep(seconds)  # stands in for a download
    return seconds


durations = [0.3, 0.1, 0.4, 0.2, 0.5]
start = time.monotonic()
with ThreadPoolExecutor(max_workers=5) as pool:
    futures = [pool.submit(download, seconds) for seconds in durations]
    for done, future in enumerate(as_completed(futures), start=1):
        future.result()  # raises here if the task failed
        print(f"progress: {done}/{len(futures)} done")
        if done == 1:
            first = time.monotonic() - start
    last = time.monotonic() - start  # when the counter reached the end
print(f"first at: {first:.2f} s")
print(f"last at: {last:.2f} s")
