"""RLock.locked() (Python 3.14): is the lock held, by any thread, right now?"""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import threading

rlock = threading.RLock()


def locked_as_seen_by_another_thread():
    seen = []
    thread = threading.Thread(target=lambda: seen.append(rlock.locked()))
    thread.start()
    thread.join()
    return seen[0]


print("free:", rlock.locked())
with rlock:
    with rlock:  # its owner may take it again
        print("held twice:", rlock.locked())
    print("released once:", rlock.locked())
    print("seen from another thread:", locked_as_seen_by_another_thread())
print("released twice:", rlock.locked())

condition = threading.Condition()  # Condition.locked() is new in 3.14 too
with condition:
    print("condition inside with:", condition.locked())
