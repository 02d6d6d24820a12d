"""Opt-in comments (overrides/partials/comments.html), in a real browser.

The guide has comments off; these tests build a two-page site with the guide's
theme overrides and giscus settings in `extra.comments`, and answer the
requests to giscus.app with a local stand-in script, so nothing leaves the
machine. They show that a page asks nothing of giscus.app until the reader
presses "Show comments", that the widget's script is requested then, with the
page's settings, and that a page can turn comments off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Route, expect
from sitecheck.server import ROOT, serve

pytestmark = pytest.mark.xdist_group("browser-comments")  # a worker of its own

GISCUS = "https://giscus.app/client.js"
SETTINGS = {
    "repo": "example/threads",
    "repo_id": "R_stand_in",
    "category": "Comments",
    "category_id": "DIC_stand_in",
}
# The stand-in for giscus's client.js: it shows that it ran, and with which
# settings, by writing them into the page.
STAND_IN = """
const script = document.currentScript;
const frame = document.createElement("iframe");
frame.className = "giscus-frame";
frame.title = "comments (stand-in)";
frame.dataset.settings = JSON.stringify({ ...script.dataset });
script.after(frame);
"""
CONFIG = f"""
site_name: Comments test
docs_dir: docs
theme:
  name: material
  custom_dir: {ROOT / "overrides"}
  font: false
plugins: []
extra:
  comments: {json.dumps(SETTINGS)}
"""


@pytest.fixture(scope="module")
def comments_site(tmp_path_factory) -> Iterator[str]:
    """A two-page site with comments on, served on 127.0.0.1; its address."""
    folder = tmp_path_factory.mktemp("comments")
    (folder / "docs").mkdir()
    (folder / "docs/index.md").write_text("# With comments\n\nA page.\n")
    (folder / "docs/quiet.md").write_text(
        "---\ncomments: false\n---\n\n# Without comments\n\nA page.\n"
    )
    (folder / "mkdocs.yml").write_text(CONFIG)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--strict"],
        cwd=folder,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    with serve(folder / "site", mounts=("/",)) as address:
        yield address + "/"


@pytest.fixture(scope="module")
def comments_tab(tab_on, comments_site):
    """The tab that the comments tests take turns with, on the two-page site."""
    return tab_on(comments_site)


@pytest.fixture
def reader(comments_tab):
    """A tab whose requests to giscus.app get the stand-in."""
    comments_tab.served = []

    def stand_in(route: Route) -> None:
        comments_tab.served.append(route.request.url)
        route.fulfill(content_type="text/javascript", body=STAND_IN)

    comments_tab.page.route("https://giscus.app/**", stand_in)
    yield comments_tab
    comments_tab.reset()


def test_nothing_is_requested_from_giscus_before_the_reader_asks(reader, comments_site):
    reader.page.goto(comments_site, wait_until="networkidle")
    button = reader.page.get_by_role("button", name="Show comments")
    expect(button).to_be_visible()
    reader.page.wait_for_timeout(300)  # anything lazy has had its chance
    assert reader.elsewhere == []
    assert reader.page.locator("iframe, script[src*='giscus']").count() == 0


def test_the_widget_is_requested_after_the_click(reader, comments_site):
    reader.page.goto(comments_site, wait_until="networkidle")
    reader.page.get_by_role("button", name="Show comments").click()
    frame = reader.page.locator("iframe.giscus-frame")
    expect(frame).to_have_count(1)  # the stand-in ran
    assert reader.served == [GISCUS]
    assert reader.elsewhere == [GISCUS]
    settings = json.loads(frame.get_attribute("data-settings"))
    assert settings == {
        "repo": "example/threads",
        "repoId": "R_stand_in",
        "category": "Comments",
        "categoryId": "DIC_stand_in",
        "mapping": "pathname",
        "strict": "1",
        "reactionsEnabled": "1",
        "inputPosition": "top",
        "lang": "en",
        "loading": "lazy",
        "theme": "light",
    }
    expect(reader.page.get_by_role("button", name="Show comments")).to_have_count(0)
    assert not reader.errors


def test_a_page_can_turn_comments_off(reader, comments_site):
    reader.page.goto(comments_site + "quiet/", wait_until="networkidle")
    expect(reader.page.locator("h1")).to_have_text("Without comments")
    assert reader.page.locator("#__comments, .md-comments").count() == 0
    assert reader.elsewhere == []
