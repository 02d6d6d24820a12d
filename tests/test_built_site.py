"""What the built site (site/, made by `make build`) publishes, read without a browser.

- every internal link and anchor leads somewhere (sitecheck.links);
- every page has a description and Open Graph tags;
- every example is published beside the pages, for the download links;
- the 404 page and the sitemap exist.
"""

from __future__ import annotations

import re

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
