"""How soon a participant can type, and how fast every form answers.

    python bench/bench_first_form.py [--rounds 5] [--contacts 150] [--skip-browser]

1. **First form, side by side.** One Voilà server (the shipped ``binder/voila.json``), one
   headless Chromium. Each round opens, in alternating order, a rendered workshop workbook and
   Voilà's floor: a notebook with a single ``ipywidgets.Textarea``. Measured from navigation to
   the first visible form control (a fresh browser context each time, so a new kernel). Prints
   the medians and the ratio (target: at most 1.3x).
2. **Every widget callback at 150 contacts.** In-process, on a store holding ``--contacts``
   contacts (with interactions), an outbox and a plan: every button of every exercise widget is
   clicked and every text, choice, tick box and date field is changed once; each callback is
   timed. Prints the slowest and how many took 50 ms or more (target: none).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
FORM = ".jupyter-widgets :is(input, textarea, select, button)"
FLOOR = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "floor",
            "metadata": {},
            "outputs": [],
            "source": 'import ipywidgets as widgets\n\nwidgets.Textarea(description="Notes")',
        }
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


# ------------------------------------------------------------------------------ first form
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_form(rounds: int, config_dir: Path = ROOT / "binder") -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    from netkit.coach.render import render
    from netkit.coach.roster import parse_roster

    site = Path(tempfile.mkdtemp(prefix="netkit-bench-form-"))
    roster = parse_roster("Name,Goal\nAda Lovelace,find a mentor\n", where="bench.csv")
    report = render(roster, site, workbook=ROOT / "workbooks" / "workshop.ipynb", progress=False)
    folder = report.results[0].folder
    (folder / "floor.ipynb").write_text(json.dumps(FLOOR), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NETKIT_ANSWERS_DIR"}
    env.update(JUPYTER_CONFIG_DIR=str(site / "jupyter"), JUPYTER_RUNTIME_DIR=str(site / "runtime"))
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voila",
            str(folder),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            f"--Voila.config_file_paths={config_dir}",
        ],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    times: dict[str, list[float]] = {"floor": [], "workshop": []}
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/voila/static/favicon.ico", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for number in range(rounds + 1):  # round 0 warms the disk cache and is not counted
                order = ["floor", "workshop"] if number % 2 else ["workshop", "floor"]
                for name in order:
                    context = browser.new_context()
                    page = context.new_page()
                    start = time.perf_counter()
                    page.goto(f"{url}/voila/render/{name}.ipynb", wait_until="commit", timeout=180_000)
                    page.locator(FORM).first.wait_for(state="visible", timeout=180_000)
                    if number:
                        times[name].append(time.perf_counter() - start)
                    context.close()
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
        shutil.rmtree(site, ignore_errors=True)
    return times


# ------------------------------------------------------------------------------ callbacks
def _store_with(folder: Path, contacts: int):
    from netkit.contacts import RINGS, Contact, contacts_to_json
    from netkit.store.answers import AnswersStore

    today = dt.date.today()
    rings = list(RINGS)
    people = [
        Contact(
            name=f"Person {n:03d}",
            organisation=f"Org {n % 17}",
            role="Engineer",
            sector="Health",
            ring=rings[n % len(rings)],
            last_contact=today - dt.timedelta(days=15 * (n % 40)),
            could_help_with="advice",
            could_offer="an article",
        )
        for n in range(contacts)
    ]
    store = AnswersStore(folder, debounce=60)  # saving happens later, in the background, as in a kernel
    store.set("network.contacts", contacts_to_json(people))
    return store


def _leaves(widget):
    import ipywidgets as widgets

    seen, stack = set(), [widget]
    while stack:  # depth first, in page order: fields are filled in before their buttons
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, widgets.Box):
            stack.extend(reversed(item.children))
        elif isinstance(item, widgets.Widget):
            yield item


def _poke(item) -> str | None:
    """Change one widget as a participant would; the name of what was done, or None."""
    import ipywidgets as widgets

    if isinstance(item, widgets.Button):
        if "delete" in item.description.lower():
            return None  # deleting the data would leave nothing to measure
        item.click()
        return f"click {item.description!r}"
    if isinstance(item, (widgets.Text, widgets.Textarea)) and not isinstance(item, widgets.Password):
        item.value = (item.value or "") + " Kim"
        return f"type into {item.description or item.placeholder or 'text'!r}"
    if isinstance(item, (widgets.Dropdown, widgets.Select, widgets.RadioButtons, widgets.ToggleButtons)):
        options = list(item.options)
        if len(options) > 1:
            item.index = (item.index or 0) + 1 if (item.index or 0) + 1 < len(options) else 0
            return f"choose in {item.description or 'list'!r}"
    if isinstance(item, widgets.Checkbox):
        item.value = not item.value
        return f"tick {item.description!r}"
    if isinstance(item, widgets.DatePicker):
        item.value = dt.date.today()
        return f"date {item.description!r}"
    return None


def callbacks(contacts: int) -> list[tuple[float, str]]:
    from netkit.widgets.network import NetworkMap
    from netkit.widgets.outreach import OutreachComposer
    from netkit.widgets.reflection import ConfidenceCheckIn, PlanBuilder, PlanExport, ReflectionPrompts
    from netkit.widgets.sharing import SharingChoice
    from netkit.widgets.steps import StepView
    from netkit.widgets.takehome import TakeHome

    folder = Path(tempfile.mkdtemp(prefix="netkit-bench-callbacks-"))
    store = _store_with(folder, contacts)
    steps = [("welcome", "Welcome"), ("network-map", "1"), ("outreach", "2"), ("reflection", "3"), ("take-home", "4")]
    makers = [
        ("steps", lambda: StepView(steps, store=store, enabled=True)),
        ("sharing", lambda: SharingChoice(store=store)),
        ("network", lambda: NetworkMap(name="Ada", store=store)),
        ("outreach", lambda: OutreachComposer(name="Ada", goal="a mentor", store=store)),
        ("confidence", lambda: ConfidenceCheckIn(store=store)),
        ("prompts", lambda: ReflectionPrompts(store=store)),
        ("plan", lambda: PlanBuilder(name="Ada", store=store)),
        ("export", lambda: PlanExport(name="Ada", store=store)),
        ("take-home", lambda: TakeHome(name="Ada", store=store)),
    ]
    timed = []
    try:
        for label, make in makers:
            widget = make()
            for item in list(_leaves(widget)):
                start = time.perf_counter()
                try:
                    what = _poke(item)
                except Exception as exc:
                    what = None
                    print(f"  ({label}: {type(exc).__name__} {exc})", file=sys.stderr)
                elapsed = (time.perf_counter() - start) * 1000
                if what:
                    timed.append((elapsed, f"{label}: {what}"))
    finally:
        store.flush()
        shutil.rmtree(folder, ignore_errors=True)
    return sorted(timed, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=150)
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=ROOT / "binder",
        help="folder holding the voila.json to measure (default: the shipped one)",
    )
    args = parser.parse_args()
    if not args.skip_browser:
        times = first_form(args.rounds, args.config_dir)
        floor, workshop = statistics.median(times["floor"]), statistics.median(times["workshop"])
        print(
            f"first form, median of {args.rounds} (s): floor (one textarea) {floor:.2f}   "
            f"workshop {workshop:.2f}   ratio {workshop / floor:.2f}x (target <= 1.3x)"
        )
        print("  floor:   ", " ".join(f"{t:.2f}" for t in times["floor"]))
        print("  workshop:", " ".join(f"{t:.2f}" for t in times["workshop"]))
    timed = callbacks(args.contacts)
    slow = [t for t in timed if t[0] >= 50]
    print(
        f"\nwidget callbacks at {args.contacts} contacts: {len(timed)} timed, {len(slow)} at 50 ms or more; "
        f"median {statistics.median(t for t, _ in timed):.1f} ms"
    )
    for elapsed, what in timed[:12]:
        print(f"  {elapsed:7.1f} ms  {what}")


if __name__ == "__main__":
    main()
