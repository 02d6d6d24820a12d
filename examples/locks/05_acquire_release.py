"""acquire() and release() by hand need try/finally; `with lock:` does it for you."""

import threading

lock = threading.Lock()
orders = []


def add_order_with(quantity):
    with lock:  # acquire here, release when the block ends, however it ends
        orders.append(int(quantity))


def add_order_try_finally(quantity):
    lock.acquire()
    try:
        orders.append(int(quantity))
    finally:
        lock.release()  # runs on success and on error alike


def add_order_leaky(quantity):
    lock.acquire()
    orders.append(int(quantity))  # a ValueError here skips the release below
    lock.release()


for add_order in (add_order_with, add_order_try_finally, add_order_leaky):
    try:
        add_order("three")
    except ValueError:
        print(f"{add_order.__name__}: ValueError, lock still locked: {lock.locked()}")
