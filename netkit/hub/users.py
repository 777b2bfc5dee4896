"""Who is who on the hub: participant → hub user mappings, normalised and validated before anything is written."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from netkit.exceptions import HubUserMappingError

__all__ = ["USER_SOURCES", "hub_user_problem", "map_from_csv", "map_from_roster", "normalise_hub_user"]

#: Roster columns a hub user name may come from.
USER_SOURCES = ("hub_user", "email")

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
    from netkit.coach.roster import Roster, read_roster

    if user_from not in USER_SOURCES:
        raise HubUserMappingError(
            f"unknown source of hub user names {user_from!r}", fix="use --user-from hub_user or --user-from email"
        )
    if not isinstance(roster, Roster):
        roster = read_roster(roster, unclear="ignore")  # names, e-mails, hub users: no workbook field
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
    from netkit.coach.roster import decode_roster
    from netkit.exceptions import RosterError
    from netkit.textfile import csv_rows

    path = Path(path)
    where = str(path)
    try:
        text, _, _ = decode_roster(path.read_bytes(), where)
    except FileNotFoundError:
        raise HubUserMappingError(
            "the mapping file does not exist", where=where, fix="check the path given to --map"
        ) from None
    records = csv_rows(text, where, RosterError)  # read as a roster is: delimiter sniffed, unclosed quotes caught
    header = next(records, (0, []))[1]
    p_col, u_col = _mapping_columns(header, where)
    by_key = _participants_by_key(entries)
    claims, problems = [], []
    for line, row in records:
        if not any(cell.strip() for cell in row):
            continue
        who = row[p_col].strip() if p_col < len(row) else ""
        user = row[u_col] if u_col < len(row) else ""
        matches = by_key.get(who) or by_key.get(" ".join(who.casefold().split()), [])
        if len(matches) != 1:
            why = "matches several participants; use the id" if matches else "is not a participant of this render"
            problems.append((line, f"line {line}: {who!r} {why}"))
            continue
        claims.append(_Claim(matches[0]["id"], user, where, line, header[u_col]))
    if problems:
        raise HubUserMappingError(
            "; ".join(text for _line, text in problems),
            where=where,
            line=problems[0][0],
            column=header[p_col],
            fix="use the participant ids or folder names from manifest.json",
        )
    _each_participant_once(claims, where)
    return _validate(claims, entries, source="hub_user", skip_unmapped=skip_unmapped, where=where)


def _mapping_columns(header: list[str], where: str) -> tuple[int, int]:
    """Which columns of a mapping CSV hold the participant and the hub user (headers read loosely)."""
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
    return p_col, u_col


def _participants_by_key(entries: list[dict]) -> dict[str, list[dict]]:
    """Every way a mapping row may name a participant (id, folder, name with case and spaces evened out) → the
    manifest entries it names (more than one: ambiguous)."""
    by_key: dict[str, list[dict]] = {}
    for entry in entries:
        for key in {entry["id"], entry.get("folder", ""), " ".join(entry.get("name", "").casefold().split())}:
            if key:
                by_key.setdefault(key, []).append(entry)
    return by_key


def _each_participant_once(claims: list[_Claim], where: str) -> None:
    """A participant mapped on two rows is refused, naming both lines."""
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
