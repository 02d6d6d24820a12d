"""Stop the workers on SIGTERM too: a handler that only sets the stop Event."""

import logging
import os
import signal
import sys
import threading

logging.basicConfig(
    stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s"
)
WORKERS = 3
stop = threading.Event()
all_running = threading.Barrier(WORKERS + 1)


def request_stop(signum, frame):
    stop.set()  # nothing else: the handler interrupts the main thread anywhere


def serve_requests():
    all_running.wait()
    while not stop.is_set():
        ...  # one round of work: answer the waiting requests
        stop.wait(0.1)
    logging.info("stopped cleanly")


def service_manager():
    all_running.wait()  # stands in for `docker stop` or `systemctl stop`
    os.kill(os.getpid(), signal.SIGTERM)


signal.signal(signal.SIGTERM, request_stop)  # before the threads start
workers = [
    threading.Thread(target=serve_requests, name=f"worker-{n}") for n in range(WORKERS)
]
for worker in workers:
    worker.start()
threading.Thread(target=service_manager).start()
for worker in workers:
    while worker.is_alive():  # in slices, and not in stop.wait(), as in example 3
        worker.join(0.5)
logging.info("all workers stopped; exit status 0")
