"""Repeat a job every interval: wait for the next deadline, not for the interval."""

import threading
import time

INTERVAL = 0.1
RUNS = 8


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
        run += 1  # the next deadline, counted from the start


def lateness(loop):
    """How late each run of a 0.04 s job starts, against run x INTERVAL."""
    stop = threading.Event()
    late = []

    def job():
        late.append(time.monotonic() - begin - (len(late) + 1) * INTERVAL)
        time.sleep(0.04)  # the job itself takes time
        if len(late) == RUNS:
            stop.set()

    begin = time.monotonic()
    thread = threading.Thread(target=loop, args=(INTERVAL, job, stop))
    thread.start()
    return thread, late


loops = {"fixed": lateness(fixed_wait), "deadline": lateness(run_every)}
drift = {}
for name, (thread, late) in loops.items():
    thread.join()
    drift[name] = min(late[-3:])  # each of the last 3 runs was at least this late
    print(f"{name} drift: {drift[name]:.2f} s in each of the last 3 runs")
print(f"deadline / fixed: {drift['deadline'] / drift['fixed']:.2f}")
