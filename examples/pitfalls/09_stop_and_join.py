"""The fix: a non-daemon writer told to stop, which flushes, and is joined."""

import queue
import threading

BATCH = 10
STOP = object()  # the sentinel that tells the writer to finish
items = queue.Queue()
written = []


def flush(buffer):
    written.extend(buffer)  # stands in for one write to a file
    print(f"writer: wrote items {buffer[0]}-{buffer[-1]}")
    buffer.clear()


def writer():
    buffer = []
    while (item := items.get()) is not STOP:
        buffer.append(item)
        if len(buffer) == BATCH:
            flush(buffer)
    if buffer:
        flush(buffer)  # the last, partial batch


writer_thread = threading.Thread(target=writer)  # not a daemon
writer_thread.start()
for item in range(1, 26):
    items.put(item)
items.put(STOP)
writer_thread.join()  # wait until the writer has flushed everything
print(f"main: 25 items submitted, {len(written)} written")
