"""Exercise: pause and resume the worker with a second Event."""

import queue
import threading
import time

TICK = 0.05
STEP = 0.3
FILES = 3


def convert(messages, may_run):
    for done in range(1, FILES + 1):
        time.sleep(STEP)  # convert one file
        if may_run.is_set():  # checked between two steps
            messages.put(("progress", done))
        else:
            messages.put(("paused", done))
            may_run.wait()  # sleeps until the main loop sets it again
    messages.put(("finished", FILES))


def pending(messages):
    """Every message waiting in the queue now; never blocks."""
    while True:
        try:
            yield messages.get_nowait()
        except queue.Empty:
            return


messages = queue.Queue()
may_run = threading.Event()
may_run.set()  # set: run; clear: pause
worker = threading.Thread(target=convert, args=(messages, may_run))
worker.start()
running = True
while running:
    for kind, done in pending(messages):
        print(f"main: {kind}, {done}/{FILES} files converted")
        if kind == "progress" and done == 1:
            print("user: clicks Pause")
            may_run.clear()
        elif kind == "paused":
            print("user: clicks Resume")
            may_run.set()
        elif kind == "finished":
            running = False
    time.sleep(TICK)
worker.join()
