"""Record when each of two threads ran, for the GIL chapter's pictures; print JSON.

Run by hooks/timelines.py with each interpreter it draws, as

    python hooks/record_timelines.py cpu|io|hashing

It uses examples/gil_and_performance/timeline.py, the module the chapter's
examples use, so the pictures show the same measurement as the checks.
Standard library only, so that any CPython build can run it.
"""

import hashlib
import json
import platform
import sys
import sysconfig
import threading
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples/gil_and_performance"
sys.path.insert(0, str(EXAMPLES))

from timeline import record, spin, together  # noqa: E402

SECONDS = 0.25
DATA = bytes(256 * 1024 * 1024)  # 0.1 to 0.2 s of SHA-256: longer than the picture


def hash_once():
    """One long hashlib call, which runs without the GIL: its start and end.

    The stretch is the call itself. record() could not see it: a thread can
    only note the time in Python code, that is, after it has the GIL back, so
    many short hashes would each end in a wait for the GIL and look like
    pauses. The end of one long call is late by at most one switch interval.
    """
    start = time.perf_counter()
    hashlib.sha256(DATA).digest()  # releases the GIL for the whole call
    return [(start, time.perf_counter())]


def io_record(seconds, waits):
    """Stretches of an I/O-bound thread at work; its waits are added to waits."""
    stretches = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        time.sleep(0.004)  # waiting for a reply: the GIL is released
        waits.append((start, time.perf_counter()))
        stretches += record(spin, 0.001)
    return stretches


WAITS = ([], [])
SCENARIOS = {
    "cpu": [lambda: record(spin, SECONDS), lambda: record(spin, SECONDS)],
    "io": [lambda: io_record(SECONDS, WAITS[0]), lambda: io_record(SECONDS, WAITS[1])],
    "hashing": [hash_once, lambda: record(spin, SECONDS)],
}


def main():
    scenario = SCENARIOS[sys.argv[1]]
    records = [None] * len(scenario)
    barrier = threading.Barrier(len(scenario))

    def run(index):
        barrier.wait()
        records[index] = scenario[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(scenario))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    facts = {
        "python": platform.python_version()
        + ("t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""),
        "gil_enabled": getattr(sys, "_is_gil_enabled", lambda: True)(),
        "together": together(*records),
        "records": records,
        "waits": WAITS if WAITS[0] else None,
        "waited_together": together(*WAITS) if WAITS[0] else None,
    }
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
