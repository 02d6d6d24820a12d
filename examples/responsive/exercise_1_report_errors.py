"""Exercise: a worker that fails tells the main loop, instead of dying silently."""

import queue
import threading
import time

TICK = 0.05


def convert(files, messages):
    try:
        for done, name in enumerate(files, start=1):
            time.sleep(0.1)  # convert one file
            if name.endswith(".txt"):
                raise ValueError(f"{name} is not an audio file")
            messages.put(("progress", f"{done}/{len(files)} converted"))
        messages.put(("finished", f"{len(files)} files converted"))
    except Exception as error:  # every failure becomes a message
        messages.put(("failed", f"{type(error).__name__}: {error}"))


def pending(messages):
    """Every message waiting in the queue now; never blocks."""
    while True:
        try:
            yield messages.get_nowait()
        except queue.Empty:
            return


messages = queue.Queue()
files = ["intro.wav", "verse.wav", "notes.txt", "outro.wav"]
worker = threading.Thread(target=convert, args=(files, messages))
worker.start()
running = True
while running:
    for kind, text in pending(messages):
        print(f"main: {kind}: {text}")
        if kind != "progress":  # "finished" or "failed": the last message
            running = False
    time.sleep(TICK)
worker.join()
