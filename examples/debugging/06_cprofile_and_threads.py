"""cProfile in the main thread: does it see the work done in another thread?"""

import cProfile
import pstats
import threading


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
