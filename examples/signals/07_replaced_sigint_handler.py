"""A handler of your own for SIGINT replaces KeyboardInterrupt altogether."""

import os
import signal
import threading
import time

busy = threading.Event()


def note_ctrl_c(signum, frame):
    print("handler: Ctrl+C noted")  # and nothing more: no KeyboardInterrupt


def work():
    busy.set()
    time.sleep(0.3)
    print("worker: finished its 0.3 s of work")


def press_ctrl_c():
    busy.wait()
    os.kill(os.getpid(), signal.SIGINT)


signal.signal(signal.SIGINT, note_ctrl_c)  # Python's own handler is gone
worker = threading.Thread(target=work)
worker.start()
try:
    threading.Thread(target=press_ctrl_c).start()
    worker.join()
    print("main: join() returned normally")
except KeyboardInterrupt:
    print("main: KeyboardInterrupt")  # never happens
