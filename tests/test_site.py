"""The pages, the examples and the built site agree with each other.

- every file under examples/ is shown on some page (no orphans);
- every include on a page points at a file that exists;
- the built site (site/, made by ``make build``) loads nothing from another host.
"""

from __future__ import annotations

import datetime
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from doccheck.pages import included_paths

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
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


# --- the built site ----------------------------------------------------------------

# Attributes through which a page makes the browser fetch something by itself.
FETCHING = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "iframe": ["src"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "link": ["href"],  # stylesheets, icons, preloads, manifests; not rel=canonical
}
NON_FETCHING_LINKS = {
    "canonical",
    "alternate",
    "author",
    "license",
    "me",
    "next",
    "prev",
}
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


class FetchFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if (
            tag == "link"
            and set((attributes.get("rel") or "").split()) <= NON_FETCHING_LINKS
        ):
            return
        for name in FETCHING.get(tag, []):
            for value in (attributes.get(name) or "").split(","):
                if value.strip():
                    self.fetched.append(value.strip().split()[0])
        style = attributes.get("style") or ""
        self.fetched += CSS_URL.findall(style)


def site_files(pattern: str) -> list[Path]:
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ has not been built: run `make build` (make test does) first")
    return sorted(SITE.rglob(pattern))


def test_site_pages_fetch_nothing_from_other_hosts():
    offending = []
    for page in site_files("*.html"):
        finder = FetchFinder()
        text = page.read_text(encoding="utf-8")
        finder.feed(text)
        finder.fetched += CSS_URL.findall(
            "".join(re.findall(r"<style.*?</style>", text, re.S))
        )
        offending += [
            f"{page.relative_to(SITE)}: {url}"
            for url in finder.fetched
            if EXTERNAL.match(url)
        ]
    assert not offending, "pages that load from another host:\n" + "\n".join(offending)


def test_site_stylesheets_fetch_nothing_from_other_hosts():
    offending = [
        f"{sheet.relative_to(SITE)}: {url}"
        for sheet in site_files("*.css")
        for url in CSS_URL.findall(sheet.read_text(encoding="utf-8"))
        if EXTERNAL.match(url)
    ]
    assert not offending, "stylesheets that load from another host:\n" + "\n".join(
        offending
    )


def test_the_fetch_finder_sees_external_resources():
    finder = FetchFinder()
    finder.feed(
        '<link rel="stylesheet" href="https://fonts.example/css">'
        '<link rel="canonical" href="https://guide.example/">'
        '<script src="//cdn.example/x.js"></script><img src="assets/local.png">'
    )
    assert [url for url in finder.fetched if EXTERNAL.match(url)] == [
        "https://fonts.example/css",
        "//cdn.example/x.js",
    ]


def test_gil_notebook_was_executed_by_this_build_with_both_builds():
    [page] = site_files("notebooks/gil_scaling/index.html")
    html = page.read_text(encoding="utf-8")
    built_on = datetime.date.fromtimestamp(page.stat().st_mtime).isoformat()
    assert "Measured on <strong>" in html and built_on in html, "no fresh measurement"
    assert html.count("data:image/png;base64,") >= 1, "the scaling plot is missing"
    for column in ("GIL (3.", "free-threaded (3.", "free-threaded, PYTHON_GIL=1"):
        assert f"<th>{column}" in html, f"the table has no column {column!r}"
