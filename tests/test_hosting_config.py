"""The shipped hosting configuration: Voilà, the Jupyter server, JupyterLab settings, and where they are used."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
README = (ROOT / "README.md").read_text(encoding="utf-8")
#: The coach's reference, where the README sends a coach for every command.
GUIDE = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")


def _json(name: str) -> dict:
    return json.loads((BINDER / name).read_text(encoding="utf-8"))


def test_voila_culls_idle_disconnected_kernels_only():
    """Does voila.json cull kernels idle for 10 minutes, never a busy one or one whose page is open?"""
    cull = _json("voila.json")["MappingKernelManager"]
    assert cull["cull_idle_timeout"] == 600 and 0 < cull["cull_interval"] <= 120
    assert cull["cull_connected"] is False and cull["cull_busy"] is False


def test_voila_settings_for_hosted_sessions():
    """Progressive pages, no preheated kernels (stale forms), no tracebacks, no URL overrides?"""
    voila = _json("voila.json")["VoilaConfiguration"]
    assert voila["progressive_rendering"] is True and voila["preheat_kernel"] is False
    assert voila["show_tracebacks"] is False and voila["strip_sources"] is True
    assert voila["allow_template_override"] == "NO" and voila["allow_theme_override"] == "NO"


def test_the_server_config_culls_like_voila():
    """Do Binder's Jupyter server (Voilà as an extension, JupyterLab) and standalone Voilà cull alike?"""
    assert _json("jupyter_server_config.json")["MappingKernelManager"] == _json("voila.json")["MappingKernelManager"]


def test_jupyterlab_news_prompt_is_off():
    """Does the JupyterLab override turn off the news and update prompts?"""
    notification = _json("overrides.json")["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}


def test_binder_installs_the_three_files():
    """Does postBuild put voila.json, the server config and the Lab overrides where Jupyter reads them?"""
    post = (BINDER / "postBuild").read_text(encoding="utf-8")
    assert 'cp binder/voila.json "${HOME}/.jupyter/voila.json"' in post
    assert "jupyter_server_config.d/netkit.json" in post
    assert "share/jupyter/lab/settings" in post and "overrides.json" in post


def test_readme_and_hub_guide_use_the_configuration():
    """Do the coach's reference's voila commands and the hub guide use the shipped files?"""
    commands = [line for line in (README + GUIDE).splitlines() if line.lstrip("`").startswith("voila ")]
    assert commands and all("--Voila.config_file_paths=binder" in line for line in commands)
    assert "/opt/tljh/user/etc/jupyter/voila.json" in GUIDE
    assert "/opt/tljh/user/share/jupyter/lab/settings/overrides.json" in GUIDE


# --------------------------------------------------------------------------- the no-server site on GitHub Pages

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _workflow() -> dict:
    import yaml

    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _readme_lite_commands() -> list[str]:
    section = GUIDE.split("<!-- section:lite -->", 1)[1].split("<!-- /section:lite -->", 1)[0]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_pages_workflow_builds_the_site_with_the_readmes_command():
    """Does the Pages workflow install what it uses and build with exactly the README's `netkit lite` line?"""
    steps = [step for job in _workflow()["jobs"].values() for step in job.get("steps", [])]
    runs = [step["run"].strip() for step in steps if "run" in step]
    readme = _readme_lite_commands()
    build = [line for line in readme if line.startswith("netkit lite ")]
    assert len(build) == 1 and build[0] in runs, (build, runs)
    install = next(line for line in readme if line.startswith("pip install"))
    assert install in runs and runs.index(install) < runs.index(build[0])
    out = build[0].split(" -o ", 1)[1].split()[0]
    uploads = [step for step in steps if str(step.get("uses", "")).startswith("actions/upload-pages-artifact")]
    assert uploads and uploads[0]["with"]["path"] == out  # the folder built is the folder published
    assert any(str(step.get("uses", "")).startswith("actions/setup-node") for step in steps)  # npm: Pyodide


def test_the_pages_workflow_may_publish_and_nothing_more():
    """Does the workflow ask only for what Pages needs (read the code, write Pages, an OIDC token)?"""
    workflow = _workflow()
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages")


# --------------------------------------------------------------------------- netkit voila: the settings from any folder


def test_netkit_voila_passes_the_shipped_settings_by_absolute_path(monkeypatch, tmp_path):
    """Run from another folder, does `netkit voila` give Voilà the absolute folder of the shipped voila.json,
    pass unknown options on, and exit with Voilà's code?"""
    import subprocess

    from click.testing import CliRunner

    from netkit.cli import cli
    from netkit.cli.voila import voila_config_dir

    calls = []
    monkeypatch.setattr(subprocess, "call", lambda command: calls.append(command) or 3)
    workbook = tmp_path / "workshop.ipynb"
    workbook.write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the repository's root: a relative `binder` would be missed here
    result = CliRunner().invoke(cli, ["voila", "workshop.ipynb", "--no-browser", "--port", "8867"])
    assert result.exit_code == 3, result.output
    (command,) = calls
    config = next(arg.split("=", 1)[1] for arg in command if arg.startswith("--Voila.config_file_paths="))
    assert Path(config).is_absolute() and Path(config) == voila_config_dir()
    assert json.loads((Path(config) / "voila.json").read_text(encoding="utf-8")) == _json("voila.json")
    assert "--no-browser" in command and "--port=8867" in command and "workshop.ipynb" in command


def test_the_wheel_bundles_the_voila_settings():
    """Does the wheel carry binder/voila.json where `netkit voila` looks for it outside a checkout?"""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    bundled = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert bundled["binder/voila.json"] == "netkit/_bundled/binder/voila.json"


def test_the_readme_installs_what_its_next_commands_open():
    """Does the quick start's install line install JupyterLab and Voilà, which its next sentence opens?"""
    import tomllib

    quick = README.split("<!-- section:quickstart -->", 1)[1].split("<!-- /section:quickstart -->", 1)[0]
    assert 'pip install ".[coach]" && netkit render --example -o netkit-out' in quick
    assert "jupyter lab netkit-out/" in quick and "netkit voila netkit-out/" in quick
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert {"jupyterlab", "voila"} <= {req.split(">")[0].split("=")[0] for req in extras["coach"]}
