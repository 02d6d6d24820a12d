"""What a thread knows about itself and about the other threads."""

import threading


def inspect():
    me = threading.current_thread()
    print("inside: current_thread() is the worker:", me is worker)
    print(
        "inside: native_id is the OS's id:", me.native_id == threading.get_native_id()
    )
    print("inside: running threads:", sorted(t.name for t in threading.enumerate()))
    print("inside: active_count():", threading.active_count())


worker = threading.Thread(target=inspect, name="inspector")
print("before start: ident =", worker.ident, "| alive:", worker.is_alive())
worker.start()
worker.join()
print("after join: alive:", worker.is_alive(), "| ident kept:", worker.ident > 0)
print("main thread:", threading.main_thread().name)
print("main is current:", threading.main_thread() is threading.current_thread())
print("active_count():", threading.active_count())
