"""A daemon thread stuck forever does not keep the program alive, nor clean up."""

import threading


def wait_forever():
    try:
        threading.Event().wait()  # stands in for a call that never returns
    finally:
        print("worker: cleaning up")  # never printed: daemons are not unwound


worker = threading.Thread(target=wait_forever, daemon=True)
worker.start()
worker.join(timeout=0.2)
print("main: worker still running:", worker.is_alive())
print("main: exiting anyway; the daemon thread is stopped where it stands")
