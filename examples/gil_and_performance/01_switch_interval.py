"""How often the interpreter asks the running thread to hand over the GIL."""

import sys

print("switch interval:", sys.getswitchinterval(), "s")
sys.setswitchinterval(0.001)  # ask for hand-overs five times as often
print("now:", sys.getswitchinterval(), "s")
