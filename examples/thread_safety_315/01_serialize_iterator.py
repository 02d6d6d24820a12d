"""threading.serialize_iterator (Python 3.15): one generator, shared by four threads."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import threading
import time

THREADS = 4
LINES = 100


def read_lines():
    for number in range(LINES):
        time.sleep(0.001)  # a slow source: other threads run while it waits
        yield f"line {number}"


shared = threading.serialize_iterator(read_lines())
handled = [[] for _ in range(THREADS)]  # one list per thread
finished = []


def handle_lines(mine):
    for line in shared:  # next() on the wrapper: one thread at a time
        mine.append(line)
    finished.append(threading.current_thread().name)


threads = [threading.Thread(target=handle_lines, args=(mine,)) for mine in handled]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

all_lines = [line for mine in handled for line in mine]
print("threads that reached the end:", len(finished))
print("lines handled:", len(all_lines))
print("each once:", sorted(all_lines) == sorted(read_lines()))
