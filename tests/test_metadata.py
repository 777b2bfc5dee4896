"""The package's metadata tells the truth: what it imports is what it declares, the version has one
source, the Python floor matches the syntax and standard library it uses, and ``python -m netkit`` works."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import netkit
from netkit.runtime import PYODIDE_MODULES

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    return _canonical(re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0])


def _declared() -> set[str]:
    project = PYPROJECT["project"]
    names = {_requirement_name(spec) for spec in project["dependencies"]}
    for extra in project.get("optional-dependencies", {}).values():
        names |= {_requirement_name(spec) for spec in extra}
    return names


def _imported_top_levels() -> set[str]:
    """Every absolute module imported anywhere in the package (at any depth: lazy imports count)."""
    names: set[str] = set()
    for path in (ROOT / "netkit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"netkit"} - PYODIDE_MODULES


def _distribution(module: str) -> str:
    dists = packages_distributions().get(module)
    assert dists, f"{module} is imported by netkit but no installed distribution provides it"
    return _canonical(dists[0])


def test_every_imported_package_is_declared():
    missing = sorted({_distribution(m) for m in _imported_top_levels()} - _declared())
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_every_runtime_dependency_is_imported():
    imported = {_distribution(m) for m in _imported_top_levels()}
    # Declared for what they install rather than what netkit imports: the kernel the workbooks run on.
    installed_for_their_programs = {"ipykernel"}
    unused = sorted(
        {_requirement_name(s) for s in PYPROJECT["project"]["dependencies"]} - imported - installed_for_their_programs
    )
    assert not unused, f"declared in pyproject.toml but never imported: {unused}"


def test_version_has_one_source():
    assert "version" in PYPROJECT["project"].get("dynamic", []), "the version is read from netkit/__init__.py"
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "netkit/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", netkit.__version__)


def test_requires_python_matches_the_code():
    floor = re.fullmatch(r">=\s*3\.(\d+)", PYPROJECT["project"]["requires-python"])
    assert floor, "requires-python is a plain floor like >=3.11"
    minor = int(floor.group(1))
    # tomllib is in the standard library from 3.11: the floor must not claim less.
    assert minor >= 11
    for path in (ROOT / "netkit").rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, minor))


def test_python_dash_m_netkit():
    result = subprocess.run(
        [sys.executable, "-m", "netkit", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout and "render" in result.stdout
