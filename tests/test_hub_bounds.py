"""Every hub call is bounded: a total deadline (not only a per-read timeout) and a size cap applied
while the reply streams in, against a tiny misbehaving server on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
from collections.abc import Callable

import pytest

from netkit.exceptions import HubError
from netkit.hub import HubClient
from netkit.hub.transport import RetryBudget

TOKEN = "tok-" + "5e" * 20


class Misbehaving:
    """``with Misbehaving(behave) as url:`` a raw TCP server whose every connection runs ``behave(sock, stop)``.

    ``sent`` counts the bytes each connection managed to send, so a test can tell a reply refused
    while streaming from one read whole. Threads are daemons and stop with ``stop`` (set on exit)."""

    def __init__(self, behave: Callable[[socket.socket, threading.Event, list[int]], None]):
        self.stop = threading.Event()
        self.sent: list[int] = []
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                counter = [0]
                outer.sent.append(0)
                index = len(outer.sent) - 1
                try:
                    self.request.recv(65536)  # the request (small: GET or a short JSON body)
                    behave(self.request, outer.stop, counter)
                except OSError:
                    pass  # the client hung up: what a bounded client does
                finally:
                    outer.sent[index] = counter[0]

        socketserver.ThreadingTCPServer.daemon_threads = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Misbehaving:
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def _send(sock: socket.socket, counter: list[int], data: bytes) -> None:
    sock.sendall(data)
    counter[0] += len(data)


def drip_body(sock, stop, counter):
    """Correct headers, then the body one byte every 0.1 s (each read is quick; the reply never ends)."""
    _send(sock, counter, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    while not stop.wait(0.1):
        _send(sock, counter, b" ")


def drip_headers(sock, stop, counter):
    """A status line, then header lines one byte every 0.1 s: the headers never end."""
    _send(sock, counter, b"HTTP/1.1 200 OK\r\n")
    while not stop.wait(0.1):
        _send(sock, counter, b"X")


def silent(sock, stop, counter):
    """Accepts the connection and says nothing at all."""
    stop.wait(30)


def declares_huge(sock, stop, counter):
    """Declares a 1.2 GB JSON body, then sends it in 1 MiB pieces as fast as the client reads."""
    _send(sock, counter, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1200000000\r\n\r\n")
    piece = b" " * (1 << 20)
    while not stop.is_set() and counter[0] < 1_200_000_000:
        _send(sock, counter, piece)


def chunked_endless(sock, stop, counter):
    """No length at all: chunked encoding, 1 MiB chunks until the client hangs up."""
    _send(sock, counter, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    piece = b" " * (1 << 20)
    chunk = b"%x\r\n" % len(piece) + piece + b"\r\n"
    while not stop.is_set() and counter[0] < 1_200_000_000:
        _send(sock, counter, chunk)


def gzip_bomb(sock, stop, counter):
    """A small gzip body that inflates to 64 MiB of spaces."""
    body = gzip.compress(b" " * (64 << 20), compresslevel=9)
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    )
    _send(sock, counter, head + body)
    stop.wait(5)


def _client(url: str, **kwargs) -> HubClient:
    return HubClient(url, TOKEN, **{"timeout": 5.0, "deadline": 1.0, **kwargs})


@pytest.mark.parametrize("behave", [drip_body, drip_headers, silent], ids=lambda f: f.__name__)
def test_a_slow_hub_cannot_hold_a_call_past_its_deadline(behave):
    """Does a hub that drips its reply (each read well under the per-read timeout) stop the call at its deadline?"""
    with Misbehaving(behave) as server, _client(server.url) as hub:
        started = time.monotonic()
        with pytest.raises(HubError, match="did not answer in time") as caught:
            hub.whoami()
        took = time.monotonic() - started
    assert took < 2.5, f"the call took {took:.1f} s with a 1 s deadline"
    assert server.url in caught.value.message and "1 s" in caught.value.message


@pytest.mark.parametrize("behave", [declares_huge, chunked_endless, gzip_bomb], ids=lambda f: f.__name__)
def test_a_huge_reply_is_refused_while_it_streams(behave):
    """Is a reply over the cap refused after at most about the cap was received, not read whole?"""
    cap = 4 << 20
    with Misbehaving(behave) as server, _client(server.url, deadline=20.0, max_bytes=cap) as hub:
        with pytest.raises(HubError, match="more than 4 MiB") as caught:
            hub.user("ada")
        time.sleep(0.2)  # let the server's thread notice the hang-up and record what it sent
    assert server.url in caught.value.message
    assert max(server.sent) < cap + (16 << 20), f"{max(server.sent):,} bytes were sent before the refusal"


def test_a_declared_length_over_the_cap_is_refused_before_the_body():
    """Is a Content-Length over the cap refused on the headers alone?"""
    with Misbehaving(declares_huge) as server, _client(server.url, deadline=20.0, max_bytes=4 << 20) as hub:
        started = time.monotonic()
        with pytest.raises(HubError, match="announced 1,200,000,000 bytes"):
            hub.whoami()
        assert time.monotonic() - started < 2.0


def test_replies_under_the_cap_and_in_time_still_work():
    """Does a well-behaved hub (a normal JSON reply) still answer through the bounded client?"""

    def fine(sock, stop, counter):
        body = b'{"name": "netkit", "scopes": ["read:users"]}'
        _send(sock, counter, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % len(body))
        _send(sock, counter, b"Connection: close\r\n\r\n" + body)

    with Misbehaving(fine) as server, _client(server.url) as hub:
        assert hub.whoami()["scopes"] == ["read:users"]


def test_the_retry_budget_is_shared_and_runs_out():
    """Does a retry budget give out exactly its number of retries, whichever thread asks?"""
    budget = RetryBudget(5)
    granted = []
    threads = [threading.Thread(target=lambda: granted.append(budget.take())) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert granted.count(True) == 5 and budget.left == 0 and budget.used == 5


def test_a_busy_hub_is_retried_within_the_budget_then_refused():
    """Are 429/503 replies retried (Retry-After honoured, capped) until the budget is spent, then a HubError?"""
    calls = []

    def busy(sock, stop, counter):
        calls.append(time.monotonic())
        _send(sock, counter, b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n")

    with Misbehaving(busy) as server, _client(server.url, retries=RetryBudget(3), backoff=0.01) as hub:
        with pytest.raises(HubError, match="503"):
            hub.whoami()
        assert hub.retries.used == 3
    assert len(calls) == 4  # the first try and three retries, then the budget is spent


def test_a_busy_hub_that_recovers_is_answered():
    """Is a hub that says 429 once, then answers, read without an error (one retry used)?"""
    seen = []

    def once_busy(sock, stop, counter):
        seen.append(1)
        if len(seen) == 1:
            _send(sock, counter, b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n")
            return
        body = b'{"name": "netkit", "scopes": []}'
        _send(
            sock,
            counter,
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body),
        )
        _send(sock, counter, body)

    with Misbehaving(once_busy) as server, _client(server.url, retries=RetryBudget(3), backoff=0.01) as hub:
        assert hub.whoami()["name"] == "netkit"
        assert hub.retries.used == 1


def test_a_proxy_from_the_environment_is_used_with_the_same_bounds(monkeypatch):
    """Does the bounded client go through HTTP_PROXY (as httpx would), and is the deadline kept there too?"""
    lines: list[bytes] = []

    def proxy(sock, stop, counter):
        lines.append(b"")  # a connection reached the proxy
        body = b'{"name": "netkit", "scopes": []}'
        _send(
            sock,
            counter,
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body),
        )
        _send(sock, counter, body)

    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with Misbehaving(proxy) as server:
        monkeypatch.setenv("HTTP_PROXY", server.url)
        monkeypatch.setenv("http_proxy", server.url)
        with HubClient("http://hub.example.invalid", TOKEN, deadline=2.0) as hub:
            assert hub.whoami()["name"] == "netkit"
    assert lines, "the proxy was not used"
    with Misbehaving(drip_body) as server:
        monkeypatch.setenv("HTTP_PROXY", server.url)
        monkeypatch.setenv("http_proxy", server.url)
        started = time.monotonic()
        with (
            HubClient("http://hub.example.invalid", TOKEN, deadline=1.0) as hub,
            pytest.raises(HubError, match="in time"),
        ):
            hub.whoami()
        assert time.monotonic() - started < 2.5
