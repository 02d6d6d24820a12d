"""BoundedSemaphore turns one release() too many into a ValueError."""

import threading


def fetch(slots, cached):
    slots.acquire()
    try:
        if cached:
            slots.release()  # bug: an early release; finally releases again
            return "from cache"
        return "from the server"
    finally:
        slots.release()


plain = threading.Semaphore(2)
fetch(plain, cached=True)  # no error...
admitted = sum(plain.acquire(blocking=False) for _ in range(5))
print("Semaphore(2) now admits:", admitted)  # ...but the limit has grown

bounded = threading.BoundedSemaphore(2)
try:
    fetch(bounded, cached=True)
except ValueError as error:
    print("BoundedSemaphore(2):", type(error).__name__, "-", error)
