"""Exercise: the first Ctrl+C stops the workers cleanly, a second one quits at once."""

import os
import signal
import sys
import threading
import time

stop = threading.Event()
busy = threading.Event()
cleaning_up = threading.Event()


def upload():
    busy.set()
    stop.wait()  # the work loop of example 3, cut short
    print("worker: stopping; flushing the upload buffer (slow)")
    cleaning_up.set()
    time.sleep(5)  # a slow cleanup: nobody waits 5 s for it
    print("worker: buffer flushed")  # never printed


def press_ctrl_c_twice():
    busy.wait()
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    cleaning_up.wait()  # the user loses patience during the cleanup
    os.kill(os.getpid(), signal.SIGINT)


# a daemon, so that the program can exit without it, but only on request
worker = threading.Thread(target=upload, daemon=True)
worker.start()
try:
    threading.Thread(target=press_ctrl_c_twice).start()
    while not stop.wait(0.5):
        pass
except KeyboardInterrupt:
    print("main: Ctrl+C; stopping cleanly (press Ctrl+C again to quit now)")
try:
    stop.set()  # inside this try: the second Ctrl+C may come at once
    while worker.is_alive():
        worker.join(0.5)
except KeyboardInterrupt:
    print("main: second Ctrl+C; quitting without waiting for the worker")
sys.exit(130)
