"""faulthandler's max_threads (Python 3.15): how many threads a stack dump shows."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import faulthandler
import re
import tempfile
import threading

stop = threading.Event()
workers = [threading.Thread(target=stop.wait, name=f"worker-{n}") for n in range(150)]
for worker in workers:
    worker.start()
names = {thread.ident: thread.name for thread in threading.enumerate()}


def dumped_threads(**options):
    """The names of the threads in a dump, in its order, and whether it was cut."""
    with tempfile.TemporaryFile("w+") as dump:  # faulthandler needs a real file
        faulthandler.dump_traceback(dump, **options)
        dump.seek(0)
        text = dump.read()
    idents = re.findall(r"^(?:Current thread|Thread) (0x[0-9a-f]+)", text, re.M)
    cut = text.rstrip().endswith("...")
    return [names[int(ident, 16)] for ident in idents], cut


try:
    for label, options in [
        ("default", {}),
        ("max_threads=200", {"max_threads": 200}),
        ("max_threads=3", {"max_threads": 3}),
    ]:
        shown, cut = dumped_threads(**options)
        more = ", then '...'" if cut else ""
        print(
            f"{label}: {len(shown)} of {len(names)} threads,"
            f" from {shown[0]} to {shown[-1]}{more}"
        )
finally:
    stop.set()
    for worker in workers:
        worker.join()
