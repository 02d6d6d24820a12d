"""A handler of your own for SIGINT replaces KeyboardInterrupt altogether."""

import os
import signal
import threading
import time

ctrl_c_presses = []  # the handler records, the main thread reports


def note_ctrl_c(signum, frame):
    ctrl_c_presses.append(signum)  # and nothing more: no KeyboardInterrupt


def work():
    os.kill(os.getpid(), signal.SIGINT)  # the worker presses Ctrl+C for the user
    time.sleep(0.3)
    print("worker: finished its 0.3 s of work")


signal.signal(signal.SIGINT, note_ctrl_c)  # Python's own handler is gone
worker = threading.Thread(target=work)
worker.start()
try:
    worker.join()
    print(f"main: join() returned normally; Ctrl+C presses: {len(ctrl_c_presses)}")
except KeyboardInterrupt:
    print("main: KeyboardInterrupt")  # never happens
