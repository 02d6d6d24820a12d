"""Audit the built site: Lighthouse scores, accessibility, links, screenshots.

    python -m sitecheck.audit          (make audit; exit status 1 on a shortfall)

Serves site/ on 127.0.0.1 from a sub-path and, with Debian's Chromium:

- runs Lighthouse (installed by `make audit` into .audit/) on every page, as a
  phone (Lighthouse's default: a slow 4G network and a CPU 4 times slower) and
  as a desktop, three times each (LIGHTHOUSE_RUNS), and gates the median of
  each score on its target, printing the range beside it: the phone's
  performance score moves by several points from run to run on a busy
  machine. Beside the scores it prints figures that load moves little: the
  page's DOM elements and bytes, with its Total Blocking Time and layout shift.
  AUDIT_PAGES="locks/ queues/" audits only those pages, AUDIT_FORM_FACTORS=phone
  only as a phone. The runs share one
  browser, which Lighthouse drives through its debugging port;
- runs axe-core, Lighthouse's accessibility engine, on every page in the light
  and the dark scheme (Lighthouse sees only the light one);
- checks every internal link and anchor;
- saves screenshots of the home page and a chapter, light and dark, phone and
  desktop, to audit/screenshots/, for a person to look at.

Every run's figures go to audit/lighthouse.json.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from . import links
from .browser import ARGS, CHROMIUM, DESKTOP, PHONE, launch
from .server import ROOT, SITE, SUBPATH, serve

AUDIT = ROOT / ".audit/node_modules"
REPORTS = ROOT / "audit"
SCREENSHOTS = REPORTS / "screenshots"
PAGES = os.environ.get("AUDIT_PAGES", "").split() or sorted(
    "" if page.parent == SITE else page.parent.relative_to(SITE).as_posix() + "/"
    for page in SITE.rglob("index.html")
    if page.parent != SITE / "search"
)
# The chapter's first example shows the tabs, the copy button and the download link.
SHOTS = {"home": "", "chapter": "creating-threads/#a-thread-runs-a-function"}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# Performance targets that differ: the desktop's, and the notebook pages' on a
# phone (a wide plot and its code cells).
PERFORMANCE = {("desktop", ""): 98, ("phone", "notebooks/"): 90}
FORM_FACTORS = {
    form: options
    for form, options in {"phone": [], "desktop": ["--preset=desktop"]}.items()
    if form in os.environ.get("AUDIT_FORM_FACTORS", "phone desktop").split()
}
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", 3))
WCAG_AA = "{runOnly: ['wcag2a', 'wcag2aa']}"
SETTLED = "document.getAnimations().every(a => a.playState !== 'running')"


def target(form: str, path: str, category: str) -> int:
    if category != "performance":
        return TARGETS[category]
    for (where, prefix), value in PERFORMANCE.items():
        if where == form and path.startswith(prefix):
            return value
    return TARGETS[category]


@contextmanager
def debugging_browser() -> Iterator[int]:
    """Chromium, headless, for Lighthouse to drive; yields its debugging port."""
    with tempfile.TemporaryDirectory() as profile:
        log = Path(profile) / "stderr.txt"
        with log.open("w") as stderr:
            browser = subprocess.Popen(
                [
                    CHROMIUM,
                    "--headless=new",
                    "--remote-debugging-port=0",
                    f"--user-data-dir={profile}/data",
                    *ARGS,
                    "about:blank",
                ],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        try:
            for _ in range(300):
                listening = re.search(
                    r"DevTools listening on ws://[^:]+:(\d+)/", log.read_text()
                )
                if listening or browser.poll() is not None:
                    break
                time.sleep(0.1)
            if not listening:
                raise RuntimeError(
                    f"{CHROMIUM} opened no debugging port:\n{log.read_text()}"
                )
            yield int(listening[1])
        finally:
            browser.terminate()
            browser.wait()


def lighthouse(url: str, options: list[str], port: int) -> dict:
    """Lighthouse's report on one page, as a dictionary."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [
                AUDIT / ".bin/lighthouse",
                url,
                *options,
                f"--port={port}",
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--only-categories={','.join(TARGETS)}",
            ],
            check=True,
        )
        return json.loads(report.read_text(encoding="utf-8"))


def performance(report: dict) -> float:
    return report["categories"]["performance"]["score"]


def figures(report: dict) -> dict:
    """One run's scores (0-100) and the figures printed beside them."""
    audits = report["audits"]
    return {
        **{n: round(c["score"] * 100) for n, c in report["categories"].items()},
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "dom": round(audits["dom-size-insight"]["numericValue"]),
        "kb": round(audits["total-byte-weight"]["numericValue"] / 1000),
    }


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
    notes, record = [], []
    columns = [*TARGETS, "TBT ms", "CLS", "DOM", "KB"]
    print(
        f"lighthouse {RUNS} runs a page: the median, (lowest-highest), * below target"
    )
    with debugging_browser() as port:
        for form, options in FORM_FACTORS.items():
            print(form.ljust(28) + "".join(c.rjust(15) for c in columns))
            for path in PAGES:
                url = address + SUBPATH + path
                reports = [lighthouse(url, options, port) for _ in range(RUNS)]
                runs = [figures(report) for report in reports]
                record.append({"form": form, "page": path, "runs": runs})
                row = (SUBPATH + path).ljust(28)
                for name in TARGETS:
                    values = [run[name] for run in runs]
                    score = statistics.median_low(values)
                    missed = score < target(form, path, name)
                    on_target &= not missed
                    low, high = min(values), max(values)
                    spread = f" ({low}-{high})" if low < high else ""
                    row += f"{'*' if missed else ''}{score}{spread}".rjust(15)
                cls = statistics.median_low(run["cls"] for run in runs)
                on_target &= cls == 0  # nothing moves as the page loads
                for name in ("tbt_ms", "cls", "dom", "kb"):
                    value = statistics.median_low(run[name] for run in runs)
                    row += f"{'*' if name == 'cls' and cls else ''}{value}".rjust(15)
                print(row, flush=True)
                where = f"{form} {SUBPATH + path}"
                median_run = sorted(reports, key=performance)[(len(reports) - 1) // 2]
                notes += [f"  {where} {line}" for line in shortfalls(median_run)]
    print(
        "target".ljust(28)
        + "".join(f">= {value}".rjust(15) for value in TARGETS.values())
        + "".rjust(15)
        + "0".rjust(15)
    )
    print(
        f"  phone performance >= {TARGETS['performance']}, notebooks/ >= "
        f"{PERFORMANCE['phone', 'notebooks/']}; desktop >= {PERFORMANCE['desktop', '']}"
    )
    if notes:
        print("points lost (in each page's median run):", *notes, sep="\n")
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "lighthouse.json").write_text(json.dumps(record, indent=1) + "\n")
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
            # On a first visit in the dark scheme the theme's script switches
            # the page from light to dark, and some colours fade for a quarter
            # of a second (hooks/palette_css.py): check the colours they reach.
            page.wait_for_function(SETTLED)
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
