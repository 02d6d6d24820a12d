"""The race of the first example, fixed: the read and the write happen under a lock."""

import threading
import time

THREADS = 4
UPDATES_PER_THREAD = 1000
counter = 0
counter_lock = threading.Lock()


def add_one_slowly():
    global counter
    for _ in range(UPDATES_PER_THREAD):
        with counter_lock:  # one thread at a time from here...
            value = counter
            time.sleep(0)  # other threads may run, but they wait at the lock
            counter = value + 1  # ...to here


threads = [threading.Thread(target=add_one_slowly) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

print("expected:", THREADS * UPDATES_PER_THREAD)
print("counter:", counter)
