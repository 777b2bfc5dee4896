"""The start page form: make my own workbook, or carry on from a file I took home."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

import ipywidgets as widgets

from netkit.coach.start import (
    DEFAULT_OUT,
    PROFILE_FIELDS,
    StartResult,
    existing_workbooks,
    keep_profile,
    make_workbook,
    resume,
    saved_profile,
)
from netkit.exceptions import NetkitError
from netkit.markup import escape, escape_attr
from netkit.widgets import status as _status
from netkit.widgets.autosave import on_upload
from netkit.widgets.hosting_notice import BinderNotice
from netkit.workbook.personal_link import PersonalLinkError, decode_fragment, link_from_page

__all__ = ["StartPage", "workbook_link_html"]

_WIDE = widgets.Layout(width="min(40em, 95%)")


def workbook_link_html(result_or_path: StartResult | Path, base: Path, label: str = "Open your workbook") -> str:
    """A relative link to the workbook: it opens in JupyterLab from Lab and in Voilà from Voilà."""
    notebook = result_or_path.notebook if isinstance(result_or_path, StartResult) else Path(result_or_path)
    rel = notebook.resolve().relative_to(base.resolve()).as_posix()
    return (
        f"<a class='netkit-workbook-link' href='{escape_attr(quote(rel))}' target='_blank' rel='noopener' "
        f"style='font-weight:bold;font-size:1.1em'>➜ {escape(label)}</a>"
    )


class StartPage(widgets.VBox):
    """A participant types their name, goal, … and gets their own workbook; or uploads a take-home file."""

    def __init__(
        self,
        *,
        out: str | Path = DEFAULT_OUT,
        base: str | Path | None = None,
        workbook: str | Path | None = None,
        defaults: Mapping[str, str] | None = None,
        environ: Mapping[str, str] | None = None,
        notebook: str | Path | None = None,
        app_link: str | None = None,
        link: str | None = None,
    ):
        """``notebook`` and ``app_link``: the browser-only site, where the workbook already exists
        (only the profile is kept) and opens at ``app_link``. ``link``: the fragment of a personal
        link (:mod:`netkit.workbook.personal_link`; by default the one the site's extension passed):
        its details fill the form, and the first time they are kept at once, so the workbook is
        theirs even if they go straight to it."""
        self.base = Path(base) if base is not None else Path(os.getcwd())
        self.notebook = self.base / notebook if notebook is not None else None
        self.app_link = app_link
        self.out = self.base / out
        self.workbook = workbook
        self.defaults = dict(defaults or {})
        self.result: StartResult | None = None
        self._kept = 0
        self.fields: dict[str, widgets.ValueWidget] = {}
        for key, label in PROFILE_FIELDS:
            cls = widgets.Textarea if key == "goal" else widgets.Text
            self.fields[key] = cls(description=label, placeholder="", layout=_WIDE, style={"description_width": "16em"})
        self._make = widgets.Button(
            description="Make my workbook", button_style="primary", icon="play", layout=widgets.Layout(width="auto")
        )
        self._upload = widgets.FileUpload(
            accept=".zip,.json", multiple=False, description="Carry on from a file", layout=widgets.Layout(width="auto")
        )
        self._status = widgets.HTML()
        self._earlier = widgets.HTML(self._earlier_html())
        self._make.on_click(self.make)
        on_upload(self._upload, self.resume)
        self._for = widgets.HTML()
        self._for.add_class("netkit-welcome-for")
        here = "in this browser" if self.notebook is not None else "in this session"
        super().__init__(
            [
                BinderNotice(environ),
                self._for,
                self._earlier,
                widgets.HTML(
                    "<h3>New here? Make your own workbook</h3>"
                    f"<p>Only your name is needed. What you type stays {here}; no roster is used.</p>"
                ),
                *self.fields.values(),
                self._make,
                widgets.HTML(
                    "<h3>Coming back? Carry on where you left off</h3>"
                    "<p>Upload the <code>netkit-….zip</code> you saved with “Download everything”. "
                    "Your workbook is made again and every answer comes back.</p>"
                ),
                self._upload,
                self._status,
            ]
        )
        self.add_class("netkit-start")
        self._personalise(link_from_page() if link is None else link)

    def _personalise(self, fragment: str) -> None:
        """Fill the form from a personal link (or, on the site, from the details kept earlier)."""
        saved = saved_profile(self.notebook.parent) if self.notebook is not None else {}
        try:
            linked = decode_fragment(fragment)
        except PersonalLinkError as exc:
            linked = {}
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
        source = linked or {key: value for key, value in saved.items() if key in self.fields}
        for key, widget in self.fields.items():
            if source.get(key):
                widget.value = source[key]
        name = source.get("name", "")
        if linked:
            self._for.value = (
                f"<h2>This workbook is for {escape(name)}</h2>"
                "<p>Your coach's link filled in your details below. Not you, or something to correct? "
                "Change it below and press <b>Make my workbook</b>.</p>"
            )
            if self.notebook is not None and not saved.get("name"):
                self.make()
                if self.result is not None:  # their workbook is ready: the one way in, right under their name
                    self._for.value += f"<p>{self._link_html(self.result)}</p>"
                    self._status.value = ""
            elif self.notebook is not None and saved.get("name") != name:
                self._status.value = _status.warning(
                    f"⚠ This browser already holds the workbook of {escape(saved['name'])}. "
                    f"Press <b>Make my workbook</b> to make it {escape(name)}'s.",
                    tag="p",
                )
        elif name:
            self._for.value = f"<h2>Welcome back, {escape(name)}</h2>"

    def _earlier_html(self) -> str:
        found = existing_workbooks(self.out)
        if not found:
            return ""
        links = "".join(
            f"<li>{workbook_link_html(path, self.base, f'Workbook of {name}')}</li>" for name, path in found
        )
        return f"<p>Workbooks made in this session:</p><ul>{links}</ul>"

    def _values(self) -> dict[str, str]:
        return {key: widget.value for key, widget in self.fields.items()}

    def _link_html(self, result: StartResult) -> str:
        """The way into the workbook. On the site the link carries ``data-netkit-preload``: the site's
        extension opens the workbook in the background while the participant reads (again when the
        details change, hence the count), and shows it at once when the link is followed."""
        if self.app_link is None:
            return workbook_link_html(result, self.base)
        self._kept += 1
        return (
            f"<a class='netkit-workbook-link' href='{escape_attr(self.app_link)}' data-netkit-preload='{self._kept}' "
            "style='font-weight:bold;font-size:1.1em'>➜ Open your workbook</a>"
        )

    def _show(self, result: StartResult, message: str) -> None:
        self.result = result
        link = self._link_html(result)
        self._status.value = _status.ok(f"✓ {message}</p><p>{link}", tag="p")
        self._earlier.value = self._earlier_html()

    def make(self, _button=None) -> None:
        """Render the participant's workbook from the form."""
        self._status.value = "<i>Making your workbook…</i>"
        try:
            if self.notebook is not None:
                result = keep_profile(self._values(), self.notebook, defaults=self.defaults)
            else:
                result = make_workbook(self._values(), self.out, workbook=self.workbook, defaults=self.defaults)
        except NetkitError as exc:
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
            return
        self._show(result, f"Your workbook is ready, {escape(result.profile['name'])}.")

    def resume(self, data: bytes, filename: str) -> None:
        """Rebuild the workbook from an uploaded take-home file and restore its answers."""
        self._status.value = "<i>Restoring your work…</i>"
        try:
            result = resume(
                data, filename, self.out, values=self._values(), workbook=self.workbook, notebook=self.notebook
            )
        except NetkitError as exc:
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
            return
        for key, widget in self.fields.items():
            widget.value = str(result.profile.get(key, ""))
        self._show(
            result,
            f"Welcome back, {escape(result.profile.get('name', ''))}: "
            f"{result.restored} answers restored. " + escape(result.merge.summary() if result.merge else ""),
        )
