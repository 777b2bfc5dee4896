"""Delivery into hub homes (servers started in parallel, touched copies refused) and reading answers back."""

from __future__ import annotations

import datetime as _dt
import hashlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from netkit.atomic import atomic_write_json
from netkit.batch import run_each
from netkit.coach.collect.consent import read_consented
from netkit.coach.collect.read import read_manifest_entries
from netkit.exceptions import HubError, NetkitError, describe
from netkit.hub.client import CREATE_SCOPE, DELIVER_SCOPES, HubClient
from netkit.hub.copies import answers_copies
from netkit.hub.record import RECORD_SCHEMA, delivered_users, delivery_decision, read_record, record_path
from netkit.kept_copies import HUB_BACKUP_FOLDER, stamped
from netkit.paths import manifest_notebook, manifest_path
from netkit.store.answers import FILENAME as ANSWERS_FILENAME
from netkit.store.document import BACKUP_NAME as ANSWERS_BACKUP_NAME

__all__ = [
    "BACKUP_FOLDER",
    "DEFAULT_FOLDER",
    "DeliveryReport",
    "DeliveryResult",
    "deliver",
    "fetch_answers",
    "manifest_entries",
    "read_hub",
]

#: The folder in each participant's hub home that receives their workbook and answers.
DEFAULT_FOLDER = "networking-workshop"
#: Where a replaced notebook is kept (:data:`netkit.kept_copies.HUB_BACKUP_FOLDER`: not a dot-folder).
BACKUP_FOLDER = HUB_BACKUP_FOLDER


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
    retries: str = ""  # e.g. "3 of 100": retries of a busy hub spent from the run's budget

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
        if self.retries and not self.retries.startswith("0 "):
            lines.append(f"Retries of a busy or flaky hub: {self.retries}.")
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


def manifest_entries(out: str | Path) -> list[dict]:
    """The participants of a render that have a workbook (manifest entries)."""
    entries = [e for e in read_manifest_entries(out) if e.get("id") and e.get("notebooks")]
    if not entries:
        raise HubError(
            "the render has no participant with a workbook",
            where=manifest_path(out),
            fix="render again (`netkit render roster.csv -o OUT`) and fix any failed participant",
        )
    return entries


def _client(hub: HubClient | str) -> tuple[HubClient, bool]:
    """The client to use and whether it is ours to close (made here from an address)."""
    if isinstance(hub, HubClient):
        return hub, False
    return HubClient(hub), True


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
    ``folder/<notebook>`` unless they touched it (see :func:`delivery_decision`). ``jobs`` is
    capped by the client's connections (:data:`~netkit.hub.client.MAX_CONNECTIONS`); retries of
    a busy hub and server restarts all come out of the client's one
    :class:`~netkit.hub.client.RetryBudget`, so a hub that is down fails the run quickly. Raises
    :class:`HubError` only for problems that concern everyone (address, token, scopes); a
    participant's own failure is reported in their :class:`DeliveryResult`.
    """
    out = Path(out)
    folder = _check_folder(folder)
    entries = manifest_entries(out)
    client, own = _client(hub)
    jobs = max(1, min(jobs, client.max_connections))
    try:
        how = _How(
            folder=folder,
            can_create=_check_scopes(client),
            attempts=attempts,
            start_timeout=start_timeout,
            overwrite_touched=overwrite_touched,
            poll=poll,
        )
        return _deliver_cohort(client, out, entries, mapping, how, jobs=jobs, progress=progress)
    finally:
        if own:
            client.close()


def _deliver_cohort(
    client: HubClient,
    out: Path,
    entries: list[dict],
    mapping: Mapping[str, str],
    how: _How,
    *,
    jobs: int,
    progress: bool,
) -> DeliveryReport:
    """Every mapped participant, ``jobs`` at once; one participant's failure is theirs and never stops the
    cohort (it is their result's status and reason)."""
    record = _Record(out, client.url)
    targets = [e for e in entries if e["id"] in mapping]
    skipped = [e.get("name", e["id"]) for e in entries if e["id"] not in mapping]
    results = [DeliveryResult(e["id"], e.get("name", e["id"]), mapping[e["id"]]) for e in targets]
    outcomes = run_each(
        lambda job: _deliver_one(client, out, job[0], job[1], record, how),
        list(zip(targets, results)),
        jobs=jobs,
        describe=lambda exc: client.redact(describe(exc, brief=True)),
        progress=progress,
        desc="deliver",
        unit="participant",
    )
    for result, outcome in zip(results, outcomes):
        if not outcome.ok:
            result.status, result.reason = "failed", outcome.error or ""
    return DeliveryReport(
        hub=client.url,
        results=results,
        record=record.path,
        skipped=skipped,
        retries=f"{client.retries.used} of {client.retries.total}",
    )


def _check_scopes(client: HubClient) -> bool:
    """Refuse a token that may not deliver (a problem for everyone, so it stops the run); return whether it may
    also create hub users."""
    missing = client.missing_scopes(DELIVER_SCOPES)
    if missing:
        raise HubError(
            "the hub token lacks the scope(s) " + ", ".join(missing),
            where=client.url,
            fix="ask the hub admin to add them to the netkit service's role (see docs/guide.md, section JupyterHub)",
        )
    return not client.missing_scopes((CREATE_SCOPE,))


@dataclass(frozen=True)
class _How:
    """How every participant of one run is delivered (the options of :func:`deliver`)."""

    folder: str
    can_create: bool
    attempts: int
    start_timeout: float
    overwrite_touched: bool
    poll: float


#: One notebook's delivery: hub path, bytes, their SHA-256, the decision and why (:func:`delivery_decision`).
_Step = tuple[str, bytes, str, str, str]


def _deliver_one(client: HubClient, out: Path, entry: dict, result: DeliveryResult, record: _Record, how: _How) -> None:
    """One participant: their hub user and server ready, each notebook decided, written unless one is refused,
    the record kept; the outcome goes in ``result``."""
    started = time.monotonic()
    user = result.hub_user
    try:
        if client.user(user) is None:
            if not how.can_create:
                raise HubError(
                    f"there is no hub user {user!r} and the token may not create users (scope {CREATE_SCOPE})"
                )
            client.create_user(user)
        result.attempts = client.ensure_server(user, attempts=how.attempts, timeout=how.start_timeout, poll=how.poll)
        plan = _plan(client, out, entry, user, record, how)
        refused = [(t, reason) for t, _, _, action, reason in plan if action == "refuse"]
        if refused:
            result.status, result.reason = "refused", "; ".join(sorted({reason for _, reason in refused}))
            return
        written, replaced = _write_plan(client, user, how.folder, plan, result)
        record.store(user, result.participant_id, written)
        if replaced:
            result.status = "replaced"
            result.reason = (
                "replaced although "
                + "; ".join(sorted(set(replaced)))
                + f" (old copy in {how.folder}/{BACKUP_FOLDER}/)"
            )
        elif all(action == "unchanged" for *_, action, _ in plan):
            result.status, result.reason = "unchanged", ""
        else:
            result.status, result.reason = "delivered", ""
    finally:
        result.seconds = time.monotonic() - started


def _plan(client: HubClient, out: Path, entry: dict, user: str, record: _Record, how: _How) -> list[_Step]:
    """What to do with each of the participant's notebooks, decided before anything is written."""
    recorded = record.files(user)
    answers_on_hub = any(
        client.exists(user, f"{how.folder}/{name}") for name in (ANSWERS_FILENAME, ANSWERS_BACKUP_NAME)
    )
    plan = []
    for relative in entry["notebooks"]:
        data = manifest_notebook(out, entry, relative).read_bytes()
        target = f"{how.folder}/{PurePosixPath(relative).name}"
        new_sha = hashlib.sha256(data).hexdigest()
        action, reason = delivery_decision(
            new_sha=new_sha,
            hub_sha=client.file_sha256(user, target),
            recorded_sha=recorded.get(target),
            answers_on_hub=answers_on_hub,
            overwrite_touched=how.overwrite_touched,
        )
        plan.append((target, data, new_sha, action, reason))
    return plan


def _write_plan(
    client: HubClient, user: str, folder: str, plan: list[_Step], result: DeliveryResult
) -> tuple[dict[str, str], list[str]]:
    """Write what the plan says (a replaced notebook's old copy kept in the backup folder first), each write
    checked by its SHA-256; return {hub path: SHA-256} delivered and why each replaced one was replaced."""
    written: dict[str, str] = {}
    replaced = []
    for target, data, new_sha, action, reason in plan:
        if action == "replace":
            old = client.read_file(user, target)
            if old is not None:
                kept = stamped(PurePosixPath(folder, BACKUP_FOLDER, PurePosixPath(target).name))
                client.write_file(user, str(kept), old)
            replaced.append(reason)
        if action in ("write", "replace"):
            client.write_file(user, target, data)
            if client.file_sha256(user, target) != new_sha:
                raise HubError(f"{target} on the hub differs from what was sent; try again")
        written[target] = new_sha
        result.files.append(target)
    return written, replaced


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
    ``start_servers`` is False. Nothing is written anywhere. Whether a participant shares is decided
    as for a local folder (:func:`netkit.coach.collect.consent.read_consented`: main file, backup and
    every damaged copy, a "no" anywhere wins) and written into the answers returned.
    """
    folder = _check_folder(folder)
    client, own = _client(hub)
    jobs = max(1, min(jobs, client.max_connections))

    def one(user: str) -> dict:
        if client.user(user) is None:
            raise HubError(f"there is no hub user {user!r}", where=client.url)
        if start_servers:
            client.ensure_server(user, attempts=attempts, timeout=start_timeout, poll=poll)
        elif client.server_state(user) != "ready":
            raise HubError(f"the server of {user!r} is not running", where=client.url)
        path = f"{folder}/{ANSWERS_FILENAME}"
        answers, _consent, _note = read_consented(answers_copies(client, user, folder), where=f"{user}:{path}")
        if answers is None:
            raise HubError(f"{user!r} has no saved answers yet", where=f"{user}:{path}")
        return answers

    try:
        outcomes = run_each(one, list(users.values()), jobs=jobs, progress=progress, desc="collect", unit="participant")
        return {
            pid: outcome.value if outcome.ok else _hub_error(outcome.exception, client)
            for pid, outcome in zip(users, outcomes)
        }
    finally:
        if own:
            client.close()


def _hub_error(exc: BaseException | None, client: HubClient) -> HubError:
    """One participant's failure to read as a :class:`HubError` (anything unexpected redacted)."""
    if isinstance(exc, HubError):
        return exc
    if isinstance(exc, NetkitError):
        return HubError(exc.what, where=exc.where, fix=exc.fix)
    return HubError(client.redact(f"{exc.__class__.__name__}: {exc}"))


def read_hub(
    out: str | Path, hub: HubClient | str, *, folder: str = DEFAULT_FOLDER, progress: bool = False
) -> list[tuple[dict, Any]]:
    """``(manifest entry, answers | error)`` for every participant of the render in ``out``, read from the hub.

    The hub counterpart of :func:`netkit.coach.collect.read_render` (``netkit collect --hub``): the
    participants are those of ``OUT/manifest.json``; each one delivered to this hub (as
    ``OUT/deliveries.json`` records) has their answers read by :func:`fetch_answers`; one never
    delivered gets a :class:`HubError` saying to run ``netkit deliver`` first. Nothing is written.
    """
    entries = read_manifest_entries(out)
    url = hub if isinstance(hub, str) else hub.url
    users = {pid: user for pid, user in delivered_users(out, url).items() if any(e.get("id") == pid for e in entries)}
    if isinstance(hub, str):  # after the manifest and the record: their errors come first
        with HubClient(hub) as client:
            fetched = fetch_answers(client, users, folder=folder, progress=progress)
    else:
        fetched = fetch_answers(hub, users, folder=folder, progress=progress)
    not_delivered = HubError(
        "no workbook was delivered to this participant on this hub", fix="run `netkit deliver` first"
    )
    return [(entry, fetched.get(str(entry.get("id")), not_delivered)) for entry in entries]
