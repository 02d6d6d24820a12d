"""A cached_property that computes once per instance, with a lock per instance."""

import threading
import time


class locked_cached_property:  # lower case, like the built-in it replaces
    """Computed on first access, once per instance, even when threads race."""

    def __init__(self, getter):
        self.getter = getter
        self.guard = threading.Lock()  # only to create the per-instance locks

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        if self.name in cache:  # fast path, as double-checked locking
            return cache[self.name]
        with self.guard:
            lock = cache.setdefault(f"_{self.name}_lock", threading.Lock())
        with lock:  # other instances do not wait for this one
            if self.name not in cache:
                cache[self.name] = self.getter(instance)
            return cache[self.name]


computed = 0
computed_lock = threading.Lock()
two_reports = threading.Barrier(2, timeout=1)  # passes only if both compute at once


class Report:
    def __init__(self, barrier=None):
        self.barrier = barrier

    @locked_cached_property
    def totals(self):
        global computed
        with computed_lock:
            computed += 1
        if self.barrier:
            self.barrier.wait()
        time.sleep(0.1)  # a slow computation
        return {"sales": 1200}


def in_threads(functions):
    """Call each function in a thread of its own, all at the same moment."""
    start = threading.Barrier(len(functions))
    results = []

    def run(function):
        start.wait()
        results.append(function())

    threads = [threading.Thread(target=run, args=(f,)) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


report = Report()
handed_out = in_threads([lambda: report.totals] * 4)
print(f"one report, 4 readers: computed {computed} time(s),", end=" ")
print(f"{len({id(totals) for totals in handed_out})} object(s) handed out")
first, second = Report(two_reports), Report(two_reports)
in_threads([lambda: first.totals, lambda: second.totals])
print("two reports computed at the same time:", not two_reports.broken)
