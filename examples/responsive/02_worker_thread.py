"""Slow work in a worker thread: the main loop keeps ticking and handling the user."""

import threading
import time

TICK = 0.05
SCRIPT = {2: "report", 3: "scroll", 4: "scroll"}


def build_report(result):
    time.sleep(0.4)  # stands in for slow I/O or a long computation
    result.append("42 pages")


result = []
worker = None
tick = 0
while worker is None or worker.is_alive():  # is_alive() never blocks
    tick += 1
    action = SCRIPT.get(tick)
    if action == "report":
        print(f"tick {tick}: user asks for a report")
        started = tick
        worker = threading.Thread(target=build_report, args=(result,))
        worker.start()  # returns at once: the tick goes on
    elif action == "scroll":
        print(f"tick {tick}: user scrolls")
    time.sleep(TICK)
worker.join()  # the worker has finished: this returns at once
print("main: report ready:", result[0])
print(f"ticks during the work: {tick - started}")
