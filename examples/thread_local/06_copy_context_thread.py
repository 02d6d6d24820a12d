"""Run a thread's function in a copy of the current context: copy_context().run."""

import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="(none)")


def show(where):
    print(f"{where}: request_id = {request_id.get()}")


def handle():
    show("thread at start")  # sees main's value, through the copy
    request_id.set("req-7")  # changes the copy only
    show("thread after set")


request_id.set("req-42")
show("main")
context = contextvars.copy_context()  # a snapshot of main's context, taken now
thread = threading.Thread(target=context.run, args=(handle,))
thread.start()
thread.join()
show("main after join")
print("the copy now holds:", context[request_id])
