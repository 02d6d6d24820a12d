"""Exercise: retry transient errors a few times, pausing a little longer each time."""

import collections
import http.client
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from local_server import HANG_UP, serve

TRANSIENT = {429, 502, 503, 504}  # statuses that may succeed if asked again
requests_seen = collections.Counter()  # the server's side: path -> requests so far
counter_lock = threading.Lock()


def flaky_api(path):  # /flaky/2 answers 503 twice, /drop/2 hangs up twice
    kind, _, times = path.rpartition("/")
    if kind not in ("/flaky", "/drop"):
        return 404, "text/plain", b"no such page"
    with counter_lock:
        requests_seen[path] += 1
        failing = requests_seen[path] <= int(times)
    if not failing:
        return 200, "text/plain", b"done"
    return (503, "text/plain", b"busy") if kind == "/flaky" else HANG_UP


def fetch_with_retries(url, attempts=3, pause=0.1):
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return f"{response.read().decode()} after {attempt} attempt(s)"
        except urllib.error.HTTPError as error:
            error.close()  # the error is also a response: close it
            if error.code not in TRANSIENT:  # e.g. 404: asking again will not help
                return f"HTTP error {error.code}, not retried"
        except (
            urllib.error.URLError,  # refused: the server may be restarting
            TimeoutError,
            ConnectionError,  # reset, or closed without an answer
            http.client.IncompleteRead,  # the body was cut short
        ):
            pass  # worth another try
        if attempt < attempts:
            time.sleep(pause * attempt)  # 0.1 s, then 0.2 s
    return f"gave up after {attempts} attempts"


with serve(flaky_api) as server:
    paths = ["/flaky/0", "/flaky/1", "/flaky/2", "/flaky/3"]
    paths += ["/drop/1", "/drop/3", "/missing"]
    with ThreadPoolExecutor() as pool:
        results = pool.map(fetch_with_retries, [server.url + p for p in paths])
        for path, result in zip(paths, results, strict=True):
            print(f"{path}: {result}")
