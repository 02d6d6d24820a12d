"""sys._current_frames() and traceback: print what each thread is doing right now."""

import sys
import threading
import time
import traceback

lock = threading.Lock()
reply = threading.Event()


def fetch():
    wait_for_reply()


def wait_for_reply():
    reply.wait()


def save():
    with lock:
        pass


def report():
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    frames = sys._current_frames()  # {thread ident: its innermost frame}
    del frames[threading.get_ident()]  # skip the thread that is reporting
    for ident, frame in sorted(frames.items(), key=lambda item: names[item[0]]):
        stack = traceback.extract_stack(frame)  # outermost call first
        calls = [entry for entry in stack if entry.filename == __file__]
        path = " > ".join(f"{entry.name}() line {entry.lineno}" for entry in calls)
        print(f"{names[ident]}: {path}: {calls[-1].line}")


threads = [
    threading.Thread(target=fetch, name="fetcher"),
    threading.Thread(target=save, name="saver"),
]
with lock:  # the saver will wait for this lock
    for thread in threads:
        thread.start()
    time.sleep(0.2)  # give both threads time to get stuck
    report()
    reply.set()
for thread in threads:
    thread.join()
