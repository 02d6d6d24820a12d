"""Exercise: report whether this interpreter is a free-threaded build, and whether
the GIL is on right now."""

import sys
import sysconfig

free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
# sys._is_gil_enabled() is new in 3.13; before it, the GIL was always on
gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
print("free-threaded build:", free_threaded_build)
print("GIL enabled:", gil_enabled)
