"""The Python that runs the examples: this one, or the one named by DOCCHECK_PYTHON.

``make test-freethreaded`` sets ``DOCCHECK_PYTHON`` to a free-threaded build,
and each example is then checked against its ``output[free-threaded]`` block
where the page has one.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass

_PROBE = (
    "import json, sys, sysconfig; print(json.dumps({'version': sys.version_info[:2],"
    " 'free_threaded': bool(sysconfig.get_config_var('Py_GIL_DISABLED'))}))"
)


@dataclass(frozen=True)
class Interpreter:
    path: str
    version: tuple[int, int]
    free_threaded: bool

    @property
    def build(self) -> str:
        return "free-threaded" if self.free_threaded else "default"

    def describe(self) -> str:
        major, minor = self.version
        return (
            f"Python {major}.{minor}{'t (free-threaded)' if self.free_threaded else ''}"
        )


@functools.cache
def interpreter_at(path: str) -> Interpreter:
    facts = json.loads(subprocess.check_output([path, "-c", _PROBE], text=True))
    return Interpreter(path, tuple(facts["version"]), facts["free_threaded"])


def target_interpreter() -> Interpreter:
    return interpreter_at(os.environ.get("DOCCHECK_PYTHON") or sys.executable)
