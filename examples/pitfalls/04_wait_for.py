"""The fix: check the condition and wait under the same lock, with wait_for()."""

import threading

condition = threading.Condition()
data_ready = False
produced = threading.Event()  # forces the same timing: the producer goes first


def consumer():
    produced.wait()  # the notification is long gone by now
    with condition:
        ready = condition.wait_for(lambda: data_ready, timeout=0.5)
    print("consumer: data ready:", ready)


def producer():
    global data_ready
    with condition:
        data_ready = True  # change the state under the lock, then notify
        condition.notify()
    print("producer: data ready, notified")
    produced.set()


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
