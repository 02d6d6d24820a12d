"""Exercise: keep the answers that arrive before a deadline; stop the late tasks."""

import threading
from concurrent.futures import ThreadPoolExecutor, wait

DELAYS = {"north": 0.1, "south": 2.0, "east": 0.2, "west": 3.0}
stop = threading.Event()


def forecast(region):
    if stop.wait(DELAYS[region]):  # True when told to give up while "working"
        return f"{region}: gave up"
    return f"{region}: sunny"


with ThreadPoolExecutor(max_workers=len(DELAYS)) as pool:
    futures = [pool.submit(forecast, region) for region in DELAYS]
    done, not_done = wait(futures, timeout=0.5)
    stop.set()  # a pool cannot stop a running task: ask it to return
print("in time:", sorted(future.result() for future in done))
print("late:", sorted(future.result() for future in not_done))
