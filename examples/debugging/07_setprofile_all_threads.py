"""threading.setprofile_all_threads() reaches threads that are already running."""

import sys

if sys.version_info < (3, 12):
    sys.exit("This example needs Python 3.12 or newer.")

import collections
import threading

calls = collections.Counter()  # (thread name, function name) -> calls
calls_lock = threading.Lock()


def count_calls(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "step":
        with calls_lock:
            calls[threading.current_thread().name] += 1


def step():
    pass


def worker(go, done):
    for _ in range(3):
        go.wait()
        go.clear()
        step()
        done.set()


def run_steps(install, uninstall):
    """Start a worker, then install the profile function, then let it call step()."""
    calls.clear()
    go, done = threading.Event(), threading.Event()
    thread = threading.Thread(target=worker, args=(go, done), name="worker")
    thread.start()
    install(count_calls)  # the worker is already running
    for _ in range(3):
        done.clear()
        go.set()
        done.wait()
    thread.join()
    uninstall(None)
    return calls["worker"]


print("threading.setprofile:", run_steps(threading.setprofile, threading.setprofile))
print(
    "threading.setprofile_all_threads:",
    run_steps(threading.setprofile_all_threads, threading.setprofile_all_threads),
)
