"""Ctrl+C with a thread pool: cancel the queued tasks, stop the running ones."""

import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

stop = threading.Event()
started = threading.Semaphore(0)  # released by each task as it starts


def resize(photo):
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


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(resize, photo) for photo in range(10)]
    try:
        threading.Thread(target=press_ctrl_c).start()
        while wait(futures, timeout=0.5).not_done:  # in slices, as in example 3
            pass
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)  # drop the queued tasks
        stop.set()  # the running tasks see this at their next check
        pool.shutdown()  # wait for them
        for future in futures:
            if not future.cancelled():
                print(future.result())
        cancelled = sum(future.cancelled() for future in futures)
        print(f"main: Ctrl+C; {cancelled} of {len(futures)} tasks never started")
        sys.exit(130)
