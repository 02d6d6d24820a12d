"""Exercise: start a worker process with "spawn" while another thread holds a lock."""

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

lock = threading.Lock()
holding = threading.Event()
done = threading.Event()


def hold_lock():
    with lock:
        holding.set()
        done.wait()


def try_lock():
    # runs in a fresh interpreter that imported this module anew: a new, free lock
    return lock.acquire(timeout=0.5)


if __name__ == "__main__":  # required: the child process imports this module
    worker = threading.Thread(target=hold_lock)
    worker.start()
    holding.wait()
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        print("child: acquired the lock:", pool.submit(try_lock).result())
    done.set()
    worker.join()
