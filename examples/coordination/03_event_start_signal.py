"""An Event as a start signal: workers wait until main calls set()."""

import threading

start = threading.Event()
config = {}
seen = [None] * 3  # what each worker found in config when it started


def worker(index):
    start.wait()  # blocks until main calls start.set()
    seen[index] = config["mode"]


workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
print("before set(): alive:", sum(w.is_alive() for w in workers), "| seen:", seen)

config["mode"] = "fast"  # finish the setup, then give the signal
start.set()  # wakes every waiting thread at once
for w in workers:
    w.join()
print("after set():", seen)
print("a wait() after set() returns at once:", start.wait())
