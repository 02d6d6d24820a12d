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
    return connection.getresponse().read().decode()


with serve() as users, serve() as orders:
    calls = [(users.server_port, f"/user/{n}") for n in range(6)]
    calls += [(orders.server_port, f"/order/{n}") for n in range(6)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(get, calls))
    for connection in opened:
        connection.close()
print("answers:", len(answers), "first:", answers[0], "last:", answers[-1])
print(f"users: {users.requests} requests")
print(f"users connections: {users.connections}")
print(f"orders: {orders.requests} requests")
print(f"orders connections: {orders.connections}")
