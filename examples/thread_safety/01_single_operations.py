"""Four threads add to one list, one deque and one dict at once: nothing is lost."""

import collections
import threading

THREADS = 4
ITEMS_PER_THREAD = 10_000

shared_list = []
shared_deque = collections.deque()
shared_dict = {}
start_together = threading.Barrier(THREADS)


def add_items(thread_number):
    start_together.wait()
    for i in range(ITEMS_PER_THREAD):
        item = (thread_number, i)
        shared_list.append(item)  # each of these three lines is one operation:
        shared_deque.append(item)  # no lock needed
        shared_dict[item] = thread_number


threads = [threading.Thread(target=add_items, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

expected = {(n, i) for n in range(THREADS) for i in range(ITEMS_PER_THREAD)}
for name, items in [("list", shared_list), ("deque", shared_deque)]:
    print(f"{name}: {len(items)} items, each once: {set(items) == expected}")
print(f"dict: {len(shared_dict)} keys, all there: {shared_dict.keys() == expected}")
