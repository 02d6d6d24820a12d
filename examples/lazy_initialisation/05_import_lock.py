"""Module-level set-up runs once, even when threads import the module at once."""

import importlib
import sys
import tempfile
import threading
from pathlib import Path

# A module whose import is slow, as one that loads a large table would be.
SETTINGS_MODULE = """
import time
print("settings: the module's code runs")
time.sleep(0.1)
TABLE = {n: n * n for n in range(1000)}
"""

with tempfile.TemporaryDirectory() as directory:
    Path(directory, "settings.py").write_text(SETTINGS_MODULE)
    sys.path.insert(0, directory)
    start = threading.Barrier(4)
    tables = []

    def load_settings():
        start.wait()  # four threads import at the same moment
        tables.append(importlib.import_module("settings").TABLE)

    threads = [threading.Thread(target=load_settings) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sys.path.remove(directory)

print("threads that imported settings:", len(tables))
print("distinct TABLE objects they got:", len({id(table) for table in tables}))
