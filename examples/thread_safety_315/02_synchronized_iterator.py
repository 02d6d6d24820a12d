"""threading.synchronized_iterator (Python 3.15): generators that threads can share."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import threading
import time

THREADS = 4


@threading.synchronized_iterator  # every call returns a serialized generator
def read_lines(count):
    for number in range(count):
        time.sleep(0.001)  # a slow source: other threads run while it waits
        yield f"line {number}"


shared = read_lines(100)
print("the function keeps its name:", read_lines.__name__)
print("a call returns a", type(shared).__name__)

handled = [[] for _ in range(THREADS)]  # one list per thread
finished = []


def handle_lines(mine):
    for line in shared:
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
print("each once:", sorted(all_lines) == sorted(read_lines(100)))
