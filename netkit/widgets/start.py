"""The start page form: make my own workbook, or carry on from a file I took home."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

import ipywidgets as widgets

from netkit.coach.start import (
    DEFAULT_OUT,
    StartResult,
    existing_workbooks,
    keep_profile,
    make_workbook,
    resume,
    saved_profile,
)
from netkit.exceptions import NetkitError
from netkit.html_pages import render_fragment
from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, first_supported, gettext_for, language_name
from netkit.markup import Markup, escape
from netkit.profile import PROFILE_FIELDS, profile_label
from netkit.widgets import status as _status
from netkit.widgets.autosave import on_upload
from netkit.widgets.hosting_notice import BinderNotice
from netkit.widgets.status import fill, wrap
from netkit.workbook.personal_link import PersonalLinkError, decode_fragment, link_from_page

__all__ = ["StartPage", "workbook_link_html"]

_WIDE = widgets.Layout(width="min(40em, 95%)")


def workbook_link_html(result_or_path: StartResult | Path, base: Path, label: str = "Open your workbook") -> str:
    """A relative link to the workbook: it opens in JupyterLab from Lab and in Voilà from Voilà (``label``: already
    in the participant's language)."""
    notebook = result_or_path.notebook if isinstance(result_or_path, StartResult) else Path(result_or_path)
    rel = notebook.resolve().relative_to(base.resolve()).as_posix()
    return str(render_fragment("widgets/workbook_link.html.j2", href=quote(rel), label=label, preload=None))


def _heading_and_text(tag: str, heading: str, text: str) -> str:
    """A heading and a paragraph, both HTML already (user text in them escaped: :func:`escape`,
    :func:`~netkit.widgets.status.fill`; the kit's own translated markup such as ``<code>`` kept)."""
    return str(Markup("<{0}>{1}</{0}><p>{2}</p>").format(Markup(tag), Markup(heading), Markup(text)))


def _paragraph(html: str) -> str:
    """``html`` (the kit's own, e.g. a workbook link) as a paragraph."""
    return str(Markup("<p>{}</p>").format(Markup(html)))


def _language_choice(first: str) -> widgets.Dropdown:
    """The page's language menu (every supported language, each named in itself), on ``first`` if supported."""
    menu = widgets.Dropdown(
        options=[(language_name(code), code) for code in SUPPORTED_LANGUAGES],
        value=first_supported(first),
        description="🌐",
        layout=widgets.Layout(width="auto"),
    )
    menu.add_class("netkit-language-choice")
    return menu


def _profile_inputs() -> dict[str, widgets.ValueWidget]:
    """One input per profile field (:data:`netkit.profile.PROFILE_FIELDS`; the goal gets room to write), labelled
    in the page's language by ``_relabel``."""
    return {
        field.id: (widgets.Textarea if field.id == "goal" else widgets.Text)(
            description=field.label, placeholder="", layout=_WIDE, style={"description_width": "16em"}
        )
        for field in PROFILE_FIELDS
    }


class StartPage(widgets.VBox):
    """A participant types their name, goal, … and gets their own workbook; or uploads a take-home file.

    The page speaks the participant's language, and they can choose another at the top (the no-server welcome
    page has no roster to say it): the choice relabels the page and becomes their workbook's ``language``."""

    def __init__(
        self,
        *,
        out: str | Path = DEFAULT_OUT,
        base: str | Path | None = None,
        workbook: str | Path | None = None,
        defaults: Mapping[str, str] | None = None,
        environ: Mapping[str, str] | None = None,
        notebook: str | Path | None = None,
        app_link: str | Mapping[str, str] | None = None,
        link: str | None = None,
        language: str = "",
    ):
        """``notebook`` and ``app_link``: the browser-only site, where the workbook already exists
        (only the profile is kept) and opens at ``app_link`` (or, a ``{language: link}`` mapping, at the
        copy in the language chosen on the page; English when that language has none). ``link``: the
        fragment of a personal link (:mod:`netkit.workbook.personal_link`; by default the one the site's
        extension passed): its details fill the form, and the first time they are kept at once, so the workbook is
        theirs even if they go straight to it. ``language``: the page's first language (else the coach's
        ``defaults["language"]``, else English)."""
        self.base = Path(base) if base is not None else Path(os.getcwd())
        self.notebook = self.base / notebook if notebook is not None else None
        self.app_link = app_link
        self.out = self.base / out
        self.workbook = workbook
        self.defaults = dict(defaults or {})
        self.result: StartResult | None = None
        self._kept = 0
        self.language = _language_choice(language or self.defaults.get("language", ""))
        self._ = gettext_for(self.language.value)
        self.fields: dict[str, widgets.ValueWidget] = _profile_inputs()
        self._make = widgets.Button(button_style="primary", icon="play", layout=widgets.Layout(width="auto"))
        self._upload = widgets.FileUpload(accept=".zip,.json", multiple=False, layout=widgets.Layout(width="auto"))
        self._status = widgets.HTML()
        self._earlier = widgets.HTML()
        self._new_here = widgets.HTML()
        self._coming_back = widgets.HTML()
        self._notice = BinderNotice(environ, language=self.language.value)
        self._environ = environ
        self._make.on_click(self.make)
        on_upload(self._upload, self.resume)
        self._for = widgets.HTML()
        self._for.add_class("netkit-welcome-for")
        self._fragment = ""  # the personal link's, kept to write the heading again in another language
        self._relabel()
        super().__init__(self._sections())
        self.add_class("netkit-start")
        self._personalise(link_from_page() if link is None else link)
        self.language.observe(self._on_language, names="value")

    def _sections(self) -> list[widgets.Widget]:
        """The page, top to bottom: language, hosting notice, whom it is for, new here (the profile and Make),
        coming back (the upload), status."""
        return [
            self.language,
            self._notice,
            self._for,
            self._earlier,
            self._new_here,
            *self.fields.values(),
            self._make,
            self._coming_back,
            self._upload,
            self._status,
        ]

    def _relabel(self) -> None:
        """Every word of the page in the chosen language (what the participant typed is kept)."""
        _ = self._ = gettext_for(self.language.value)
        for key, widget in self.fields.items():
            widget.description = profile_label(key, self.language.value)
        self._make.description = _("Make my workbook")
        self._upload.description = _("Carry on from a file")
        here = _("in this browser") if self.notebook is not None else _("in this session")
        self._new_here.value = _heading_and_text(
            "h3",
            escape(_("New here? Make your own workbook")),
            fill(_("Only your name is needed. What you type stays {here}; no roster is used."), here=here),
        )
        self._coming_back.value = _heading_and_text(
            "h3",
            escape(_("Coming back? Carry on where you left off")),
            _(
                "Upload the <code>netkit-….zip</code> you saved with “Download everything”. "
                "Your workbook is made again and every answer comes back."
            ),
        )
        self._earlier.value = self._earlier_html()

    def _on_language(self, _change: dict) -> None:
        self._relabel()
        self._notice.value = ""
        notice = BinderNotice(self._environ, language=self.language.value)
        self._notice.value, self._notice.layout.display = notice.value, notice.layout.display
        self._personalise("", relabel_only=True)
        if self.result is not None and self.notebook is not None:
            self.make()  # the site's workbook reads its language from the kept profile: keep the new one

    def _personalise(self, fragment: str, *, relabel_only: bool = False) -> None:
        """Fill the form from a personal link (or, on the site, from the details kept earlier)."""
        if relabel_only:
            fragment = self._fragment
        self._fragment = fragment
        saved = saved_profile(self.notebook.parent) if self.notebook is not None else {}
        try:
            linked = decode_fragment(fragment)
        except PersonalLinkError as exc:
            linked = {}
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
        source = linked or {key: value for key, value in saved.items() if key in self.fields}
        name = source.get("name", "")
        if not relabel_only:
            for key, widget in self.fields.items():
                if source.get(key):
                    widget.value = source[key]
            chosen = linked.get("language") or saved.get("language")
            if chosen in SUPPORTED_LANGUAGES and chosen != self.language.value:
                self.language.value = chosen  # not observed yet: relabel by hand
                self._relabel()
        _ = self._  # the language the page speaks now
        if linked:
            self._for.value = _heading_and_text(
                "h2",
                fill(_("This workbook is for {name}"), name=name),
                _(
                    "Your coach's link filled in your details below. Not you, or something to correct? "
                    "Change it below and press <b>Make my workbook</b>."
                ),
            )
            if relabel_only:
                if self.result is not None:
                    self._for.value += _paragraph(self._link_html(self.result, again=True))
            elif self.notebook is not None and not saved.get("name"):
                self.make()
                if self.result is not None:  # their workbook is ready: the one way in, right under their name
                    self._for.value += _paragraph(self._link_html(self.result))
                    self._status.value = ""
            elif self.notebook is not None and saved.get("name") != name:
                self._status.value = _status.warning(
                    _(
                        "⚠ This browser already holds the workbook of {saved}. "
                        "Press <b>Make my workbook</b> to make it {name}'s."
                    )
                    .replace("{saved}", str(escape(saved["name"])))
                    .replace("{name}", str(escape(name))),
                    tag="p",
                )
        elif name:
            self._for.value = str(Markup("<h2>{}</h2>").format(Markup(fill(_("Welcome back, {name}"), name=name))))

    def _earlier_html(self) -> str:
        _ = self._
        found = existing_workbooks(self.out)
        if not found:
            return ""
        workbook_of = _("Workbook of {name}")
        links = Markup("").join(
            Markup("<li>{}</li>").format(
                Markup(workbook_link_html(path, self.base, workbook_of.replace("{name}", name)))
            )
            for name, path in found
        )
        return str(Markup("<p>{}</p><ul>{}</ul>").format(escape(_("Workbooks made in this session:")), links))

    def _values(self) -> dict[str, str]:
        return {**{key: widget.value for key, widget in self.fields.items()}, "language": self.language.value}

    def _link_html(self, result: StartResult, *, again: bool = False) -> str:
        """The way into the workbook. On the site the link carries ``data-netkit-preload``: the site's
        extension opens the workbook in the background while the participant reads (again when the
        details change, hence the count), and shows it at once when the link is followed."""
        label = self._("Open your workbook")
        if self.app_link is None:
            return workbook_link_html(result, self.base, label)
        if not again:
            self._kept += 1
        return str(
            render_fragment("widgets/workbook_link.html.j2", href=self.app_href(), label=label, preload=self._kept)
        )

    def app_href(self) -> str:
        """Where the site's workbook opens for the language chosen on the page (see ``app_link``)."""
        if isinstance(self.app_link, Mapping):
            links = self.app_link
            return links.get(self.language.value) or links.get(DEFAULT_LANGUAGE) or next(iter(links.values()))
        return self.app_link or ""

    def _show(self, result: StartResult, message: str) -> None:
        self.result = result
        link = self._link_html(result)
        self._status.value = _status.ok(Markup("✓ {}</p><p>{}").format(Markup(message), Markup(link)), tag="p")
        self._earlier.value = self._earlier_html()

    def make(self, _button=None) -> None:
        """Render the participant's workbook from the form."""
        _ = self._
        self._status.value = wrap("i", _("Making your workbook…"))
        try:
            if self.notebook is not None:
                result = keep_profile(self._values(), self.notebook, defaults=self.defaults)
            else:
                result = make_workbook(self._values(), self.out, workbook=self.workbook, defaults=self.defaults)
        except NetkitError as exc:
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
            return
        self._show(result, fill(_("Your workbook is ready, {name}."), name=result.profile["name"]))

    def resume(self, data: bytes, filename: str) -> None:
        """Rebuild the workbook from an uploaded take-home file and restore its answers."""
        _ = self._
        self._status.value = wrap("i", _("Restoring your work…"))
        try:
            result = resume(
                data, filename, self.out, values=self._values(), workbook=self.workbook, notebook=self.notebook
            )
        except NetkitError as exc:
            self._status.value = _status.problem(f"✗ {escape(exc.message)}", tag="p")
            return
        for key, widget in self.fields.items():
            widget.value = str(result.profile.get(key, ""))
        welcome = fill(
            _("Welcome back, {name}: {count} answers restored."),
            name=result.profile.get("name", ""),
            count=result.restored,
        )
        merged = escape(result.merge.summary() if result.merge else "")
        self._show(result, f"{welcome} {merged}")
