"""frozendict (Python 3.15): settings that threads can read while they are replaced."""

import sys

if sys.version_info < (3, 15):
    sys.exit("This example needs Python 3.15 or newer.")

import threading

host_read = threading.Event()  # these two events put the update between the reads
updated = threading.Event()


def connect(label):
    current = settings  # the worker's reference to the settings
    host = current["host"]
    host_read.set()
    updated.wait()  # the main thread changes the settings here
    print(f"{label}: the worker connects to {host}:{current['port']}")


def run(label, update):
    host_read.clear()
    updated.clear()
    worker = threading.Thread(target=connect, args=(label,))
    worker.start()
    host_read.wait()
    update()
    updated.set()
    worker.join()


def change_dict_in_place():
    settings["host"] = "db2"
    settings["port"] = 6432


def replace_frozendict():
    global settings
    settings = settings | {"host": "db2", "port": 6432}  # a new frozendict


settings = {"host": "db1", "port": 5432}
run("dict changed in place", change_dict_in_place)

settings = frozendict(host="db1", port=5432)
run("frozendict replaced", replace_frozendict)
print("new readers see", f"{settings['host']}:{settings['port']}")
try:
    settings["port"] = 7000
except TypeError as error:
    print("in place:", error)
