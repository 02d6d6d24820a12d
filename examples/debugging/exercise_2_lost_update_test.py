"""Exercise: a test that loses an update on every run, and passes with a lock."""

import threading


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self, between=lambda: None):
        value = self.value  # read...
        between()  # a hook for the test: runs between read and write
        self.value = value + 1  # ...then write


class LockedCounter(Counter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def increment(self, between=lambda: None):
        with self.lock:
            super().increment(between)


def test_two_increments(counter):
    has_read, resume = threading.Event(), threading.Event()

    def pause():  # stop the first increment between its read and its write
        has_read.set()
        resume.wait(timeout=5)

    first = threading.Thread(target=counter.increment, args=(pause,))
    second = threading.Thread(target=counter.increment)
    first.start()
    assert has_read.wait(timeout=5), "the first increment never read the value"
    second.start()
    second.join(timeout=0.5)  # finishes at once, unless a lock makes it wait
    resume.set()
    for thread in (first, second):
        thread.join(timeout=5)
        assert not thread.is_alive(), "deadlock: an increment never finished"
    assert counter.value == 2, f"lost an update: the value is {counter.value}"


for counter in (Counter(), LockedCounter()):
    try:
        test_two_increments(counter)
        print(f"{type(counter).__name__}: PASS, value {counter.value}")
    except AssertionError as failure:
        print(f"{type(counter).__name__}: FAIL, {failure}")
