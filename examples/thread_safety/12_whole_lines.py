"""Print under a lock, or log: lines from several threads stay whole."""

import logging
import re
import threading
import time

THREADS = 4
LINES_PER_THREAD = 100


class SlowTerminal:
    """Stands in for sys.stdout: keeps what is written, and stores each write()
    in two pieces with a pause between, as a slow terminal or a full pipe might."""

    def __init__(self):
        self.written = []

    def write(self, text):
        middle = len(text) // 2
        self.written.append(text[:middle])
        time.sleep(0)  # any other thread may run now, and write
        self.written.append(text[middle:])

    def report(self):
        lines = "".join(self.written).splitlines()
        whole = all(re.fullmatch(r"line \d+-\d+", line) for line in lines)
        return f"{len(lines)} lines, all whole: {whole}"


print_terminal = SlowTerminal()
print_lock = threading.Lock()
log_terminal = SlowTerminal()
logger = logging.getLogger("demo")
logger.addHandler(logging.StreamHandler(log_terminal))  # writes under its lock
logger.setLevel(logging.INFO)


def work(thread_number):
    for n in range(LINES_PER_THREAD):
        with print_lock:  # both writes of print() happen while we hold the lock
            print(f"line {thread_number}-{n}", file=print_terminal)
        logger.info("line %d-%d", thread_number, n)


threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("print under a lock:", print_terminal.report())
print("logging:", log_terminal.report())
