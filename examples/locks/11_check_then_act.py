"""Each dict operation is safe alone; `if key not in d: d[key] = ...` is not."""

import threading
import time

THREADS = 4
cache = {}
cache_lock = threading.Lock()
loads = []  # one list.append at a time is safe in CPython, no lock needed


def load_settings(name):
    loads.append(name)
    time.sleep(0.1)  # slow: read a file, ask a server...
    return {"name": name}


def get_without_lock(name):
    if name not in cache:  # check...
        cache[name] = load_settings(name)  # ...then act: others checked meanwhile
    return cache[name]


def get_with_lock(name):
    with cache_lock:  # the check and the act form one step
        if name not in cache:
            cache[name] = load_settings(name)
        return cache[name]


versions = {"without a lock": get_without_lock, "with a lock": get_with_lock}
for how, get in versions.items():
    cache.clear()
    loads.clear()
    threads = [threading.Thread(target=get, args=("db",)) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"loads {how}: {len(loads)}")
