"""Slow work done inside the main loop freezes it: no tick runs until it returns."""

import time

TICK = 0.05  # each tick, a real program would redraw and read input
SCRIPT = {2: "report", 3: "scroll", 4: "scroll"}  # the user's actions, by tick


def build_report():
    time.sleep(0.4)  # stands in for slow I/O or a long computation
    return "42 pages"


longest_gap = 0.0
last_tick = time.monotonic()
for tick in range(1, 7):
    action = SCRIPT.get(tick)
    if action == "report":
        print(f"tick {tick}: user asks for a report")
        started = tick
        print(f"tick {tick}: report ready: {build_report()}")  # blocks the loop
        finished = tick
    elif action == "scroll":
        print(f"tick {tick}: user scrolls")
    time.sleep(TICK)
    now = time.monotonic()
    longest_gap = max(longest_gap, now - last_tick)
    last_tick = now
print(f"ticks during the work: {finished - started}")
print(f"longest gap: {longest_gap:.2f} s between two ticks")
