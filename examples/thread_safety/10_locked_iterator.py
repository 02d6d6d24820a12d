"""A lock around next() lets several threads share one generator or iterator."""

import threading

THREADS = 4
LINES = 1000


class LockedIterator:
    """Hands out the items of an iterable, to one thread at a time."""

    def __init__(self, iterable):
        self._iterator = iter(iterable)
        self._lock = threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            return next(self._iterator)


def read_lines():
    for number in range(LINES):
        yield f"line {number}"


shared = LockedIterator(read_lines())
start_together = threading.Barrier(THREADS)
handled = [[] for _ in range(THREADS)]  # one list per thread


def handle_lines(mine):
    start_together.wait()
    for line in shared:
        mine.append(line)


threads = [threading.Thread(target=handle_lines, args=(mine,)) for mine in handled]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

all_lines = [line for mine in handled for line in mine]
print("lines handled:", len(all_lines))
print("each once:", sorted(all_lines) == sorted(read_lines()))
