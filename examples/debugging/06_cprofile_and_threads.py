"""cProfile in the main thread: does it see the work done in another thread?"""

import cProfile
import pstats
import sys
import sysconfig
import threading

if sysconfig.get_config_var("Py_GIL_DISABLED") and sys.version_info < (3, 15):
    # A known bug: the profiler beside a running thread can hang or crash
    # the free-threaded build before 3.15 (CPython gh-125165).
    print("not run: cProfile beside other threads can hang this build")
    sys.exit()


def crunch():
    return sum(n * n for n in range(100_000))


def main_work():
    return sum(range(100_000))


profiler = cProfile.Profile()
profiler.enable()
worker = threading.Thread(target=crunch)
worker.start()
main_work()
worker.join()
profiler.disable()

profiled = {function_name for _, _, function_name in pstats.Stats(profiler).stats}
print("main_work, called in the main thread, profiled:", "main_work" in profiled)
print("crunch, called in the worker thread, profiled:", "crunch" in profiled)
