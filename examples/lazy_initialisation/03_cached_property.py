"""cached_property has not locked since Python 3.12: threads may compute it twice."""

import threading
import time
from functools import cached_property


class Report:
    computed = 0
    computed_lock = threading.Lock()

    @cached_property
    def totals(self):
        with Report.computed_lock:
            Report.computed += 1
        time.sleep(0.1)  # a slow computation
        return {"sales": 1200}


report = Report()
start = threading.Barrier(4)
handed_out = []  # the object each reader got


def read_totals():
    start.wait()  # four threads read the property at the same moment
    handed_out.append(report.totals)


threads = [threading.Thread(target=read_totals) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("computations of totals for 4 readers:", Report.computed)
print("distinct objects handed out:", len({id(totals) for totals in handed_out}))
