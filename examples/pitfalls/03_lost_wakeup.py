"""A notification sent between a waiter's check and its wait() is lost."""

import threading

condition = threading.Condition()
data_ready = False
checked = threading.Event()  # these two events force the unlucky timing
notified = threading.Event()


def consumer():
    if not data_ready:  # 1. check the flag (without holding the lock)...
        checked.set()
        notified.wait()  # (the producer runs right here)
        with condition:  # 2. ...then wait: the notification has come and gone
            woken = condition.wait(timeout=0.5)
        print("consumer: woken by a notification:", woken)
    print("consumer: data_ready is", data_ready)


def producer():
    global data_ready
    checked.wait()
    with condition:
        data_ready = True
        condition.notify()  # nobody is waiting yet: the notification is lost
    print("producer: data ready, notified")
    notified.set()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
