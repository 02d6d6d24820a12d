"""py-spy dump: the stack of every thread of a running program, and who has the GIL."""

import re
import shutil
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path


def crunch(stop):
    while not stop.is_set():
        sum(range(1000))


def work():
    """The program to inspect: one thread computes, one waits, main joins."""
    stop = threading.Event()
    threads = [
        threading.Thread(target=crunch, args=(stop,), name="cruncher"),
        threading.Thread(target=stop.wait, name="waiter"),
    ]
    for thread in threads:
        thread.start()
    print("ready", flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    stop.set()
    for thread in threads:
        thread.join()


if __name__ == "__main__" and sys.argv[1:] == ["--work"]:
    work()
    sys.exit()

# On PATH, beside this Python, or in the .venv/ that this project's `make` fills.
places = [None, sysconfig.get_path("scripts"), Path(__file__).parents[2] / ".venv/bin"]
py_spy = next(
    filter(None, (shutil.which("py-spy", path=place) for place in places)), None
)
if py_spy is None:
    sys.exit("py-spy is not installed: pip install py-spy")
program = subprocess.Popen(
    [sys.executable, __file__, "--work"],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    text=True,
)
program.stdout.readline()  # "ready": both threads run
time.sleep(0.2)
dump = subprocess.run(
    [py_spy, "dump", "--pid", str(program.pid)], capture_output=True, text=True
)
program.stdin.close()
program.wait()

if dump.returncode != 0:
    print("py-spy failed:", dump.stderr.splitlines()[0])
# A thread's header, then its frames, innermost first:
#   Thread 4711 (active+gil): "cruncher"
#       crunch (08_py_spy_dump.py:14)
headers = re.findall(r'^Thread \d+ \((.+)\): "(.+)"\n +(\S+)', dump.stdout, re.M)
for status, name, function in sorted(headers, key=lambda header: header[1]):
    print(f"{name}: {status} in {function}")
