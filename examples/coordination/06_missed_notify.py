"""A notify() is not remembered: a bare wait() misses one sent before it waits."""

import threading

order_changed = threading.Condition()
order_ready = False


def kitchen():
    global order_ready
    with order_changed:
        order_ready = True
        order_changed.notify_all()  # nobody is waiting yet: the call does nothing


cook = threading.Thread(target=kitchen)
cook.start()
cook.join()  # the notification has come and gone

with order_changed:
    woken = order_changed.wait(timeout=0.2)  # wrong: waits for a notify, not a state
print("bare wait() was notified:", woken)

with order_changed:
    ready = order_changed.wait_for(lambda: order_ready, timeout=0.2)  # checks first
print("wait_for() sees the order ready:", ready)
