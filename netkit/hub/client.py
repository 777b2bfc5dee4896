"""The hub's REST and contents APIs behind a service token that never shows itself."""

from __future__ import annotations

import base64
import hashlib
import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

import httpcore
import httpx

from netkit.exceptions import HubError

__all__ = [
    "CREATE_SCOPE",
    "DEADLINE",
    "DELIVER_SCOPES",
    "HubClient",
    "MAX_CONNECTIONS",
    "MAX_REPLY_BYTES",
    "RETRY_BUDGET",
    "RetryBudget",
    "TOKEN_ENV",
]

#: The environment variable holding the hub service token (never a command-line argument).
TOKEN_ENV = "NETKIT_HUB_TOKEN"
#: Scopes delivery needs; ``admin:users`` only to create missing users.
DELIVER_SCOPES = ("read:users", "read:servers", "start:servers", "access:servers")
CREATE_SCOPE = "admin:users"
#: Seconds one hub call may take in all (connect, send, headers, body), however the hub trickles
#: its reply; the per-read ``timeout`` alone would let a byte every few seconds hold a call for ever.
DEADLINE = 120.0
#: The largest reply read from a hub, counted as it streams in (after decompression): a 64 MiB
#: answers document in base64 inside a JSON model, with room to spare. Larger is refused unread.
MAX_REPLY_BYTES = 96 * 1024 * 1024
#: Retries one client may spend in all (busy hub: 429, 502, 503, 504; a dropped connection).
RETRY_BUDGET = 100
#: Connections one client opens at most (and so participants handled at once by delivery).
MAX_CONNECTIONS = 50
#: Retries of one call at most, and the longest wait between two (a hub's Retry-After is capped to it).
_RETRIES_PER_CALL = 3
_MAX_WAIT = 30.0
_RETRY_STATUS = frozenset({429, 502, 503, 504})


def _hub_url(url: str) -> str:
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HubError(
            f"{url!r} is not a hub address",
            fix="give the address you open the hub at, e.g. --hub https://hub.example.org",
        )
    if parts.username or parts.password:
        raise HubError(
            "the hub address must not hold a user name or password",
            fix=f"put the service token in the environment variable {TOKEN_ENV} instead",
        )
    path = parts.path.rstrip("/")
    if path.endswith("/hub"):
        path = path[: -len("/hub")]
    return f"{parts.scheme}://{parts.netloc}{path}"


def _q(name: str) -> str:
    return quote(name, safe="")


def _qpath(path: str) -> str:
    return quote(path.strip("/"), safe="/")


class RetryBudget:
    """A number of retries shared by every call of a run (and every thread making them).

    A hub that is busy for a moment (429 "too many users starting", 503 from its proxy, a dropped
    connection) is worth a few retries; a hub that is down is not worth 3 retries x 500
    participants. So retries come out of one budget: when it is spent, calls fail at once and
    the coach hears about it, instead of the run crawling on.
    """

    def __init__(self, total: int):
        self.total = max(0, int(total))
        self.used = 0
        self._lock = threading.Lock()

    @property
    def left(self) -> int:
        return self.total - self.used

    def take(self) -> bool:
        """Spend one retry if any is left; True if it was granted."""
        with self._lock:
            if self.used >= self.total:
                return False
            self.used += 1
            return True

    def __repr__(self) -> str:
        return f"RetryBudget(used={self.used}, total={self.total})"


# --------------------------------------------------------------------------- bounded transport
#: The deadline (time.monotonic) of the hub call this thread is making, read by every socket operation.
_CALL = threading.local()


def _within_deadline(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left of this thread's call deadline (none left: a timeout now)."""
    deadline = getattr(_CALL, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write waits at most until the call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _within_deadline(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _within_deadline(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _within_deadline(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own synchronous sockets, wrapped in :class:`_DeadlineStream`."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._inner.connect_tcp(host, port, _within_deadline(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_unix_socket(path, _within_deadline(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


#: httpcore's errors that mean "the connection failed" (its timeouts are mapped apart).
_CORE_ERRORS = (httpcore.NetworkError, httpcore.ProtocolError, httpcore.ProxyError, httpcore.UnsupportedProtocol)


class _Body(httpx.SyncByteStream):
    """A reply body from httpcore, its errors said as httpx's."""

    def __init__(self, stream: Any, request: httpx.Request):
        self._stream, self._request = stream, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except httpcore.TimeoutException as exc:
            raise httpx.ReadTimeout(str(exc), request=self._request) from exc
        except _CORE_ERRORS as exc:
            raise httpx.ReadError(str(exc), request=self._request) from exc

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class _DeadlineTransport(httpx.BaseTransport):
    """httpx's HTTP/1.1 transport (httpcore's connection pool) on sockets bounded by the call deadline.

    httpx has per-read, per-write and connect timeouts but no total one; this transport gives every
    socket operation only what is left of the call's deadline (set per thread by
    :meth:`HubClient.request`), so neither trickled headers nor a trickled body outlive it."""

    def __init__(self, max_connections: int):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            reply = self._pool.handle_request(core)
        except httpcore.TimeoutException as exc:
            raise httpx.TimeoutException(str(exc), request=request) from exc
        except _CORE_ERRORS as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        return httpx.Response(
            status_code=reply.status,
            headers=reply.headers,
            stream=_Body(reply.stream, request),
            extensions=reply.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _Secret:
    """A string that does not show itself: repr, str and pickle give nothing away."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__

    def __reduce__(self):
        raise TypeError("a secret token cannot be pickled")


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
        self.url = _hub_url(url)
        self.timeout, self.deadline, self.max_bytes, self.backoff = timeout, deadline, max_bytes, backoff
        self.retries = retries if isinstance(retries, RetryBudget) else RetryBudget(retries)
        self.max_connections = max(1, max_connections)
        if token is None:
            token = os.environ.get(token_env, "").strip()
        if not token:
            raise HubError(
                f"no hub token: the environment variable {token_env} is not set",
                fix=f"ask the hub admin for the netkit service token, then run "
                f"`export {token_env}=…` (read -s keeps it off the screen) before this command",
            )
        if not all(33 <= ord(ch) <= 126 for ch in token):
            # Never echo the token, not even in part: only say what kind of character is wrong.
            raise HubError(
                f"the hub token in {token_env} holds characters a token cannot have (only ASCII "
                "letters, digits and punctuation, no spaces or accents)",
                fix=f"copy the token again from the hub admin (a stray quote, space or line break "
                f"often comes with it) and `export {token_env}=…` again",
            )
        self._token = _Secret(token)
        self._http = httpx.Client(
            base_url=self.url,
            # per read/write/connect; the pool wait too is bounded by the call's deadline
            timeout=httpx.Timeout(timeout, pool=deadline),
            transport=transport or _DeadlineTransport(self.max_connections),
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
        for attempt in range(_RETRIES_PER_CALL + 1):
            last = attempt == _RETRIES_PER_CALL
            try:
                response = self._bounded(method, path, **kwargs)
            except httpx.TimeoutException:
                # Not retried: a hub that takes the whole deadline would take it again.
                raise HubError(
                    f"the hub at {self.url} did not answer in time ({method} {path.split('?')[0]}: "
                    f"no complete reply within {self.deadline:.0f} s)",
                    fix="check the address and that the hub is running; try again",
                ) from None
            except httpx.HTTPError as exc:
                if not last and self.retries.take():
                    time.sleep(self._wait(attempt, None))
                    continue
                raise HubError(
                    f"cannot reach the hub at {self.url} ({exc.__class__.__name__})",
                    fix="check the address (--hub) and your network",
                ) from None
            if response.status_code in _RETRY_STATUS and not last and self.retries.take():
                time.sleep(self._wait(attempt, response.headers.get("retry-after")))
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover - the last attempt returns or raises

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        """Seconds before retry ``attempt + 1``: the hub's Retry-After (in seconds) if it gave one, else
        a doubling wait; never more than :data:`_MAX_WAIT`."""
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after.strip()), _MAX_WAIT)
        return min(self.backoff * 2**attempt, _MAX_WAIT)

    def _bounded(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One attempt: every socket operation within the deadline, the body streamed against the cap."""
        deadline = time.monotonic() + self.deadline
        _CALL.deadline = deadline
        try:
            with self._http.stream(method, path, **kwargs) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise self._too_big(method, path, f"announced {int(declared):,} bytes")
                body, size = [], 0
                for chunk in response.iter_bytes():  # decompressed: a gzip bomb is counted as it inflates
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_big(method, path, "kept sending")
                    if time.monotonic() > deadline:  # a transport that does not bound its reads (tests)
                        raise httpx.ReadTimeout("the call's deadline has passed", request=response.request)
                    body.append(chunk)
            headers = [
                (k, v)
                for k, v in response.headers.multi_items()
                if k.lower() not in ("content-encoding", "content-length")
            ]
            return httpx.Response(
                response.status_code, headers=headers, content=b"".join(body), request=response.request
            )
        finally:
            _CALL.deadline = None

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
                + " (see README, section JupyterHub)"
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
        least-privilege set-up the README recommends. One limited to a single user or server
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
        """Poll until ``name``'s server is ready; return the last state seen."""
        deadline = time.monotonic() + timeout
        state = self.server_state(name)
        while state == "pending" and time.monotonic() < deadline:
            time.sleep(poll)
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


def _client(hub: HubClient | str) -> tuple[HubClient, bool]:
    if isinstance(hub, HubClient):
        return hub, False
    return HubClient(hub), True
