"""Exercise: three philosophers, three forks, no deadlock thanks to a lock order."""

import threading

forks = [threading.Lock() for _ in range(3)]
meals = [0, 0, 0]


def philosopher(seat, times):
    left, right = seat, (seat + 1) % len(forks)
    first, second = sorted((left, right))  # always the lower-numbered fork first
    for _ in range(times):
        with forks[first], forks[second]:
            meals[seat] += 1  # only this philosopher writes meals[seat]


philosophers = [
    threading.Thread(target=philosopher, args=(seat, 10_000)) for seat in range(3)
]
for thread in philosophers:
    thread.start()
for thread in philosophers:
    thread.join()
print("meals:", meals)
