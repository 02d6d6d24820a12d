"""Without a tie-breaker, equal priorities make PriorityQueue compare the payloads."""

import queue
from dataclasses import dataclass, field

jobs = queue.PriorityQueue()
jobs.put((1, {"name": "charge card"}))
try:
    jobs.put((1, {"name": "reserve stock"}))  # 1 == 1, so the dicts are compared
except TypeError as error:
    print("TypeError:", error)
print("qsize() after one good and one failed put:", jobs.qsize())


@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)  # ordering looks at priority only


jobs = queue.PriorityQueue()
jobs.put(Job(1, {"name": "charge card"}))
jobs.put(Job(1, {"name": "reserve stock"}))
print("Job dataclasses queued:", jobs.qsize())
