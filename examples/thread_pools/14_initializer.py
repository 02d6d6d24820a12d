"""initializer runs once in each worker thread; thread_name_prefix names the workers."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

worker_state = threading.local()  # each thread sees its own attributes
opened = []


def open_connection(database):
    # runs in each new worker thread, once, before its first task
    me = threading.current_thread().name
    worker_state.connection = f"{database} for {me}"
    opened.append(worker_state.connection)


def query(user_id):
    time.sleep(0.1)  # stands in for the query
    return threading.current_thread().name, worker_state.connection


with ThreadPoolExecutor(
    max_workers=2,
    thread_name_prefix="db",
    initializer=open_connection,
    initargs=("users.sqlite",),
) as pool:
    rows = list(pool.map(query, range(6)))

print("tasks:", len(rows), "| connections opened:", sorted(opened))
print(
    "each task used its own thread's connection:",
    all(conn == f"users.sqlite for {name}" for name, conn in rows),
)
