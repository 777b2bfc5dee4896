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
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netkit.coach.lite_packages import (
    CORE_FILES,
    KERNEL_OWN_WHEELS,
    KERNEL_REQUIREMENTS,
    PARTICIPANT_REQUIREMENTS,
    PYODIDE_VERSION,
    LiteBuildError,
    Runner,
    fetch_pyodide,
    fetch_wheels,
    kernel_own_wheels,
    netkit_wheel,
    pyodide_lock,
    run_step,
)
from netkit.coach.steps import LAB_ONLY_TAG
from netkit.resources import PACKAGE_DIR

__all__ = [
    "CORE_FILES",
    "INDEX_HTML",
    "KERNEL_OWN_WHEELS",
    "KERNEL_REQUIREMENTS",
    "LiteBuildError",
    "LiteSite",
    "PARTICIPANT_REQUIREMENTS",
    "PYODIDE_VERSION",
    "build_site",
    "cache_dir",
    "fetch_pyodide",
    "fetch_wheels",
    "kernel_own_wheels",
    "lite_notebooks",
    "site_name",
    "translations_of",
    "netkit_wheel",
    "pyodide_lock",
]

#: The notebooks of the site (in the browser drive's root, so they share one answers file).
START, WORKBOOK = "start.ipynb", "workshop.ipynb"
EXTENSION = PACKAGE_DIR / "data" / "lite-extension"
ENV_CACHE = "NETKIT_LITE_CACHE"


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


#: First lines of each page's first cell: the answers go to the browser's IndexedDB (any origin,
#: no service worker needed; see :mod:`netkit.workbook.browser_storage`) before anything reads them.
_KEEP_IN_BROWSER = (
    "from netkit.workbook.browser_storage import keep_in_browser",
    "await keep_in_browser()",
)


def site_name(language: str = "") -> str:
    """The workbook's name on the site in ``language``: ``workshop.ipynb`` (English), ``workshop.de.ipynb``."""
    from netkit.coach.compose import translated_path

    return translated_path(WORKBOOK, language).name


def lite_notebooks(
    workbook: Path, start: Path, defaults: Mapping[str, str], translations: Mapping[str, Path] | None = None
) -> dict[str, object]:
    """The welcome page and the workbook for the site, from the bundled ones.

    The workbook's ``parameters`` cell (filled by papermill on a server) becomes one that reads the
    profile the participant typed on the welcome page from the answers in this browser (or their
    personal link's, on a first visit); only the
    coach's workshop, date, coach, country and language are written into the site; the JupyterLab-only
    "how to start" cell is dropped (the app runs every cell on open). Both notebooks are marked for the
    app-mode extension (run on open, code hidden); the welcome page's ``preload`` names the workbook
    the extension starts in the background from the first second (its first cell then takes the
    personal link's details itself, see :func:`netkit.coach.start.workbook_profile`).

    ``translations`` (``{language: workbook}``, e.g. the bundled ``workshop.de.ipynb``) are packed the
    same way beside it (``workshop.de.ipynb``; one answers file for all, in the drive's root): the
    language chosen on the welcome page decides which one its link opens, and the coach's language
    which one starts in the background.
    """
    import nbformat

    from netkit.languages import DEFAULT_LANGUAGE

    coach_side = {
        key: str(defaults.get(key, "")) for key in ("workshop", "workshop_date", "coach", "country", "language")
    }
    pages: dict[str, Any] = {WORKBOOK: _site_workbook(workbook, coach_side)}
    links = {DEFAULT_LANGUAGE: f"index.html?path={WORKBOOK}"}
    for language, path in (translations or {}).items():
        pages[site_name(language)] = _site_workbook(path, coach_side)
        links[language] = f"index.html?path={site_name(language)}"
    welcome = nbformat.read(start, as_version=4)
    for cell in welcome.cells:
        if cell.cell_type == "markdown":
            cell.source = cell.source.replace("inside this session only", "in this browser only")
        if cell.cell_type == "code" and "StartPage(" in cell.source:
            cell.source = "\n".join(
                [
                    *_KEEP_IN_BROWSER,
                    "from netkit.widgets.start import StartPage",
                    "from netkit.workbook.browser_storage import answers_folder",
                    "",
                    f"StartPage(base=answers_folder(), notebook={WORKBOOK!r}, app_link={links!r}, "
                    f"defaults={coach_side!r})",
                ]
            )
            cell.metadata["jupyter"] = {"source_hidden": True}
    for page in (*pages.values(), welcome):
        page.metadata.setdefault("netkit", {})
        page.metadata["netkit"] = {**copy.deepcopy(dict(page.metadata["netkit"])), "lite_app": True}
        page.metadata["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
    # ready while they read: the extension starts the workbook in a hidden frame as the welcome page opens
    # (the one in the coach's language; the welcome page's link switches it if the participant chooses another)
    welcome.metadata["netkit"]["preload"] = links.get(coach_side["language"], links["en"])
    return {START: welcome, **pages}


def _site_workbook(workbook: Path, coach_side: Mapping[str, str]) -> Any:
    """One workbook as the site runs it: the profile read in the browser, the Lab-only cells dropped."""
    from netkit.coach.personalise import load_template
    from netkit.coach.roster import WORKBOOK_FIELDS

    nb = load_template(workbook)  # not a notebook, or no parameters cell: a message, not a traceback
    # The "Run ▸ Run All Cells" hint is for JupyterLab on a server: the app mode runs every cell on open.
    nb.cells = [cell for cell in nb.cells if LAB_ONLY_TAG not in cell.get("metadata", {}).get("tags", [])]
    lines = [
        "# Your details come from the welcome page and stay in this browser; the workshop's from your coach.",
        *_KEEP_IN_BROWSER,
        "from netkit.coach.start import workbook_profile",
        f"_profile = workbook_profile(defaults={dict(coach_side)!r})",
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
    return nb


def translations_of(workbook: Path | None = None) -> dict[str, Path]:
    """The translated copies packed beside ``workbook`` (by default the bundled one): ``{language: path}``
    for every language netkit speaks that has a ``<workbook>.<lang>.ipynb`` next to it."""
    from netkit.coach.compose import translated_path
    from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
    from netkit.resources import default_workbook

    english = workbook or default_workbook()
    found = {code: translated_path(english, code) for code in SUPPORTED_LANGUAGES if code != DEFAULT_LANGUAGE}
    return {code: path for code, path in found.items() if path.is_file()}


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
    """Build the static site into ``out`` and return what was built.

    ``out`` is created, or must be empty or an earlier site of this command (see
    :func:`netkit.paths.claim_output_folder`): only then is its content replaced. The workbook is
    checked before anything is downloaded."""
    import nbformat

    from netkit.paths import check_output_folder, claim_output_folder
    from netkit.resources import bundled_dir, default_workbook

    check_output_folder(out, "lite")
    pages = lite_notebooks(
        workbook or default_workbook(), bundled_dir("workbooks") / START, defaults or {}, translations_of(workbook)
    )
    out = claim_output_folder(out, "lite")
    cache = cache or cache_dir()
    core = fetch_pyodide(cache, run)
    wheels_dir = fetch_wheels(cache, run)
    with tempfile.TemporaryDirectory(prefix="netkit-lite-") as tmp:
        lite_dir = Path(tmp) / "lite"
        wheels = [*sorted(wheels_dir.glob("*.whl")), netkit_wheel(Path(tmp) / "dist", run)]
        lock = _stage_pyodide(core, wheels, lite_dir / "static" / "pyodide")
        (lite_dir / "jupyter-lite.json").write_text(
            json.dumps(lite_config(list(lock["packages"])), indent=1), encoding="utf-8"
        )
        files = lite_dir / "files"
        files.mkdir()
        for name, nb in pages.items():
            nbformat.write(nb, files / name)
        _clear_own_site(out)
        _lite_build(run, lite_dir, files, out)
    (out / "index.html").write_text(INDEX_HTML, encoding="utf-8")
    (out / ".nojekyll").write_text("", encoding="utf-8")  # GitHub Pages: serve every file as is
    claim_output_folder(out, "lite")  # the marker again, had the build tool emptied the folder
    return LiteSite(path=out, wheels=sorted(lock["packages"]), size=_folder_size(out))


def _stage_pyodide(core: Path, wheels: list[Path], static: Path) -> dict:
    """Put Pyodide's core files and the site's wheels where the site serves them, with the lock file that lists
    them (the core's own packages plus the wheels); return that lock."""
    static.mkdir(parents=True)
    for name in CORE_FILES:
        shutil.copy2(core / name, static / name)
    for wheel in wheels:
        shutil.copy2(wheel, static / wheel.name)
    info = json.loads((core / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    lock = pyodide_lock(wheels, info)
    (static / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    return lock


def _lite_build(run: Runner, lite_dir: Path, files: Path, out: Path) -> None:
    """JupyterLite's own build of the staged folder into ``out``: the notebook app only, with netkit's extension."""
    run_step(
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


def _clear_own_site(out: Path) -> None:
    """Remove an earlier site from ``out`` (claimed as this command's own), keeping its marker.

    Links inside are removed as links, never followed."""
    from netkit.paths import OUTPUT_MARKER

    for entry in out.iterdir():
        if entry.name == OUTPUT_MARKER:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


#: The site's front door: straight to the welcome page, carrying a personal link's fragment
#: (``#for=…``, which the server never sees) along; a link too, for browsers without scripts.
#: Every app page reads the (empty) config of its parent's index.html, so that element stays.
INDEX_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Networking workshop</title>
<script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">{}</script>
<script>window.location.replace("notebooks/index.html?path=start.ipynb" + window.location.hash);</script>
<noscript><meta http-equiv="refresh" content="0; url=notebooks/index.html?path=start.ipynb"></noscript>
</head><body><p><a href="notebooks/index.html?path=start.ipynb">Open the workshop's welcome page</a></p>
</body></html>
"""
