"""Run one example as a reader would: ``python examples/.../name.py`` in a terminal.

Where the platform has pseudo-terminals (Linux, macOS), the example's stdout
is one, as in a reader's shell, so Python line-buffers it: lines printed by
different threads stay whole, and a hung example has shown every line it
printed before it hung. stderr is a pipe of its own, or the same terminal when
the page shows both streams together. Elsewhere (Windows) both are pipes and
the example runs unbuffered (``PYTHONUNBUFFERED=1``), which keeps the order
of its lines too.

On timeout the example gets SIGABRT: ``PYTHONFAULTHANDLER`` makes it write
the stack of every thread to stderr. Then its process group is killed. Where
there is no SIGABRT to send (Windows), it is killed without stacks.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

try:
    import pty
    import termios
except ImportError:  # Windows
    pty = termios = None

# Whether stdout can be a pseudo-terminal, and where process states can be read;
# the harness's tests change these to check the fallbacks.
USE_PTY = pty is not None
PROC = Path("/proc")
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
    if os.name == "posix":
        group = {"start_new_session": True, "preexec_fn": _default_ctrl_c}
    else:
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    command = [python, example]
    options = dict(cwd=root, env=env, stdin=subprocess.DEVNULL, **group)
    if USE_PTY:
        return _run_on_terminal(command, options, timeout, merge_stderr)
    env["PYTHONUNBUFFERED"] = "1"
    return _run_on_pipes(command, options, timeout, merge_stderr)


def _run_on_terminal(command, options, timeout, merge_stderr) -> RunResult:
    terminal, terminal_for_child = _raw_terminal()
    if merge_stderr:
        error_pipe, error_for_child = None, terminal_for_child
    else:
        error_pipe, error_for_child = os.pipe()
    process = subprocess.Popen(
        command, stdout=terminal_for_child, stderr=error_for_child, **options
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
            _ask_for_stacks(process)
            _read_until(streams, time.monotonic() + STACK_DUMP_GRACE)
        left_processes = finished and _group_alive(process.pid)
    finally:
        _kill_group(process)
        for fd in streams:
            os.close(fd)
    stdout = streams[terminal].decode(errors="replace")
    stderr = b"" if error_pipe is None else streams[error_pipe]
    stderr = stderr.decode(errors="replace")
    return _result(stdout, stderr, process, finished, left_processes)


def _run_on_pipes(command, options, timeout, merge_stderr) -> RunResult:
    """The same without a pseudo-terminal: stdout and stderr are pipes."""
    stderr = subprocess.STDOUT if merge_stderr else subprocess.PIPE
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=stderr, **options
    )
    try:
        try:
            out, err = process.communicate(timeout=timeout)
            finished = True
        except subprocess.TimeoutExpired:
            finished = False
            _ask_for_stacks(process)
            try:
                out, err = process.communicate(timeout=STACK_DUMP_GRACE)
            except subprocess.TimeoutExpired:
                _kill_group(process)
                out, err = process.communicate()
        left_processes = finished and _group_alive(process.pid)
    finally:
        _kill_group(process)
    stdout, stderr = ((data or b"").decode(errors="replace") for data in (out, err))
    return _result(stdout, stderr, process, finished, left_processes)


def _result(stdout, stderr, process, finished, left_processes) -> RunResult:
    if not finished:
        return RunResult(stdout, stderr, None, timed_out=True)
    return RunResult(stdout, stderr, process.returncode, False, left_processes)


def _ask_for_stacks(process: subprocess.Popen) -> None:
    """SIGABRT: with PYTHONFAULTHANDLER, Python writes every thread's stack."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGABRT)


def _group_alive(group: int) -> bool:
    """Whether a live process of the group exists, after a moment."""
    for _ in range(3):
        if not _group_has_live_process(group):
            return False
        time.sleep(0.05)
    return True


def _group_has_live_process(group: int) -> bool:
    """Read from /proc (Linux), which tells zombies apart; else ask the group.

    Without /proc (macOS) a signal 0 to the group answers for its zombies too,
    which an init that reaps its children does not leave. Without process
    groups (Windows) there is no answer, and no check.
    """
    if PROC.is_dir():
        return any(state != "Z" and pgrp == group for state, pgrp in _process_states())
    if not hasattr(os, "killpg"):
        return False
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _process_states():
    """(state, process group) of every process, read from /proc."""
    for stat in PROC.glob("[0-9]*/stat"):
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
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    process.wait()
