"""cancel() succeeds only for a task that has not started yet."""

import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def first_task():
    started.set()
    release.wait()  # stays running until main lets it go
    return "first done"


with ThreadPoolExecutor(max_workers=1) as pool:  # one worker: one task at a time
    first = pool.submit(first_task)
    second = pool.submit(str.upper, "second")  # waits in the pool's queue
    started.wait()  # make sure the first task is running

    print("cancel the running task:", first.cancel())
    print("cancel the queued task:", second.cancel())
    print("second.cancelled():", second.cancelled())
    release.set()

print("first.result():", first.result())
try:
    second.result()
except CancelledError:
    print("second.result() raised CancelledError")
