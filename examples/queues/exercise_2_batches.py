"""Exercise: batch items by three, flushing early when 0.1 s pass with no new item."""

import queue
import threading
import time

STOP = object()


def batcher(items, batches, size=3, quiet=0.1):
    batch = []
    while True:
        try:
            item = items.get(timeout=quiet)
        except queue.Empty:  # nothing new for `quiet` seconds: send what we have
            if batch:
                batches.append(batch)
                batch = []
            continue
        if item is STOP:
            break
        batch.append(item)
        if len(batch) == size:
            batches.append(batch)
            batch = []
    if batch:
        batches.append(batch)  # the last, partial batch


items = queue.Queue()
for number in range(1, 6):
    items.put(number)  # a burst of five items
batches = []
worker = threading.Thread(target=batcher, args=(items, batches))
worker.start()
time.sleep(0.3)  # a quiet spell
for number in (6, 7):
    items.put(number)
items.put(STOP)
worker.join()
for batch in batches:
    print("batch:", batch)
