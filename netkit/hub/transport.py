"""How netkit talks HTTP to a hub: every call within a total deadline and a size cap, retries from one budget.

httpx bounds each read, write and connection by a timeout but not a whole call: a hub (or
something posing as one) that sends a byte every few seconds keeps a call alive for ever, and
``response.read()`` takes a reply whole, however large. Here:

* :class:`DeadlineTransport` is httpx's HTTP/1.1 transport (httpcore's connection pool) on sockets
  that give every operation only what is left of the call's deadline, so neither trickled
  headers nor a trickled body outlive it;
* :func:`bounded_call` sets that deadline, refuses a declared length over the cap on the headers
  and streams the body against the cap (after decompression, so a gzip bomb counts as it inflates);
* :class:`RetryBudget` is one number of retries for a whole run, shared by every thread, so a hub
  that is down fails a 500-person delivery in seconds instead of 1,500 retries.

:class:`netkit.hub.client.HubClient` turns what goes wrong here into a
:class:`~netkit.exceptions.HubError`.
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

__all__ = [
    "DEADLINE",
    "MAX_CONNECTIONS",
    "MAX_REPLY_BYTES",
    "MAX_WAIT",
    "RETRIES_PER_CALL",
    "RETRY_BUDGET",
    "RETRY_STATUS",
    "DeadlineTransport",
    "ReplyTooLarge",
    "RetryBudget",
    "bounded_call",
    "call_with_retries",
    "retry_wait",
]

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
RETRIES_PER_CALL = 3
MAX_WAIT = 30.0
RETRY_STATUS = frozenset({429, 502, 503, 504})


class ReplyTooLarge(Exception):
    """A reply over the size cap (``how``: it announced too many bytes, or kept sending)."""

    def __init__(self, how: str):
        super().__init__(how)
        self.how = how


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


def _proxy_for(url: str) -> str | None:
    """The proxy the environment sets for ``url`` (None: connect directly)."""
    parts = urlsplit(url)
    if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    proxy = urllib.request.getproxies().get(parts.scheme)
    return proxy if proxy and urlsplit(proxy).scheme in ("http", "https") and urlsplit(proxy).hostname else None


class DeadlineTransport(httpx.BaseTransport):
    """httpx's HTTP/1.1 transport (httpcore's connection pool) on sockets bounded by the call deadline.

    httpx has per-read, per-write and connect timeouts but no total one; this transport gives every
    socket operation only what is left of the call's deadline (set per thread by
    :meth:`HubClient.request`), so neither trickled headers nor a trickled body outlive it.

    ``url`` is the hub's: when the environment names a proxy for it (``HTTPS_PROXY``,
    ``HTTP_PROXY``, not bypassed by ``NO_PROXY``), calls go through that proxy, as httpx's own
    transport would, on the same bounded sockets."""

    def __init__(self, max_connections: int, url: str = ""):
        options: dict[str, Any] = {
            "ssl_context": httpx.create_ssl_context(),
            "max_connections": max_connections,
            "max_keepalive_connections": max_connections,
            "keepalive_expiry": 5.0,
            "network_backend": _DeadlineBackend(),
        }
        proxy = _proxy_for(url)
        if proxy is None:
            self._pool: httpcore.ConnectionPool = httpcore.ConnectionPool(**options)
        else:
            parts = urlsplit(proxy)
            auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
            plain = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()  # the user:password goes in auth
            self._pool = httpcore.HTTPProxy(proxy_url=plain, proxy_auth=auth, **options)

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


def bounded_call(
    http: httpx.Client, method: str, path: str, *, deadline: float, max_bytes: int, **kwargs: Any
) -> httpx.Response:
    """One request, its reply read whole within ``deadline`` seconds and ``max_bytes`` bytes.

    Raises :class:`httpx.TimeoutException` past the deadline, :class:`ReplyTooLarge` over the cap
    (the connection is dropped at once, the rest never read), other :class:`httpx.HTTPError` for a
    failed connection. The reply returned holds its decoded body."""
    ends = time.monotonic() + deadline
    _CALL.deadline = ends
    try:
        with http.stream(method, path, **kwargs) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ReplyTooLarge(f"announced {int(declared):,} bytes")
            body, size = [], 0
            for chunk in response.iter_bytes():  # decompressed: a gzip bomb is counted as it inflates
                size += len(chunk)
                if size > max_bytes:
                    raise ReplyTooLarge("kept sending")
                if time.monotonic() > ends:  # a transport that does not bound its reads (tests' mocks)
                    raise httpx.ReadTimeout("the call's deadline has passed", request=response.request)
                body.append(chunk)
        headers = [
            (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")
        ]
        return httpx.Response(response.status_code, headers=headers, content=b"".join(body), request=response.request)
    finally:
        _CALL.deadline = None


def retry_wait(attempt: int, retry_after: str | None, backoff: float) -> float:
    """Seconds before retry ``attempt + 1``: the hub's ``Retry-After`` (in seconds) if it gave one,
    else ``backoff`` doubled per attempt; never more than :data:`MAX_WAIT`."""
    if retry_after and retry_after.strip().isdigit():
        return min(float(retry_after.strip()), MAX_WAIT)
    return min(backoff * 2**attempt, MAX_WAIT)


def call_with_retries(
    http: httpx.Client, method: str, path: str, *, budget: RetryBudget, backoff: float, **kwargs: Any
) -> httpx.Response:
    """:func:`bounded_call`, retried while the hub is busy (:data:`RETRY_STATUS`) or the connection
    fails: at most :data:`RETRIES_PER_CALL` times, each retry taken from ``budget``, waiting
    :func:`retry_wait` between tries. A call that ran out its deadline is not retried (it would
    take the whole deadline again); the last reply or error is the caller's."""
    attempt = 0
    while True:
        try:
            response = bounded_call(http, method, path, **kwargs)
        except httpx.TimeoutException:
            raise
        except httpx.HTTPError:
            if attempt == RETRIES_PER_CALL or not budget.take():
                raise
            time.sleep(retry_wait(attempt, None, backoff))
            attempt += 1
            continue
        if response.status_code in RETRY_STATUS and attempt < RETRIES_PER_CALL and budget.take():
            time.sleep(retry_wait(attempt, response.headers.get("retry-after"), backoff))
            attempt += 1
            continue
        return response
