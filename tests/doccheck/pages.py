"""Find the tested examples in a Markdown page.

A tested example is a fenced code block whose only line is a snippets include
of a file under ``examples/``, followed by the block that shows its output.
Between the two there may be blank lines, a content-tab header such as
``=== "Output"`` and one directive comment (see :mod:`doccheck.directive`)::

    === "Code"

        ```python title="examples/creating_threads/01_target_args.py"
        --8<-- "examples/creating_threads/01_target_args.py"
        ```

    === "Output"

        <!-- output: any-order -->
        ```text
        ...
        ```

An example whose output differs on the free-threaded build may follow it with
a second output block for that build, marked ``<!-- output[free-threaded]: ... -->``
(its directive may be empty); that build is then checked against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .directive import Directive, DirectiveError, parse_directive

INCLUDE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*py(?:thon)?\b[^\n]*\n"
    r"(?P=indent)--8<--[ \t]+\"(?P<path>[^\"]+)\"[ \t]*\n"
    r"(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
# Any snippets include, tested or not: used to find orphans and bad paths.
ANY_INCLUDE_RE = re.compile(r"(?<!;)--8<--[ \t]+\"(?P<path>[^\"]+)\"")
TAB_HEADER_RE = re.compile(r"^[ \t]*=== \"[^\"]*\"[ \t]*$")
DIRECTIVE_RE = re.compile(
    r"^[ \t]*<!--\s*output(?:\[(?P<build>[\w-]+)\])?:(?P<text>.*?)-->[ \t]*$"
)
# Builds an output block can be written for, besides the default one.
BUILDS = ("free-threaded",)
FENCE_OPEN_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[^\n]*$")


class PageError(Exception):
    """A page does not have the shape the harness needs; the message says where."""


@dataclass
class OutputBlock:
    """An output block, how to check it, and where its lines sit in the page."""

    directive: Directive
    expected: list[str]  # the block's lines, without indentation
    start: int  # character offsets of the block's content in the page
    end: int
    indent: str
    fence_end: int  # offset just after the closing fence


@dataclass
class ExampleBlock:
    """One example include on a page and the output block(s) that belong to it."""

    page: Path
    example: str  # path as written in the include, relative to the project root
    line: int  # 1-based line of the include's opening fence
    start: int  # character offsets in the page: the include's opening fence ...
    end: int  # ... to the end of its last output block
    outputs: dict[str, OutputBlock]  # "default", and maybe "free-threaded"

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"

    def output_for(self, build: str) -> OutputBlock:
        """The block that the given build is checked against."""
        return self.outputs.get(build, self.outputs["default"])

    @property
    def min_python(self) -> tuple[int, int] | None:
        """The Python the example needs (``python >= X.Y`` on any of its blocks)."""
        versions = [o.directive.min_python for o in self.outputs.values()]
        return max(filter(None, versions), default=None)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _next_line(text: str, position: int) -> tuple[str, int]:
    end = text.find("\n", position)
    end = len(text) if end == -1 else end
    return text[position:end], end + 1


def _read_output(
    text: str, position: int, where: str, example: str, required: bool
) -> tuple[str, OutputBlock] | None:
    """Read the (build, output block) starting at or after ``position``.

    Skips blank lines and tab headers. Returns None when no block follows and
    none is ``required``.
    """
    build, directive_text = "default", None
    while position < len(text):
        current, after = _next_line(text, position)
        if current.strip() == "" or TAB_HEADER_RE.match(current):
            position = after
            continue
        directive_match = DIRECTIVE_RE.match(current)
        if directive_match and directive_text is None:
            build = directive_match["build"] or "default"
            if build != "default" and build not in BUILDS:
                raise PageError(
                    f"{where}: unknown build {build!r} in {current.strip()}"
                )
            directive_text = directive_match["text"]
            position = after
            continue
        break
    else:
        current, after = "", position
    if not required and directive_text is None:
        return None  # an alternative block must be marked by its directive
    fence_match = FENCE_OPEN_RE.match(current)
    if not fence_match:
        found = f"found {current.strip()!r} instead" if current else "the page ends"
        raise PageError(
            f"{where}: example {example} must be followed by its output block; {found}"
        )
    indent, fence = fence_match["indent"], fence_match["fence"]
    close_re = re.compile(rf"^{re.escape(indent)}{re.escape(fence)}[ \t]*$", re.M)
    close = close_re.search(text, after)
    if not close:
        raise PageError(f"{where}: the output block of {example} is never closed")
    expected = [
        line[len(indent) :] if line.startswith(indent) else line.lstrip()
        for line in text[after : close.start()].splitlines()
    ]
    try:
        directive = parse_directive(directive_text or "")
    except DirectiveError as error:
        raise PageError(f"{where}: {error}") from None
    block = OutputBlock(directive, expected, after, close.start(), indent, close.end())
    return build, block


def find_examples(text: str, page: Path) -> list[ExampleBlock]:
    """Return every tested example on a page, in order.

    Raises :class:`PageError` when an include has no output block after it,
    or when a directive cannot be parsed.
    """
    blocks = []
    for match in INCLUDE_RE.finditer(text):
        line = _line_of(text, match.start())
        where, example = f"{page}:{line}", match["path"]
        build, output = _read_output(text, match.end() + 1, where, example, True)
        if build != "default":
            raise PageError(
                f"{where}: the first output block of {example} must be "
                "the default one, marked <!-- output: ... --> or unmarked"
            )
        outputs = {build: output}
        while alternative := _read_output(
            text, output.fence_end + 1, where, example, False
        ):
            build, output = alternative
            if build in outputs:
                raise PageError(f"{where}: two {build} output blocks for {example}")
            outputs[build] = output
        blocks.append(
            ExampleBlock(page, example, line, match.start(), output.fence_end, outputs)
        )
    return blocks


def included_paths(text: str) -> list[str]:
    """Every snippets include on a page, tested or not."""
    return [match["path"] for match in ANY_INCLUDE_RE.finditer(text)]
