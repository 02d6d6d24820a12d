"""A scraper pipeline: fetch workers -> parser -> results, joined by queues."""

import queue
import threading
import urllib.request
from html.parser import HTMLParser

from local_server import serve

SITE = {  # a small web site whose pages link to each other
    "/": "<title>Home</title><a href='/tea'>Tea</a> <a href='/coffee'>Coffee</a>",
    "/tea": "<title>Tea</title><a href='/'>Home</a> <a href='/green'>Green</a>",
    "/coffee": "<title>Coffee</title><a href='/'>Home</a>",
    "/green": "<title>Green tea</title><a href='/tea'>Tea</a> <a href='/'>Home</a>",
    "/about": "<title>About us</title>",
    "/contact": "<title>Contact</title><a href='/about'>About</a>",
}
DONE = object()  # sentinel: "no more items will come"


def site(path):
    return 200, "text/html", SITE[path].encode()


class PageParser(HTMLParser):
    """Collects the <title> text and the href of every <a> tag."""

    def __init__(self):
        super().__init__()
        self.title, self.links, self.in_title = "", [], False

    def handle_starttag(self, tag, attrs):
        self.in_title = tag == "title"
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        if self.in_title:
            self.title += data

    def handle_endtag(self, tag):
        self.in_title = False


def fetcher(urls, pages):  # stage 1: network I/O, several threads
    while (url := urls.get()) is not DONE:
        with urllib.request.urlopen(url, timeout=5) as response:
            pages.put(response.read().decode())


def parser(pages, results):  # stage 2: parsing, a single thread
    while (html := pages.get()) is not DONE:
        page = PageParser()
        page.feed(html)
        results.append((page.title, sorted(page.links)))


urls, pages, results = queue.Queue(), queue.Queue(), []
with serve(site) as server:
    fetchers = [threading.Thread(target=fetcher, args=(urls, pages)) for _ in range(3)]
    parsing = threading.Thread(target=parser, args=(pages, results))
    for thread in [*fetchers, parsing]:
        thread.start()
    for path in SITE:
        urls.put(server.url + path)
    for _ in fetchers:
        urls.put(DONE)  # one sentinel per fetcher
    for thread in fetchers:
        thread.join()
    pages.put(DONE)  # every page is queued: now stop the parser
    parsing.join()

print(f"{len(results)} pages, fetched by {len(fetchers)} threads, parsed by one")
for title, links in sorted(results):  # pages arrive in any order: sort them
    print(f"{title}: links to {' '.join(links) or 'nothing'}")
