"""Four threads share one list iterator: is each item handed out once?"""

import threading

THREADS = 4
ITEMS = 10_000

shared = iter(list(range(ITEMS)))  # an iterator over a list
start_together = threading.Barrier(THREADS)
handed_out = [[] for _ in range(THREADS)]  # one list per thread


def consume(mine):
    start_together.wait()
    for item in shared:  # next() on the shared iterator, from four threads
        mine.append(item)


threads = [threading.Thread(target=consume, args=(mine,)) for mine in handed_out]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

all_items = [item for mine in handed_out for item in mine]
print("items:", ITEMS)
print("handed out:", len(all_items))
print("distinct:", len(set(all_items)))
