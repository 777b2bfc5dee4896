"""The hub client: every reply shape it does not expect is a HubError with URL and status; tokens
are checked before any request."""

from __future__ import annotations

import httpx
import pytest

from netkit.exceptions import HubError
from netkit.hub import HubClient

TOKEN = "tok-" + "9f" * 20
URL = "https://hub.example.org"

#: (what the hub sends, status): none of it is what the API promises.
SHAPES = [
    ("a JSON list", 200, "application/json", b'[{"name": "ada"}]'),
    ("binary bytes", 200, "application/octet-stream", bytes(range(256))),
    ("an HTML login page", 200, "text/html", b"<html>Sign in</html>"),
    ("a JSON string", 200, "application/json", b'"ok"'),
    ("JSON null", 200, "application/json", b"null"),
    ("invalid UTF-8", 200, "application/json", b'{"name": "\xff"}'),
    ("an empty body", 200, "application/json", b""),
    ("an error as a list", 500, "application/json", b'["boom"]'),
    ("an error in binary", 403, "application/octet-stream", b"\x00\x01" * 50),
]


def client(status: int, content_type: str, body: bytes, seen: list | None = None) -> HubClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, headers={"Content-Type": content_type}, content=body)

    return HubClient(URL, TOKEN, transport=httpx.MockTransport(answer))


@pytest.mark.parametrize("what, status, content_type, body", SHAPES, ids=[s[0] for s in SHAPES])
@pytest.mark.parametrize("call", ["whoami", "user", "file_model", "read_file", "server_state"])
def test_unexpected_reply_shapes_are_hub_errors(what, status, content_type, body, call):
    """Does every API call turn an unexpected reply into a HubError naming the hub and the status?"""
    hub = client(status, content_type, body)
    args = {
        "whoami": (),
        "user": ("ada",),
        "file_model": ("ada", "x.ipynb"),
        "read_file": ("ada", "x.ipynb"),
        "server_state": ("ada",),
    }[call]
    with pytest.raises(HubError) as caught:
        getattr(hub, call)(*args)
    assert URL in caught.value.message and str(status) in caught.value.message
    assert TOKEN not in caught.value.message


@pytest.mark.parametrize("model", [{"servers": ["x"]}, {"servers": "ready"}, {"servers": {"": "ready"}}])
def test_a_user_model_of_the_wrong_shape_is_a_hub_error_or_stopped(model):
    """Is a user model whose 'servers' is not an object refused, or read as not running — never a crash?"""
    import json

    hub = client(200, "application/json", json.dumps({"name": "ada", **model}).encode())
    try:
        assert hub.server_state("ada") == "stopped"
    except HubError:
        pass


def test_file_content_that_is_not_base64_is_a_hub_error():
    """Is a file model whose content is not base64 a HubError rather than a binascii traceback?"""
    hub = client(200, "application/json", b'{"type": "file", "content": "%%% not base64 %%%"}')
    with pytest.raises(HubError, match="cannot decode"):
        hub.read_file("ada", "x.ipynb")


@pytest.mark.parametrize("token", ["tok-é" + "a" * 20, "tok abc", "tok\nabc", "tok\x1b[2Jabc", "tök", "\u200btok"])
def test_a_token_that_is_not_ascii_printable_is_refused_before_any_request(token):
    """Is a token with accents, spaces or control characters refused, unshown, before a request is made?"""
    seen: list = []
    with pytest.raises(HubError, match="characters a token cannot have") as caught:
        HubClient(URL, token, transport=httpx.MockTransport(lambda r: seen.append(r)))
    assert seen == [] and token not in caught.value.message


def test_base64_in_lines_as_jupyter_sends_it_is_read():
    """Is content in 76-character base64 lines (Jupyter's encodebytes) read byte for byte?"""
    import base64
    import json

    data = bytes(range(256)) * 3
    body = json.dumps({"type": "file", "content": base64.encodebytes(data).decode()}).encode()
    assert client(200, "application/json", body).read_file("ada", "x.ipynb") == data
