"""What the search index holds, chosen rather than everything on the page.

The theme's search (Material's, lunr in a web worker) matches words, not
phrases: a query is a set of terms, each matched as a prefix (``lock*``). So a
section needs each of its words once, not its whole text; the whole text of
every page made a 468 KB index, the largest download of the home page, and
grows with every chapter. What goes in:

- the title of each section, as the theme writes it;
- the start of its prose, as written (the teaser a search result shows);
- every other word of its prose (headings, paragraphs, lists, tables,
  admonitions) and the identifiers of its code blocks (``Semaphore``,
  ``acquire``, ``ThreadPoolExecutor``; not the code itself), in an element
  the result hides, once a section; but a word used in many sections of a
  page only in the one that uses it most, and none in a Summary, which
  restates the page: words repeated in every section of a long page cost
  more than all the rest of the index;
- nothing of the examples' output blocks (``data-search-exclude``).

Words are split as the theme splits them (the ``separator`` of the search
plugin in mkdocs.yml); lunr's stop words, which it drops anyway, are left out.
"""

from __future__ import annotations

import html
import json
import keyword
import re
from collections import Counter
from pathlib import Path

# The Output tab of an example: a ```text block, not Python.
OUTPUT_BLOCK = re.compile(r'<div class="language-text highlight">')
PRE = re.compile(r"<pre>(.*?)</pre>", re.S)
TAG = re.compile(r"<[^>]+>")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TEASER = 120  # characters of prose kept as written, cut at a word
# lunr's English stop words (lunr.stopWordFilter): never indexed.
STOP_WORDS = frozenset(
    re.split(
        r"\s+",
        """a able about across after all almost also am among an and any are as at be
    because been but by can cannot could dear did do does either else ever every
    for from get got had has have he her hers him his how however i if in into is
    it its just least let like likely may me might most must my neither no nor not
    of off often on only or other our own rather said say says she should since so
    some than that the their them then there these they this tis to too twas us
    wants was we were what when where which while who whom why will with would yet
    you your""",
    )
)


def on_page_content(html_text: str, **kwargs) -> str:
    # The theme's indexer skips an element with this attribute, then removes
    # the attribute from the page.
    return OUTPUT_BLOCK.sub(
        '<div class="language-text highlight" data-search-exclude="">', html_text
    )


def identifiers(code: str) -> list[str]:
    names = IDENTIFIER.findall(html.unescape(TAG.sub("", code)))
    return [n for n in names if not keyword.iskeyword(n) and len(n) > 1]


def teaser(text: str) -> tuple[str, str]:
    """The start of a section's prose as HTML, cut at a word; and the rest, as text."""
    cut = 0
    for match in re.finditer(r"\s+", text):
        if match.start() > TEASER:
            break
        cut = match.start()
    else:
        cut = len(text)
    head = text[:cut]
    # Cut outside any element: close those left open.
    open_tags = []
    for tag in re.findall(r"<(/?)(\w+)>", head):
        if tag[0]:
            if open_tags and open_tags[-1] == tag[1]:
                open_tags.pop()
        else:
            open_tags.append(tag[1])
    if cut < len(text):
        head += " …"
    head += "".join(f"</{tag}>" for tag in reversed(open_tags))
    return head, text[cut:]


def candidate_words(text: str, separator: re.Pattern) -> tuple[str, dict]:
    """A section's teaser; and each other word of it, by its lower-case form:
    (the spelling first met, how often it is used)."""
    code_names = [name for code in PRE.findall(text) for name in identifiers(code)]
    prose = " ".join(PRE.sub(" ", text).split())
    head, rest = teaser(prose)
    in_teaser = {w.lower() for w in separator.split(html.unescape(TAG.sub(" ", head)))}
    words: dict[str, list] = {}  # in the order first met
    for word in [*separator.split(html.unescape(TAG.sub(" ", rest))), *code_names]:
        word = word.strip(".,;:!?'\"()[]{}`’“”")
        key = word.lower()
        if len(key) > 1 and key not in in_teaser and key not in STOP_WORDS:
            words.setdefault(key, [word, 0])[1] += 1
    return head, words


def compact_page(
    texts: list[str], separator: re.Pattern, titles: list[str] | None = None
) -> list[str]:
    """The searchable text of each section of one page: its teaser, then its
    other words once. A word used in many sections of the page (more than a
    sixth of them, and more than two) stays only in the section that uses
    it most; a Summary, which restates the page, keeps only its teaser."""
    sections = [candidate_words(text, separator) for text in texts]
    titles = titles or [""] * len(texts)
    sections_using = Counter(key for _, words in sections for key in words)
    common = max(2, len(sections) / 6)
    best: dict[str, tuple[int, int]] = {}  # word: (section, count)
    for number, (_, words) in enumerate(sections):
        for key, (_, count) in words.items():
            if key not in best or count > best[key][1]:
                best[key] = (number, count)
    compacted = []
    for number, ((head, words), title) in enumerate(zip(sections, titles, strict=True)):
        kept = [
            html.escape(spelling, quote=False)
            for key, (spelling, _) in words.items()
            if title != "Summary"
            and (sections_using[key] <= common or best[key][0] == number)
        ]
        # The theme shows a result's text as HTML: the words are there to be
        # found, not read.
        compacted.append(
            head + (f" <span hidden>{' '.join(kept)}</span>" if kept else "")
        )
    return compacted


def on_post_build(config, **kwargs) -> None:
    path = Path(config.site_dir) / "search/search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    pages: dict[str, list[dict]] = {}
    for entry in index["docs"]:
        pages.setdefault(entry["location"].split("#")[0], []).append(entry)
    for entries in pages.values():
        texts = compact_page(
            [entry["text"] for entry in entries],
            separator,
            [entry["title"] for entry in entries],
        )
        for entry, text in zip(entries, texts, strict=True):
            entry["text"] = text
    path.write_text(
        json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8"
    )
