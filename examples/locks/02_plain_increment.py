"""counter += 1 without a lock: right on CPython 3.11 by luck, wrong by design."""

import threading
from fractions import Fraction

THREADS = 4
counter = 0


def add(step, updates, start_together):
    global counter
    start_together.wait()  # every thread starts updating at the same moment
    for _ in range(updates):
        counter += step  # no lock


def run_threads(step, updates):
    start_together = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=add, args=(step, updates, start_together))
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


run_threads(1, 500_000)
print("int counter:", counter, "of", THREADS * 500_000)

counter = Fraction(0)
run_threads(Fraction(1), 50_000)  # the same `+=`, but it now calls Fraction.__add__
print("Fraction counter:", counter, "of", THREADS * 50_000)
