"""The theme's colour stylesheet without its rule for the moment of switching.

When the theme's script starts, and whenever a reader switches between light
and dark, it sets ``data-md-color-switching`` on the body and removes it a
moment later. One rule of palette.css matches on it, for every element
(``[data-md-color-switching] *``: no transitions while the colours change), so
each set and each removal makes the browser restyle the whole page. On a phone
the two at start took a long chapter's main-thread work up by about a quarter
(make audit). Without the rule, the few colours with a transition (links, the
header) fade in a quarter of a second rather than changing at once, when the
reader switches, and on a first visit with the system in dark mode, when the
script switches the page it painted light (the theme's own behaviour).

The build fails if palette.css no longer holds the rule as written here: the
theme has changed, and this hook with it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)
# Left in its place, so that a rebuild (mkdocs serve), which copies the theme's
# files only when they changed, finds the stylesheet done.
REMOVED = "/* hooks/palette_css.py removed the rule for switching colours */"


def on_post_build(config, **kwargs) -> None:
    stylesheets = list(Path(config.site_dir).glob("assets/stylesheets/palette.*.css"))
    for stylesheet in stylesheets:
        css = stylesheet.read_text(encoding="utf-8")
        if RULE in css:
            stylesheet.write_text(css.replace(RULE, REMOVED), encoding="utf-8")
            return
        if REMOVED in css:
            return
    raise PluginError(
        f"hooks/palette_css.py: no {RULE!r} in {[str(s) for s in stylesheets]}:"
        " the theme's palette stylesheet changed; see the hook"
    )
