"""Exercise: a watchdog that dumps every thread's stack if the main thread hangs."""

import faulthandler
import os
import re
import tempfile
import threading

lock = threading.Lock()
holding = threading.Event()
release = threading.Event()


def hold_lock():
    with lock:
        holding.set()
        release.wait()


holder = threading.Thread(target=hold_lock, name="holder")
holder.start()
holding.wait()

names = {thread.ident: thread.name for thread in threading.enumerate()}
with tempfile.TemporaryFile("w+") as dump:
    faulthandler.dump_traceback_later(0.2, file=dump)  # fires unless cancelled
    acquired = lock.acquire(timeout=0.5)  # the hang: 0.5 s here, forever in real life
    faulthandler.cancel_dump_traceback_later()
    print("main: acquired the lock:", acquired)
    dump.seek(0)
    for line in dump:
        if match := re.match(r"(Current thread|Thread) (0x[0-9a-f]+)( \[.*\])?", line):
            name = names[int(match[2], 16)]  # 3.14+ adds the system's name: [saver]
            print(line.rstrip().replace(match[0], f"{match[1]} {name}"))
        elif __file__ in line:
            print(line.rstrip().replace(__file__, os.path.basename(__file__)))

release.set()
holder.join()
