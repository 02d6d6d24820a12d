"""Run a function in a new thread, passing it positional and keyword arguments."""

import threading


def greet(name, greeting="Hello", punctuation="!"):
    print(f"{greeting}, {name}{punctuation}")


thread = threading.Thread(
    target=greet,
    args=("Ada",),  # a tuple: note the trailing comma
    kwargs={"greeting": "Good morning"},
)
thread.start()
thread.join()
print("main: the thread has finished")
