"""hashlib releases the GIL: Python code in another thread keeps running meanwhile."""

import hashlib
import time

from timeline import pause_beside

DATA = bytes(64 * 1024 * 1024)  # 64 MiB of zeros

sleep = pause_beside(time.sleep, 0.2)  # the reference: a call that only waits
hashing = pause_beside(hashlib.sha256, DATA)
summing = pause_beside(sum, range(20_000_000))  # C code that keeps the GIL
if sleep > 0.25:
    print(f"inconclusive: the Python thread stood still {sleep:.2f} of a sleep")
else:
    print("longest pause of the Python thread, as a share of each call:")
    print(f"time.sleep: {sleep:.2f}")
    print(f"hashlib.sha256: {hashing:.2f}")
    print(f"sum: {summing:.2f}")
