"""Solution: a supervisor restarts a worker that dies, with a new Thread each time."""

import threading

attempts = []  # one entry per start: the worker fails on its first two


def flaky_worker():
    attempts.append(1)
    if len(attempts) <= 2:
        raise ConnectionError(f"lost the connection (start {len(attempts)})")
    print(f"worker: start {len(attempts)} finished its work")


def supervise(target, max_starts):
    for start in range(1, max_starts + 1):
        failure = []
        thread = threading.Thread(target=run_catching, args=(target, failure))
        thread.start()
        thread.join()
        if not failure:
            return start
        print(f"supervisor: {failure[0]!r}; starting a new thread")
    raise RuntimeError(f"gave up after {max_starts} starts")


def run_catching(target, failure):
    try:
        target()
    except Exception as error:  # report it to the supervisor instead of stderr
        failure.append(error)


print("supervisor: succeeded on start", supervise(flaky_worker, max_starts=3))
