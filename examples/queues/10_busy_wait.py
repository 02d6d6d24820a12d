"""Polling empty() keeps a CPU busy; a blocking get() sleeps until an item arrives."""

import queue
import threading
import time


def polling_consumer(jobs, report):
    checks = 0
    while jobs.empty():  # busy-waiting: asks again and again
        checks += 1
    jobs.get()
    report["polling"] = (checks, time.thread_time())


def blocking_consumer(jobs, report):
    jobs.get()  # sleeps inside get() until an item is put
    report["blocking"] = (1, time.thread_time())


report = {}
polled, blocked = queue.Queue(), queue.Queue()
threads = [
    threading.Thread(target=polling_consumer, args=(polled, report)),
    threading.Thread(target=blocking_consumer, args=(blocked, report)),
]
for thread in threads:
    thread.start()
time.sleep(0.3)  # the item arrives late
polled.put("job")
blocked.put("job")
for thread in threads:
    thread.join()
for name, (calls, cpu_seconds) in sorted(report.items()):
    print(f"{name} calls: {calls}")
    print(f"{name} CPU seconds: {cpu_seconds:.3f}")
