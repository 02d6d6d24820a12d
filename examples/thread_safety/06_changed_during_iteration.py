"""Another thread changes a dict or a list while this thread iterates over it."""

import threading


def in_another_thread(change):
    """Run change() in a new thread and wait for it: a switch at a bad moment."""
    thread = threading.Thread(target=change)
    thread.start()
    thread.join()


def visit_all(items, change):
    """Iterate over items; after the first one, another thread makes a change."""
    visited = []
    for item in items:
        visited.append(item)
        if len(visited) == 1:
            in_another_thread(change)
    return visited


prices = {"apple": 0.5, "bread": 2.0, "milk": 1.0}
try:
    visit_all(prices, lambda: prices.update(tea=3.0))
except RuntimeError as error:
    print("dict, key added:", error)

shopping = ["apple", "bread", "milk", "tea"]
print("list, item removed:", visit_all(shopping, lambda: shopping.remove("apple")))

shopping = ["apple", "bread", "milk", "tea"]
print("list, item inserted:", visit_all(shopping, lambda: shopping.insert(0, "egg")))
