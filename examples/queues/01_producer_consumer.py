"""Consumers get() items and call task_done(); join() waits until every item is done."""

import queue
import threading


def consumer(tasks, results):
    while True:
        word = tasks.get()  # blocks until an item is available
        try:
            results.put((word, len(word)))
        finally:
            tasks.task_done()  # one task_done() for every get()


tasks = queue.Queue()
results = queue.Queue()
for _ in range(3):
    # daemon: these consumers loop forever and must not keep the program alive
    threading.Thread(target=consumer, args=(tasks, results), daemon=True).start()

words = ["pear", "fig", "banana", "kiwi", "cherry", "plum"]
for word in words:  # the main thread is the producer
    tasks.put(word)
tasks.join()  # returns once task_done() was called for every item put

for word, length in sorted(results.get_nowait() for _ in words):
    print(f"{word}: {length}")
