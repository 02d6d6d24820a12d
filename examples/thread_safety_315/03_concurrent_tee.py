"""threading.concurrent_tee (Python 3.15): each thread gets all items of one source."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import threading
import time

produced = []  # what the source has produced, to show that it runs only once


def read_temperatures():
    for minute in range(100):
        time.sleep(0.001)  # a slow source: other threads run while it waits
        produced.append(minute)
        yield 15 + minute % 10


for_total, for_peak = threading.concurrent_tee(read_temperatures(), 2)
results = {}


def total():
    results["total"] = sum(for_total)


def peak():
    results["peak"] = max(for_peak)


threads = [threading.Thread(target=total), threading.Thread(target=peak)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

print("readings produced by the source:", len(produced))
print("total, over every reading:", results["total"])
print("peak, over every reading:", results["peak"])
