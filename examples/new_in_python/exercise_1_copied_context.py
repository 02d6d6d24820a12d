"""Exercise: start a thread in a copy of the caller's context, on any Python 3."""

import contextvars
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="(none)")


def start_in_copied_context(target, *args):
    """Start a thread that runs target(*args) in a copy of the current context."""
    context = contextvars.copy_context()
    if sys.version_info >= (3, 14):
        thread = threading.Thread(target=target, args=args, context=context)
    else:
        thread = threading.Thread(target=context.run, args=(target, *args))
    thread.start()
    return thread


def handle(user):
    print(f"handling {user} for {request_id.get()}")


request_id.set("req-42")
start_in_copied_context(handle, "ada").join()
request_id.set("req-43")
start_in_copied_context(handle, "grace").join()
