"""The fix: every thread takes the locks in one global order."""

import threading


class Account:
    def __init__(self, number, balance):
        self.number = number  # the rank that decides the lock order
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    first, second = sorted((source, target), key=lambda account: account.number)
    with first.lock, second.lock:  # lower number first, whatever the direction
        source.balance -= amount
        target.balance += amount


def transfer_many(source, target, times):
    for _ in range(times):
        transfer(source, target, 1)


alice, bob = Account(1, 100), Account(2, 100)
threads = [
    threading.Thread(target=transfer_many, args=(alice, bob, 10_000)),
    threading.Thread(target=transfer_many, args=(bob, alice, 10_000)),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("balances:", alice.balance, bob.balance)
print("total:", alice.balance + bob.balance)
