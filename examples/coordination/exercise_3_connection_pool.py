"""Exercise: a connection pool: a semaphore counts free connections, a lock guards."""

import threading
import time


class ConnectionPool:
    def __init__(self, size):
        self._free = [f"conn-{n}" for n in range(size)]
        self._lock = threading.Lock()
        self._available = threading.BoundedSemaphore(size)
        self.in_use = 0
        self.peak = 0

    def acquire(self):
        self._available.acquire()  # wait for a free connection
        with self._lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
            return self._free.pop()

    def release(self, connection):
        with self._lock:
            self.in_use -= 1
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
