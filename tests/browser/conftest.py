"""Real-browser fixtures: ONE Voilà server, ONE JupyterLab server, ONE Chromium, for the whole session.

The site the servers see (a temporary folder)::

    site/start.ipynb                  the Binder start page (served by Lab's Voilà extension,
                                      as mybinder.org's urlpath=voila/render/start.ipynb does)
    site/<ada folder>/*.ipynb         Ada's workbooks: every exercise, rendered by netkit.coach.render
    site/<bo folder>/*.ipynb          another participant, whom Ada's Voilà must never list

The Voilà server is rooted at Ada's folder (how a coach serves one participant). Servers get a
throw-away JUPYTER_CONFIG_DIR / runtime / settings / workspaces, no token, 127.0.0.1 only,
and no NETKIT_ANSWERS_DIR, so kernels keep answers next to the notebook as in real use.
Screenshots go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from netkit.coach.render import render
from netkit.coach.roster import parse_roster

from .helpers import CHROMIUM, CHROMIUM_ARGS, free_port, jupyter_env, start, stop, wait_http

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
ARTIFACTS = ROOT / "test-artifacts"
HOSTILE_NAME = "Ada <img src=x onerror=window.__pwned=1>"
HOSTILE_GOAL = "$50k … $70k </script><script>window.__pwned=1</script>"
ROSTER = (
    "Name,Goal,Career stage,Workshop\n"
    f'"{HOSTILE_NAME}","{HOSTILE_GOAL}",early,Networking that lasts\n'
    "Bo Berg,find a mentor,mid,Networking that lasts\n"
)


def exercise_names(*, translations: bool = False) -> list[str]:
    """Every exercise notebook (with ``translations``, their German and Spanish copies too, e.g. ``welcome.de``)."""
    return sorted(p.stem for p in EXERCISES.glob("*.ipynb") if translations or "." not in p.stem)


#: Exercises with no free-text field (a personalised card and a checkbox; download/upload
#: buttons): their own tests cover them instead of the typing round trips.
NO_TEXT_FIELDS = {"welcome", "take-home"}


def typing_exercises() -> list[str]:
    """The exercises a participant types into (English; the translated copies have the same widgets)."""
    return [name for name in exercise_names() if name not in NO_TEXT_FIELDS]


@dataclass
class Site:
    root: Path
    ada: Path
    bo: Path
    voila_url: str
    lab_url: str


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """Render the participants, start Voilà (rooted at Ada's folder) and JupyterLab; stop them after."""
    started = time.monotonic()
    root = tmp_path_factory.mktemp("site")
    roster = parse_roster(ROSTER, where="tiny-roster.csv")
    for name in exercise_names(translations=True):
        report = render(roster, root, workbook=EXERCISES / f"{name}.ipynb", progress=False)
        assert report.ok, report.summary()
    report = render(roster, root, workbook=ROOT / "workbooks" / "workshop.ipynb", progress=False)
    assert report.ok, report.summary()
    shutil.copy(ROOT / "workbooks" / "start.ipynb", root / "start.ipynb")
    ada, bo = (root / r.folder.name for r in report.results)

    home = tmp_path_factory.mktemp("jupyter-home")
    settings = home / "lab-settings"
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8"
    )
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}), encoding="utf-8"
    )  # every cell in the DOM, for the test
    env = jupyter_env(
        home,
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        PYTHONUNBUFFERED="1",
    )

    voila_port, lab_port = free_port(), free_port()
    voila_log, lab_log = home / "voila.log", home / "lab.log"
    voila = start(
        [
            sys.executable,
            "-m",
            "voila",
            str(ada),
            "--no-browser",
            f"--port={voila_port}",
            "--Voila.ip=127.0.0.1",
            "--show_tracebacks=True",
            f"--Voila.config_file_paths={ROOT / 'binder'}",
        ],  # the shipped configuration (culling, progressive)
        voila_log,
        cwd=ada,
        env=env,
    )
    lab = start(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={lab_port}",
            "--ServerApp.ip=127.0.0.1",
            "--IdentityProvider.token=",
            "--ServerApp.password=",
            "--ServerApp.disable_check_xsrf=True",
            "--allow-root",
            f"--ServerApp.root_dir={root}",
            f"--LabApp.user_settings_dir={settings}",
            f"--LabApp.workspaces_dir={home / 'workspaces'}",
        ],
        lab_log,
        cwd=root,
        env=env,
    )
    try:
        voila_url, lab_url = f"http://127.0.0.1:{voila_port}", f"http://127.0.0.1:{lab_port}"
        wait_http(voila_url + "/voila/static/favicon.ico", voila, voila_log)
        wait_http(lab_url + "/api/status", lab, lab_log)
        print(f"\n[browser] site ready in {time.monotonic() - started:.1f} s", file=sys.stderr)
        yield Site(root=root, ada=ada, bo=bo, voila_url=voila_url, lab_url=lab_url)
    finally:
        stop(voila)
        stop(lab)


@pytest.fixture(scope="session")
def browser(skip_or_fail):
    """One headless Debian Chromium for the session."""
    try:
        from playwright import sync_api
    except ImportError:
        skip_or_fail('pip install -e ".[test]" (playwright)')
    if not Path(CHROMIUM).exists():
        skip_or_fail("apt-get install chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies, no storage) and page per test; downloads allowed."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # CI's machine is shared and loaded (two cores, kernels and servers starting): a wait that would pass given a
    # minute is no failure of the kit. A failing wait only takes longer to report.
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
