"""Queue.shutdown(immediate=True) (Python 3.13+): cancel the work still in the queue."""

import queue
import threading
import time

jobs = queue.Queue(maxsize=3)
put, done, refused = [], [], []


def producer():
    for job in range(1, 11):
        try:
            jobs.put(job)  # waits while the queue is full
        except queue.ShutDown:
            refused.append(job)
            return
        put.append(job)


def worker():
    while True:
        try:
            job = jobs.get()
        except queue.ShutDown:
            return
        time.sleep(0.2)  # the work
        done.append(job)
        jobs.task_done()


threads = [threading.Thread(target=producer), threading.Thread(target=worker)]
for thread in threads:
    thread.start()
time.sleep(0.1)  # the user cancels while job 1 is being worked on
jobs.shutdown(immediate=True)
jobs.join()  # waits for job 1 only: the dropped jobs no longer count
print("join() returned; done:", done)
for thread in threads:
    thread.join()
print("put:", put)
print("dropped:", sorted(set(put) - set(done)))
print("put() that raised ShutDown: job", refused[0])
