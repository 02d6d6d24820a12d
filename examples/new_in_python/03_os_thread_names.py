"""Python 3.14 passes each thread's name to the operating system (shown on Linux)."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import threading
from concurrent.futures import ThreadPoolExecutor


def os_thread_name():
    """The calling thread's name as Linux has it: what top -H and ps -L show."""
    with open(f"/proc/self/task/{threading.get_native_id()}/comm") as comm:
        return comm.read().rstrip("\n")


def report():
    print(f"{threading.current_thread().name} -> OS: {os_thread_name()}")


for name in ["downloader", "thumbnail-generator-3"]:
    thread = threading.Thread(target=report, name=name)
    thread.start()
    thread.join()

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="resize") as pool:
    pool.submit(report).result()


def rename_then_report():
    threading.current_thread().name = "job-42"  # a running thread renames itself
    report()


thread = threading.Thread(target=rename_then_report, name="worker")
thread.start()
thread.join()
print("main thread's OS name is MainThread:", os_thread_name() == "MainThread")
