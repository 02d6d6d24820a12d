"""What the built site (site/, made by `make build`) publishes, read without a browser.

- every internal link and anchor leads somewhere (sitecheck.links);
- every page has a description and Open Graph tags;
- every example is published beside the pages, for the download links;
- the 404 page and the sitemap exist;
- no page or stylesheet loads anything from another host;
- the GIL notebook was executed by this build, with both CPython builds;
- the search index stays small (hooks/search.py), and highlighted code carries
  no span that draws nothing (hooks/examples.py);
- notebook pages carry only the notebook CSS they use, and every image has a
  width and a height, so that nothing moves when it loads (hooks/notebook_css.py);
- no stylesheet restyles the whole page when the colours switch
  (hooks/palette_css.py).
"""

from __future__ import annotations

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from sitecheck.links import broken_links
from sitecheck.server import ROOT, SITE

OPEN_GRAPH = ("og:type", "og:site_name", "og:title", "og:description")
META = re.compile(r'<meta (?:name|property)="([^"]+)" content="[^"]')


@pytest.fixture(scope="module")
def pages():
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ has not been built: run `make build` (make test does) first")
    return sorted(SITE.rglob("*.html"))


def test_every_internal_link_and_anchor_resolves(pages):
    broken = broken_links()
    assert not broken, "broken internal links:\n" + "\n".join(broken)


def test_every_page_has_a_description_and_open_graph_tags(pages):
    missing = []
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        names = set(META.findall(head))
        missing += [
            f"{page.relative_to(SITE)}: {name}"
            for name in ("description", *OPEN_GRAPH)
            if name not in names
        ]
    assert not missing, "pages without these tags:\n" + "\n".join(missing)


def test_every_example_is_published_for_download(pages):
    examples = sorted(p.relative_to(ROOT) for p in (ROOT / "examples").rglob("*.py"))
    assert examples
    missing = [str(example) for example in examples if not (SITE / example).is_file()]
    assert not missing, "not in site/: " + ", ".join(missing)


def test_the_404_page_and_the_sitemap_exist(pages):
    assert "404 - Not found" in (SITE / "404.html").read_text(encoding="utf-8")
    assert (SITE / "sitemap.xml").read_text(encoding="utf-8").startswith("<?xml")


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


def test_site_pages_fetch_nothing_from_other_hosts(pages):
    offending = []
    for page in pages:
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


def test_site_stylesheets_fetch_nothing_from_other_hosts(pages):
    offending = [
        f"{sheet.relative_to(SITE)}: {url}"
        for sheet in sorted(SITE.rglob("*.css"))
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


def test_gil_notebook_was_executed_by_this_build_with_both_builds(pages):
    page = SITE / "notebooks/gil_scaling/index.html"
    html = page.read_text(encoding="utf-8")
    built_on = datetime.date.fromtimestamp(page.stat().st_mtime).isoformat()
    assert "Measured on <strong>" in html and built_on in html, "no fresh measurement"
    assert html.count("data:image/svg+xml;base64,") >= 3, "the plots are missing"
    for column in ("GIL (3.", "free-threaded (3.", "free-threaded, PYTHON_GIL=1"):
        assert f"<th>{column}" in html, f"the table has no column {column!r}"


SEARCH_INDEX_LIMIT = 200_000  # bytes; it was 468 KB with every page's whole text


def test_the_search_index_is_small_and_holds_every_page(pages):
    index = SITE / "search/search_index.json"
    size = index.stat().st_size
    assert size <= SEARCH_INDEX_LIMIT, (
        f"search/search_index.json is {size:,} bytes, more than {SEARCH_INDEX_LIMIT:,}:"
        " see hooks/search.py for what goes in"
    )
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    indexed = {doc["location"].split("#")[0] for doc in docs}
    built = {
        page.parent.relative_to(SITE).as_posix().removeprefix(".") + "/"
        for page in pages
        if page.name == "index.html" and page.parent != SITE / "search"
    }
    missing = {page.removeprefix("/") for page in built} - indexed
    assert not missing, f"pages missing from the search index: {sorted(missing)}"


# Classes that hooks/examples.py unwraps: the theme gives them no colour of their own.
PLAIN = re.compile(r'<code[^>]*>(?:(?!</code>).)*?<span class="(n|p|o|w)">', re.S)


def test_highlighted_code_has_no_span_that_draws_nothing(pages):
    found = [
        f"{page.relative_to(SITE)}: {match[1]!r}"
        for page in pages
        for match in [PLAIN.search(page.read_text(encoding="utf-8"))]
        if match
    ]
    assert not found, "code spans hooks/examples.py should have merged:\n" + "\n".join(
        found
    )


NOTEBOOK_CSS_LIMIT = 40_000  # bytes of inline CSS; mkdocs-jupyter inlines 590 KB
STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


def test_notebook_pages_carry_only_the_css_they_use(pages):
    notebooks = [p for p in pages if '<div class="jupyter-wrapper">' in p.read_text()]
    assert notebooks, "no notebook page in site/"
    for page in notebooks:
        css = "".join(STYLE.findall(page.read_text(encoding="utf-8")))
        assert len(css) <= NOTEBOOK_CSS_LIMIT, (
            f"{page.relative_to(SITE)} has {len(css):,} bytes of inline CSS"
        )
        assert ".jp-Dialog" not in css, "JupyterLab's dialog rules are not used"


IMAGE = re.compile(r"<img\b[^>]*>")


def test_every_image_has_a_width_and_a_height(pages):
    unsized = [
        f"{page.relative_to(SITE)}: {tag[:80]}"
        for page in pages
        for tag in IMAGE.findall(page.read_text(encoding="utf-8"))
        if not (" width=" in tag and " height=" in tag)
    ]
    assert not unsized, "images that shift the page as they load:\n" + "\n".join(
        unsized
    )


def test_no_stylesheet_restyles_every_element_when_colours_switch(pages):
    # hooks/palette_css.py: the theme's script sets and removes the attribute
    # twice as every page starts.
    matching = [
        stylesheet.name
        for stylesheet in (SITE / "assets/stylesheets").glob("*.css")
        if "[data-md-color-switching]" in stylesheet.read_text(encoding="utf-8")
    ]
    assert matching == [], "a rule on [data-md-color-switching] came back"
