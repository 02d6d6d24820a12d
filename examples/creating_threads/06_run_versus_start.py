"""Calling run() is an ordinary call in the current thread; start() makes a thread."""

import threading


def report():
    print("report() runs in:", threading.current_thread().name)


threading.Thread(target=report, name="worker").run()  # no new thread

thread = threading.Thread(target=report, name="worker")
thread.start()  # a new thread calls run(), which calls report()
thread.join()
