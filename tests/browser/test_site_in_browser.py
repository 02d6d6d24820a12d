"""The built site, served from a sub-path, in a real browser (Chromium).

Search, tabs, copy, download, theme toggle, share and the 404 page work; a
long page's tab sets out of view wait to be drawn, yet the page keeps its
length (test_every_page_in_browser.py loads every page).
"""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect
from sitecheck.browser import DESKTOP, PHONE
from sitecheck.server import ROOT, base_path

# One worker runs them all, with one browser (make test runs pytest -n 4);
# another runs test_every_page_in_browser.py beside it.
pytestmark = pytest.mark.xdist_group("browser")

FIRST_EXAMPLE = "examples/creating_threads/01_target_and_args.py"


def test_the_home_page_at_the_server_root(tab, server):
    tab.page.goto(server + "/", wait_until="networkidle")
    assert tab.page.title() == "Threads in Python, tested"
    assert not tab.problems()


def search(tab, site, query: str):
    """The results of a query typed into the search box, once the theme answers."""
    tab.page.goto(site, wait_until="networkidle")
    search = tab.page.get_by_role("search").get_by_placeholder("Search")
    results = tab.page.locator(".md-search-result__item")
    # Type as a reader does: the theme reacts to key presses, not to a value
    # set by script. It builds its index in a web worker and ignores a query
    # typed before the index is ready, and a repeated one: type again,
    # alternating the case, until the search answers (15 s at most).
    for attempt in range(15):
        search.click()
        search.fill("")
        search.press_sequentially(query if attempt % 2 == 0 else query.lower())
        with contextlib.suppress(PlaywrightTimeoutError):
            results.first.wait_for(timeout=1000)
            break
    return results


def test_search_finds_the_page_on_semaphores(tab, site):
    results = search(tab, site, "Semaphore")
    expect(results.first.locator("h1")).to_have_text("Coordinating threads")
    results.first.locator("a").first.click()
    tab.page.wait_for_url(site + "coordination/**")
    assert not tab.problems()


def found(results, section: str):
    """The words of the query that the result for a section lacks ("Missing: ...")."""
    page, anchor = section.split("#")  # the link is page/?h=query#anchor
    link = results.locator(f'a[href*="/{page}?h="][href$="#{anchor}"]')
    expect(link).to_have_count(1)
    return link.locator(".md-search-result__terms del").all_inner_texts()


def test_search_finds_a_section_by_an_api_name_in_its_code(tab, site):
    # threading.get_ident is written only in the example's code, not in the prose.
    results = search(tab, site, "get_ident")
    assert found(results, "debugging/#what-is-each-thread-doing-right-now") == []


def test_search_finds_a_section_by_a_phrase_of_its_prose(tab, site):
    # Words from the middle of the section, not from the start that results show.
    results = search(tab, site, "five open database connections")
    assert found(results, "coordination/#limiting-concurrency-with-semaphore") == []
    assert not tab.problems()


def underlined(label) -> bool:
    """Whether a tab's label shows the line that marks the chosen tab."""
    return label.evaluate(
        "label => { const style = getComputedStyle(label);"
        " return parseFloat(style.borderBottomWidth) > 0"
        " && style.borderBottomColor !== 'rgba(0, 0, 0, 0)' }"
    )


def test_tabs_switch_between_code_and_output(tab, site):
    tab.page.goto(site + "creating-threads/")
    tabs = tab.page.locator(".tabbed-set").first
    code, output = tabs.locator(".tabbed-block").all()
    code_label, output_label = tabs.locator(".tabbed-labels > label").all()
    assert code.is_visible() and not output.is_visible()
    assert underlined(code_label) and not underlined(output_label)
    output_label.click()
    assert output.is_visible() and not code.is_visible()
    assert "Good morning, Ada!" in output.inner_text()
    assert underlined(output_label) and not underlined(code_label)
    tab.page.keyboard.press("ArrowLeft")  # the focused radio button moves back
    assert code.is_visible() and underlined(code_label)


def test_copy_button_puts_the_code_on_the_clipboard(tab, site):
    tab.page.goto(site + "creating-threads/")
    block = tab.page.locator(".tabbed-block").first
    block.hover()
    button = block.get_by_title("Copy to clipboard")
    # In the title bar, not over the first line of code.
    assert (
        button.bounding_box()["y"] + button.bounding_box()["height"]
        <= (block.locator("pre > code").bounding_box()["y"])
    )
    button.click()
    copied = tab.page.evaluate("navigator.clipboard.readText()")
    assert copied == (ROOT / FIRST_EXAMPLE).read_text(encoding="utf-8").rstrip()


def test_download_link_gives_the_example_file(tab, site):
    tab.page.goto(site + "creating-threads/")
    with tab.page.expect_download() as download:
        tab.page.locator("a.md-download").first.click()
    assert download.value.suggested_filename == "01_target_and_args.py"
    downloaded = download.value.path().read_bytes()
    assert downloaded == (ROOT / FIRST_EXAMPLE).read_bytes()


def test_theme_toggles_and_is_remembered(tab, site):
    tab.page.goto(site + "locks/")
    body = tab.page.locator("body")
    toggle = tab.page.locator("form[data-md-component=palette] label:visible")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    tab.page.goto(site + "queues/")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    toggle.click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_share_without_a_share_sheet_copies_the_link(tab, site):
    tab.page.goto(site + "queues/")
    assert tab.page.evaluate("navigator.share") is None
    tab.page.get_by_role("button", name="Share this page").click()
    expect(tab.page.locator(".md-dialog")).to_have_text("Link copied to clipboard")
    assert tab.page.evaluate("navigator.clipboard.readText()") == site + "queues/"


def test_unknown_address_gets_the_404_page(tab, server):
    url = server + base_path() + "no/such/page/"
    response = tab.page.goto(url)
    assert response.status == 404
    assert tab.page.locator("h1").inner_text() == "404 - Not found"
    header = tab.page.locator(".md-header")  # styled: the stylesheets were found
    assert header.evaluate("e => getComputedStyle(e).position") == "sticky"
    assert tab.problems() == [
        "console: Failed to load resource: the server responded with a status of"
        f" 404 (Not Found) ({url})"
    ]
    tab.page.get_by_role("link", name="home page").click()
    assert tab.page.title() == "Threads in Python, tested"


def test_the_guide_itself_has_comments_off(tab, site):
    # test_comments.py shows the widget on a site of its own, with comments on.
    tab.page.goto(site + "locks/")
    assert tab.page.locator("#__comments, .md-comments").count() == 0


# The longest chapter, and how its Code / Output tab sets are told apart from
# any other (hooks/examples.py writes their size on them for site.css).
LONG_PAGE = "thread-safety/"
EXAMPLE_TAB_SETS = ".md-typeset > .tabbed-set[style*='--code-lines']"
# Two frames drawn from now.
NEXT_FRAMES = "new Promise(f => requestAnimationFrame(() => requestAnimationFrame(f)))"
# Each one's example, its height as site.css estimates it ("auto 512.3px"), and
# its height once drawn.
HEIGHTS = """sets => sets.map(set => {
  const estimate = getComputedStyle(set).containIntrinsicHeight.split(" ").pop();
  set.style.contentVisibility = "visible";
  const drawn = set.getBoundingClientRect().height;
  return [set.querySelector(".filename").textContent, parseFloat(estimate), drawn];
})"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_tab_sets_out_of_view_wait_to_be_drawn_at_their_height(tab, site, viewport):
    tab.page.set_viewport_size(viewport)
    tab.page.goto(site + LONG_PAGE)
    sets = tab.page.locator(EXAMPLE_TAB_SETS)
    assert sets.count() >= 15
    skipped = sets.evaluate_all(
        "sets => sets.filter(set => !set.querySelector('code')"
        ".checkVisibility({contentVisibilityAuto: true})).length"
    )
    assert skipped >= sets.count() - 2, "the tab sets out of view were drawn"
    # Estimated to the pixel, but on a phone, where a title's wrapping onto a
    # second line is guessed from its length: one line more or less.
    tolerance = 22 if viewport == PHONE else 1
    wrong = [
        f"{name}: estimated {estimate:.1f} px, drawn {height:.1f} px"
        for name, estimate, height in sets.evaluate_all(HEIGHTS)
        if abs(height - estimate) > tolerance
    ]
    assert wrong == [], "site.css's estimate of a tab set's height is out (see there)"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_link_to_the_last_section_of_a_long_page_lands_on_it(tab, site, viewport):
    # The tab sets above it are out of view, laid out at their estimated height;
    # the browser still lands on the heading (it did not when every block of
    # the page, headings too, waited to be drawn).
    tab.page.set_viewport_size(viewport)
    tab.page.goto(site + LONG_PAGE)
    headings = tab.page.locator(".md-typeset h2[id]")
    first, last = headings.evaluate_all("hs => [hs[0].id, hs[hs.length - 1].id]")
    tops = []
    for section in (first, last):
        tab.page.goto("about:blank")
        tab.page.goto(f"{site}{LONG_PAGE}#{section}")
        tab.page.evaluate(NEXT_FRAMES)  # the tab sets near it are drawn by then
        tops.append(tab.page.locator(f"#{section}").bounding_box()["y"])
    assert abs(tops[1] - tops[0]) <= 1, f"#{last} at y={tops[1]}, #{first} at {tops[0]}"
