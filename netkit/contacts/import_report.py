"""What one contacts import did (:class:`ImportReport`), and the record-level helpers every reader shares.

The readers of :mod:`netkit.contacts.importers` (vCards) and :mod:`netkit.contacts.csv_columns` (every CSV layout) fill
the same report and clean e-mails and name-less records the same way; this module sits under both, so
neither reader imports the other back.

The report's own words (:meth:`ImportReport.summary`, :meth:`ImportReport.details`, the format names) follow the
participant's ``language``, and so do the readers' notes made with :meth:`Problem.said` (the file's encoding, every
count); a few readers' reasons for skipping one record (a contact group, a vCard's own notes) stay in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from netkit.contacts.model import Contact, is_placeholder
from netkit.languages import DEFAULT_LANGUAGE, N_, Said, gettext_for, number, translation

__all__ = [
    "FORMAT_NAMES",
    "NEEDS_NAME",
    "PLAIN_CSV_HELP",
    "ImportReport",
    "Problem",
    "clean_emails",
    "named_from_email",
    "plural",
]

#: The formats netkit reads, and what to call each in a report (:data:`netkit.contacts.importers.FORMATS` is the keys).
FORMAT_NAMES = {
    "linkedin": N_("LinkedIn export"),
    "vcard": N_("vCard file"),
    "google": N_("Google Contacts CSV"),
    "outlook": N_("Outlook CSV"),
    "csv": N_("contacts CSV"),
}
#: What else a CSV layout may be called (:func:`netkit.contacts.csv_headers.describe`), for the report in a language.
_OTHER_MAKERS = (N_("Thunderbird CSV"),)
#: A layout, its header's language and whether it holds only addresses: ``Outlook CSV (German), e-mail addresses only``.
_LAYOUT = re.compile(r"(?P<maker>.+?)(?: \((?P<language>[A-Z][a-z]+)\))?(?P<only>, e-mail addresses only)?")
#: Put in ``notes`` of a contact that had an e-mail but no name, so the participant can add one.
NEEDS_NAME = "No name in the export: named from the e-mail address; add the name."
PLAIN_CSV_HELP = (
    "use a first line naming the columns: name, organisation, role, sector, how_we_know, "
    "ring, last_contact, could_help_with, could_offer, email, url, notes (only name is required)"
)


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    """``1 contact``, ``2 contacts``, ``1,200 contacts``."""
    return f"{count:,} {word if count == 1 else (plural_word or word + 's')}"


@dataclass(frozen=True)
class Problem:
    """A skipped record or a warning: the line it starts on (when known) and why.

    ``reason`` is the English sentence (what :meth:`ImportReport.to_json` keeps); a problem made with :meth:`said`
    also keeps the sentence it was filled from (a :class:`~netkit.languages.Said`), so :meth:`in_words` can say it
    in another language.
    """

    line: int | None
    reason: str
    sentence: Said | None = None  # None for a reason only said in English

    @classmethod
    def said(cls, line: int | None, message: str | tuple[str, str], /, **values: str | int | Problem | Said) -> Problem:
        """A problem whose reason is ``message`` (marked with ``N_``, or an ``Nn_`` pair chosen by the value
        ``count``) filled with ``values``: a count is grouped as each language groups digits ("1,200", "1.200");
        a part that is a sentence of its own (a ``Problem`` made with :meth:`said`, or a ``Said``) is translated
        with the whole."""
        sentence = Said.of(
            message, **{k: v.sentence or v.reason if isinstance(v, Problem) else v for k, v in values.items()}
        )
        return cls(line, str(sentence), sentence)

    @classmethod
    def of(cls, line: int | None, sentence: Said) -> Problem:
        """A problem saying ``sentence`` (made where the line and the report were not known yet)."""
        return cls(line, str(sentence), sentence)

    def reason_in(self, language: str = "") -> str:
        """The reason in ``language`` (English, or a reason made without a sentence: as written)."""
        if self.sentence is None:
            return self.reason
        return self.sentence.in_language(language)

    def __str__(self) -> str:
        return self.in_words()

    def in_words(self, language: str = "") -> str:
        """``line 7: no name``, in ``language`` (a reason made with :meth:`said` is translated too)."""
        reason = self.reason_in(language)
        if not self.line:
            return reason
        _ = gettext_for(language)  # a name pybabel extracts (it cannot see gettext_for(language)("…"))
        return _("line {line}: {reason}").format(line=self.line, reason=reason)


@dataclass
class ImportReport:
    """What one import did. ``contacts`` holds what was read from the file, ``lines`` where each starts."""

    source: str
    format: str
    contacts: list[Contact] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    merge_notes: list[Problem] = field(default_factory=list)  # the merges as sentences, to say them in a language
    encoding: str = ""  # the codec that read the file (``utf-8``, ``utf-16-be``, ``cp1255``…)
    charset_fallback: str = ""  # a vCard's codec for values that name no CHARSET, when it is not UTF-8
    layout: str = ""  # whose export it is, e.g. ``Outlook CSV (German)``, ``vCard 2.1``
    date_order: str = ""
    placeholder_emails: int = 0
    imported: int = 0  # new contacts (known after merging)
    merged: int = 0  # records that matched a contact already known (or an earlier row)

    @property
    def read(self) -> int:
        return len(self.contacts)

    def add(self, contact: Contact, line: int) -> None:
        self.contacts.append(contact)
        self.lines.append(line)

    def detected(self, language: str = "") -> str:
        """What was found about the file itself: ``Outlook CSV (German), Windows-1252`` (the format named in
        ``language`` when the reader found no more precise layout)."""
        from netkit.textfile import encoding_label

        name = FORMAT_NAMES.get(self.format)
        if self.layout:
            parts = [_layout_in(self.layout, language)]
        else:
            parts = [gettext_for(language)(name) if name else self.format]
        if self.encoding:
            codec = self.encoding.split(" ", 1)[0]
            label = encoding_label(codec, language)
            if self.charset_fallback:
                _ = gettext_for(language)
                label += " " + _("(values without a CHARSET: {encoding})").format(encoding=self.charset_fallback)
            parts.append(label)
        return ", ".join(parts)

    def summary(self, language: str = "") -> str:
        """One line for a person, e.g.
        ``Connections.csv (LinkedIn export, UTF-8): 120 new contacts, 3 merged, 2 skipped (lines 7, 9)``, in
        ``language`` (English by default, word for word as before)."""
        _ = gettext_for(language)

        def say(count: int) -> str:
            return number(count, language)

        new = translation(language).ngettext("{count} new contact", "{count} new contacts", self.imported)
        text = _("{file} ({detected}): {new}, {merged} merged, {skipped} skipped").format(
            file=Path(self.source).name,
            detected=self.detected(language),
            new=new.format(count=say(self.imported)),
            merged=say(self.merged),
            skipped=say(len(self.skipped)),
        )
        lines = [str(p.line) for p in self.skipped if p.line]
        if lines:
            shown = ", ".join(lines[:8])
            if len(lines) > 8:
                more = len(lines) - 8
                count = str(more) if language in ("", DEFAULT_LANGUAGE) else say(more)  # English: as it always was
                shown = _("{lines} and {count} more").format(lines=shown, count=count)
            text += " " + translation(language).ngettext("(line {lines})", "(lines {lines})", len(lines)).format(
                lines=shown
            )
        if self.warnings:
            notes = translation(language).ngettext("{count} note", "{count} notes", len(self.warnings))
            text += _(", {notes}").format(notes=notes.format(count=say(len(self.warnings))))
        return text

    def details(self, limit: int = 40, language: str = "") -> list[str]:
        """Skipped records, notes and merges, one line each (at most ``limit``, then a count), in ``language``
        (English by default; the readers' reasons and the merge lines as they wrote them)."""
        _ = gettext_for(language)
        items = (
            [_("skipped {problem}").format(problem=p.in_words(language)) for p in self.skipped]
            + [_("note {problem}").format(problem=p.in_words(language)) for p in self.warnings]
            + [_("merged {what}").format(what=m) for m in self._merges_in(language)]
        )
        if len(items) > limit:
            more = len(items) - limit
            count = str(more) if language in ("", DEFAULT_LANGUAGE) else number(more, language)
            items = items[:limit] + [_("… and {count} more").format(count=count)]
        return items

    def _merges_in(self, language: str) -> list[str]:
        """The merge lines in ``language`` (as written when they were not made as :attr:`merge_notes`)."""
        if len(self.merge_notes) != len(self.merges):
            return self.merges
        return [note.in_words(language) for note in self.merge_notes]

    def to_json(self) -> dict:
        """A JSON summary without anyone's personal data (counts and reasons only)."""
        return {
            "source": Path(self.source).name,
            "format": self.format,
            "imported": self.imported,
            "merged": self.merged,
            "skipped": [{"line": p.line, "reason": p.reason} for p in self.skipped],
            "warnings": len(self.warnings),
            "encoding": self.encoding,
            "layout": self.layout,
            "date_order": self.date_order,
        }


def _layout_in(layout: str, language: str) -> str:
    """A reader's name for a layout (``Outlook CSV (German)``) in ``language``: the maker and the header's language
    named as the language names them ("CSV aus Outlook (Deutsch)"); a layout of other words stays as written."""
    found = _LAYOUT.fullmatch(layout)
    makers = (*FORMAT_NAMES.values(), *_OTHER_MAKERS)
    if language in ("", DEFAULT_LANGUAGE) or not found or found["maker"] not in makers:
        return layout
    _ = gettext_for(language)
    text = _(found["maker"])
    if found["language"]:
        from babel import Locale

        from netkit.languages import locale_name

        codes = {str(name): code for code, name in Locale("en").languages.items()}
        code = codes.get(found["language"])
        named = (
            Locale.parse(locale_name(language)).languages.get(code, found["language"]) if code else found["language"]
        )
        text = _("{layout} ({language})").format(layout=text, language=named)
    if found["only"]:
        text = _("{layout}, e-mail addresses only").format(layout=text)
    return text


_EMAIL_SEPARATORS = re.compile(r"\s*(?::::|;|,)\s*")


def named_from_email(
    emails: list[str], notes: str, line: int, report: ImportReport, *, card: int | None = None
) -> tuple[str, str]:
    """(name, notes) for a record with an e-mail but no name: kept, named from its first address,
    flagged in its notes (:data:`NEEDS_NAME`) and in the report, so the participant adds the name
    (``card``: the vCard's number, named in the report)."""
    if card is not None:
        message = N_(
            "card {number} has an e-mail but no name: kept, named from the address; add the name in the network table"
        )
        report.warnings.append(Problem.said(line, message, number=str(card)))
    else:
        message = N_("an e-mail but no name: kept, named from the address; add the name in the network table")
        report.warnings.append(Problem.said(line, message))
    return emails[0], f"{NEEDS_NAME}\n{notes}".strip()


def clean_emails(cells: Iterable[str], line: int, report: ImportReport, *, split: bool = True) -> list[str]:
    """E-mails from cells (split on ``:::``, ``;`` and ``,``), placeholders dropped and counted, no duplicates.

    ``split=False`` for values already split by their own rules (a vCard splits on *unescaped*
    separators only, so an escaped ``\\;`` inside an address does not cut it in two).
    """
    emails: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        if not cell:
            continue
        several = split and (":" in cell or ";" in cell or "," in cell)
        for value in _EMAIL_SEPARATORS.split(cell) if several else (cell,):
            value = value.strip().removeprefix("mailto:").removeprefix("MAILTO:")
            if "<" in value:  # "Omega" <omega@example.com>
                value = parseaddr(value)[1] or value
            if not value:
                continue
            if is_placeholder(value):
                report.placeholder_emails += 1
                continue
            if value.casefold() not in seen:
                seen.add(value.casefold())
                emails.append(value)
    return emails
