"""Notebook pages carry only the notebook CSS they use; their images keep their place.

mkdocs-jupyter puts JupyterLab's whole stylesheet inline in every notebook page:
about 590 KB of rules and a thousand custom properties, 79 % of the page's
bytes, parsed before the page is painted. This hook keeps, of the stylesheets
inside a notebook page's content:

- the rules with at least one selector whose classes and ids all occur in the
  page (classes inside :not(), :is(), :where() and :has() do not count; the
  theme's md-... classes, some of which its script adds, always do);
- the @media and @supports blocks that still hold a rule, the @keyframes that a
  kept rule names;
- the custom properties (--jp-...) that a kept declaration uses, directly or
  through another property.

It also gives every image in a notebook output its width and height, read from
the PNG itself, so that the page does not shift when it is decoded (Lighthouse's
layout shift). Its alt text is not set here: that is the notebook's to give.
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
from pathlib import Path

import tinycss2

# Reduced stylesheets, by a hash of what they were reduced from: parsing 590 KB
# of CSS takes longer than building a chapter.
CACHE = Path(__file__).resolve().parents[1] / ".cache/notebook-css"
WRAPPER = '<div class="jupyter-wrapper">'
ARTICLE = '<article class="md-content__inner md-typeset">'
STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.S)
CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
FUNCTIONAL = re.compile(r":(?:not|is|where|has|-webkit-any|-moz-any)\(")
NAMES = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")
VARIABLE = re.compile(r"var\(\s*(--[\w-]+)")
PNG = re.compile(r'<img ((?:(?!width=)[^>])*?src="data:image/png;base64,([\w+/=]+)")')


def without_functional_pseudo_classes(selector: str) -> str:
    """The selector with the arguments of :not(...), :is(...)... removed."""
    while match := FUNCTIONAL.search(selector):
        depth, end = 1, match.end()
        while depth and end < len(selector):
            depth += {"(": 1, ")": -1}.get(selector[end], 0)
            end += 1
        selector = selector[: match.start()] + selector[end:]
    return selector


def used(selector: str, classes: set[str], ids: set[str]) -> bool:
    for kind, name in NAMES.findall(without_functional_pseudo_classes(selector)):
        if kind == "." and name.startswith("md-"):
            continue  # the theme's script adds these (md-typeset__scrollwrap...)
        if name not in (classes if kind == "." else ids):
            return False
    return True


def split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    return [*parts, prelude[start:]]


def declarations(content) -> list[tuple[str, str]]:
    found = []
    for item in tinycss2.parse_declaration_list(content, True, True):
        if item.type == "declaration":
            value = tinycss2.serialize(item.value).strip()
            found.append((item.name, value + (" !important" if item.important else "")))
    return found


def purge(rules, classes: set[str], ids: set[str]) -> list[tuple]:
    """The rules used by the page: ("rule", selectors, declarations),
    ("block", "@media ...", [rules]) or ("at", "@keyframes name", "raw body")."""
    kept: list[tuple] = []
    for rule in rules:
        prelude = tinycss2.serialize(rule.prelude or []).strip()
        if rule.type == "qualified-rule":
            selectors = [
                s.strip() for s in split_selectors(prelude) if used(s, classes, ids)
            ]
            if selectors:
                kept.append(("rule", ",".join(selectors), declarations(rule.content)))
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports"):
            inner = tinycss2.parse_rule_list(rule.content or [], True, True)
            if body := purge(inner, classes, ids):
                kept.append(("block", f"@{rule.at_keyword} {prelude}", body))
        elif rule.type == "at-rule" and rule.content is not None:
            raw = tinycss2.serialize(rule.content)
            kept.append(("at", f"@{rule.at_keyword} {prelude}", raw))
    return kept


def all_declarations(kept) -> list[tuple[str, str]]:
    found = []
    for kind, _prelude, body in kept:
        if kind == "rule":
            found += body
        elif kind == "block":
            found += all_declarations(body)
    return found


def serialize(kept, variables: set[str], animations: set[str]) -> str:
    out = []
    for kind, prelude, body in kept:
        if kind == "rule":
            text = ";".join(
                f"{name}:{value}"
                for name, value in body
                if not name.startswith("--") or name in variables
            )
        elif kind == "block":
            text = serialize(body, variables, animations)
        elif "keyframes" in prelude and prelude.split()[-1] not in animations:
            text = ""
        else:
            text = body
        if text:
            out.append(f"{prelude}{{{text}}}")
    return "".join(out)


def reduce_css(css: str, classes: set[str], ids: set[str]) -> str:
    kept = purge(tinycss2.parse_stylesheet(css, True, True), classes, ids)
    found = all_declarations(kept)
    defined: dict[str, list[str]] = {}
    for name, value in found:
        if name.startswith("--"):
            defined.setdefault(name, []).append(value)
    # The custom properties an ordinary declaration uses, then those they use.
    variables: set[str] = set()
    todo = [
        variable
        for name, value in found
        if not name.startswith("--")
        for variable in VARIABLE.findall(value)
    ]
    while todo:
        if (name := todo.pop()) not in variables:
            variables.add(name)
            todo += [
                v for value in defined.get(name, []) for v in VARIABLE.findall(value)
            ]
    animations = {
        word
        for name, value in found
        if "animation" in name
        for word in re.findall(r"[\w-]+", value)
    }
    return serialize(kept, variables, animations)


def png_size(data: str) -> tuple[int, int]:
    header = base64.b64decode(data[:44])  # signature, IHDR length and type, size
    return struct.unpack(">II", header[16:24])


def sized(match: re.Match) -> str:
    width, height = png_size(match[2])
    return f'<img width="{width}" height="{height}" {match[1]}'


CODE = Path(__file__).read_text(encoding="utf-8")  # a change to this file: no cache


def on_post_page(output: str, page, **kwargs) -> str:
    if WRAPPER not in output:
        return output
    start = output.index(ARTICLE)  # the styles are in the page's content
    body = output[start:]
    css = "\n".join(STYLE.findall(body))
    html_only = STYLE.sub("", body)
    classes = {c for value in CLASS_ATTRIBUTE.findall(output) for c in value.split()}
    ids = set(ID_ATTRIBUTE.findall(output))
    key = hashlib.sha256(
        "\n".join([css, *sorted(classes), *sorted(ids), CODE]).encode()
    ).hexdigest()
    cached = CACHE / f"{key}.css"
    if cached.is_file():
        reduced = cached.read_text(encoding="utf-8")
    else:
        reduced = reduce_css(css, classes, ids)
        CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_text(reduced, encoding="utf-8")
    html_only = PNG.sub(sized, html_only)
    return output[:start] + f"<style>{reduced}</style>" + html_only
