"""functools.cache does not stop two threads from computing the same value."""

import functools
import threading
import time

calls = 0
calls_lock = threading.Lock()


@functools.cache
def exchange_rate(currency):
    global calls
    with calls_lock:
        calls += 1
    time.sleep(0.1)  # a slow lookup
    return {"EUR": 1.08, "GBP": 1.27}[currency]


start = threading.Barrier(4)


def convert():
    start.wait()  # four threads ask at the same moment
    exchange_rate("EUR")


threads = [threading.Thread(target=convert) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"exchange_rate('EUR') computed {calls} times for 4 callers")
exchange_rate("EUR")
print(f"after that, from the cache: computed {calls} times in all")
