"""threading.Timer calls its function once, after the interval, and then ends."""

import threading
import time

calls = []
timer = threading.Timer(0.1, lambda: calls.append(time.monotonic()))
timer.start()
time.sleep(0.45)  # four intervals and a half
print("calls after 0.45 s:", len(calls))
print("timer thread still running:", timer.is_alive())
