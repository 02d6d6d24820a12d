"""counter += 1 without a lock: right on CPython 3.11 by luck, wrong by design."""

import threading
from fractions import Fraction

THREADS = 4
UPDATES_PER_THREAD = 50_000
counter = 0


def add(step):
    global counter
    for _ in range(UPDATES_PER_THREAD):
        counter += step  # no lock


def run_threads(step):
    threads = [threading.Thread(target=add, args=(step,)) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


print("expected:", THREADS * UPDATES_PER_THREAD)
run_threads(1)
print("int counter:", counter)

counter = Fraction(0)
run_threads(Fraction(1))  # the same `+=`, but it now calls Fraction.__add__
print("Fraction counter:", counter)
