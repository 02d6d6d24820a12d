"""Exercise: one handler for SIGINT and SIGTERM; end as the signal would have."""

import os
import signal
import sys
import threading

stop = threading.Event()
received = []  # the signals that asked us to stop
running = threading.Barrier(3)  # two workers and the service manager


def request_stop(signum, frame):
    received.append(signum)
    stop.set()


def work():
    running.wait()
    while not stop.is_set():
        ...  # one round of work
        stop.wait(0.1)


def service_manager():
    running.wait()
    os.kill(os.getpid(), signal.SIGTERM)


for signum in (signal.SIGINT, signal.SIGTERM):
    signal.signal(signum, request_stop)  # Ctrl+C no longer raises KeyboardInterrupt
workers = [threading.Thread(target=work) for _ in range(2)]
for worker in workers:
    worker.start()
threading.Thread(target=service_manager).start()
for worker in workers:
    while worker.is_alive():
        worker.join(0.5)
first = signal.Signals(received[0])
print(f"main: {first.name} received, both workers stopped", flush=True)
signal.signal(first, signal.SIG_DFL)  # end the way this signal ends a program:
os.kill(os.getpid(), first)  # the shell reports 128 + 15 = 143 for SIGTERM
sys.exit(128 + first)  # only where the signal cannot kill us (process 1)
