"""A bounded Queue holds a fast producer back until the slow consumer catches up."""

import queue
import threading
import time

tasks = queue.Queue(maxsize=3)


def slow_consumer(count):
    for _ in range(count):
        tasks.get()
        time.sleep(0.02)  # slow work
        tasks.task_done()


consumer = threading.Thread(target=slow_consumer, args=(10,))
consumer.start()
sizes_after_put = []
for item in range(10):
    tasks.put(item)  # blocks while 3 items are already waiting
    sizes_after_put.append(tasks.qsize())
consumer.join()
print("items put:", len(sizes_after_put))
print("largest qsize seen after a put:", max(sizes_after_put))

# Nobody consumes any more: three items fit, the fourth put() gives up.
for item in range(3):
    tasks.put_nowait(item)
try:
    tasks.put("one too many", timeout=0.1)
except queue.Full:
    print("4th put with no consumer: queue.Full after 0.1 s")
