"""Turn every network failure into a result: nothing escapes from fetch()."""

import http.client
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from local_server import HANG_UP, serve

TIMEOUT = 0.5  # seconds: the longest we wait for the server to answer


def flaky_api(path):
    if path == "/slow":
        time.sleep(1.0)  # twice the timeout
    if path == "/broken":
        return 500, "text/plain", b"database is down"
    if path == "/hang-up":
        return HANG_UP  # the server closes the connection without answering
    if path == "/cut-short":
        return 200, "text/plain", b"the first part", 100  # 100 bytes announced
    return 200, "text/plain", b"fine"


def fetch(url):
    """Return a short description of what happened; never raise a network error."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
            return f"{response.status} {response.read().decode()}"
    except urllib.error.HTTPError as error:  # the server answered with 4xx or 5xx
        error.close()  # the error is also the response: close it
        return f"HTTP error {error.code}: {error.reason}"
    except urllib.error.URLError as error:  # no connection: refused, unknown host
        return f"no connection: {type(error.reason).__name__}"
    except TimeoutError:  # connected, but the answer took too long
        return f"timed out after {TIMEOUT} s"
    except (OSError, http.client.HTTPException) as error:  # broken mid-answer
        return f"connection broken: {type(error).__name__}"


with serve(flaky_api, delay=0) as server:  # answers at once, but for /slow
    paths = ["/ok", "/broken", "/slow", "/hang-up", "/cut-short"]
    with ThreadPoolExecutor() as pool:
        results = pool.map(fetch, [server.url + path for path in paths])
        for path, result in zip(paths, results, strict=True):
            print(f"{path}: {result}")
# the server has shut down: its port is closed now
print("/ok after shutdown:", fetch(server.url + "/ok"))
