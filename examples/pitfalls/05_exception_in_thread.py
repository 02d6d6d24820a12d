"""An exception in a thread ends that thread only; the main thread never sees it."""

import sys
import threading

sys.tracebacklimit = 1  # only to keep this page short: show the innermost frame
settings = {}


def load_settings(port):
    settings["port"] = int(port)  # raises ValueError for "eighty"


worker = threading.Thread(target=load_settings, args=("eighty",))
worker.start()
worker.join()  # returns normally: the exception does not travel to the caller
print("main: join() returned, worker alive:", worker.is_alive())
print("main: carrying on with settings", settings)
