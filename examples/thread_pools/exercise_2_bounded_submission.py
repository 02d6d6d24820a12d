"""Exercise: feed a long stream to a pool with at most four tasks in flight."""

import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

MAX_IN_FLIGHT = 4


def square(number):
    time.sleep(0.01)
    return number * number


total = 0
most_in_flight = 0
in_flight = set()
with ThreadPoolExecutor(max_workers=MAX_IN_FLIGHT) as pool:
    for number in range(1, 21):  # could be an endless generator
        if len(in_flight) == MAX_IN_FLIGHT:
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            total += sum(future.result() for future in done)
        in_flight.add(pool.submit(square, number))
        most_in_flight = max(most_in_flight, len(in_flight))
    total += sum(future.result() for future in in_flight)  # the last ones
print("sum of the squares of 1..20:", total)
print("most tasks in flight:", most_in_flight)
