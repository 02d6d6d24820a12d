"""Every internal link and anchor in the built site leads somewhere.

    python -m sitecheck.links          (exit status 1 if a link is broken)

A link is internal when it names no scheme and no host. Its target must be a
file of the site (a directory meaning its index.html), and its #fragment an id
or a name in that page.
"""

from __future__ import annotations

import posixpath
import sys
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .server import SITE, base_path

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src"}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.anchors.update(
            value for name in ("id", "name") if (value := attributes.get(name))
        )
        link = attributes.get(LINKING.get(tag, ""))
        if tag == "link" and "canonical" in (attributes.get("rel") or ""):
            return  # the published address, not a file of this build
        if link is not None:
            self.links.append(link)


@cache
def parse(page: Path) -> PageParser:
    parser = PageParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def target_of(page: Path, link: str, site: Path, base: str) -> Path | None:
    """The file a link points to, or None when it leaves the site."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if not path:
        return page
    if path.startswith("/"):
        if not path.startswith(base):
            return site / "__outside__" / path.lstrip("/")
        where = posixpath.normpath(path[len(base) :]) if path != base else "."
    else:
        here = page.parent.relative_to(site).as_posix()
        where = posixpath.normpath(posixpath.join(here, path))
    target = site / where
    return target / "index.html" if target.is_dir() else target


def broken_links(site: Path = SITE) -> list[str]:
    """One line per broken link or anchor: the page, the link and what is wrong."""
    base = base_path(site)
    broken = []
    for page in sorted(site.rglob("*.html")):
        for link in parse(page).links:
            target = target_of(page, link, site, base)
            if target is None:
                continue
            where = f"{page.relative_to(site)}: {link}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
                continue
            fragment = unquote(urlsplit(link).fragment)
            html = target.suffix == ".html"
            if fragment and html and fragment not in parse(target).anchors:
                broken.append(f"{where}: no anchor #{fragment}")
    return broken


def main() -> int:
    pages = list(SITE.rglob("*.html"))
    broken = broken_links()
    links = sum(len(parse(page).links) for page in pages)
    print(f"links: {links} in {len(pages)} pages, {len(broken)} broken")
    for line in broken:
        print("  " + line)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
