"""The same 20 downloads, with a pool of threads and with asyncio."""

import asyncio
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from local_server import serve

PATHS = [f"/page/{n}" for n in range(20)]


def page(path):
    return 200, "text/plain", f"contents of {path}".encode()


def download(url):  # blocking: each thread waits in its own call
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read()


async def download_async(url):  # a coroutine: it waits at each await
    parts = urlsplit(url)
    async with asyncio.timeout(5):  # one limit for connecting, sending and reading
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            request = f"GET {parts.path} HTTP/1.0\r\nHost: {parts.netloc}\r\n\r\n"
            writer.write(request.encode())
            response = await reader.read()  # until the server closes the connection
        finally:
            writer.close()
            await writer.wait_closed()
    head, _, body = response.partition(b"\r\n\r\n")
    if head.split()[1] != b"200":  # as urlopen() does, fail on an error status
        raise OSError(f"{url}: {head.splitlines()[0].decode()}")
    return body


async def download_all(urls):
    return await asyncio.gather(*(download_async(url) for url in urls))


with serve(page) as server:
    urls = [server.url + path for path in PATHS]

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        by_threads = list(pool.map(download, urls))
    print(f"threads: {time.monotonic() - start:.2f} s, {len(urls)} threads")

    start = time.monotonic()
    by_asyncio = asyncio.run(download_all(urls))
    print(f"asyncio: {time.monotonic() - start:.2f} s, 1 thread")

print("same pages, in the same order:", by_threads == by_asyncio)
print("first:", by_asyncio[0].decode())
