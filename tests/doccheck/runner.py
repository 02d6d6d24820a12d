"""Run one example as a reader would: ``python examples/.../name.py`` in a terminal.

The example's stdout is a pseudo-terminal, as in a reader's shell, so Python
line-buffers it: lines printed by different threads stay whole, and a hung
example has shown every line it printed before it hung. stderr is a pipe of
its own, or the same terminal when the page shows both streams together.
"""

from __future__ import annotations

import contextlib
import os
import pty
import selectors
import signal
import subprocess
import sys
import termios
import time
from dataclasses import dataclass
from pathlib import Path

# Time the example gets to write its stacks after SIGABRT before it is killed.
STACK_DUMP_GRACE = 3.0


@dataclass
class RunResult:
    stdout: str
    stderr: str
    returncode: int | None  # None when the example was stopped on timeout
    timed_out: bool
    left_processes: bool = False  # processes of its group still ran after it exited


def _raw_terminal() -> tuple[int, int]:
    """A pseudo-terminal that passes "\\n" through unchanged."""
    primary, secondary = pty.openpty()
    attributes = termios.tcgetattr(secondary)
    attributes[1] &= ~termios.OPOST  # no "\n" -> "\r\n" translation
    termios.tcsetattr(secondary, termios.TCSANOW, attributes)
    return primary, secondary


def _read_until(streams: dict[int, bytearray], deadline: float) -> bool:
    """Read the open streams until all are closed (True) or the deadline (False)."""
    with selectors.DefaultSelector() as selector:
        for fd in streams:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            for key, _ in selector.select(remaining):
                try:
                    chunk = os.read(key.fd, 65536)
                except OSError:  # EIO: the terminal's last writer has gone
                    chunk = b""
                if chunk:
                    streams[key.fd] += chunk
                else:
                    selector.unregister(key.fd)
    return True


def run_example(
    root: Path,
    example: str,
    *,
    timeout: float,
    merge_stderr: bool = False,
    python: str = sys.executable,
) -> RunResult:
    """Run ``example`` (a path relative to ``root``) in its own process group.

    ``PYTHONFAULTHANDLER`` is set, so when the timeout expires a SIGABRT makes
    the example write the stack of every one of its threads to stderr; then
    the whole process group is killed.
    """
    env = dict(os.environ, PYTHONFAULTHANDLER="1", PYTHONUTF8="1", NO_COLOR="1")
    env.pop("PYTHONPATH", None)  # an example must not depend on the harness's path
    terminal, terminal_for_child = _raw_terminal()
    if merge_stderr:
        error_pipe, error_for_child = None, terminal_for_child
    else:
        error_pipe, error_for_child = os.pipe()
    process = subprocess.Popen(
        [python, example],
        cwd=root,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=terminal_for_child,
        stderr=error_for_child,
        start_new_session=True,
        preexec_fn=_default_ctrl_c,
    )
    os.close(terminal_for_child)
    if error_pipe is not None:
        os.close(error_for_child)
    streams = {terminal: bytearray()}
    if error_pipe is not None:
        streams[error_pipe] = bytearray()
    try:
        deadline = time.monotonic() + timeout
        finished = _read_until(streams, deadline)
        if finished:  # its streams are closed; let it exit before the group is killed
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                finished = False
        if not finished:
            process.send_signal(signal.SIGABRT)
            _read_until(streams, time.monotonic() + STACK_DUMP_GRACE)
        left_processes = finished and _group_alive(process.pid)
    finally:
        _kill_group(process)
        for fd in streams:
            os.close(fd)
    stdout = streams[terminal].decode(errors="replace")
    stderr = (
        streams[error_pipe].decode(errors="replace") if error_pipe is not None else ""
    )
    if not finished:
        return RunResult(stdout, stderr, None, timed_out=True)
    return RunResult(stdout, stderr, process.returncode, False, left_processes)


def _group_alive(group: int) -> bool:
    """Whether a live process (not a zombie) of the group exists, after a moment."""
    for _ in range(3):
        if not any(state != "Z" and pgrp == group for state, pgrp in _process_states()):
            return False
        time.sleep(0.05)
    return True


def _process_states():
    """(state, process group) of every process, read from /proc (Linux)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rpartition(")")[2].split()
            yield fields[0], int(fields[2])


def _default_ctrl_c() -> None:
    """Give the example Ctrl+C (SIGINT) as a terminal would.

    A test run started in the background by a shell (`make test &`, CI)
    ignores SIGINT, and an ignored signal stays ignored across exec: Python
    would then never raise KeyboardInterrupt, which the examples on signals
    need.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _kill_group(process: subprocess.Popen) -> None:
    """Kill whatever is left of the example's process group, then reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
