"""The program does not end while a non-daemon thread is still running."""

import threading
import time


def save_report():
    time.sleep(0.2)
    print("worker: report saved")


threading.Thread(target=save_report).start()  # never joined
print("main: reached the end of the script")
# The interpreter now waits for the worker before it exits.
