"""The no-server site: the workbook runs in the participant's browser (JupyterLite + Pyodide).

``netkit lite -o SITE`` builds a folder any static host can serve (GitHub Pages, a laptop's
``python -m http.server`` on the room's Wi-Fi). Nothing is fetched from a CDN when it runs:

    SITE/index.html                       → the welcome page (notebooks app, start.ipynb)
    SITE/notebooks/?path=start.ipynb      the welcome page: the participant types their own details
    SITE/notebooks/?path=workshop.ipynb   the workbook as an app (code hidden, run on open)
    SITE/notebooks/?path=workshop.ipynb&code=1   the same workbook as a notebook, code shown
    SITE/static/pyodide/                  Pyodide's core (from the npm registry) + every wheel
    SITE/extensions/netkit-lite/          the small app-mode extension (run on open, hide code)

How it is made (each step cached under :func:`cache_dir`, so a second build is offline):

1. the Pyodide core from npm (``pyodide@`` :data:`PYODIDE_VERSION`, the version the kernel
   expects); numpy and matplotlib have no reachable Pyodide wheels, so the participant side
   of netkit needs neither;
2. pure-Python wheels of the participant side and the kernel (``pip download`` for Python
   3.14, platform ``any``; markupsafe built from its sdist with no compiler) and a wheel of
   this netkit;
3. a pre-solved ``pyodide-lock.json`` listing every wheel, all of them loaded when the kernel
   starts (``loadPyodideOptions.packages``): imports work with no install cell and the
   kernel never asks PyPI (``disablePyPIFallback``);
4. the two notebooks, personalised only with what the coach gives (workshop, date, coach):
   the participant's own details are typed on the welcome page and stay in their browser;
5. ``jupyter lite build`` (jupyterlite-core + jupyterlite-pyodide-kernel), notebooks app
   only, no source maps.

Coach side only: the participant never imports this module.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import NetkitError
from .steps import LAB_ONLY_TAG

__all__ = ["LiteSite", "build_site", "cache_dir", "lite_notebooks", "pyodide_lock"]

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
    "vobject>=0.9.7",
    "filelock>=3.12",
    "python-slugify>=8.0",
)
#: Pyodide's core files the site needs (the rest of the npm package is docs and types).
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "package.json")
#: The kernel's own stand-in wheels (from the pyodide-kernel labextension) that are loaded too.
KERNEL_OWN_WHEELS = ("ipykernel-", "piplite-", "pyodide_kernel-", "widgetsnbextension-4.")
#: The notebooks of the site (in the browser drive's root, so they share one answers file).
START, WORKBOOK = "start.ipynb", "workshop.ipynb"
EXTENSION = Path(__file__).resolve().parent / "data" / "lite-extension"
ENV_CACHE = "NETKIT_LITE_CACHE"

Runner = Callable[..., subprocess.CompletedProcess]


class LiteBuildError(NetkitError):
    """A step of the site build failed (a download, npm, or ``jupyter lite build``)."""


@dataclass
class LiteSite:
    """What ``build_site`` made."""

    path: Path
    wheels: list[str] = field(default_factory=list)
    size: int = 0

    def summary(self) -> str:
        return (
            f"Built the no-server site in {self.path} ({self.size / 1e6:.1f} MB, {len(self.wheels)} "
            f"Python packages). Try it: python -m http.server -d {self.path} 8000, then open "
            "http://localhost:8000/"
        )


def cache_dir() -> Path:
    """Where downloads are kept between builds (``$NETKIT_LITE_CACHE`` or ``~/.cache/netkit/lite``)."""
    env = os.environ.get(ENV_CACHE)
    return Path(env) if env else Path.home() / ".cache" / "netkit" / "lite"


def _run(run: Runner, args: Sequence[str], what: str, **kwargs) -> None:
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
        _run(
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
        _run(
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
    _run(
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
    root = Path(__file__).resolve().parent.parent
    if not (root / "pyproject.toml").exists():
        raise LiteBuildError(
            "netkit lite builds from a source checkout of netkit",
            where=str(root),
            fix="clone the repository and run `pip install -e '.[lite]'` there",
        )
    _run(
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


def lite_config(packages: Sequence[str]) -> dict:
    """``jupyter-lite.json`` of the site: local Pyodide, every package preloaded, never PyPI."""
    kernel = {"disablePyPIFallback": True, "loadPyodideOptions": {"packages": list(packages)}}
    # Every cell in the page (no windowing): find-in-page works and nothing pops in while scrolling.
    settings = {"@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}
    return {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "netkit",
            "settingsOverrides": settings,
            "litePluginSettings": {"@jupyterlite/pyodide-kernel-extension:kernel": kernel},
        },
    }


def _code(source: str, *, hidden: bool = True) -> dict:
    import nbformat

    cell = nbformat.v4.new_code_cell(source)
    if hidden:
        cell.metadata["jupyter"] = {"source_hidden": True}
    return cell


def lite_notebooks(workbook: Path, start: Path, defaults: Mapping[str, str]) -> dict[str, object]:
    """The welcome page and the workbook for the site, from the bundled ones.

    The workbook's ``parameters`` cell (filled by papermill on a server) becomes one that reads the
    profile the participant typed on the welcome page from the answers in this browser; only the
    coach's workshop, date and coach are written into the site; the JupyterLab-only "how to start"
    cell is dropped (the app runs every cell on open). Both notebooks are marked for the
    app-mode extension (run on open, code hidden).
    """
    import nbformat

    from .roster import WORKBOOK_FIELDS

    coach_side = {key: str(defaults.get(key, "")) for key in ("workshop", "workshop_date", "coach")}
    nb = nbformat.read(workbook, as_version=4)
    # The "Run ▸ Run All Cells" hint is for JupyterLab on a server: the app mode runs every cell on open.
    nb.cells = [cell for cell in nb.cells if LAB_ONLY_TAG not in cell.get("metadata", {}).get("tags", [])]
    lines = [
        "# Your details come from the welcome page and stay in this browser; the workshop's from your coach.",
        "from netkit.start import saved_profile",
        f"_profile = saved_profile(defaults={coach_side!r})",
    ]
    lines += [f"{key} = _profile[{key!r}]" for key in WORKBOOK_FIELDS]
    for index, cell in enumerate(nb.cells):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            nb.cells[index] = _code("\n".join(lines))
            break
    else:
        raise LiteBuildError(
            "the workbook has no parameters cell", where=str(workbook), fix="use a workbook made by `netkit compose`"
        )
    welcome = nbformat.read(start, as_version=4)
    for cell in welcome.cells:
        if cell.cell_type == "markdown":
            cell.source = cell.source.replace("inside this session only", "in this browser only")
        if cell.cell_type == "code" and "StartPage(" in cell.source:
            cell.source = (
                "from netkit.widgets.start import StartPage\n\n"
                f"StartPage(notebook={WORKBOOK!r}, app_link='index.html?path={WORKBOOK}', "
                f"defaults={coach_side!r})"
            )
            cell.metadata["jupyter"] = {"source_hidden": True}
    for page in (nb, welcome):
        page.metadata.setdefault("netkit", {})
        page.metadata["netkit"] = {**copy.deepcopy(dict(page.metadata["netkit"])), "lite_app": True}
        page.metadata["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
    return {START: welcome, WORKBOOK: nb}


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build_site(
    out: str | Path,
    *,
    defaults: Mapping[str, str] | None = None,
    cache: Path | None = None,
    workbook: Path | None = None,
    run: Runner = subprocess.run,
) -> LiteSite:
    """Build the static site into ``out`` (replaced if it exists) and return what was built."""
    import nbformat

    from .resources import bundled_dir, default_workbook

    out = Path(out)
    cache = cache or cache_dir()
    core = fetch_pyodide(cache, run)
    wheels_dir = fetch_wheels(cache, run)
    with tempfile.TemporaryDirectory(prefix="netkit-lite-") as tmp:
        lite_dir = Path(tmp) / "lite"
        static = lite_dir / "static" / "pyodide"
        static.mkdir(parents=True)
        for name in CORE_FILES:
            shutil.copy2(core / name, static / name)
        wheels = [*sorted(wheels_dir.glob("*.whl")), netkit_wheel(Path(tmp) / "dist", run)]
        for wheel in wheels:
            shutil.copy2(wheel, static / wheel.name)
        info = json.loads((core / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
        lock = pyodide_lock(wheels, info)
        (static / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
        (lite_dir / "jupyter-lite.json").write_text(
            json.dumps(lite_config(list(lock["packages"])), indent=1), encoding="utf-8"
        )
        files = lite_dir / "files"
        files.mkdir()
        pages = lite_notebooks(workbook or default_workbook(), bundled_dir("workbooks") / START, defaults or {})
        for name, nb in pages.items():
            nbformat.write(nb, files / name)
        if out.exists():
            shutil.rmtree(out)
        _run(
            run,
            [
                sys.executable,
                "-m",
                "jupyterlite_core",
                "build",
                "--lite-dir",
                str(lite_dir),
                "--output-dir",
                str(out.resolve()),
                "--contents",
                str(files),
                "--apps",
                "notebooks",
                "--no-sourcemaps",
                "--LiteBuildConfig.federated_extensions",
                str(EXTENSION),
            ],
            "jupyter lite build",
            cwd=str(lite_dir),
        )
    (out / "index.html").write_text(_INDEX, encoding="utf-8")
    (out / ".nojekyll").write_text("", encoding="utf-8")  # GitHub Pages: serve every file as is
    return LiteSite(path=out, wheels=sorted(lock["packages"]), size=_folder_size(out))


#: The site's front door: straight to the welcome page (a link too, for browsers without scripts).
#: Every app page reads the (empty) config of its parent's index.html, so that element stays.
_INDEX = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Networking workshop</title>
<script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">{}</script>
<meta http-equiv="refresh" content="0; url=notebooks/index.html?path=start.ipynb">
</head><body><p><a href="notebooks/index.html?path=start.ipynb">Open the workshop's welcome page</a></p>
</body></html>
"""
