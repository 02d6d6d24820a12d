"""Exercise: a per-thread cache, built with a subclass of threading.local."""

import threading


class ThreadCache(threading.local):
    def __init__(self):
        self.entries = {}  # a fresh, empty dict in every thread
        self.misses = 0


cache = ThreadCache()


def lookup(key):
    if key not in cache.entries:
        cache.misses += 1
        cache.entries[key] = key.upper()  # stands in for a slow lookup
    return cache.entries[key]


def run(keys, results, index):
    for key in keys:
        lookup(key)
    results[index] = f"{len(keys)} lookups, {cache.misses} misses"


work = {"alpha": ["a", "b", "a", "a"], "beta": ["b", "b", "c"]}
results = [None] * len(work)
threads = [
    threading.Thread(target=run, args=(keys, results, i), name=name)
    for i, (name, keys) in enumerate(work.items())
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name, result in zip(work, results, strict=True):
    print(f"{name}: {result}")
print("main:", len(cache.entries), "entries in its own cache")
