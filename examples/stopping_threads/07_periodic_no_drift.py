"""Repeat a job every interval: wait for the next deadline, not for the interval."""

import math
import threading
import time

INTERVAL = 0.05
RUNS = 10


def fixed_wait(interval, job, stop):
    """The usual first attempt: wait a whole interval after each run."""
    while not stop.wait(interval):
        job()


def run_every(interval, job, stop):
    """Call job() at start + interval, start + 2 x interval, ... until stop is set."""
    start = time.monotonic()
    run = 1
    while not stop.wait(max(0.0, start + run * interval - time.monotonic())):
        job()
        # The next slot counted from the start; skip any slot the job overran.
        run = max(run + 1, math.floor((time.monotonic() - start) / interval) + 1)


def measure(loop):
    """Start time of each run of a 0.02 s job, relative to the loop's start."""
    stop = threading.Event()
    starts = []

    def job():
        starts.append(time.monotonic() - begin)
        time.sleep(0.02)  # the job itself takes time
        if len(starts) == RUNS:
            stop.set()

    begin = time.monotonic()
    thread = threading.Thread(target=loop, args=(INTERVAL, job, stop))
    thread.start()
    return thread, starts


threads = {
    name: measure(loop)
    for name, loop in [("fixed", fixed_wait), ("deadline", run_every)]
}
for name, (thread, starts) in threads.items():
    thread.join()
    drift = starts[-1] - RUNS * INTERVAL
    print(f"{name} drift: {drift:.2f} s at run {RUNS} (due at {RUNS * INTERVAL:.2f} s)")
