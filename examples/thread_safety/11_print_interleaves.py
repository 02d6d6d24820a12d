"""print() writes the text, then the line end: another thread can write in between."""

import threading

first_text_written = threading.Event()  # these two events make the timing
other_thread_printed = threading.Event()  # the same on every run


class Terminal:
    """Stands in for sys.stdout: keeps what is written, and pauses the first
    write() until the other thread has printed, as a thread switch could."""

    def __init__(self):
        self.written = []

    def write(self, text):
        self.written.append(text)
        if not first_text_written.is_set():
            first_text_written.set()
            other_thread_printed.wait()


def print_second_line():
    first_text_written.wait()
    print("b: hello", file=terminal)
    other_thread_printed.set()


terminal = Terminal()
thread = threading.Thread(target=print_second_line)
thread.start()
print("a: hello", file=terminal)
thread.join()
print("write() calls:", terminal.written)
print("".join(terminal.written), end="")
print("(end of output)")
