"""Moving a participant's answers in and out of the store: export, resume (merge a download),
restore a copy kept before a resume, and delete everything.

:class:`StoreTransfer` is that part of :class:`netkit.store.answers.AnswersStore`; a resume merges by
the same rule as a save (:mod:`netkit.store.merge`, newer wins per item) and first keeps the state
before it as a restorable copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netkit.atomic import atomic_write_json
from netkit.exceptions import AnswersError
from netkit.kept_copies import BEFORE_RESUME, kept_copy
from netkit.store.clock import bring_back_future_times, wall_time
from netkit.store.document import (
    DAMAGED_GLOB,
    EXPORT_KIND,
    FILENAME,
    RESUME_COPY,
    check_upload,
    json_copy,
    load_json,
    read_document,
)
from netkit.store.merge import MergeReport
from netkit.store.saving import StoreSaving
from netkit.store.schema import SCHEMA
from netkit.store.shapes import set_aside_bad_items

__all__ = ["StoreTransfer"]


class StoreTransfer(StoreSaving):
    """Export, import (resume), restore and delete for :class:`netkit.store.answers.AnswersStore`."""

    if TYPE_CHECKING:  # set by AnswersStore.__init__, defined in AnswersStore
        last_merge: MergeReport | None

        def as_dict(self) -> dict[str, Any]: ...

    # ------------------------------------------------------ export / import / delete
    def export_document(self) -> dict:
        """Everything the participant owns in the store, as one JSON-ready document (with change times).

        An item of the wrong shape (:mod:`netkit.store.shapes`; only an older netkit or a hand edit puts one in
        the file) travels in ``superseded`` with why, not among the answers: the download, and everything
        built from it, never fails on it, and a resume of it is never refused for it.
        """
        self.flush()
        with self._mutex:
            answers, aside = set_aside_bad_items(self.as_dict())
            return {
                "kind": EXPORT_KIND,
                "schema": SCHEMA,
                "exported_at": wall_time(),
                "answers": answers,
                "changes": json_copy(self._doc.get("changes") or {}),
                "deleted": json_copy(self._doc.get("deleted") or {}),
                "superseded": json_copy(self._doc.get("superseded") or []) + aside,  # edits that lost, kept
            }

    def export_to(self, path: str | Path) -> Path:
        """Write all answers to one file that :meth:`import_from` reads back."""
        return atomic_write_json(path, self.export_document())

    def resume_document(self, doc: Any, *, source: str = "the uploaded file") -> MergeReport:
        """Merge a download into the store, newer wins per item; return what was added and kept.

        The document is checked completely first (shape, limits, schema, the shape of every item): a refused
        one writes nothing anywhere. Change times in it that are ahead of this computer's clock (the device
        that made it had a wrong clock) are set to now, and ``report.clamped`` says how many. The state
        before the merge is kept as ``netkit-answers.before-resume-<time>.json`` (:meth:`restore` brings
        it back); ``report.restorable`` names it.
        """
        checked = check_upload(doc, source)
        # Its times come from another device's clock: any ahead of this one's are brought back to now.
        checked, clamped, ahead = bring_back_future_times(checked, limit=self.clock.limit(), now=self.clock.now())
        with self._mutex:
            self.flush()

            def keep_copy(disk: dict[str, Any]) -> Path | None:
                if not self.path.exists():
                    return None
                copy_path = kept_copy(self.path, BEFORE_RESUME)
                atomic_write_json(copy_path, disk, compact=True, mode=0o600)
                return copy_path

            _doc, report, copy_path = self._merge_and_write(checked, before=keep_copy)
        report.restorable, report.keys = copy_path, len(checked["answers"])
        report.clamped, report.ahead = clamped, ahead
        self.last_merge = report
        for key in checked["answers"]:
            self._notify(key)
        return report

    def import_document(self, doc: Any, *, source: str = "the uploaded file") -> int:
        """Merge an export into the store (:meth:`resume_document`); return how many keys it held."""
        return self.resume_document(doc, source=source).keys

    def import_from(self, path: str | Path) -> int:
        """Read an export file written by :meth:`export_to` and merge it in."""
        path = Path(path)
        try:
            doc = load_json(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise AnswersError(
                f"cannot read this export ({exc})"[:300],
                where=path,
                fix="choose the netkit-answers file you downloaded from your workbook",
            ) from None
        return self.import_document(doc, source=str(path))

    def restore(self, copy_path: str | Path) -> None:
        """Put back a copy kept before a resume (the current state goes to the backup file)."""
        copy_path = Path(copy_path)
        try:
            doc = read_document(copy_path)
        except (OSError, ValueError) as exc:
            raise AnswersError(
                f"this copy cannot be restored ({exc})",
                where=copy_path,
                fix="choose a netkit-answers.before-resume file from this folder",
            ) from None
        with self._mutex:
            self.flush()
            with self._lock():
                self._write(doc, backup=True)
        for key in set(doc["answers"]):
            self._notify(key)

    def delete_everything(self, extra: Iterable[str | Path] = ()) -> list[Path]:
        """Remove the answers, their backups, damaged and pre-resume copies and ``extra`` files; return what went."""
        with self._mutex:
            self._cancel_timer()
            self._doc, self._answers, self._disk_id = {"answers": {}}, {}, None
            self._dirty.clear()
            self._items.clear()
            removed = []
            candidates = [
                self.path,
                self.backup_path,
                self.lock_path,
                *self.folder.glob(DAMAGED_GLOB),
                *self.folder.glob(RESUME_COPY),
                *self.folder.glob(f".{FILENAME}*"),
                *map(Path, extra),
            ]
            for path in candidates:
                try:
                    path.unlink()
                    removed.append(path)
                except FileNotFoundError:
                    pass
            return removed
