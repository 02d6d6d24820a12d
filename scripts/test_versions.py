"""make test-versions: every example on every Python the guide is checked on.

Runs every example on the pages with each of CPython 3.11, 3.13, 3.14, 3.15
(GIL builds) and 3.13t (free-threaded), one interpreter after the other, each
exactly as ``make test`` runs them (the timing examples alone, after the
others), with that interpreter only: an example that needs a newer Python is
skipped on the older ones, and pytest says so.

Then, if every interpreter was there and no example failed, it writes
examples/checked-on.json: for each example, the SHA-256 of its file and the
Pythons on which it passed in this run. hooks/checked_on.py prints that list
under the example on the site, as long as the file still has that digest.

With CI=true it also fails when the committed record is stale: an example
changed, added or removed since examples/checked-on.json was last written.
The Pythons listed for an unchanged example are checked again by this very
run (a failure fails it); one that this run skipped, for instance as
inconclusive, is named in a note.

Usage: python scripts/test_versions.py [--check-only] [-- PYTEST ARGS...]
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "examples" / "checked-on.json"
BIN = ROOT / ".venv" / "bin"
# label, how to get the interpreter's path, how a person gets it
PYTHONS = [
    ("3.11", None, "install python3.11 (Debian 12's python3 is 3.11)"),
    ("3.13", ["scripts/python.sh", "3.13"], "scripts/python.sh 3.13"),
    ("3.14", ["scripts/python.sh", "3.14"], "scripts/python.sh 3.14"),
    ("3.15", ["scripts/python.sh", "3.15"], "scripts/python.sh 3.15"),
    ("3.13t", ["scripts/free-threaded-python.sh"], "scripts/free-threaded-python.sh"),
]
PROBE = (
    "import sys, sysconfig; v = sys.version_info; "
    "print(f'{v[0]}.{v[1]}' + ('t' if sysconfig.get_config_var('Py_GIL_DISABLED') "
    "else ''))"
)


def say(line: str = "") -> None:
    print(f"test-versions: {line}" if line else "", flush=True)


def label_of(path: str) -> str | None:
    try:
        out = subprocess.run(
            [path, "-I", "-c", PROBE],
            capture_output=True,
            text=True,
            env={},
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def find_3_11() -> str | None:
    """The .venv's Python when it is a 3.11, else a python3.11 or python3 on PATH."""
    for candidate in (str(BIN / "python"), "python3.11", "python3", "/usr/bin/python3"):
        if label_of(candidate) == "3.11":
            return candidate
    return None


def find(label: str, command: list[str] | None) -> tuple[str | None, str]:
    """The interpreter's path, or None and why it is missing."""
    if command is None:
        path = find_3_11()
        return path, "" if path else "no Python 3.11 found"
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    path = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    if run.returncode != 0 or not path:
        why = run.stderr.strip().splitlines()[-1:] or ["it printed no path"]
        return None, f"{' '.join(command)} failed: {why[0]}"
    if label_of(path) != label:
        return None, f"{path} is not a CPython {label}"
    return path, ""


def digest(example: str) -> str:
    return hashlib.sha256((ROOT / example).read_bytes()).hexdigest()


def run_matrix(pythons: dict[str, str], pytest_args: list[str]) -> list[dict]:
    """Every example on each interpreter; the entries of every run's record."""
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in pythons.items():
            env = dict(os.environ, DOCCHECK_PYTHON=path, DOCCHECK_NEWER_PYTHON="")
            for n, selection in enumerate(
                (
                    ["-n", "4", "--dist", "loadgroup", "-m", "not timing"],
                    ["-m", "timing"],
                )
            ):
                record = Path(tmp) / f"{label}-{n}.json"
                command = [
                    str(BIN / "python"), "-m", "pytest", "-q", "-rs", *selection,
                    f"--doccheck-record={record}", *(pytest_args or ["docs"]),
                ]  # fmt: skip
                say(f"Python {label} ({path}): {shlex.join(command[3:])}")
                run = subprocess.run(command, cwd=ROOT, env=env)
                if run.returncode not in (0, 1, 5):  # 5: nothing selected
                    raise SystemExit(f"pytest could not run (status {run.returncode})")
                if record.exists():
                    entries += json.loads(record.read_text())
    return entries


def build_record(entries: list[dict]) -> tuple[dict, list[dict]]:
    """examples -> {digest, pythons it passed on}; and the failed entries."""
    outcomes: dict[str, dict[str, list[str]]] = {}
    for entry in entries:
        per_python = outcomes.setdefault(entry["example"], {})
        per_python.setdefault(entry["python"], []).append(entry["outcome"])
    record = {}
    for example in sorted(outcomes):
        passed = [
            python
            for python, results in outcomes[example].items()
            if results and all(result == "passed" for result in results)
        ]
        record[example] = {
            "digest": digest(example),
            "pythons": sorted(passed, key=python_order),
        }
    failed = [entry for entry in entries if entry["outcome"] == "failed"]
    return record, failed


def python_order(label: str) -> tuple[int, ...]:
    major, minor = label.rstrip("t").split(".")
    return (int(major), int(minor), label.endswith("t"))


def stale(committed: dict, record: dict) -> list[str]:
    """Why the committed record no longer describes the examples, if it does not."""
    problems = []
    for example in sorted(set(committed) | set(record)):
        if example not in committed:
            problems.append(f"{example} is not in the committed record")
        elif example not in record:
            problems.append(f"{example} is in the record, but no page shows it")
        elif committed[example]["digest"] != record[example]["digest"]:
            problems.append(f"{example} changed since the record was written")
    return problems


def notes(committed: dict, record: dict) -> list[str]:
    """Pythons the committed record lists for an example that this run did not pass."""
    lines = []
    for example, entry in sorted(committed.items()):
        if example in record and entry["digest"] == record[example]["digest"]:
            missing = set(entry["pythons"]) - set(record[example]["pythons"])
            gained = set(record[example]["pythons"]) - set(entry["pythons"])
            if missing:
                lines.append(
                    f"{example}: not passed here on {', '.join(sorted(missing))}"
                )
            if gained:
                lines.append(f"{example}: newly passed on {', '.join(sorted(gained))}")
    return lines


def main(argv: list[str]) -> int:
    pytest_args = argv[argv.index("--") + 1 :] if "--" in argv else []
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    start = time.monotonic()
    pythons, missing = {}, []
    for label, command, how in PYTHONS:
        path, why = find(label, command)
        if path:
            pythons[label] = path
        else:
            missing.append(f"Python {label}: {why}; to get it: {how}")
    committed = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    entries = run_matrix(pythons, pytest_args)
    record, failed = build_record(entries)
    status = 0
    say()
    for entry in failed:
        where = f"{entry['page']}:{entry['line']}"
        say(f"FAILED on {entry['python']}: {entry['example']} ({where})")
        status = 1
    for line in missing:
        say(f"SKIPPED {line}")
        status = status or (1 if ci else 0)
    partial = bool(pytest_args)
    if failed or missing or partial:
        reason = (
            "a selection" if partial else "failures" if failed else "missing Pythons"
        )
        say(f"{RECORD.relative_to(ROOT)} left as it is: this run had {reason}")
    else:
        problems = stale(committed, record)
        for line in notes(committed, record):
            say(f"note: {line}")
        RECORD.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
        say(f"wrote {RECORD.relative_to(ROOT)}: {len(record)} examples")
        if problems:
            for line in problems:
                say(f"stale: {line}")
            if ci:
                say(
                    f"FAILED: the committed {RECORD.relative_to(ROOT)} is stale; "
                    "run make test-versions and commit the record it writes"
                )
                status = 1
            else:
                say(f"commit {RECORD.relative_to(ROOT)}: the committed one was stale")
    counts = {label: {"passed": 0, "failed": 0, "skipped": 0} for label in pythons}
    for entry in entries:
        counts.setdefault(entry["python"], {"passed": 0, "failed": 0, "skipped": 0})
        counts[entry["python"]][entry["outcome"]] += 1
    for label, count in counts.items():
        say(f"Python {label}: " + ", ".join(f"{n} {what}" for what, n in count.items()))
    verdict = "every example passed on every Python" if status == 0 else "FAILED"
    say(f"{verdict} in {time.monotonic() - start:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
