"""With an RLock, locked methods can call each other: transfer() uses withdraw()."""

import threading


class Bank:
    def __init__(self, balances):
        self._balances = dict(balances)
        self._lock = threading.RLock()  # with a Lock, transfer() would hang

    def deposit(self, name, amount):
        with self._lock:
            self._balances[name] += amount

    def withdraw(self, name, amount):
        with self._lock:
            if self._balances[name] < amount:
                raise ValueError(f"{name} has only {self._balances[name]}")
            self._balances[name] -= amount

    def transfer(self, source, target, amount):
        with self._lock:  # held across both steps: nobody sees the money in transit
            self.withdraw(source, amount)  # takes the lock a second time
            self.deposit(target, amount)  # and again

    def balances(self):
        with self._lock:
            return dict(self._balances)


bank = Bank({"ada": 100, "bob": 100})


def pay_many_times(source, target):
    for _ in range(100):
        bank.transfer(source, target, 1)


ada_pays = threading.Thread(target=pay_many_times, args=("ada", "bob"))
bob_pays = threading.Thread(target=pay_many_times, args=("bob", "ada"))
for thread in (ada_pays, bob_pays):
    thread.start()
for thread in (ada_pays, bob_pays):
    thread.join()
print("after 100 payments each way:", bank.balances())

try:
    bank.transfer("ada", "bob", 500)
except ValueError as error:
    print("transfer of 500 refused:", error)
print("balances unchanged:", bank.balances())
