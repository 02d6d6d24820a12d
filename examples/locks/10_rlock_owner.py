"""An RLock belongs to one thread: only it releases it, once per acquire()."""

import threading

rlock = threading.RLock()


def in_other_thread(action):
    thread = threading.Thread(target=action)
    thread.start()
    thread.join()


def try_acquire():
    got_it = rlock.acquire(timeout=0.1)
    print("other thread, acquire(timeout=0.1):", got_it)
    if got_it:
        rlock.release()


def try_release():
    try:
        rlock.release()
    except RuntimeError as error:
        print("other thread, release():", error)


rlock.acquire()
rlock.acquire()  # the main thread now holds it twice
rlock.release()  # ...and still once
in_other_thread(try_acquire)
in_other_thread(try_release)
rlock.release()  # the second release frees it
in_other_thread(try_acquire)
