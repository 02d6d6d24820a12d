"""Time the fast build per page, beside another MkDocs site, in one run.

    python -m sitecheck.buildtime [--runs 7]
        [--peer DIR --peer-mkdocs BIN [--peer-config FILE]]

Builds this site (EXECUTE_NOTEBOOKS=false, caches warm) and, if given, the
peer, alternately, `--runs` times each, and prints for each the median wall
and CPU time (user + system, which the machine's load moves less) of the
whole `mkdocs build` process, divided by its number of pages (index.html
files), and the median of the paired ratios. One build of each comes first,
untimed, to warm the caches.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .server import ROOT


def timed_build(mkdocs: str, folder: Path, config: str, site: Path, env: dict) -> tuple:
    """(wall seconds, CPU seconds, pages) of one `mkdocs build` in its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [mkdocs, "build", "-q", "-f", config, "--site-dir", str(site)],
        cwd=folder,
        env=env,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    pages = sum(1 for _ in site.rglob("index.html"))
    return wall, cpu, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--peer", type=Path, help="the other site's folder")
    parser.add_argument("--peer-mkdocs", help="the other site's mkdocs executable")
    parser.add_argument("--peer-config", default="mkdocs.yml")
    args = parser.parse_args()
    env = {**os.environ, "EXECUTE_NOTEBOOKS": "false", "NO_MKDOCS_2_WARNING": "1"}
    env.setdefault("JUPYTER_CONFIG_DIR", str(ROOT / ".jupyter"))
    sites = {"this site": (str(ROOT / ".venv/bin/mkdocs"), ROOT, "mkdocs.yml")}
    if args.peer:
        sites["peer"] = (args.peer_mkdocs, args.peer, args.peer_config)
    results: dict[str, list[tuple]] = {name: [] for name in sites}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs + 1):
            for name, (mkdocs, where, config) in sites.items():
                site = Path(folder) / name.replace(" ", "-")
                figures = timed_build(mkdocs, where, config, site, env)
                if run:  # the first build of each warms the caches
                    results[name].append(figures)
    print(f"mkdocs build, {args.runs} runs each, alternating; median per page")
    for name, runs in results.items():
        pages = runs[0][2]
        wall = statistics.median(r[0] for r in runs) / pages
        cpu = statistics.median(r[1] for r in runs) / pages
        print(f"  {name}: {pages} pages, {wall:.3f} s wall, {cpu:.3f} s CPU a page")
    if args.peer:
        for i, label in ((0, "wall"), (1, "CPU")):
            ratios = [
                (ours[i] / ours[2]) / (theirs[i] / theirs[2])
                for ours, theirs in zip(
                    results["this site"], results["peer"], strict=True
                )
            ]
            print(
                f"  this site / peer, {label} a page: {statistics.median(ratios):.2f}"
            )
    print(f"  load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
