"""functools.cache does not stop two threads from computing the same value."""

import functools
import threading
import time

calls = 0
calls_lock = threading.Lock()
all_four = threading.Barrier(4, timeout=1)  # passes only if all four compute at once


@functools.cache
def exchange_rate(currency):
    global calls
    with calls_lock:
        calls += 1
    all_four.wait()  # a cache that made callers wait would time out here
    time.sleep(0.1)  # a slow lookup
    return {"EUR": 1.08, "GBP": 1.27}[currency]


threads = [threading.Thread(target=exchange_rate, args=("EUR",)) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"exchange_rate('EUR') computed {calls} times for 4 callers")
exchange_rate("EUR")
print(f"after that, from the cache: computed {calls} times in all")
