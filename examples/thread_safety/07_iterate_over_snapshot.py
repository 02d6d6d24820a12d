"""Iterate over a copy taken under the lock; other threads may change the original."""

import threading

prices_lock = threading.Lock()  # every change to prices is made under this lock
prices = {"apple": 0.5, "bread": 2.0, "milk": 1.0}


def add_tea():
    with prices_lock:
        prices["tea"] = 3.0


with prices_lock:
    snapshot = prices.copy()  # a consistent copy: no change is half done
total = 0.0
for name, price in snapshot.items():  # no lock held while we work
    if name == "apple":
        thread = threading.Thread(target=add_tea)  # changes prices meanwhile
        thread.start()
        thread.join()
    total += price
print("total of the snapshot:", total)
print("prices now:", sorted(prices))
