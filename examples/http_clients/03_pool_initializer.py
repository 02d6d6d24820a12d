"""A pool's initializer opens one connection in each worker thread as it starts."""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor

from keepalive_server import serve

local = threading.local()
opened = []
opened_lock = threading.Lock()


def open_connection(port):  # runs once in each worker thread, before its tasks
    local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    with opened_lock:
        opened.append(local.connection)


def get(path):
    local.connection.request("GET", path)
    answer = local.connection.getresponse().read().decode()
    return answer, threading.current_thread().name


with serve() as server:
    paths = [f"/item/{n}" for n in range(12)]
    with ThreadPoolExecutor(
        max_workers=3, initializer=open_connection, initargs=(server.server_port,)
    ) as pool:
        results = list(pool.map(get, paths))
    for connection in opened:
        connection.close()
answers = [answer for answer, _ in results]
threads = {name for _, name in results}
print("answers in order:", answers == [f"answer to {p}" for p in paths])
print(f"requests: {server.requests}, from at most 3 threads: {len(threads) <= 3}")
print("connections: one per thread:", server.connections == len(threads))
