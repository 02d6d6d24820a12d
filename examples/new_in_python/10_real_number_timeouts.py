"""Python 3.15: timeouts given as a Decimal or a Fraction, and where they still fail."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import queue
import threading
from decimal import Decimal
from fractions import Fraction


# Each function waits for something that never comes; False means it timed out.
def lock_acquire(timeout):
    lock = threading.Lock()
    lock.acquire()
    return lock.acquire(timeout=timeout)


def event_wait(timeout):
    return threading.Event().wait(timeout)


def condition_wait(timeout):
    condition = threading.Condition()
    with condition:
        return condition.wait(timeout)


def thread_join(timeout):
    finish = threading.Event()
    thread = threading.Thread(target=finish.wait)
    thread.start()
    try:
        thread.join(timeout)
        return not thread.is_alive()
    finally:
        finish.set()
        thread.join()


def simple_queue_get(timeout):
    try:
        return queue.SimpleQueue().get(timeout=timeout)
    except queue.Empty:
        return False


def semaphore_acquire(timeout):
    return threading.Semaphore(0).acquire(timeout=timeout)


def condition_wait_for(timeout):
    condition = threading.Condition()
    with condition:
        return condition.wait_for(lambda: False, timeout)


def barrier_wait(timeout):
    try:
        return threading.Barrier(2, timeout=timeout).wait()
    except threading.BrokenBarrierError:
        return False


def queue_get(timeout):
    try:
        return queue.Queue().get(timeout=timeout)
    except queue.Empty:
        return False


timeouts = [Decimal("0.05"), Fraction(1, 20)]
print(f"{'':20}{'Decimal':12}Fraction")
for wait in [
    lock_acquire,
    event_wait,
    condition_wait,
    thread_join,
    simple_queue_get,
    semaphore_acquire,
    condition_wait_for,
    barrier_wait,
    queue_get,
]:
    outcomes = []
    for timeout in timeouts:
        try:
            outcomes.append("timed out" if wait(timeout) is False else "returned")
        except TypeError:
            outcomes.append("TypeError")
    print(f"{wait.__name__:20}{outcomes[0]:12}{outcomes[1]}")
