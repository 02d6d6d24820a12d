"""Solution: a thread gives up on a slow coroutine and cancels it on the loop."""

import asyncio
import threading

cancelled = threading.Event()


async def slow_lookup():
    try:
        await asyncio.sleep(5)
        return "answer"
    except asyncio.CancelledError:
        cancelled.set()  # clean up here, then let the cancellation go on
        raise


loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever)
loop_thread.start()
try:
    future = asyncio.run_coroutine_threadsafe(slow_lookup(), loop)
    try:
        future.result(timeout=0.2)
    except TimeoutError:  # concurrent.futures.TimeoutError is this one since 3.11
        print("thread: no answer within 0.2 s")
        future.cancel()  # cancels the task on the loop, too
    print("coroutine cancelled:", cancelled.wait(timeout=2))
finally:
    loop.call_soon_threadsafe(loop.stop)
    loop_thread.join()
    loop.close()
