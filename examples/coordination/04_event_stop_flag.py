"""An Event as a stop flag: the worker loop ends promptly when main sets it."""

import threading
import time

INTERVAL = 1.0  # seconds between two heartbeats
stop = threading.Event()


def send_heartbeats():
    sent = 0
    while not stop.is_set():
        sent += 1  # one round of work: send a heartbeat
        stop.wait(INTERVAL)  # like sleep(INTERVAL), but wakes when stop is set
    print(f"worker: stopped cleanly after {sent} heartbeat(s)")


worker = threading.Thread(target=send_heartbeats)
worker.start()
time.sleep(0.2)  # let it run a while: it is now in the middle of its wait
print("main: asking the worker to stop")
asked = time.perf_counter()
stop.set()
worker.join()
print(f"shutdown: {time.perf_counter() - asked:.3f} s (interval: {INTERVAL} s)")
