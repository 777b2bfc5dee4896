"""netkit.batch.run_each: a worker pool, a progress bar and one caught error per item, outcomes in order."""

from __future__ import annotations

import os
import threading

import pytest

from netkit.batch import Outcome, run_each
from netkit.exceptions import InputError

# --------------------------------------------------------------------------- for the process pool
# (module level, so a worker process can unpickle them)
_WORKER_TAG = "parent"


def _tag_worker(tag: str) -> None:
    global _WORKER_TAG
    _WORKER_TAG = tag


def _square_in(n: int) -> tuple[int, int, str]:
    if n == 3:
        raise ValueError("three is not allowed")
    return n * n, os.getpid(), _WORKER_TAG


# --------------------------------------------------------------------------- inline and pooled
def test_jobs_1_runs_inline_in_the_callers_thread():
    """Does jobs=1 run every item in the caller's own thread (no pool: tests and Pyodide need none)?"""
    seen = []
    outcomes = run_each(lambda n: seen.append(threading.get_ident()) or n + 1, [1, 2, 3])
    assert [o.value for o in outcomes] == [2, 3, 4] and all(o.ok for o in outcomes)
    assert set(seen) == {threading.get_ident()}


def test_a_single_item_runs_inline_even_with_many_jobs():
    """Is one item run inline rather than through a pool of one thread?"""
    [outcome] = run_each(lambda _n: threading.get_ident(), [1], jobs=8)
    assert outcome.value == threading.get_ident()


def test_inline_runs_the_initializer_once_before_the_first_item():
    """Inline, does the initializer a pool would run per worker run once, before any item?"""
    calls = []
    run_each(lambda n: calls.append(n), [1, 2], initializer=calls.append, initargs=("init",))
    assert calls == ["init", 1, 2]
    run_each(lambda n: n, [], initializer=calls.append, initargs=("never",))
    assert "never" not in calls


def test_threads_keep_the_items_order_whatever_order_they_finish_in():
    """With a thread pool, do the outcomes come back in input order although the last item finishes first?"""
    n = 5
    done = [threading.Event() for _ in range(n + 1)]
    done[n].set()
    threads = set()

    def step(i: int) -> int:
        threads.add(threading.get_ident())
        assert done[i + 1].wait(5), "the pool did not run the items at once"  # item i waits for item i+1
        done[i].set()
        return i * 10

    outcomes = run_each(step, range(n), jobs=n)
    assert [o.value for o in outcomes] == [0, 10, 20, 30, 40]
    assert threading.get_ident() not in threads and len(threads) > 1


def test_processes_run_in_workers_with_their_initializer_and_keep_order():
    """Does pool="processes" run items in other processes, after the initializer, in input order?"""
    outcomes = run_each(
        _square_in, [1, 2, 3, 4], jobs=2, pool="processes", initializer=_tag_worker, initargs=("worker",)
    )
    assert [o.value[0] if o.ok else None for o in outcomes] == [1, 4, None, 16]
    assert {o.value[1] for o in outcomes if o.ok} - {os.getpid()} and {o.value[2] for o in outcomes if o.ok} == {
        "worker"
    }
    assert outcomes[2].error == "ValueError: three is not allowed"
    assert _WORKER_TAG == "parent"  # the initializer ran in the workers only


def test_a_process_pool_is_a_pool_even_for_one_job():
    """Is the isolation the caller asked for kept with jobs=1 (a kernel must not run in the coach's process)?"""
    [outcome] = run_each(_square_in, [2], jobs=1, pool="processes")
    assert outcome.value[0] == 4 and outcome.value[1] != os.getpid()


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize("jobs", [1, 3], ids=["inline", "threads"])
def test_an_expected_error_is_that_items_outcome_and_the_others_go_on(jobs):
    """Does an expected error become the item's outcome (message and exception) without stopping the others?"""
    problem = InputError("the address has no @", where="roster.csv", line=3)

    def check(n: int) -> int:
        if n == 2:
            raise problem
        return n

    outcomes = run_each(check, [1, 2, 3], jobs=jobs, expected=(InputError,))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert [o.value for o in outcomes if o.ok] == [1, 3]
    assert outcomes[1].exception is problem
    assert outcomes[1].error == problem.message and "roster.csv" in outcomes[1].error


def test_describe_gives_the_message():
    """Is the caller's describe() the one that words the error?"""
    [outcome] = run_each(lambda _n: {}["missing"], [1], describe=lambda exc: f"could not: {exc!r}")
    assert outcome.error == "could not: KeyError('missing')" and isinstance(outcome.exception, KeyError)


@pytest.mark.parametrize("jobs", [1, 3], ids=["inline", "threads"])
def test_an_unexpected_error_is_raised_after_every_other_item_ran(jobs):
    """Is an error the caller did not expect (a bug) raised, but only once every other item has run?"""
    ran = []
    lock = threading.Lock()

    def work(n: int) -> int:
        if n == 1:
            raise KeyError("bug")
        with lock:
            ran.append(n)
        return n

    with pytest.raises(KeyError, match="bug") as err:
        run_each(work, [0, 1, 2, 3], jobs=jobs, expected=(OSError,), desc="deliver")
    assert sorted(ran) == [0, 2, 3]
    assert any("item 2 of 4 of deliver" in note for note in err.value.__notes__)


def test_ctrl_c_is_never_caught():
    """Does KeyboardInterrupt stop the loop at once, even when every Exception is expected?"""
    ran = []

    def work(n: int) -> int:
        if n == 1:
            raise KeyboardInterrupt
        ran.append(n)
        return n

    with pytest.raises(KeyboardInterrupt):
        run_each(work, [0, 1, 2])
    assert ran == [0]


def test_no_items_is_no_outcomes():
    assert run_each(lambda n: n, [], jobs=4, progress=True) == []
    assert Outcome(value=1).ok and not Outcome(error="x", exception=ValueError()).ok


# --------------------------------------------------------------------------- the progress bar
def test_progress_false_shows_nothing_and_does_not_import_tqdm(capsys, monkeypatch):
    """Does progress=False show no bar and never touch tqdm?"""
    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", None)  # calling it would raise
    assert [o.value for o in run_each(lambda n: n, [1, 2], progress=False, desc="collect")] == [1, 2]
    assert capsys.readouterr().err == ""


def test_progress_true_shows_the_bar_on_stderr_when_it_is_a_terminal(capsys, monkeypatch):
    """Does progress=True draw tqdm's bar, named and counted, on stderr when someone watches it?"""
    import netkit.terminal

    monkeypatch.setattr(netkit.terminal, "is_terminal", lambda stream=None: True)
    run_each(lambda n: n, [1, 2, 3], progress=True, desc="deliver", unit="participant")
    err = capsys.readouterr().err
    assert "deliver" in err and "/3" in err and "participant" in err


def test_progress_true_off_a_terminal_writes_lines_not_redraws(capsys, monkeypatch):
    """With stderr a log (as under pytest), does progress=True write plain progress lines, never tqdm's
    redrawn bar: none for quick work, one per 10 % when each step takes over 10 s?"""
    import netkit.terminal

    run_each(lambda n: n, range(500), progress=True, desc="collect", unit="participant")
    assert capsys.readouterr().err == ""  # quick: not one line

    now = [0.0]
    monkeypatch.setattr(netkit.terminal.time, "monotonic", lambda: now[0])

    def slow(n):
        now[0] += 1.0  # a workbook a second: 500 s in all
        return n

    run_each(slow, range(500), progress=True, desc="execute", unit="workbook")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 10 and "\r" not in "".join(lines)
    assert lines[0] == "execute: 50/500 workbooks (10%)" and lines[-1] == "execute: 500/500 workbooks (100%)"


def test_progress_none_shows_the_bar_only_on_a_terminal(capsys):
    """Does progress=None stay silent when stderr is not a terminal (as under pytest)?"""
    run_each(lambda n: n, [1, 2, 3], progress=None, desc="collect")
    assert capsys.readouterr().err == ""
