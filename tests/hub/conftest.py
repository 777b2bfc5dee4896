"""A real JupyterHub on 127.0.0.1, started once per test session and stopped by PID.

See ``local_hub.py`` for the configuration (DummyAuthenticator, SimpleLocalProcessSpawner with
homes in a temporary folder, the pure-Python configurable-http-proxy, a ``netkit`` service
whose role holds only the scopes delivery needs). Tests that use it are marked ``hub``; when
JupyterHub or a proxy is not installed they are skipped with the install command.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from local_hub import start_local_hub


def _missing_tools() -> list[str]:
    here = Path(sys.executable).parent
    return [
        name
        for name in ("jupyterhub", "jupyterhub-singleuser", "configurable-http-proxy")
        if not (here / name).exists() and not shutil.which(name)
    ]


@pytest.fixture(scope="session")
def hub(skip_or_fail):
    """The running test hub (``hub.url``, ``hub.token`` of the netkit service, ``hub.home(u)``)."""
    missing = _missing_tools()
    if missing:
        skip_or_fail("JupyterHub tests need " + ", ".join(missing) + ": pip install jupyterhub configurable-http-proxy")
    local = start_local_hub()
    try:
        yield local
    finally:
        local.stop()


@pytest.fixture
def hub_env(hub, monkeypatch):
    """The netkit service token in NETKIT_HUB_TOKEN, as a coach would set it."""
    monkeypatch.setenv("NETKIT_HUB_TOKEN", hub.token)
    return hub
