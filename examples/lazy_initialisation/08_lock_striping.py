"""Lock striping: a few locks for many keys, so that threads on other keys go on."""

import contextlib
import threading


class StripedCounters:
    """Counters by key; each key is guarded by one of a fixed number of locks."""

    def __init__(self, stripes=8):
        self._locks = [threading.Lock() for _ in range(stripes)]
        self._counts = [{} for _ in range(stripes)]  # one dict per lock

    def lock_for(self, key):
        return self._locks[hash(key) % len(self._locks)]

    def add(self, key, amount=1):
        stripe = hash(key) % len(self._locks)
        with self._locks[stripe]:
            counts = self._counts[stripe]
            counts[key] = counts.get(key, 0) + amount

    def total(self):
        result = 0
        for lock, counts in zip(self._locks, self._counts, strict=True):
            with lock:
                result += sum(counts.values())
        return result


counters = StripedCounters()


def count_visits(first_page):
    for n in range(20_000):
        counters.add(first_page + n % 100)  # 100 pages per thread


threads = [threading.Thread(target=count_visits, args=(i * 100,)) for i in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("visits counted:", counters.total(), "of", 4 * 20_000)

# Keys on different stripes can be updated at the same time, keys on one stripe
# cannot: a barrier inside the lock shows which. hash(n) == n for small ints, so
# key 0 is on stripe 0, key 1 on stripe 1 and key 8 on stripe 0 again.
for second_key in (1, 8):
    both_inside = threading.Barrier(2, timeout=0.2)

    def hold(key, both_inside=both_inside):
        with counters.lock_for(key), contextlib.suppress(threading.BrokenBarrierError):
            both_inside.wait()

    pair = [threading.Thread(target=hold, args=(key,)) for key in (0, second_key)]
    for thread in pair:
        thread.start()
    for thread in pair:
        thread.join()
    print(f"keys 0 and {second_key} locked at the same time:", not both_inside.broken)
