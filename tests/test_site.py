"""The pages and the examples agree with each other.

- every file under examples/ is shown on some page (no orphans);
- every include on a page points at a file that exists.

What the built site publishes is checked in test_built_site.py.
"""

from __future__ import annotations

from pathlib import Path

from doccheck.pages import included_paths

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "docs").rglob("*.md"))


def includes_by_page() -> dict[str, set[str]]:
    return {
        str(page.relative_to(ROOT)): set(
            included_paths(page.read_text(encoding="utf-8"))
        )
        for page in PAGES
    }


def test_every_example_is_shown_on_a_page():
    shown = set().union(*includes_by_page().values())
    examples = {str(p.relative_to(ROOT)) for p in (ROOT / "examples").rglob("*.py")}
    orphans = sorted(examples - shown)
    assert not orphans, "examples not included on any page: " + ", ".join(orphans)


def test_every_include_exists():
    missing = [
        f"{page} includes {path}, which does not exist"
        for page, paths in includes_by_page().items()
        for path in sorted(paths)
        if not (ROOT / path).is_file()
    ]
    assert not missing, "\n".join(missing)
