"""A subclass of threading.local: __init__ runs once in each thread, on first use."""

import threading

init_ran_in = []  # the thread in which each call of __init__ ran
init_lock = threading.Lock()


class RequestStats(threading.local):
    def __init__(self, unit):
        # Runs now in the main thread, then again in every other thread, with the
        # same arguments, the first time that thread touches the object.
        with init_lock:
            init_ran_in.append(threading.current_thread().name)
        self.unit = unit
        self.handled = 0


stats = RequestStats("requests")  # __init__ runs here, in the main thread


def handle(count, results, index):
    for _ in range(count):
        stats.handled += 1  # the first access runs __init__ in this thread
    results[index] = f"{stats.handled} {stats.unit}"


results = [None, None]
threads = [
    threading.Thread(target=handle, args=(count, results, i), name=f"worker-{i}")
    for i, count in enumerate([2, 3])
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("__init__ ran in:", sorted(init_ran_in))
print("workers handled:", results)
print("main thread handled:", stats.handled, stats.unit)
