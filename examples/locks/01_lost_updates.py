"""A race: threads read a shared counter, pause, then write back a stale value."""

import threading
import time

THREADS = 4
UPDATES_PER_THREAD = 1000
counter = 0


def add_one_slowly():
    global counter
    for _ in range(UPDATES_PER_THREAD):
        value = counter  # 1. read
        time.sleep(0)  # 2. pause: another thread may run now, like during any I/O
        counter = value + 1  # 3. write back what we read, plus one


threads = [threading.Thread(target=add_one_slowly) for _ in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

expected = THREADS * UPDATES_PER_THREAD
print("expected:", expected)
print("counter:", counter)
print("lost:", expected - counter)
