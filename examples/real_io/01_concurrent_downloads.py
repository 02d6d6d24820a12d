"""Download five files one after another, then all at once with a thread pool."""

import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from local_server import DELAY, serve


def file_server(path):  # the server's side: /files/3 is "3" repeated 3000 times
    number = path.removeprefix("/files/")
    return 200, "text/plain", number.encode() * (1000 * int(number))


def download(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


with serve(file_server) as server:
    urls = [f"{server.url}/files/{n}" for n in range(1, 6)]

    start = time.perf_counter()
    one_by_one = [download(url) for url in urls]
    sequential = time.perf_counter() - start

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        together = list(pool.map(download, urls))  # results in the order of urls
    threaded = time.perf_counter() - start

print("sizes:", [len(body) for body in together])
print("same bytes in the same order:", together == one_by_one)
print(f"sequential: {sequential:.2f} s (at least {len(urls)} x {DELAY} s)")
print(f"threaded: {threaded:.2f} s (at least {DELAY} s)")
print(f"speedup: {sequential / threaded:.1f}x with {len(urls)} threads")
