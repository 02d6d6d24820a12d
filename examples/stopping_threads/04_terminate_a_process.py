"""Run a call that may hang in a process: a process, unlike a thread, can be killed."""

import multiprocessing
import time


def stuck_call(seconds):
    time.sleep(seconds)  # stands in for a library call with no timeout


if __name__ == "__main__":
    process = multiprocessing.Process(target=stuck_call, args=(3600,))
    process.start()
    process.join(timeout=0.3)  # the time limit we give the call
    if process.is_alive():
        process.terminate()  # SIGTERM on POSIX, TerminateProcess on Windows
        process.join()
    print("main: still running after terminate():", process.is_alive())
    print("main: ended normally:", process.exitcode == 0)
