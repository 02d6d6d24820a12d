"""Stop several consumers cleanly: put one unique STOP sentinel per consumer."""

import queue
import threading

STOP = object()  # unique: no real item can ever be this object


def consumer(readings, handled):
    while True:
        reading = readings.get()
        if reading is STOP:
            return  # each consumer takes exactly one STOP, then ends
        handled.append(reading)


readings = queue.Queue()
handled = [[] for _ in range(3)]  # one list per consumer
consumers = [
    threading.Thread(target=consumer, args=(readings, mine)) for mine in handled
]
for thread in consumers:
    thread.start()

for reading in [12, None, 7, 30, None, 5]:  # None is data: a missing reading
    readings.put(reading)
for _ in consumers:
    readings.put(STOP)  # after the data: FIFO hands it out last
for thread in consumers:
    thread.join()

everything = [reading for mine in handled for reading in mine]
print("readings:", sorted(r for r in everything if r is not None))
print("missing readings:", everything.count(None))
print("consumers still running:", sum(t.is_alive() for t in consumers))
