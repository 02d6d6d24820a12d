"""acquire(blocking=False) and acquire(timeout=...) return False instead of waiting."""

import threading

printer_lock = threading.Lock()
lock_taken = threading.Event()
job_done = threading.Event()


def print_long_job():
    with printer_lock:
        lock_taken.set()
        job_done.wait()  # hold the lock until main says the job is done


worker = threading.Thread(target=print_long_job)
worker.start()
lock_taken.wait()  # from here on, the worker holds the lock

print("acquire(blocking=False):", printer_lock.acquire(blocking=False))
print("acquire(timeout=0.1):", printer_lock.acquire(timeout=0.1))

job_done.set()  # the worker leaves its `with` block and releases the lock
if printer_lock.acquire(timeout=5):
    try:
        print("acquire(timeout=5): True, the printer is ours")
    finally:
        printer_lock.release()
else:
    print("the printer is still busy after 5 s: try again later")
worker.join()
