"""Threads write results into their own slot; main reads them after join()."""

import threading


def square(number, results, index):
    results[index] = number * number


numbers = [3, 1, 4, 1, 5]
results = [None] * len(numbers)
threads = [
    threading.Thread(target=square, args=(n, results, i)) for i, n in enumerate(numbers)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("squares:", results)
