"""Exercise: crawl a site from "/" with a thread pool, fetching each page once."""

import collections
import threading
import urllib.request
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from html.parser import HTMLParser

from local_server import serve

SITE = {
    "/": "<a href='/tea'>Tea</a> <a href='/coffee'>Coffee</a>",
    "/tea": "<a href='/'>Home</a> <a href='/green'>Green</a> <a href='/black'>Dark</a>",
    "/coffee": "<a href='/'>Home</a> <a href='/black'>Dark</a>",
    "/green": "<a href='/tea'>Tea</a>",
    "/black": "<a href='/tea'>Tea</a> <a href='/coffee'>Coffee</a>",
    "/hidden": "no page links here",
}
requests_seen = collections.Counter()  # the server's side: path -> requests
counter_lock = threading.Lock()


def site(path):
    with counter_lock:
        requests_seen[path] += 1
    return 200, "text/html", SITE[path].encode()


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])


def links_of(base, path):  # runs in a pool thread: fetch one page, find its links
    with urllib.request.urlopen(base + path, timeout=5) as response:
        parser = LinkParser()
        parser.feed(response.read().decode())
        return parser.links


with serve(site) as server, ThreadPoolExecutor(max_workers=4) as pool:
    seen = {"/"}  # only the main thread touches seen and running: no lock needed
    running = {pool.submit(links_of, server.url, "/")}
    while running:
        done, running = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            for link in future.result():
                if link not in seen:
                    seen.add(link)
                    running.add(pool.submit(links_of, server.url, link))

print("pages found:", sorted(seen))
print("requests:", dict(sorted(requests_seen.items())))
