"""asyncio.to_thread: call blocking functions from async code without blocking it."""

import asyncio
import threading
import time


def read_sensor(name):
    """A blocking call with no async version, such as a driver or an old library."""
    time.sleep(0.2)
    in_worker = threading.current_thread() is not threading.main_thread()
    return f"{name}: read in a worker thread: {in_worker}"


async def main():
    start = time.perf_counter()
    readings = await asyncio.gather(
        *(asyncio.to_thread(read_sensor, name) for name in ["north", "south", "east"])
    )
    elapsed = time.perf_counter() - start
    for reading in readings:
        print(reading)
    print(f"speedup: {3 * 0.2 / elapsed:.1f}x")


asyncio.run(main())
