"""Queue.shutdown(immediate=True) (Python 3.13+): cancel the work still in the queue."""

import sys

if sys.version_info < (3, 13):
    sys.exit("This example needs Python 3.13 or newer.")

import queue
import threading

jobs = queue.Queue(maxsize=3)
put, done, refused = [], [], []
queue_full = threading.Event()  # set once job 4 is in the queue
cancelled = threading.Event()  # set once the queue has been shut down


def producer():
    for job in range(1, 11):
        try:
            jobs.put(job)  # waits while the queue is full
        except queue.ShutDown:
            refused.append(job)
            return
        put.append(job)
        if job == 4:  # job 4 fits only after the worker took job 1
            queue_full.set()


def worker():
    while True:
        try:
            job = jobs.get()
        except queue.ShutDown:
            return
        cancelled.wait()  # the work: still going on when the user cancels
        done.append(job)
        jobs.task_done()


threads = [threading.Thread(target=producer), threading.Thread(target=worker)]
for thread in threads:
    thread.start()
queue_full.wait()  # the worker holds job 1, jobs 2 to 4 wait in the queue
jobs.shutdown(immediate=True)  # the user cancels
cancelled.set()  # job 1 may now finish
jobs.join()  # waits for job 1 only: the dropped jobs no longer count
print("join() returned; done:", done)
for thread in threads:
    thread.join()
print("put:", put)
print("dropped:", sorted(set(put) - set(done)))
print("put() that raised ShutDown: job", refused[0])
