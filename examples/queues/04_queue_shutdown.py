"""Queue.shutdown() (Python 3.13+): consumers drain the queue, then get() raises."""

import sys

if sys.version_info < (3, 13):
    sys.exit("This example needs Python 3.13 or newer.")

import queue
import threading


def consumer(jobs, handled):
    while True:
        try:
            job = jobs.get()
        except queue.ShutDown:  # shut down, and nothing left to get
            return
        handled.append(job)


jobs = queue.Queue()
handled = [[] for _ in range(3)]  # one list per consumer
consumers = [threading.Thread(target=consumer, args=(jobs, mine)) for mine in handled]
for thread in consumers:
    thread.start()

for job in range(1, 7):
    jobs.put(job)
jobs.shutdown()  # immediate=False: the items already queued are still handed out
for thread in consumers:
    thread.join()
print("handled:", sorted(job for mine in handled for job in mine))

try:
    jobs.put(7)
except queue.ShutDown:
    print("put() after shutdown(): queue.ShutDown")
