"""A Lock refuses even the thread that holds it; an RLock lets its holder re-enter."""

import threading

for kind, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock())]:
    with lock:  # what transfer() does first...
        # ...then withdraw() asks for the same lock; a timeout instead of forever
        if lock.acquire(timeout=0.2):
            print(f"{kind}: the holder got it again")
            lock.release()
        else:
            print(f"{kind}: refused to its own holder, acquire() would wait forever")
