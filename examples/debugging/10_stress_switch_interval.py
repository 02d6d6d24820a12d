"""sys.setswitchinterval(1e-6) makes a race show up in almost every run."""

import sys
import threading

RUNS = 50  # short runs: under load fewer of them lose updates


def next_value(number):
    return number + 1


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        current = self.value  # read, compute, write: another thread can come
        self.value = next_value(current)  # between the read and the write


class LockedCounter(Counter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def increment(self):
        with self.lock:
            super().increment()


def loses_updates(counter_class, threads=4, increments=5_000):
    """One stress run: do concurrent increments lose any?"""
    counter = counter_class()
    start = threading.Barrier(threads)

    def hammer():
        start.wait()  # all threads begin together
        for _ in range(increments):
            counter.increment()

    workers = [threading.Thread(target=hammer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value != threads * increments


def runs_that_lose(counter_class, runs=RUNS):
    return sum(loses_updates(counter_class) for _ in range(runs))


default = sys.getswitchinterval()  # 0.005 s
sys.setswitchinterval(1e-6)  # switch threads as often as possible
try:
    for counter_class in (Counter, LockedCounter):
        lost = runs_that_lose(counter_class)
        print(f"{counter_class.__name__}: {lost} of {RUNS} runs lost updates")
finally:
    sys.setswitchinterval(default)
