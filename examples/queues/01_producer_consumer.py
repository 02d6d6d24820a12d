"""Consumers get() items and call task_done(); join() waits until every item is done."""

import queue
import threading


def consumer(tasks, results):
    while True:
        word = tasks.get()  # blocks until an item is available
        try:
            results.put(f"{word!r}: {len(word)}")
        except Exception as error:  # a bad item must not end the consumer
            results.put(f"{word!r}: failed with {type(error).__name__}")
        finally:
            tasks.task_done()  # one task_done() for every get()


tasks = queue.Queue()
results = queue.Queue()
for _ in range(3):
    # daemon: these consumers loop forever and must not keep the program alive
    threading.Thread(target=consumer, args=(tasks, results), daemon=True).start()

words = ["pear", None, "fig", "banana", 42, "kiwi", 7.5, "cherry", "plum"]
for word in words:  # the main thread is the producer; three items are bad
    tasks.put(word)
tasks.join()  # returns once task_done() was called for every item put

for line in sorted(results.get_nowait() for _ in words):
    print(line)
