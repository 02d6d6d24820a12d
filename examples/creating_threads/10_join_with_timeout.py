"""join(timeout) returns None either way: check is_alive() to know why it returned."""

import threading
import time


def slow_task():
    time.sleep(0.5)
    print("worker: done")


worker = threading.Thread(target=slow_task)
worker.start()
worker.join(timeout=0.1)
if worker.is_alive():
    print("main: timed out after 0.1 s, worker still running")
worker.join()
print("main: worker alive:", worker.is_alive())
