"""Notebook pages: code cells that scroll sideways can be scrolled from the keyboard.

mkdocs-jupyter's code cells scroll when a line is wider than the page; like the
theme's own code blocks, they get tabindex="0" so that they can take the focus.
"""

from __future__ import annotations

CELL = '<div class="highlight-ipynb hl-python">'


def on_page_content(html: str, **kwargs) -> str:
    return html.replace(CELL, CELL.replace(">", ' tabindex="0">'))
