"""The render manifest, ``OUT/manifest.json``: who got which workbook.

``netkit render`` writes it; render itself (an earlier render into the same folder), the
cohort report, JupyterHub delivery and the Binder start page read it — all through
:func:`read_manifest`, so they agree on what a damaged manifest is. This module imports no
nbformat or papermill, so reading a manifest costs nothing at start-up.
"""

from __future__ import annotations

import json
from pathlib import Path

from netkit.exceptions import RenderError
from netkit.paths import manifest_path

__all__ = ["entry_problem", "read_manifest"]


def read_manifest(out: str | Path, *, required: bool = False) -> dict:
    """The manifest of a render into ``out``.

    A missing manifest is an empty one (``{"participants": []}``) unless ``required``, when it
    is a :class:`RenderError`; so is a manifest that is not JSON or not of the right shape.
    """
    out = Path(out)
    path = manifest_path(out)
    if not path.exists():
        if required:
            raise RenderError(
                "there is no manifest.json here, so this is not a netkit render folder",
                where=out,
                fix="give the folder you passed to `netkit render -o`",
            )
        return {"participants": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("it is not a JSON object")
        data.setdefault("participants", [])
        if not isinstance(data["participants"], list) or not all(isinstance(p, dict) for p in data["participants"]):
            raise ValueError("'participants' is not a list of objects")
        for number, entry in enumerate(data["participants"], 1):
            problem = entry_problem(entry)
            if problem:
                raise ValueError(f"participant {number}: {problem}")
    except (OSError, ValueError) as exc:
        raise RenderError(
            f"the manifest cannot be read ({exc})",
            where=path,
            fix="restore it from a backup, or render again into a new folder",
        ) from None
    return data


#: The shape of each field of a manifest entry that netkit reads (other fields are left alone).
_ENTRY_FIELDS = {
    "id": "text",
    "name": "text",
    "folder": "text",
    "status": "text",
    "notebooks": "a list of texts",
    "printouts": "a list of texts",
    "handouts": "a list of texts",  # what "printouts" was called before 0.2.0; still read
    "sha256": "an object of notebook name: digest texts",
}


def entry_problem(entry: dict) -> str | None:
    """What is wrong with the shape of one manifest entry (a field of the wrong type), or None."""
    for key, shape in _ENTRY_FIELDS.items():
        if key not in entry:
            continue
        value = entry[key]
        if shape == "text":
            ok = isinstance(value, str)
        elif shape == "a list of texts":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        if not ok:
            return f"{key!r} should be {shape}, not {type(value).__name__}"
    return None
