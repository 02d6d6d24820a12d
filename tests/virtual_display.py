"""A virtual display (Xvfb) for the examples that open a window.

An example that imports tkinter needs an X display. The first such example a
test process runs starts one Xvfb for the rest of the session, on a display
number Xvfb picks itself (``-displayfd``), and sets ``DISPLAY``, which the
harness passes on to every example. Without Xvfb (``make xvfb`` installs
Debian's), the example is skipped with the reason; under ``CI=true`` that
skip is a failure, so CI cannot pass without running the GUI examples.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from doccheck.interpreter import interpreter_for
from doccheck.pages import ExampleBlock

OPENS_A_WINDOW = re.compile(r"^\s*(import tkinter|from tkinter\b)", re.MULTILINE)
START_TIMEOUT = 10  # seconds for Xvfb to say which display it serves


def opens_a_window(source: str) -> bool:
    return bool(OPENS_A_WINDOW.search(source))


class VirtualDisplay:
    """One Xvfb process, started on first use, stopped at the end of the session."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None

    def start(self, xvfb: str) -> str:
        if self.process is None:
            read_end, write_end = os.pipe()
            self.process = subprocess.Popen(
                [xvfb, "-displayfd", str(write_end), "-screen", "0", "800x600x24"]
                + ["-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            os.close(write_end)
            with os.fdopen(read_end) as announced:
                number = announced.readline().strip()
            if not number.isdigit():
                self.stop()
                raise RuntimeError(f"{xvfb} did not start (it announced {number!r})")
            os.environ["DISPLAY"] = f":{number}"
        return os.environ["DISPLAY"]

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=START_TIMEOUT)
            self.process = None


DISPLAY = VirtualDisplay()


@functools.cache
def has_tkinter(python: str) -> bool:
    probe = subprocess.run([python, "-c", "import tkinter"], capture_output=True)
    return probe.returncode == 0


def missing_display(xvfb: str | None, ci: bool) -> str | None:
    """Why a GUI example cannot run here, or None when it can."""
    if xvfb is not None:
        return None
    return (
        "opens a window and needs a virtual display: Xvfb is not installed "
        "(make xvfb, or apt-get install xvfb)"
        + ("; CI=true, so this is a failure, not a skip" if ci else "")
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    block = getattr(getattr(item, "example", None), "parsed", None)
    if not isinstance(block, ExampleBlock):
        return
    path = Path(str(item.config.rootpath)) / block.example
    if not path.is_file() or not opens_a_window(path.read_text(encoding="utf-8")):
        return
    interpreter = interpreter_for(block.min_python)
    if not isinstance(interpreter, str) and not has_tkinter(interpreter.path):
        _skip(f"{block.example}: {interpreter.describe()} has no tkinter module")
    ci = os.environ.get("CI") == "true"
    problem = missing_display(shutil.which("Xvfb"), ci)
    if problem is not None:
        if ci:
            pytest.fail(f"{block.example} {problem}", pytrace=False)
        _skip(f"{block.example} {problem}")
    DISPLAY.start(shutil.which("Xvfb"))


def _skip(reason: str) -> None:
    # Reported at the page's line, as the harness reports its skips.
    raise pytest.skip.Exception(reason, _use_item_location=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    DISPLAY.stop()
