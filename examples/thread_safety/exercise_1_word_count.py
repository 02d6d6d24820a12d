"""Count words in four threads: each thread counts alone, main merges after join."""

import threading
from collections import Counter

chapters = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "a cat and a dog met on the road",
    "the end",
]
counts_per_thread = [Counter() for _ in chapters]  # nothing shared while counting


def count_words(text, counts):
    for word in text.split():
        counts[word] += 1  # safe: no other thread touches this Counter


threads = [
    threading.Thread(target=count_words, args=(text, counts))
    for text, counts in zip(chapters, counts_per_thread, strict=True)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

total = Counter()
for counts in counts_per_thread:  # after join(): every count is complete
    total.update(counts)
print("words:", total.total())
print("most common:", total.most_common(3))
