"""Screenshot of examples/gui/02_converter.py halfway through, for docs/gui.md.

Run from the project's root with `.venv/bin/python scripts/gui-screenshot.py`
(needs Xvfb). It starts a virtual display, builds the example's window, clicks
Convert, lets the real worker thread run until three of five files are
converted, grabs the window with Pillow and writes docs/assets/gui-converter.png.
"""

import os
import runpy
import shutil
import subprocess
import sys
import time
import tkinter as tk
from pathlib import Path

from PIL import ImageGrab

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples/gui/02_converter.py"
OUTPUT = ROOT / "docs/assets/gui-converter.png"


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [shutil.which("Xvfb") or sys.exit("Xvfb is not installed (make xvfb)")]
        + ["-displayfd", str(write_end), "-screen", "0", "800x600x24"]
        + ["-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        os.environ["DISPLAY"] = ":" + announced.readline().strip()
    return xvfb


def main():
    xvfb = start_xvfb()
    try:
        example = runpy.run_path(str(EXAMPLE))  # defines the app, runs nothing
        root = tk.Tk()
        app = example["ConverterApp"](root)
        app.start_button.invoke()
        deadline = time.monotonic() + 10
        while app.bar["value"] < 3 and time.monotonic() < deadline:
            root.update()  # the GUI thread polls, as mainloop() would
            time.sleep(0.01)
        root.update()
        x, y = root.winfo_rootx(), root.winfo_rooty()
        box = (x, y, x + root.winfo_width(), y + root.winfo_height())
        ImageGrab.grab(bbox=box, xdisplay=os.environ["DISPLAY"]).save(OUTPUT)
        app.cancel.set()
        app.worker.join()
        root.destroy()
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({box[2] - x}x{box[3] - y})")
    finally:
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    main()
