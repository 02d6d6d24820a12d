"""The worker reports progress through a queue; the main loop drains it every tick."""

import queue
import threading
import time

TICK = 0.05


def convert(files, messages):
    for done, name in enumerate(files, start=1):
        time.sleep(0.1)  # convert one file
        messages.put(("progress", done, name))
    messages.put(("finished", len(files), None))


def pending(messages):
    """Every message waiting in the queue now; never blocks."""
    while True:
        try:
            yield messages.get_nowait()
        except queue.Empty:
            return


messages = queue.Queue()
files = ["intro.wav", "verse.wav", "chorus.wav", "bridge.wav", "outro.wav"]
worker = threading.Thread(target=convert, args=(files, messages))
worker.start()
ticks = 0
finished = False
while not finished:
    ticks += 1
    for kind, done, name in pending(messages):
        if kind == "progress":
            print(f"main: {done}/{len(files)} converted ({name})")
        else:
            print(f"main: finished, {done} files converted")
            finished = True
    time.sleep(TICK)  # the rest of the tick: redraw, read input, ...
worker.join()  # it has sent its last message: this returns at once
print(f"ticks: {ticks}")
