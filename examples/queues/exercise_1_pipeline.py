"""Exercise: two stages connected by queues, each stopped by sentinels."""

import queue
import threading
import time

STOP = object()


def download(urls, pages):
    while (url := urls.get()) is not STOP:
        time.sleep(0.05)  # stands in for a slow network call
        pages.put((url, f"<html>{url}</html>"))


def measure(pages, sizes):
    while (page := pages.get()) is not STOP:
        url, html = page
        sizes[url] = len(html)


urls = queue.Queue()
pages = queue.Queue(maxsize=2)  # bounded: downloads wait if measuring falls behind
sizes = {}  # written by the single measuring thread only
downloaders = [threading.Thread(target=download, args=(urls, pages)) for _ in range(3)]
measurer = threading.Thread(target=measure, args=(pages, sizes))
for thread in [*downloaders, measurer]:
    thread.start()

for name in ["home", "about", "blog", "contact", "faq"]:
    urls.put(f"/{name}")
for _ in downloaders:
    urls.put(STOP)  # one per downloader
for thread in downloaders:
    thread.join()  # every page has now been put on the second queue
pages.put(STOP)  # only then stop the second stage
measurer.join()
for url, size in sorted(sizes.items()):
    print(f"{url}: {size} characters")
