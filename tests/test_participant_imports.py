"""The participant side is pure Python: nothing a participant runs loads numpy or matplotlib.

The browser-only mode (JupyterLite/Pyodide, issue #18) has no numpy or matplotlib wheels, and
on Binder they are the slowest imports of a workbook. So a fresh interpreter imports every
participant module, runs the netkit cells of every exercise notebook and the start page, and
does what a participant does (adds contacts, draws the map and charts, makes the plan and the
take-home zip); then ``sys.modules`` must hold none of the coach-only heavy packages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Coach-side only: pictures as PNG/PDF, rendering, hub client, CLI.
FORBIDDEN = ("numpy", "matplotlib", "PIL", "papermill", "nbclient", "nbconvert", "httpx", "click", "tqdm")

PARTICIPANT = r"""
import datetime as dt, importlib, json, pkgutil, sys
from pathlib import Path

import netkit.widgets
for module in pkgutil.iter_modules(netkit.widgets.__path__):
    if module.name != "coach":  # the coach's report widget: coach side
        importlib.import_module(f"netkit.widgets.{module.name}")
for core in ("store.answers", "contacts", "contacts.importers", "exercises.network.analysis",
             "exercises.network.egomap", "exercises.network.charts", "exercises.reflection.confidence", "exercises.reflection.plan",
             "exercises.reflection.prompts", "exercises.outreach", "exercises.outreach.lint", "exercises.outreach.followups",
             "reminders_ics", "workbook.handout", "workbook.takehome", "coach.start",
             "svg"):
    importlib.import_module(f"netkit.{core}")

namespace = {}
for notebook in sys.argv[1:]:
    for cell in json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and ("netkit" in source or "name = " in source):
            exec(compile(source, notebook, "exec"), namespace)

from netkit.store.answers import open_store
from netkit.contacts import Contact
from netkit.widgets.network import NetworkMap
from netkit.widgets.reflection import ConfidenceCheckIn, PlanBuilder, PlanExport
from netkit.workbook.takehome import build_archive

store = open_store()
network = NetworkMap(name="Ada", redraw_delay=0)
for index, name in enumerate(["中村 さくら", "Kim <b>", "Zoë 🙂"]):
    network._fields["name"].value = name
    network._fields["sector"].value = ("Tech", "Health")[index % 2]
    network._picker.value = ""
    network._save_button.click()
network._log_button.click()
network.refresh_pictures()
assert "<svg" in network._map.value and "<svg" in network._reciprocity.value
checkin = ConfidenceCheckIn()
checkin.sliders["before"].value = 3
builder = PlanBuilder(name="Ada")
store.set("reflection.plan", [{"person": "Kim", "closeness": "close", "cadence": "monthly", "first_step": "Hi",
                               "first_date": dt.date.today().isoformat()}])
PlanExport(name="Ada").export()
build_archive(store, name="Ada")
store.flush()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_participant_side_loads_neither_numpy_nor_matplotlib(tmp_path):
    """Run in a fresh interpreter, does everything a participant runs leave numpy, matplotlib and the
    coach's tools (papermill, click, httpx…) unimported?"""
    notebooks = sorted(str(p) for p in (ROOT / "exercises").glob("*.ipynb")) + [str(ROOT / "workbooks/start.ipynb")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "NETKIT_ANSWERS_DIR": str(tmp_path),
        "MPLBACKEND": "Agg",
    }
    result = subprocess.run(
        [sys.executable, "-c", PARTICIPANT, *notebooks],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "netkit" in loaded and "ipywidgets" in loaded  # the script really ran the participant side
    assert not loaded & set(FORBIDDEN), sorted(loaded & set(FORBIDDEN))
