"""Check-then-act: the answer of empty() can be stale by the time you act on it."""

import queue
import threading

jobs = queue.Queue()
jobs.put("the only job")
both_checked = threading.Barrier(2)  # forces the unlucky timing on every run


def careless_consumer(outcomes, index):
    if not jobs.empty():  # check ...
        both_checked.wait()  # ... both consumers have now seen "not empty"
        try:
            job = jobs.get(timeout=0.5)  # ... act; a plain get() would hang forever
            outcomes[index] = f"got {job!r}"
        except queue.Empty:
            outcomes[index] = "empty() said False, yet get() found nothing"


outcomes = [None, None]
threads = [
    threading.Thread(target=careless_consumer, args=(outcomes, i)) for i in range(2)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for outcome in sorted(outcomes):
    print(outcome)
