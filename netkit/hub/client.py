"""The hub's REST and contents APIs behind a service token that never shows itself."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

import httpx

from netkit.exceptions import HubError
from netkit.hub.credentials import TOKEN_ENV, Secret, hub_url, token_from_env
from netkit.hub.transport import (
    DEADLINE,
    MAX_CONNECTIONS,
    MAX_REPLY_BYTES,
    RETRY_BUDGET,
    DeadlineTransport,
    ReplyTooLarge,
    RetryBudget,
    call_with_retries,
)

__all__ = ["CREATE_SCOPE", "DELIVER_SCOPES", "HubClient", "TOKEN_ENV"]

#: Scopes delivery needs; ``admin:users`` only to create missing users.
DELIVER_SCOPES = ("read:users", "read:servers", "start:servers", "access:servers")
CREATE_SCOPE = "admin:users"


def _q(name: str) -> str:
    return quote(name, safe="")


def _qpath(path: str) -> str:
    return quote(path.strip("/"), safe="/")


class HubClient:
    """A JupyterHub seen through a service token; the token never leaves this object.

    ``HubClient(url)`` reads the token from :data:`TOKEN_ENV`. One client may be used from
    several threads at once (delivery starts servers in parallel), through at most
    ``max_connections`` connections.

    Every call is bounded: it takes at most ``deadline`` seconds in all (``timeout`` is the
    wait for one read, write or connection), and a reply larger than ``max_bytes`` is refused
    as it streams in, never read whole. A busy hub (429, 502, 503, 504, a dropped connection)
    is retried a few times per call with growing waits (its ``Retry-After`` respected, capped),
    out of one :class:`RetryBudget` for the client's whole run.
    """

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        deadline: float = DEADLINE,
        max_bytes: int = MAX_REPLY_BYTES,
        retries: RetryBudget | int = RETRY_BUDGET,
        backoff: float = 0.5,
        max_connections: int = MAX_CONNECTIONS,
        transport: httpx.BaseTransport | None = None,
        token_env: str = TOKEN_ENV,
    ):
        self.url = hub_url(url)
        self.timeout, self.deadline, self.max_bytes, self.backoff = timeout, deadline, max_bytes, backoff
        self.retries = retries if isinstance(retries, RetryBudget) else RetryBudget(retries)
        self.max_connections = max(1, max_connections)
        self._token = Secret(token := token_from_env(token, token_env))
        self._http = httpx.Client(
            base_url=self.url,
            # per read/write/connect; the pool wait too is bounded by the call's deadline
            timeout=httpx.Timeout(timeout, pool=deadline),
            transport=transport or DeadlineTransport(self.max_connections, self.url),
            headers={"Authorization": f"token {token}"},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"HubClient(url={self.url!r}, token=<hidden>)"

    __str__ = __repr__

    def __reduce__(self):  # a pickled client would carry the token into a file
        raise TypeError("a HubClient cannot be pickled (it holds a secret token)")

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def redact(self, text: str) -> str:
        """``text`` with the token blanked out, for messages that echo a server's answer."""
        secret = self._token.reveal()
        return text.replace(secret, "<hidden>") if secret else text

    # ------------------------------------------------------------------ plumbing
    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One call to the hub, bounded in time and size, retried while the hub is busy.

        Network failures, a call past its deadline and a reply over the size cap become
        :class:`HubError`; the reply returned has its whole body read.
        """
        try:
            return call_with_retries(
                self._http,
                method,
                path,
                budget=self.retries,
                backoff=self.backoff,
                deadline=self.deadline,
                max_bytes=self.max_bytes,
                **kwargs,
            )
        except ReplyTooLarge as exc:
            raise self._too_big(method, path, exc.how) from None
        except httpx.TimeoutException:  # not retried: a hub that took the whole deadline would take it again
            raise HubError(
                f"the hub at {self.url} did not answer in time ({method} {path.split('?')[0]}: "
                f"no complete reply within {self.deadline:.0f} s)",
                fix="check the address and that the hub is running; try again",
            ) from None
        except httpx.HTTPError as exc:
            raise HubError(
                f"cannot reach the hub at {self.url} ({exc.__class__.__name__})",
                fix="check the address (--hub) and your network",
            ) from None

    def _too_big(self, method: str, path: str, how: str) -> HubError:
        return HubError(
            f"the hub at {self.url} {how}: more than {self.max_bytes / 2**20:.0f} MiB in one reply "
            f"({method} {path.split('?')[0]}), which netkit refuses",
            fix="check that --hub is the JupyterHub's own address; a participant's answers file is never that large",
        )

    def _json(self, response: httpx.Response, doing: str, shape: type = dict) -> Any:
        """The JSON body of a successful reply, if it has the ``shape`` asked for (an object by
        default); anything else (HTML from a proxy, binary bytes, a list) is a :class:`HubError`."""
        try:
            data = response.json()
        except ValueError:  # not JSON, not UTF-8 (json's and the decoder's errors are ValueErrors)
            data = None
        if not isinstance(data, shape):
            raise HubError(
                f"the hub answered in a way netkit does not understand when asked to {doing} "
                f"(HTTP {response.status_code}, {self._kind(response)} instead of a JSON "
                f"{'object' if shape is dict else shape.__name__})",
                where=f"{self.url} {response.request.method} {response.request.url.path}",
                fix="check that --hub is the JupyterHub's own address (not a proxy or login "
                "page) and that it runs JupyterHub 3 or later",
            )
        return data

    @staticmethod
    def _kind(response: httpx.Response) -> str:
        content_type = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
        try:
            json_type = type(response.json()).__name__
        except ValueError:
            return f"{len(response.content)} bytes of {content_type}"
        return {"list": "a JSON list", "str": "a JSON string", "NoneType": "JSON null"}.get(
            json_type, f"JSON {json_type}"
        )

    def _fail(self, response: httpx.Response, doing: str) -> HubError:
        try:
            body = response.json()
            detail = body.get("message") or "" if isinstance(body, dict) else ""
        except ValueError:
            detail = response.text[:200] if response.headers.get("content-type", "").startswith("text/") else ""
        detail = self.redact(str(detail)).strip()
        fix = None
        if response.status_code == 401:
            fix = f"the token in {TOKEN_ENV} is wrong or expired: ask the hub admin for a new one"
        elif response.status_code == 403:
            fix = (
                "the token lacks a scope: the netkit service needs "
                + ", ".join(DELIVER_SCOPES + (CREATE_SCOPE,))
                + " (see docs/guide.md, section JupyterHub)"
            )
        return HubError(
            f"the hub refused to {doing}: HTTP {response.status_code}" + (f" ({detail})" if detail else ""),
            where=self.url,
            fix=fix,
        )

    # ------------------------------------------------------------------ hub API
    def whoami(self) -> dict:
        """The token's owner and scopes (``GET /hub/api/user``)."""
        response = self.request("GET", "/hub/api/user")
        if response.status_code != 200:
            raise self._fail(response, "identify the token")
        model = self._json(response, "identify the token")
        if not isinstance(model.get("scopes", []), list):
            raise HubError(
                "the hub's description of the token has no list of scopes",
                where=f"{self.url}/hub/api/user",
                fix="check that --hub is a JupyterHub 3 or later",
            )
        return model

    def missing_scopes(self, needed: Iterable[str]) -> list[str]:
        """Which of ``needed`` the token lacks.

        A scope limited to a group (``access:servers!group=cohort-2026``) counts: that is the
        least-privilege set-up docs/guide.md recommends. One limited to a single user or server
        (a participant's own token) does not: it could never deliver to a cohort.
        """
        have = set()
        for scope in self.whoami().get("scopes", []):
            base, _, limit = scope.partition("!")
            if not limit or limit.startswith("group="):
                have.add(base)
        implied = {
            "admin:users": {"users", "read:users", "list:users"},
            "users": {"read:users", "list:users"},
            "admin:servers": {"servers", "read:servers", "start:servers"},
            "servers": {"read:servers", "start:servers"},
        }
        for scope in list(have):
            have |= implied.get(scope, set())
        if "admin-ui" in have or "inherit" in have:
            return []
        return [scope for scope in needed if scope not in have]

    def user(self, name: str) -> dict | None:
        """The hub's model of user ``name``, or None if there is no such user."""
        response = self.request("GET", f"/hub/api/users/{_q(name)}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._fail(response, f"read user {name!r}")
        model = self._json(response, f"read user {name!r}")
        if not isinstance(model.get("servers") or {}, dict):
            raise HubError(
                f"the hub's description of user {name!r} has no usable 'servers'",
                where=f"{self.url}/hub/api/users",
                fix="check that --hub is a JupyterHub 3 or later",
            )
        return model

    def create_user(self, name: str) -> None:
        """Create hub user ``name`` (already existing is fine)."""
        response = self.request("POST", "/hub/api/users", json={"usernames": [name]})
        if response.status_code in (201, 409):
            return
        raise self._fail(response, f"create user {name!r}")

    def server_state(self, name: str) -> str:
        """``ready``, ``pending`` or ``stopped`` for the default server of ``name``."""
        model = self.user(name)
        if model is None:
            raise HubError(f"there is no hub user {name!r}", where=self.url)
        server = (model.get("servers") or {}).get("")
        server = server if isinstance(server, dict) else {}
        if server and server.get("ready"):
            return "ready"
        if (server and server.get("pending")) or model.get("pending"):
            return "pending"
        return "stopped"

    def start_server(self, name: str) -> None:
        """Ask the hub to start ``name``'s server (returns at once; poll :meth:`server_state`)."""
        response = self.request("POST", f"/hub/api/users/{_q(name)}/server")
        if response.status_code in (201, 202):
            return
        if response.status_code == 400 and "already running" in response.text:
            return
        raise self._fail(response, f"start the server of {name!r}")

    def wait_ready(self, name: str, timeout: float, poll: float = 0.5) -> str:
        """Poll until ``name``'s server is ready; return the last state seen.

        The wait between two polls starts at ``poll`` and grows by half each time up to 2 s
        (never past the ``timeout``): with 50 servers starting at once, a fixed quick poll would
        keep the hub busy answering "not yet" instead of starting them."""
        deadline = time.monotonic() + timeout
        state = self.server_state(name)
        wait = poll
        while state == "pending" and time.monotonic() < deadline:
            time.sleep(max(0.0, min(wait, deadline - time.monotonic())))
            wait = min(wait * 1.5, max(poll, 2.0))
            state = self.server_state(name)
        return state

    def ensure_server(self, name: str, *, attempts: int = 3, timeout: float = 120.0, poll: float = 0.5) -> int:
        """Make sure ``name``'s server runs, starting it up to ``attempts`` times.

        Each attempt after the first is a retry taken from the client's :class:`RetryBudget`.
        Returns the number of start attempts made (0 if it was already running); raises
        :class:`HubError` naming each failed attempt when it never became ready.
        """
        if self.server_state(name) == "ready":
            return 0
        failures = []
        for attempt in range(1, max(1, attempts) + 1):
            if attempt > 1 and not self.retries.take():
                failures.append(f"no retry left in this run's budget of {self.retries.total}")
                break
            try:
                self.start_server(name)
                state = self.wait_ready(name, timeout, poll)
            except HubError as exc:
                failures.append(exc.what)
                continue
            if state == "ready":
                return attempt
            failures.append(
                "it stopped while starting" if state == "stopped" else f"it was not ready after {timeout:.0f} s"
            )
        raise HubError(
            f"the server of {name!r} did not start after {len(failures)} attempt(s): " + "; ".join(failures),
            where=self.url,
            fix="look at the hub's log for this user, then deliver again (delivered participants are skipped)",
        )

    # ------------------------------------------------------------------ contents API
    def _contents(self, user: str, path: str) -> str:
        return f"/user/{_q(user)}/api/contents/{_qpath(path)}"

    def file_model(self, user: str, path: str, *, content: bool = False) -> dict | None:
        """The contents-API model of a file in ``user``'s home, or None if it is not there."""
        params = {"type": "file", "content": "1" if content else "0", "hash": "1"}
        if content:
            params["format"] = "base64"
        response = self.request("GET", self._contents(user, path), params=params)
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._fail(response, f"read {path} of {user!r}")
        return self._json(response, f"read {path} of {user!r}")

    def exists(self, user: str, path: str) -> bool:
        """Whether ``path`` exists in ``user``'s home."""
        response = self.request("GET", self._contents(user, path), params={"content": "0"})
        if response.status_code == 404:
            return False
        if response.status_code != 200:
            raise self._fail(response, f"look for {path} of {user!r}")
        return True

    def read_file(self, user: str, path: str) -> bytes | None:
        """The exact bytes of ``path`` in ``user``'s home, or None if it is not there."""
        model = self.file_model(user, path, content=True)
        if model is None:
            return None
        try:
            content = model.get("content") or ""
            # Jupyter sends base64 in lines of 76 (base64.encodebytes): only the line breaks go.
            return base64.b64decode("".join(content.split()), validate=True)
        except (ValueError, TypeError, AttributeError):  # binascii.Error is a ValueError
            raise HubError(
                f"the hub sent {path} of {user!r} in a form netkit cannot decode (not base64)",
                where=self.url,
                fix="check that --hub is the JupyterHub's own address",
            ) from None

    def file_sha256(self, user: str, path: str) -> str | None:
        """SHA-256 of ``path`` in ``user``'s home (computed by the server when it can)."""
        model = self.file_model(user, path)
        if model is None:
            return None
        if model.get("hash_algorithm") == "sha256" and model.get("hash"):
            return model["hash"]
        data = self.read_file(user, path)
        return None if data is None else hashlib.sha256(data).hexdigest()

    def make_folder(self, user: str, path: str) -> None:
        """Create ``path`` and its parents in ``user``'s home (existing folders are fine)."""
        parts = PurePosixPath(path.strip("/")).parts
        for depth in range(1, len(parts) + 1):
            sub = "/".join(parts[:depth])
            if self.exists(user, sub):
                continue
            response = self.request("PUT", self._contents(user, sub), json={"type": "directory"})
            if response.status_code not in (200, 201):
                raise self._fail(response, f"create the folder {sub} for {user!r}")

    def write_file(self, user: str, path: str, data: bytes) -> None:
        """Write ``data`` to ``path`` in ``user``'s home, byte for byte."""
        parent = str(PurePosixPath(path.strip("/")).parent)
        if parent not in ("", "."):
            self.make_folder(user, parent)
        body = {"type": "file", "format": "base64", "content": base64.b64encode(data).decode("ascii")}
        response = self.request("PUT", self._contents(user, path), json=body)
        if response.status_code not in (200, 201):
            raise self._fail(response, f"write {path} for {user!r}")
