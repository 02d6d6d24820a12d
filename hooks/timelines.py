"""The GIL chapter's timelines: when each of two threads ran, recorded at build time.

For each picture, hooks/record_timelines.py runs with one interpreter (the
Python that builds the site, which has the GIL, and the free-threaded CPython
with the GIL off and back on) and prints when each thread ran; this hook
draws that as a static SVG, with a title and a description for screen
readers, and publishes it in place of the committed copy under
docs/images/timelines/.

A picture whose figure contradicts the page (a free-threaded run in which the
threads never overlapped because the machine had no free core) is recorded
again, up to three times, and then published with a note that says so. A GIL
build whose threads overlapped would contradict the GIL itself: the build
fails.

The fast build (EXECUTE_NOTEBOOKS=false) records nothing and publishes the
committed copies, recorded by `python hooks/timelines.py` on a developer's
machine (the date and Python are written in each picture).
"""

from __future__ import annotations

import datetime
import html
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORDER = ROOT / "hooks/record_timelines.py"
COMMITTED = ROOT / "docs/images/timelines"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
FREE_THREADED = os.environ.get("FREE_THREADED_PYTHON") or str(
    CACHE / "threads-in-python-tested/cpython-3.13.15-freethreaded/bin/python3.13t"
)
# `make test` sets MEASUREMENT_ATTEMPTS=1 (its build runs beside other checks).
ATTEMPTS = int(os.environ.get("MEASUREMENT_ATTEMPTS", 3))
WINDOW = 0.06  # seconds of the run that a picture shows
LOOP = ("Python loop", "Python loop")
CPU = "two threads running a Python loop"
# name: (scenario, free-threaded?, PYTHON_GIL, what the two rows are, what it shows)
PICTURES = {
    "cpu-gil": ("cpu", False, None, LOOP, CPU),
    "cpu-free-threaded": ("cpu", True, "0", LOOP, CPU),
    "cpu-free-threaded-gil-on": ("cpu", True, "1", LOOP, CPU),
    "io-gil": (
        "io",
        False,
        None,
        ("wait, work", "wait, work"),
        "two threads that wait 4 ms, then work 1 ms in Python",
    ),
    "hashing-gil": (
        "hashing",
        False,
        None,
        ("hashlib", "Python loop"),
        "one thread hashing, one running a Python loop",
    ),
}
# Pictures that must show overlap to agree with the page, and those that must not.
OVERLAP_EXPECTED = {"cpu-free-threaded", "hashing-gil", "io-gil"}  # io: the waits
NO_OVERLAP = {"cpu-gil", "cpu-free-threaded-gil-on"}


def recording(name: str) -> dict | None:
    """Run the recorder for a picture; None when its interpreter is missing."""
    scenario, free_threaded, gil, _, _ = PICTURES[name]
    python = FREE_THREADED if free_threaded else sys.executable
    if not Path(python).is_file():
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    if gil is not None:
        env["PYTHON_GIL"] = gil
    for _ in range(ATTEMPTS):
        output = subprocess.run(
            [python, str(RECORDER), scenario],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        facts = json.loads(output)
        if name in NO_OVERLAP and facts["together"] > 0.05:
            raise RuntimeError(
                f"timeline {name}: threads of a GIL build ran together "
                f"{facts['together']:.2f} of the time; the GIL forbids it"
            )
        shown = facts["waited_together"] if facts["waits"] else facts["together"]
        if name not in OVERLAP_EXPECTED or shown >= 0.3:
            facts["note"] = ""
            return facts
    facts["note"] = (
        "The machine that built this page was too busy while recording: "
        + (
            "the threads spent more time waiting for a processor than sleeping."
            if facts["waits"]
            else "it had no free core, so the threads could not run at the same time."
        )
    )
    return facts


def description(name: str, facts: dict) -> str:
    _, _, gil, _, shows = PICTURES[name]
    build = f"Python {facts['python']}"
    if gil == "1":
        build += " with PYTHON_GIL=1"
    waits = ""
    if facts["waits"]:
        waits = (
            f" They waited at the same moment {facts['waited_together']:.2f} "
            "of the time (light bars)."
        )
    return (
        f"Timeline of {shows}, on {build}: the two threads ran at the same "
        f"moment {facts['together']:.2f} of the time (dark bars).{waits} "
        f"{facts['note']}"
    ).strip()


def svg(name: str, facts: dict, when: str) -> str:
    """Two rows of bars, one per thread, over WINDOW seconds of the run."""
    _, _, gil, rows, shows = PICTURES[name]
    records = facts["records"]
    start = max(record[0][0] for record in records) + 0.05
    width, left, right, row_height = 480, 100, 20, 34  # a phone shows it at 2/3
    scale = (width - left - right) / WINDOW
    top = 74
    note = textwrap.wrap(facts["note"], 56)
    height = top + row_height * len(records) + 46 + 19 * len(note)
    build = f"Python {facts['python']}" + (" with PYTHON_GIL=1" if gil == "1" else "")
    waited = ""
    if facts["waits"]:
        waited = f", waited together {facts['waited_together']:.2f}"
    colours = ("#3f51b5", "#e65100")  # running
    light = ("#c5cae9", "#ffccbc")  # waiting (I/O)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        'role="img" aria-labelledby="title desc" font-size="14" '
        "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">",
        f'<title id="title">{html.escape(shows)}, {html.escape(build)}</title>',
        f'<desc id="desc">{html.escape(description(name, facts))}</desc>',
        f'<rect width="{width}" height="{height}" rx="8" fill="#fff"/>',
        f'<text x="12" y="22" font-size="16" fill="#111">{html.escape(build)}</text>',
        f'<text x="12" y="42" fill="#111">{html.escape(shows)}</text>',
        f'<text x="12" y="62" fill="#444">ran together {facts["together"]:.2f} '
        f"of the time{waited}; recorded {when}</text>",
    ]
    for index, record in enumerate(records):
        y = top + index * row_height
        parts.append(
            f'<text x="{left - 8}" y="{y + 20}" text-anchor="end" fill="#111">'
            f"{html.escape(rows[index])}</text>"
        )
        parts.append(
            f'<rect x="{left}" y="{y + 4}" width="{width - left - right}" '
            f'height="{row_height - 10}" fill="#f2f2f2"/>'
        )
        waits = facts["waits"][index] if facts["waits"] else []
        for stretches, colour in (waits, light[index]), (record, colours[index]):
            for begin, end in stretches:
                begin, end = max(begin, start), min(end, start + WINDOW)
                if end <= begin:
                    continue
                x = left + (begin - start) * scale
                bar = max((end - begin) * scale, 0.5)
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 4}" width="{bar:.1f}" '
                    f'height="{row_height - 10}" fill="{colour}"/>'
                )
    axis = top + row_height * len(records) + 4
    for millisecond in range(0, int(WINDOW * 1000) + 1, 10):
        x = left + millisecond / 1000 * scale
        parts.append(
            f'<line x1="{x:.1f}" y1="{axis - 4}" x2="{x:.1f}" y2="{axis + 2}" '
            'stroke="#555"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{axis + 16}" text-anchor="middle" fill="#444">'
            f"{millisecond} ms</text>"
        )
    for index, line in enumerate(note):
        parts.append(
            f'<text x="12" y="{axis + 38 + 19 * index}" fill="#b71c1c">'
            f"{html.escape(line)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def pictures() -> dict[str, str]:
    """Record and draw every picture whose interpreter is here: {name: svg}."""
    when = datetime.date.today().isoformat()
    drawn = {}
    for name in PICTURES:
        facts = recording(name)
        if facts is not None:
            drawn[name] = svg(name, facts, when)
    return drawn


DESCRIPTION = re.compile(r'<desc id="desc">(.*?)</desc>', re.S)
IMAGE = re.compile(r"!\[[^\]]*\]\((images/timelines/([\w-]+)\.svg)\)")
published: dict[str, str] = {}  # picture name: its description


def on_files(files, config, **kwargs):
    """A full build publishes fresh pictures in place of the committed ones."""
    fresh = {}
    if os.environ.get("EXECUTE_NOTEBOOKS", "true").lower() != "false":
        fresh = pictures()
    from mkdocs.structure.files import File

    for name in PICTURES:
        uri = f"images/timelines/{name}.svg"
        if name in fresh:
            if old := files.get_file_from_path(uri):
                files.remove(old)
            files.append(File.generated(config, uri, content=fresh[name]))
        content = fresh.get(name) or (COMMITTED / f"{name}.svg").read_text("utf-8")
        published[name] = html.unescape(DESCRIPTION.search(content)[1])
    return files


def on_page_markdown(markdown: str, **kwargs) -> str:
    """A timeline's alt text is the description of the picture published."""

    def alt(match: re.Match) -> str:
        text = published[match[2]].replace("[", "(").replace("]", ")")
        return f"![{text}]({match[1]})"

    return IMAGE.sub(alt, markdown)


if __name__ == "__main__":  # refresh the committed copies, for the fast build
    COMMITTED.mkdir(parents=True, exist_ok=True)
    for name, content in pictures().items():
        (COMMITTED / f"{name}.svg").write_text(content, encoding="utf-8")
        print(f"wrote {COMMITTED.relative_to(ROOT)}/{name}.svg")
