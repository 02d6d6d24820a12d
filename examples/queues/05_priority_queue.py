"""PriorityQueue: lowest priority number first; a sequence number breaks ties."""

import itertools
import queue
import threading

jobs = queue.PriorityQueue()
sequence = itertools.count()  # 0, 1, 2, ...: tells apart jobs of equal priority


def submit(priority, job):
    jobs.put((priority, next(sequence), job))  # the dict itself is never compared


def worker(done):
    while True:
        priority, _, job = jobs.get()
        try:
            done.append(f"{priority} {job['name']}")
        except Exception as error:  # a bad job must not end the worker
            done.append(f"{priority} failed: {error!r}")
        finally:
            jobs.task_done()


submit(3, {"name": "rebuild search index"})
submit(1, {"name": "charge card"})
submit(2, {"name": "send receipt"})
submit(1, {"name": "reserve stock"})  # same priority as "charge card"

done = []
threading.Thread(target=worker, args=(done,), daemon=True).start()
jobs.join()
print("\n".join(done))
