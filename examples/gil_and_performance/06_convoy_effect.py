"""A thread that waits pays for the GIL when it wakes: beside a CPU-bound thread it
waits about one switch interval to run again."""

import sys
import threading
import time

steps = 0  # how far the busy thread has got


def keep_busy(stop):
    global steps
    while not stop.is_set():  # pure Python: holds the GIL until asked to let go
        for _ in range(1000):
            pass
        steps += 1


def wake_up_delay(beside_busy_thread):
    """How late a thread sleeping 1 ms runs again, in ms: the shortest of 40 tries.

    Beside the busy thread, only the tries during which it ran count: then it
    was running when this thread woke up (other programs can keep it off the
    processor)."""
    delays = []
    for _ in range(40):
        before = steps
        start = time.perf_counter()
        time.sleep(0.001)
        delay = time.perf_counter() - start - 0.001
        if steps != before or not beside_busy_thread:
            delays.append(delay)
    return min(delays) * 1000 if len(delays) >= 5 else None


alone = wake_up_delay(beside_busy_thread=False)
stop = threading.Event()
busy = threading.Thread(target=keep_busy, args=(stop,))
busy.start()
beside = {}
for interval in (0.005, 0.0005):
    sys.setswitchinterval(interval)
    beside[interval] = wake_up_delay(beside_busy_thread=True)
stop.set()
busy.join()
if alone > 1 or None in beside.values():
    print(f"inconclusive: alone {alone:.1f} ms, beside a busy thread {beside} ms")
else:
    print("how late a thread that slept 1 ms ran again, at best, in ms:")
    print(f"alone: {alone:.1f}")
    print(f"beside a busy thread, switch interval 5 ms: {beside[0.005]:.1f}")
    print(f"beside a busy thread, switch interval 0.5 ms: {beside[0.0005]:.1f}")
