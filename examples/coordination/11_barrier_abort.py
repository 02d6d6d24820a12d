"""abort(): a failing party breaks the barrier, so the others stop waiting."""

import threading
import time

barrier = threading.Barrier(3)
outcomes = {}


def worker(name, fail):
    try:
        if fail:
            time.sleep(0.1)  # work a little while the others wait, then fail
            raise OSError("disk full")
        barrier.wait()  # no timeout: without abort() this would wait forever
        outcomes[name] = "passed"
    except OSError as error:
        outcomes[name] = f"failed ({error}), aborted the barrier"
        barrier.abort()  # wakes every waiting party with BrokenBarrierError
    except threading.BrokenBarrierError:
        outcomes[name] = "BrokenBarrierError"


workers = [threading.Thread(target=worker, args=(f"w{i}", i == 2)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name, outcome in sorted(outcomes.items()):
    print(f"{name}: {outcome}")
barrier.reset()  # a broken barrier stays broken until reset()
print("after reset(): broken:", barrier.broken)
