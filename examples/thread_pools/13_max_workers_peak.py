"""max_workers caps how many tasks run at the same time; measure the peak."""

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = peak = 0


def io_task(_):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    time.sleep(0.05)  # waiting for I/O: the thread holds no CPU
    with lock:
        running -= 1


def measure_peak(max_workers, tasks):
    global peak
    peak = 0
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        list(pool.map(io_task, range(tasks)))
    return peak


print("max_workers=1: peak", measure_peak(1, tasks=3))
print("max_workers=5: peak", measure_peak(5, tasks=15))
# the CPUs this process may use (3.13+), else all of the machine's (3.8 to 3.12)
cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1
default = min(32, cpus + 4)
default_peak = measure_peak(None, tasks=3 * default)
print("default pool: peak == min(32, CPUs + 4):", default_peak == default)
