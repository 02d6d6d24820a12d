"""Timer runs a function once, in a thread of its own, after a delay."""

import threading
import time

fired = {}  # what the reminder saw when it ran


def remind():
    fired["at"] = time.perf_counter()
    fired["in main thread"] = threading.current_thread() is threading.main_thread()
    print("reminder: time to stretch your legs")


started = time.perf_counter()
reminder = threading.Timer(0.1, remind)
reminder.start()  # the delay counts from start()

alarm_rang = threading.Event()
alarm = threading.Timer(0.2, alarm_rang.set)
alarm.start()
alarm.cancel()  # before 0.2 s have passed: the function never runs

reminder.join()  # a Timer is a Thread: join() waits for it
alarm.join()
print(f"delay: {fired['at'] - started:.2f} s")
print("ran in the main thread:", fired["in main thread"])
print("cancelled alarm rang:", alarm_rang.is_set())
