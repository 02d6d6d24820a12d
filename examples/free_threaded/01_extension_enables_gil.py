"""An extension module that does not declare free-threading support turns the GIL on."""

import subprocess
import sys
import sysconfig

# CPython's test module _testmultiphase holds a module that declares nothing
# about the GIL: it stands in for an extension built before free-threading.
IMPORT_OLD_EXTENSION = """
import importlib.machinery, importlib.util, sys
name = "_testmultiphase_null_slots"
path = importlib.util.find_spec("_testmultiphase").origin
loader = importlib.machinery.ExtensionFileLoader(name, path)
importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader))
print("GIL enabled after the import:", sys._is_gil_enabled())
"""

if not sysconfig.get_config_var("Py_GIL_DISABLED"):
    print("this build always runs with the GIL: nothing to turn on")
    sys.exit()

for options in ([], ["-X", "gil=0"], ["-W", "error::RuntimeWarning"]):
    run = subprocess.run(
        [sys.executable, *options, "-c", IMPORT_OLD_EXTENSION],
        capture_output=True,
        text=True,
    )
    print(f"$ python {' '.join(options)}".rstrip(), f"(exit status {run.returncode})")
    if run.stdout:
        print("   ", run.stdout.strip())
    for line in run.stderr.splitlines():
        if "RuntimeWarning: " in line:  # the start of its first sentence is enough
            message = line.split("RuntimeWarning: ")[1]
            print("    RuntimeWarning:", message.split(",")[0])
