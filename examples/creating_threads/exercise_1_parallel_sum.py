"""Exercise: sum 1..1000 in four threads, each summing its own quarter."""

import threading


def partial_sum(numbers, results, index):
    results[index] = sum(numbers)


numbers = range(1, 1001)
chunks = [numbers[i : i + 250] for i in range(0, len(numbers), 250)]
results = [0] * len(chunks)
threads = [
    threading.Thread(target=partial_sum, args=(chunk, results, i))
    for i, chunk in enumerate(chunks)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("partial sums:", results)
print("total:", sum(results))
