"""InterpreterPoolExecutor (Python 3.14) beside the thread and the process pools."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import os
import threading
from concurrent.futures import (
    InterpreterPoolExecutor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)

calls = 0  # a module global: does a task's change reach the main program?


def count_call(lock=None):
    global calls
    calls += 1
    return os.getpid()


def compare(pool_class):
    with pool_class(max_workers=1) as pool:
        same_process = pool.submit(count_call).result() == os.getpid()
        shares_globals = calls == 1
        try:
            pool.submit(count_call, threading.Lock()).result()
            takes_a_lock = True
        except TypeError:  # the lock cannot be pickled or shared
            takes_a_lock = False
    return same_process, shares_globals, takes_a_lock


if __name__ == "__main__":  # each worker interpreter or process imports this file
    print(f"{'':24} {'same process':13} {'shares globals':15} takes a Lock")
    pool_classes = [ThreadPoolExecutor, InterpreterPoolExecutor, ProcessPoolExecutor]
    for pool_class in pool_classes:
        calls = 0
        same_process, shares_globals, takes_a_lock = compare(pool_class)
        print(
            f"{pool_class.__name__:24} {same_process!s:13} {shares_globals!s:15}"
            f" {takes_a_lock}"
        )
