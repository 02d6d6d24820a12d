"""A sqlite3 connection refuses other threads: give each thread its own."""

import sqlite3
import tempfile
import threading
from contextlib import closing
from pathlib import Path

THREADS = 4


def in_threads(function, count):
    threads = [threading.Thread(target=function) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def order_on_shared_connection():
    try:
        shared.execute("INSERT INTO orders VALUES ('tea')")
    except sqlite3.ProgrammingError as error:
        print("shared connection:", str(error).split(".")[0])


def order_on_own_connection():
    with closing(sqlite3.connect(path)) as own, own:  # closed, and committed
        own.execute("INSERT INTO orders VALUES ('tea')")


with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "shop.db"
    with closing(sqlite3.connect(path)) as shared:  # made in the main thread
        shared.execute("CREATE TABLE orders (item TEXT)")
        shared.commit()
        in_threads(order_on_shared_connection, 1)
        in_threads(order_on_own_connection, THREADS)
        count = shared.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
        print(f"own connections: {count} orders saved by {THREADS} threads")
