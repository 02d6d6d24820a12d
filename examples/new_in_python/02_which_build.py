"""Which build of CPython is this, and is its GIL on? (Python 3.13+)"""

import sys

if sys.version_info < (3, 13):
    sys.exit("This example needs Python 3.13 or newer.")

import subprocess
import sysconfig

print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
print("GIL enabled:", sys._is_gil_enabled())

# The same interpreter started with -X gil=1 (or PYTHON_GIL=1 in its environment)
check_gil = "import sys; print(sys._is_gil_enabled())"
child = subprocess.run(
    [sys.executable, "-X", "gil=1", "-c", check_gil],
    capture_output=True,
    text=True,
    check=True,
)
print("GIL enabled with -X gil=1:", child.stdout.strip())
