"""Hand over data with join(), an Event, a Queue or a lock: all of it is seen."""

import queue
import threading

ENTRIES = 100_000


def fill(table):
    for n in range(ENTRIES):
        table[n] = n * n


def after_join():
    table = {}
    writer = threading.Thread(target=fill, args=(table,))
    writer.start()
    writer.join()  # everything the writer did happened before join() returned
    return len(table)


def after_event():
    table, ready = {}, threading.Event()

    def writer():
        fill(table)
        ready.set()  # publish: after the last write

    threading.Thread(target=writer).start()
    ready.wait()
    return len(table)


def through_queue():
    handover = queue.Queue()

    def writer():
        table = {}
        fill(table)
        handover.put(table)  # the table changes hands with the item

    threading.Thread(target=writer).start()
    return len(handover.get())


def under_lock():
    table, lock = {}, threading.Lock()
    filled = threading.Condition(lock)
    done = []

    def writer():
        with lock:
            fill(table)
            done.append(True)  # the flag, written under the same lock
            filled.notify()

    with lock:
        threading.Thread(target=writer).start()
        filled.wait_for(lambda: done)  # releases the lock while it waits
        return len(table)


for handover in (after_join, after_event, through_queue, under_lock):
    print(f"{handover.__name__}: the reader saw {handover()} of {ENTRIES} entries")
