"""The future keeps a task's exception: result() raises it, exception() returns it."""

from concurrent.futures import ThreadPoolExecutor


def average(numbers):
    return sum(numbers) / len(numbers)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(average, [2, 4, 9])
    bad = pool.submit(average, [])  # raises ZeroDivisionError in the worker

    print("good.exception():", good.exception())  # waits, like result()
    print("bad.exception():", repr(bad.exception()))
    try:
        bad.result()
    except ZeroDivisionError as error:
        print("bad.result() raised:", error)
