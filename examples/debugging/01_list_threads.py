"""threading.enumerate() lists the live threads: name, daemon flag, alive."""

import threading


def show_threads(title):
    print(title)
    for thread in sorted(threading.enumerate(), key=lambda t: t.name):
        print(f"  {thread.name}: daemon={thread.daemon}, alive={thread.is_alive()}")


stop = threading.Event()
threads = [
    threading.Thread(target=stop.wait, name="downloader"),
    threading.Thread(target=stop.wait, name="heartbeat", daemon=True),
    threading.Thread(target=print, args=("loader: done",), name="loader"),
]
for thread in threads:
    thread.start()
threads[2].join()  # the loader has finished: it is no longer listed
show_threads("while running:")
stop.set()
for thread in threads:
    thread.join()
show_threads("after stop:")
