"""Daemon workers make Ctrl+C quick, but they die mid-task, without cleanup."""

import os
import signal
import sys
import threading
import time

busy = threading.Event()


def save_report():
    try:
        print("worker: writing the report")
        busy.set()
        time.sleep(10)  # still writing when Ctrl+C comes
        print("worker: report written")  # never printed
    finally:
        print("worker: closing the file")  # never printed either


worker = threading.Thread(target=save_report, daemon=True)
worker.start()
try:
    busy.wait()  # once the report is being written...
    signal.raise_signal(signal.SIGINT)  # ...Ctrl+C
except KeyboardInterrupt:
    print("main: Ctrl+C; exiting now, worker alive:", worker.is_alive(), flush=True)
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # end the way Ctrl+C ends a program:
    os.kill(os.getpid(), signal.SIGINT)  # the daemon dies wherever it is
    sys.exit(128 + signal.SIGINT)  # only where SIGINT cannot kill us (process 1)
