"""Stop a pool of worker threads cleanly on Ctrl+C: a handler sets a stop Event."""

import logging
import os
import signal
import sys
import threading
import time

logging.basicConfig(
    stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s"
)
WORKERS = 3
stop = threading.Event()
all_running = threading.Barrier(WORKERS + 1)  # the workers and the "user"


def request_stop(signum, frame):
    stop.set()  # nothing else: the handler interrupts the main thread anywhere


def poll_mailbox():
    all_running.wait()
    while not stop.is_set():
        ...  # one round of work: fetch new mail, store it
        stop.wait(0.1)  # like sleep(0.1), but wakes up at once when stop is set
    logging.info("stopped cleanly")


def press_ctrl_c():
    all_running.wait()  # stands in for a user who presses Ctrl+C once the
    time.sleep(0.1)  # workers run and the main thread waits
    os.kill(os.getpid(), signal.SIGINT)


signal.signal(signal.SIGINT, request_stop)  # before any thread starts
workers = [
    threading.Thread(target=poll_mailbox, name=f"worker-{n}") for n in range(WORKERS)
]
for worker in workers:
    worker.start()
threading.Thread(target=press_ctrl_c).start()
for worker in workers:
    while worker.is_alive():  # in slices, and never in stop.wait(): see below
        worker.join(0.5)
if stop.is_set():  # the stop came from Ctrl+C: end the way Ctrl+C ends a program
    logging.info("Ctrl+C: all workers stopped")
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)  # the shell sees "killed by SIGINT": 130
    sys.exit(128 + signal.SIGINT)  # only where SIGINT cannot kill us (process 1)
