"""Small Playwright helpers shared by the browser tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from netkit.store.answers import ENV_FOLDER

#: Debian's Chromium, started as RECIPES.md found works here (no background networking: the
#: machine's closed network refuses it). The benchmarks under bench/ launch it the same way.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
FIELDS = ".widget-text input[type=text], .widget-textarea textarea"


def wait_for_widgets(page, settle: float = 0.6, timeout: float = 60) -> None:
    """Wait until widget views are on the page and their number stops changing."""
    # a visible one: the step view's header is in the page but hidden in JupyterLab
    page.locator(".jupyter-widgets >> visible=true").first.wait_for(timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    last, stable_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        count = page.locator(".jupyter-widgets").count()
        if count != last:
            last, stable_since = count, time.monotonic()
        elif time.monotonic() - stable_since >= settle:
            return
        time.sleep(0.1)


def open_voila(page, site, exercise: str, *, navigate: bool = True) -> None:
    """Open an exercise in Ada's Voilà (a new kernel) and wait for its widgets."""
    if navigate:
        page.goto(f"{site.voila_url}/voila/render/{exercise}.ipynb", wait_until="load", timeout=120_000)
    else:
        page.wait_for_load_state("load")
    wait_for_widgets(page)


def wait_for_workbook(page, timeout: float = 180) -> None:
    """Wait until a composed workbook has run to its last cell (the step view's footer).

    With Voilà's progressive rendering (the shipped configuration) the page is interactive while
    later cells still run, so widget counts can look settled before the end."""
    page.locator(".netkit-steps-footer").wait_for(state="attached", timeout=timeout * 1000)
    wait_for_widgets(page)


def text_fields(page, limit: int = 3):
    """The first visible, editable text fields of the page."""
    found = []
    for field in page.locator(FIELDS).all():
        if field.is_visible() and field.is_editable():
            found.append(field)
        if len(found) == limit:
            break
    return found


def type_answers(page, fields, *, prefix: str, hostile: str) -> list[str]:
    """Type a distinct answer (with hostile text) into each field, as a person would."""
    typed = []
    for number, field in enumerate(fields):
        text = f"{prefix}-{number} {hostile}"
        field.click()
        field.fill(text)
        field.press("Tab")  # fields that sync on blur (continuous_update=False) sync now
        typed.append(text)
    return typed


def saved_values(folder: Path) -> list:
    """Every string value (nested too) in a participant's answers file."""
    path = folder / "netkit-answers.json"
    if not path.exists():
        return []
    try:
        answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    except ValueError:
        return []
    strings: list[str] = []

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(answers)
    return strings


def wait_until_saved(folder: Path, typed: list[str], timeout: float = 10) -> list[str]:
    """The typed texts found in the answers file once saving settles (debounce + write)."""
    deadline = time.monotonic() + timeout
    found: list[str] = []
    while time.monotonic() < deadline:
        values = saved_values(folder)
        found = [text for text in typed if any(text in value for value in values)]
        if len(found) == len(typed):
            break
        time.sleep(0.2)
    return found


def assert_not_pwned(page) -> None:
    """No injected script or event handler ran, and no injected <img> exists in the page."""
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x']").count() == 0


def screenshot(page, path: Path) -> None:
    """A screenshot of the whole exercise (Voilà and Lab scroll inside a container, not the page)."""
    height = page.evaluate(
        "() => Math.max(document.body.scrollHeight, ...[...document.querySelectorAll("
        "'.jp-WindowedPanel-outer, .jp-Notebook, #rendered_cells, .jp-LabShell, body *')]"
        ".slice(0, 2000).map(e => e.scrollHeight || 0))"
    )
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), size["height"]), 8000)})
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


# --------------------------------------------------------------------------- JupyterLab


def lab_menu(page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


IDLE = ".jp-Notebook-ExecutionIndicator[data-status='idle']"


def lab_kernel_idle(page, site, exercise: str, timeout: float = 90) -> None:
    """Wait until the notebook's kernel is started and idle (asked of the server, not the UI)."""
    page.wait_for_selector(".jp-Notebook", timeout=60_000)
    path = f"{site.ada.name}/{exercise}.ipynb"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.locator(".jp-Dialog .jp-mod-accept").count():  # "Select Kernel": take the default
            page.locator(".jp-Dialog .jp-mod-accept").first.click()
        with urllib.request.urlopen(f"{site.lab_url}/api/sessions", timeout=10) as response:
            sessions = json.load(response)
        if any(s.get("path") == path and (s.get("kernel") or {}).get("execution_state") == "idle" for s in sessions):
            page.wait_for_selector(IDLE, timeout=30_000)
            return
        time.sleep(0.3)
    raise AssertionError(f"the kernel of {path} did not start")


def lab_run_all(page) -> None:
    lab_menu(page, "Run", "Run All Cells")
    page.wait_for_timeout(500)  # let the kernel turn busy before waiting for idle again
    page.wait_for_selector(IDLE, timeout=90_000)
    wait_for_widgets(page)


def open_lab(page, site, exercise: str) -> None:
    # a workspace of its own, so tabs from earlier tests are not reopened
    page.goto(
        f"{site.lab_url}/lab/workspaces/{exercise}-{uuid.uuid4().hex[:8]}/tree/{site.ada.name}/{exercise}.ipynb",
        wait_until="load",
        timeout=120_000,
    )
    lab_kernel_idle(page, site, exercise)


# --------------------------------------------------------------------------- servers on 127.0.0.1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def jupyter_env(home: Path, **extra: str) -> dict[str, str]:
    """This process's environment for a Jupyter server: no answers folder or Binder variables leak in, and
    Jupyter's config and runtime folders are under ``home`` (nothing of the developer's own setup)."""
    env = {k: v for k, v in os.environ.items() if k != ENV_FOLDER and not k.startswith("BINDER_")}
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_RUNTIME_DIR=str(home / "runtime"), JUPYTER_PLATFORM_DIRS="1"
    )
    env.update(extra)
    return env


def start(command: list[str], log: Path, *, cwd: Path | None = None, env: dict | None = None) -> subprocess.Popen:
    """Start a server in a session of its own (so :func:`stop` ends its kernels too), its output into ``log``."""
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server not ready at {url}:\n{log.read_text(errors='replace')[-3000:]}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # its own session: the server and its kernels
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def serving(
    command: list[str], log: Path, ready: str, *, cwd: Path | None = None, env: dict | None = None
) -> Iterator[subprocess.Popen]:
    """One server: started, waited for until ``ready`` (a URL) answers 200, stopped (with its kernels) after."""
    proc = start(command, log, cwd=cwd, env=env)
    try:
        wait_http(ready, proc, log)
        yield proc
    finally:
        stop(proc)
