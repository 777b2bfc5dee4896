"""Running a coroutine to its end from a test, whatever else the test session holds.

The browser tests drive Chromium through Playwright's sync API, which keeps an asyncio loop running in
the main thread for the whole session; ``asyncio.run`` there then refuses ("cannot be called from a
running event loop"). A coroutine run in a thread of its own has its own loop, as in a kernel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """The coroutine's result, run with ``asyncio.run`` in a thread of its own."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
