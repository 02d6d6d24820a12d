"""Fixtures of the browser tests: the built site on 127.0.0.1, one Chromium.

The tests read site/ as `make build` left it (`make test` builds first) and serve
it from a sub-path, /threads/, as a project site is published (and from
/slow/threads/, where the theme's script arrives late). They drive
Debian's chromium (CHROMIUM, /usr/bin/chromium by default), which `make test`
installs when it is missing: Playwright's own browser download cannot work here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from sitecheck.browser import DESKTOP, launch
from sitecheck.server import SITE, SLOW_SUBPATH, SUBPATH, base_path, serve


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The server's address, http://127.0.0.1:PORT, serving site/ at /, /threads/,
    the path the site was built for (its site_url's) and, with the theme's script
    late, /slow/threads/."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ has not been built: run `make build` (make test does) first")
    mounts = ("/", SUBPATH, base_path())
    with serve(SITE, mounts=mounts, late_mounts=(SLOW_SUBPATH,)) as address:
        yield address


@pytest.fixture(scope="session")
def site(server) -> str:
    """The site's home page, served from a sub-path."""
    return server + SUBPATH


@pytest.fixture(scope="session")
def slow_site(server) -> str:
    """The site's home page, from where the theme's script arrives 0.2 s late
    (and uncached), as on a slow network: a page is painted before it runs."""
    return server + SLOW_SUBPATH


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        try:
            browser = launch(playwright)
        except FileNotFoundError as error:
            pytest.fail(str(error))
        yield browser
        browser.close()


# Every layout shift of a page, as the browser reports them (Lighthouse's CLS):
# what moved, from where to where.
LAYOUT_SHIFTS = """
window.layoutShifts = [];
new PerformanceObserver(list => {
  for (const shift of list.getEntries())
    for (const source of shift.sources)
      window.layoutShifts.push(
        `${shift.value.toFixed(4)}: ${source.node?.nodeName} `
        + `"${(source.node?.textContent || "").trim().slice(0, 40)}" from `
        + `y=${source.previousRect.y} to y=${source.currentRect.y}`)
}).observe({ type: "layout-shift", buffered: true });
"""


@dataclass
class Tab:
    """A page, with the errors it logged and its requests to any other host."""

    page: Page
    host: str
    errors: list[str] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.page.on("console", self.on_console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self.on_request)

    def on_console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location['url']})")

    def on_request(self, request):
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob") and url.netloc != self.host:
            self.elsewhere.append(request.url)

    @property
    def origin(self) -> str:
        return f"http://{self.host}/"

    def problems(self) -> list[str]:
        return self.errors + [f"request to another host: {u}" for u in self.elsewhere]

    def reset(self) -> None:
        """Clear what a test could leave to the next one that takes this tab: its
        routes, the theme choice in localStorage, the clipboard, the page, the
        viewport, and the errors and requests seen (a new context would cost a
        core-second)."""
        self.page.unroute_all(behavior="ignoreErrors")
        if self.page.url.startswith(self.origin):
            self.page.evaluate(
                "localStorage.clear(); sessionStorage.clear();"
                " navigator.clipboard.writeText('')"
            )
        self.page.goto("about:blank")
        self.page.set_viewport_size(DESKTOP)
        self.errors.clear()
        self.elsewhere.clear()


def new_tab(browser: Browser, server: str) -> Iterator[Tab]:
    """A light-scheme desktop page, in a context of its own, that may use the
    clipboard."""
    context = browser.new_context(
        viewport=DESKTOP,
        color_scheme="light",
        permissions=["clipboard-read", "clipboard-write"],
    )
    # Headless Chromium on Linux has no share sheet; make sure of it.
    context.add_init_script("delete Navigator.prototype.share")
    context.add_init_script(LAYOUT_SHIFTS)
    context.set_default_timeout(5000)
    yield Tab(context.new_page(), urlsplit(server).netloc)
    context.close()


@pytest.fixture(scope="session")
def shared_tab(browser, server) -> Iterator[Tab]:
    """The tab that tests take turns with (see tab)."""
    yield from new_tab(browser, server)


@pytest.fixture
def tab(shared_tab) -> Iterator[Tab]:
    """A tab on the guide's server, as new for each test (see Tab.reset)."""
    yield shared_tab
    shared_tab.reset()


@pytest.fixture(scope="module")
def reader(browser, server) -> Iterator[Tab]:
    """One tab that visits page after page, as a reader does (with a warm cache)."""
    yield from new_tab(browser, server)


@pytest.fixture(scope="module")
def tab_on(browser):
    """Make a tab for a server other than the guide's, for the tests of a module to
    take turns with: tab_on("http://127.0.0.1:N/"); reset() it after each test."""
    opened = []

    def make(address: str) -> Tab:
        tabs = new_tab(browser, address)
        opened.append(tabs)
        return next(tabs)

    yield make
    for tabs in opened:
        next(tabs, None)  # closes its context
