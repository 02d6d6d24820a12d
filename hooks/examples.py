"""Publish the examples beside the pages, with a download link on each code block.

- on_page_content: a code block titled ``examples/<dir>/<name>.py`` gets a link
  to the raw file, relative to the page, so it works at any depth and under
  any sub-path the site is served from;
- on_page_content: the Code / Output tab sets lose their ``data-tabs``
  attribute, so that the theme's script leaves them alone: it measures every
  tab set while the page loads (two forced layouts of the whole page each),
  which on a long chapter cost more main-thread time than anything else.
  Tabs are radio buttons and labels and work without it; site.css underlines
  the chosen tab;
- on_page_content: a Code / Output tab set at the top level of a page is
  given the number of lines of its code and the length of its title, from
  which site.css estimates its height: the browser then skips laying out and
  styling the tab sets out of view (``content-visibility: auto``) yet knows
  how long the page is: the scroll bar, and the table of contents' marking of
  the section in view, stay right. On a phone this took nearly half the
  styling and layout off the loading of a long chapter, which the theme's
  script repeats several times as it starts;
- on_page_content: highlighted code carries one span per run of text of one
  colour, not one per token: names (the theme draws them in the text's own
  colour), operators, punctuation and whitespace lose their spans, and
  neighbouring tokens of one colour share one. A chapter had 2,670 spans,
  most of the work a phone does to lay it out; the text, and so what the copy
  button copies, is unchanged;
- on_page_content: every code block can take the keyboard focus, so that one
  wider than the page can be scrolled with the arrow keys. The theme does
  this itself for the blocks that scroll, but only once a block has come into
  view (``content.lazy``), and drops it again from those that do not scroll;
- on_post_build: every ``examples/**/*.py`` is copied to ``site/examples/``.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import material
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ICON = (
    Path(material.__file__).parent / "templates/.icons/material/download.svg"
).read_text(encoding="utf-8")
TITLE = re.compile(r'<span class="filename">(examples/[\w/.-]+\.py)</span>')
CODE_BLOCK = re.compile(r"<pre([^>]*)><span></span><code>")
CODE = re.compile(r"(<pre[^>]*><span></span><code[^>]*>)(.*?)(</code></pre>)", re.S)
TOKEN = re.compile(r'<span class="([\w -]+)">([^<]*)</span>|([^<]+)')
# The colour Material 9.8.1's stylesheet gives each Pygments class, by the name
# of its variable (.highlight .o, .highlight .ow {color: var(--md-code-hl-
# operator-color)} ...). A class missing here has no colour of its own (.n,
# .kc: the text's colour; .w, .sa, .fm...: no rule at all) and needs no span.
# Operators and punctuation (.o, .p: a third of a chapter's tokens, between
# names) are drawn in the text's colour too, not the theme's grey; operator
# words (.ow: in, not, is) keep it.
COLOURS = {
    "operator": "ow",
    "string": "cpf l s s1 s2 sb sc si ss",
    "special": "cp se sh sr sx",
    "number": "il m mb mf mh mi mo",
    "keyword": "k kd kn kp kr kt nd ni nl nt",
    "constant": "bp nb no",
    "function": "nc ne nf nn",
    "comment": "c c1 ch cm cs sd",
    "variable": "na nv vc vg vi",
    "generic": "ge gh go gp gr gs gt gu",
    "deleted": "gd",  # these two have a background as well
    "inserted": "gi",
}
BACKGROUND = ("deleted", "inserted")
COLOUR = {name: colour for colour, names in COLOURS.items() for name in names.split()}
TAB_SET = re.compile(r'(<div class="tabbed-set tabbed-alternate") data-tabs="\d+:\d+"')
# A tab set whose first tab is an example, up to the end of its code.
EXAMPLE_TABS = re.compile(
    r'<div class="tabbed-set tabbed-alternate"(?=>(?:(?!</div>).)*</div>\n'
    r'<div class="tabbed-content">\n<div class="tabbed-block">\n'
    r'<div class="language-\w+ highlight"><span class="filename">([^<]*)</span>'
    r"<pre[^>]*>(.*?)</pre>)",
    re.S,
)
TAG = re.compile(r"<[^>]+>")


def download_link(match: re.Match, page_url: str) -> str:
    path = html.unescape(match[1])
    href = html.escape(get_relative_url(path, page_url))
    label = html.escape(f"Download {path}")
    title = match[1].replace("/", "/<wbr>")  # on a phone, break lines after a /
    return (
        f'<span class="filename"><a class="md-download md-icon" href="{href}" '
        f'download title="{label}" aria-label="{label}">{ICON}</a>{title}</span>'
    )


def fewer_spans(code: str) -> str:
    """The same highlighted code with one span per run of one colour."""
    runs: list[list[str | None]] = []  # [colour or None, class, text]
    for name, text, plain in TOKEN.findall(code):
        # A span may have several classes ("l l-Scalar"): the theme's rule
        # for any of them applies.
        colour = next((COLOUR[c] for c in name.split() if c in COLOUR), None)
        text = text or plain
        if runs and runs[-1][0] == colour:
            runs[-1][2] += text
        elif runs and runs[-1][0] not in BACKGROUND and not text.strip():
            runs[-1][2] += text  # whitespace shows no colour: it joins any run
        else:
            runs.append([colour, name, text])
    return "".join(
        f'<span class="{name}">{text}</span>' if colour else text
        for colour, name, text in runs
    )


def highlighted(match: re.Match) -> str:
    start, code, end = match.groups()
    if "".join(m[0] for m in TOKEN.finditer(code)) != code:
        return match[0]  # markup other than flat spans (highlighted lines...)
    return start + fewer_spans(code) + end


def with_size(match: re.Match) -> str:
    """The tab set's opening tag with what site.css needs to estimate its height."""
    title, code = match.groups()
    lines = html.unescape(TAG.sub("", code)).rstrip("\n").count("\n") + 1
    chars = len(html.unescape(title))
    return f'{match[0]} style="--code-lines: {lines}; --title-chars: {chars}"'


def on_page_content(html_text: str, page, **kwargs) -> str:
    html_text = CODE.sub(highlighted, html_text)
    html_text = TAB_SET.sub(r"\1", html_text)
    html_text = EXAMPLE_TABS.sub(with_size, html_text)
    html_text = CODE_BLOCK.sub(r'<pre\1><span></span><code tabindex="0">', html_text)
    return TITLE.sub(lambda match: download_link(match, page.url), html_text)


def on_post_build(config, **kwargs) -> None:
    target = Path(config.site_dir) / "examples"
    for source in EXAMPLES.rglob("*.py"):
        destination = target / source.relative_to(EXAMPLES)
        if (
            destination.is_file()
            and destination.stat().st_mtime == source.stat().st_mtime
        ):
            continue  # copied by an earlier build (mkdocs serve)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
