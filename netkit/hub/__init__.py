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

from netkit.hub.client import TOKEN_ENV, HubClient
from netkit.hub.deliver import (
    DEFAULT_FOLDER,
    DeliveryReport,
    DeliveryResult,
    deliver,
    fetch_answers,
    manifest_entries,
    read_hub,
)
from netkit.hub.record import DELIVERY_RECORD, delivered_users, delivery_decision, read_record, record_path
from netkit.hub.users import USER_SOURCES, hub_user_problem, map_from_csv, map_from_roster, normalise_hub_user

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
    "read_hub",
    "read_record",
    "record_path",
]
