"""A stand-in JupyterHub on 127.0.0.1 for the hostile suite: the few REST calls `netkit deliver`
and `collect --hub` make, with files kept in memory, or one fixed hostile reply to everything.

It is not the real hub (``tests/hub`` runs that, marked ``hub``); it exists so that every command
can be run, fast, against replies of shapes netkit does not expect, and so that what a delivery
uploaded can be inspected (``/etc/passwd`` never, Bob's workbook never in Ada's home).
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

SCOPES = ["admin:users", "read:users", "read:servers", "start:servers", "access:servers"]


class FakeHub:
    """``with FakeHub() as hub: hub.url``; ``hub.files[user][path]`` holds what was written.

    ``reply`` (status, content type, body bytes) answers every request instead, for hostile
    shapes: a JSON list, binary bytes, an HTML login page…"""

    def __init__(self, reply: tuple[int, str, bytes] | None = None):
        self.reply = reply
        self.files: dict[str, dict[str, bytes]] = {}
        self.users: set[str] = set()
        self.requests: list[tuple[str, str]] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: object = None, content_type: str = "application/json"):
                data = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = unquote(urlsplit(self.path).path)
                hub.requests.append((method, path))
                if hub.reply is not None:
                    status, content_type, data = hub.reply
                    return self._send(status, data, content_type)
                if path == "/hub/api/user":
                    return self._send(200, {"name": "netkit", "kind": "service", "scopes": SCOPES})
                if path == "/hub/api/users" and method == "POST":
                    hub.users.update(json.loads(body)["usernames"])
                    return self._send(201, [])
                if path.startswith("/hub/api/users/"):
                    name = path.split("/")[4]
                    if method == "POST":
                        return self._send(201, {})
                    if name not in hub.users:
                        return self._send(404, {"status": 404, "message": "Not Found"})
                    return self._send(200, {"name": name, "servers": {"": {"ready": True}}})
                if path.startswith("/user/") and "/api/contents" in path:
                    user, _, rest = path[len("/user/") :].partition("/api/contents")
                    rest = rest.strip("/")
                    files = hub.files.setdefault(user, {})
                    if method == "PUT":
                        model = json.loads(body)
                        if model.get("type") != "directory":
                            files[rest] = base64.b64decode(model["content"])
                        else:
                            files.setdefault(rest + "/", b"")
                        return self._send(201, {"path": rest})
                    if rest in files:
                        data = files[rest]
                        return self._send(
                            200,
                            {
                                "path": rest,
                                "type": "file",
                                "content": base64.b64encode(data).decode(),
                                "hash": hashlib.sha256(data).hexdigest(),
                                "hash_algorithm": "sha256",
                            },
                        )
                    if rest + "/" in files or any(k.startswith(rest + "/") for k in files):
                        return self._send(200, {"path": rest, "type": "directory"})
                    return self._send(404, {"message": "No such file"})
                return self._send(404, {"message": "unknown"})

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_PUT(self):
                self._handle("PUT")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeHub:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
