"""Exercise: the first Ctrl+C stops the workers cleanly, a second one quits at once."""

import os
import signal
import sys
import threading
import time

stop = threading.Event()
busy = threading.Event()
cleaning_up = threading.Event()


def first_ctrl_c(signum, frame):
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the next one raises
    stop.set()


def upload():
    busy.set()
    stop.wait()  # the work loop of example 3, cut short
    print("worker: stopping; flushing the upload buffer (Ctrl+C again to quit now)")
    cleaning_up.set()
    time.sleep(5)  # a slow cleanup: nobody waits 5 s for it
    print("worker: buffer flushed")  # never printed


def press_ctrl_c_twice():
    busy.wait()
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    cleaning_up.wait()  # the user loses patience during the cleanup
    os.kill(os.getpid(), signal.SIGINT)


signal.signal(signal.SIGINT, first_ctrl_c)
# a daemon, so that the program can exit without it, but only on request
worker = threading.Thread(target=upload, daemon=True)
worker.start()
threading.Thread(target=press_ctrl_c_twice).start()
try:
    while worker.is_alive():
        worker.join(0.5)
    print("main: the worker stopped cleanly")
except KeyboardInterrupt:  # only the second Ctrl+C raises it
    print("main: second Ctrl+C; quitting without waiting for the worker")
sys.stdout.flush()  # Ctrl+C came either way: end the way Ctrl+C ends a program
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGINT)
sys.exit(128 + signal.SIGINT)  # only where SIGINT cannot kill us (process 1)
