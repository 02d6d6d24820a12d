"""A reader-writer lock: many readers at once, or one writer alone."""

import contextlib
import threading


class ReaderWriterLock:
    """Readers share the lock; a writer has it alone. Waiting writers go first."""

    def __init__(self):
        self._changed = threading.Condition()
        self._readers = 0  # readers inside
        self._writer = False  # a writer inside
        self._writers_waiting = 0

    @contextlib.contextmanager
    def reading(self):
        with self._changed:
            # New readers wait while a writer waits, so writers are not starved.
            self._changed.wait_for(
                lambda: not self._writer and not self._writers_waiting
            )
            self._readers += 1
        try:
            yield
        finally:
            with self._changed:
                self._readers -= 1
                self._changed.notify_all()

    @contextlib.contextmanager
    def writing(self):
        with self._changed:
            self._writers_waiting += 1
            self._changed.wait_for(lambda: not self._writer and not self._readers)
            self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._changed:
                self._writer = False
                self._changed.notify_all()


prices_lock = ReaderWriterLock()
order = []  # who got in, in order
readers_inside = threading.Barrier(4)  # three readers and the main thread
let_readers_go = threading.Event()
writer_in, late_reader_in = threading.Event(), threading.Event()


def reader():
    with prices_lock.reading():
        order.append("reader")
        readers_inside.wait()
        let_readers_go.wait()  # a long read


def writer():
    with prices_lock.writing():
        order.append("writer")
        writer_in.set()


def late_reader():
    with prices_lock.reading():
        order.append("late reader")
        late_reader_in.set()


threads = [threading.Thread(target=reader) for _ in range(3)]
for thread in threads:
    thread.start()
readers_inside.wait()  # three readers hold the lock together
threads.append(threading.Thread(target=writer))
threads[-1].start()
print("writer got in while 3 readers were inside:", writer_in.wait(timeout=0.1))
threads.append(threading.Thread(target=late_reader))
threads[-1].start()
print("late reader got in while a writer waited:", late_reader_in.wait(timeout=0.1))
let_readers_go.set()
for thread in threads:
    thread.join()
print("order:", ", ".join(order))
