"""A task can be cancelled while it waits; a running thread cannot."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


async def slow_download():
    try:
        await asyncio.sleep(0.6)  # stands in for waiting on the network
        return "done"
    finally:
        print("task: finally block ran")  # cleanup runs, as for any exception


async def main():
    try:
        async with asyncio.timeout(0.2):  # cancels the task at its await
            await slow_download()
    except TimeoutError:
        print("asyncio: cancelled after 0.2 s")


asyncio.run(main())

finished = threading.Event()


def blocking_download():
    time.sleep(0.6)  # stands in for a blocking call
    finished.set()


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(blocking_download)
    time.sleep(0.2)
    print("threads: cancel() on the running task:", future.cancel())
print("threads: the task ran to its end anyway:", finished.is_set())
