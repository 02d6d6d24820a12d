"""asyncio.to_thread runs a function in a thread, in a copy of the current context."""

import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="(none)")


def blocking_lookup():
    return request_id.get()  # runs in a worker thread


async def handle(request):
    request_id.set(request)  # each asyncio task has a context of its own
    copied = await asyncio.to_thread(blocking_lookup)
    loop = asyncio.get_running_loop()
    not_copied = await loop.run_in_executor(None, blocking_lookup)
    return f"{request}: to_thread saw {copied}, run_in_executor saw {not_copied}"


async def main():
    for line in await asyncio.gather(handle("req-1"), handle("req-2")):
        print(line)


asyncio.run(main())
