"""Deliver rendered workbooks into JupyterHub homes, and read participants' answers back.

netkit does not host a cohort: JupyterHub does (The Littlest JupyterHub on one server, Zero to
JupyterHub on Kubernetes for hundreds). This module talks to a hub *as it is*, through its REST
API and each user's Jupyter contents API, with a service token that has a few scopes:

* ``POST /hub/api/users``                 create a participant who has no hub user yet;
* ``POST /hub/api/users/{u}/server``      start their server (all of them in parallel), then
  poll ``GET /hub/api/users/{u}`` until ``servers[""].ready``;
* ``PUT  /user/{u}/api/contents/PATH``    write the workbook into their home;
* ``GET  /user/{u}/api/contents/PATH``    read a file back (the hash of a workbook, the answers).

Rules kept here (each has a test):

* the token comes from the environment (:data:`TOKEN_ENV`), never from the command line; it is
  never printed, logged, written to a file, or shown by ``repr``/``str`` of the client;
* who is who on the hub is an explicit, validated mapping (roster column ``hub_user``, the
  e-mail, or a mapping CSV): hub names are normalised to lower case as JupyterHub does, and
  empty, invalid or duplicate names stop everything before anything is written;
* a workbook a participant has touched is never overwritten (same rule as ``netkit render``):
  it counts as touched when their answers sidecar exists on the hub, or when the hub copy's
  SHA-256 differs from what the last delivery wrote (kept in ``OUT/deliveries.json``, written
  atomically). Such a participant is *refused*, with the reason, unless the coach asks for
  ``overwrite_touched``, and even then the old copy is kept in ``netkit-backups/`` on the hub
  and the answers are never touched;
* one participant whose server does not start is retried a bounded number of times and then
  reported; it never stops the others.
"""

from __future__ import annotations

import base64
import csv
import datetime as _dt
import hashlib
import io
import json
import os
import re
import threading
import time
import unicodedata
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from .answers import BACKUP_SUFFIX as ANSWERS_BACKUP_SUFFIX
from .answers import FILENAME as ANSWERS_FILENAME
from .answers import answers_from_copies
from .atomic import atomic_write_json
from .exceptions import HubError, HubUserMappingError, NetkitError, describe
from .manifest import read_manifest
from .paths import guard_file, manifest_notebook, manifest_path

__all__ = [
    "DEFAULT_FOLDER",
    "DELIVERY_RECORD",
    "DeliveryReport",
    "DeliveryResult",
    "HubClient",
    "TOKEN_ENV",
    "USER_SOURCES",
    "deliver",
    "delivered_users",
    "delivery_decision",
    "fetch_answers",
    "hub_user_problem",
    "manifest_entries",
    "map_from_csv",
    "map_from_roster",
    "normalise_hub_user",
    "read_record",
    "record_path",
]

#: The environment variable holding the hub service token (never a command-line argument).
TOKEN_ENV = "NETKIT_HUB_TOKEN"
#: The delivery record inside a render folder: what was delivered where, with hashes.
DELIVERY_RECORD = "deliveries.json"
#: The folder in each participant's hub home that receives their workbook and answers.
DEFAULT_FOLDER = "networking-workshop"
#: Roster columns a hub user name may come from.
USER_SOURCES = ("hub_user", "email")
#: Scopes delivery needs; ``admin:users`` only to create missing users.
DELIVER_SCOPES = ("read:users", "read:servers", "start:servers", "access:servers")
CREATE_SCOPE = "admin:users"
#: Not a dot-folder: Jupyter servers refuse hidden paths by default (allow_hidden=False).
BACKUP_FOLDER = "netkit-backups"
RECORD_SCHEMA = 1

_BAD_NAME_CHARS = re.compile(r"[\s/\\?#%\"'<>`|]")
_MAX_NAME = 255
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# --------------------------------------------------------------------------- user names
def normalise_hub_user(raw: str) -> str:
    """A hub user name as JupyterHub stores it: trimmed and lower-cased (its default rule)."""
    return unicodedata.normalize("NFC", raw or "").strip().lower()


def hub_user_problem(name: str, *, source: str = "hub_user") -> str | None:
    """Why ``name`` (already normalised) cannot be a hub user name, or None if it can."""
    if not name:
        return "the hub user name is empty"
    if len(name) > _MAX_NAME:
        return f"the hub user name is longer than {_MAX_NAME} characters"
    if name in (".", ".."):
        return f"{name!r} is not a user name"
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        return f"{name!r} contains an invisible control character"
    bad = _BAD_NAME_CHARS.search(name)
    if bad:
        shown = "a space" if bad.group().isspace() else repr(bad.group())
        return f"{name!r} contains {shown}, which a hub user name cannot hold"
    if source == "email" and not _EMAIL.match(name):
        return f"{name!r} is not an e-mail address"
    return None


@dataclass(frozen=True)
class _Claim:
    """One participant → hub user pairing as read from a file, with where it came from."""

    participant_id: str
    raw_user: str
    where: str
    line: int | None
    column: str


def _validate(
    claims: list[_Claim], entries: list[dict], *, source: str, skip_unmapped: bool, where: str
) -> dict[str, str]:
    problems: list[str] = []
    first_location: tuple[int | None, str] | None = None
    by_user: dict[str, _Claim] = {}
    mapping: dict[str, str] = {}
    names = {e["id"]: e.get("name", e["id"]) for e in entries}
    for claim in claims:
        user = normalise_hub_user(claim.raw_user)
        reason = hub_user_problem(user, source=source)
        label = names.get(claim.participant_id, claim.participant_id)
        at = f"line {claim.line}: " if claim.line else ""
        if reason:
            problems.append(f"{at}{label}: {reason}")
        elif user in by_user:
            other = by_user[user]
            problems.append(
                f"{at}{label}: hub user {user!r} is already given to "
                f"{names.get(other.participant_id, other.participant_id)}"
                + (f" (line {other.line})" if other.line else "")
                + "; JupyterHub ignores upper/lower case"
            )
        else:
            by_user[user] = claim
            mapping[claim.participant_id] = user
            continue
        if first_location is None:
            first_location = (claim.line, claim.column)
    if not skip_unmapped:
        claimed = {c.participant_id for c in claims}
        for entry in entries:
            if entry["id"] not in claimed:
                problems.append(f"{entry.get('name', entry['id'])} (folder {entry.get('folder', '?')}) has no hub user")
    if problems:
        line, column = first_location or (None, None)
        raise HubUserMappingError(
            f"{len(problems)} problem(s) with the hub user names, so nothing was delivered: " + "; ".join(problems),
            where=where,
            line=line,
            column=column,
            fix="give every participant a distinct hub user name (letters, digits, . _ - @ +); "
            "or pass --skip-unmapped to deliver only to those who have one",
        )
    return mapping


def map_from_roster(
    roster, entries: list[dict], *, user_from: str = "hub_user", skip_unmapped: bool = False
) -> dict[str, str]:
    """{participant id: hub user} from the roster the render was made from.

    ``user_from`` is the roster column holding the hub user name: ``hub_user`` (a column
    headed e.g. "Hub user" or "JupyterHub user") or ``email`` (hubs that log people in with
    Google/Microsoft/… name users by their e-mail address). Participants are matched to the
    manifest ``entries`` by their stable id, so it must be the same roster.
    """
    from .roster import Roster, read_roster

    if user_from not in USER_SOURCES:
        raise HubUserMappingError(
            f"unknown source of hub user names {user_from!r}", fix="use --user-from hub_user or --user-from email"
        )
    if not isinstance(roster, Roster):
        roster = read_roster(roster)
    where = str(roster.path)
    wanted = {e["id"] for e in entries}
    claims = []
    for participant in roster.participants:
        if participant.id not in wanted:
            continue
        raw = participant.hub_user if user_from == "hub_user" else participant.email
        if not raw and skip_unmapped:
            continue
        claims.append(_Claim(participant.id, raw, where, participant.line, user_from))
    return _validate(claims, entries, source=user_from, skip_unmapped=skip_unmapped, where=where)


_MAP_PARTICIPANT = ("participant", "participant_id", "id", "folder", "name")
_MAP_USER = ("hub_user", "username", "user", "jupyterhub_user", "hub_username")


def map_from_csv(path: str | Path, entries: list[dict], *, skip_unmapped: bool = False) -> dict[str, str]:
    """{participant id: hub user} from a two-column mapping CSV.

    Headers: ``participant`` (the participant's id, folder name, or exact name as in the
    manifest) and ``hub_user``. Every row must match exactly one participant of the render.
    """
    from .roster import csv_records, decode_roster

    path = Path(path)
    where = str(path)
    try:
        text, _, _ = decode_roster(path.read_bytes(), where)
    except FileNotFoundError:
        raise HubUserMappingError(
            "the mapping file does not exist", where=where, fix="check the path given to --map"
        ) from None
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = csv_records(reader, where)
    header = next(records, None) or []
    keys = [re.sub(r"[^0-9a-z]+", "_", h.strip().casefold()).strip("_") for h in header]
    p_col = next((keys.index(k) for k in _MAP_PARTICIPANT if k in keys), None)
    u_col = next((keys.index(k) for k in _MAP_USER if k in keys), None)
    if p_col is None or u_col is None:
        raise HubUserMappingError(
            "the mapping needs a 'participant' column and a 'hub_user' column (found: "
            + ", ".join(repr(h) for h in header)
            + ")",
            where=where,
            line=1,
            fix="head the columns 'participant' (id, folder or name as in manifest.json) and 'hub_user'",
        )
    by_key: dict[str, list[dict]] = {}
    for entry in entries:
        for key in {entry["id"], entry.get("folder", ""), " ".join(entry.get("name", "").casefold().split())}:
            if key:
                by_key.setdefault(key, []).append(entry)
    claims, problems = [], []
    for row in records:
        if not any(cell.strip() for cell in row):
            continue
        line = reader.line_num
        who = row[p_col].strip() if p_col < len(row) else ""
        user = row[u_col] if u_col < len(row) else ""
        matches = by_key.get(who) or by_key.get(" ".join(who.casefold().split()), [])
        if len(matches) != 1:
            problems.append(
                f"line {line}: {who!r} "
                + ("matches several participants; use the id" if matches else "is not a participant of this render")
            )
            continue
        claims.append(_Claim(matches[0]["id"], user, where, line, header[u_col]))
    if problems:
        raise HubUserMappingError(
            "; ".join(problems),
            where=where,
            line=int(problems[0].split()[1].rstrip(":")),
            column=header[p_col],
            fix="use the participant ids or folder names from manifest.json",
        )
    seen: dict[str, int | None] = {}
    for claim in claims:
        if claim.participant_id in seen:
            raise HubUserMappingError(
                f"the same participant is mapped twice (also on line {seen[claim.participant_id]})",
                where=where,
                line=claim.line,
                fix="keep one row per participant",
            )
        seen[claim.participant_id] = claim.line
    return _validate(claims, entries, source="hub_user", skip_unmapped=skip_unmapped, where=where)


# --------------------------------------------------------------------------- the client
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
    several threads at once (delivery starts servers in parallel).
    """

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        token_env: str = TOKEN_ENV,
    ):
        self.url = _hub_url(url)
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
            timeout=timeout,
            transport=transport,
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
        """One call to the hub; network failures become :class:`HubError`."""
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException:
            raise HubError(
                f"the hub at {self.url} did not answer in time ({method} {path.split('?')[0]})",
                fix="check the address and that the hub is running; try again",
            ) from None
        except httpx.HTTPError as exc:
            raise HubError(
                f"cannot reach the hub at {self.url} ({exc.__class__.__name__})",
                fix="check the address (--hub) and your network",
            ) from None

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

        Returns the number of start attempts made (0 if it was already running); raises
        :class:`HubError` naming each failed attempt when it never became ready.
        """
        if self.server_state(name) == "ready":
            return 0
        failures = []
        for attempt in range(1, max(1, attempts) + 1):
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


# --------------------------------------------------------------------------- the record
def record_path(out: str | Path) -> Path:
    """Where the delivery record of a render folder lives (guarded: a link there is refused)."""
    return guard_file(out, Path(out) / DELIVERY_RECORD)


def read_record(out: str | Path) -> dict:
    """The delivery record of ``out`` (empty when nothing was delivered yet)."""
    path = record_path(out)
    if not path.exists():
        return {"schema": RECORD_SCHEMA, "hubs": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("hubs"), dict):
            raise ValueError("no 'hubs' object in it")
    except (OSError, ValueError) as exc:
        raise HubError(
            f"the delivery record cannot be read ({exc})",
            where=path,
            fix="restore it from a backup; without it netkit cannot tell a participant's "
            "edits from its own delivery, so it refuses to overwrite anything",
        ) from None
    return data


def delivered_users(out: str | Path, hub: str) -> dict[str, str]:
    """{participant id: hub user} as delivered from ``out`` to ``hub`` (for ``netkit collect``)."""
    users = read_record(out)["hubs"].get(_hub_url(hub), {})
    return {info["participant"]: user for user, info in users.items() if info.get("participant")}


# --------------------------------------------------------------------------- the decision
def delivery_decision(
    *,
    new_sha: str,
    hub_sha: str | None,
    recorded_sha: str | None,
    answers_on_hub: bool,
    overwrite_touched: bool = False,
) -> tuple[str, str]:
    """What to do with one workbook: (action, reason).

    Actions: ``write`` (nothing there, or only our own untouched copy), ``unchanged`` (the hub
    already holds exactly this), ``refuse`` (the participant touched it), ``replace`` (touched,
    but the coach asked for ``overwrite_touched``: back it up, then write).
    """
    if hub_sha is not None and hub_sha == new_sha:
        return "unchanged", "the hub already holds this workbook"
    reason = None
    if answers_on_hub:
        reason = "they have saved answers on the hub"
    elif hub_sha is not None and recorded_sha is None:
        reason = "a workbook of that name is already in their home, not delivered by netkit from this render"
    elif hub_sha is not None and hub_sha != recorded_sha:
        reason = "their workbook was changed on the hub since it was delivered"
    if reason is None:
        return "write", "new workbook" if hub_sha is None else "our earlier copy, untouched"
    if overwrite_touched:
        return "replace", reason
    return "refuse", reason


# --------------------------------------------------------------------------- delivery
@dataclass
class DeliveryResult:
    """What happened to one participant."""

    participant_id: str
    name: str
    hub_user: str
    status: str = "pending"  # delivered | replaced | unchanged | refused | failed
    reason: str = ""
    attempts: int = 0
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class DeliveryReport:
    """The outcome of a delivery: one result per participant."""

    hub: str
    results: list[DeliveryResult]
    record: Path
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every participant has their workbook (delivered, replaced or unchanged)."""
        return all(r.status in ("delivered", "replaced", "unchanged") for r in self.results)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        return counts

    def summary(self) -> str:
        """One line per participant and a total, for the coach."""
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.counts().items()))
        lines = [f"{len(self.results)} participants on {self.hub}: {parts or 'nothing to do'}. Record: {self.record}"]
        for result in sorted(self.results, key=lambda r: (r.status, r.name.casefold())):
            text = f"  {result.status.upper():9} {result.name} → {result.hub_user}"
            if result.reason:
                text += f": {result.reason}"
            if result.attempts > 1:
                text += f" (server started on attempt {result.attempts})"
            lines.append(text)
        for name in self.skipped:
            lines.append(f"  SKIPPED   {name}: no hub user in the mapping")
        if any(r.status == "refused" for r in self.results):
            lines.append(
                "Refused workbooks hold participants' work and were left as they are. "
                "To replace them anyway (a copy is kept in netkit-backups/ on the hub, "
                "answers are never touched): add --overwrite-touched."
            )
        if any(r.status == "failed" for r in self.results):
            lines.append("Run the same command again to retry the failed ones; the others are skipped.")
        return "\n".join(lines)


class _Record:
    """The delivery record, updated per participant under a lock and written atomically."""

    def __init__(self, out: Path, hub: str):
        self.path = record_path(out)
        self.data = read_record(out)
        self.data["schema"] = RECORD_SCHEMA
        self.hub = self.data["hubs"].setdefault(hub, {})
        self.lock = threading.Lock()

    def files(self, user: str) -> dict[str, str]:
        with self.lock:
            return dict(self.hub.get(user, {}).get("files", {}))

    def store(self, user: str, participant_id: str, files: dict[str, str]) -> None:
        with self.lock:
            entry = self.hub.setdefault(user, {})
            entry["participant"] = participant_id
            entry["files"] = {**entry.get("files", {}), **files}
            entry["delivered_at"] = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
            atomic_write_json(self.path, self.data)


def _manifest_entries(out: Path) -> list[dict]:
    entries = [e for e in read_manifest(out, required=True)["participants"] if e.get("id") and e.get("notebooks")]
    if not entries:
        raise HubError(
            "the render has no participant with a workbook",
            where=manifest_path(out),
            fix="render again (`netkit render roster.csv -o OUT`) and fix any failed participant",
        )
    return entries


def manifest_entries(out: str | Path) -> list[dict]:
    """The participants of a render that have a workbook (manifest entries)."""
    return _manifest_entries(Path(out))


def _check_folder(folder: str) -> str:
    clean = PurePosixPath(folder.strip().strip("/"))
    if not folder.strip() or clean.is_absolute() or ".." in clean.parts or str(clean) in ("", "."):
        raise HubError(
            f"{folder!r} is not a folder inside a home", fix=f"give a relative folder such as {DEFAULT_FOLDER}"
        )
    return str(clean)


def deliver(
    out: str | Path,
    hub: HubClient | str,
    mapping: Mapping[str, str],
    *,
    folder: str = DEFAULT_FOLDER,
    jobs: int = 10,
    attempts: int = 3,
    start_timeout: float = 120.0,
    overwrite_touched: bool = False,
    progress: bool = True,
    poll: float = 0.5,
) -> DeliveryReport:
    """Push each mapped participant's workbook(s) from render folder ``out`` into their hub home.

    ``mapping`` is {participant id: hub user} (see :func:`map_from_roster`,
    :func:`map_from_csv`). Up to ``jobs`` participants are handled at once: create the user if
    missing, start their server (``attempts`` tries of ``start_timeout`` seconds), then write
    ``folder/<notebook>`` unless they touched it (see :func:`delivery_decision`). Raises
    :class:`HubError` only for problems that concern everyone (address, token, scopes); a
    participant's own failure is reported in their :class:`DeliveryResult`.
    """
    out = Path(out)
    folder = _check_folder(folder)
    entries = _manifest_entries(out)
    client, own = _client(hub)
    try:
        missing = client.missing_scopes(DELIVER_SCOPES)
        if missing:
            raise HubError(
                "the hub token lacks the scope(s) " + ", ".join(missing),
                where=client.url,
                fix="ask the hub admin to add them to the netkit service's role (see README, section JupyterHub)",
            )
        can_create = not client.missing_scopes((CREATE_SCOPE,))
        record = _Record(out, client.url)
        targets = [e for e in entries if e["id"] in mapping]
        skipped = [e.get("name", e["id"]) for e in entries if e["id"] not in mapping]
        results = [DeliveryResult(e["id"], e.get("name", e["id"]), mapping[e["id"]]) for e in targets]
        from tqdm import tqdm

        bar = tqdm(total=len(results), desc="deliver", unit="participant", disable=not progress, leave=False)
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(results) or 1))) as pool:
            futures = {
                pool.submit(
                    _deliver_one,
                    client,
                    out,
                    entry,
                    result,
                    record,
                    folder=folder,
                    can_create=can_create,
                    attempts=attempts,
                    start_timeout=start_timeout,
                    overwrite_touched=overwrite_touched,
                    poll=poll,
                ): result
                for entry, result in zip(targets, results)
            }
            for future in as_completed(futures):
                result = futures[future]
                try:
                    future.result()
                except Exception as exc:  # one participant must never stop the cohort
                    result.status = "failed"
                    result.reason = client.redact(describe(exc, brief=True))
                bar.update(1)
        bar.close()
        return DeliveryReport(hub=client.url, results=results, record=record.path, skipped=skipped)
    finally:
        if own:
            client.close()


def _deliver_one(
    client: HubClient,
    out: Path,
    entry: dict,
    result: DeliveryResult,
    record: _Record,
    *,
    folder: str,
    can_create: bool,
    attempts: int,
    start_timeout: float,
    overwrite_touched: bool,
    poll: float,
) -> None:
    started = time.monotonic()
    user = result.hub_user
    try:
        if client.user(user) is None:
            if not can_create:
                raise HubError(
                    f"there is no hub user {user!r} and the token may not create users (scope {CREATE_SCOPE})"
                )
            client.create_user(user)
        result.attempts = client.ensure_server(user, attempts=attempts, timeout=start_timeout, poll=poll)

        recorded = record.files(user)
        answers_on_hub = any(
            client.exists(user, f"{folder}/{name}")
            for name in (ANSWERS_FILENAME, ANSWERS_FILENAME + ANSWERS_BACKUP_SUFFIX)
        )
        plan = []
        for relative in entry["notebooks"]:
            local = manifest_notebook(out, entry, relative)
            data = local.read_bytes()
            target = f"{folder}/{PurePosixPath(relative).name}"
            new_sha = hashlib.sha256(data).hexdigest()
            action, reason = delivery_decision(
                new_sha=new_sha,
                hub_sha=client.file_sha256(user, target),
                recorded_sha=recorded.get(target),
                answers_on_hub=answers_on_hub,
                overwrite_touched=overwrite_touched,
            )
            plan.append((target, data, new_sha, action, reason))
        refused = [(t, reason) for t, _, _, action, reason in plan if action == "refuse"]
        if refused:
            result.status, result.reason = "refused", "; ".join(sorted({reason for _, reason in refused}))
            return
        written: dict[str, str] = {}
        replaced = []
        for target, data, new_sha, action, reason in plan:
            if action == "replace":
                old = client.read_file(user, target)
                if old is not None:
                    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                    name = PurePosixPath(target)
                    client.write_file(user, f"{folder}/{BACKUP_FOLDER}/{name.stem}.{stamp}{name.suffix}", old)
                replaced.append(reason)
            if action in ("write", "replace"):
                client.write_file(user, target, data)
                if client.file_sha256(user, target) != new_sha:
                    raise HubError(f"{target} on the hub differs from what was sent; try again")
            written[target] = new_sha
            result.files.append(target)
        record.store(user, result.participant_id, written)
        if replaced:
            result.status = "replaced"
            result.reason = (
                "replaced although " + "; ".join(sorted(set(replaced))) + f" (old copy in {folder}/{BACKUP_FOLDER}/)"
            )
        elif all(action == "unchanged" for *_, action, _ in plan):
            result.status, result.reason = "unchanged", ""
        else:
            result.status, result.reason = "delivered", ""
    finally:
        result.seconds = time.monotonic() - started


# --------------------------------------------------------------------------- collect
def fetch_answers(
    hub: HubClient | str,
    users: Mapping[str, str],
    *,
    folder: str = DEFAULT_FOLDER,
    jobs: int = 10,
    start_servers: bool = True,
    attempts: int = 2,
    start_timeout: float = 120.0,
    progress: bool = False,
    poll: float = 0.5,
) -> dict[str, dict | HubError]:
    """Read each participant's answers from their hub home: {participant id: answers or error}.

    ``users`` is {participant id: hub user} (e.g. :func:`delivered_users`). A value is the
    participant's answers mapping (dotted keys → JSON values, as ``AnswersStore.as_dict()``
    gives for a local folder) or a :class:`HubError` saying why it could not be read (no such
    user, server did not start, no answers saved yet, damaged file). A damaged answers file
    falls back to its ``.bak``, as the store does. Stopped servers are started first unless
    ``start_servers`` is False. Nothing is written anywhere; what participants chose to share
    is for the caller (the cohort report) to select.
    """
    folder = _check_folder(folder)
    client, own = _client(hub)

    def one(user: str) -> dict:
        if client.user(user) is None:
            raise HubError(f"there is no hub user {user!r}", where=client.url)
        if start_servers:
            client.ensure_server(user, attempts=attempts, timeout=start_timeout, poll=poll)
        elif client.server_state(user) != "ready":
            raise HubError(f"the server of {user!r} is not running", where=client.url)
        path = f"{folder}/{ANSWERS_FILENAME}"
        answers = answers_from_copies(
            client.read_file(user, path),
            lambda: client.read_file(user, path + ANSWERS_BACKUP_SUFFIX),
            where=f"{user}:{path}",
        )
        if answers is None:
            raise HubError(f"{user!r} has no saved answers yet", where=f"{user}:{path}")
        return answers

    results: dict[str, dict | HubError] = {}
    try:
        from tqdm import tqdm

        bar = tqdm(total=len(users), desc="collect", unit="participant", disable=not progress, leave=False)
        with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(users) or 1))) as pool:
            futures = {pool.submit(one, user): pid for pid, user in users.items()}
            for future in as_completed(futures):
                pid = futures[future]
                try:
                    results[pid] = future.result()
                except NetkitError as exc:
                    results[pid] = (
                        exc if isinstance(exc, HubError) else HubError(exc.what, where=exc.where, fix=exc.fix)
                    )
                except Exception as exc:
                    results[pid] = HubError(client.redact(f"{exc.__class__.__name__}: {exc}"))
                bar.update(1)
        bar.close()
    finally:
        if own:
            client.close()
    return {pid: results[pid] for pid in users}
