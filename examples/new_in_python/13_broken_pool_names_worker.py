"""Python 3.15: BrokenProcessPool says which worker process died, and how."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(3)  # stands for a crash in C code, or the out-of-memory killer


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        worker_pid = pool.submit(os.getpid).result()
        try:
            pool.submit(crash).result()
        except BrokenProcessPool as error:
            print("error:", error)
            cause = str(error.__cause__).strip("\n'")  # the text of a remote traceback
            print("cause:", cause.replace(str(worker_pid), "<the worker's PID>"))
