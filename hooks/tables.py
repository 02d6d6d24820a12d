"""Tables arrive wrapped as the theme's script would wrap them, so nothing moves.

The theme's script puts every table of a page in two elements of its own
(md-typeset__scrollwrap > md-typeset__table) so that a wide one scrolls
sideways. The script is deferred (overrides/main.html), so on a phone it often
runs after the first paint, and the wrapping, 16 px taller, pushed down
whatever followed a table in view: a layout shift. This hook writes the same
two elements into the page; the script still adds its own inside them, which
site.css keeps from adding any margin or padding.
"""

from __future__ import annotations

import re

TABLE = re.compile(r"<table>.*?</table>", re.S)


def on_page_content(html: str, **kwargs) -> str:
    return TABLE.sub(
        lambda m: (
            '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
            f"{m[0]}</div></div>"
        ),
        html,
    )
