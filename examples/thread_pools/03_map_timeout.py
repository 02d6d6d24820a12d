"""map(timeout=...) limits the wait for all results, counted from the call to map()."""

import time
from concurrent.futures import ThreadPoolExecutor

finished = []


def fetch(seconds):
    time.sleep(seconds)
    finished.append(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=3) as pool:
    results = pool.map(fetch, [0.1, 0.25, 0.6], timeout=0.4)
    try:
        for seconds in results:
            print(f"the {seconds} s task answered in time")
    except TimeoutError:
        print("TimeoutError: the 0.6 s task missed the 0.4 s limit")
    print("finished at the timeout:", finished)
# the with block waited for the slow task: a timeout does not stop it
print("finished after the with block:", finished)
