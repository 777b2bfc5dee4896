"""A throw-away JupyterHub on 127.0.0.1, for the hub tests and the delivery benchmark.

Started once (``start_local_hub``) and always stopped by PID (``LocalHub.stop``), including
the single-user servers it spawned: they run in their own process session, so stopping the
hub alone would leave them behind. Nothing here is part of netkit: it is test scaffolding
following ../shared/RECIPES.md (DummyAuthenticator, SimpleLocalProcessSpawner, the
pure-Python configurable-http-proxy, ``slow_spawn_timeout = 0``).

The coach's service ``netkit`` gets only the scopes delivery needs (see docs/guide.md, section JupyterHub);
a second service ``pytest-admin`` may mint user tokens so a test can act as a participant.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

#: The least-privilege scopes of the coach's delivery token (mirrors the README).
NETKIT_SCOPES = ["admin:users", "list:users", "read:users", "read:servers", "start:servers", "access:servers"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _executable(name: str) -> str:
    """A console script next to this Python first (the right venv), then on PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} is not installed (pip install 'netkit[hub]')")
    return found


@dataclass
class LocalHub:
    url: str
    token: str
    admin_token: str
    root: Path
    process: subprocess.Popen
    log_path: Path
    homes: Path
    _stopped: bool = field(default=False, repr=False)

    def home(self, user: str) -> Path:
        return self.homes / user

    def user_token(self, user: str) -> str:
        """A fresh API token of ``user`` (to act as that participant)."""
        response = httpx.post(
            f"{self.url}/hub/api/users/{user}/tokens",
            headers={"Authorization": f"token {self.admin_token}"},
            json={"note": "pytest", "expires_in": 3600},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()["token"]

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the hub, the proxy and every single-user server it started; by PID only."""
        if self._stopped:
            return
        self._stopped = True
        children = _descendants_and_spawned(self.process.pid, self.homes)
        try:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                self.process.kill()
                self.process.wait(timeout=5)
            except ProcessLookupError:
                pass
        children |= _spawned_servers(self.homes)
        for pid in children:
            _kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.1)
        for pid in children:
            if _alive(pid):
                _kill(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(") ", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _kill(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        try:
            ppid = int(stat.rsplit(") ", 1)[1].split()[1])
        except (IndexError, ValueError):
            continue
        if ppid == pid:
            found.add(int(entry.name))
    return found


def _descendants_and_spawned(pid: int, homes: Path) -> set[int]:
    result, todo = set(), [pid]
    while todo:
        for child in _children_of(todo.pop()):
            if child not in result:
                result.add(child)
                todo.append(child)
    return result | _spawned_servers(homes)


def _spawned_servers(homes: Path) -> set[int]:
    """Single-user servers whose working directory is one of this hub's home folders."""
    found = set()
    prefix = str(homes.resolve())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
        except OSError:
            continue
        if cwd == prefix or cwd.startswith(prefix + os.sep):
            found.add(int(entry.name))
    found.discard(os.getpid())
    return found


def start_local_hub(
    *, timeout: float = 60.0, http_timeout: int = 30, fake_servers: bool = False, fake_delay: float = 0.0
) -> LocalHub:
    """Start a JupyterHub on free loopback ports and wait until its API answers.

    ``fake_servers``: single-user servers are :class:`fake_spawner.FakeSpawner` folders behind one
    shared contents server (each start taking ``fake_delay`` s), so hundreds of users fit on one
    machine; otherwise each is a real ``jupyterhub-singleuser`` process."""
    root = Path(tempfile.mkdtemp(prefix="netkit-hub-"))
    homes = root / "homes"
    homes.mkdir()
    token, admin_token = secrets.token_hex(32), secrets.token_hex(32)
    port, hub_port, api_port = free_port(), free_port(), free_port()
    config = root / "jupyterhub_config.py"
    config.write_text(
        textwrap.dedent(f"""\
        c = get_config()  # noqa
        c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
        c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
        c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
        c.ConfigurableHTTPProxy.command = [{_executable("configurable-http-proxy")!r}]
        c.ConfigurableHTTPProxy.pid_file = {str(root / "proxy.pid")!r}
        c.JupyterHub.db_url = "sqlite:///{root / "hub.sqlite"}"
        c.JupyterHub.cookie_secret_file = {str(root / "cookie_secret")!r}
        c.JupyterHub.pid_file = {str(root / "hub.pid")!r}
        c.JupyterHub.authenticator_class = "dummy"
        c.Authenticator.allow_all = True
        c.JupyterHub.spawner_class = "simple"
        c.SimpleLocalProcessSpawner.home_dir_template = {str(homes) + "/{username}"!r}
        c.FakeSpawner.homes = {str(homes)!r}
        c.FakeSpawner.delay = {fake_delay!r}
        if {fake_servers!r}:
            c.JupyterHub.spawner_class = "fake_spawner.FakeSpawner"
        c.Spawner.cmd = [{_executable("jupyterhub-singleuser")!r}]
        c.Spawner.args = ["--allow-root"]
        c.Spawner.ip = "127.0.0.1"
        c.Spawner.start_timeout = 60
        c.Spawner.http_timeout = {http_timeout}
        c.Spawner.environment = {{"JUPYTER_CONFIG_DIR": {str(root / "jupyter-config")!r},
                                  "JUPYTERLAB_SETTINGS_DIR": {str(root / "lab-settings")!r}}}
        c.JupyterHub.tornado_settings = {{"slow_spawn_timeout": 0}}
        c.JupyterHub.cleanup_servers = True
        c.JupyterHub.services = [
            {{"name": "netkit", "api_token": {token!r}}},
            {{"name": "pytest-admin", "api_token": {admin_token!r}}},
        ]
        c.JupyterHub.load_roles = [
            {{"name": "netkit-deliver", "scopes": {NETKIT_SCOPES!r}, "services": ["netkit"]}},
            {{"name": "pytest-tokens", "scopes": ["tokens", "list:users"], "services": ["pytest-admin"]}},
        ]
        """)
    )
    log_path = root / "hub.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTERHUB_", "NETKIT_HUB"))}
    if fake_servers:
        here = str(Path(__file__).resolve().parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [_executable("jupyterhub"), "-f", str(config)],
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    hub = LocalHub(
        url=f"http://127.0.0.1:{port}",
        token=token,
        admin_token=admin_token,
        root=root,
        process=process,
        log_path=log_path,
        homes=homes,
    )
    deadline = time.monotonic() + timeout
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"JupyterHub exited during start-up:\n{hub.log()[-3000:]}")
            try:
                if httpx.get(f"{hub.url}/hub/api/", timeout=2).status_code == 200:
                    return hub
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"JupyterHub did not answer within {timeout:.0f} s:\n{hub.log()[-3000:]}")
            time.sleep(0.2)
    except BaseException:
        hub.stop()
        raise
