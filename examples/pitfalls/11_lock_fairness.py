"""Does a thread that waits for a lock get it, when the holder retakes it at once?"""

import threading
import time

REQUESTS = 20
lock = threading.Lock()
stop = threading.Event()
turns = 0  # how many times the busy thread has taken the lock


def busy():
    global turns
    while not stop.is_set():
        with lock:
            turns += 1
            time.sleep(0.01)  # 10 ms of work, then it takes the lock again at once


worker = threading.Thread(target=busy)
worker.start()
waits = []  # turns the busy thread took while the main thread waited
for _ in range(REQUESTS):
    time.sleep(0.005)  # ask in the middle of one of its turns
    asked_at = turns
    with lock:
        waits.append(turns - asked_at)
stop.set()
worker.join()

print(f"served at the first release: {waits.count(0)} of {REQUESTS}")
