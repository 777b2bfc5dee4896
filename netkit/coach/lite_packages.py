"""The Python packages of the no-server site: Pyodide's core, pure-Python wheels and their lock.

Each download is cached under :func:`netkit.coach.lite.cache_dir`, so a second build is offline:
the Pyodide core from npm, the kernel's and the participant side's wheels from PyPI (markupsafe
built from its sdist), a wheel of this netkit, and a pre-solved ``pyodide-lock.json`` listing
them all. :mod:`netkit.coach.lite` assembles the site from them and re-exports these names.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from netkit.exceptions import NetkitError
from netkit.resources import PACKAGE_DIR

__all__ = [
    "CORE_FILES",
    "KERNEL_OWN_WHEELS",
    "KERNEL_REQUIREMENTS",
    "LiteBuildError",
    "NOT_IN_THE_BROWSER",
    "PARTICIPANT_REQUIREMENTS",
    "PYODIDE_VERSION",
    "Runner",
    "fetch_pyodide",
    "fetch_wheels",
    "kernel_own_wheels",
    "netkit_wheel",
    "pyodide_lock",
    "run_step",
]

#: The Pyodide core jupyterlite-pyodide-kernel 0.8.6 loads (Python 3.14 in the browser).
PYODIDE_VERSION = "314.0.6"


#: What the kernel itself imports at start (its own ipykernel/piplite wheels come with it).
KERNEL_REQUIREMENTS = ("micropip==0.11.1", "ipython", "jedi", "comm")


#: The participant side of netkit: everything a workbook imports, all pure Python.
PARTICIPANT_REQUIREMENTS = (
    "ipywidgets>=8.1",
    "jinja2>=3.1",
    "markupsafe>=2.1",
    "icalendar>=5.0",
    "holidays>=0.60",  # follow-up dates skip the workshop country's public holidays
    "vobject>=0.9.7",
    "filelock>=3.12",
    "python-slugify>=8.0",
    "charset-normalizer>=3.3",  # textfile: an imported contacts file in a legacy code page
    "python-dateutil>=2.8",  # the plan's dates (also a dependency of holidays and icalendar)
    "babel>=2.12",  # the participant's language: dates and names (CLDR data; the translations ship compiled)
)

#: netkit's own dependencies the site leaves out, and why (every other one is in PARTICIPANT_REQUIREMENTS).
NOT_IN_THE_BROWSER = {
    "ipykernel": "the Pyodide kernel is the kernel (its own stand-in wheel)",
    "nbformat": "only the server start page renders notebooks; the site's are built in",
}


#: Pyodide's core files the site needs (the rest of the npm package is docs and types).
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "package.json")


#: The kernel's own stand-in wheels (from the pyodide-kernel labextension) that are loaded too.
KERNEL_OWN_WHEELS = ("ipykernel-", "piplite-", "pyodide_kernel-", "widgetsnbextension-4.")


Runner = Callable[..., subprocess.CompletedProcess]


class LiteBuildError(NetkitError):
    """A step of the site build failed (a download, npm, or ``jupyter lite build``)."""


def run_step(run: Runner, args: Sequence[str], what: str, **kwargs) -> None:
    """Run one step of the site build (npm, pip, ``jupyter lite build``) through ``run``, its output captured.

    A missing program or a failing step raises :class:`LiteBuildError` naming ``what`` with the last lines the
    step printed, so the coach sees what to install or retry instead of a traceback."""
    try:
        done = run(list(args), capture_output=True, text=True, **kwargs)
    except FileNotFoundError as exc:
        raise LiteBuildError(
            f"{what}: {exc.filename} is not installed",
            where="netkit lite",
            fix="install it (npm comes with Node.js; jupyter lite with `pip install netkit[lite]`)",
        ) from None
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout or "").strip().splitlines()[-8:])
        raise LiteBuildError(
            f"{what} failed:\n{tail}",
            where="netkit lite",
            fix="check the package registries are reachable (PyPI, npm), then retry",
        )


def fetch_pyodide(cache: Path, run: Runner = subprocess.run) -> Path:
    """The Pyodide core from the npm registry (once; then from the cache)."""
    folder = cache / f"npm-pyodide-{PYODIDE_VERSION}"
    core = folder / "node_modules" / "pyodide"
    if not all((core / name).exists() for name in CORE_FILES):
        folder.mkdir(parents=True, exist_ok=True)
        run_step(
            run,
            [
                "npm",
                "install",
                "--prefix",
                str(folder),
                "--no-audit",
                "--no-fund",
                "--no-save",
                f"pyodide@{PYODIDE_VERSION}",
            ],
            "downloading Pyodide from npm",
        )
    return core


def _requirements_key() -> str:
    text = "\n".join((*KERNEL_REQUIREMENTS, *PARTICIPANT_REQUIREMENTS, PYODIDE_VERSION))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def kernel_own_wheels() -> list[Path]:
    """The stand-in wheels shipped inside the jupyterlite-pyodide-kernel labextension."""
    from jupyter_core.paths import jupyter_path

    for root in jupyter_path("labextensions"):
        pypi = Path(root) / "@jupyterlite" / "pyodide-kernel-extension" / "static" / "pypi"
        if pypi.is_dir():
            return sorted(p for p in pypi.glob("*.whl") if p.name.startswith(KERNEL_OWN_WHEELS))
    raise LiteBuildError(
        "jupyterlite-pyodide-kernel is not installed", where="netkit lite", fix="pip install 'netkit[lite]'"
    )


def fetch_wheels(cache: Path, run: Runner = subprocess.run) -> Path:
    """Pure-Python wheels of the kernel's and the participant's dependencies (once; then cached)."""
    folder = cache / f"wheels-{_requirements_key()}"
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for wheel in kernel_own_wheels():  # found first by pip: the kernel's widgetsnbextension stand-in wins
        shutil.copy2(wheel, folder / wheel.name)
    if not list(folder.glob("markupsafe-*-py3-none-any.whl")) and not list(
        folder.glob("MarkupSafe-*-py3-none-any.whl")
    ):
        # No pure wheel on PyPI, but its sdist builds one when no C compiler is found.
        run_step(
            run,
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--no-binary",
                "markupsafe",
                "-w",
                str(folder),
                "markupsafe",
            ],
            "building a pure-Python markupsafe wheel",
            env={**os.environ, "CC": "/bin/false"},
        )
    run_step(
        run,
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--only-binary=:all:",
            "--python-version",
            "3.14",
            "--platform",
            "any",
            "--implementation",
            "py",
            "--abi",
            "none",
            "--find-links",
            str(folder),
            "-d",
            str(folder),
            *KERNEL_REQUIREMENTS,
            *PARTICIPANT_REQUIREMENTS,
        ],
        "downloading pure-Python wheels from PyPI",
    )
    done.write_text("ok\n")
    return folder


def netkit_wheel(dest: Path, run: Runner = subprocess.run) -> Path:
    """A wheel of this netkit (the checkout it runs from), dependencies left to the lock."""
    root = PACKAGE_DIR.parent
    if not (root / "pyproject.toml").exists():
        raise LiteBuildError(
            "netkit lite builds from a source checkout of netkit",
            where=str(root),
            fix="clone the repository and run `pip install -e '.[lite]'` there",
        )
    run_step(
        run,
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dest), str(root)],
        "building the netkit wheel",
    )
    return max(dest.glob("netkit-*.whl"), key=lambda p: p.stat().st_mtime)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyodide_lock(wheels: Sequence[Path], info: Mapping[str, str]) -> dict:
    """A pre-solved ``pyodide-lock.json``: one entry per wheel (the newest of each name).

    Every package is also listed in ``loadPyodideOptions.packages`` (see :func:`lite_config`),
    so Pyodide loads them all at start and needs no dependency graph (``depends`` stays empty).
    """
    newest: dict[str, tuple[tuple, Path, str]] = {}
    for wheel in wheels:
        name, version = wheel.name.split("-")[:2]
        key = tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.+]", version))
        canonical = _canonical(name)
        if canonical not in newest or key > newest[canonical][0]:
            newest[canonical] = (key, wheel, version)
    packages = {}
    for canonical, (_key, wheel, version) in sorted(newest.items()):
        packages[canonical] = {
            "name": canonical,
            "version": version,
            "file_name": wheel.name,
            "install_dir": "site",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
            "package_type": "package",
            "imports": [],
            "depends": [],
            "unvendored_tests": False,
            "shared_library": False,
        }
    return {"info": dict(info), "packages": packages}
