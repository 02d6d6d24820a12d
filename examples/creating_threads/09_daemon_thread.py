"""A daemon thread is stopped abruptly when the program exits."""

import threading
import time


def background_sync():
    try:
        print("daemon: started syncing")
        time.sleep(10)
        print("daemon: sync finished")  # never printed
    finally:
        print("daemon: cleaning up")  # never printed either


daemon = threading.Thread(target=background_sync, daemon=True)
daemon.start()
time.sleep(0.2)  # let the daemon print its first line
print("main: exiting; daemon alive:", daemon.is_alive())
