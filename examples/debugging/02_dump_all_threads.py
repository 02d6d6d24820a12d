"""faulthandler.dump_traceback() shows where every thread is at this moment."""

import faulthandler
import os
import re
import tempfile
import threading
import time

lock = threading.Lock()
holding = threading.Event()
reply = threading.Event()


def listen():
    with lock:
        holding.set()
        reply.wait()  # stuck: nobody sets `reply`, and `lock` stays held


def save():
    with lock:  # stuck: the listener holds the lock
        pass


listener = threading.Thread(target=listen, name="listener")
saver = threading.Thread(target=save, name="saver")
listener.start()
holding.wait()
saver.start()
time.sleep(0.2)  # give the saver time to reach the lock

names = {thread.ident: thread.name for thread in threading.enumerate()}
with tempfile.TemporaryFile("w+") as dump:  # faulthandler needs a real file
    faulthandler.dump_traceback(file=dump, all_threads=True)
    dump.seek(0)
    for line in dump:
        if match := re.match(r"(Current thread|Thread) (0x[0-9a-f]+)( \[.*\])?", line):
            name = names[int(match[2], 16)]  # 3.14+ adds the system's name: [saver]
            print(line.rstrip().replace(match[0], f"{match[1]} {name}"))
        elif __file__ in line:  # this file's frames, not the standard library's
            print(line.rstrip().replace(__file__, os.path.basename(__file__)))

reply.set()  # unstick the threads so that the example ends
listener.join()
saver.join()
