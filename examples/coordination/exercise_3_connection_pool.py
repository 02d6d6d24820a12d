"""Exercise: a connection pool: a semaphore counts free connections, a lock guards."""

import threading
import time


class ConnectionPool:
    def __init__(self, size):
        self._free = [f"conn-{n}" for n in range(size)]
        self._checked_out = set()
        self._lock = threading.Lock()
        self._available = threading.BoundedSemaphore(size)
        self.peak = 0

    def acquire(self):
        self._available.acquire()  # wait for a free connection
        with self._lock:
            connection = self._free.pop()
            self._checked_out.add(connection)
            self.peak = max(self.peak, len(self._checked_out))
            return connection

    def release(self, connection):
        with self._lock:
            if connection not in self._checked_out:  # check before changing state
                raise ValueError(f"{connection} is not checked out")
            self._checked_out.remove(connection)
            self._free.append(connection)
        self._available.release()


def query(pool, used, index):
    connection = pool.acquire()
    try:
        time.sleep(0.05)  # run the query
        used[index] = connection
    finally:
        pool.release(connection)


pool = ConnectionPool(size=2)
used = [None] * 5  # which connection each client got
clients = [threading.Thread(target=query, args=(pool, used, i)) for i in range(5)]
for client in clients:
    client.start()
for client in clients:
    client.join()
print("connections used:", sorted(set(used)))
print("peak:", pool.peak)

connection = pool.acquire()
pool.release(connection)
try:
    pool.release(connection)  # a bug: the same connection returned twice
except ValueError as error:
    print("returned twice:", type(error).__name__)
first, second = pool.acquire(), pool.acquire()
print("the next two clients share a connection:", first == second)
