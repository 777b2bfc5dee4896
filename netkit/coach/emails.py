"""E-mails to participants before and after a workshop, as standard ``.eml`` files.

Two moments matter outside the room: *before*, because a LinkedIn export takes up to a day to
arrive and must be requested ahead; and *30 days after*, because a check-in is where
commitments are kept. :func:`write_emails` writes one message per roster participant, built
with Python's :mod:`email` package (RFC 5322, UTF-8 names encoded properly, a plain-text and an
HTML part), ready to open in any mail client and send from the coach's own account. The files
carry ``X-Unsent: 1`` so clients such as Outlook open them as drafts.

Privacy: each message is built from one participant's row only (their name, address, goal and
target organisations) and the coach's options; a row without a usable address is reported,
never guessed. The texts live in ``netkit/data/emails.toml``.
"""

from __future__ import annotations

import email.policy
import string
import tomllib
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from pathlib import Path

from netkit.coach.roster import Participant, Roster, read_roster
from netkit.exceptions import NetkitError
from netkit.resources import PACKAGE_DIR
from netkit.workbook.personal_link import personal_link

__all__ = ["EMAILS_DATA", "EmailsReport", "KINDS", "build_email", "load_texts", "recipient", "write_emails"]

EMAILS_DATA = PACKAGE_DIR / "data" / "emails.toml"
KINDS = ("pre-work", "follow-up")


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


def load_texts(path: Path = EMAILS_DATA) -> dict:
    """The subject and body of each kind of e-mail."""
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
    try:
        return Address(display_name=participant.name, addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise ValueError(f"{raw!r} is not a usable e-mail address ({exc})") from None


def _values(participant: Participant, kind: str, options: dict[str, str]) -> dict[str, str]:
    from netkit.coach.worksheets import split_list

    fields = participant.fields
    organisations = split_list(fields.get("target_organisations", ""))
    coach = fields.get("coach") or options.get("coach")
    if kind == "pre-work":
        orgs = (
            "You mentioned "
            + ", ".join(organisations)
            + ("; add one or two more." if len(organisations) < 3 else ": keep them in mind.")
            if organisations
            else "Write their names down; we will look for people you know there."
        )
        link = (
            f"Your workbook: {options['link']} (open it once before the day to check it works)."
            if options.get("link")
            else ""
        )
    else:
        orgs = ""
        link = (
            f"open {options['link']} again."
            if options.get("link")
            else "open your workbook from the same link as on the day."
        )
    return {
        "name": participant.name,
        "workshop": fields.get("workshop") or options.get("workshop") or "the networking workshop",
        "date": fields.get("workshop_date") or options.get("date") or "the workshop day",
        "coach": coach or "your coach",
        "signature": coach or "Your coach",
        "organisations": orgs,
        "link": link,
    }


def build_email(
    participant: Participant,
    kind: str,
    *,
    sender: str = "",
    link: str = "",
    workshop: str = "",
    date: str = "",
    coach: str = "",
    texts: dict | None = None,
) -> EmailMessage:
    """One participant's e-mail of ``kind`` (``pre-work`` or ``follow-up``)."""
    import mistune

    if kind not in KINDS:
        raise NetkitError(f"there is no e-mail kind {kind!r}", fix="use one of: " + ", ".join(KINDS))
    text = (texts or load_texts())[kind]
    values = _values(participant, kind, {"link": link, "workshop": workshop, "date": date, "coach": coach})
    # one line: a line break in a roster cell must never start a new header (Bcc: …)
    subject = " ".join(string.Template(text["subject"]).safe_substitute(values).split())
    body = string.Template(text["body"]).safe_substitute(values)
    body = "\n".join(line.rstrip() for line in body.splitlines()).replace("\n\n\n", "\n\n")
    message = EmailMessage(policy=email.policy.SMTP)
    message["To"] = recipient(participant)
    if sender:
        message["From"] = sender
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    html = mistune.create_markdown(escape=True)(body)
    message.add_alternative(
        f"<!DOCTYPE html><html><body style='font-family:sans-serif;line-height:1.45'>{html}</body></html>",
        subtype="html",
    )
    return message


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
) -> EmailsReport:
    """Write ``OUT/<participant folder name>.<kind>.eml`` for every participant with an address.

    ``lite_url``: the no-server site; each participant's ``link`` is then their personal link to it
    (:func:`netkit.workbook.personal_link.personal_link`), checked before anything is written.
    """
    from netkit.atomic import atomic_write_bytes
    from netkit.paths import participant_folder_name

    if kind not in KINDS:
        raise NetkitError(f"there is no e-mail kind {kind!r}", fix="use one of: " + ", ".join(KINDS))
    if not isinstance(roster, Roster):
        roster = read_roster(roster)
    texts = load_texts()
    if lite_url:
        personal_link(lite_url, {"name": "check"})  # a bad address stops here, before any file
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = EmailsReport()
    for participant in roster.participants:
        own = personal_link(lite_url, participant.fields) if lite_url else link
        try:
            message = build_email(
                participant, kind, sender=sender, link=own, workshop=workshop, date=date, coach=coach, texts=texts
            )
        except ValueError as exc:
            report.skipped.append((participant, str(exc)))
            continue
        for key, option, given in (
            ("workshop", "--workshop", workshop),
            ("workshop_date", "--date", date),
            ("coach", "--coach", coach),
        ):
            if not given and not participant.fields.get(key) and option not in report.missing:
                report.missing.append(option)
        name = f"{participant_folder_name(participant.name, participant.id)}.{kind}.eml"
        report.written.append(atomic_write_bytes(out / name, message.as_bytes()))
    return report
