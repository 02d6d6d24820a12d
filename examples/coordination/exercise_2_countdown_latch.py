"""Exercise: a countdown latch, the opposite of a start signal, built on Condition."""

import threading
import time


class CountDownLatch:
    def __init__(self, count):
        self._count = count
        self._changed = threading.Condition()

    def count_down(self):
        with self._changed:
            self._count -= 1
            if self._count == 0:
                self._changed.notify_all()  # release every waiter at once

    def wait(self, timeout=None):
        """Block until the count reaches zero; False if the timeout expired."""
        with self._changed:
            return self._changed.wait_for(lambda: self._count <= 0, timeout)


def load(part, latch):
    time.sleep(0.05 * part)  # loading takes a while
    latch.count_down()


latch = CountDownLatch(3)
loaders = [threading.Thread(target=load, args=(p, latch)) for p in (1, 2, 3)]
for loader in loaders:
    loader.start()
print("all parts loaded within 0.01 s:", latch.wait(timeout=0.01))
print("all parts loaded:", latch.wait())
for loader in loaders:
    loader.join()
