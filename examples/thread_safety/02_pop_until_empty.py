"""Four threads take jobs from one list and one deque until empty: each job once."""

import collections
import threading

THREADS = 4
JOBS = 40_000


def take_all(take_one, taken_by_me):
    while True:
        try:
            job = take_one()  # check and take in one operation
        except IndexError:  # nothing left
            return
        taken_by_me.append(job)


def share_out(name, jobs, take_one):
    taken = [[] for _ in range(THREADS)]  # one list per thread
    threads = [
        threading.Thread(target=take_all, args=(take_one, mine)) for mine in taken
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    all_taken = [job for mine in taken for job in mine]
    each_once = sorted(all_taken) == list(range(JOBS))
    print(f"{name}: {len(all_taken)} taken, each once: {each_once}, left: {len(jobs)}")


job_list = list(range(JOBS))
share_out("list.pop()", job_list, job_list.pop)
job_deque = collections.deque(range(JOBS))
share_out("deque.popleft()", job_deque, job_deque.popleft)
