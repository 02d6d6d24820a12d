"""notify() wakes one waiting thread; notify_all() wakes every one."""

import threading
import time


def open_gate(wake_all):
    lock = threading.Lock()
    arrived = threading.Condition(lock)  # main waits here for the travellers
    gate = threading.Condition(lock)  # the travellers wait here for the gate
    is_open, waiting, passed = False, 0, 0

    def traveller():
        nonlocal waiting, passed
        with gate:
            waiting += 1
            arrived.notify()
            gate.wait_for(lambda: is_open)
            passed += 1

    travellers = [threading.Thread(target=traveller) for _ in range(3)]
    for t in travellers:
        t.start()
    with gate:
        arrived.wait_for(lambda: waiting == 3)  # all three are waiting at the gate
        is_open = True
        if wake_all:
            gate.notify_all()
        else:
            gate.notify()
    time.sleep(0.2)  # give every woken traveller time to pass
    with gate:
        passed_after_wake = passed
        gate.notify_all()  # let the others through, so that every thread ends
    for t in travellers:
        t.join()
    return passed_after_wake


print("notify():    ", open_gate(wake_all=False), "of 3 passed the open gate")
print("notify_all():", open_gate(wake_all=True), "of 3 passed the open gate")
