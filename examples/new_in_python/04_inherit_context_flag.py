"""Python 3.14: sys.flags.thread_inherit_context decides what Thread() starts with."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import contextvars
import subprocess
import threading

request_id = contextvars.ContextVar("request_id", default="(none)")


def report():
    flag = sys.flags.thread_inherit_context
    print(f"thread_inherit_context={flag}: the thread sees {request_id.get()}")


request_id.set("req-42")
thread = threading.Thread(target=report)  # no context argument: the flag decides
thread.start()
thread.join()

if not sys.flags.thread_inherit_context:
    # Run this file again with the flag on, the free-threaded build's default
    command = [sys.executable, "-X", "thread_inherit_context=1", __file__]
    subprocess.run(command, check=True)
