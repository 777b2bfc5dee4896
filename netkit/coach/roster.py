"""Reading a coach's roster CSV, as coaches really have it.

Sign-up sheets come from Excel, Google Forms or LibreOffice: UTF-8 with or without a BOM,
Excel's legacy Windows-1252 (decoded by :mod:`netkit.textfile`), ``,`` ``;`` or tab between fields, blank rows, stray
spaces, the
same person twice, and columns netkit must never pass on (private notes, phone numbers).

Only the fields in :data:`WORKBOOK_FIELDS` ever reach a workbook; the header names a coach
uses are mapped onto them through :data:`HEADER_ALIASES`. Parameter names therefore come
from this code, never from a CSV header. A problem that would make a workbook wrong (no name
column, an empty name) stops everything before anything is written, naming the file, the
line and the fix.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from netkit.exceptions import InputError, RosterError
from netkit.textfile import csv_rows, decode_text, refuse_control, sniff_delimiter

__all__ = [
    "DELIVERY_FIELDS",
    "FIELD_KEYWORDS",
    "FIELD_LABELS",
    "HEADER_ALIASES",
    "IGNORE",
    "LOOKS_LIKE",
    "PRIVATE_WORDS",
    "Participant",
    "REQUIRED_FIELDS",
    "Roster",
    "WORKBOOK_FIELDS",
    "decode_roster",
    "field_name",
    "fold",
    "map_columns",
    "parse_roster",
    "participant_id",
    "participant_key",
    "read_roster",
]

#: Roster fields passed to a workbook as papermill parameters, in this order.
WORKBOOK_FIELDS = (
    "name",
    "goal",
    "career_stage",
    "target_sectors",
    "target_organisations",
    "workshop",
    "workshop_date",
    "coach",
    "country",  # the workshop's country: follow-up dates skip its public holidays (netkit.business_days)
)
#: Roster fields netkit reads but never puts into a notebook (used to deliver workbooks).
DELIVERY_FIELDS = ("email", "hub_user")
REQUIRED_FIELDS = ("name",)

#: How coaches' column headers map onto netkit's fields (compared after :func:`_normalise_header`).
HEADER_ALIASES = {
    "name": "name",
    "full_name": "name",
    "participant": "name",
    "participant_name": "name",
    "your_name": "name",
    "navn": "name",
    "nom": "name",
    "goal": "goal",
    "goals": "goal",
    "career_goal": "goal",
    "objective": "goal",
    "what_is_your_goal": "goal",
    "networking_goal": "goal",
    "career_stage": "career_stage",
    "stage": "career_stage",
    "level": "career_stage",
    "target_sectors": "target_sectors",
    "target_sector": "target_sectors",
    "sectors": "target_sectors",
    "sector": "target_sectors",
    "industries": "target_sectors",
    "target_industries": "target_sectors",
    "target_organisations": "target_organisations",
    "target_organizations": "target_organisations",
    "target_organisation": "target_organisations",
    "target_organization": "target_organisations",
    "organisations": "target_organisations",
    "organizations": "target_organisations",
    "target_companies": "target_organisations",
    "companies": "target_organisations",
    "workshop": "workshop",
    "workshop_title": "workshop",
    "workshop_name": "workshop",
    "workshop_date": "workshop_date",
    "date": "workshop_date",
    "coach": "coach",
    "coach_name": "coach",
    "facilitator": "coach",
    "country": "country",
    "workshop_country": "country",
    "country_code": "country",
    "email": "email",
    "e_mail": "email",
    "email_address": "email",
    "mail": "email",
    "hub_user": "hub_user",
    "jupyterhub_user": "hub_user",
    "hub_username": "hub_user",
    "first_name": "_first",
    "given_name": "_first",
    "last_name": "_last",
    "surname": "_last",
    "family_name": "_last",
}

#: What a coach may call each field on the command line (``--column "…=Target organisations"``).
FIELD_LABELS = {
    "name": "Name",
    "goal": "Goal",
    "career_stage": "Career stage",
    "target_sectors": "Target sectors",
    "target_organisations": "Target organisations",
    "workshop": "Workshop",
    "workshop_date": "Workshop date",
    "coach": "Coach",
    "country": "Country",
    "email": "Email",
    "hub_user": "Hub user",
}
#: ``--column "Header=ignore"``: the coach says the column is not one of the fields.
IGNORE = ("ignore", "skip", "none", "-")

#: Sign-up form questions, recognised by their words (headers folded: no accents, lower case).
#: A header whose words match exactly one field's pattern is read as that field. Patterns are
#: English, German, French and Spanish, as the questions of Google Forms, Microsoft Forms and
#: Typeform sign-up sheets are written.
FIELD_KEYWORDS = {
    "email": r"\be ?-?mail|\bcorreo\b|\bcourriel\b",
    "goal": r"\bgoals?\b|\bobjective|\baims?\b|\bziele?\b|\bobjectifs?\b|\bobjetivos?\b|\bmetas?\b|\bhope to\b|"
    r"want to (?:achieve|get|gain)|\bachieve\b",
    "career_stage": r"career stage|\bstage\b|\bseniority\b|career level|\bkarrierestufe\b|\bberufserfahrung\b|"
    r"etape de (?:votre )?carriere|etapa (?:de (?:tu|su) )?carrera|where are you in your career",
    "target_sectors": r"\bsectors?\b|\bindustr(?:y|ies)\b|\bbranchen?\b|\bsecteurs?\b|\bsectores?\b",
    "target_organisations": r"\borgani[sz]ations?\b|\bcompan(?:y|ies)\b|\bemployers?\b|\bwork for\b|"
    r"\bunternehmen\b|\bentreprises?\b|\bempresas?\b|\borganizaciones\b|\borganismes?\b",
    "country": r"\bcountry\b|\bland\b|\bpays\b|\bpais\b",
    "hub_user": r"\bhub user|\bjupyterhub\b|\busername\b|\buser name\b",
    "coach": r"\bcoach\b|\bfacilitator\b|\btrainer\b",
}
#: Words that make a column *look* like a field without saying so clearly: such a column is not
#: guessed into a workbook; the render stops and says how to map it (or ``=ignore`` it).
LOOKS_LIKE = {
    "goal": r"\bhope|\bwish|\bexpect|\baspiration|\blooking for\b|\bwhy\b|\bwant\b",
    "career_stage": r"\bexperience\b|\byears\b|\blevel\b|\bstudent\b|\bgraduate\b|\bcareer\b",
    "target_sectors": r"\bfields?\b|\bareas?\b|\bdomains?\b",
    "target_organisations": r"\bdream (?:job|employer)|\bwhere would you\b|\bwork at\b|\bfirms?\b",
}
#: Words of columns that are private or not about the participant's aims: never matched by keywords
#: (a "Coach's private notes" column must not become the coach's name in every workbook).
PRIVATE_WORDS = re.compile(
    r"\bprivate|\bnotes?\b|\bcomments?\b|\bremarks?\b|\binternal\b|\bphone\b|\btelephone\b|\bmobile\b|"
    r"\bnotiz|\bkommentar|\bprive|\bcommentaires?\b|\bnotas?\b|\bcomentarios?\b|\btelefon|\bdiet|\ballerg"
)
#: Words that say a column holds where the participant is now, not where they aim.
_CURRENT = re.compile(r"\bcurrent|\bpresent\b|\bnow\b|\baktuell|\bderzeit|\bactuel|\bactual\b")
_KEYWORDS = {name: re.compile(pattern) for name, pattern in FIELD_KEYWORDS.items()}
_LOOKS_LIKE = {name: re.compile(pattern) for name, pattern in LOOKS_LIKE.items()}
#: Columns a form tool adds that are no field and look like none.
_FORM_COLUMNS = re.compile(r"^(?:timestamp|horodateur|zeitstempel|marca temporal|submitted at|submission date|id)$")


@dataclass(frozen=True)
class Participant:
    """One workshop participant: whitelisted fields only, plus where they came from."""

    id: str
    name: str
    fields: dict = field(default_factory=dict)
    email: str = ""
    hub_user: str = ""
    line: int = 0

    def workbook_parameters(self) -> dict[str, str]:
        """The papermill parameters for this participant: exact strings, whitelisted names."""
        return {key: str(self.fields.get(key, "")) for key in WORKBOOK_FIELDS}


@dataclass
class Roster:
    """A parsed roster: participants in file order, and what the coach should know about it."""

    path: Path
    participants: list[Participant]
    encoding: str
    delimiter: str
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def _normalise_header(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).strip().casefold()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def fold(text: str) -> str:
    """``text`` for comparing names and headers, without accents, case or extra spaces (``José  GARCÍA``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("ß", "ss").casefold().split())


def field_name(label: str) -> str | None:
    """The field a coach means by ``label`` (``Target organisations``, ``target_orgs``, ``ignore``…), or ``None``."""
    key = _normalise_header(label)
    if fold(label) in IGNORE or label.strip() in IGNORE:
        return "ignore"
    for name, text in FIELD_LABELS.items():
        if key in (name, _normalise_header(text)):
            return name
    target = HEADER_ALIASES.get(key)
    return target if target and not target.startswith("_") else None


def _keyword_fields(header: str, table: dict[str, re.Pattern]) -> list[str]:
    folded = fold(header).replace("_", " ")
    return [name for name, pattern in table.items() if pattern.search(folded)]


def _clean(value: str | None) -> str:
    """Strip stray spaces and invisible characters a spreadsheet leaves behind."""
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", value).replace("\u00a0", " ").replace("\ufeff", "")
    return value.strip()


def participant_key(name: str, email: str = "") -> str:
    """The identity of a participant: same name (any case, NFC or NFD) and same e-mail."""
    norm = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return norm + "\x00" + email.strip().casefold()


def participant_id(name: str, email: str = "") -> str:
    """A stable id for a participant, so a re-render finds the same folder."""
    return hashlib.sha256(participant_key(name, email).encode("utf-8")).hexdigest()[:10]


def _same_name(found: tuple[int, str] | None, email: str) -> int | None:
    """The earlier row with this name, unless both rows give different e-mails (two people sharing a name)."""
    if found is None:
        return None
    index, earlier_email = found
    return index if not email or not earlier_email or email == earlier_email else None


def _matches(given: str, header: str) -> bool:
    """Does ``--column`` text name this header? Exactly (any case, accents, spacing), or as a prefix ending in ``…``."""
    wanted = fold(given)
    if wanted.endswith(("…", "...")):
        stem = wanted.rstrip(".…").strip()
        return bool(stem) and fold(header).startswith(stem)
    return wanted == fold(header)


def map_columns(
    header: list[str], *, where: str = "roster", line: int = 1, mapping: Mapping[str, str] | None = None
) -> tuple[dict[int, str], list[str]]:
    """(column index → field, ignored headers) for a roster's header row.

    In order: the coach's ``mapping`` (``{"Which organisations…": "Target organisations"}``, a header
    or its beginning ending in ``…``; ``ignore`` leaves a column out); an exact alias
    (:data:`HEADER_ALIASES`: ``Goal``, ``Target sectors``, ``E-mail``…); then the words of a sign-up
    form's question (:data:`FIELD_KEYWORDS`: "What is your goal for this workshop?" is the goal).
    A column that looks like a field without saying so clearly (its words fit two fields, its field
    is taken by another column, or only :data:`LOOKS_LIKE` words fit) stops everything with a
    :class:`RosterError` that gives the ``--column`` option to write: a workbook without the
    participant's goal or targets would look right and be generic.
    """
    mapping = dict(mapping or {})
    wanted: dict[int, str] = {}
    for given, label in mapping.items():
        target = field_name(label)
        if target is None:
            raise RosterError(
                f"--column {given}={label}: {label!r} is not a roster field",
                where=where,
                fix="use one of: " + ", ".join(FIELD_LABELS.values()) + ", or ignore",
            )
        hits = [i for i, raw in enumerate(header) if _matches(given, _clean(raw))]
        if not hits:
            raise RosterError(
                f"--column {given}={label}: no column is headed {given!r}",
                where=where,
                line=line,
                fix="copy the header from the file (the columns are: "
                + "; ".join(repr(_clean(h)) for h in header if _clean(h))
                + "), or its beginning followed by …",
            )
        for index in hits:
            wanted[index] = target
    columns: dict[int, str] = {}
    ignored: list[str] = []
    unsure: list[tuple[str, str, str]] = []  # (header, why, the field it may be or "")
    later: list[tuple[int, str, list[str]]] = []
    for index, raw in enumerate(header):
        name = _clean(raw)
        if index in wanted:
            if wanted[index] == "ignore":
                ignored.append(name)
            elif wanted[index] in columns.values():
                unsure.append(
                    (name, f"--column gives it {FIELD_LABELS[wanted[index]]!r}, which another column has", "")
                )
            else:
                columns[index] = wanted[index]
            continue
        target = HEADER_ALIASES.get(_normalise_header(name))
        if target is not None:
            if target in columns.values() or target in wanted.values():
                if name:
                    ignored.append(name)
                if not target.startswith("_") and target not in ("email", "hub_user"):
                    unsure.append(
                        (name, f"looks like {FIELD_LABELS[target].lower()}, which another column already gives", "")
                    )
                continue
            columns[index] = target
            continue
        later.append((index, name, _keyword_fields(name, _KEYWORDS)))
    for index, name, fields in later:
        if not name:
            continue
        if _FORM_COLUMNS.match(fold(name)) or PRIVATE_WORDS.search(fold(name)):
            ignored.append(name)
            continue
        if "name" in fields or (not fields and re.search(r"\bname\b|\bnom\b|\bnombre\b", fold(name))):
            fields = ["name"] if not (set(fields) - {"name"}) else fields
        if len(fields) == 1 and fields[0].startswith("target_") and _CURRENT.search(fold(name)):
            ignored.append(name)
            unsure.append((name, f"may be the participant's current {fields[0][7:].rstrip('s')}, not a target", ""))
            continue
        if len(fields) == 1 and fields[0] not in columns.values():
            columns[index] = fields[0]
            continue
        ignored.append(name)
        if len(fields) > 1:
            labels = " or ".join(FIELD_LABELS[f].lower() for f in fields)
            unsure.append((name, f"its words fit {labels}", ""))
        elif fields:
            unsure.append(
                (name, f"looks like {FIELD_LABELS[fields[0]].lower()}, which another column already gives", "")
            )
        else:
            looks = [f for f in _keyword_fields(name, _LOOKS_LIKE) if f not in columns.values()]
            if looks:
                guess = FIELD_LABELS[looks[0]] if len(looks) == 1 else ""
                unsure.append((name, f"may hold the {' or '.join(FIELD_LABELS[f].lower() for f in looks)}", guess))
    if unsure:

        def option(header_text: str, guess: str) -> str:
            short = header_text if len(header_text) <= 32 else header_text[:28].rstrip() + "…"
            return f'--column "{short}={guess or "<field>"}"'

        raise RosterError(
            "some columns look like workbook fields, but netkit cannot tell which, so nothing was written: "
            + "; ".join(f"{h!r} ({why})" for h, why, _ in unsure),
            where=where,
            line=line,
            fix="say what each holds, e.g. "
            + " ".join(option(h, guess) for h, _, guess in unsure[:3])
            + " on the command line (render and emails), the field being one of: "
            + ", ".join(FIELD_LABELS.values())
            + ", or ignore (to leave the column out)",
        )
    return columns, ignored


def decode_roster(data: bytes, where: str) -> tuple[str, str, list[str]]:
    """Decode roster bytes with the shared decoder (:func:`netkit.textfile.decode_text`).

    Returns (text, encoding name, warnings); a workbook, archive, PDF or picture is refused by name.
    """
    decoded = decode_text(data, where, RosterError, wanted="a roster CSV")
    return decoded.text, decoded.encoding, decoded.warnings


def _country(text: str, *, where: str, line: int | None = None) -> str:
    """The country setting as netkit keeps it (``DE-BY``); a RosterError on the roster's line for an unknown one."""
    from netkit.business_days import country_setting  # the holiday calendar loads only when a country is set

    try:
        return country_setting(text, where=where)
    except InputError as exc:
        raise RosterError(exc.what, where=where, line=line, column="country" if line else None, fix=exc.fix) from None


def read_roster(
    path: str | Path, *, defaults: dict[str, str] | None = None, columns: Mapping[str, str] | None = None
) -> Roster:
    """Parse a roster CSV into participants, or raise :class:`RosterError` saying how to fix it.

    ``defaults`` fills fields the roster leaves empty (e.g. the workshop title and date given
    once on the command line). ``columns`` maps headers to fields where the coach said so
    (``--column "Which organisations…=Target organisations"``; see :func:`map_columns`).
    """
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(
            "the roster file does not exist", where=where, fix="check the path, or try `netkit render --example`"
        ) from None
    except IsADirectoryError:
        raise RosterError("this is a folder, not a roster CSV", where=where) from None
    text, encoding, warnings = decode_roster(data, where)
    return parse_roster(
        text, where=where, path=path, encoding=encoding, warnings=warnings, defaults=defaults, columns=columns
    )


def parse_roster(
    text: str,
    *,
    where: str = "roster",
    path: Path | None = None,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
    defaults: dict[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
) -> Roster:
    """Parse roster text (see :func:`read_roster`)."""
    mapping = columns
    warnings = list(warnings or [])
    refuse_control(text, where, RosterError)
    delimiter = sniff_delimiter(text)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    width = len(next(csv.reader([first_line], delimiter=delimiter), []))
    records = csv_rows(text, where, RosterError, delimiter=delimiter, header_width=width)
    header: list[str] | None = None
    header_line = 0
    for header_line, row in records:  # noqa: B007  (header_line is read after the loop)
        if any(cell.strip() for cell in row):
            header = row
            break
    if header is None:
        raise RosterError(
            "the roster is empty",
            where=where,
            fix="export the sign-up sheet with a header row (Name, Goal, …) and one row per participant",
        )

    columns, ignored = map_columns(header, where=where, line=header_line, mapping=mapping)
    has_name = (
        "name" in columns.values() or {"_first", "_last"} <= set(columns.values()) or "_first" in columns.values()
    )
    if not has_name:
        raise RosterError(
            "there is no name column (found: " + ", ".join(repr(_clean(h)) for h in header if _clean(h)) + ")",
            where=where,
            line=header_line,
            column="name",
            fix="add a column headed 'Name' (or 'First name' and 'Last name') with each participant's name",
        )

    defaults = {k: v for k, v in (defaults or {}).items() if k in WORKBOOK_FIELDS and v}
    if defaults.get("country"):
        defaults["country"] = _country(defaults["country"], where="the workshop's country (--country)")
    participants: list[Participant] = []
    by_email: dict[str, int] = {}  # folded e-mail -> index in participants
    by_name: dict[str, tuple[int, str]] = {}  # name without accents, case or spaces -> (index, e-mail)
    problems: list[str] = []
    for line, row in records:
        if not any(cell.strip() for cell in row):
            continue
        values: dict[str, str] = {}
        for index, target in columns.items():
            values[target] = _clean(row[index]) if index < len(row) else ""
        if "name" not in values or not values["name"]:
            first, last = values.pop("_first", ""), values.pop("_last", "")
            values["name"] = " ".join(part for part in (first, last) if part)
        values.pop("_first", None)
        values.pop("_last", None)
        values["name"] = " ".join(values["name"].split())
        if not values["name"]:
            problems.append(f"line {line}: the name is empty")
            continue
        email = values.get("email", "").strip().casefold()
        same = by_email.get(email) if email else None
        if same is None:
            same = _same_name(by_name.get(fold(values["name"]).replace(" ", "")), email)
        if values.get("country"):
            values["country"] = _country(values["country"], where=where, line=line)
        fields = {k: values.get(k, "") or defaults.get(k, "") for k in WORKBOOK_FIELDS}
        participant = Participant(
            id=participant_id(values["name"], values.get("email", "")),
            name=values["name"],
            fields=fields,
            email=values.get("email", ""),
            hub_user=values.get("hub_user", ""),
            line=line,
        )
        if same is not None:
            earlier = participants[same]
            why = "the same e-mail" if email and earlier.email.strip().casefold() == email else "the same name"
            warnings.append(
                f"{where}, line {line}: {values['name']!r} and line {earlier.line} {earlier.name!r} are one person "
                f"({why}, compared without accents, case or spacing): kept line {line}, the later submission"
            )
            participants[same] = participant
        else:
            same = len(participants)
            participants.append(participant)
        if email:
            by_email[email] = same
        by_name[fold(values["name"]).replace(" ", "")] = (same, email)
    if problems:
        first_row = int(problems[0].split()[1].rstrip(":"))
        raise RosterError(
            "some rows have no name: " + "; ".join(problems),
            where=where,
            line=first_row,
            column="name",
            fix="fill in the name on those lines, or delete the rows; nothing was written",
        )
    if not participants:
        raise RosterError(
            "the roster has a header but no participants",
            where=where,
            line=header_line,
            fix="add one row per participant under the header",
        )
    return Roster(
        path=path or Path(where),
        participants=participants,
        encoding=encoding,
        delimiter=delimiter,
        warnings=warnings,
        ignored_columns=ignored,
    )
