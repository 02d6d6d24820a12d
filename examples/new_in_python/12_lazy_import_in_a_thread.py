"""Python 3.15: a lazy import runs the module in the thread that first uses it."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import pathlib
import tempfile
import threading

# A module that installs a signal handler when imported: only the main thread may.
folder = tempfile.TemporaryDirectory()
pathlib.Path(folder.name, "shutdown_hooks.py").write_text(
    "import signal\n\n"
    "signal.signal(signal.SIGTERM, lambda signum, frame: None)\n"
    "installed = True\n"
)
sys.path.insert(0, folder.name)

__lazy_modules__ = ["shutdown_hooks"]  # the same as: lazy import shutdown_hooks
import shutdown_hooks

print("loaded by the import statement:", "shutdown_hooks" in sys.modules)


def first_use():
    try:
        print("first use, in a worker thread:", shutdown_hooks.installed)
    except ValueError as error:
        print("first use, in a worker thread:", error)


worker = threading.Thread(target=first_use)
worker.start()
worker.join()
print("next use, in the main thread:", shutdown_hooks.installed)
sys.path.remove(folder.name)
folder.cleanup()
