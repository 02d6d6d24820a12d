"""start() returns at once; join() waits until the thread's function returns."""

import threading
import time


def download():
    time.sleep(0.3)  # stands in for slow I/O
    print("worker: download finished")


worker = threading.Thread(target=download)
worker.start()
print("main: start() returned, worker alive:", worker.is_alive())
worker.join()
print("main: join() returned, worker alive:", worker.is_alive())
