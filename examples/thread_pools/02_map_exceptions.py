"""An exception raised by a task comes out of map() when you reach its result."""

from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(parse, ["1", "2", "x", "4"])
    print("map() returned without raising")
    try:
        for number in results:
            print("parsed", number)
    except ValueError as error:
        print("failed:", error)
    print("left in the iterator:", list(results))  # the "4" is lost
