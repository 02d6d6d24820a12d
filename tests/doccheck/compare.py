"""Compare what an example printed with the output block on its page."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .directive import Directive

# A number in output, units allowed after it ("4.8x", "0.25s"); not the digits
# inside a word ("x86_64") or a version ("3.11.7").
OUTPUT_NUMBER_RE = re.compile(
    r"(?<![\w.])-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\d.])"
)


def normalize(text: str) -> list[str]:
    """Lines without trailing spaces and without trailing blank lines."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def label(line: str) -> str | None:
    """The text before the first colon, which names a thread or a value."""
    head, colon, _ = line.partition(":")
    return head.strip() if colon else None


def _split(line: str) -> tuple[list[str], list[float], int]:
    """Text between numbers, the numbers, and where the numbers after ':' start."""
    texts, numbers, position = [], [], 0
    colon = line.find(":")
    first_after_colon = -1
    for match in OUTPUT_NUMBER_RE.finditer(line):
        texts.append(line[position : match.start()])
        if first_after_colon < 0 and colon >= 0 and match.start() > colon:
            first_after_colon = len(numbers)
        numbers.append(float(match.group()))
        position = match.end()
    texts.append(line[position:])
    return texts, numbers, first_after_colon


class Matcher:
    """Decides whether one printed line matches one line on the page."""

    def __init__(self, directive: Directive):
        self.directive = directive
        self.bounded = {bound.name for bound in directive.bounds}

    def __call__(self, expected: str, actual: str) -> bool:
        if expected == actual:
            return True
        if label(actual) not in self.bounded:
            return False
        exp_texts, exp_numbers, _ = _split(expected)
        act_texts, act_numbers, measured = _split(actual)
        # The measured value may differ; the text and other numbers may not.
        return exp_texts == act_texts and all(
            index == measured or exp == act
            for index, (exp, act) in enumerate(
                zip(exp_numbers, act_numbers, strict=True)
            )
        )


def _diff(expected: list[str], actual: list[str], matches: Matcher) -> list[str]:
    """Each line, marked "- " (only on the page), "+ " (only printed) or "  "."""
    loose = bool(matches.bounded)

    def keys(lines):
        return [OUTPUT_NUMBER_RE.sub("#", line) for line in lines] if loose else lines

    blocks = difflib.SequenceMatcher(None, keys(expected), keys(actual), autojunk=False)
    shown = []
    for tag, e1, e2, a1, a2 in blocks.get_opcodes():
        if tag == "equal":
            for page_line, printed in zip(expected[e1:e2], actual[a1:a2], strict=True):
                if matches(page_line, printed):
                    shown.append(f"  {printed}")
                else:
                    shown += [f"- {page_line}", f"+ {printed}"]
        else:
            shown += [f"- {line}" for line in expected[e1:e2]]
            shown += [f"+ {line}" for line in actual[a1:a2]]
    return shown


def _in_order(expected: list[str], actual: list[str], matches: Matcher) -> list[str]:
    if len(expected) == len(actual) and all(map(matches, expected, actual)):
        return []
    heading = "the output differs from the page (- on the page, + printed):"
    return [heading, *_diff(expected, actual, matches)]


def _per_thread(expected: list[str], actual: list[str], matches: Matcher) -> list[str]:
    def groups(lines):
        grouped = defaultdict(list)
        for line in lines:
            grouped[label(line) or ""].append(line)
        return grouped

    expected_groups, actual_groups = groups(expected), groups(actual)
    problems = []
    for name in sorted(set(expected_groups) | set(actual_groups)):
        differs = _in_order(expected_groups[name], actual_groups[name], matches)
        if differs:
            who = name or "(no label)"
            problems.append(f"the lines of {who!r} differ (- on the page, + printed):")
            problems += differs[1:]
    if problems:
        problems.insert(
            0, "the output differs from the page (order checked per thread):"
        )
    return problems


def measured_values(name: str, actual: list[str]) -> list[float]:
    """The first number after ``name:`` on each printed line labelled ``name``."""
    values = []
    for line in actual:
        if label(line) == name:
            _, numbers, measured = _split(line)
            if measured >= 0:
                values.append(numbers[measured])
    return values


def bound_problems(directive: Directive, actual: list[str]) -> list[str]:
    """Each bounded value that was not printed or lies outside its bound."""
    problems = []
    for bound in directive.bounds:
        values = measured_values(bound.name, actual)
        if not values:
            problems.append(
                f"no value {bound.name!r} was printed (a line '{bound.name}: <number>')"
            )
        problems += [
            f"{bound.name} = {value:g} is outside the bound {bound.text}"
            for value in values
            if not bound.holds(value)
        ]
    return problems


def compare_output(
    expected: list[str], actual: list[str], directive: Directive
) -> list[str]:
    """Return what differs, as lines for a message; empty when the output matches.

    A bounded value may differ from the page (its bound is checked by
    :func:`bound_problems`); everything else must match.
    """
    compare = {"exact": _in_order, "per-thread": _per_thread}
    return compare[directive.order](expected, actual, Matcher(directive))
