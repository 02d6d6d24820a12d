"""Exercise: a Thread whose join() returns the result, or raises the error."""

import threading


class ResultThread(threading.Thread):
    def __init__(self, target, args=()):
        super().__init__()
        self._work = target
        self._work_args = args
        self._result = None
        self._error = None

    def run(self):
        try:
            self._result = self._work(*self._work_args)
        except BaseException as error:  # hand every error to the joining thread
            self._error = error

    def join(self, timeout=None):
        super().join(timeout)
        if self._error is not None:
            raise self._error
        return self._result


answer = ResultThread(target=lambda a, b: a * b, args=(6, 7))
answer.start()
print("result:", answer.join())

broken = ResultThread(target=lambda: 1 / 0)
broken.start()
try:
    broken.join()
except ZeroDivisionError as error:
    print("error:", type(error).__name__, "-", error)
