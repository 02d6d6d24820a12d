"""Compute each key once, even when threads ask at the same moment: a lock per key."""

import threading
import time
from collections import defaultdict


def once_per_key(function):
    """Like functools.cache, but concurrent callers of one key wait for one call."""
    results = {}
    key_locks = defaultdict(threading.Lock)
    guard = threading.Lock()  # protects key_locks itself

    def wrapper(key):
        with guard:
            key_lock = key_locks[key]
        with key_lock:  # callers of other keys are not held up
            if key not in results:
                results[key] = function(key)
            return results[key]

    return wrapper


calls = 0
calls_lock = threading.Lock()
both_currencies = threading.Barrier(2, timeout=1)  # passes only if both run at once


@once_per_key
def exchange_rate(currency):
    global calls
    with calls_lock:
        calls += 1
    both_currencies.wait()  # a one-lock-for-all cache would time out here
    time.sleep(0.1)  # a slow lookup
    return {"EUR": 1.08, "GBP": 1.27}[currency]


start = threading.Barrier(6)


def convert(currency):
    start.wait()
    exchange_rate(currency)


threads = [
    threading.Thread(target=convert, args=(currency,))
    for currency in ["EUR", "GBP"] * 3
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"6 callers, 2 currencies: computed {calls} times")
print("EUR and GBP were looked up at the same time:", not both_currencies.broken)
