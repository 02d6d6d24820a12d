"""A new thread starts with an empty context: main's ContextVar value is not seen."""

import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="(none)")


def show(where):
    print(f"{where}: request_id = {request_id.get()}")


def handle():
    show("thread at start")  # the default: main's value did not come along
    request_id.set("req-7")
    show("thread after set")


request_id.set("req-42")
show("main")
thread = threading.Thread(target=handle)
thread.start()
thread.join()
show("main after join")  # the thread's set() did not reach main either
