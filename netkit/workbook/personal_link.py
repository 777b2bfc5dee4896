"""Personal links to the no-server site: a participant's own details in the link's fragment.

The site (``netkit lite``) holds nothing personal, so it can live on any static host. A coach's
``netkit links`` / ``netkit emails --lite-url`` give each participant a link such as::

    https://coach.github.io/kit/#for=eyJuYW1lIjoiQWRhIn0.1a2b3c4d

Everything after ``#`` stays in the browser: it is never sent to the server (nor written in its
request log) and never stored in the site. The fragment is ``for=<payload>.<check>``:

* ``payload``: the whitelisted fields (:data:`LINK_FIELDS`, the welcome page's own) as compact
  UTF-8 JSON in unpadded base64url, so a link survives any mail client;
* ``check``: CRC-32 of the payload in 8 hex digits, so a typo or a cut-off link is caught and
  said, rather than opening a workbook for "Ada Lovelacr". A checksum, not a signature: whoever
  has the link can read and change what is in it, as they can type on the welcome page.

The site's app-mode extension hands the page's fragment to the kernel in
:data:`ENV_LINK`; the welcome page reads it with :func:`link_from_page`. Pure: no widgets.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from netkit.exceptions import InputError
from netkit.profile import PROFILE_IDS

__all__ = [
    "ENV_LINK",
    "LINK_FIELDS",
    "MAX_FIELD_LENGTH",
    "PREFIX",
    "PersonalLinkError",
    "decode_fragment",
    "encode_fragment",
    "link_from_page",
    "personal_link",
]

#: The fields a link may carry: the profile's (the welcome page's), never the roster's e-mail or hub user.
LINK_FIELDS = PROFILE_IDS
#: The fragment's start (after ``#``).
PREFIX = "for="
#: Where the site's extension puts the page's fragment for the kernel (``#`` excluded).
ENV_LINK = "NETKIT_PERSONAL_LINK"
MAX_FIELD_LENGTH = 500
#: A fragment longer than this is not one of ours (five fields of 500 characters fit easily).
MAX_FRAGMENT = 16_000
_SHAPE = re.compile(r"^for=([A-Za-z0-9_-]+)\.([0-9a-f]{8})$")


class PersonalLinkError(InputError):
    """A personal link's fragment was changed or cut off: the details in it cannot be trusted."""


def _check(payload: str) -> str:
    return f"{zlib.crc32(payload.encode('ascii')) & 0xFFFFFFFF:08x}"


def _clean(fields: Mapping[str, Any]) -> dict[str, str]:
    clean = {}
    for key in LINK_FIELDS:
        text = unicodedata.normalize("NFC", str(fields.get(key) or "")).replace("\x00", "")
        text = " ".join(text.split()) if key == "name" else text.strip()
        if text:
            clean[key] = text[:MAX_FIELD_LENGTH]
    return clean


def encode_fragment(fields: Mapping[str, Any]) -> str:
    """``for=<payload>.<check>`` for a participant's whitelisted ``fields`` (others are dropped)."""
    clean = _clean(fields)
    if not clean.get("name"):
        raise PersonalLinkError(
            "a personal link needs the participant's name", where="the roster", column="name", fix="add a name"
        )
    raw = json.dumps(clean, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    return f"{PREFIX}{payload}.{_check(payload)}"


def personal_link(site_url: str, fields: Mapping[str, Any]) -> str:
    """The site's address with the participant's fragment (a folder address gets its ``/``)."""
    parts = urlsplit(site_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(
            f"{site_url!r} is not a web address of the no-server site",
            where="--lite-url",
            fix="give the address participants open, e.g. https://you.github.io/kit/",
        )
    path = parts.path or "/"
    if not path.endswith("/") and not path.endswith(".html"):
        path += "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, encode_fragment(fields)))


def decode_fragment(fragment: str) -> dict[str, str]:
    """The fields in a personal link's fragment; :class:`PersonalLinkError` saying what is wrong.

    An empty fragment (a plain link to the site) gives ``{}``.
    """
    fragment = (fragment or "").strip().lstrip("#")
    if not fragment:
        return {}
    fix = "open the link from your coach's e-mail again (copy all of it), or type your details below"
    if len(fragment) > MAX_FRAGMENT:
        raise PersonalLinkError("the link you opened is far too long to be a workbook link", fix=fix)
    match = _SHAPE.match(fragment)
    if match is None:
        raise PersonalLinkError("the link you opened is incomplete or changed", fix=fix)
    payload, check = match.groups()
    if _check(payload) != check:
        raise PersonalLinkError("the link you opened has a typo or was cut off (its check does not match)", fix=fix)
    try:
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError):
        raise PersonalLinkError("the details in the link cannot be read", fix=fix) from None
    if not isinstance(data, dict):
        raise PersonalLinkError("the details in the link cannot be read", fix=fix)
    return _clean({key: value for key, value in data.items() if key in LINK_FIELDS and isinstance(value, str)})


def link_from_page(environ: Mapping[str, str] | None = None) -> str:
    """The fragment of the page the kernel runs behind (set by the site's extension), or ""."""
    return (os.environ if environ is None else environ).get(ENV_LINK, "")
