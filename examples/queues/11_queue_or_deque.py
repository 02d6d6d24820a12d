"""deque is faster than Queue, and that is all it is: it never waits."""

import collections
import queue
import time

ITEMS = 10_000


def seconds_for(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


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


# Ten rounds, the two interleaved, and the best of each: the least disturbed.
rounds = [(seconds_for(through_queue), seconds_for(through_deque)) for _ in range(10)]
queue_time, deque_time = (min(times) for times in zip(*rounds, strict=True))
ratio = queue_time / deque_time
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
