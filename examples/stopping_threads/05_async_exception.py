"""PyThreadState_SetAsyncExc: the exception waits until the thread runs Python code."""

import ctypes
import os
import threading
import time
import traceback


class StopThread(Exception):
    pass


release = threading.Event()


def worker():
    try:
        release.wait()  # blocks in C: the exception cannot get in
        print("worker: the wait returned")  # never printed
    except StopThread as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        file = os.path.basename(where.filename)
        print(f"worker: StopThread raised in {where.name}() of {file}")


thread = threading.Thread(target=worker)
thread.start()
time.sleep(0.1)
count = ctypes.pythonapi.PyThreadState_SetAsyncExc(
    ctypes.c_ulong(thread.ident), ctypes.py_object(StopThread)
)
print("main: exception set for", count, "thread")
thread.join(timeout=0.3)
print("main: still blocked 0.3 s later:", thread.is_alive())
release.set()  # only now does the worker run Python code again
thread.join()
