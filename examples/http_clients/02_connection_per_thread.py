"""threading.local: each pool thread opens its own connection once, then reuses it."""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor

from keepalive_server import serve

local = threading.local()
opened = []  # every connection, so that they can be closed at the end
opened_lock = threading.Lock()


def connection_for_this_thread(port):
    if not hasattr(local, "connection"):  # this thread's first request
        local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        with opened_lock:
            opened.append(local.connection)
    return local.connection


def get(port, path):
    connection = connection_for_this_thread(port)
    connection.request("GET", path)
    return connection.getresponse().read().decode(), threading.current_thread().name


with serve() as server:
    paths = [f"/item/{n}" for n in range(12)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(get, [server.server_port] * len(paths), paths))
    for connection in opened:  # the pool's threads have ended: no one uses them
        connection.close()
answers = [answer for answer, _ in results]
threads = {name for _, name in results}
print("answers in order:", answers == [f"answer to {p}" for p in paths])
print(f"requests: {server.requests}, from at most 3 threads: {len(threads) <= 3}")
print("connections: one per thread:", server.connections == len(threads))
