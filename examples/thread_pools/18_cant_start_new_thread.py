"""Hit "can't start new thread" safely, in a child process with a low thread limit."""

import subprocess
import sys

# Runs in the child (Linux): a limit on the processes and threads of its user
# (RLIMIT_NPROC), then one thread per task, then a bounded pool for the tasks.
CHILD = """
import contextlib, glob, os, resource, threading
from concurrent.futures import ThreadPoolExecutor

uid = os.getuid()
if uid == 0:  # root is exempt from RLIMIT_NPROC: become a user of our own
    uid = 100_000 + os.getpid()
    os.setuid(uid)
running = 0  # the limit counts every thread of the user, in every process
for task in glob.glob("/proc/[0-9]*/task/[0-9]*"):
    with contextlib.suppress(OSError):
        running += os.stat(task).st_uid == uid
resource.setrlimit(resource.RLIMIT_NPROC, (running + 19, running + 19))

release = threading.Event()
started = []
try:
    for task in range(1000):
        thread = threading.Thread(target=release.wait)
        thread.start()
        started.append(thread)
except RuntimeError as error:
    print(f"one thread per task: RuntimeError: {error} after {len(started)} threads")
release.set()
for thread in started:
    thread.join()

with ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(abs, range(1000)))
print(f"a pool of 8 threads: {len(results)} tasks done")
"""

child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
print(child.stdout, end="")
print(child.stderr, end="", file=sys.stderr)
