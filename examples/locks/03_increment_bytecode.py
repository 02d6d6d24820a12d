"""`counter += 1` is several bytecode instructions: a read, an add, and a write."""

import dis

counter = 0


def increment():
    global counter
    counter += 1


dis.dis(increment)
