"""An interpreter of its own: create it, run code in it, call a function, close it."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

import math
from concurrent import interpreters

counter = 0

interpreter = interpreters.create()
try:
    # exec() runs source code in the interpreter's own __main__ module.
    interpreter.exec("counter = 100\nprint('in the interpreter: counter =', counter)")
    print("in the main interpreter: counter =", counter)

    # prepare_main() copies values into its __main__ before the code runs.
    interpreter.prepare_main(prices=(1.5, 2.25, 4.0))
    interpreter.exec("print('in the interpreter: total =', sum(prices))")

    # call() runs a function there and copies the result back.
    print("math.factorial(20) there:", interpreter.call(math.factorial, 20))

    # An exception there arrives here as ExecutionFailed, with its details.
    try:
        interpreter.exec("1 / 0")
    except interpreters.ExecutionFailed as error:
        print(f"ExecutionFailed: {error.excinfo.type.__name__}: {error.excinfo.msg}")
finally:
    interpreter.close()
