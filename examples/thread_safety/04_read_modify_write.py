"""`hits[page] += 1` reads, then writes: two threads can both read the old value."""

import threading

both_read = threading.Barrier(2)  # makes the unlucky timing happen on every run
hits_lock = threading.Lock()
hits = {}


def count_visit_unsafely(page):
    current = hits[page]  # 1. read (hits[page] += 1 does these steps too)
    both_read.wait()  # (as if the other thread ran right now: it reads 0 too)
    hits[page] = current + 1  # 2. write back what was read, plus one


def count_visit_safely(page):
    both_read.wait()  # both threads arrive together here too
    with hits_lock:
        hits[page] += 1


for count_visit in [count_visit_unsafely, count_visit_safely]:
    hits["/home"] = 0
    threads = [threading.Thread(target=count_visit, args=("/home",)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{count_visit.__name__}: 2 visits counted as {hits['/home']}")
