"""add_done_callback(): the finishing worker runs it, or the caller if already done."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor


def report(future):
    thread = threading.current_thread().name
    print(f"callback in {thread}: result = {future.result()}")


def compress(name):
    time.sleep(0.2)
    return f"{name}.gz"


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="zip") as pool:
    future = pool.submit(compress, "log.txt")
    future.add_done_callback(report)  # not done yet: the worker will call it
# the with block has waited for the worker, callback included

future.add_done_callback(report)  # already done: called here, at once
