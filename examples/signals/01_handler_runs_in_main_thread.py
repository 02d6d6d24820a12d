"""A signal handler always runs in the main thread, whoever sent the signal."""

import os
import signal
import threading

handled = []  # (signal, thread) pairs: the handler records, the main thread prints


def on_usr1(signum, frame):
    handled.append((signal.Signals(signum).name, threading.current_thread().name))


def worker():
    try:
        signal.signal(signal.SIGUSR1, on_usr1)
    except ValueError as error:  # only the main thread may install handlers
        print(f"worker: signal.signal() failed: {error}")
    print("worker: sending SIGUSR1 to this process")
    os.kill(os.getpid(), signal.SIGUSR1)


signal.signal(signal.SIGUSR1, on_usr1)  # the main thread may
thread = threading.Thread(target=worker, name="worker")
thread.start()
thread.join()
print("main: the worker has finished")
for signal_name, thread_name in handled:
    print(f"main: the handler ran for {signal_name} in {thread_name}")
