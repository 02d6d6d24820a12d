"""Cancel with an Event: the user cancels midway; the worker stops between steps."""

import queue
import threading
import time

TICK = 0.05
STEP = 0.3  # the time to convert one file
FILES = 6


def convert(messages, cancel):
    for done in range(1, FILES + 1):
        time.sleep(STEP)  # convert one file: a step is never interrupted
        if cancel.is_set():  # checked between two steps
            messages.put(("cancelled", done))
            return
        messages.put(("progress", done))
    messages.put(("finished", FILES))


def pending(messages):
    """Every message waiting in the queue now; never blocks."""
    while True:
        try:
            yield messages.get_nowait()
        except queue.Empty:
            return


messages = queue.Queue()
cancel = threading.Event()
worker = threading.Thread(target=convert, args=(messages, cancel))
worker.start()
ticks = 0
running = True
while running:
    ticks += 1
    for kind, done in pending(messages):
        print(f"main: {kind}, {done}/{FILES} files converted")
        if kind == "progress" and done == 2:  # the scripted user cancels now
            print("user: clicks Cancel")
            cancel.set()  # returns at once; the loop goes on ticking
        if kind != "progress":  # "cancelled" or "finished": the last message
            running = False
    time.sleep(TICK)
worker.join()  # the worker has sent its last message: no real wait
print(f"ticks: {ticks}")
