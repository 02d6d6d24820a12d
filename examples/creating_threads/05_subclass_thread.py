"""Subclass Thread and override run(); keep the result on the object."""

import threading


class WordCounter(threading.Thread):
    def __init__(self, text):
        super().__init__(name="word-counter")
        self.text = text
        self.count = None

    def run(self):
        # start() calls this in the new thread
        self.count = len(self.text.split())


counter = WordCounter("the quick brown fox jumps over the lazy dog")
counter.start()
counter.join()
print(f"{counter.name} counted {counter.count} words")
