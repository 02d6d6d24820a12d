"""A daemon writer that buffers its output loses the last items at exit."""

import queue
import threading

BATCH = 10
items = queue.Queue()
written = []


def flush(buffer):
    written.extend(buffer)  # stands in for one write to a file
    print(f"writer: wrote items {buffer[0]}-{buffer[-1]}")
    buffer.clear()


def writer():
    buffer = []
    while True:
        buffer.append(items.get())
        if len(buffer) == BATCH:
            flush(buffer)
        items.task_done()


threading.Thread(target=writer, daemon=True).start()
for item in range(1, 26):
    items.put(item)
items.join()  # every item has been taken from the queue...
print(f"main: 25 items submitted, {len(written)} written; exiting")
# ...but 5 are still in the writer's buffer, and a daemon is killed at exit
