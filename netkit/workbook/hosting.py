"""Knowing when the workbook runs on mybinder.org, and what to tell the participant then.

mybinder.org ends a session after about ten idle minutes (six hours at most) and keeps
nothing: the answers file disappears with the session. So when netkit runs on Binder, the
workbook shows a notice that says so and how to take the work home (one download, and the
upload on the start page to carry on later).

Binder sets ``BINDER_LAUNCH_HOST``, ``BINDER_REPO_URL``, ``BINDER_REF_URL``,
``BINDER_REQUEST`` and ``BINDER_PERSISTENT_REQUEST`` in every session it starts; any of them
means "on Binder". Pure: reads a mapping (``os.environ`` by default) and returns escaped HTML.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from netkit.html_pages import render_fragment
from netkit.languages import N_
from netkit.markup import Markup, escape_attr

__all__ = [
    "BINDER_ENV_VARS",
    "BROWSER_KEPT",
    "BROWSER_NOT_KEPT",
    "BinderSession",
    "IDLE_MINUTES",
    "MAX_HOURS",
    "binder_notice_html",
    "binder_session",
    "browser_notice_html",
    "on_binder",
    "saved_status",
]

#: Environment variables mybinder.org (BinderHub) sets in a session.
BINDER_ENV_VARS = (
    "BINDER_LAUNCH_HOST",
    "BINDER_REPO_URL",
    "BINDER_REF_URL",
    "BINDER_REQUEST",
    "BINDER_PERSISTENT_REQUEST",
)
IDLE_MINUTES = 10
MAX_HOURS = 6


@dataclass(frozen=True)
class BinderSession:
    """What Binder told the session about itself (all strings, possibly empty)."""

    launch_host: str = ""
    repo_url: str = ""
    ref_url: str = ""
    request: str = ""

    @property
    def relaunch_url(self) -> str:
        """A link that starts a fresh session of the same repository, when Binder gave one."""
        persistent = self.request
        if self.launch_host and persistent:
            return self.launch_host.rstrip("/") + "/" + persistent.lstrip("/")
        return ""


def binder_session(environ: Mapping[str, str] | None = None) -> BinderSession | None:
    """The Binder session described by ``environ``, or None when not running on Binder."""
    env = os.environ if environ is None else environ
    if not any(env.get(name, "").strip() for name in BINDER_ENV_VARS):
        return None
    return BinderSession(
        launch_host=env.get("BINDER_LAUNCH_HOST", "").strip(),
        repo_url=env.get("BINDER_REPO_URL", "").strip(),
        ref_url=env.get("BINDER_REF_URL", "").strip(),
        request=(env.get("BINDER_PERSISTENT_REQUEST") or env.get("BINDER_REQUEST") or "").strip(),
    )


def on_binder(environ: Mapping[str, str] | None = None) -> bool:
    """True when this kernel runs in a mybinder.org (BinderHub) session."""
    return binder_session(environ) is not None


def binder_notice_html(session: BinderSession, gettext: Callable[[str], str] = str) -> str:
    """The notice shown at the top of a workbook on Binder: nothing is kept, take your work home.

    ``gettext``: the participant's language (:func:`netkit.languages.gettext_for`); English by default. The
    sentences hold the kit's own markup; the relaunch address is escaped and filled in after translation."""
    _ = gettext
    relaunch = session.relaunch_url
    if relaunch.startswith("https://"):  # a link only to Binder itself, never javascript: or the like
        again = _(
            "To carry on later, open <a href='{url}' target='_blank' rel='noopener'>a new session</a>, go to "
            "the start page and upload that file."
        ).replace("{url}", str(escape_attr(relaunch)))
    else:
        again = _("To carry on later, start a new session, go to the start page and upload that file.")
    body = (
        _(
            "<b>⚠ This workbook runs on mybinder.org, a free service that keeps nothing.</b> The session ends "
            "after about {minutes} minutes without activity (and after {hours} hours at most), and everything in "
            "it is then deleted — your answers too. Before you leave, use <b>Download everything</b> in the "
            "“Take your work home” section: you get one file with your workbook, your answers, your network map "
            "and your calendar reminders."
        )
        .replace("{minutes}", str(IDLE_MINUTES))
        .replace("{hours}", str(MAX_HOURS))
    )
    return _notice("binder", "alert", Markup(body + " " + again))


#: The browser-only site's notices (HTML: the kit's own text), translated where shown.
BROWSER_NOT_KEPT = N_(
    "<b>⚠ Your answers are not being kept.</b> This browser refused the site its storage "
    "(a setting that blocks site data, or some private windows), so everything you type is "
    "lost when this page is reloaded or closed. Use <b>Download everything</b> in the "
    "“Take your work home” section before you leave, or open the site in a normal window "
    "of a browser that allows site data."
)
BROWSER_KEPT = N_(
    "<b>Your answers stay in this browser, on this device.</b> Nothing is sent to a server: "
    "they are saved as you type in this browser's storage for this site (IndexedDB). Another "
    "browser or device will not see them, and clearing this site's data (“cookies and site "
    "data”, or closing a private window) deletes them. To keep them, use <b>Download "
    "everything</b> in the “Take your work home” section; to carry on elsewhere, upload that "
    "file on the welcome page."
)


def browser_notice_html(kept: bool = True, gettext: Callable[[str], str] = str) -> str:
    """The notice in the browser-only site (``netkit lite``): where the answers are, and how they can go.

    Honest about what a browser keeps: the answers are in this browser's storage for this site
    (IndexedDB, see :mod:`netkit.workbook.browser_storage`), on this device only; clearing the
    site's data (or a private window closing) deletes them. ``kept=False``: the browser refused the
    site its storage (storage blocked in its settings), so answers last only until the page is
    reloaded or closed. ``gettext``: the participant's language, English by default.
    """
    if not kept:
        return _notice("browser", "alert", Markup(gettext(BROWSER_NOT_KEPT)))
    return _notice("browser", "note", Markup(gettext(BROWSER_KEPT)))


#: A notice's frame colours by role: an alert (something will be lost) is amber, a note blue.
_NOTICE_COLOURS = {"alert": ("#a15c00", "#fff6e5"), "note": ("#2f5d8a", "#eef4fb")}


def _notice(kind: str, role: str, body: Markup) -> str:
    """A notice at the top of a workbook (``widgets/notice.html.j2``): ``body`` is the kit's own translated
    HTML, with any address in it already escaped."""
    border, background = _NOTICE_COLOURS[role]
    return str(
        render_fragment("widgets/notice.html.j2", kind=kind, role=role, border=border, background=background, body=body)
    )


def saved_status(
    file_name: str, *, in_browser: bool = False, kept: bool = True, gettext: Callable[[str], str] = str
) -> tuple[bool, str]:
    """The save line under a form: (all is well, plain text); never "saved" where nothing is kept.

    ``gettext``: the participant's language (:func:`netkit.languages.gettext_for`); English by default."""
    if not in_browser:
        line = gettext("✓ Answers are saved automatically in {file} next to this workbook.")
        return True, line.replace("{file}", file_name)
    if kept:
        return True, gettext("✓ Answers are saved as you type, in this browser's storage for this site.")
    return False, gettext("⚠ Answers are not kept after this page closes: use Download everything before you leave.")
