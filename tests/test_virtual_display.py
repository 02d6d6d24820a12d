"""The virtual display for GUI examples: who needs it, and what happens without it."""

import os
import shutil
import subprocess
import sys

import pytest
from virtual_display import VirtualDisplay, missing_display, opens_a_window


def test_examples_that_import_tkinter_need_a_display():
    assert opens_a_window("import queue\nimport tkinter as tk\n")
    assert opens_a_window("from tkinter import ttk\n")
    assert not opens_a_window('"""Not tkinter: a terminal program."""\nimport time\n')


def test_without_xvfb_the_reason_says_how_to_install_it():
    assert missing_display("/usr/bin/Xvfb", ci=False) is None
    reason = missing_display(None, ci=False)
    assert "Xvfb is not installed" in reason and "make xvfb" in reason
    assert "failure" in missing_display(None, ci=True)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_a_window_opens_on_the_virtual_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    display = VirtualDisplay()
    try:
        display.start(shutil.which("Xvfb"))
        probe = subprocess.run(
            [sys.executable, "-c", "import tkinter; tkinter.Tk().destroy()"],
            env=dict(os.environ),
            capture_output=True,
            text=True,
        )
    finally:
        display.stop()
    assert probe.returncode == 0, probe.stderr
