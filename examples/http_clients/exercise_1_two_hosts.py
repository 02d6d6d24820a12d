"""Solution: each thread keeps one connection per host, in a dict in threading.local."""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor

from keepalive_server import serve

local = threading.local()
opened = []
opened_lock = threading.Lock()


def connection_to(port):
    if not hasattr(local, "connections"):  # this thread's first request
        local.connections = {}  # port -> this thread's connection to that server
    if port not in local.connections:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        local.connections[port] = connection
        with opened_lock:
            opened.append(connection)
    return local.connections[port]


def get(call):
    port, path = call
    connection = connection_to(port)
    connection.request("GET", path)
    answer = connection.getresponse().read().decode()
    return port, answer, threading.current_thread().name


with serve() as users, serve() as orders:
    calls = [(users.server_port, f"/user/{n}") for n in range(6)]
    calls += [(orders.server_port, f"/order/{n}") for n in range(6)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(get, calls))
    for connection in opened:
        connection.close()
print("answers:", len(results), "first:", results[0][1], "last:", results[-1][1])
for name, server in [("users", users), ("orders", orders)]:
    port = server.server_port
    callers = {thread for to, _, thread in results if to == port}
    print(
        f"{name}: {server.requests} requests, from at most 2 threads:",
        len(callers) <= 2,
    )
    print(
        f"{name}: one connection per calling thread:",
        server.connections == len(callers),
    )
