"""A Barrier holds every thread at the end of a phase until all have finished it."""

import itertools
import threading
import time

WORKERS, PHASES = 3, 3
lock = threading.Lock()
ended = [0] * (PHASES + 1)  # ended[n]: how many workers have finished phase n
too_early = []  # (worker, phase) for each phase begun before all ended the last one
phase_numbers = itertools.count(1)


def phase_complete():
    """The barrier's action: one thread runs it, while the others are still held."""
    print(f"phase {next(phase_numbers)}: all {WORKERS} workers have ended it")


barrier = threading.Barrier(WORKERS, action=phase_complete)


def worker(name, speed):
    for phase in range(1, PHASES + 1):
        with lock:
            if phase > 1 and ended[phase - 1] < WORKERS:
                too_early.append((name, phase))
        time.sleep(0.02 * ((speed + phase) % 3))  # the phase's work, of uneven length
        with lock:
            ended[phase] += 1
        barrier.wait()  # wait here until every worker has ended this phase


workers = [threading.Thread(target=worker, args=(f"w{i}", i)) for i in range(WORKERS)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("phases begun too early:", too_early)
