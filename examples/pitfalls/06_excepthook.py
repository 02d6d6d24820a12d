"""Install threading.excepthook to record every thread that dies of an exception."""

import threading

failures = []
failures_lock = threading.Lock()


def record_failure(args):  # args has exc_type, exc_value, exc_traceback, thread
    with failures_lock:  # several threads may fail at the same moment
        failures.append(
            f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}"
        )


threading.excepthook = record_failure


def parse_port(text):
    return int(text)


texts = ["8080", "eighty", "443", "ninety"]
threads = [
    threading.Thread(target=parse_port, args=(text,), name=f"parser-{n}")
    for n, text in enumerate(texts, start=1)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"{len(failures)} of {len(threads)} threads failed")
for failure in sorted(failures):
    print(failure)
