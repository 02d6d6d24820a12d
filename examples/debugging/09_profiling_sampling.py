"""Python 3.15's sampling profiler: every thread, and which one holds the GIL."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import collections
import hashlib
import re
import subprocess
import tempfile
import threading
import time
from pathlib import Path


def crunch():  # pure Python: holds the GIL
    total = 0
    for n in range(1_000_000):
        total += n * n


def hash_data():  # hashlib releases the GIL while it hashes
    data = bytes(10_000_000)
    for _ in range(5):
        hashlib.sha256(data).digest()


def nap():  # sleeping releases the GIL
    time.sleep(0.2)


def work():
    threads = [threading.Thread(target=f) for f in (crunch, hash_data, nap)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def samples_per_function(mode):
    """Profile `work()` in every thread; count the samples in each function."""
    with tempfile.TemporaryDirectory() as directory:
        stacks = Path(directory, "stacks.txt")
        subprocess.run(
            [sys.executable, "-m", "profiling.sampling", "run", "--all-threads",
             f"--mode={mode}", "--collapsed", "-o", stacks, __file__, "--work"],
            check=True,
            capture_output=True,
        )  # fmt: skip
        # One line per distinct stack, innermost frame last:
        #   tid:4711;threading.py:Thread.run:1161;09_profiling_sampling.py:crunch:19 840
        counts = collections.Counter()
        for stack, count in re.findall(r"^(.*) (\d+)$", stacks.read_text(), re.M):
            if innermost := re.search(r":([\w.<>]+):\d+$", stack):
                counts[innermost[1]] += int(count)
    return counts


if sys.argv[1:] == ["--work"]:
    work()
    sys.exit()

for mode in ("wall", "gil"):
    counts = samples_per_function(mode)
    print(f"--mode={mode}: functions in at least 5% of the samples:")
    total = counts.total()
    for function in ("crunch", "hash_data", "nap"):
        print(f"    {function}: {counts[function] >= 0.05 * total}")
