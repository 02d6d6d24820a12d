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
TAB_SET = re.compile(r'(<div class="tabbed-set tabbed-alternate") data-tabs="\d+:\d+"')


def download_link(match: re.Match, page_url: str) -> str:
    path = html.unescape(match[1])
    href = html.escape(get_relative_url(path, page_url))
    label = html.escape(f"Download {path}")
    title = match[1].replace("/", "/<wbr>")  # on a phone, break lines after a /
    return (
        f'<span class="filename"><a class="md-download md-icon" href="{href}" '
        f'download title="{label}" aria-label="{label}">{ICON}</a>{title}</span>'
    )


def on_page_content(html_text: str, page, **kwargs) -> str:
    html_text = TAB_SET.sub(r"\1", html_text)
    html_text = CODE_BLOCK.sub(r'<pre\1><span></span><code tabindex="0">', html_text)
    return TITLE.sub(lambda match: download_link(match, page.url), html_text)


def on_post_build(config, **kwargs) -> None:
    target = Path(config.site_dir) / "examples"
    for source in EXAMPLES.rglob("*.py"):
        destination = target / source.relative_to(EXAMPLES)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
