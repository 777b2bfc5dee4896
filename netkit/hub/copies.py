"""The copies of a participant's answers in their hub home, fetched one at a time for the consent decision.

``netkit collect --hub`` decides "does this person share?" exactly as the local collect does
(:func:`netkit.coach.collect.consent.read_consented`: the main file, its backup and every damaged copy
set aside, a "no" anywhere wins). This module only says where those copies are on a hub and fetches
each one when the decision asks for it: the folder is listed only when the answers say "share".
"""

from __future__ import annotations

import fnmatch
import functools
from collections.abc import Callable, Iterator
from urllib.parse import quote

import httpx

from netkit.exceptions import HubError
from netkit.hub.client import HubClient
from netkit.kept_copies import backup_name
from netkit.store.document import BACKUP_NAME, DAMAGED_GLOB, FILENAME

__all__ = ["answers_copies", "file_names"]


def answers_copies(client: HubClient, user: str, folder: str) -> Iterator[tuple[str, Callable[[], bytes | None]]]:
    """``(name, fetch it)`` for the main answers file, its backup and every damaged copy in ``folder`` of
    ``user``'s home, in that order (what :func:`~netkit.coach.collect.consent.read_consented` takes)."""
    path = f"{folder}/{FILENAME}"
    yield FILENAME, lambda: client.read_file(user, path)
    yield BACKUP_NAME, lambda: client.read_file(user, backup_name(path))
    for name in sorted(n for n in file_names(client, user, folder) if fnmatch.fnmatchcase(n, DAMAGED_GLOB)):
        yield name, functools.partial(client.read_file, user, f"{folder}/{name}")


def file_names(client: HubClient, user: str, folder: str) -> list[str]:
    """The names of the files in ``folder`` of ``user``'s hub home (the Jupyter contents API's listing)."""
    path = f"/user/{quote(user, safe='')}/api/contents/{quote(folder.strip('/'), safe='/')}"
    response = client.request("GET", path, params={"type": "directory", "content": "1"})
    if response.status_code == 404:
        return []
    try:
        response.raise_for_status()
        items = response.json().get("content")
    except (httpx.HTTPError, ValueError, AttributeError):
        raise HubError(
            f"the hub did not list {folder} of {user!r} (HTTP {response.status_code}), so its damaged copies, "
            "which may say “do not share”, cannot be read",
            where=client.url,
            fix="try again; if it persists, look at the hub's log for this user",
        ) from None
    items = items if isinstance(items, list) else []
    return [i["name"] for i in items if isinstance(i, dict) and isinstance(i.get("name"), str)]
