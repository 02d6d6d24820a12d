"""Two threads take the same two locks in opposite order: a deadlock."""

import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
both_hold_one = threading.Barrier(2)  # forces the unlucky timing on every run
both_tried = threading.Barrier(2)
got_second_lock = {}


def take(first, second, name):
    with first:
        both_hold_one.wait()  # each thread now holds one lock...
        got_second_lock[name] = second.acquire(timeout=0.5)  # ...and wants the other
        if got_second_lock[name]:
            second.release()
        both_tried.wait()  # hold on to `first` until the other thread has tried too


threads = [
    threading.Thread(target=take, args=(lock_a, lock_b, "a-then-b")),
    threading.Thread(target=take, args=(lock_b, lock_a, "b-then-a")),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name, got in sorted(got_second_lock.items()):
    print(f"{name}: got its second lock: {got}")
