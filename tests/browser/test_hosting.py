"""Hosting that stays healthy: the shipped Voilà configuration culls the kernels of closed pages.

A separate Voilà server runs here (not the session one) with ``binder/voila.json`` loaded the way
the README tells coaches to (``--Voila.config_file_paths``), its cull timings shortened so the
test finishes in seconds. Five page loads, five closes: at most one kernel may survive.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import pytest

from .conftest import EXERCISES, ROOT
from .helpers import free_port, jupyter_env, serving, wait_for_widgets

pytestmark = pytest.mark.browser

#: Short, but longer than a page takes to connect to its new kernel on a busy machine (a kernel
#: not yet connected counts as disconnected, so a too-short timeout would cull it mid-load).
SHORT_CULL = {"cull_idle_timeout": 20, "cull_interval": 2}


def _kernels_of(pid: int) -> list[int]:
    """Process ids of the ipykernel processes started by the server ``pid`` (its children)."""
    kernels = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and b"ipykernel" in cmdline:
            kernels.append(int(entry.name))
    return kernels


@pytest.fixture(scope="module")
def culling_voila(tmp_path_factory):
    """Voilà with the shipped configuration, cull timings shortened; yields (url, pid)."""
    home = tmp_path_factory.mktemp("hosting")
    config = json.loads((ROOT / "binder" / "voila.json").read_text(encoding="utf-8"))
    config["MappingKernelManager"].update(SHORT_CULL)
    (home / "config").mkdir()
    (home / "config" / "voila.json").write_text(json.dumps(config), encoding="utf-8")
    notebooks = home / "site"
    notebooks.mkdir()
    shutil.copy(EXERCISES / "welcome.ipynb", notebooks / "welcome.ipynb")
    env = jupyter_env(home, JUPYTER_CONFIG_DIR=str(home / "jupyter"))
    port, log = free_port(), home / "voila.log"
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "voila",
        str(notebooks),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        f"--Voila.config_file_paths={home / 'config'}",
    ]
    with serving(command, log, url + "/voila/static/favicon.ico", cwd=notebooks, env=env) as proc:
        yield url, proc.pid, log


def test_five_loads_and_closes_leave_at_most_one_kernel(culling_voila, browser):
    """After five page loads and closes, does at most one kernel survive the cull interval?"""
    url, pid, log = culling_voila
    for _ in range(5):
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/voila/render/welcome.ipynb", wait_until="load", timeout=120_000)
        wait_for_widgets(page)
        context.close()  # the participant closes the tab
    # Every load started a kernel; closing the tab disconnects it, and the culler ends it once
    # idle for cull_idle_timeout (checked every cull_interval).
    deadline = time.monotonic() + 30 + SHORT_CULL["cull_idle_timeout"]
    alive = _kernels_of(pid)
    while len(alive) > 1 and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = _kernels_of(pid)
    assert len(alive) <= 1, f"{len(alive)} kernels still alive:\n{log.read_text(errors='replace')[-2000:]}"


def test_an_open_page_keeps_its_kernel(culling_voila, browser):
    """Is a kernel whose page is still open (connected) left alone, however idle?"""
    url, pid, _log = culling_voila
    context = browser.new_context()
    page = context.new_page()
    try:
        before = set(_kernels_of(pid))
        page.goto(f"{url}/voila/render/welcome.ipynb", wait_until="load", timeout=120_000)
        wait_for_widgets(page)
        mine = set(_kernels_of(pid)) - before
        assert mine, "the page started no kernel"
        time.sleep(SHORT_CULL["cull_idle_timeout"] + 3 * SHORT_CULL["cull_interval"])
        assert mine <= set(_kernels_of(pid)), "the kernel of an open page was culled"
    finally:
        context.close()
