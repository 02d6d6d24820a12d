"""Exercise: does zlib.compress release the GIL? Measure how long a thread running
Python code stands still while another thread compresses."""

import time
import zlib

from timeline import pause_beside

DATA = bytes(range(256)) * 160_000  # 40 MB that compresses slowly enough to time

sleep = pause_beside(time.sleep, 0.2)  # the reference: a call that only waits
compressing = pause_beside(zlib.compress, DATA, 9)
summing = pause_beside(sum, range(20_000_000))  # C code that keeps the GIL
if sleep > 0.25:
    print(f"inconclusive: the Python thread stood still {sleep:.2f} of a sleep")
else:
    print("longest pause of the Python thread, as a share of each call:")
    print(f"zlib.compress: {compressing:.2f}")
    print(f"sum: {summing:.2f}")
