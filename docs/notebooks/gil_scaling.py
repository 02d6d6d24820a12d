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
# This page is a notebook executed each time the site is built: the numbers
# and plots below come from the machine that built it, in that build. It runs
# [`scaling_benchmark.py`](../scaling_benchmark.py) with up to three
# interpreters:
#
# - the Python that builds the site, which has the GIL;
# - a free-threaded CPython (3.13t), when the build found one
#   (`make free-threaded-python` builds it);
# - the same free-threaded binary with `PYTHON_GIL=1`, which turns the GIL
#   back on.
#
# Each workload runs *n* copies of one task in *n* threads, for *n* = 1, 2
# and 4. The speed-up is the time *n* tasks would take one after another
# divided by the time they took in *n* threads; "cores" is the CPU time the
# process used divided by the wall time, which is how much parallelism the
# operating system actually saw. Each figure is the best of three runs.

# %%
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from IPython.display import Markdown, display

# next to this notebook; the site build runs it from the project's root
HERE = Path("docs/notebooks") if Path("docs/notebooks").is_dir() else Path()
BENCHMARK = (HERE / "scaling_benchmark.py").resolve()
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
FREE_THREADED = os.environ.get("FREE_THREADED_PYTHON") or str(
    CACHE / "threads-in-python-tested/cpython-3.13.15-freethreaded/bin/python3.13t"
)


def run_benchmark(python, **env):
    output = subprocess.run(
        [python, str(BENCHMARK)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return json.loads(output)


configurations = {f"GIL ({platform.python_version()})": run_benchmark(sys.executable)}
if Path(FREE_THREADED).is_file():
    free = run_benchmark(FREE_THREADED, PYTHON_GIL="0")
    configurations[f"free-threaded ({free['python']}t)"] = free
    with_gil = run_benchmark(FREE_THREADED, PYTHON_GIL="1")
    configurations[f"free-threaded, PYTHON_GIL=1 ({with_gil['python']}t)"] = with_gil

today = datetime.date.today().isoformat()
machine = f"{os.cpu_count()} cores, {platform.machine()}, {today}"
display(Markdown(f"Measured on **{machine}**."))
if len(configurations) == 1:
    display(Markdown("*No free-threaded interpreter was found for this build.*"))

# %% [markdown]
# ## Speed-up against the number of threads

# %%
import matplotlib.pyplot as plt  # noqa: E402

names = list(configurations)
titles = {
    "cpu": "CPU-bound Python loop",
    "io": "blocking I/O (sleep)",
    "hash": "hashlib on 8 MiB",
}
figure, axes = plt.subplots(1, 3, figsize=(12, 3.8), sharey=True)
for axis, (workload, title) in zip(axes, titles.items(), strict=True):
    counts = [row["threads"] for row in configurations[names[0]]["results"][workload]]
    axis.plot(counts, counts, ":", color="grey", label="ideal")
    axis.axhline(os.cpu_count(), color="grey", linewidth=0.8, linestyle="--")
    for name, facts in configurations.items():
        rows = facts["results"][workload]
        axis.plot(counts, [row["speedup"] for row in rows], "o-", label=name)
    axis.set_title(title)
    axis.set_xlabel("threads")
    axis.set_xticks(counts)
axes[0].set_ylabel("speed-up")
axes[0].legend(fontsize=8)
figure.suptitle(f"Speed-up with threads: {machine}; dashed line: number of cores")
figure.tight_layout()
plt.show()

# %% [markdown]
# The dotted line is the ideal, *n* times faster with *n* threads; the dashed
# line is the number of cores, which CPU-bound work cannot exceed. Sleeping
# threads use no CPU, so blocking I/O can scale past it.

# %% [markdown]
# ## GIL against free-threaded, side by side


# %%
def row_for(workload, threads):
    return [
        next(r for r in facts["results"][workload] if r["threads"] == threads)
        for facts in configurations.values()
    ]


lines = [
    "| Workload | " + " | ".join(names) + " |",
    "| --- |" + " --- |" * len(names),
]
for label, workload, threads in [
    ("CPU-bound, 2 threads: speed-up", "cpu", 2),
    ("CPU-bound, 2 threads: cores used", "cpu", 2),
    ("Blocking I/O, 4 threads: speed-up", "io", 4),
    ("hashlib, 2 threads: speed-up", "hash", 2),
]:
    key = "cores" if "cores" in label else "speedup"
    cells = [f"{row[key]:.2f}" for row in row_for(workload, threads)]
    lines.append(f"| {label} | " + " | ".join(cells) + " |")
display(Markdown("\n".join(lines)))
