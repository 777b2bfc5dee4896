"""The render journal (``OUT/.netkit-journal.jsonl``): every digest netkit wrote, so a crash between a workbook and the
manifest never makes a workbook look touched."""

from __future__ import annotations

import json
import os
from pathlib import Path

from netkit.paths import guard_file

__all__ = ["JOURNAL", "digest_index", "journal", "journal_many", "journal_path", "known_digests", "read_journal"]

JOURNAL = ".netkit-journal.jsonl"


def journal_path(out: str | Path) -> Path:
    """The journal of a render in progress (removed when the render finishes)."""
    return Path(out) / JOURNAL


def journal(out: str | Path, participant_id: str, notebook: str, digest: str) -> None:
    """Append "``participant_id``'s ``notebook`` is about to become ``digest``" to the journal.

    Written (and flushed to disk) *before* the notebook is replaced, so whatever moment a render
    is killed at, the notebook on disk is one the manifest or the journal knows. One short line
    per ``O_APPEND`` write, so parallel workers never interleave."""
    journal_many(out, [(participant_id, notebook, digest)])


def journal_many(out: str | Path, rows: list[tuple[str, str, str]]) -> None:
    """:func:`journal` for a batch of ``(participant id, notebook, digest)`` rows: one write, one fsync.

    Render journals each batch of notebooks at once, before any of them is replaced."""
    if not rows:
        return
    data = "".join(
        json.dumps({"id": pid, "notebook": notebook, "sha256": digest}) + "\n" for pid, notebook, digest in rows
    ).encode("utf-8")
    fd = os.open(guard_file(out, journal_path(out)), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while data:  # one write appends it all on a local disk; a short write is finished, not lost
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def read_journal(out: str | Path) -> dict[tuple[str, str], set[str]]:
    """{(participant id, notebook): digests} from an interrupted render's journal (a torn last
    line, or anything not of the journal's shape, is skipped)."""
    path = guard_file(out, journal_path(out))
    known: dict[tuple[str, str], set[str]] = {}
    if not path.exists():
        return known
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
            key, digest = (row["id"], row["notebook"]), row["sha256"]
        except (ValueError, KeyError, TypeError):
            continue
        if all(isinstance(x, str) for x in (*key, digest)):
            known.setdefault(key, set()).add(digest)
    return known


def digest_index(manifest: dict, journal_digests: dict) -> dict[tuple[str, str], set[str]]:
    """{(participant id, notebook): every digest an earlier render here wrote}, from the manifest and
    the journal at once, so a render of thousands looks each participant up instead of scanning
    the whole manifest for each (:func:`known_digests` does that for one)."""
    index = {key: set(digests) for key, digests in journal_digests.items()}
    for entry in manifest["participants"]:
        pid, digests = entry.get("id"), entry.get("sha256")
        if isinstance(pid, str) and isinstance(digests, dict):
            for notebook, digest in digests.items():
                if isinstance(digest, str):
                    index.setdefault((pid, notebook), set()).add(digest)
    return index


def known_digests(manifest: dict, journal_digests: dict, participant_id: str, notebook: str) -> set[str]:
    """Every digest of ``notebook`` an earlier render here wrote for this participant."""
    known = set(journal_digests.get((participant_id, notebook), ()))
    for entry in manifest["participants"]:
        if entry.get("id") == participant_id and isinstance(entry.get("sha256", {}).get(notebook), str):
            known.add(entry["sha256"][notebook])
    return known
