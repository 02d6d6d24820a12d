"""Python 3.14: which functions an InterpreterPoolExecutor can run as tasks."""

import sys

if sys.version_info < (3, 14):
    sys.exit("This example needs Python 3.14 or newer.")

from concurrent.futures import InterpreterPoolExecutor


def double(x):  # uses only its argument: copied into the worker as it is
    return 2 * x


def module_name(x):  # reads a module global: sent by reference to this module
    return f"{__name__} {x}"


def make_multiplier(factor):
    def multiply(x):  # a closure: it uses factor, a variable of make_multiplier
        return factor * x

    return multiply


if __name__ == "__main__":  # the worker runs this file again, as <fake __main__>
    tasks = {
        "lambda": lambda x: x + 1,
        "lambda that calls double": lambda x: double(x),
        "double": double,
        "module_name": module_name,
        "closure": make_multiplier(3),
    }
    with InterpreterPoolExecutor(max_workers=1) as pool:
        for kind, function in tasks.items():
            try:
                print(f"{kind}: {pool.submit(function, 21).result()}")
            except TypeError as error:  # NotShareableError is a TypeError
                print(f"{kind}: {type(error).__name__}")
