"""The directive comment that says how an output block is checked.

It is written on the line above the output block, inside the page source, and
does not show on the rendered site::

    <!-- output: per-thread; timeout 20 -->

Clauses are separated by ``;``:

``exact``
    The default: every line, in order.
``per-thread``
    Lines are grouped by their label, the text before the first ``:``; the
    order is checked within each group only.
``NAME >= 4``, ``NAME <= 1.1``, ``NAME > 0``, ``NAME < 2``, ``1 <= NAME <= 2``
    A measured value: the first number after ``NAME:`` in the output must lie
    within the bound; the page shows one run's value. A bound may name the
    physical limit it comes from, ``speedup >= 4.5 (limit 5)``, which
    ``--doccheck-bench`` prints beside the value.
``exit 3``
    The expected exit status (default 0); ``exit -2``: ended by signal 2
    (SIGINT), as ``subprocess`` reports it.
``timeout 20``
    Seconds before the example is stopped (default 10).
``stderr``
    The output block shows stderr too, interleaved as in a terminal. Without
    it, an example that writes anything to stderr fails.
``python >= 3.13``
    The example needs this Python or newer; on an older one it is skipped,
    and the page says which version it needs.
``posix-only``
    The example needs POSIX (signals, fork, ``os.kill``); elsewhere it is
    skipped with that reason.
``linux-only``
    The example needs Linux (it reads ``/proc``, say); elsewhere it is
    skipped with that reason.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

DEFAULT_TIMEOUT = 10.0
NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
FORMS = (
    "exact | per-thread | NAME >= N | NAME <= N | NAME > N | NAME < N | "
    "LOW <= NAME <= HIGH, each with an optional (limit N) | exit N | timeout N | "
    "stderr | python >= X.Y | posix-only | linux-only"
)

_RANGE_RE = re.compile(
    rf"^(?P<low>{NUMBER})\s*<=\s*(?P<name>[^<>=]+?)\s*<=\s*(?P<high>{NUMBER})$"
)
_LIMIT_RE = re.compile(rf"\s*\(limit\s+(?P<limit>{NUMBER})\)$")
_COMPARE_RE = re.compile(
    rf"^(?P<name>[^<>=]+?)\s*(?P<op>>=|<=|>|<)\s*(?P<value>{NUMBER})$"
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
    order: str = "exact"  # "exact" or "per-thread"
    bounds: tuple[Bound, ...] = field(default_factory=tuple)
    exit_code: int = 0
    timeout: float = DEFAULT_TIMEOUT
    merge_stderr: bool = False
    min_python: tuple[int, int] | None = None
    only_on: str | None = None  # "posix" or "linux": skipped elsewhere
    text: str = "exact"


def _parse_bound(clause: str) -> Bound | None:
    limit, text = None, clause
    if match := _LIMIT_RE.search(clause):
        limit = float(match["limit"])
        clause = clause[: match.start()]
    if match := _RANGE_RE.match(clause):
        bound = Bound(match["name"], float(match["low"]), float(match["high"]))
    elif match := _COMPARE_RE.match(clause):
        name, op, value = match["name"], match["op"], float(match["value"])
        if op.startswith(">"):
            bound = Bound(name, low=value, low_inclusive=op == ">=")
        else:
            bound = Bound(name, high=value, high_inclusive=op == "<=")
    else:
        return None
    if limit is not None and bound.low > limit:
        raise DirectiveError(
            f"the bound '{text}' can never hold: {bound.name} cannot exceed its "
            f"limit {limit:g}; lower the bound or correct the limit"
        )
    return dataclasses.replace(bound, text=clause, limit=limit)


def parse_directive(text: str) -> Directive:
    """Parse the text after ``output:`` in a directive comment."""
    settings: dict = {}
    bounds: list[Bound] = []
    for clause in (part.strip() for part in text.split(";")):
        if not clause:
            continue
        words = clause.split()
        if clause in ("exact", "per-thread"):
            settings["order"] = clause
        elif (
            len(words) == 2 and words[0] == "exit" and re.fullmatch(r"-?\d+", words[1])
        ):
            settings["exit_code"] = int(words[1])
        elif (
            words[0] == "timeout" and len(words) == 2 and re.fullmatch(NUMBER, words[1])
        ):
            settings["timeout"] = float(words[1])
        elif clause == "stderr":
            settings["merge_stderr"] = True
        elif clause in ("posix-only", "linux-only"):
            settings["only_on"] = clause.removesuffix("-only")
        elif match := re.fullmatch(r"python\s*>=\s*(\d+)\.(\d+)", clause):
            settings["min_python"] = (int(match[1]), int(match[2]))
        elif bound := _parse_bound(clause):
            bounds.append(bound)
        else:
            raise DirectiveError(
                f"cannot read the clause {clause!r} of "
                f"'<!-- output: {text.strip()} -->'; the clauses are: {FORMS} "
                "(see docs/contributing.md)"
            )
    for name in {bound.name for bound in bounds}:
        twice = [bound.text for bound in bounds if bound.name == name]
        if len(twice) > 1:
            raise DirectiveError(
                f"{name!r} is bounded twice in '{text.strip()}' "
                f"({' and '.join(twice)}): write one range, "
                f"'LOW <= {name} <= HIGH'"
            )
    return Directive(bounds=tuple(bounds), text=text.strip() or "exact", **settings)
