"""E-mails to participants before and after a workshop, as standard ``.eml`` files.

Two moments matter outside the room: *before*, because a LinkedIn export takes up to a day to
arrive and must be requested ahead; and *30 days after*, because a check-in is where
commitments are kept. :func:`write_emails` writes one message per roster participant, built
with Python's :mod:`email` package (RFC 5322, UTF-8 names encoded properly, a plain-text and an
HTML part), ready to open in any mail client and send from the coach's own account. The files
carry ``X-Unsent: 1`` so clients such as Outlook open them as drafts.

E-mails from a person: the greeting uses the first name, dates are written as people write them
("Thursday 3 December 2026"), the pre-work e-mail says when, where (a room or a call link) and what to
have ready for the format (nothing to "bring" to a video call), a freelancer is asked about clients
rather than employers, the plain-text part carries no Markdown marks, and the 30-day e-mail asks three
questions and recalls the participant's goal. The follow-up advice is the kit's one voice
(:mod:`netkit.contacts.advice`).

Privacy: each message is built from one participant's row only (their name, address, goal, career
stage and target organisations) and the coach's options; a row without a usable address is reported,
never guessed. The texts live in ``netkit/data/emails.toml``.
"""

from __future__ import annotations

import email.policy
import re
import string
import tomllib
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, parseaddr
from pathlib import Path

from netkit.coach.roster import Participant, Roster, read_roster
from netkit.exceptions import NetkitError
from netkit.markup import Markup
from netkit.resources import PACKAGE_DIR
from netkit.workbook.personal_link import personal_link

__all__ = [
    "EMAILS_DATA",
    "FORMATS",
    "KINDS",
    "MAX_DISPLAY_NAME",
    "EmailsReport",
    "build_email",
    "check_sender",
    "emails_data",
    "first_name",
    "language_of",
    "load_texts",
    "recipient",
    "write_emails",
    "written_date",
]

EMAILS_DATA = PACKAGE_DIR / "data" / "emails.toml"
KINDS = ("pre-work", "follow-up")
#: The longest name shown in a To header; a longer one is shortened there (the greeting keeps it
#: whole). The policy folds a header at spaces, or as encoded words when a name is not ASCII, but
#: it cannot fold one unbroken ASCII word, and RFC 5322 allows no line over 998 characters.
MAX_DISPLAY_NAME = 100
#: RFC 5321's limits of an address: 64 characters before the @, 254 in all.
_MAX_LOCAL, _MAX_ADDRESS = 64, 254


@dataclass
class EmailsReport:
    """What :func:`write_emails` did: files written, and participants it could not write to."""

    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[Participant, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # options some e-mails had to do without

    def summary(self) -> str:
        lines = [f"{len(self.written)} e-mail(s) written."]
        for option in self.missing:
            lines.append(
                f"Note: some rows have no {option.lstrip('-')} and none was given with {option}; "
                "those e-mails use a general wording."
            )
        if self.skipped:
            lines.append(f"{len(self.skipped)} participant(s) got none (add their address to the roster):")
            lines += [f"  {p.name} (roster line {p.line}): {why}" for p, why in self.skipped]
        return "\n".join(lines)


def emails_data(language: str = "en") -> Path:
    """The e-mail texts of ``language``: ``emails.toml`` for English, ``emails.<lang>.toml`` for a translation
    (whole texts, one file per language, kept in step with the English by tests/test_emails_languages.py)."""
    from netkit.languages import DEFAULT_LANGUAGE

    if not language or language == DEFAULT_LANGUAGE:
        return EMAILS_DATA
    return EMAILS_DATA.with_name(f"emails.{language}.toml")


def language_of(participant: Participant, default: str = "") -> str:
    """The language a participant's e-mail is in: their roster row's, else ``default`` (``--language``), else
    English."""
    return str(participant.fields.get("language") or default or "en")


def load_texts(path: Path = EMAILS_DATA) -> dict:
    """The subject and body of each kind of e-mail, and the ``phrases`` their placeholders are made of."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def recipient(participant: Participant) -> Address:
    """The participant's address with their name; ``ValueError`` saying why when there is none."""
    raw = participant.email.strip()
    if not raw:
        raise ValueError("no e-mail address in the roster")
    _, addr = parseaddr(raw)
    local, at, domain = addr.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in addr):
        raise ValueError(f"{raw!r} does not look like an e-mail address")
    if len(local) > _MAX_LOCAL or len(addr) > _MAX_ADDRESS:
        raise ValueError(
            f"the address is longer than e-mail allows ({_MAX_LOCAL} characters before the @, {_MAX_ADDRESS} in all)"
        )
    try:
        return Address(display_name=_display_name(participant.name), addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise ValueError(f"{raw!r} is not a usable e-mail address ({exc})") from None


def _display_name(name: str) -> str:
    """``name`` on one line, shortened to :data:`MAX_DISPLAY_NAME` characters (with "…") if longer."""
    name = " ".join(name.split())
    return name if len(name) <= MAX_DISPLAY_NAME else name[: MAX_DISPLAY_NAME - 1].rstrip() + "\u2026"


def check_sender(sender: str) -> str:
    """``sender`` (``--from``) if it is one usable address, with or without a name; else a :class:`NetkitError`.

    Checked before anything is written: a line break would start a new header, a control or
    bidirectional character would hide what the participant sees, and anything but one address
    would make every e-mail unusable."""
    from netkit.text_damage import find_control

    sender = (sender or "").strip()
    if not sender:
        return sender
    fix = 'give one address, e.g. --from "Sam Rivera <sam@example.org>" or --from sam@example.org'
    if any(ch in sender for ch in "\r\n") or find_control(sender):
        found = find_control(sender.replace("\r", "\x0d").replace("\n", "\x0a")) or (1, 1, "a line break")
        what = "a line break" if any(ch in sender for ch in "\r\n") else f"an invisible character ({found[2]})"
        raise NetkitError(f"--from holds {what}, which an e-mail header cannot carry", where="--from", fix=fix)
    if len(sender) > MAX_DISPLAY_NAME + _MAX_ADDRESS + 3:
        raise NetkitError(f"--from is {len(sender):,} characters long, too long for a sender", where="--from", fix=fix)
    addresses = getaddresses([sender])
    addr = addresses[0][1] if len(addresses) == 1 else ""
    local, at, domain = addr.rpartition("@")
    if (
        not at
        or not local
        or "." not in domain.strip(".")
        or any(c.isspace() for c in addr)
        or len(addr) > _MAX_ADDRESS
    ):
        raise NetkitError(f"--from {sender!r} is not one e-mail address", where="--from", fix=fix)
    return sender


_HEADERS_UNFOLDED = email.policy.SMTP.clone(max_line_length=998)

#: The workshop formats (:data:`netkit.coach.run_sheets.FORMATS`): what a participant needs ready differs.
FORMATS = ("room-2h", "online-90", "series-3x45")
_FREELANCE = (
    "freelanc",
    "self-employed",
    "self employed",
    "independent",
    "contractor",
    "consultant",
    "freiberuf",  # German: Freiberufler(in), freiberuflich
    "selbstständig",
    "selbständig",
    "autónom",  # Spanish: autónomo/a
    "autonom",
    "independiente",
)


def first_name(participant: Participant) -> str:
    """What a person writing the e-mail calls them: the roster's first name if it has one, else the first
    word of the name (a coach who knows better fixes the row: "Wei Li", or a first-name column)."""
    given = str(participant.fields.get("first_name") or "").strip()
    return given or (participant.name.split() or ["there"])[0]


def written_date(text: str, country: str = "", language: str = "en") -> str:
    """A date as people write it: "Thursday 3 December 2026" (US: "Thursday, December 3, 2026"; German
    "Donnerstag, 3. Dezember 2026", see :func:`netkit.languages.written_date`); text that is not a date is kept
    as the coach wrote it ("3 December")."""
    from netkit.date_input import maybe_date
    from netkit.languages import written_date as in_language

    day = maybe_date(text)
    if day is None:
        return str(text or "").strip()
    return in_language(day, language, country)


def _online(format_name: str, place: str) -> bool:
    return format_name == "online-90" or (not format_name and place.startswith(("http://", "https://")))


def _fill(phrase: str, **values: str) -> str:
    return string.Template(phrase).safe_substitute(values)


def _booking(phrases: dict, workshop: str, date: str, time: str, coach: str, place: str, format_name: str) -> str:
    when = (_fill(phrases["when_date"], date=date) if date else "") + (
        _fill(phrases["when_time"], time=time) if time else ""
    )
    with_coach = _fill(phrases["with_coach"], coach=coach) if coach else ""
    sentence = _fill(phrases["booking"], workshop=workshop, when=when, **{"with": with_coach})
    if format_name == "series-3x45":
        sentence += phrases["series_from_date"] if date else phrases["series"]
    if _online(format_name, place):
        sentence += _fill(phrases["online_place"], place=place) if place else phrases["online_no_place"]
    elif place:
        sentence += _fill(phrases["room_place"], place=place)
    return sentence


def _values(participant: Participant, kind: str, options: dict[str, str], phrases: dict, language: str) -> dict:
    from netkit.contacts.advice import FOLLOW_UP
    from netkit.profile import profile_items

    fields = participant.fields
    country = str(fields.get("country") or "")
    organisations = profile_items(fields, "target_organisations")
    freelance = any(word in str(fields.get("career_stage", "")).lower() for word in _FREELANCE)
    coach = fields.get("coach") or options.get("coach") or ""
    workshop = fields.get("workshop") or options.get("workshop") or phrases["default_workshop"]
    date = written_date(fields.get("workshop_date") or options.get("date") or "", country, language)
    format_name, place, time = options.get("format", ""), options.get("place", ""), options.get("time", "")
    online = _online(format_name, place)
    values = {
        "first_name": first_name(participant),
        "workshop": workshop,
        "signature": coach or phrases["signature"],
        # the kit's one voice (netkit.contacts.advice); a translation carries its own wording of it
        "follow_up": phrases.get("follow_up", FOLLOW_UP.short),
        "organisations": "",
        "link": "",
    }
    if kind == "pre-work":
        listed = phrases["list_separator"].join(organisations)
        values["organisations"] = (
            _fill(phrases["organisations_few" if len(organisations) < 3 else "organisations_enough"], list=listed)
            if organisations
            else _fill(phrases["organisations_none"], kinds=phrases["kinds_freelance" if freelance else "kinds"])
        )
        values["org_kind"] = phrases["org_kind_freelance" if freelance else "org_kind"]
        values["booking"] = _booking(phrases, workshop, date, time, coach, place, format_name)
        values["device"] = phrases["device_online" if online else "device_room"]
        values["ready"] = (
            phrases["ready_online"]
            if online
            else phrases["ready_room"] + (phrases["ready_series"] if format_name == "series-3x45" else "")
        )
        values["link"] = _fill(phrases["workbook_link"], link=options["link"]) if options.get("link") else ""
        values["see_you"] = _fill(phrases["see_you_date"], date=date) if date else phrases["see_you"]
    else:
        goal = " ".join(str(fields.get("goal") or "").split()).rstrip(".")
        values["goal_line"] = _fill(phrases["goal_line"], goal=goal) if goal else ""
        values["on_date"] = _fill(phrases["on_date"], date=date) if date else ""
        values["link"] = (
            _fill(phrases["resume_link"], link=options["link"]) if options.get("link") else phrases["resume_no_link"]
        )
    return values


#: The HTML alternative of an e-mail: the Markdown body rendered (its text escaped by mistune), in the language.
_HTML_PART = Markup(
    "<!DOCTYPE html><html lang='{}'><body style='font-family:sans-serif;line-height:1.45'>{}</body></html>"
)


def build_email(
    participant: Participant,
    kind: str,
    *,
    sender: str = "",
    link: str = "",
    workshop: str = "",
    date: str = "",
    coach: str = "",
    time: str = "",
    place: str = "",
    format_name: str = "",
    language: str = "",
    texts: dict | None = None,
) -> EmailMessage:
    """One participant's e-mail of ``kind`` (``pre-work`` or ``follow-up``); ``time``, ``place`` (a room or a
    call link) and ``format_name`` (one of :data:`FORMATS`) say when, where and what to have ready.

    It is written in the participant's language (their roster row's, else ``language``, else English);
    ``texts`` (from :func:`load_texts`) must be that language's when given."""
    import mistune

    if kind not in KINDS:
        raise NetkitError(f"there is no e-mail kind {kind!r}", fix="use one of: " + ", ".join(KINDS))
    sender = check_sender(sender)
    if format_name and format_name not in FORMATS:
        raise NetkitError(f"there is no workshop format {format_name!r}", fix="use one of: " + ", ".join(FORMATS))
    language = language_of(participant, language)
    texts = texts or load_texts(emails_data(language))
    text = texts[kind]
    options = {"link": link, "workshop": workshop, "date": date, "coach": coach}
    options |= {"time": time, "place": place, "format": format_name}
    values = _values(participant, kind, options, texts["phrases"], language)
    # one line: a line break in a roster cell must never start a new header (Bcc: …)
    subject = " ".join(string.Template(text["subject"]).safe_substitute(values).split())
    body = string.Template(text["body"]).safe_substitute(values)
    # a placeholder left empty (no goal, no link) leaves no double space and no run of blank lines
    body = "\n".join(re.sub(r"(?<=\S) {2,}", " ", line).rstrip() for line in body.splitlines())
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    message = EmailMessage(policy=email.policy.SMTP)
    message["To"] = recipient(participant)
    if sender:
        message["From"] = sender
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    html = mistune.create_markdown(escape=True)(body)
    message.add_alternative(str(_HTML_PART.format(language, Markup(html))), subtype="html")  # mistune escaped it
    # The body parts are encoded by now (lines of at most 78); headers are folded when the message is written.
    # Python's folder drops the space between two encoded words it splits a header into (CPython gh-144156,
    # fixed after 3.11), so a long subject with accents ("30 días después") would read "díasdespués": the
    # headers are written on one line each (RFC 5322 allows 998 characters; To and From are kept short).
    message.policy = _HEADERS_UNFOLDED
    return message


def _note_missing(report: EmailsReport, participant: Participant, *, workshop: str, date: str, coach: str) -> None:
    """Add to ``report.missing`` each option (``--workshop``, ``--date``, ``--coach``) that neither the command nor
    this participant's roster row gave, so the coach hears once what the e-mails leave out."""
    for key, option, given in (
        ("workshop", "--workshop", workshop),
        ("workshop_date", "--date", date),
        ("coach", "--coach", coach),
    ):
        if not given and not participant.fields.get(key) and option not in report.missing:
            report.missing.append(option)


def write_emails(
    roster: Roster | str | Path,
    kind: str,
    out: str | Path,
    *,
    sender: str = "",
    link: str = "",
    workshop: str = "",
    date: str = "",
    coach: str = "",
    lite_url: str = "",
    time: str = "",
    place: str = "",
    format_name: str = "",
    language: str = "",
) -> EmailsReport:
    """Write ``OUT/<participant folder name>.<kind>.eml`` for every participant with an address, each in the
    participant's language (the roster's ``Language`` column, else ``language``, else English).

    ``lite_url``: the no-server site; each participant's ``link`` is then their personal link to it
    (:func:`netkit.workbook.personal_link.personal_link`), checked before anything is written.
    """
    from netkit.atomic import atomic_write_bytes
    from netkit.languages import language_code
    from netkit.paths import claim_output_folder, participant_folder_name

    if kind not in KINDS:
        raise NetkitError(f"there is no e-mail kind {kind!r}", fix="use one of: " + ", ".join(KINDS))
    sender = check_sender(sender)  # before anything is read or written: one bad --from spoils every e-mail
    language = language_code(language, where="--language")  # an unsupported one stops before anything is written
    if not isinstance(roster, Roster):
        roster = read_roster(roster)
    texts = {code: load_texts(emails_data(code)) for code in {language_of(p, language) for p in roster.participants}}
    if lite_url:
        personal_link(lite_url, {"name": "check"})  # a bad address stops here, before any file
    out = claim_output_folder(out, "emails")  # created, empty, or this command's own: never a foreign folder
    report = EmailsReport()
    for participant in roster.participants:
        own = personal_link(lite_url, participant.fields) if lite_url else link
        try:
            message = build_email(
                participant,
                kind,
                sender=sender,
                link=own,
                workshop=workshop,
                date=date,
                coach=coach,
                time=time,
                place=place,
                format_name=format_name,
                language=language,
                texts=texts[language_of(participant, language)],
            )
        except ValueError as exc:
            report.skipped.append((participant, str(exc)))
            continue
        _note_missing(report, participant, workshop=workshop, date=date, coach=coach)
        name = f"{participant_folder_name(participant.name, participant.id)}.{kind}.eml"
        report.written.append(atomic_write_bytes(out / name, message.as_bytes()))
    return report
