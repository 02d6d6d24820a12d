"""Solution: the worker sends its exception as a message; the window shows it."""

import queue
import threading
import time
import tkinter as tk
from tkinter import ttk

FILES = ["intro.wav", "verse.wav", "notes.txt", "outro.wav"]
POLL_MS = 50


def convert(files, messages):
    try:
        for done, name in enumerate(files, start=1):
            time.sleep(0.1)  # convert one file
            if not name.endswith(".wav"):
                raise ValueError(f"{name} is not an audio file")
            messages.put(("progress", f"{done}/{len(files)} converted"))
        messages.put(("finished", f"finished, {len(files)} files"))
    except Exception as error:  # the GUI must hear of it, or it polls forever
        messages.put(("failed", f"failed: {type(error).__name__}: {error}"))


class ConverterApp:
    def __init__(self, root):
        self.root = root
        self.messages = queue.Queue()
        self.status = ttk.Label(root, text="Ready", width=40)
        self.start_button = ttk.Button(root, text="Convert", command=self.start)
        self.status.pack(padx=12, pady=12)
        self.start_button.pack(padx=12, pady=(0, 12))

    def start(self):
        self.start_button.config(state="disabled")
        self.worker = threading.Thread(target=convert, args=(FILES, self.messages))
        self.worker.start()
        self.root.after(POLL_MS, self.poll)

    def poll(self):
        while True:
            try:
                kind, text = self.messages.get_nowait()
            except queue.Empty:
                self.root.after(POLL_MS, self.poll)
                return
            self.status.config(text=text, foreground="red" if kind == "failed" else "")
            print(f"window: {self.status['text']}")
            if kind != "progress":  # the worker's last message
                self.worker.join()
                self.start_button.config(state="normal")  # the user may try again
                self.root.event_generate("<<Finished>>")
                return


def main():
    root = tk.Tk()
    app = ConverterApp(root)
    root.after(100, app.start_button.invoke)  # the scripted user clicks Convert
    root.bind("<<Finished>>", lambda event: root.destroy())  # and closes the window
    root.mainloop()


if __name__ == "__main__":
    main()
