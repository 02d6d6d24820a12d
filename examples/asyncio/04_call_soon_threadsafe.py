"""A thread hands a result to the event loop: call_soon_threadsafe wakes the loop."""

import asyncio
import threading
import time


async def wait_for_result(schedule):
    loop = asyncio.get_running_loop()
    result = loop.create_future()  # completed by a thread, awaited here
    timer = loop.call_later(0.5, lambda: None)  # the loop's next timer, 0.5 s away

    def worker():
        time.sleep(0.1)  # work in the thread, then hand over the result
        schedule(loop)(result.set_result, time.monotonic())

    threading.Thread(target=worker).start()
    sent = await result  # when the thread handed it over
    received = time.monotonic()
    timer.cancel()
    return received - sent


async def main():
    waited = await wait_for_result(lambda loop: loop.call_soon_threadsafe)
    print(f"call_soon_threadsafe: {waited:.2f} s from the thread to the loop")
    waited = await wait_for_result(lambda loop: loop.call_soon)  # WRONG from a thread
    print(f"call_soon: {waited:.2f} s from the thread to the loop")


asyncio.run(main())
