"""Python 3.14: Thread(context=...) sets a new thread's context, whatever the flag."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="(none)")


def handle(label):
    print(f"{label}: the thread sees {request_id.get()}")
    request_id.set("req-7")  # changes the thread's context only


request_id.set("req-42")
choices = {
    "copy_context()": contextvars.copy_context(),  # a snapshot of this context
    "Context()": contextvars.Context(),  # a new, empty context
}
for label, context in choices.items():
    thread = threading.Thread(target=handle, args=(label,), context=context)
    thread.start()
    thread.join()
print("main still sees", request_id.get())
