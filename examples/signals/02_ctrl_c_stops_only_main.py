"""Ctrl+C raises KeyboardInterrupt in the main thread only: workers carry on."""

import signal
import threading
import time

busy = threading.Event()


def copy_files():
    busy.set()
    for part in range(1, 3):
        time.sleep(0.3)  # copying one half of a file
        print(f"worker: copied part {part} of 2")


worker = threading.Thread(target=copy_files, name="worker")
worker.start()
try:
    busy.wait()  # once the copy runs...
    signal.raise_signal(signal.SIGINT)  # ...Ctrl+C: the signal it sends
except KeyboardInterrupt:
    print("main: KeyboardInterrupt")
print("main: end of the script, yet Python waits for the worker")
