"""A thread hands a result to the event loop: call_soon_threadsafe wakes the loop."""

import asyncio
import threading
import time


async def hand_over(schedule):
    """A thread completes a future by schedule(...); did it wake the loop?"""
    loop = asyncio.get_running_loop()
    result = loop.create_future()  # completed by the thread, awaited here
    timer_fired = threading.Event()
    timer = loop.call_later(1.2, timer_fired.set)  # the loop's only other wake-up

    def worker():
        time.sleep(0.4)  # work in the thread, then hand the result over
        schedule(loop)(result.set_result, "done")

    thread = threading.Thread(target=worker)
    thread.start()
    await result
    timer.cancel()
    thread.join()
    return "only when the 1.2 s timer fired" if timer_fired.is_set() else "at once"


async def main():
    print("call_soon:", await hand_over(lambda loop: loop.call_soon))  # WRONG: a thread
    print(
        "call_soon_threadsafe:", await hand_over(lambda loop: loop.call_soon_threadsafe)
    )


asyncio.run(main())
