"""threading.local(): each thread lazily opens its own connection, then reuses it."""

import sqlite3
import threading

local = threading.local()  # one object; each thread sees only its own attributes
opened_by = []  # the name of every thread that opened a connection
opened_lock = threading.Lock()


def get_connection():
    if not hasattr(local, "connection"):  # the first call in this thread
        local.connection = sqlite3.connect(":memory:")
        with opened_lock:
            opened_by.append(threading.current_thread().name)
    return local.connection  # every later call in this thread: the same one


def square_all(numbers, results, index):
    try:
        results[index] = [
            get_connection().execute("SELECT ? * ?", (n, n)).fetchone()[0]
            for n in numbers
        ]
    finally:
        if hasattr(local, "connection"):
            local.connection.close()  # the thread that opened it closes it


batches = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
results = [None] * len(batches)
threads = [
    threading.Thread(target=square_all, args=(batch, results, i), name=f"worker-{i}")
    for i, batch in enumerate(batches)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("squares:", results)
print("queries:", sum(len(batch) for batch in batches))
print("connections opened:", len(opened_by), sorted(opened_by))
