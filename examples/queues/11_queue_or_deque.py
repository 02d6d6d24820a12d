"""deque is faster than Queue, and that is all it is: it never waits."""

import collections
import queue
import time

ITEMS = 20_000


def best_time(run):
    """The best of five runs, in seconds: the least disturbed by the machine."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def through_queue():
    items = queue.Queue()
    for n in range(ITEMS):
        items.put(n)
    for _ in range(ITEMS):
        items.get()


def through_deque():
    items = collections.deque()
    for n in range(ITEMS):
        items.append(n)
    for _ in range(ITEMS):
        items.popleft()


ratio = best_time(through_queue) / best_time(through_deque)
print(f"Queue time / deque time: {ratio:.0f}")

try:
    collections.deque().popleft()
except IndexError as error:
    print("popleft() on an empty deque: IndexError:", error)
try:
    queue.Queue().get(timeout=0.1)
except queue.Empty:
    print("get() on an empty Queue: waited 0.1 s, then queue.Empty")
bounded = collections.deque([1, 2, 3], maxlen=3)
bounded.append(4)
print("deque(maxlen=3) after append(4):", list(bounded))
