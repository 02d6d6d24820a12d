"""shutdown(cancel_futures=True) cancels the queued tasks; the running one finishes."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()


def convert(name):
    started.set()
    time.sleep(0.2)  # a slow conversion
    return f"{name}.pdf"


pool = ThreadPoolExecutor(max_workers=1)
futures = [pool.submit(convert, f"doc{n}") for n in range(4)]
started.wait()  # doc0 is running, doc1 to doc3 are queued
pool.shutdown(cancel_futures=True)  # and waits for doc0: wait=True is the default
for future in futures:
    print("cancelled" if future.cancelled() else future.result())
