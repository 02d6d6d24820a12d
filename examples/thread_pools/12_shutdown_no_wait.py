"""shutdown(wait=False) returns at once; the tasks already submitted still run."""

import time
from concurrent.futures import ThreadPoolExecutor


def upload(name):
    time.sleep(0.2)
    print("worker: uploaded", name)


pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(upload, "a.txt")
pool.submit(upload, "b.txt")
pool.shutdown(wait=False)
print("main: shutdown() returned; a.txt done:", first.done())
try:
    pool.submit(upload, "c.txt")
except RuntimeError as error:
    print("main: submit() after shutdown:", error)
print("main: end of the script")
# the interpreter waits for the pool's threads before it exits
