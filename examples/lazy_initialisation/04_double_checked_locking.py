"""Double-checked locking: create a shared object once, then take no lock to get it."""

import threading
import time


class Client:
    created = 0
    count_lock = threading.Lock()

    def __init__(self):
        with Client.count_lock:
            Client.created += 1
        time.sleep(0.1)  # a slow connection


def get_client_checked_once():
    """Wrong: every thread that arrives before the first one finishes makes one."""
    global client
    if client is None:
        client = Client()
    return client


client_lock = threading.Lock()


def get_client():
    """Right: check, lock, check again."""
    global client
    if client is None:  # fast path: no lock once the client exists
        with client_lock:
            if client is None:  # another thread may have made it while we waited
                client = Client()
    return client


def four_threads_ask(get):
    """Four threads call get() at the same moment; return the clients they got."""
    start = threading.Barrier(4)
    clients = []

    def use_client():
        start.wait()
        clients.append(get())

    threads = [threading.Thread(target=use_client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return clients


for get in (get_client_checked_once, get_client):
    client, Client.created = None, 0
    in_use = len({id(each) for each in four_threads_ask(get)})
    print(f"{get.__name__}: {Client.created} created, {in_use} in use")
