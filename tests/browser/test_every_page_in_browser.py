"""Every page of the built site, served from a sub-path, in a real browser.

Each loads with no error and nothing from another host, and fits a phone's width.
"""

from __future__ import annotations

import pytest
from sitecheck.browser import DESKTOP, PHONE
from sitecheck.server import SITE

# One worker runs them all, with one browser, beside test_site_in_browser.py.
pytestmark = pytest.mark.xdist_group("browser-pages")

PAGES = sorted(
    page.parent.relative_to(SITE).as_posix().removeprefix(".") + "/"
    for page in SITE.rglob("index.html")
    if page.parent != SITE / "search"
) or ["site-not-built/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_fits_a_phone(reader, site, path):
    reader.page.set_viewport_size(DESKTOP)
    reader.errors.clear()
    reader.elsewhere.clear()
    response = reader.page.goto(site + path.lstrip("/"))
    assert response.status == 200
    assert not reader.problems()
    reader.page.set_viewport_size(PHONE)
    widths = reader.page.evaluate(
        "[document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert widths[0] <= widths[1], f"scrolls sideways at {PHONE}: {widths}"
