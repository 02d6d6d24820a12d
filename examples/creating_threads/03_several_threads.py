"""Start several threads, then wait for all of them."""

import logging
import sys
import threading
import time

# logging writes each line whole, with the name of the thread that wrote it
logging.basicConfig(
    stream=sys.stdout, level=logging.INFO, format="%(threadName)s: %(message)s"
)


def work():
    logging.info("started")
    time.sleep(0.1)  # the three sleeps overlap
    logging.info("finished")


threads = [threading.Thread(target=work, name=f"worker-{n}") for n in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
logging.info("all %d workers finished", len(threads))
