"""The pages and the examples agree with each other.

- every file under examples/ is shown on some page (no orphans);
- every include on a page points at a file that exists;
- the site's hooks (hooks/) do what they say on small inputs.

What the built site publishes is checked in test_built_site.py.
"""

from __future__ import annotations

import html
import importlib.util
import re
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


# The site's hooks, on small inputs (what they do to the built site is checked
# in test_built_site.py and tests/browser/).
HOOKS = ROOT / "hooks"


def hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_highlighted_code_keeps_its_text_with_fewer_spans():
    examples = hook("examples")
    code = (
        '<span class="n">lock</span><span class="o">=</span>'
        '<span class="n">threading</span><span class="o">.</span>'
        '<span class="n">Lock</span><span class="p">()</span>\n'
        '<span class="k">with</span><span class="w"> </span>'
        '<span class="k">not</span><span class="w"> </span>'
        '<span class="l l-Scalar">x</span><span class="gd">-</span>'
        '<span class="w"> </span><span class="gd">y</span>'
    )
    fewer = examples.fewer_spans(code)
    assert html.unescape(re.sub(r"<[^>]+>", "", fewer)) == html.unescape(
        re.sub(r"<[^>]+>", "", code)
    )
    assert fewer == (
        "lock=threading.Lock()\n"
        '<span class="k">with not </span>'  # one colour, whitespace joins it
        '<span class="l l-Scalar">x</span>'  # a class of several names
        '<span class="gd">-</span> <span class="gd">y</span>'  # a background
    )


def test_the_search_text_of_a_section_has_each_word_once():
    search = hook("search")
    separator = re.compile(r"[\s\-,:!=\[\]()\"`/]+|\.(?!\d)")
    text = (
        "<p>A <code>Semaphore(n)</code> holds a counter.</p>"
        "<pre><code>sem = threading.BoundedSemaphore(2)\nsem.acquire()</code></pre>"
        "<p>The counter starts at n; the semaphore blocks at zero.</p>"
    )
    search.TEASER = 35
    (compact,) = search.compact_page([text], separator)
    teaser, hidden = compact.split(" <span hidden>")
    assert teaser == "<p>A <code>Semaphore(n)</code> …</p>"  # cut, tags closed
    words = hidden.removesuffix("</span>").split()
    assert len(words) == len({w.lower() for w in words})
    assert {"holds", "counter", "starts", "zero", "BoundedSemaphore"} <= set(words)
    assert {"at", "the", "a"} & set(words) == set()  # lunr drops these anyway
    assert "=" not in hidden and "(" not in hidden  # identifiers, not the code


def test_a_word_common_on_a_page_is_searchable_where_it_is_used_most():
    search = hook("search")
    separator = re.compile(r"[\s\-,:!=\[\]()\"`/]+|\.(?!\d)")
    search.TEASER = 5
    texts = ["<p>Intro: lock barrier.</p>"] + [
        f"<p>Intro: lock and section{n}.</p>" for n in range(4)
    ]
    texts[2] = "<p>Intro: lock, lock and section1.</p>"
    sections = search.compact_page(texts, separator, ["A", "B", "C", "D", "Summary"])
    assert ["lock" in s for s in sections] == [False, False, True, False, False]
    assert "barrier" in sections[0]  # used in one section: kept there
    assert "section0" in sections[1]
    assert "<span hidden>" not in sections[4]  # a Summary keeps its teaser only


def test_notebook_css_keeps_what_the_page_uses():
    notebook_css = hook("notebook_css")
    css = (
        ".jupyter-wrapper{--jp-used:1px;--jp-via:var(--jp-used);--jp-unused:2px}"
        ".jupyter-wrapper .jp-Cell{margin:var(--jp-via)}"
        ".jupyter-wrapper .jp-Dialog{margin:var(--jp-unused)}"
        ".jp-Cell:not(.jp-mod-active),.jp-Toolbar{color:red}"
        "@media print{.jp-Dialog{display:none}.jp-Cell{display:block}}"
        "@keyframes fade{from{opacity:0}}@keyframes spin{from{opacity:1}}"
        ".jp-Cell .md-typeset__scrollwrap{animation:fade 1s}"
    )
    kept = notebook_css.reduce_css(css, {"jupyter-wrapper", "jp-Cell"}, set())
    assert kept == (
        ".jupyter-wrapper{--jp-used:1px;--jp-via:var(--jp-used)}"
        ".jupyter-wrapper .jp-Cell{margin:var(--jp-via)}"
        ".jp-Cell:not(.jp-mod-active){color:red}"
        "@media print{.jp-Cell{display:block}}"
        "@keyframes fade{from{opacity:0}}"
        ".jp-Cell .md-typeset__scrollwrap{animation:fade 1s}"
    )


def test_the_link_checker_finds_a_broken_link_and_a_missing_anchor(tmp_path):
    # A canary: a checker that reported nothing at all would pass on the site.
    from sitecheck.links import broken_links

    (tmp_path / "404.html").write_text('<link href="assets/stylesheets/main.css">')
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    (tmp_path / "assets/stylesheets/main.css").write_text("")
    (tmp_path / "locks").mkdir()
    (tmp_path / "locks/index.html").write_text('<h2 id="deadlock">Deadlock</h2>')
    (tmp_path / "index.html").write_text(
        '<a href="locks/#deadlock">fine</a> <a href="https://example.org/">away</a>'
        '<a href="locks/#livelock">no anchor</a> <a href="queues/">no page</a>'
        '<img src="assets/missing.png">'
    )
    assert broken_links(tmp_path) == [
        "index.html: locks/#livelock: no anchor #livelock",
        "index.html: queues/: no such file",
        "index.html: assets/missing.png: no such file",
    ]
