"""submit() returns a Future at once; future.result() waits for the return value."""

import time
from concurrent.futures import ThreadPoolExecutor


def resize(image, width):
    time.sleep(0.2)  # stands in for real work
    return f"{image} at {width} px"


with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(resize, "cat.png", width=640)  # arguments as for a call
    print("submitted:", type(future).__name__, "| done:", future.done())
    print("result:", future.result())  # blocks until the task has returned
    print("done:", future.done())
