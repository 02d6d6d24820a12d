"""Log with %(threadName)s to see which thread did what, in the order it happened."""

import logging
import queue
import sys
import threading

logging.basicConfig(
    stream=sys.stdout, level=logging.DEBUG, format="%(threadName)s: %(message)s"
)
log = logging.getLogger("pipeline")
pages = queue.Queue()


def download(urls):
    for url in urls:
        log.debug("fetched %s", url)
        pages.put(f"<html>{url}</html>")
    pages.put(None)  # sentinel: no more pages
    log.debug("done")


def parse():
    while (page := pages.get()) is not None:
        log.debug("parsed %d characters", len(page))
    log.debug("got the sentinel, stopping")


threads = [
    threading.Thread(target=download, args=(["/a", "/bb"],), name="downloader"),
    threading.Thread(target=parse, name="parser"),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
log.info("pipeline finished")
