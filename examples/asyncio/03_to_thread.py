"""asyncio.to_thread: a blocking call in a worker thread leaves the loop running."""

import asyncio
import time


def blocking_read():
    time.sleep(0.3)  # a blocking call: a file, a database driver, requests.get()
    return "data"


async def heartbeat(beats):
    while True:
        await asyncio.sleep(0.02)  # stands in for the loop's other tasks
        beats.append(time.monotonic())


async def count_beats_during(call):
    beats = []
    task = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0)  # let the heartbeat start
    await call()
    task.cancel()
    return len(beats)


async def called_directly():
    return blocking_read()  # the whole loop waits here


async def in_a_thread():
    return await asyncio.to_thread(blocking_read)  # only this coroutine waits


async def main():
    print("beats, called directly:", await count_beats_during(called_directly))
    print("beats, in a thread:", await count_beats_during(in_a_thread))


asyncio.run(main())
