"""A thread that waits pays for the GIL when it wakes: beside a CPU-bound thread it
waits about one switch interval to run again."""

import sys
import threading
import time


def count_down(stop):
    while not stop.is_set():  # pure Python: holds the GIL until asked to let go
        for _ in range(1000):
            pass


def wake_up_delay():
    """How late a thread sleeping 1 ms runs again, in ms: the shortest of 40 tries
    (other programs can only make it later)."""
    delays = []
    for _ in range(40):
        start = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - start - 0.001)
    return min(delays) * 1000


alone = wake_up_delay()
stop = threading.Event()
busy = threading.Thread(target=count_down, args=(stop,))
busy.start()
beside = {}
for interval in (0.005, 0.0005):
    sys.setswitchinterval(interval)
    beside[interval] = wake_up_delay()
stop.set()
busy.join()
if alone > 1:
    print(f"inconclusive: a sleeping thread took {alone:.1f} ms to wake up alone")
else:
    print("how late a thread that slept 1 ms ran again, at best, in ms:")
    print(f"alone: {alone:.1f}")
    print(f"beside a busy thread, switch interval 5 ms: {beside[0.005]:.1f}")
    print(f"beside a busy thread, switch interval 0.5 ms: {beside[0.0005]:.1f}")
