"""wait(timeout): when a party never arrives, the barrier breaks for everyone."""

import threading
import time

barrier = threading.Barrier(3)  # three parties, but only two will come
outcomes = {}


def worker(name):
    try:
        barrier.wait(timeout=0.2)
        outcomes[name] = "passed"
    except threading.BrokenBarrierError:
        outcomes[name] = "BrokenBarrierError"


started = time.perf_counter()
workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("outcomes:", dict(sorted(outcomes.items())))
print("barrier broken:", barrier.broken)
print(f"elapsed: {time.perf_counter() - started:.2f} s")
