"""The directive comment that says how an output block is checked.

It is written on the line above the output block, inside the page source, and
does not show on the rendered site::

    <!-- output: any-order; timeout 20 -->

Clauses are separated by ``;``:

``exact``
    The default: every line, in order.
``any-order``
    The same lines, in any order.
``per-thread``
    Lines are grouped by their label, the text before the first ``:``; the
    order is checked within each group only.
``numbers ±0.05`` / ``numbers ±5%``
    Every number may differ from the page by this much (absolute or relative).
``NAME >= 4``, ``NAME <= 1.1``, ``NAME > 0``, ``NAME < 2``,
``NAME = 0.5 ± 0.15``, ``1 <= NAME <= 2``
    A measured value: the first number after ``NAME:`` in the output must lie
    within the bound; the page shows one run's value. A bound may name the
    physical limit it comes from, ``speedup >= 4.5 (limit 5)``, which
    ``make bench`` prints beside the value.
``exit 3``
    The expected exit status (default 0); ``exit -2``: ended by signal 2 (SIGINT),
    as ``subprocess`` reports it.
``raises ValueError``
    The example ends with this uncaught exception (exit status 1).
``timeout 20``
    Seconds before the example is stopped (default 10).
``stderr``
    The output block shows stderr too, interleaved as in a terminal.
``python >= 3.13``
    The example needs this Python or newer; on an older one it is skipped,
    and the page says which version it needs.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

DEFAULT_TIMEOUT = 10.0
NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
PLUS_MINUS = r"(?:±|\+-|\+/-)"

_TOLERANCE_RE = re.compile(
    rf"^numbers\s*{PLUS_MINUS}\s*(?P<value>{NUMBER})\s*(?P<pct>%)?$"
)
_RANGE_RE = re.compile(
    rf"^(?P<low>{NUMBER})\s*<=\s*(?P<name>[^<>=±]+?)\s*<=\s*(?P<high>{NUMBER})$"
)
_APPROX_RE = re.compile(
    rf"^(?P<name>[^<>=±]+?)\s*=\s*(?P<value>{NUMBER})\s*{PLUS_MINUS}\s*(?P<tol>{NUMBER})$"
)
_LIMIT_RE = re.compile(rf"\s*\(limit\s+(?P<limit>{NUMBER})\)$")
_COMPARE_RE = re.compile(
    rf"^(?P<name>[^<>=±]+?)\s*(?P<op>>=|<=|>|<)\s*(?P<value>{NUMBER})$"
)


class DirectiveError(ValueError):
    pass


@dataclass(frozen=True)
class Bound:
    """A measured value's allowed range, as written in the directive."""

    name: str
    low: float = -math.inf
    high: float = math.inf
    low_inclusive: bool = True
    high_inclusive: bool = True
    text: str = ""
    limit: float | None = None

    def holds(self, value: float) -> bool:
        above = value >= self.low if self.low_inclusive else value > self.low
        below = value <= self.high if self.high_inclusive else value < self.high
        return above and below


@dataclass(frozen=True)
class Directive:
    order: str = "exact"  # "exact", "any-order" or "per-thread"
    abs_tolerance: float = 0.0
    rel_tolerance: float = 0.0
    bounds: tuple[Bound, ...] = field(default_factory=tuple)
    exit_code: int = 0
    raises: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    merge_stderr: bool = False
    min_python: tuple[int, int] | None = None
    text: str = "exact"

    @property
    def compares_numbers_loosely(self) -> bool:
        return bool(self.abs_tolerance or self.rel_tolerance or self.bounds)


def _parse_bound(clause: str) -> Bound | None:
    limit = None
    if match := _LIMIT_RE.search(clause):
        limit = float(match["limit"])
        clause = clause[: match.start()]
    bound = _parse_range(clause)
    return bound and dataclasses.replace(bound, limit=limit)


def _parse_range(clause: str) -> Bound | None:
    if match := _RANGE_RE.match(clause):
        return Bound(
            match["name"], float(match["low"]), float(match["high"]), text=clause
        )
    if match := _APPROX_RE.match(clause):
        value, tol = float(match["value"]), float(match["tol"])
        return Bound(match["name"], value - tol, value + tol, text=clause)
    if match := _COMPARE_RE.match(clause):
        name, op, value = match["name"], match["op"], float(match["value"])
        if op.startswith(">"):
            return Bound(name, low=value, low_inclusive=op == ">=", text=clause)
        return Bound(name, high=value, high_inclusive=op == "<=", text=clause)
    return None


def parse_directive(text: str) -> Directive:
    """Parse the text after ``output:`` in a directive comment."""
    settings: dict = {}
    bounds: list[Bound] = []
    for clause in (part.strip() for part in text.split(";")):
        if not clause:
            continue
        words = clause.split()
        if clause in ("exact", "any-order", "per-thread"):
            settings["order"] = clause
        elif match := _TOLERANCE_RE.match(clause):
            value = float(match["value"])
            key = "rel_tolerance" if match["pct"] else "abs_tolerance"
            settings[key] = value / 100 if match["pct"] else value
        elif (
            words[0] == "exit" and len(words) == 2 and re.fullmatch(r"-?\d+", words[1])
        ):
            settings["exit_code"] = int(words[1])
        elif words[0] == "raises" and len(words) == 2:
            settings["raises"] = words[1]
            settings["exit_code"] = 1
        elif (
            words[0] == "timeout" and len(words) == 2 and re.fullmatch(NUMBER, words[1])
        ):
            settings["timeout"] = float(words[1])
        elif clause == "stderr":
            settings["merge_stderr"] = True
        elif match := re.fullmatch(r"python\s*>=\s*(\d+)\.(\d+)", clause):
            settings["min_python"] = (int(match[1]), int(match[2]))
        elif bound := _parse_bound(clause):
            bounds.append(bound)
        else:
            raise DirectiveError(
                f"cannot read the clause {clause!r} of the directive "
                f"'<!-- output: {text.strip()} -->' (see docs/contributing.md)"
            )
    names = [bound.name for bound in bounds]
    if len(set(names)) != len(names):
        raise DirectiveError(f"a value is bounded twice in '{text.strip()}'")
    return Directive(bounds=tuple(bounds), text=text.strip() or "exact", **settings)
