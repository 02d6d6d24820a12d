"""Choose threads when the GIL is off, processes when it is on, at run time."""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


def cpu_pool(workers):
    """A pool whose workers run Python code in parallel on this interpreter."""
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()  # 3.13+
    pool_class = ProcessPoolExecutor if gil_enabled else ThreadPoolExecutor
    print(f"GIL enabled: {gil_enabled}, so a {pool_class.__name__}")
    return pool_class(max_workers=workers)


if __name__ == "__main__":
    with cpu_pool(workers=2) as pool:
        print("primes:", list(pool.map(count_primes, [10_000, 20_000, 30_000])))
