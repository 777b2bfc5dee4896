"""The hub's address and the coach's service token: where the token comes from, and how it stays hidden.

The token is read from the environment (:data:`TOKEN_ENV`), never from the command line; a token
with characters no token has (a pasted quote, space or line break) is refused without being
echoed; once read it lives in a :class:`Secret`, whose ``repr``, ``str`` and pickle give nothing away.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from netkit.exceptions import HubError

__all__ = ["TOKEN_ENV", "Secret", "hub_url", "token_from_env"]

#: The environment variable holding the hub service token (never a command-line argument).
TOKEN_ENV = "NETKIT_HUB_TOKEN"


def hub_url(url: str) -> str:
    """The hub's base address from what the coach typed (``/hub`` and trailing slashes dropped); a
    :class:`HubError` for anything but an http(s) address without user name or password."""
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


class Secret:
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


def token_from_env(token: str | None, token_env: str = TOKEN_ENV) -> str:
    """``token``, or the one in the environment variable ``token_env``; a :class:`HubError` when
    there is none or it holds characters no token has (never echoing it, not even in part)."""
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
    return token
