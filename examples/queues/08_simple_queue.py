"""SimpleQueue: an unbounded FIFO with put() and get() only, and no task tracking."""

import queue
import threading

results = queue.SimpleQueue()


def square(number):
    results.put((number, number * number))  # never blocks: there is no maxsize


threads = [threading.Thread(target=square, args=(n,)) for n in range(1, 5)]
for thread in threads:
    thread.start()
collected = sorted(results.get() for _ in threads)  # exactly one result per thread
for thread in threads:
    thread.join()
print("results:", collected)
print("has task_done():", hasattr(results, "task_done"))
print("has join():", hasattr(results, "join"))
