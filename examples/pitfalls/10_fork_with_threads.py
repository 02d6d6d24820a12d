"""os.fork() copies only the calling thread: locks held by other threads stay held."""

import os
import threading
import warnings

lock = threading.Lock()
holding = threading.Event()
done = threading.Event()


def hold_lock():
    with lock:
        holding.set()
        done.wait()  # keeps the lock while the main thread forks


worker = threading.Thread(target=hold_lock, name="lock-holder")
worker.start()
holding.wait()

with warnings.catch_warnings(record=True) as warned:  # Python 3.12+ warns here
    warnings.simplefilter("always")
    pid = os.fork()
if pid == 0:  # the child: a copy of this process with only one thread
    names = [thread.name for thread in threading.enumerate()]
    print("child: threads:", names, flush=True)
    got_it = lock.acquire(timeout=0.5)  # without a timeout: stuck forever
    print("child: acquired the lock:", got_it, flush=True)
    os._exit(0)  # leave at once, without the parent's cleanup

os.waitpid(pid, 0)
done.set()
worker.join()
print("parent: the lock is free again:", not lock.locked())
for warning in warned:
    message = str(warning.message).replace(f" (pid={os.getpid()})", "")
    print(f"parent: {warning.category.__name__}: {message}")
