"""Condition.wait_for(predicate): sleep until the shared state is what you need."""

import threading
import time

results_changed = threading.Condition()
results = []


def compute(number):
    time.sleep(0.05 * number)  # the workers finish one after another
    with results_changed:
        results.append(number * number)
        results_changed.notify_all()  # "results changed": waiters re-check


workers = [threading.Thread(target=compute, args=(n,)) for n in (1, 2, 3)]
for worker in workers:
    worker.start()

with results_changed:
    # Woken by each notify_all(); goes back to sleep until the predicate holds.
    results_changed.wait_for(lambda: len(results) == 3)
    print("main: all results:", sorted(results))
    # With a timeout, wait_for returns the predicate's last value.
    enough = results_changed.wait_for(lambda: len(results) == 4, timeout=0.1)
    print("main: a fourth result within 0.1 s:", enough)

for worker in workers:
    worker.join()
