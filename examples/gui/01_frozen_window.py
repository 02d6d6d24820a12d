"""A slow event handler freezes the window: the GUI thread runs nothing else."""

import time
import tkinter as tk

TICK_MS = 50  # a heartbeat every 50 ms stands in for redrawing and answering clicks

root = tk.Tk()
root.title("Report")
status = tk.Label(root, text="Ready", width=30)
status.pack(padx=20, pady=10)
ticks = []  # when each heartbeat ran


def heartbeat():
    ticks.append(time.monotonic())
    root.after(TICK_MS, heartbeat)


def build_report():  # the button's handler: the GUI thread runs it
    started = time.monotonic()
    time.sleep(0.4)  # the slow work, inside the handler
    status.config(text="Report ready: 42 pages")
    finished = time.monotonic()
    print(f"window: {status['text']}")
    print("heartbeats during the work:", sum(started < t < finished for t in ticks))
    root.after(TICK_MS, root.destroy)  # the scripted user closes the window


button = tk.Button(root, text="Build report", command=build_report)
button.pack(padx=20, pady=10)
heartbeat()
root.after(100, button.invoke)  # the scripted user clicks the button
root.mainloop()
