"""The participant's install is small, and the coach's extra holds the rest.

``pip install netkit`` is what a participant environment (Binder, a hub image, a laptop) needs to
run a workbook; ``pip install "netkit[coach]"`` adds render, collect, guide, e-mails, the hub client
and the no-server site. These tests ask: does the participant's dependency closure hold none of the
coach's packages; does participant code import only what that install has; do the three exercise
forms work in an interpreter where the coach's packages cannot be imported; and does a coach command
run there say in one line what to install?
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

from netkit.__main__ import COACH_EXTRA, COACH_MODULES
from netkit.runtime import PYODIDE_MODULES

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: The heavy coach-side distributions a participant environment must not carry.
COACH_DISTRIBUTIONS = {"papermill", "matplotlib", "numpy", "fpdf2", "httpx", "click", "tqdm", "mistune", "voila"}

#: Where the coach's code lives: these may import the coach extra (the rest of netkit may not).
COACH_CODE = ("netkit/coach/", "netkit/cli/", "netkit/hub/", "netkit/cli_errors.py", "netkit/batch.py")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _closure(requirements: list[str]) -> set[str]:
    """Every installed distribution ``pip install`` of these requirements pulls in (markers evaluated,
    extras not requested are left out), read from the installed packages' own metadata."""
    seen: set[str] = set()
    todo = [Requirement(spec) for spec in requirements]
    while todo:
        req = todo.pop()
        name = _canonical(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = distribution(req.name).requires or []
        except PackageNotFoundError:
            continue  # not installed here (an optional platform package): nothing more to follow
        for spec in requires:
            child = Requirement(spec)
            wanted = [{"extra": extra} for extra in req.extras] or [{"extra": ""}]
            if child.marker is None or any(child.marker.evaluate(env) for env in wanted):
                todo.append(child)
    return seen


def test_participant_install_pulls_in_none_of_the_coach_packages():
    """Does ``pip install netkit`` (its dependencies and theirs) leave out papermill, matplotlib, numpy…?"""
    closure = _closure(PROJECT["dependencies"])
    assert {"ipywidgets", "ipykernel", "jinja2", "vobject"} <= closure  # the walk really followed the tree
    assert not closure & COACH_DISTRIBUTIONS, sorted(closure & COACH_DISTRIBUTIONS)


def test_coach_extra_installs_what_the_coach_commands_import():
    """Does the ``coach`` extra name a distribution for every module the command line checks for?"""
    coach = {_canonical(Requirement(spec).name) for spec in PROJECT["optional-dependencies"]["coach"]}
    providers = packages_distributions()
    for module in COACH_MODULES:
        assert _canonical(providers[module][0]) in coach, module
    assert {"voila", "jupyterlab"} <= coach  # the README's next step opens the workbooks with them


def _third_party_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"netkit"} - PYODIDE_MODULES


def test_participant_code_imports_only_the_participant_install():
    """Does every module outside the coach's code import only packages ``pip install netkit`` provides?"""
    base = _closure(PROJECT["dependencies"])
    providers = packages_distributions()
    for path in sorted((ROOT / "netkit").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(COACH_CODE):
            continue
        for module in _third_party_imports(path):
            dist = _canonical(providers[module][0])
            assert dist in base, f"{relative} imports {module} ({dist}), which only the coach extra installs"


#: Runs first in the child interpreter: the coach's packages cannot be imported, as after ``pip install netkit``.
BLOCK_COACH = f"""
import sys
from importlib.abc import MetaPathFinder
BLOCKED = {set(COACH_MODULES) | {"nbclient", "nbconvert", "PIL", "fontTools", "voila"}!r}
class Blocked(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, Blocked())
import importlib.util
_real = importlib.util.find_spec
importlib.util.find_spec = lambda name, *a: None if name.split(".")[0] in BLOCKED else _real(name, *a)
"""


def _run_without_coach(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "NETKIT_ANSWERS_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-c", BLOCK_COACH + code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )


def test_three_exercise_forms_work_without_the_coach_extra(tmp_path):
    """With the coach's packages unimportable, do the network, outreach and reflection forms load and
    take an answer?"""
    done = _run_without_coach(
        """
from netkit.widgets.network import NetworkMap
from netkit.widgets.outreach import OutreachComposer
from netkit.widgets.reflection import PlanBuilder
network = NetworkMap(name="Ada", redraw_delay=0)
network._fields["name"].value = "Kim"
network._save_button.click()
OutreachComposer(name="Ada")
PlanBuilder(name="Ada")
from netkit.store.answers import open_store
print("contacts", len(open_store().get("network.contacts", [])))
""",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "contacts 1" in done.stdout


def test_coach_command_without_the_extra_says_what_to_install(tmp_path):
    """Does ``netkit render`` in a participant's install print one line with the install command and exit 2?"""
    done = _run_without_coach(
        "sys.argv = ['netkit', 'render', '--example']\nfrom netkit.__main__ import main\nmain()", tmp_path
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and COACH_EXTRA in lines[0] and "Traceback" not in done.stderr
    assert "click" in lines[0]  # says what is missing


def test_the_command_line_skips_the_grammar_nbformat_never_uses():
    """Does the command line start without jsonschema's "iri" grammar, while notebooks still validate and a
    plain ``import netkit`` (a kernel) leaves every import as it was?"""
    script = (
        "import sys\n"
        "from netkit.__main__ import skip_unused_imports\n"
        "import netkit\n"
        "assert 'rfc3987_syntax' not in sys.modules\n"
        "skip_unused_imports()\n"
        "import nbformat\n"
        f"nbformat.validate(nbformat.read({str(ROOT / 'workbooks' / 'workshop.ipynb')!r}, as_version=4))\n"
        "assert sys.modules.get('rfc3987_syntax') is None\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
