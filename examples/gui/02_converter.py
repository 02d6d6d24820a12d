"""A complete Tkinter program: a worker thread converts, the GUI polls a queue."""

import queue
import threading
import time
import tkinter as tk
from tkinter import ttk

FILES = ["intro.wav", "verse.wav", "chorus.wav", "bridge.wav", "outro.wav"]
POLL_MS = 50


def convert(files, messages, cancel):
    """The worker thread: never touches a widget, only puts messages."""
    for done, name in enumerate(files, start=1):
        if cancel.is_set():  # checked between two files
            messages.put(("cancelled", done - 1))
            return
        time.sleep(0.1)  # convert one file
        messages.put(("progress", done, name))
    messages.put(("finished", len(files)))


class ConverterApp:
    def __init__(self, root):
        self.root = root
        self.messages = queue.Queue()
        self.cancel = threading.Event()
        self.worker = None
        self.polls = 0  # how often the GUI thread was free to poll during the work
        root.title("Converter")
        self.status = ttk.Label(root, text="Ready to convert 5 files", width=32)
        self.bar = ttk.Progressbar(root, maximum=len(FILES), length=260)
        self.start_button = ttk.Button(root, text="Convert", command=self.start)
        self.cancel_button = ttk.Button(
            root, text="Cancel", command=self.cancel.set, state="disabled"
        )
        self.status.grid(row=0, column=0, columnspan=2, padx=12, pady=(12, 4))
        self.bar.grid(row=1, column=0, columnspan=2, padx=12, pady=4)
        self.start_button.grid(row=2, column=0, padx=12, pady=(4, 12))
        self.cancel_button.grid(row=2, column=1, padx=12, pady=(4, 12))
        root.protocol("WM_DELETE_WINDOW", self.close)

    def start(self):  # the Convert button's handler: returns at once
        self.start_button.config(state="disabled")
        self.cancel_button.config(state="normal")
        self.worker = threading.Thread(
            target=convert, args=(FILES, self.messages, self.cancel), name="converter"
        )
        self.worker.start()
        self.root.after(POLL_MS, self.poll)

    def poll(self):  # the GUI thread, every POLL_MS while the worker runs
        self.polls += 1
        while True:
            try:
                kind, done, *name = self.messages.get_nowait()
            except queue.Empty:
                break
            self.bar.config(value=done)
            if kind == "progress":
                self.show(f"{done}/{len(FILES)} converted ({name[0]})")
            else:
                self.show(f"{kind}, {done}/{len(FILES)} files")
                self.cancel_button.config(state="disabled")
                self.worker.join()  # it has sent its last message: returns at once
                self.root.event_generate("<<Finished>>")
                return
        self.root.after(POLL_MS, self.poll)

    def show(self, text):
        self.status.config(text=text)
        print(f"window: {text}")

    def close(self):  # the window's close button: stop the worker first
        self.cancel.set()
        if self.worker is not None and self.worker.is_alive():
            self.root.after(POLL_MS, self.close)
        else:
            self.root.destroy()


def play_user(app):
    """Stands in for a person, so that the tests can run the program."""
    app.root.after(100, app.start_button.invoke)  # click Convert
    app.root.bind("<<Finished>>", lambda event: app.close())  # close when done


def main():
    root = tk.Tk()
    app = ConverterApp(root)
    play_user(app)  # delete this line to click yourself
    root.mainloop()
    print(f"polls: {app.polls} while the worker ran")


if __name__ == "__main__":
    main()
