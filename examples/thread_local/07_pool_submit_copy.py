"""Pool tasks see the submitter's ContextVars only if submitted with ctx.run."""

import contextvars
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="(none)")


def load(item):
    return f"{item} for {request_id.get()}"


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = []
    for request in ["req-1", "req-2"]:
        request_id.set(request)  # main handles one request after the other
        futures.append(pool.submit(load, "profile"))  # runs in the worker's context
        # a fresh copy for each task: one Context can't run in two threads at once
        context = contextvars.copy_context()
        futures.append(pool.submit(context.run, load, "orders"))
    for future in futures:
        print(future.result())
