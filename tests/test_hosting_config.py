"""The shipped hosting configuration: Voilà, the Jupyter server, JupyterLab settings, and where they are used."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
README = (ROOT / "README.md").read_text(encoding="utf-8")


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
    """Do the README's voila commands and the hub guide use the shipped files?"""
    commands = [line for line in README.splitlines() if line.lstrip("`").startswith("voila ")]
    assert commands and all("--Voila.config_file_paths=binder" in line for line in commands)
    assert "/opt/tljh/user/etc/jupyter/voila.json" in README
    assert "/opt/tljh/user/share/jupyter/lab/settings/overrides.json" in README
