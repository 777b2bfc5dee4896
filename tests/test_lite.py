"""`netkit lite`: the static site's parts, without a browser (tests/browser/test_lite.py opens it)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from async_run import run_async
from click.testing import CliRunner
from test_participant_imports import FORBIDDEN

from netkit.cli import cli
from netkit.coach import lite
from netkit.coach.start import keep_profile, saved_profile
from netkit.resources import bundled_dir, default_workbook

COACH = {"workshop": "Networking that lasts", "workshop_date": "2026-12-03", "coach": "Sam Rivera"}


def _wheel(folder: Path, name: str, version: str) -> Path:
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{name}/__init__.py", f"VERSION = {version!r}\n")
    return path


def test_the_lock_lists_every_wheel_once_newest_first(tmp_path):
    """Does the pre-solved lock keep the newest wheel of each name, under its canonical name, with its hash?"""
    wheels = [
        _wheel(tmp_path, "python_slugify", "8.0.4"),
        _wheel(tmp_path, "python_slugify", "9.2.0"),
        _wheel(tmp_path, "widgetsnbextension", "4.0.999"),
        _wheel(tmp_path, "widgetsnbextension", "4.0.14"),
    ]
    lock = lite.pyodide_lock(wheels, {"python": "3.14.2"})
    assert lock["info"] == {"python": "3.14.2"}
    assert sorted(lock["packages"]) == ["python-slugify", "widgetsnbextension"]
    slugify = lock["packages"]["python-slugify"]
    assert slugify["file_name"] == "python_slugify-9.2.0-py3-none-any.whl"
    assert slugify["sha256"] == hashlib.sha256(wheels[1].read_bytes()).hexdigest()
    assert lock["packages"]["widgetsnbextension"]["version"] == "4.0.999"  # the kernel's stand-in


def test_the_site_ships_the_public_holiday_calendar(tmp_path):
    """Is `holidays` (follow-up dates skip the workshop country's holidays) among the site's pure wheels, and does
    the lock take its two-part version and its dependency's post-release version?"""
    assert any(r.split(">")[0] == "holidays" for r in lite.PARTICIPANT_REQUIREMENTS)
    wheels = [
        _wheel(tmp_path, "holidays", "0.60"),
        _wheel(tmp_path, "holidays", "0.109"),
        _wheel(tmp_path, "python_dateutil", "2.9.0.post0"),
    ]
    lock = lite.pyodide_lock(wheels, {"python": "3.14.2"})
    assert lock["packages"]["holidays"]["file_name"] == "holidays-0.109-py3-none-any.whl"
    assert lock["packages"]["python-dateutil"]["version"] == "2.9.0.post0"


def test_the_site_config_preloads_everything_and_never_asks_pypi():
    """Is every package loaded at kernel start, with no PyPI fallback and no URL to any other host?"""
    config = lite.lite_config(["netkit", "ipywidgets"])
    kernel = config["jupyter-config-data"]["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["disablePyPIFallback"] is True
    assert kernel["loadPyodideOptions"]["packages"] == ["netkit", "ipywidgets"]
    assert "http" not in json.dumps(config)


@pytest.fixture(scope="module")
def pages():
    return lite.lite_notebooks(default_workbook(), bundled_dir("workbooks") / lite.START, COACH)


def test_the_site_notebooks_carry_no_personal_detail(pages):
    """Is only the coach's workshop, date and name written into the site, the profile read from the browser?"""
    workbook = pages[lite.WORKBOOK]
    first = workbook.cells[0]
    assert "workbook_profile(defaults=" in first.source and "Sam Rivera" in first.source
    assert first.metadata["jupyter"]["source_hidden"] is True
    assert not any("parameters" in cell.metadata.get("tags", []) for cell in workbook.cells)
    assert not any(lite.LAB_ONLY_TAG in cell.metadata.get("tags", []) for cell in workbook.cells)
    assert 'name = ""' not in first.source
    welcome = pages[lite.START]
    code = [cell.source for cell in welcome.cells if cell.cell_type == "code"]
    assert any("StartPage(base=answers_folder(), notebook='workshop.ipynb'" in source for source in code)
    # each page keeps its answers in the browser's IndexedDB before anything reads them (any origin)
    for source in (first.source, next(s for s in code if "StartPage(" in s)):
        assert source.index("await keep_in_browser()") < source.index(
            "netkit.widgets.start" if "StartPage" in source else "workbook_profile("
        )
    for page in pages.values():
        assert page.metadata["netkit"]["lite_app"] is True  # run on open, code hidden
        assert page.metadata["kernelspec"]["name"] == "python"  # the Pyodide kernel's name


def test_the_site_notebooks_run_without_coach_or_heavy_packages(pages, tmp_path):
    """Do the site's netkit cells run in a fresh interpreter without numpy, matplotlib or the coach's packages?"""
    import nbformat

    for name, nb in pages.items():
        nbformat.write(nb, tmp_path / name)
    script = r"""
import ast, asyncio, inspect, json, sys
from pathlib import Path
namespace = {}
for name in ("start.ipynb", "workshop.ipynb"):
    for cell in json.loads(Path(name).read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "code":  # top-level await, as the kernel allows
            code = compile("".join(cell["source"]), name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            ran = eval(code, namespace)
            if inspect.iscoroutine(ran):
                asyncio.run(ran)
print(json.dumps({"name": namespace["name"], "coach": namespace["coach"],
                  "loaded": sorted(m for m in sys.modules if m.split(".")[0] in FORBIDDEN)}))
""".replace("FORBIDDEN", repr(FORBIDDEN))
    keep_profile({"name": "Ada"}, tmp_path / lite.WORKBOOK, defaults=COACH)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "NETKIT_ANSWERS_DIR": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"name": "Ada", "coach": "Sam Rivera", "loaded": []}


def test_the_welcome_page_keeps_the_profile_for_the_workbook(tmp_path):
    """Does the welcome page keep the typed profile next to the workbook, where the workbook reads it back?"""
    notebook = tmp_path / "workshop.ipynb"
    result = keep_profile({"name": "  Ada   Lovelace ", "goal": "meet people in health"}, notebook, defaults=COACH)
    assert result.notebook == notebook and result.profile["name"] == "Ada Lovelace"
    profile = saved_profile(tmp_path, defaults={"coach": "someone else"})
    assert profile["name"] == "Ada Lovelace" and profile["coach"] == "Sam Rivera"
    assert not notebook.exists()  # nothing rendered: the site already holds the workbook


def test_before_the_welcome_page_the_workbook_has_empty_details(tmp_path):
    """Does a workbook opened before the welcome page run with empty details and the coach's workshop?"""
    profile = saved_profile(tmp_path, defaults=COACH)
    assert profile["name"] == "" and profile["workshop"] == "Networking that lasts"


def test_the_browser_notice_is_honest_about_storage(monkeypatch):
    """In the browser, does the notice say where answers are, what deletes them, and when they are not kept?"""
    from netkit import runtime
    from netkit.widgets.hosting_notice import BinderNotice

    monkeypatch.setattr(runtime, "browser_drive_mounted", lambda: True)
    kept = BinderNotice({}, in_browser=True).value
    assert "stay in this browser, on this device" in kept and "clearing this site" in kept
    assert "Download everything" in kept
    assert BinderNotice({}, in_browser=False).layout.display == "none"
    from netkit.workbook.hosting import browser_notice_html

    assert "not being kept" in browser_notice_html(kept=False)


def test_the_drive_is_recognised_only_under_drive():
    """Is only JupyterLite's mounted drive taken as storage that survives a reload?"""
    from netkit.runtime import browser_drive_mounted

    assert browser_drive_mounted("/drive") and browser_drive_mounted("/drive/sub")
    assert not browser_drive_mounted("/home/pyodide") and not browser_drive_mounted("/drivers")


def test_the_command_passes_the_coach_details(monkeypatch, tmp_path):
    """Does `netkit lite` hand -o, --workshop, --date and --coach to build_site and print its summary?"""
    calls = {}

    def fake_build(out, *, defaults, workbook):
        calls.update(out=out, defaults=defaults, workbook=workbook)
        return lite.LiteSite(path=Path(out), wheels=["netkit"], size=2_000_000)

    monkeypatch.setattr(lite, "build_site", fake_build)
    result = CliRunner().invoke(
        cli, ["lite", "-o", str(tmp_path / "site"), "--workshop", "W", "--date", "D", "--coach", "C"]
    )
    assert result.exit_code == 0, result.output
    assert calls["defaults"] == {"workshop": "W", "workshop_date": "D", "coach": "C"}
    assert "2.0 MB" in result.output and "http.server" in result.output


def test_lite_country_reaches_the_site(monkeypatch, tmp_path):
    """Does `netkit lite --country GB` reach the site's defaults, and into the workbook's first cell?"""
    calls = {}
    monkeypatch.setattr(
        lite,
        "build_site",
        lambda out, *, defaults, workbook: (
            calls.update(defaults=defaults) or lite.LiteSite(path=Path(out), wheels=["netkit"], size=1)
        ),
    )
    result = CliRunner().invoke(cli, ["lite", "-o", str(tmp_path / "site"), "--country", "uk"])
    assert result.exit_code == 0, result.output
    assert calls["defaults"]["country"] == "GB"
    pages = lite.lite_notebooks(default_workbook(), bundled_dir("workbooks") / lite.START, {**COACH, "country": "GB"})
    assert "'country': 'GB'" in pages[lite.WORKBOOK].cells[0].source
    assert "country = _profile['country']" in pages[lite.WORKBOOK].cells[0].source
    bad = CliRunner().invoke(cli, ["lite", "-o", str(tmp_path / "site"), "--country", "XX"])
    assert bad.exit_code == 2 and "'XX' is not a country" in bad.output


def test_a_failed_step_says_what_and_how_to_fix(tmp_path):
    """Does a failing download stop with a message naming the step, not a traceback?"""

    def failing(args, **kwargs):
        return subprocess.CompletedProcess(args, 1, stdout="", stderr="npm ERR! network unreachable")

    with pytest.raises(lite.LiteBuildError) as info:
        lite.fetch_pyodide(tmp_path, run=failing)
    assert "downloading Pyodide from npm failed" in info.value.message
    assert "network unreachable" in info.value.message


def test_the_app_mode_extension_is_a_prebuilt_federated_extension():
    """Does the extension folder declare the file JupyterLite loads, and does that file exist?"""
    package = json.loads((lite.EXTENSION / "package.json").read_text(encoding="utf-8"))
    build = package["jupyterlab"]["_build"]
    assert (lite.EXTENSION / build["load"]).exists() and build["extension"] == "./extension"
    source = (lite.EXTENSION / build["load"]).read_text(encoding="utf-8")
    assert f'_JUPYTERLAB["{package["name"]}"]' in source and "lite_app" in source


# --------------------------------------------------------------------------- the output folder
@pytest.fixture
def offline_build(tmp_path, monkeypatch):
    """build_site with the downloads and `jupyter lite build` faked: what it writes is what the guard lets it."""
    core = tmp_path / "cache" / "pyodide"
    core.mkdir(parents=True)
    for name in lite.CORE_FILES:
        (core / name).write_text("x")
    (core / "pyodide-lock.json").write_text(json.dumps({"info": {"version": "0"}}))
    wheels = tmp_path / "cache" / "wheels"
    wheels.mkdir()
    monkeypatch.setattr(lite, "fetch_pyodide", lambda cache, run: core)
    monkeypatch.setattr(lite, "fetch_wheels", lambda cache, run: wheels)
    monkeypatch.setattr(
        lite, "netkit_wheel", lambda dest, run: (dest.mkdir(parents=True), _wheel(dest, "netkit", "0.0.0"))[-1]
    )
    calls: list[list[str]] = []

    def run(args, **kwargs):
        calls.append(list(args))
        out = Path(args[args.index("--output-dir") + 1])
        out.mkdir(parents=True, exist_ok=True)
        (out / "jupyter-lite.json").write_text("{}")
        (out / "notebooks").mkdir(exist_ok=True)
        return subprocess.CompletedProcess(args, 0, stdout="", stderr="")

    def build(out, **kwargs):
        return lite.build_site(out, defaults=COACH, cache=tmp_path / "cache", run=run, **kwargs)

    build.calls = calls
    return build


def test_a_rebuild_replaces_the_earlier_site_only(offline_build, tmp_path):
    """Does a second build into the same -o replace what the first wrote (and keep it marked as a site)?"""
    from netkit.paths import OUTPUT_MARKER

    site = offline_build(tmp_path / "site").path
    (site / "left-from-last-build.js").write_text("old")
    offline_build(site)
    assert not (site / "left-from-last-build.js").exists()
    assert (site / OUTPUT_MARKER).is_file() and (site / "index.html").is_file()
    assert len(offline_build.calls) == 2


def test_a_copy_of_a_render_folder_is_never_a_site_folder(offline_build, tmp_path):
    """Is `netkit lite -o` a copy of a render folder refused before any work, answers and manifest intact?"""
    from netkit.coach.render import render
    from netkit.coach.roster import parse_roster
    from netkit.exceptions import OutputPathError
    from netkit.store.answers import AnswersStore

    out = tmp_path / "out"
    render(parse_roster("Name,Email\nAda,ada@example.org\n", where="r.csv"), out, progress=False)
    folder = next(p for p in out.iterdir() if p.is_dir())
    AnswersStore(folder, debounce=0).set("network.goal", "keep this")
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    for marker in (True, False):  # with render's marker, and as an older render made before it
        if not marker:
            (copy / ".netkit-output").unlink()
        with pytest.raises(OutputPathError, match="netkit render"):
            offline_build(copy)
        assert (copy / "manifest.json").is_file()
        assert "keep this" in (copy / folder.name / "netkit-answers.json").read_text(encoding="utf-8")
    assert offline_build.calls == []


def test_a_workbook_that_is_not_a_notebook_stops_before_anything_is_made(offline_build, tmp_path):
    """Is a --workbook that is not a notebook a clear error (no NotJSONError traceback), with no folder made?"""
    from netkit.exceptions import NetkitError

    bad = tmp_path / "draft.ipynb"
    bad.write_text("my notes, not a notebook")
    with pytest.raises(NetkitError, match="not a readable notebook") as caught:
        offline_build(tmp_path / "site", workbook=bad)
    assert caught.value.fix and not (tmp_path / "site").exists() and offline_build.calls == []


def test_an_unwritable_site_folder_is_said_as_a_permission_problem(tmp_path):
    """Does `netkit lite -o` where no folder can be made say so (not "check the package registries")?"""
    result = CliRunner().invoke(cli, ["lite", "-o", "/sys/netkit-lite-test/site"])
    assert result.exit_code == 2
    assert "registr" not in result.output and "Traceback" not in result.output
    assert "not permitted" in result.output or "permission" in result.output or "read-only" in result.output


# --------------------------------------------------------------------------- kept on any origin (IndexedDB)


class FakeBrowserFS:
    """A stand-in for ``pyodide_js.FS``: IDBFS mounts a folder, ``syncfs`` copies it from/to a "database"."""

    def __init__(self, database: Path, refuse: str = ""):
        import types

        self.database = database
        self.refuse = refuse
        self.filesystems = types.SimpleNamespace(IDBFS="IDBFS")
        self.mounts: list[tuple] = []

    def mount(self, kind, options, path):
        self.mounts.append((kind, dict(options), path))

    def syncfs(self, populate, callback):
        import shutil

        if self.refuse:
            callback(self.refuse)
            return
        here = Path(self.mounts[-1][2])
        source, target = (self.database, here) if populate else (here, self.database)
        if source.exists():
            shutil.copytree(source, target, dirs_exist_ok=True)
        callback(None)


@pytest.fixture
def fresh_kernel(monkeypatch):
    from netkit.store.answers import forget_open_stores
    from netkit.workbook import browser_storage

    monkeypatch.delenv("NETKIT_ANSWERS_DIR", raising=False)
    browser_storage.forget()
    forget_open_stores()
    yield browser_storage
    browser_storage.forget()
    forget_open_stores()


def test_answers_go_to_the_browser_storage_and_come_back_in_the_next_page(fresh_kernel, tmp_path, monkeypatch):
    """Is IDBFS mounted with autoPersist, loaded before reading, the store pointed there, and does the next
    page (a new kernel on the same IndexedDB) read the profile the welcome page kept?"""

    storage = fresh_kernel
    database = tmp_path / "indexeddb"
    fs = FakeBrowserFS(database)
    welcome = tmp_path / "welcome-kernel"
    assert run_async(storage.keep_in_browser(str(welcome), fs=fs, in_browser=True, drive=str(tmp_path / "none")))
    assert fs.mounts == [("IDBFS", {"autoPersist": True}, str(welcome))]
    assert storage.kept_in_browser() is True and storage.answers_folder() == welcome
    keep_profile({"name": "Ada"}, storage.answers_folder() / lite.WORKBOOK, defaults=COACH)
    fs.syncfs(False, lambda error=None: None)  # what autoPersist does after each closed file

    # the workbook page: another kernel, another memory file system, the same IndexedDB
    from netkit.store.answers import forget_open_stores

    storage.forget()
    forget_open_stores()
    monkeypatch.delenv("NETKIT_ANSWERS_DIR")
    workbook = tmp_path / "workbook-kernel"
    assert run_async(storage.keep_in_browser(str(workbook), fs=fs, in_browser=True, drive=str(tmp_path / "none")))
    assert saved_profile(defaults=COACH)["name"] == "Ada"  # no folder: the store's default, now IndexedDB


def test_an_older_sites_answers_on_the_drive_are_carried_over_once(fresh_kernel, tmp_path):
    """Are answers an older site kept on JupyterLite's drive copied into the browser storage (never over newer)?"""

    from netkit.store.answers import AnswersStore

    drive = tmp_path / "drive"
    AnswersStore(drive, debounce=0).set("network.note", "from the drive")
    AnswersStore(drive, debounce=0).flush()
    kept = tmp_path / "kept"
    assert run_async(
        fresh_kernel.keep_in_browser(str(kept), fs=FakeBrowserFS(tmp_path / "db"), in_browser=True, drive=str(drive))
    )
    assert AnswersStore(kept).get("network.note") == "from the drive"


def test_a_refused_storage_is_said_not_hidden(fresh_kernel, tmp_path):
    """When the browser refuses IndexedDB, does the page say answers are not kept (never "saved")?"""

    from netkit.widgets.hosting_notice import BinderNotice, browser_keeps_answers
    from netkit.workbook.hosting import saved_status

    fs = FakeBrowserFS(tmp_path / "db", refuse="QuotaExceededError")
    assert not run_async(fresh_kernel.keep_in_browser(str(tmp_path / "k"), fs=fs, in_browser=True))
    assert fresh_kernel.kept_in_browser() is False and not browser_keeps_answers()
    assert "not being kept" in BinderNotice({}, in_browser=True).value
    ok, text = saved_status("netkit-answers.json", in_browser=True, kept=False)
    assert not ok and "not kept" in text and "saved" not in text.replace("not kept", "")


def test_outside_the_browser_nothing_is_mounted(fresh_kernel, tmp_path):
    """In a normal kernel (JupyterLab, Voilà), is nothing mounted and the answers left next to the workbook?"""

    fs = FakeBrowserFS(tmp_path / "db")
    assert run_async(fresh_kernel.keep_in_browser(str(tmp_path / "k"), fs=fs, in_browser=False)) is False
    assert fs.mounts == [] and fresh_kernel.kept_in_browser() is None
    from netkit.workbook.hosting import saved_status

    ok, text = saved_status("netkit-answers.json")
    assert ok and "next to this workbook" in text


def test_the_save_line_never_contradicts_the_notice(fresh_kernel, monkeypatch, tmp_path):
    """In the browser, does the save line say where answers are kept (not "next to this workbook"), and warn
    rather than reassure when nothing is kept?"""
    from netkit import runtime
    from netkit.store.answers import AnswersStore
    from netkit.widgets.autosave import SaveStatus

    monkeypatch.setattr(runtime, "IN_BROWSER", True)
    monkeypatch.setattr(runtime, "browser_drive_mounted", lambda: False)
    store = AnswersStore(tmp_path)
    assert "not kept" in SaveStatus(store).value and "✓" not in SaveStatus(store).value

    fs = FakeBrowserFS(tmp_path / "db")
    assert run_async(fresh_kernel.keep_in_browser(str(tmp_path / "kept"), fs=fs, in_browser=True))
    line = SaveStatus(store).value
    assert "storage for this site" in line and "✓" in line and "next to this workbook" not in line


def test_the_front_door_carries_the_personal_link_along():
    """Does the site's index.html pass the fragment (#for=…) on to the welcome page, never into the query?"""
    html = lite.INDEX_HTML
    assert 'window.location.replace("notebooks/index.html?path=start.ipynb" + window.location.hash)' in html
    assert "<noscript>" in html


def test_the_extension_hands_the_fragment_to_the_kernel_and_shows_progress():
    """Does the app-mode extension give the kernel the page's fragment as a JSON (so Python) string literal,
    before running the cells, and show a progress line with words while Python starts?"""
    source = (lite.EXTENSION / "static" / "remoteEntry.js").read_text(encoding="utf-8")
    assert "NETKIT_PERSONAL_LINK" in source and "JSON.stringify(hash)" in source
    assert source.index("handOverLink(panel)") < source.index('"notebook:run-all-cells"')
    assert "Starting Python in your browser" in source and 'role", "status"' in source


def test_the_extension_turns_the_step_view_on_in_app_mode_only():
    """Does the app mode set NETKIT_STEPS=1 (not on the code=1 page) and give cells Voilà's celltag_ classes,
    only for tags made of safe characters?"""
    source = (lite.EXTENSION / "static" / "remoteEntry.js").read_text(encoding="utf-8")
    assert "if (!showCode) { code += \"_os.environ['NETKIT_STEPS'] = '1'\\n\"; }" in source
    assert 'cells[i].addClass("celltag_" + tags[j])' in source and "/^[A-Za-z0-9_-]+$/" in source
    assert "tagCells(panel)" in source.split("function runOnce", 1)[1]


def test_every_dependency_of_the_participant_side_is_in_the_site():
    """Is each of netkit's own dependencies a wheel of the site (or left out for a stated reason), so that an
    import in the browser (e.g. charset_normalizer for a legacy contacts file) never fails?"""
    import re
    import tomllib

    from netkit.coach.lite_packages import NOT_IN_THE_BROWSER

    root = Path(__file__).resolve().parent.parent
    core = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]

    def name(requirement: str) -> str:
        return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")

    site = {name(r) for r in lite.PARTICIPANT_REQUIREMENTS}
    missing = {name(r) for r in core} - site - set(NOT_IN_THE_BROWSER)
    assert not missing, f"not in the no-server site: {sorted(missing)}"


def test_the_site_packs_the_workbook_in_every_language_it_has():
    """German and Spanish workbooks go on the site beside the English one, each read from the browser's profile;
    the welcome page links to all three and starts the coach's language in the background."""
    translations = lite.translations_of()
    assert sorted(translations) == ["de", "es"]
    pages = lite.lite_notebooks(
        default_workbook(), bundled_dir("workbooks") / lite.START, {**COACH, "language": "de"}, translations
    )
    assert sorted(pages) == ["start.ipynb", "workshop.de.ipynb", "workshop.es.ipynb", "workshop.ipynb"]
    assert lite.site_name("de") == "workshop.de.ipynb" and lite.site_name("") == lite.WORKBOOK
    for name in ("workshop.de.ipynb", "workshop.es.ipynb"):
        first = pages[name].cells[0]
        assert "workbook_profile(defaults=" in first.source and "await keep_in_browser()" in first.source
        assert not any("parameters" in cell.metadata.get("tags", []) for cell in pages[name].cells)
        assert pages[name].metadata["netkit"]["lite_app"] is True
    german_prose = "".join(c.source for c in pages["workshop.de.ipynb"].cells if c.cell_type == "markdown")
    assert "Netzwerk" in german_prose
    welcome = pages[lite.START]
    start = next(c.source for c in welcome.cells if c.cell_type == "code" and "StartPage(" in c.source)
    for language, name in (("en", "workshop.ipynb"), ("de", "workshop.de.ipynb"), ("es", "workshop.es.ipynb")):
        assert f"'{language}': 'index.html?path={name}'" in start
    assert welcome.metadata["netkit"]["preload"] == "index.html?path=workshop.de.ipynb"
    english_site = lite.lite_notebooks(default_workbook(), bundled_dir("workbooks") / lite.START, COACH, translations)
    assert english_site[lite.START].metadata["netkit"]["preload"] == "index.html?path=workshop.ipynb"


def test_a_workbook_of_the_coach_own_packs_its_translations_only_when_they_exist(tmp_path):
    """``lite --workbook mine.ipynb`` packs ``mine.de.ipynb`` when the coach has one beside it, nothing else."""
    mine = tmp_path / "mine.ipynb"
    shutil.copy(default_workbook(), mine)
    assert lite.translations_of(mine) == {}
    shutil.copy(default_workbook("de"), tmp_path / "mine.de.ipynb")
    assert lite.translations_of(mine) == {"de": tmp_path / "mine.de.ipynb"}
