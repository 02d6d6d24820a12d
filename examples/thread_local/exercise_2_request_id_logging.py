"""Exercise: tag every log line with the request id, also in pool threads."""

import contextvars
import logging
import sys
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()  # read in the thread that logs
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
logging.basicConfig(
    level=logging.INFO, format="%(request_id)s: %(message)s", handlers=[handler]
)


def process(order):
    logging.info("processing order %s", order)
    logging.info("order %s done", order)


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = []
    for number, order in enumerate(["apples", "pears", "plums"], start=1):
        token = request_id.set(f"req-{number}")
        logging.info("received")
        futures.append(pool.submit(contextvars.copy_context().run, process, order))
        request_id.reset(token)  # back to "-" in the main thread
    for future in futures:
        future.result()  # re-raises here if a task failed
logging.info("all requests handled")
