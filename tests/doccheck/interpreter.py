"""The Python that runs the examples: this one, or the one named by DOCCHECK_PYTHON.

``make test-freethreaded`` sets ``DOCCHECK_PYTHON`` to a free-threaded build,
and each example is then checked against its ``output[free-threaded]`` block
where the page has one.

An example that needs a newer Python (``python >= 3.14``) runs with the first
interpreter of the same build named in ``DOCCHECK_NEWER_PYTHON`` (paths
separated by ``:``) that is new enough; without one, it is skipped, and the
reason says so.
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

    @property
    def label(self) -> str:
        """Short, as in the record of a run: ``3.14`` or ``3.13t``."""
        major, minor = self.version
        return f"{major}.{minor}{'t' if self.free_threaded else ''}"

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


def newer_interpreters() -> list[Interpreter]:
    paths = os.environ.get("DOCCHECK_NEWER_PYTHON", "").split(os.pathsep)
    return [interpreter_at(path) for path in paths if path]


def interpreter_for(min_python: tuple[int, int] | None) -> Interpreter | str:
    """The interpreter to run an example that needs ``min_python``.

    The target when it is new enough, else the first new-enough interpreter of
    the same build in DOCCHECK_NEWER_PYTHON; if there is none, the reason to skip.
    """
    target = target_interpreter()
    if min_python is None or target.version >= min_python:
        return target
    for candidate in newer_interpreters():
        if candidate.version >= min_python and candidate.build == target.build:
            return candidate
    major, minor = min_python
    build = "a free-threaded " if target.free_threaded else ""
    return (
        f"needs {build}Python {major}.{minor} or newer; this run has "
        f"{target.describe()} and DOCCHECK_NEWER_PYTHON names no such interpreter"
    )
