"""The start page: a participant who launched the kit (on Binder) makes their own workbook.

No roster ever goes to Binder. Instead the participant types their own name, goal, … on the
start page, and :func:`make_workbook` builds a one-person :class:`~netkit.coach.roster.Roster` and
runs the coach's own :func:`netkit.coach.render.render` on it, into ``my-workbook/`` next to the
start page::

    my-workbook/manifest.json
    my-workbook/<slug>-<id>/workshop.ipynb       the personalised workbook
    my-workbook/<slug>-<id>/netkit-answers.json  its answers (once they type)

The profile is also kept in the answers under :data:`PROFILE_KEY`, so a take-home zip
uploaded in a fresh session (:func:`resume`) rebuilds the same workbook and restores every
answer into it. Pure: no widgets, no display.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netkit.coach.roster import WORKBOOK_FIELDS, Participant, Roster, participant_id
from netkit.exceptions import InputError
from netkit.languages import first_supported
from netkit.store.answers import AnswersStore, MergeReport, open_store
from netkit.store.schema import PROFILE
from netkit.workbook.browser_storage import reload_kept
from netkit.workbook.personal_link import decode_fragment, link_from_page
from netkit.workbook.takehome import profile_from_export, read_upload

__all__ = [
    "DEFAULT_OUT",
    "MAX_FIELD_LENGTH",
    "PROFILE_KEY",
    "StartResult",
    "clean_profile",
    "details_changed",
    "existing_workbooks",
    "keep_profile",
    "make_workbook",
    "participant_from_profile",
    "resume",
    "saved_profile",
    "workbook_profile",
]

#: Where the start page puts the participant's workbook (relative to the start page).
DEFAULT_OUT = "my-workbook"
#: Answers key holding the start-page profile: {"name": str, "goal": str, …} (WORKBOOK_FIELDS only).
PROFILE_KEY = PROFILE
MAX_FIELD_LENGTH = 500


@dataclass(frozen=True)
class StartResult:
    """The workbook the start page made (or found again)."""

    folder: Path
    notebook: Path
    status: str
    profile: dict
    restored: int = 0
    #: After a resume: what the upload added and what was kept (see :mod:`netkit.store.merge`).
    merge: MergeReport | None = None

    def relative_notebook(self, base: str | Path) -> str:
        """The notebook's path relative to ``base`` in URL form (for a link that works in Lab and Voilà)."""
        return self.notebook.resolve().relative_to(Path(base).resolve()).as_posix()


def clean_profile(values: Mapping[str, Any], *, defaults: Mapping[str, str] | None = None) -> dict[str, str]:
    """The whitelisted, trimmed profile from a start-page form; refuses an empty name."""
    profile: dict[str, str] = {}
    for key in WORKBOOK_FIELDS:
        raw = values.get(key)
        if raw in (None, ""):
            raw = (defaults or {}).get(key, "")
        text = unicodedata.normalize("NFC", str(raw)).replace("\x00", "")
        text = " ".join(text.split()) if key == "name" else text.strip()
        if len(text) > MAX_FIELD_LENGTH:
            raise InputError(
                f"{key.replace('_', ' ')} is longer than {MAX_FIELD_LENGTH} characters",
                where="the start page",
                column=key,
                fix="shorten it",
            )
        profile[key] = text
    if not profile["name"]:
        raise InputError(
            "please type your name first",
            where="the start page",
            column="name",
            fix="it only labels your own workbook; a first name is enough",
        )
    return profile


def participant_from_profile(profile: Mapping[str, str]) -> Participant:
    """A one-person roster entry, exactly as ``read_roster`` would build it."""
    fields = {key: str(profile.get(key, "")) for key in WORKBOOK_FIELDS}
    return Participant(id=participant_id(fields["name"]), name=fields["name"], fields=fields, line=1)


def make_workbook(
    values: Mapping[str, Any],
    out: str | Path = DEFAULT_OUT,
    *,
    workbook: str | Path | None = None,
    defaults: Mapping[str, str] | None = None,
) -> StartResult:
    """Render the participant's own workbook into ``out`` with the coach's render code.

    Running it again with the same name refreshes the workbook and keeps the answers
    (``update=True``); the profile is saved in the answers so a take-home zip brings it back.
    """
    from netkit.coach.render import render  # papermill is imported only when a workbook is made

    profile = clean_profile(values, defaults=defaults)
    participant = participant_from_profile(profile)
    out = Path(out)
    roster = Roster(path=out / "start-page", participants=[participant], encoding="utf-8", delimiter=",")
    report = render(roster, out, workbook=workbook, update=True, progress=False)
    result = report.results[0]
    if result.status == "failed":
        raise InputError(
            f"your workbook could not be made: {result.error}",
            where="the start page",
            fix="tell your coach; the message above says what went wrong",
        )
    store = AnswersStore(result.folder, debounce=0)
    store.set(PROFILE_KEY, profile)
    store.flush()
    return StartResult(folder=result.folder, notebook=result.notebooks[0], status=result.status, profile=profile)


def keep_profile(
    values: Mapping[str, Any], notebook: str | Path, *, defaults: Mapping[str, str] | None = None
) -> StartResult:
    """The browser-only site (``netkit lite``): the workbook is already there, so only keep the profile.

    Nothing is rendered (no papermill in the browser): the profile goes into the answers next to
    ``notebook``, whose first cell reads it back with :func:`saved_profile`.
    """
    profile = clean_profile(values, defaults=defaults)
    notebook = Path(notebook)
    store = open_store(notebook.parent)  # the kernel's own store of that folder: its readers see the change
    store.set(PROFILE_KEY, profile)
    store.flush()
    return StartResult(folder=notebook.parent, notebook=notebook, status="kept", profile=profile)


def saved_profile(folder: str | Path | None = None, *, defaults: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every workbook field from the profile kept in ``folder``'s answers ("" when not typed yet).

    The browser-only workbook's parameters: ``defaults`` are the coach's (workshop, date, coach).
    """
    saved = open_store(folder).get(PROFILE_KEY) or {}
    saved = saved if isinstance(saved, dict) else {}
    return {key: str(saved.get(key) or (defaults or {}).get(key, "")) for key in WORKBOOK_FIELDS}


#: What the browser-only workbook was last run with (:func:`workbook_profile`), for :func:`details_changed`.
_shown: dict[str, Any] = {}


def workbook_profile(
    folder: str | Path | None = None, *, defaults: Mapping[str, str] | None = None, link: str | None = None
) -> dict[str, str]:
    """The browser-only workbook's parameters: the kept profile, or on a first visit the personal link's.

    The no-server site starts the workbook in the background as soon as the welcome page opens, so
    it may run before the welcome page's kernel has kept the link's details. With no name kept yet,
    the details of the personal link (``link``, by default the page's own, see
    :mod:`netkit.workbook.personal_link`) are used exactly as the welcome page keeps them; a kept
    name always wins (the welcome page never overwrites another's, so neither does this). A broken
    link is ignored here: the welcome page says what is wrong with it. What is shown is remembered
    for :func:`details_changed`.
    """
    profile = saved_profile(folder, defaults=defaults)
    if not profile.get("name"):
        try:
            linked = decode_fragment(link_from_page() if link is None else link)
            if linked:
                profile = clean_profile(linked, defaults=defaults)
                # the language the welcome page keeps with these details (its menu's choice)
                profile["language"] = first_supported(linked.get("language"), (defaults or {}).get("language"))
        except InputError:  # PersonalLinkError included: not trusted, the welcome page explains
            pass
    _shown.clear()
    _shown.update(folder=folder, defaults=dict(defaults or {}), profile=dict(profile))
    return profile


async def details_changed(*, fs: Any = None) -> bool:
    """Must the browser-only workbook run again? True when its details or answers changed meanwhile.

    The site's extension asks this when the participant opens the workbook that has been running in
    the background (see :func:`workbook_profile`): the welcome page's kernel may have kept corrected
    details, or restored a take-home file, after this kernel read the browser's storage. The storage
    is read again (:func:`netkit.workbook.browser_storage.reload_kept`) and the kernel's store adopts
    it, so nothing the welcome page kept is overwritten by this kernel's next save either way.
    ``fs`` is for tests (a stand-in for the browser's file system).
    """
    if not _shown:
        return False
    from netkit.store.merge import NOT_KEPT

    store = open_store(_shown["folder"])
    # where a page was and counts worked out from the contacts are the workbook's own bookkeeping
    # (saved while it ran in the background), never something the participant needs to see again
    ignored = {PROFILE_KEY, *NOT_KEPT}
    before = {key: value for key, value in store.as_dict().items() if key not in ignored}
    await reload_kept(fs=fs)
    store.reload()
    after = {key: value for key, value in store.as_dict().items() if key not in ignored}
    kept = saved_profile(_shown["folder"], defaults=_shown["defaults"])
    if not kept.get("name"):  # nothing kept yet (the welcome page could not): what is shown stands
        return after != before
    return kept != _shown["profile"] or after != before


def resume(
    data: bytes,
    filename: str = "the uploaded file",
    out: str | Path = DEFAULT_OUT,
    *,
    values: Mapping[str, Any] | None = None,
    workbook: str | Path | None = None,
    notebook: str | Path | None = None,
) -> StartResult:
    """Carry on from a take-home zip (or answers export) in a fresh session.

    The upload is checked completely first (shape, limits, schema), so a refused file writes
    nothing anywhere. The workbook is rebuilt from the profile saved in the upload (or from
    ``values``, the form, when the upload has none), then the upload is merged into its answers
    by the merge rules (newer wins per item: resuming an old download never loses newer work). With ``notebook``
    (the browser-only site) the workbook exists already and only the profile is kept.
    """
    doc = read_upload(data, filename)
    profile = profile_from_export(doc)
    form = {k: v for k, v in (values or {}).items() if v}
    if notebook is not None:
        result = keep_profile(profile or form, notebook, defaults=form)
    else:
        result = make_workbook(profile or form, out, workbook=workbook, defaults=form)
    if notebook is not None:
        store = open_store(result.folder)  # the page's own store (the browser-only site): no stale copy
    else:
        store = AnswersStore(result.folder, debounce=0)
    report = store.resume_document(doc, source=filename)
    return StartResult(
        folder=result.folder,
        notebook=result.notebook,
        status=result.status,
        profile=store.get(PROFILE_KEY, result.profile),
        restored=report.keys,
        merge=report,
    )


def existing_workbooks(out: str | Path = DEFAULT_OUT) -> list[tuple[str, Path]]:
    """(name, notebook) of workbooks the start page made earlier in ``out`` (this session)."""
    from netkit.coach.manifest import read_manifest

    out = Path(out)
    try:
        manifest = read_manifest(out)
    except Exception:
        return []
    found = []
    for entry in manifest.get("participants", []):
        for rel in entry.get("notebooks", []):
            path = out / rel
            if path.exists():
                found.append((str(entry.get("name", "")), path))
    return found
