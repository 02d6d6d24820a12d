"""A Semaphore lets at most N threads use a resource at the same time."""

import threading
import time

LIMIT = 2
slots = threading.Semaphore(LIMIT)  # two free slots

counter_lock = threading.Lock()
active = 0  # how many workers hold a slot right now
peak = 0  # the most that ever held one at once


def use_resource():
    global active, peak
    with slots:  # acquire() blocks while both slots are taken
        with counter_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)  # use the resource
        with counter_lock:
            active -= 1


workers = [threading.Thread(target=use_resource) for _ in range(6)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(f"{len(workers)} workers, {LIMIT} slots")
print("peak:", peak)
