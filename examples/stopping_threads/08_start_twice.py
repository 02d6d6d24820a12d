"""A Thread object can be started once; to run the work again, create a new one."""

import threading


def greet(run):
    print(f"worker: run {run}")


thread = threading.Thread(target=greet, args=(1,))
thread.start()
thread.join()
try:
    thread.start()
except RuntimeError as error:
    print("main: start() again:", error)
thread = threading.Thread(target=greet, args=(2,))  # a new object, the same work
thread.start()
thread.join()
