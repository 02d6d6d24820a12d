"""A bounded buffer: one lock, two Conditions (not_full and not_empty)."""

import collections
import logging
import sys
import threading
import time

logging.basicConfig(
    stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s"
)


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.most_held = 0
        lock = threading.Lock()  # one lock guards items; both Conditions use it
        self.not_full = threading.Condition(lock)
        self.not_empty = threading.Condition(lock)

    def put(self, item):
        with self.not_full:
            self.not_full.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.most_held = max(self.most_held, len(self.items))
            self.not_empty.notify()  # one item more: one consumer may go on

    def get(self):
        with self.not_empty:
            self.not_empty.wait_for(lambda: len(self.items) > 0)
            item = self.items.popleft()
            self.not_full.notify()  # one free place more: one producer may go on
            return item


def producer(buffer):
    for item in [*range(1, 6), None]:  # None is the "no more items" sentinel
        buffer.put(item)
        logging.info("put %s", item)


def consumer(buffer, consumed):
    while (item := buffer.get()) is not None:
        time.sleep(0.02)  # a slow consumer: the buffer fills up
        consumed.append(item)
        logging.info("used %s", item)


buffer = BoundedBuffer(capacity=2)
consumed = []
threads = [
    threading.Thread(target=producer, args=(buffer,), name="producer"),
    threading.Thread(target=consumer, args=(buffer, consumed), name="consumer"),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("consumed:", consumed)
print("most items held at once:", buffer.most_held)
