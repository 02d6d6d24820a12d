# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Measured: threads, the GIL and free-threading
#
# The figures on this page were measured on the machine that built the site,
# during that build. Each workload runs *n* copies of one task in *n* threads,
# for *n* = 1, 2 and 4, with up to three interpreters: the Python that builds
# the site, which has the GIL; a free-threaded CPython 3.13t; and the same
# 3.13t with `PYTHON_GIL=1`, which turns the GIL back on. The speed-up is the
# time *n* tasks take one after another divided by the time they took in *n*
# threads; each figure is the best of three runs.
#
# Every figure is checked against what
# [The GIL and performance](../../gil-and-performance/) says before it is
# published. A figure that the GIL itself guarantees (pure-Python threads on a
# GIL build use at most one core) stops the build if it is wrong. A figure
# that needs a free core (threads running in parallel) is measured again, up
# to three times, when the machine was too busy to show it; if it still does
# not show, the page says so next to it.

# %% tags=["hide-input"]
import base64
import datetime
import io
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
from IPython.display import HTML, Markdown, display  # noqa: E402

# next to this notebook; the site build runs it from the project's root
HERE = Path("docs/notebooks") if Path("docs/notebooks").is_dir() else Path()
BENCHMARK = (HERE / "scaling_benchmark.py").resolve()
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
INTERPRETERS = CACHE / "threads-in-python-tested"
FREE_THREADED = os.environ.get("FREE_THREADED_PYTHON") or str(
    INTERPRETERS / "cpython-3.13.15-freethreaded/bin/python3.13t"
)
# A GIL build of the same minor version, for the cost of free-threading
# (scripts/python.sh 3.13 unpacks it).
GIL_3_13 = os.environ.get("GIL_PYTHON_3_13") or str(
    INTERPRETERS / "python-3.13/usr/bin/python3.13"
)
# `make test` sets MEASUREMENT_ATTEMPTS=1: its build runs beside the other
# checks, so its figures are never the published ones.
ATTEMPTS = int(os.environ.get("MEASUREMENT_ATTEMPTS", 3))


def run_benchmark(python, *workloads, **env):
    output = subprocess.run(
        [python, str(BENCHMARK), *workloads],
        env={k: v for k, v in os.environ.items() if k != "PYTHON_GIL"} | env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return json.loads(output)


def row(facts, workload, threads):
    rows = facts["results"][workload]["rows"]
    return next(r for r in rows if r["threads"] == threads)


def disagreements(facts):
    """What in these figures contradicts the chapter; raises if the GIL is broken."""
    cpu, io_bound = row(facts, "cpu", 2), row(facts, "io", 4)
    found = []
    if facts["gil_enabled"]:
        for rows in facts["results"]["cpu"]["rows"]:
            if rows["cores"] > 1.1:  # the GIL allows one core (limit 1)
                raise AssertionError(f"GIL build used {rows['cores']:.2f} cores")
            if rows["speedup"] > 1.2:
                found.append(
                    f"CPU-bound, {rows['threads']} threads, speed-up "
                    f"{rows['speedup']:.2f}: the runs in one thread were slowed "
                    "by other programs"
                )
        if row(facts, "hash", 2)["speedup"] < 1.5:
            found.append("hashlib in 2 threads did not run on two cores")
    elif cpu["speedup"] < 1.5:
        found.append(
            f"CPU-bound, 2 threads, speed-up {cpu['speedup']:.2f} "
            "(limit 2): the threads did not get two cores"
        )
    if io_bound["speedup"] < 3.5:  # four waits in four threads (limit 4)
        found.append(f"blocking I/O, 4 threads, speed-up {io_bound['speedup']:.2f}")
    return found


def warning(title, text):
    """A visible note, styled as the site's other warnings."""
    return (
        f'<div class="admonition warning"><p class="admonition-title">{title}</p>'
        f"<p>{text}</p></div>"
    )


def measured(python, **env):
    """Benchmark results and what in them could not be shown, after retries."""
    for _ in range(ATTEMPTS):
        facts = run_benchmark(python, "cpu", "io", "hash", **env)
        if not (problems := disagreements(facts)):
            break
    return facts, problems


configurations, notes = {}, {}
facts, notes[f"GIL ({platform.python_version()})"] = measured(sys.executable)
configurations[f"GIL ({platform.python_version()})"] = facts
if Path(FREE_THREADED).is_file():
    facts, problems = measured(FREE_THREADED, PYTHON_GIL="0")
    name = f"free-threaded ({facts['python']}t)"
    configurations[name], notes[name] = facts, problems
    facts, problems = measured(FREE_THREADED, PYTHON_GIL="1")
    name = f"free-threaded, PYTHON_GIL=1 ({facts['python']}t)"
    configurations[name], notes[name] = facts, problems

names = list(configurations)
today = datetime.date.today().isoformat()
machine = f"{os.cpu_count()} cores, {platform.machine()}, {today}"
summary = [f"<p>Measured on <strong>{machine}</strong>.</p>"]
if len(configurations) == 1:
    summary.append("<p><em>No free-threaded interpreter was found.</em></p>")
for name, problems in notes.items():
    for problem in problems:
        summary.append(
            warning(
                f"Not shown by this build: {name}",
                f"{problem}, in {ATTEMPTS} attempts. The machine that built this "
                "page was busy; the figures below are what it measured.",
            )
        )
display(HTML("\n".join(summary)))

# %% [markdown]
# ## Speed-up against the number of threads
#
# The dotted line is the ideal, *n* times faster with *n* threads; the dashed
# line is the number of cores, which CPU-bound work cannot exceed. Sleeping
# threads use no processor, so blocking I/O scales past it.

# %% tags=["hide-input"]
plt.rcParams.update({"svg.fonttype": "none", "font.size": 13})
TITLES = {
    "cpu": "CPU-bound Python loop",
    "io": "Blocking I/O (sleep)",
    "hash": "hashlib on 8 MiB",
}


def figure_html(figure, alt):
    """The figure as an SVG image that fits a phone's width, with alt text."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    svg = buffer.getvalue()
    # Its size, so that the page keeps room for it before it is drawn.
    width, height = (
        round(float(value))
        for value in re.search(rb'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
    )
    data = base64.b64encode(svg).decode()
    alt = alt.replace('"', "&quot;")
    return (
        f'<img alt="{alt}" src="data:image/svg+xml;base64,{data}" '
        f'width="{width}" height="{height}" '
        'style="width:100%;max-width:34rem;height:auto">'
    )


images = []
for workload, title in TITLES.items():
    counts = [r["threads"] for r in configurations[names[0]]["results"]["cpu"]["rows"]]
    figure, axis = plt.subplots(figsize=(4.5, 3.2))  # about a phone's width
    axis.plot(counts, counts, ":", color="grey", label="ideal")
    axis.axhline(os.cpu_count(), color="grey", linewidth=0.8, linestyle="--")
    described = []
    for name in names:
        speedups = [row(configurations[name], workload, n)["speedup"] for n in counts]
        axis.plot(counts, speedups, "o-", label=name)
        described.append(f"{name}: " + ", ".join(f"{s:.2f}" for s in speedups))
    axis.set_title(title)
    axis.set_xlabel("threads")
    axis.set_ylabel("speed-up")
    axis.set_xticks(counts)
    axis.legend(fontsize=11, loc="upper left", bbox_to_anchor=(0, -0.22))
    alt = (
        f"{title}: speed-up with {', '.join(map(str, counts))} threads. "
        + "; ".join(described)
        + f". The ideal is {', '.join(map(str, counts))}; "
        f"the machine has {os.cpu_count()} cores."
    )
    images.append(figure_html(figure, alt))
display(HTML("\n".join(images)))

# %% [markdown]
# ## GIL against free-threaded, side by side

# %% tags=["hide-input"]
lines = [
    "| Workload | " + " | ".join(names) + " |",
    "| --- |" + " --- |" * len(names),
]
for label, workload, threads, key in [
    ("CPU-bound, 2 threads: speed-up", "cpu", 2, "speedup"),
    ("CPU-bound, 2 threads: cores used", "cpu", 2, "cores"),
    ("Blocking I/O, 4 threads: speed-up", "io", 4, "speedup"),
    ("hashlib, 2 threads: speed-up", "hash", 2, "speedup"),
]:
    cells = [f"{row(f, workload, threads)[key]:.2f}" for f in configurations.values()]
    lines.append(f"| {label} | " + " | ".join(cells) + " |")
display(Markdown("\n".join(lines)))

# %% [markdown]
# ## What free-threading costs
#
# Two costs that the chapter describes, measured here. First, one thread
# alone: the same loop, timed with CPython 3.13 and with its free-threaded
# build 3.13t. The
# [3.13 HOWTO](https://docs.python.org/3.13/howto/free-threading-python.html#single-threaded-performance)
# expects about 40 % more time on its benchmark suite, mostly because the
# specializing adaptive interpreter is off in 3.13t; 3.14 turns it back on.
# Second, two threads that update one shared object against two threads that
# each update their own: in the free-threaded build, the shared object's
# reference count and attribute updates go through atomic operations and
# contend between the threads.

# %% tags=["hide-input"]
cost = []
if Path(FREE_THREADED).is_file() and Path(GIL_3_13).is_file():
    # alternate the two interpreters, keep each one's fastest single task
    times = {"gil": [], "free": []}
    for _ in range(3):
        gil = run_benchmark(GIL_3_13, "cpu", "--alone")
        times["gil"].append(gil["results"]["cpu"]["one_task"])
        free = run_benchmark(FREE_THREADED, "cpu", "--alone", PYTHON_GIL="0")
        times["free"].append(free["results"]["cpu"]["one_task"])
    ratio = min(times["free"]) / min(times["gil"])
    cost.append(
        f"<p><strong>One thread</strong>: the loop took <strong>{ratio:.2f}×"
        f"</strong> as long on {free['python']}t as on the GIL build of 3.13 "
        f"({gil['python']}). The two are not built alike: the GIL build is "
        "Debian's package, the 3.13t is compiled here with the default "
        "<code>./configure</code>, so part of the difference may come from how "
        "each was compiled rather than from free-threading.</p>"
    )
    if ratio <= 1:
        cost.append(
            warning(
                "Not shown by this build",
                "The free-threaded build was not slower here: the machine's "
                "load changed between the runs.",
            )
        )
else:
    cost.append(
        "<p><strong>One thread</strong>: not measured by this build, which had "
        "no CPython 3.13 of both builds (<code>scripts/python.sh 3.13</code> "
        "unpacks the GIL build).</p>"
    )
if Path(FREE_THREADED).is_file():
    facts = run_benchmark(FREE_THREADED, "shared", "private", PYTHON_GIL="0")
    shared, private = row(facts, "shared", 2), row(facts, "private", 2)
    cost.append(
        f"<p><strong>Shared against private objects</strong>, 2 threads on "
        f"{facts['python']}t: speed-up <strong>{private['speedup']:.2f}</strong> "
        "when each thread updates its own object, "
        f"<strong>{shared['speedup']:.2f}</strong> when both update the same one.</p>"
    )
    if shared["speedup"] >= private["speedup"]:
        cost.append(
            warning(
                "Not shown by this build",
                "The shared object did not scale worse here: the machine was "
                "too busy for either loop to run on two cores.",
            )
        )
display(HTML("\n".join(cost)))
