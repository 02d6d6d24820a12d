"""Threads call coroutines on an event loop that runs in a thread of its own."""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


async def lookup(user_id):  # async code: say, a client from an asyncio library
    await asyncio.sleep(0.1)
    return f"user-{user_id} (looked up in {threading.current_thread().name})"


def handle_request(user_id, loop):  # sync code, running in a worker thread
    future = asyncio.run_coroutine_threadsafe(lookup(user_id), loop)
    return future.result(timeout=2)  # a concurrent.futures.Future: blocks this thread


loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever, name="event-loop")
loop_thread.start()
try:
    with ThreadPoolExecutor(max_workers=3) as pool:
        for answer in pool.map(handle_request, [1, 2, 3], [loop] * 3):
            print(answer)
finally:
    loop.call_soon_threadsafe(loop.stop)  # run_forever() returns ...
    loop_thread.join()
    loop.close()  # ... then the loop can be closed
