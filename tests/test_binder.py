"""Tests for netkit.workbook.hosting: detecting mybinder.org and the notice shown there."""

from netkit.workbook.hosting import BINDER_ENV_VARS, binder_notice_html, binder_session, on_binder

BINDER_ENV = {
    "BINDER_LAUNCH_HOST": "https://mybinder.org/",
    "BINDER_REPO_URL": "https://github.com/example/netkit",
    "BINDER_REF_URL": "https://github.com/example/netkit/tree/abc123",
    "BINDER_REQUEST": "v2/gh/example/netkit/main",
    "BINDER_PERSISTENT_REQUEST": "v2/gh/example/netkit/abc123",
}


def test_not_on_binder_without_its_variables():
    """Is a laptop or a JupyterHub (no BINDER_* variables) not mistaken for Binder?"""
    assert binder_session({"HOME": "/home/me", "JUPYTERHUB_USER": "ada"}) is None
    assert not on_binder({})


def test_blank_variables_do_not_count():
    """Does an empty BINDER_REQUEST (e.g. exported blank by a script) not count as Binder?"""
    assert not on_binder(dict.fromkeys(BINDER_ENV_VARS, "  "))


def test_each_variable_alone_means_binder():
    """Is any one of Binder's variables enough to show the notice?"""
    for name in BINDER_ENV_VARS:
        assert on_binder({name: BINDER_ENV[name]}), name


def test_relaunch_url_uses_the_persistent_request():
    """Does the notice link to the same commit (the persistent request), not a moving branch?"""
    session = binder_session(BINDER_ENV)
    assert session.relaunch_url == "https://mybinder.org/v2/gh/example/netkit/abc123"


def test_notice_says_idle_end_nothing_kept_and_how_to_take_home():
    """Does the notice say the session ends after ~10 idle minutes, keeps nothing, and how to download?"""
    html = binder_notice_html(binder_session(BINDER_ENV))
    assert "10 minutes" in html
    assert "deleted" in html
    assert "Download everything" in html
    assert "https://mybinder.org/v2/gh/example/netkit/abc123" in html


def test_notice_never_links_to_a_non_https_address():
    """Is a hostile launch host (javascript:, quotes) never turned into a link?"""
    env = {"BINDER_LAUNCH_HOST": "javascript:alert(1)//", "BINDER_REQUEST": "x"}
    html = binder_notice_html(binder_session(env))
    assert "javascript:" not in html
    assert "<a " not in html


def test_notice_escapes_the_link():
    """Is a quote in Binder's variables escaped inside the href?"""
    env = {"BINDER_LAUNCH_HOST": "https://mybinder.org/", "BINDER_PERSISTENT_REQUEST": "v2/gh/a/b/'onmouseover='x"}
    html = binder_notice_html(binder_session(env))
    assert "'onmouseover='" not in html


# ------------------------------------------------------------------ the binder/ configuration
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
#: What repo2docker's Python 3.11 base environment already holds (no need to install again);
#: see repo2docker/buildpacks/conda/environment.py-3.11-linux-64.lock (httpx comes with jupyterlab).
BASE_IMAGE = {
    "jupyterlab",
    "notebook",
    "ipywidgets",
    "ipykernel",
    "nbformat",
    "nbclient",
    "nbconvert",
    "jinja2",
    "markupsafe",
    "httpx",
    "mistune",
}  # mistune: nbconvert requires it


def _requirements() -> dict[str, str]:
    pins = {}
    for line in (BINDER / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([0-9][0-9A-Za-z.\-]*)", line)
            assert match, f"not pinned exactly: {line!r}"
            pins[match.group(1).lower()] = match.group(2)
    return pins


def test_binder_pins_python_311():
    """Does binder/runtime.txt pin Python 3.11 (repo2docker would pick 3.10 otherwise)?"""
    assert (BINDER / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"


def test_binder_requirements_are_pinned_and_lean():
    """Is every Binder requirement pinned with ==, and nothing the base image has reinstalled?"""
    pins = _requirements()
    assert pins and not (set(pins) & BASE_IMAGE)
    assert "voila" in pins


def test_binder_covers_every_netkit_dependency():
    """Is each of netkit's dependencies either in the base image or pinned for Binder?"""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~\[ ;]", dep, maxsplit=1)[0].lower() for dep in deps}
    missing = names - BASE_IMAGE - set(_requirements())
    assert not missing, f"add to binder/requirements.txt (pinned): {sorted(missing)}"


def test_binder_is_a_participant_environment():
    """Does Binder leave out the coach's heavy packages (charts, PDFs) that no participant runs, while
    keeping papermill for the start page's one-person render?"""
    pins = _requirements()
    assert not {"matplotlib", "numpy", "fonttools", "fpdf2"} & set(pins)
    assert "papermill" in pins


def test_binder_installs_netkit_without_touching_the_pins():
    """Does postBuild install netkit itself with --no-deps (so the pins stay the pins)?"""
    post = BINDER / "postBuild"
    assert post.stat().st_mode & 0o111
    assert re.search(r"pip install .*--no-deps .*\.\s*$", post.read_text(encoding="utf-8"), re.M)


def test_binder_holds_no_roster_or_personal_data():
    """Is there no CSV, roster, answers file or contact export in binder/?"""
    names = [p.name.lower() for p in BINDER.rglob("*")]
    configs = {"voila.json", "jupyter_server_config.json", "overrides.json"}  # hosting settings only
    assert set(names) <= {"runtime.txt", "requirements.txt", "postbuild", "apt.txt"} | configs
    assert not any("roster" in n or n.endswith((".csv", ".json", ".vcf")) for n in set(names) - configs)


def test_repo2docker_builds_from_the_pinned_layer_then_installs_netkit(tmp_path, skip_or_fail):
    """Does repo2docker's Dockerfile install the pins before copying the repo, then run postBuild?"""
    if shutil.which("repo2docker") is None:
        skip_or_fail('pip install -e ".[test]" (jupyter-repo2docker)')
    shutil.copytree(BINDER, tmp_path / "binder")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    done = subprocess.run(
        [
            "repo2docker",
            "--no-build",
            "--debug",
            "--no-run",
            "--user-id",
            "1000",
            "--user-name",
            "jovyan",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    dockerfile = done.stdout
    pins = dockerfile.index('pip install --no-cache-dir -r "binder/requirements.txt"')
    copy_repo = dockerfile.index("COPY --chown=1000:1000 src/ ${REPO_DIR}/")
    assert pins < copy_repo < dockerfile.index("./binder/postBuild")
    assert "python=3.11" in done.stderr + dockerfile or "3.11" in dockerfile
    assert "fonts-noto-cjk" in dockerfile and "fonts-noto-color-emoji" in dockerfile  # binder/apt.txt


def test_binder_installs_fonts_for_every_script():
    """Does binder/apt.txt install Noto CJK and colour-emoji fonts, so the SVG map's names draw in
    every script (the browser draws the text; the Binder desktop has only Latin fonts otherwise)?"""
    packages = (BINDER / "apt.txt").read_text(encoding="utf-8").split()
    assert {"fonts-noto-cjk", "fonts-noto-color-emoji"} <= set(packages)
