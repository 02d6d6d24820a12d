"""Record when a thread was running, and how much two such records overlap."""

import threading
import time

# A thread that has not passed its checkpoint for this long was not running:
# the operating system had paused it, or it was waiting for the GIL.
GAP = 0.0005  # seconds; one step of the loops below takes a few microseconds


def record(step, seconds, start_at=None):
    """Call step() again and again for `seconds`; return the (start, end) pairs
    of the stretches during which this thread kept running.

    With start_at (a time.perf_counter() reading), wait until then and stop
    `seconds` after it: two threads or processes given the same start_at record
    the same moments, however late each of them was handed its task."""
    clock = time.perf_counter  # the same clock in every thread and process
    if start_at is not None:
        time.sleep(max(0.0, start_at - clock()))
    last = start = clock()
    deadline = (start if start_at is None else start_at) + seconds
    stretches = []
    while last < deadline:
        step()
        now = clock()
        if now - last > GAP:  # it was stopped in between
            stretches.append((start, last))
            start = now
        last = now
    stretches.append((start, last))
    return stretches


def spin():
    """A few microseconds of pure Python."""
    for _ in range(50):
        pass


def length(stretches):
    return sum(end - start for start, end in stretches)


def clip(stretches, start, end):
    """The parts of the stretches between start and end."""
    return [(max(a, start), min(b, end)) for a, b in stretches if b > start and a < end]


def overlap(first, second):
    """The stretches during which both records were running."""
    both, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            both.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return both


def longest_pause(stretches, start, end):
    """The longest time between start and end during which no stretch ran."""
    stretches = clip(stretches, start, end)
    edges = [start] + [t for stretch in stretches for t in stretch] + [end]
    return max(edges[i + 1] - edges[i] for i in range(0, len(edges), 2))


def pause_beside(call, *args):
    """Make call(*args) while another thread runs Python code: the longest that
    thread stood still during the call, as a share of the call's duration.

    Other programs can only lengthen a pause, never shorten it: while the
    thread stood still more than a quarter of the call, measure again, up to
    3 times in all, and keep the shortest."""
    pauses = []
    while len(pauses) < 3 and min(pauses, default=1) > 0.25:
        pauses.append(one_pause_beside(call, *args))
    return min(pauses)


def one_pause_beside(call, *args):
    stretches, done = [], threading.Event()

    def python_code():
        while not done.is_set():
            stretches.extend(record(spin, 0.01))

    thread = threading.Thread(target=python_code)
    thread.start()
    time.sleep(0.05)  # let it get going
    start = time.perf_counter()
    call(*args)
    end = time.perf_counter()
    done.set()
    thread.join()
    return longest_pause(stretches, start, end) / (end - start)


def both_and_either(first, second):
    """How long both records were running at once, and how long either was, in
    seconds. Only the time when both were recording counts, so a late start
    does not."""
    start = max(first[0][0], second[0][0])
    end = min(first[-1][1], second[-1][1])
    first, second = clip(first, start, end), clip(second, start, end)
    both = length(overlap(first, second))
    return both, length(first) + length(second) - both


def together(first, second):
    """Of the time either record was running, the fraction when both were."""
    both, either = both_and_either(first, second)
    return both / either if either > 0 else 0.0


if __name__ == "__main__":
    # Two made-up records: a runs from 0 to 4 s, b from 2 to 6 s, so between
    # 2 and 4 s both ran; b paused from 3 to 3.5 s.
    a = [(0.0, 4.0)]
    b = [(2.0, 3.0), (3.5, 6.0)]
    print("both ran:", overlap(a, b))
    print(f"together: {together(a, b):.2f}")
