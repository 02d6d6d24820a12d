"""Two threads call next() on one generator at the same time: ValueError."""

import threading

inside = threading.Event()  # these two events make the timing the same on every run
may_go_on = threading.Event()


def read_lines():
    for number in range(3):
        inside.set()  # the generator is running now...
        may_go_on.wait()  # ...and takes its time, like a read from a file
        yield f"line {number}"


lines = read_lines()
first = threading.Thread(target=lambda: print("first thread got:", next(lines)))
first.start()
inside.wait()  # the first thread is inside the generator
try:
    next(lines)
except ValueError as error:
    print("second next() at the same time:", error)
may_go_on.set()
first.join()
print("one at a time again:", next(lines))
