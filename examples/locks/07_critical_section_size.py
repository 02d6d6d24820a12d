"""Hold a lock only for the shared update: slow work inside it runs one at a time."""

import threading
import time

THREADS = 4
total = 0
total_lock = threading.Lock()


def fetch_price():
    time.sleep(0.1)  # slow work that shares nothing: a download, a query...
    return 10


def add_price_lock_around_everything():
    global total
    with total_lock:
        total += fetch_price()  # the other threads wait while this one sleeps


def add_price_lock_around_update():
    global total
    price = fetch_price()  # outside the lock: the threads sleep at the same time
    with total_lock:
        total += price  # only the shared update is locked


def seconds_taken(target):
    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


slow = seconds_taken(add_price_lock_around_everything)
fast = seconds_taken(add_price_lock_around_update)
print("total:", total)
print(f"lock around everything: {slow:.2f} s")
print(f"lock around the update: {fast:.2f} s")
print(f"ratio: {slow / fast:.1f}")
