"""Two interpreters share one task queue; the results come back on another."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

from concurrent import interpreters

WORKERS = 2


def count_primes_worker(tasks, results):
    """Take limits until None; answer each with the number of primes below it."""
    while (limit := tasks.get()) is not None:
        primes = sum(
            all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit)
        )
        results.put((limit, primes))


tasks = interpreters.create_queue()
results = interpreters.create_queue()
workers = [interpreters.create() for _ in range(WORKERS)]
try:
    threads = [
        worker.call_in_thread(count_primes_worker, tasks, results) for worker in workers
    ]
    limits = [1_000, 5_000, 10_000, 20_000, 50_000]
    for limit in limits:
        tasks.put(limit)
    for _ in workers:
        tasks.put(None)  # one sentinel per worker
    for thread in threads:
        thread.join()
    answers = dict(results.get() for _ in limits)
finally:
    for worker in workers:
        worker.close()
for limit in limits:
    print(f"primes below {limit}: {answers[limit]}")
