"""The platform difference (normal process vs Pyodide in the browser) lives in netkit.runtime."""

from __future__ import annotations

import asyncio
import threading

import pytest

from netkit import runtime
from netkit.store.answers import AnswersStore


@pytest.fixture
def browser(monkeypatch):
    """Pretend to be Pyodide: the flag is set and, as there, no thread can start.

    A loop another test left marked as running in this thread (Playwright's sync API keeps one
    for the whole browser session) is set aside meanwhile, so "no loop" means no loop."""
    monkeypatch.setattr(runtime, "IN_BROWSER", True)

    def no_threads(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", no_threads)
    outer = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    yield
    asyncio._set_running_loop(outer)


def _run(coroutine) -> None:
    """Run ``coroutine`` on a loop of its own (leaving any event loop the session set alone)."""
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(coroutine)
    finally:
        loop.close()


def test_schedule_in_a_process_uses_a_daemon_timer():
    """Does a normal process keep the debounced timer thread it always had?"""
    done = threading.Event()
    timer = runtime.schedule(0.01, done.set, in_browser=False)
    assert isinstance(timer, threading.Timer) and timer.daemon
    assert done.wait(5)


def test_schedule_in_the_browser_without_a_loop_calls_at_once(browser):
    """With no running loop (a script), is the call made at once instead of failing?"""
    calls = []
    handle = runtime.schedule(10, lambda: calls.append(1))
    assert calls == [1]
    handle.cancel()  # harmless


def test_schedule_in_the_browser_uses_the_running_loop(browser):
    """In a kernel (a running asyncio loop), is the call debounced on the loop, and cancellable?"""
    calls = []

    async def main():
        first = runtime.schedule(0.01, lambda: calls.append("first"))
        first.cancel()
        runtime.schedule(0.01, lambda: calls.append("second"))
        assert calls == []  # not yet: debounced
        await asyncio.sleep(0.05)

    _run(main())
    assert calls == ["second"]


def test_file_lock_in_the_browser_creates_no_lock_file(tmp_path, browser):
    """Is there no lock file in the browser, and is the lock re-entrant in one kernel?"""
    lock = tmp_path / ".lock"
    with runtime.file_lock(lock):
        with runtime.file_lock(lock):
            pass
    assert not lock.exists()


def test_file_lock_in_a_process_is_a_real_lock_file(tmp_path):
    """Does a normal process still serialise writers with a lock file?"""
    from filelock import FileLock

    assert isinstance(runtime.file_lock(tmp_path / ".lock", in_browser=False), FileLock)


def test_answers_store_saves_in_the_browser_without_threads_or_lock(tmp_path, browser):
    """Does the same store code save in the browser: no thread started, no lock file, answers on disk?"""
    store = AnswersStore(tmp_path, debounce=0.4)
    store.set("reflection.regret", "I wish I had stayed in touch")  # no loop: saved at once
    assert not store.pending
    assert not (tmp_path / ".netkit-answers.lock").exists()
    assert AnswersStore(tmp_path).get("reflection.regret") == "I wish I had stayed in touch"

    async def typing():
        store.set("reflection.regret", "draft 1")
        store.set("reflection.regret", "draft 2")
        assert store.pending  # debounced on the loop, like the thread timer elsewhere
        await asyncio.sleep(0.6)

    _run(typing())
    assert not store.pending
    assert AnswersStore(tmp_path).get("reflection.regret") == "draft 2"
