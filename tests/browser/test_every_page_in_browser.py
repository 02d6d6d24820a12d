"""Every page of the built site, served from a sub-path, in a real browser.

Each loads with no error, nothing from another host and nothing moving once
painted (layout shift), and fits a phone's width.
"""

from __future__ import annotations

import pytest
from sitecheck.browser import DESKTOP, PHONE
from sitecheck.server import SITE

PAGES = sorted(
    page.parent.relative_to(SITE).as_posix().removeprefix(".") + "/"
    for page in SITE.rglob("index.html")
    if page.parent != SITE / "search"
) or ["site-not-built/"]
# Two workers share the pages (make test runs pytest -n 4), each with one
# browser, beside the one that runs test_site_in_browser.py.
HALVES = [
    pytest.param(path, marks=pytest.mark.xdist_group(f"browser-pages-{i % 2}"))
    for i, path in enumerate(PAGES)
]


# From slow_site the theme's script arrives late: the page is painted before it
# runs, so whatever it moves shows as a layout shift. The server delays it, not a
# Playwright route, which would turn off the browser's cache for every file.
@pytest.mark.parametrize("path", HALVES)
def test_page_loads_cleanly_and_fits_a_phone(reader, slow_site, path):
    reader.page.set_viewport_size(DESKTOP)
    reader.errors.clear()
    reader.elsewhere.clear()
    response = reader.page.goto(slow_site + path.lstrip("/"))
    assert response.status == 200
    assert not reader.problems()
    assert reader.page.evaluate("window.layoutShifts") == []
    reader.page.set_viewport_size(PHONE)
    widths = reader.page.evaluate(
        "[document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert widths[0] <= widths[1], f"scrolls sideways at {PHONE}: {widths}"
