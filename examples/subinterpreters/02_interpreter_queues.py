"""Interpreter queues: hand work to an interpreter running in a thread of its own."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

from concurrent import interpreters


def sum_of_squares_worker(tasks, results):
    """Runs in the other interpreter: take numbers until None, answer each."""
    while (n := tasks.get()) is not None:
        results.put((n, sum(i * i for i in range(n))))


tasks = interpreters.create_queue()
results = interpreters.create_queue()
interpreter = interpreters.create()
try:
    # call_in_thread() starts a thread that runs the function in the interpreter.
    worker = interpreter.call_in_thread(sum_of_squares_worker, tasks, results)
    for n in (10, 1_000, 100_000):
        tasks.put(n)
    tasks.put(None)  # the sentinel: no more work
    worker.join()
    while not results.empty():  # safe here: the only producer has finished
        n, answer = results.get()
        print(f"sum of squares below {n}: {answer}")
finally:
    interpreter.close()

print("a tuple of numbers is shareable:", interpreters.is_shareable((1, 2.5, "x")))
print("a list is shareable:", interpreters.is_shareable([1, 2]))
basket = ["apple"]
tasks.put(basket)  # not shareable: pickled, and unpickled by get()
print("a list that went through a queue is a copy:", tasks.get() is not basket)
