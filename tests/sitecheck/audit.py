"""Audit the built site: Lighthouse scores, accessibility, links, screenshots.

    python -m sitecheck.audit          (make audit; exit status 1 on a shortfall)

Serves site/ on 127.0.0.1 from a sub-path and, with Debian's Chromium:

- runs Lighthouse (installed by `make audit` into .audit/) on the home page and
  one chapter, as a desktop and as a phone (a slow 4G network and a CPU 4 times
  slower), five times each, and prints the median of each score against its
  target, with the range beside it. Lighthouse's own advice for its variance
  is the median of five runs: the phone's performance score moves by several
  points from run to run on a busy two-core machine;
- runs axe-core, Lighthouse's accessibility engine, on every page in the light
  and the dark scheme (Lighthouse sees only the light one);
- checks every internal link and anchor;
- saves screenshots of both pages, light and dark, phone and desktop, to
  audit/screenshots/, for a person to look at.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from . import links
from .browser import ARGS, CHROMIUM, DESKTOP, PHONE, launch
from .server import ROOT, SITE, SUBPATH, serve

AUDIT = ROOT / ".audit/node_modules"
SCREENSHOTS = ROOT / "audit/screenshots"
PAGES = {"home": "", "chapter": "creating-threads/"}
# The chapter's first example shows the tabs, the copy button and the download link.
SHOTS = {"home": "", "chapter": "creating-threads/#a-thread-runs-a-function"}
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
FORM_FACTORS = {"desktop": ["--preset=desktop"], "phone": []}
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", 5))
WCAG_AA = "{runOnly: ['wcag2a', 'wcag2aa']}"


def quote_value(flag: str) -> str:
    """--name="a value" for Lighthouse's --chrome-flags, which it splits on spaces."""
    name, _, value = flag.partition("=")
    return f'{name}="{value}"' if " " in value else flag


def lighthouse(url: str, options: list[str]) -> dict:
    """Lighthouse's report on one page, as a dictionary."""
    chrome_flags = " ".join(["--headless=new", *map(quote_value, ARGS)])
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                AUDIT / ".bin/lighthouse",
                url,
                *options,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(TARGETS)}",
                f"--chrome-flags={chrome_flags}",
            ],
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            check=True,
        )
        return json.loads(report.read_text(encoding="utf-8"))


def performance(report: dict) -> float:
    return report["categories"]["performance"]["score"]


def shortfalls(report: dict) -> list[str]:
    """The audits that cost a category points, one line each."""
    lines = []
    for name, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue", "")
                lines.append(f"{name}: {audit['id']} {audit['score']} {shown}")
    return lines


def scores(address: str) -> bool:
    """Print the median scores of each page and form factor; True if all on target."""
    on_target = True
    notes = []
    print(f"lighthouse: the median of {RUNS} runs, (lowest-highest)")
    for form, options in FORM_FACTORS.items():
        print(f"{form}".ljust(28) + "".join(c.rjust(16) for c in TARGETS))
        for path in PAGES.values():
            url = address + SUBPATH + path
            reports = [lighthouse(url, options) for _ in range(RUNS)]
            row = (SUBPATH + path).ljust(28)
            for name, target in TARGETS.items():
                runs = [round(r["categories"][name]["score"] * 100) for r in reports]
                score = statistics.median_low(runs)
                on_target &= score >= target
                spread = f" ({min(runs)}-{max(runs)})" if min(runs) < max(runs) else ""
                row += f"{score}{spread}".rjust(16)
            print(row)
            where = f"{form} {SUBPATH + path}"
            median_run = sorted(reports, key=performance)[(len(reports) - 1) // 2]
            notes += [f"  {where} {line}" for line in shortfalls(median_run)]
    targets = (f">= {target}" for target in TARGETS.values())
    print("target".ljust(28) + "".join(target.rjust(16) for target in targets))
    if notes:
        print("points lost:", *notes, sep="\n")
    return on_target


def accessibility(browser: Browser, address: str) -> list[str]:
    """axe-core's WCAG 2 A and AA violations on every page, light and dark."""
    axe = (AUDIT / "axe-core/axe.min.js").read_text(encoding="utf-8")
    pages = sorted(p.parent.relative_to(SITE) for p in SITE.rglob("index.html"))
    found = []
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        for path in pages:
            url = f"{address}{SUBPATH}{path.as_posix()}/".replace("/./", "/")
            page.goto(url)
            page.add_script_tag(content=axe)
            result = page.evaluate(f"axe.run(document, {WCAG_AA})")
            found += [
                f"  {scheme} {url.removeprefix(address)}: {v['id']} "
                f"({len(v['nodes'])}x, e.g. {v['nodes'][0]['target'][0]})"
                for v in result["violations"]
            ]
        context.close()
    print(f"axe, every page, light and dark: {len(found)} violations", *found, sep="\n")
    return found


def screenshots(browser: Browser, address: str) -> list[Path]:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    saved = []
    for scheme in ("light", "dark"):
        for device, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            context = browser.new_context(viewport=viewport, color_scheme=scheme)
            page = context.new_page()
            for name, path in SHOTS.items():
                page.goto(address + SUBPATH + path)
                saved.append(SCREENSHOTS / f"{name}-{scheme}-{device}.png")
                page.screenshot(path=saved[-1])
            context.close()
    print(f"screenshots: {len(saved)} in {SCREENSHOTS.relative_to(ROOT)}/")
    return saved


def main() -> int:
    with serve() as address, sync_playwright() as playwright:
        on_target = scores(address)
        browser = launch(playwright)
        violations = accessibility(browser, address)
        screenshots(browser, address)
        browser.close()
    broken = links.main()
    return 0 if on_target and not violations and not broken else 1


if __name__ == "__main__":
    sys.exit(main())
