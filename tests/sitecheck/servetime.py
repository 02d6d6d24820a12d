"""Time from saving an example to `mkdocs serve --dirty` serving the page that shows it.

    python -m sitecheck.servetime [--saves 6]

Starts `mkdocs serve --dirty` on 127.0.0.1:8010 (EXECUTE_NOTEBOOKS=false),
then, `--saves` times, appends a comment to the first example of "Creating
and managing threads" and reads the page until it shows that comment; the
example is restored after each save and at the end, and the server stopped.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

from .server import ROOT

EXAMPLE = ROOT / "examples/creating_threads/01_target_and_args.py"
PAGE = "http://127.0.0.1:8010/creating-threads/"


def page() -> str:
    try:
        with urllib.request.urlopen(PAGE, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=6)
    saves = parser.parse_args().saves
    original = EXAMPLE.read_bytes()
    env = {**os.environ, "EXECUTE_NOTEBOOKS": "false", "NO_MKDOCS_2_WARNING": "1"}
    env.setdefault("JUPYTER_CONFIG_DIR", str(ROOT / ".jupyter"))
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(
            [ROOT / ".venv/bin/mkdocs", "serve", "--dirty", "-a", "127.0.0.1:8010"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 120
            while EXAMPLE.name not in page():
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    sys.exit(f"mkdocs serve did not start:\n{log.read()}")
                time.sleep(0.1)
            time.sleep(1)
            seconds = []
            for save in range(saves):
                marker = f"saved-{save}-{time.time_ns()}"
                EXAMPLE.write_bytes(original + f"# {marker}\n".encode())
                start = time.perf_counter()
                while marker not in page():
                    if time.perf_counter() - start > 30:
                        sys.exit(f"save {save} not served after 30 s")
                    time.sleep(0.01)
                seconds.append(time.perf_counter() - start)
                EXAMPLE.write_bytes(original)
                time.sleep(1.5)  # the server rebuilds for the restore too
        finally:
            EXAMPLE.write_bytes(original)
            os.killpg(server.pid, signal.SIGINT)
            server.wait(timeout=30)
    shown = " ".join(f"{s:.2f}" for s in seconds)
    print(f"seconds from save to served: {shown}")
    print(f"  median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s;")
    print(f"  load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
