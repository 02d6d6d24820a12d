"""One thread runs the generator and hands its items to workers through a queue."""

import queue
import threading

WORKERS = 3
STOP = object()  # a sentinel: one per worker


def file_names():
    for number in range(20):
        yield f"report-{number:02}.txt"


def worker(jobs, done):
    while (name := jobs.get()) is not STOP:
        done.append(name.upper())  # list.append: one operation, safe


jobs = queue.Queue()
done = []
workers = [threading.Thread(target=worker, args=(jobs, done)) for _ in range(WORKERS)]
for thread in workers:
    thread.start()
for name in file_names():  # only this thread touches the generator
    jobs.put(name)
for _ in workers:
    jobs.put(STOP)
for thread in workers:
    thread.join()

print("processed:", len(done))
print("each once:", sorted(done) == sorted(name.upper() for name in file_names()))
