"""Each thread sees only its own thread-local values; they are dropped when it ends."""

import threading
import weakref

local = threading.local()
local.user = "alice"  # set by the main thread: only the main thread sees it


class Cart:
    pass


def worker():
    print("worker: sees main's user?", hasattr(local, "user"))
    local.user = "bob"
    local.cart = Cart()
    # print a line when the cart object is garbage-collected
    weakref.finalize(local.cart, print, "worker: its cart was discarded")
    print("worker: user =", local.user)


thread = threading.Thread(target=worker)
thread.start()
thread.join()
print("main: user =", local.user)
print("main: sees the worker's cart?", hasattr(local, "cart"))
