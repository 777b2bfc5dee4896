"""A fake spawner for a real JupyterHub: hundreds of "servers" without hundreds of processes.

Test scaffolding for ``bench/bench_deliver.py`` (500 participants on one 2-core machine, where a
real single-user server costs 130-150 MiB each). The hub, its REST API, its proxy, its database
and its spawn bookkeeping are the real ones; only the single-user servers are replaced by one
small contents server (a thread inside the hub process) that answers the part of the Jupyter
contents API netkit uses, ``/user/<name>/api/contents/<path>``, storing files in
``<homes>/<name>/`` on disk as the real server would.

Unlike a real single-user server it does not check the caller's token: it is for measuring
delivery at scale, not for testing permissions (``tests/hub`` runs real servers for that).

Configure it with ``c.JupyterHub.spawner_class = "fake_spawner.FakeSpawner"`` (this folder on the
hub's ``PYTHONPATH``) and ``c.FakeSpawner.homes = "/path/to/homes"``.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as _dt
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from jupyterhub.spawner import Spawner
from traitlets import Float, Unicode

_SERVER: ThreadingHTTPServer | None = None
_LOCK = threading.Lock()


def _model(path: Path, rel: str, *, content: bool) -> dict:
    stamp = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.UTC).isoformat()
    if path.is_dir():
        return {"name": path.name, "path": rel, "type": "directory", "content": None, "last_modified": stamp}
    data = path.read_bytes()
    model = {
        "name": path.name,
        "path": rel,
        "type": "file",
        "format": "base64" if content else None,
        "content": base64.encodebytes(data).decode("ascii") if content else None,
        "hash": hashlib.sha256(data).hexdigest(),
        "hash_algorithm": "sha256",
        "size": len(data),
        "last_modified": stamp,
    }
    return model


def contents_server(homes: Path) -> ThreadingHTTPServer:
    """A threaded HTTP server on 127.0.0.1 answering ``/user/<name>/api/contents/...`` for every user."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _send(self, status: int, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _target(self) -> tuple[Path, str] | None:
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            if not path.startswith("/user/") or "/api/contents" not in path:
                return None
            user, _, rest = path[len("/user/") :].partition("/api/contents")
            rest = rest.strip("/")
            home = (homes / user).resolve()
            target = (home / rest).resolve()
            if home != target and home not in target.parents:
                return None
            return target, rest

        def do_GET(self):
            found = self._target()
            if found is None:
                return self._send(200, {"version": "fake"})  # the hub's "is it up?" probe and /api
            target, rest = found
            if not target.exists():
                return self._send(404, {"message": f"No such file or directory: {rest}"})
            query = parse_qs(urlsplit(self.path).query)
            return self._send(200, _model(target, rest, content=query.get("content", ["1"])[0] == "1"))

        def do_PUT(self):
            found = self._target()
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if found is None:
                return self._send(404, {"message": "unknown"})
            target, rest = found
            if body.get("type") == "directory":
                target.mkdir(parents=True, exist_ok=True)
                return self._send(201, _model(target, rest, content=False))
            if not target.parent.is_dir():
                return self._send(404, {"message": "No such directory"})
            target.write_bytes(base64.b64decode(body.get("content") or ""))
            return self._send(201, _model(target, rest, content=False))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class FakeSpawner(Spawner):
    """A "server" per user that is a folder on disk behind one shared contents server."""

    homes = Unicode("", config=True, help="Folder holding one home per user.")
    delay = Float(0.0, config=True, help="Seconds a start takes (a real server takes 3-5 s).")

    async def start(self):
        global _SERVER
        home = Path(self.homes) / self.user.name
        home.mkdir(parents=True, exist_ok=True)
        with _LOCK:
            if _SERVER is None:
                _SERVER = contents_server(Path(self.homes))
        if self.delay:
            await asyncio.sleep(self.delay)
        self._running = True
        return ("127.0.0.1", _SERVER.server_address[1])

    async def poll(self):
        return None if getattr(self, "_running", False) else 0

    async def stop(self, now=False):
        self._running = False
