"""A test that forces a check-then-act race on every run, and passes on the fix."""

import threading


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount, between=lambda: None):
        if self.balance >= amount:  # check...
            between()  # a hook for the test: runs between check and act
            self.balance -= amount  # ...then act
            return True
        return False


class LockedAccount(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.lock = threading.Lock()

    def withdraw(self, amount, between=lambda: None):
        with self.lock:  # check and act as one step
            return super().withdraw(amount, between)


def test_two_withdrawals(account):
    checked, resume = threading.Event(), threading.Event()

    def pause():  # stop the first withdrawal between its check and its act
        checked.set()
        resume.wait(timeout=5)

    first = threading.Thread(target=account.withdraw, args=(80, pause))
    second = threading.Thread(target=account.withdraw, args=(80,))
    first.start()
    assert checked.wait(timeout=5), "the first withdrawal never reached its check"
    second.start()
    second.join(timeout=0.5)  # finishes at once, unless a lock makes it wait
    resume.set()
    for thread in (first, second):
        thread.join(timeout=5)  # a timeout, so that a deadlock fails the test
        assert not thread.is_alive(), "deadlock: a withdrawal never finished"
    assert account.balance >= 0, f"overdrawn: the balance is {account.balance}"


for account in (Account(100), LockedAccount(100)):
    try:
        test_two_withdrawals(account)
        print(f"{type(account).__name__}: PASS, balance {account.balance}")
    except AssertionError as failure:
        print(f"{type(account).__name__}: FAIL, {failure}")
