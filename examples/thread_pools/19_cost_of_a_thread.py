"""What one more thread costs: address space for its stack, a little memory, time."""

import resource
import threading
import time
from concurrent.futures import ThreadPoolExecutor

THREADS = 100


def memory_kib():
    """(virtual, resident) size of this process in KiB, from /proc (Linux)."""
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return int(fields["VmSize"].split()[0]), int(fields["VmRSS"].split()[0])


def per_thread_memory():
    """Start THREADS waiting threads; return the growth per thread, in KiB."""
    release = threading.Event()
    before = memory_kib()
    threads = [threading.Thread(target=release.wait) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    after = memory_kib()
    release.set()
    for thread in threads:
        thread.join()
    return [(late - early) / THREADS for early, late in zip(before, after, strict=True)]


def seconds_for(run_tasks):
    start = time.perf_counter()
    run_tasks()
    return time.perf_counter() - start


def thread_per_task():
    for _ in range(THREADS):
        thread = threading.Thread(target=abs, args=(1,))
        thread.start()
        thread.join()


def pooled_tasks(pool):
    for _ in range(THREADS):
        pool.submit(abs, 1).result()


# glibc gives a new thread a stack of the soft RLIMIT_STACK (`ulimit -s`).
stack_kib = resource.getrlimit(resource.RLIMIT_STACK)[0] // 1024
virtual, resident = per_thread_memory()
print(f"virtual per thread / stack size: {virtual / stack_kib:.2f}")
print(f"resident per thread / virtual per thread: {resident / virtual:.3f}")

with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(abs, 1).result()  # its one worker is started
    rounds = [  # the best of five rounds each, interleaved: the least disturbed
        (seconds_for(thread_per_task), seconds_for(lambda: pooled_tasks(pool)))
        for _ in range(5)
    ]
unpooled, pooled = (min(times) for times in zip(*rounds, strict=True))
print(f"thread per task / pooled: {unpooled / pooled:.1f}")
