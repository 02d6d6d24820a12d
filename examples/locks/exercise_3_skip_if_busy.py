"""Exercise: one thread refreshes the cache; the others skip instead of waiting."""

import threading
import time

refresh_lock = threading.Lock()
outcomes = []  # one entry per thread: "refreshed" or "skipped"


def refresh_cache_unless_busy():
    if not refresh_lock.acquire(blocking=False):
        outcomes.append("skipped")  # someone else is refreshing right now
        return
    try:
        time.sleep(0.3)  # the slow refresh
        outcomes.append("refreshed")
    finally:
        refresh_lock.release()


threads = [threading.Thread(target=refresh_cache_unless_busy) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("refreshed:", outcomes.count("refreshed"))
print("skipped:", outcomes.count("skipped"))
