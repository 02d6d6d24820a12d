"""Python 3.15: two threads import a package and its submodule at the same time."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import importlib
import pathlib
import tempfile
import threading

# shop/billing/__init__.py imports its own submodule, shop.billing.invoices.
PACKAGE = {
    "shop/__init__.py": "import threading\n\nbilling_started = threading.Event()\n",
    "shop/billing/__init__.py": (
        "import time\n\nimport shop\n\n"
        "shop.billing_started.set()  # tells this example to start the second import\n"
        "time.sleep(0.2)  # slow start-up work: reading data, opening connections\n"
        "from shop.billing import invoices\n"
    ),
    "shop/billing/invoices.py": "TAX_RATE = 0.2\n",
}
results = {}


def import_in_thread(name):
    try:
        importlib.import_module(name)
        results[name] = "imported"
    except Exception as error:  # 3.14: _DeadlockError in one of the two threads
        results[name] = f"{type(error).__name__}: {error}"


with tempfile.TemporaryDirectory() as root:
    for path, source in PACKAGE.items():
        file = pathlib.Path(root, path)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(source)
    sys.path.insert(0, root)
    import shop  # the top package only: its event says when billing has started

    package = threading.Thread(target=import_in_thread, args=("shop.billing",))
    package.start()
    shop.billing_started.wait()  # the first thread is inside billing/__init__.py
    submodule = threading.Thread(
        target=import_in_thread, args=("shop.billing.invoices",)
    )
    submodule.start()
    package.join()
    submodule.join()
    sys.path.remove(root)

for name, outcome in sorted(results.items()):
    print(f"{name}: {outcome}")
