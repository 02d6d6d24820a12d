"""wait() returns two sets, (done, not_done), when its condition is met."""

import time
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, ThreadPoolExecutor, wait


def job(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(job, s) for s in (0.5, 0.1, 0.3)]

    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    print("first:", [f.result() for f in done], "| not done:", len(not_done))

    done, not_done = wait(futures, return_when=ALL_COMPLETED)  # the default
    print("all:", sorted(f.result() for f in done), "| not done:", len(not_done))
