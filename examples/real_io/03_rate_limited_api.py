"""Eight threads call a JSON API, but a Semaphore lets only two calls in at once."""

import json
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from local_server import DELAY, serve

LIMIT = 2  # the API allows two requests in flight per client
in_flight = threading.Semaphore(LIMIT)


def user_api(path):  # the server's side: /users/7 -> {"id": 7, "name": "user-7"}
    user_id = int(path.removeprefix("/users/"))
    user = {"id": user_id, "name": f"user-{user_id}"}
    return 200, "application/json", json.dumps(user).encode()


def get_json(url):
    # `with in_flight` waits while LIMIT other calls are in progress
    with in_flight, urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


with serve(user_api) as server:
    urls = [f"{server.url}/users/{n}" for n in range(1, 9)]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        users = list(pool.map(get_json, urls))
    elapsed = time.perf_counter() - start

print("first:", users[0])  # json.load() gave a dict
print("ids:", [user["id"] for user in users])  # in the order of urls
print("peak: the server saw", server.peak, "requests at once")
print(f"elapsed: {elapsed:.2f} s (at least {len(urls)} / {LIMIT} x {DELAY} s)")
