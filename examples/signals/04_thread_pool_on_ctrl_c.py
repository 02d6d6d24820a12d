"""Ctrl+C with a thread pool: queued tasks skip their work, running ones stop."""

import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

stop = threading.Event()
started = threading.Semaphore(0)  # released by each task as it starts its work


def request_stop(signum, frame):
    stop.set()


def resize(photo):
    if stop.is_set():
        return None  # the stop came before this task began: skip it
    started.release()
    for _step in range(50):  # a long task checks the stop flag between steps
        if stop.is_set():
            return f"photo {photo}: stopped early"
        time.sleep(0.1)
    return f"photo {photo}: resized"


def press_ctrl_c():
    for _worker in range(2):
        started.acquire()  # once both workers of the pool are busy...
    time.sleep(0.1)  # ...and the main thread waits for the tasks
    os.kill(os.getpid(), signal.SIGINT)


signal.signal(signal.SIGINT, request_stop)
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(resize, photo) for photo in range(10)]
    threading.Thread(target=press_ctrl_c).start()
    while wait(futures, timeout=0.5).not_done:  # in slices, as in example 3
        pass
results = [future.result() for future in futures]
for result in results:
    if result is not None:
        print(result)
if stop.is_set():  # Ctrl+C came: say so, then end the way Ctrl+C ends a program
    print(f"main: Ctrl+C; {results.count(None)} of {len(results)} tasks skipped")
    sys.stdout.flush()  # the process ends at once: nothing is flushed after this
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)
    sys.exit(128 + signal.SIGINT)  # only where SIGINT cannot kill us (process 1)
