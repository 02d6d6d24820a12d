"""In a thread pool, each worker thread opens one session and reuses it for tasks."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
sessions = []  # every session opened, by any thread
sessions_lock = threading.Lock()


class Session:
    """Stands in for an HTTP or database session that is costly to open."""

    def get(self, page):
        time.sleep(0.1)  # waiting for the server
        return f"page {page}"


def get_session():
    if not hasattr(local, "session"):  # the first task this worker thread runs
        local.session = Session()
        with sessions_lock:
            sessions.append(local.session)
    return local.session


def fetch(page):
    return get_session().get(page), threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(fetch, range(12)))
workers_used = {name for _, name in results}
print("tasks run:", len(results))
print("worker threads used:", len(workers_used))
print("sessions opened:", len(sessions))
print("one session per worker thread:", len(sessions) == len(workers_used))
