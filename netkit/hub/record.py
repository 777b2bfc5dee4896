"""The delivery record (``OUT/deliveries.json``): what was delivered where, and whether a hub copy was touched since."""

from __future__ import annotations

import json
from pathlib import Path

from netkit.exceptions import HubError
from netkit.hub.credentials import hub_url
from netkit.paths import guard_file

__all__ = ["DELIVERY_RECORD", "RECORD_SCHEMA", "delivered_users", "delivery_decision", "read_record", "record_path"]

#: The delivery record inside a render folder: what was delivered where, with hashes.
DELIVERY_RECORD = "deliveries.json"
RECORD_SCHEMA = 1


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
    users = read_record(out)["hubs"].get(hub_url(hub), {})
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
