"""Find the tested examples in a Markdown page.

A tested example is a fenced code block titled with the path of a file under
``examples/`` and holding only the snippets include of that file, followed by
the block that shows its output. Between the two there may be blank lines, a
content-tab header such as ``=== "Output"`` and one directive comment (see
:mod:`doccheck.directive`)::

    === "Code"

        ```python title="examples/creating_threads/01_target_args.py"
        --8<-- "examples/creating_threads/01_target_args.py"
        ```

    === "Output"

        <!-- output: per-thread -->
        ```text
        ...
        ```

Alternative output blocks may follow, each marked by its directive: a
``<!-- output[free-threaded]: ... -->`` block for the free-threaded build and
``<!-- output[3.13+]: ... -->`` blocks for Python 3.13 and newer (both builds).
A free-threaded interpreter is checked against the free-threaded block if
there is one; otherwise every interpreter is checked against the block with
the highest ``X.Y+`` not above its version, else against the default block.

Anything else is a page error, reported at its line: an include of an example
that is not in that shape (a code block with other lines, a title that names
another file), an example with no output block, and a directive that belongs
to no example. So no example drops out of testing in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .directive import Directive, DirectiveError, parse_directive

# A snippets include on a line of its own; ";--8<--" is an escaped one.
INCLUDE_RE = re.compile(r"^[ \t]*-+8<-+[ \t]+([\"'])(?P<path>[^\"']+)\1[ \t]*$")
FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
TAB_HEADER_RE = re.compile(r"^[ \t]*=== \"[^\"]*\"[ \t]*$")
DIRECTIVE_RE = re.compile(
    r"^[ \t]*<!--\s*output(?:\[(?P<label>[^\]]*)\])?:(?P<text>.*?)-->[ \t]*$"
)
# Anything that looks like a directive, to catch one the strict form misses.
LOOSE_DIRECTIVE_RE = re.compile(r"^[ \t]*<!--\s*output\b")
TITLE_RE = re.compile(r"\btitle=\"(?P<title>[^\"]*)\"")
VERSION_LABEL_RE = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)\+$")
LABELS = "output (the default), output[free-threaded], output[X.Y+] (output[3.13+])"


class PageError(Exception):
    """A page does not have the shape the harness needs; the message says where."""


@dataclass
class OutputBlock:
    """An output block, how to check it, and where its lines sit in the page."""

    label: str  # "" for the default block, "free-threaded" or "3.13+"
    directive: Directive
    expected: list[str]  # the block's lines, without indentation
    start: int  # character offsets of the block's content in the page
    end: int
    indent: str
    fence_end: int  # offset just after the closing fence

    @property
    def marker(self) -> str:
        """How the block's directive starts: ``output`` or ``output[LABEL]``."""
        return f"output[{self.label}]" if self.label else "output"


@dataclass
class ExampleBlock:
    """One example include on a page and the output block(s) that belong to it."""

    page: Path
    example: str  # path as written in the include, relative to the project root
    line: int  # 1-based line of the include's opening fence
    start: int  # character offsets in the page: the include's opening fence ...
    end: int  # ... to the end of its last output block
    outputs: dict[str, OutputBlock]  # by label; "" is the default block

    @property
    def location(self) -> str:
        return f"{self.page.as_posix()}:{self.line}"

    def output_for(self, version: tuple[int, int], free_threaded: bool) -> OutputBlock:
        """The block that a Python of this version and build is checked against."""
        if free_threaded and "free-threaded" in self.outputs:
            return self.outputs["free-threaded"]
        versions = [
            (version_of(label), label)
            for label in self.outputs
            if VERSION_LABEL_RE.match(label)
        ]
        applicable = [item for item in versions if item[0] <= tuple(version)]
        return self.outputs[max(applicable)[1] if applicable else ""]

    @property
    def min_python(self) -> tuple[int, int] | None:
        """The Python the example needs (``python >= X.Y`` on any of its blocks)."""
        versions = [o.directive.min_python for o in self.outputs.values()]
        return max(filter(None, versions), default=None)

    @property
    def only_on(self) -> str | None:
        """The system it needs (``posix-only``, ``linux-only`` on any block)."""
        systems = {o.directive.only_on for o in self.outputs.values()} - {None}
        return "linux" if "linux" in systems else next(iter(systems), None)

    @property
    def bounded(self) -> bool:
        """Whether any of its blocks bounds a measured value."""
        return any(o.directive.bounds for o in self.outputs.values())


def version_of(label: str) -> tuple[int, int]:
    match = VERSION_LABEL_RE.match(label)
    return int(match["major"]), int(match["minor"])


@dataclass
class _Fence:
    line: int  # 1-based line of the opening fence
    indent: str
    info: str  # what follows the opening fence: language, title
    marker: str  # the opening ``` or ~~~ (a closing fence is at least as long)
    start: int  # offsets: the opening fence, its content, the closing fence
    content_start: int
    content_end: int = -1
    end: int = -1  # just after the closing fence
    closed: bool = False
    raw: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """The content, without the fence's indentation."""
        indent = self.indent
        return [
            line[len(indent) :] if line.startswith(indent) else line.lstrip()
            for line in self.raw
        ]

    def closes(self, line: str) -> bool:
        text = line.strip()
        return set(text) == {self.marker[0]} and len(text) >= len(self.marker)


def _lines(text: str):
    """(1-based number, start offset, line without its newline) of each line."""
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        yield number, offset, line.rstrip("\r\n")
        offset += len(line)


def _tokens(text: str) -> list[tuple[str, int, object]]:
    """The page as (kind, line, value): fence, directive, blank, tab or text.

    Whatever is inside a fenced block is its content, not directives or
    includes of the page (the contributing page shows some in code blocks).
    """
    tokens, fence = [], None
    for number, offset, line in _lines(text):
        if fence is not None:
            if fence.closes(line):
                fence.content_end, fence.end, fence.closed = (
                    offset,
                    offset + len(line),
                    True,
                )
                fence = None
            else:
                fence.raw.append(line)
        elif match := FENCE_RE.match(line):
            fence = _Fence(
                number,
                match["indent"],
                match["info"].strip(),
                match["fence"],
                offset,
                offset + len(line) + 1,
            )
            tokens.append(("fence", number, fence))
        elif match := DIRECTIVE_RE.match(line):
            tokens.append(("directive", number, match))
        elif LOOSE_DIRECTIVE_RE.match(line):
            tokens.append(("bad-directive", number, line.strip()))
        elif not line.strip():
            tokens.append(("blank", number, None))
        elif TAB_HEADER_RE.match(line):
            tokens.append(("tab", number, None))
        else:
            tokens.append(("text", number, line))
    if fence is not None:  # never closed: it runs to the end of the page
        fence.content_end = fence.end = len(text)
    return tokens


def _example_path(fence: _Fence, where: str) -> str | None:
    """The example a code block includes, if any; a PageError if badly shaped."""
    includes = [m["path"] for line in fence.lines if (m := INCLUDE_RE.match(line))]
    examples = [path for path in includes if path.startswith("examples/")]
    if not examples:
        return None
    path = examples[0]
    if len(fence.lines) != 1:
        raise PageError(
            f"{where}: the code block that includes {path} holds other lines too, "
            "so it would not be tested; an example's code block must hold its "
            "include line and nothing else (put comments in the example file or "
            "in the prose)"
        )
    title = TITLE_RE.search(fence.info)
    if not title or title["title"] != path:
        found = f'title="{title["title"]}"' if title else "no title"
        raise PageError(
            f'{where}: the code block of {path} has {found}; give it title="{path}" '
            "(the download link on the site follows the title)"
        )
    return path


def _output(
    tokens, index: int, page: Path, example: str, where: str, first: bool
) -> tuple[int, OutputBlock] | None:
    """Read an output block at tokens[index:]; return (next index, block).

    Blank lines and tab headers before it are skipped. The first block may
    have no directive; an alternative one must start with its directive, and
    None is returned when there is none.
    """
    while index < len(tokens) and tokens[index][0] in ("blank", "tab"):
        index += 1
    directive = None
    if index < len(tokens) and tokens[index][0] == "directive":
        directive = tokens[index]
        index += 1
        while index < len(tokens) and tokens[index][0] == "blank":
            index += 1
    elif not first:
        return None
    if index >= len(tokens) or tokens[index][0] != "fence":
        found = (
            f"line {tokens[index][1]} holds something else"
            if index < len(tokens)
            else "the page ends"
        )
        raise PageError(
            f"{where}: example {example} must be followed by its output block; {found}"
        )
    fence: _Fence = tokens[index][2]
    if any(INCLUDE_RE.match(line) for line in fence.raw):
        raise PageError(
            f"{where}: example {example} must be followed by its output block; "
            f"line {fence.line} is another include"
        )
    if not fence.closed:
        raise PageError(f"{where}: the output block of {example} is never closed")
    label, text = "", ""
    if directive is not None:
        label, text = (directive[2]["label"] or "").strip(), directive[2]["text"]
        directive_where = f"{page.as_posix()}:{directive[1]}"
        if label not in ("", "free-threaded") and not VERSION_LABEL_RE.match(label):
            raise PageError(
                f"{directive_where}: unknown label [{label}] on the output block of "
                f"{example}; the labels are: {LABELS}"
            )
        if first and label:
            raise PageError(
                f"{directive_where}: the first output block of {example} must be the "
                f"default one, marked <!-- output: ... --> or unmarked, not "
                f"output[{label}]"
            )
        try:
            parsed = parse_directive(text)
        except DirectiveError as error:
            raise PageError(f"{directive_where}: {error}") from None
    else:
        parsed = parse_directive("")
    block = OutputBlock(
        label,
        parsed,
        fence.lines,
        fence.content_start,
        fence.content_end,
        fence.indent,
        fence.end,
    )
    return index + 1, block


def find_examples(text: str, page: Path) -> list[ExampleBlock]:
    """Return every tested example on a page, in order.

    Raises :class:`PageError`, naming the page's line, when an include of an
    example or a directive is not where the harness can check it.
    """
    tokens = _tokens(text)
    blocks, attached, index = [], set(), 0
    while index < len(tokens):
        kind, line, value = tokens[index]
        where = f"{page.as_posix()}:{line}"
        if kind == "bad-directive":
            raise PageError(
                f"{where}: cannot read the directive {value}; it is written "
                "<!-- output: CLAUSES --> or <!-- output[LABEL]: CLAUSES -->"
            )
        if kind == "text" and (include := INCLUDE_RE.match(value)):
            raise PageError(
                f"{where}: the include of {include['path']} is outside a code block, "
                "so it would not be tested; put it in a code block titled with its "
                "path, followed by its output block"
            )
        example = _example_path(value, where) if kind == "fence" else None
        if example is None:
            index += 1
            continue
        outputs: dict[str, OutputBlock] = {}
        first = True
        while found := _output(tokens, index + 1, page, example, where, first):
            attached.update(range(index + 1, found[0]))
            index, output = found[0] - 1, found[1]
            if output.label in outputs:
                raise PageError(
                    f"{where}: two {output.marker} output blocks for {example}"
                )
            outputs[output.label] = output
            first = False
        blocks.append(
            ExampleBlock(page, example, line, value.start, output.fence_end, outputs)
        )
        index += 1
    for number, (kind, line, _) in enumerate(tokens):
        if kind == "directive" and number not in attached:
            raise PageError(
                f"{page.as_posix()}:{line}: this output directive belongs to no "
                "example; put it on the line just above the output block that "
                'follows an example\'s code block (below the === "Output" tab header)'
            )
    return blocks


def included_paths(text: str) -> list[str]:
    """Every snippets include on a page, tested or not."""
    return [m["path"] for _, _, line in _lines(text) if (m := INCLUDE_RE.match(line))]
