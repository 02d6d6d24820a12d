"""The wrong variants of the patterns the pages teach: each must fail its page's check.

Each test copies an example's directory to a temporary project, writes the
example there with its fix undone (the old pattern, as the page describes it),
and runs the page's own check of that example on it. A check that the old
pattern passes could not tell the pattern from its fix.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from doccheck.check import check_example
from doccheck.interpreter import interpreter_for
from doccheck.pages import find_examples

ROOT = Path(__file__).resolve().parent.parent


def check_variant(
    tmp_path: Path,
    page: str,
    example: str,
    old: str,
    new: str,
    min_python: tuple[int, int] | None = None,
    timeout: float | None = None,
) -> str | None:
    """The page's check of ``example`` run on its source with ``old`` made ``new``.

    ``timeout`` replaces the page's, for a variant that is expected to hang.
    """
    blocks = find_examples((ROOT / page).read_text(), Path(page))
    (block,) = [block for block in blocks if block.example == example]
    if timeout is not None:
        outputs = {
            label: dataclasses.replace(
                output, directive=dataclasses.replace(output.directive, timeout=timeout)
            )
            for label, output in block.outputs.items()
        }
        block = dataclasses.replace(block, outputs=outputs)
    source = (ROOT / example).read_text()
    assert source.count(old) == 1, f"{example} no longer contains {old!r}"
    directory = Path(example).parent
    shutil.copytree(ROOT / directory, tmp_path / directory)
    (tmp_path / example).write_text(source.replace(old, new))
    interpreter = interpreter_for(min_python or block.min_python)
    if isinstance(interpreter, str):
        pytest.skip(f"{example}: {interpreter}")
    return check_example(block, tmp_path, interpreter)


def test_fetch_without_its_last_except_loses_the_results_behind(tmp_path):
    """A server that hangs up escapes fetch(), and pool.map() raises it."""
    message = check_variant(
        tmp_path,
        "docs/real-io.md",
        "examples/real_io/04_errors_as_results.py",
        "    except (OSError, http.client.HTTPException) as error:"
        "  # broken mid-answer\n"
        '        return f"connection broken: {type(error).__name__}"\n',
        "",
    )
    assert message is not None
    assert "RemoteDisconnected" in message
    assert "- /cut-short: connection broken: IncompleteRead" in message


def test_consumer_without_except_dies_and_join_hangs(tmp_path):
    """Three bad items end all three consumers; join() never returns."""
    message = check_variant(
        tmp_path,
        "docs/queues.md",
        "examples/queues/01_producer_consumer.py",
        "        except Exception as error:  # a bad item must not end the consumer\n"
        '            results.put(f"{word!r}: failed with {type(error).__name__}")\n',
        "",
        timeout=3,
    )
    assert message is not None
    assert "did not finish within its timeout of 3 s" in message
    assert " in join\n" in message  # the main thread's stack: waiting in join()
    assert "Exception in thread" in message  # each consumer died of a bad item


def test_pool_that_checks_after_changing_state_hands_out_one_connection_twice(
    tmp_path,
):
    """Without the check, only the BoundedSemaphore notices, once it is too late."""
    message = check_variant(
        tmp_path,
        "docs/coordination.md",
        "examples/coordination/exercise_3_connection_pool.py",
        "            if connection not in self._checked_out:"
        "  # check before changing state\n"
        '                raise ValueError(f"{connection} is not checked out")\n'
        "            self._checked_out.remove(connection)\n",
        "            self._checked_out.discard(connection)\n",
    )
    assert message is not None
    assert "+ the next two clients share a connection: True" in message


def test_semaphore_as_a_lock_is_not_fair(tmp_path):
    """A Semaphore(1) lets the busy thread retake it, on any Python: the bound fails."""
    message = check_variant(
        tmp_path,
        "docs/pitfalls.md",
        "examples/pitfalls/11_lock_fairness.py",
        "lock = threading.Lock()\n",
        "lock = threading.Semaphore(1)\n",
        min_python=(3, 13),
        timeout=5,
    )
    assert message is not None  # the main thread never gets in: a hang
    assert "did not finish within its timeout of 5 s" in message
