"""Exercise: orders of several items are reserved all together, or not at all."""

import threading


class Stock:
    def __init__(self, items):
        self._items = dict(items)
        self._lock = threading.RLock()  # reserve_order() calls reserve()

    def reserve(self, item, quantity):
        with self._lock:
            if self._items[item] < quantity:
                raise ValueError(f"not enough {item}")
            self._items[item] -= quantity

    def reserve_order(self, order):
        with self._lock:  # nobody may take an item between the check and the end
            if any(self._items[item] < quantity for item, quantity in order.items()):
                return False
            for item, quantity in order.items():
                self.reserve(item, quantity)
            return True

    def left(self):
        with self._lock:
            return dict(self._items)


stock = Stock({"apple": 5, "pear": 5})
accepted = []  # list.append is safe from several threads


def place_order():
    accepted.append(stock.reserve_order({"apple": 2, "pear": 1}))


customers = [threading.Thread(target=place_order) for _ in range(4)]
for customer in customers:
    customer.start()
for customer in customers:
    customer.join()
print("orders accepted:", accepted.count(True))
print("orders refused:", accepted.count(False))
print("left:", stock.left())
