"""“Take your work home”: one download, an upload to carry on, and delete-my-data with a confirm step.

The button itself starts the download (:mod:`netkit.widgets.download`); a ``data:`` link
(``<a download>``) is also shown, as the fallback where scripts do not run. The zip is built
only when the participant asks for it (it travels through the browser base64-encoded, so its
size is checked first).
"""

from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as widgets

from netkit.exceptions import NetkitError
from netkit.languages import gettext_for
from netkit.markup import download_link, escape
from netkit.store.answers import AnswersStore, open_store
from netkit.store.schema import PROFILE as PROFILE_KEY
from netkit.widgets import status as _status
from netkit.widgets.autosave import on_upload
from netkit.widgets.download import download_output, start_download
from netkit.widgets.hosting_notice import BinderNotice
from netkit.widgets.status import fill, wrap
from netkit.workbook.takehome import Archive, build_archive, delete_my_data, resume_from_upload

__all__ = ["MAX_DATA_LINK_BYTES", "TakeHome"]

#: Above this a zip is not pushed through the browser as a data: link (base64 adds a third).
MAX_DATA_LINK_BYTES = 20 * 1024 * 1024


def _ok(text: str) -> str:
    return _status.ok(f"✓ {text}")


def _problem(text: str) -> str:
    return _status.problem(f"✗ {text}")


class TakeHome(widgets.VBox):
    """Download everything, carry on from a download, or delete every copy of the answers."""

    def __init__(
        self,
        *,
        store: AnswersStore | None = None,
        name: str = "",
        environ: Mapping[str, str] | None = None,
        country: str = "",
        language: str = "",
    ):
        self._ = _ = gettext_for(language)
        self.store = store or open_store()
        self.name = name
        self.country = country  # the workshop's: the follow-up calendar in the zip skips its public holidays
        self._language = language  # the handout page and calendars in the zip speak it too
        self._notice = BinderNotice(environ, language=language)
        self._download = widgets.Button(
            description=_("Download everything"),
            icon="download",
            button_style="primary",
            layout=widgets.Layout(width="auto"),
        )
        self._link = widgets.HTML()
        self._starter = download_output()
        self._upload = widgets.FileUpload(accept=".zip,.json", multiple=False, description=_("Carry on from a file"))
        self._upload.layout.width = "auto"
        self._upload_status = widgets.HTML()
        self._delete_controls()
        self._download.on_click(self.download)
        on_upload(self._upload, self.resume)
        self._delete.on_click(self.ask_to_delete)
        self._confirm.on_click(self.delete)
        self._cancel.on_click(self.cancel_delete)
        super().__init__(
            [
                self._notice,
                widgets.HTML(
                    _(
                        "<b>Take it home.</b> One file with your workbook, all your answers, your network "
                        "map, your calendar reminders and a printable handout."
                    )
                ),
                widgets.HBox([self._download, self._link]),
                self._starter,
                widgets.HTML(
                    _(
                        "<b>Carry on later.</b> Upload that file (or the netkit-answers-export.json in it) "
                        "to bring your answers back here."
                    )
                ),
                widgets.HBox([self._upload, self._upload_status]),
                widgets.HTML(wrap("b", _("Delete my data."))),
                self._delete,
                self._confirm_box,
                self._delete_status,
            ]
        )
        self.add_class("netkit-takehome")

    def _delete_controls(self) -> None:
        """ "Delete my data…", and the confirmation it opens (hidden until asked): what goes, and that it is final."""
        _ = self._
        self._delete = widgets.Button(
            description=_("Delete my data…"),
            icon="trash",
            button_style="danger",
            layout=widgets.Layout(width="auto", align_self="flex-start"),
        )
        self._confirm = widgets.Button(
            description=_("Yes, delete everything"), button_style="danger", layout=widgets.Layout(width="auto")
        )
        self._cancel = widgets.Button(description=_("Cancel"), layout=widgets.Layout(width="auto"))
        self._confirm_text = widgets.HTML(
            _(
                "<b>This removes your answers and every copy netkit keeps (backups, checkpoints, downloads, "
                "pictures, calendar files, printable pages) from this folder. It cannot be undone.</b> "
                "Download everything first if you want to keep your work."
            )
        )
        self._confirm_box = widgets.VBox(
            [self._confirm_text, widgets.HBox([self._confirm, self._cancel])], layout=widgets.Layout(display="none")
        )
        self._delete_status = widgets.HTML()

    def _participant_name(self) -> str:
        profile = self.store.get(PROFILE_KEY, {})
        return self.name or (profile.get("name", "") if isinstance(profile, dict) else "")

    def download(self, _button=None) -> None:
        """Build the zip and offer it as a link (or say why not)."""
        try:
            archive = build_archive(
                self.store, name=self._participant_name(), country=self.country, language=self._language
            )
        except (NetkitError, OSError) as exc:
            self._link.value = _problem(fill(self._("The download could not be made: {error}"), error=exc))
            return
        if archive.size > MAX_DATA_LINK_BYTES:
            self._link.value = _problem(
                fill(
                    self._(
                        "The download is too large for the browser ({size} MB). "
                        "Ask your coach to copy your folder for you."
                    ),
                    size=archive.size // (1024 * 1024),
                )
            )
            return
        self.archive: Archive | None = archive
        self._link.value = download_link(
            archive.filename,
            archive.data,
            label=self._("Download started. Not started? Save {file}").replace("{file}", archive.filename),
        )
        start_download(self._starter, archive.filename, archive.data, "application/zip")

    def resume(self, data: bytes, filename: str) -> None:
        """Restore answers from an uploaded take-home file."""
        try:
            report = resume_from_upload(self.store, data, filename)
        except NetkitError as exc:
            self._upload_status.value = _problem(escape(exc.message))
            return
        _ = self._
        kept = (
            " " + fill(_("Your work as it was before is kept as {file}."), file=report.restorable.name)
            if report.restorable
            else ""
        )
        restored = fill(_("{count} answers restored from {file}:"), count=report.keys, file=filename)
        reload = escape(
            _(
                "Reload the page (in JupyterLab: Kernel › Restart Kernel and Run All Cells) to see them in "
                "every exercise."
            )
        )
        self._upload_status.value = _ok(f"{restored} {escape(report.summary())}{kept} {reload}")

    def ask_to_delete(self, _button=None) -> None:
        """First click: show what will go, and the confirm button."""
        self._confirm_box.layout.display = "flex"
        self._delete_status.value = ""

    def cancel_delete(self, _button=None) -> None:
        self._confirm_box.layout.display = "none"
        self._delete_status.value = _ok(escape(self._("Nothing was deleted.")))

    def delete(self, _button=None) -> None:
        """Second click: remove the answers and every copy."""
        self._confirm_box.layout.display = "none"
        try:
            removed = delete_my_data(self.store)
        except OSError as exc:
            self._delete_status.value = _problem(fill(self._("Not everything could be deleted: {error}"), error=exc))
            return
        self._link.value = ""
        self.archive = None
        self._delete_status.value = _ok(
            fill(
                self._(
                    "Deleted {count} files: your answers and every copy of them. Close this tab now: "
                    "anything you type from here on would be saved again."
                ),
                count=len(removed),
            )
        )
