"""Contacts CSVs of every maker, read through one table of column names.

LinkedIn, Google (old and new headers), Outlook (full and short forms), Thunderbird, Apple
Numbers/Excel (``;`` or tab) and hand-made CSVs differ only in their column names, their
preambles and their date order. So there is one reader: :func:`find_header` finds the header
line (LinkedIn puts a "Notes:" preamble before it) and names the layout; :data:`COLUMNS` maps each
maker's column names onto a contact's fields; :func:`read_table` reads the rows, decides the date
order once for the file and fills the :class:`~netkit.contacts.import_report.ImportReport`.
"""

from __future__ import annotations

import re
from operator import itemgetter

from netkit.contacts import Contact, parse_ring
from netkit.contacts.export_dates import date_order, parse_date
from netkit.contacts.import_report import PLAIN_CSV_HELP, ImportReport, Problem, clean_emails, named_from_email, plural
from netkit.exceptions import ImportFormatError
from netkit.textfile import csv_rows, sniff_delimiter

__all__ = ["ALIASES", "COLUMNS", "LOCALISED", "describe", "find_header", "is_email_column", "language", "layout", "read_table"]

HEADER_SEARCH_LINES = 60

#: column name (case-folded, spaces collapsed, ``_`` as space) -> contact field.
COLUMNS = {
    # names
    "name": "name",
    "full name": "name",
    "display name": "name",
    "contact name": "name",
    "formatted name": "name",
    "first name": "first",
    "given name": "first",
    "firstname": "first",
    "forename": "first",
    "middle name": "middle",
    "additional name": "middle",
    "last name": "last",
    "family name": "last",
    "surname": "last",
    "lastname": "last",
    "name prefix": "prefix",
    "name suffix": "suffix",
    "suffix": "suffix",
    # organisation and role
    "organisation": "organisation",
    "organization": "organisation",
    "company": "organisation",
    "org": "organisation",
    "organization name": "organisation",
    "organization 1 - name": "organisation",
    "company name": "organisation",
    "employer": "organisation",
    "role": "role",
    "job title": "role",
    "position": "role",
    "organization title": "role",
    "organization 1 - title": "role",
    "title": "role",
    "department": "department",
    "organization department": "department",
    "organization 1 - department": "department",
    # netkit's own columns
    "sector": "sector",
    "industry": "sector",
    "how we know": "how_we_know",
    "how we met": "how_we_know",
    "ring": "ring",
    "closeness": "ring",
    "last contact": "last_contact",
    "last contacted": "last_contact",
    "could help with": "could_help_with",
    "could offer": "could_offer",
    "connected on": "connected_on",
    "date connected": "connected_on",
    "connection date": "connected_on",
    # addresses
    "email": "email",
    "emails": "email",
    "e-mail": "email",
    "mail": "email",
    "email address": "email",
    "e-mail address": "email",
    "primary email": "email",
    "secondary email": "email",
    "work email": "email",
    "home email": "email",
    "personal email": "email",
    "other email": "email",
    "url": "url",
    "linkedin": "url",
    "linkedin url": "url",
    "profile url": "url",
    "profile": "url",
    "web page": "url",
    "website": "url",
    "web page 1": "url",
    "homepage": "url",
    "website 1 - value": "url",
    "notes": "notes",
    "note": "notes",
}
#: Localised exports, written from the headers Outlook, Thunderbird, Apple Contacts (via its CSV
#: exporters) and LinkedIn write in German, French and Spanish. Keys as :func:`_key` makes them.
#: Outlook's French header has "Titre" twice (the courtesy title, then the job title): see :func:`_fields`.
LOCALISED = {
    "German": {
        # Outlook (de-DE)
        "anrede": "prefix",
        "vorname": "first",
        "weitere vornamen": "middle",
        "nachname": "last",
        "suffix": "suffix",
        "firma": "organisation",
        "abteilung": "department",
        "position": "role",
        "notizen": "notes",
        "webseite": "url",
        # Thunderbird (de)
        "anzeigename": "name",
        "spitzname": "nickname",
        "arbeitstitel": "role",
        "organisation": "organisation",
        "webseite 1": "url",
        # Apple Contacts, LinkedIn and hand-made German sheets
        "name": "name",
        "vollständiger name": "name",
        "berufsbezeichnung": "role",
        "unternehmen": "organisation",
        "notiz": "notes",
        "branche": "sector",
        "verbunden am": "connected_on",
    },
    "French": {
        # Outlook (fr-FR)
        "prénom": "first",
        "deuxième prénom": "middle",
        "nom": "last",
        "suffixe": "suffix",
        "société": "organisation",
        "service": "department",
        "page web": "url",
        # Thunderbird (fr)
        "nom à afficher": "name",
        "nom de famille": "last",
        "surnom": "nickname",
        "profession": "role",
        "site web 1": "url",
        # Apple Contacts, LinkedIn and hand-made French sheets
        "nom complet": "name",
        "entreprise": "organisation",
        "organisation": "organisation",
        "fonction": "role",
        "poste": "role",
        "secteur": "sector",
        "connecté le": "connected_on",
        "date de connexion": "connected_on",
    },
    "Spanish": {
        # Outlook (es-ES)
        "tratamiento": "prefix",
        "nombre": "first",
        "segundo nombre": "middle",
        "apellidos": "last",
        "apellido": "last",
        "sufijo": "suffix",
        "organización": "organisation",
        "compañía": "organisation",
        "departamento": "department",
        "puesto": "role",
        "notas": "notes",
        "página web": "url",
        # Thunderbird (es)
        "nombre en pantalla": "name",
        "nombre para mostrar": "name",
        "apodo": "nickname",
        "página web 1": "url",
        # Apple Contacts, LinkedIn and hand-made Spanish sheets
        "nombre completo": "name",
        "empresa": "organisation",
        "cargo": "role",
        "sector": "sector",
        "conectado el": "connected_on",
        "fecha de conexión": "connected_on",
    },
}
#: Every header netkit knows, English first (an English key keeps its English meaning).
ALIASES = {**{k: v for table in LOCALISED.values() for k, v in table.items()}, **COLUMNS}
COLUMNS["nickname"] = ALIASES["nickname"] = "nickname"
COLUMNS["titre"] = ALIASES["titre"] = "prefix"  # French Outlook: the courtesy title; its second "Titre" is the job

#: An e-mail column of any maker and kind: "E-mail 2 Address", "Email Home", "Primary Email",
#: "E-Mail 3: Adresse", "Adresse de messagerie 2", "Dirección de correo electrónico", "E-mail (travail)".
_EMAIL_WORD = re.compile(
    r"(?:^|[\s(:-])(?:e-?mail|mail|courriel|messagerie|correo|adresse électronique|correo electrónico)"
    r"(?:$|[\s):-])|e-mail-adresse|^e-?mail\b|^mail\b"
)
#: …but not the columns that describe an address: its type, label or display name.
_EMAIL_DETAIL = re.compile(
    r"type|\btyp\b|tipo|display|angezeigt|anzeige|nom complet|mostrar|label|étiquette|etiqueta|format|"
    r"visibility|sichtbarkeit"
)


def is_email_column(key: str) -> bool:
    """Does this header (as :func:`_key` makes it) name a column of e-mail addresses, in any maker's words?"""
    if ALIASES.get(key) == "email":
        return True
    if ALIASES.get(key) or len(key) > 48 or key.count(" ") > 5 or "@" in key or "=" in key or ";" in key:
        return False  # a sentence that mentions e-mail (LinkedIn's "Notes:" preamble) or a vCard line is no header
    if _EMAIL_DETAIL.search(key):
        return False  # a sentence that mentions e-mail (LinkedIn's "Notes:" preamble) is no header
    return bool(_EMAIL_WORD.search(key))


#: Layouts whose maker writes numeric dates month-first (US) when nothing in the file says otherwise.
DATE_DEFAULT = {"linkedin": "month-first", "google": "month-first", "outlook": "month-first", "csv": "day-first"}
_NAME_FIELDS = {"name", "first", "last", "nickname"}


def _key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").replace("_", " ").strip().casefold().split())


def language(keys: list[str]) -> str:
    """The language of a header (``English``, ``German``, ``French``, ``Spanish``) from the names it uses."""
    english = sum(1 for k in keys if k in COLUMNS)
    scores = {lang: sum(1 for k in keys if k in table and k not in COLUMNS) for lang, table in LOCALISED.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 and scores[best] >= english else "English"


def layout(keys: list[str]) -> str | None:
    """Which maker wrote this header (``linkedin``, ``google``, ``outlook``, ``csv``), or ``None``.

    A header is one when it names a name column (in any of the languages of :data:`LOCALISED`) or,
    for the exports that may hold only addresses, an e-mail column.
    """
    names = set(keys)
    if any("@" in k or "=" in k for k in keys):
        return None  # a row of data (an address) or a vCard line, not a header
    fields = {ALIASES.get(k) for k in keys}
    has_name = bool(fields & _NAME_FIELDS)
    has_email = any(is_email_column(k) for k in keys)
    if not has_name and not has_email:
        return None
    if any(re.fullmatch(r"e-mail \d+ - (?:value|type|label)", k) for k in names) or names & {
        "given name",
        "family name",
        "organization 1 - name",
        "organization name",
        "phonetic first name",
        "file as",
        "name prefix",
    }:
        return "google"
    if names & {
        "e-mail address",
        "e-mail display name",
        "e-mail 2 address",
        "business phone",
        "e-mail type",
        "e-mail-adresse",
        "e-mail 2: adresse",
        "telefon geschäftlich",
        "adresse de messagerie",
        "adresse de messagerie 2",
        "tél. bureau",
        "dirección de correo electrónico",
        "dirección de correo electrónico 2",
        "teléfono del trabajo",
    }:
        return "outlook"
    if names & {"connected on", "verbunden am", "connecté le", "conectado el"} or {
        "first name",
        "last name",
        "company",
        "position",
    } <= names:
        return "linkedin"
    return "csv"


def describe(kind: str, keys: list[str]) -> str:
    """A person's name for the layout found: ``Outlook CSV (German)``, ``Thunderbird CSV``, ``LinkedIn export``."""
    names = set(keys)
    maker = {
        "google": "Google Contacts CSV",
        "outlook": "Outlook CSV",
        "linkedin": "LinkedIn export",
    }.get(kind)
    if maker is None:
        thunderbird = {
            "primary email",
            "secondary email",
            "primäre e-mail-adresse",
            "adresse électronique principale",
            "dirección de correo electrónico principal",
            "correo electrónico principal",
        }
        maker = "Thunderbird CSV" if names & thunderbird else "contacts CSV"
    lang = language(keys)
    label = maker if lang == "English" else f"{maker} ({lang})"
    if not any(ALIASES.get(k) in _NAME_FIELDS for k in keys):
        label += ", e-mail addresses only"
    return label


def find_header(text: str, where: str, delimiter: str | None = None) -> tuple[str, int, list[str]] | None:
    """(layout, line, column keys) of the first line within :data:`HEADER_SEARCH_LINES` that is a header."""
    delimiter = delimiter or sniff_delimiter(text)
    try:
        for line, row in csv_rows(text, where, ImportFormatError, delimiter=delimiter):
            keys = [_key(c) for c in row]
            kind = layout(keys)
            if kind:
                return kind, line, keys
            if line > HEADER_SEARCH_LINES:
                break
    except ImportFormatError:
        return None
    return None


def _fields(keys: list[str], kind: str) -> tuple[dict[str, int], list[int], list[str]]:
    """field -> column, e-mail columns, and the columns nobody reads."""
    fields: dict[str, int] = {}
    emails: list[int] = []
    unknown: list[str] = []
    for index, key in enumerate(keys):
        target = ALIASES.get(key)
        if kind == "outlook" and key == "title":
            target = "prefix"  # Outlook's "Title" is Mr./Dr., its "Job Title" the role
        if key == "titre" and "prefix" in fields:
            target = "role"  # French Outlook's second "Titre" is the job title
        if kind == "google" and key == "name" and "first name" not in keys and "given name" not in keys:
            target = "name"
        if target == "first" and key in ("nombre", "nom") and not {"apellidos", "apellido", "prénom"} & set(keys):
            target = "name"  # a lone Spanish "Nombre" is the whole name
        if key == "nom" and "prénom" not in keys:
            target = "name"  # a lone French "Nom" is the whole name; beside "Prénom" it is the family name
        if target == "email" or is_email_column(key):
            emails.append(index)
        elif target and target not in fields:
            fields[target] = index
        elif not target and key:
            unknown.append(key)
    return fields, emails, unknown


def read_table(text: str, report: ImportReport) -> None:
    """Read every contact row of a CSV into ``report`` (see the module docstring)."""
    delimiter = sniff_delimiter(text)
    found = find_header(text, report.source, delimiter)
    if found is None:
        fix = {
            "linkedin": "choose Connections.csv from LinkedIn's data export (Settings → Data privacy)",
            "google": "export again from contacts.google.com (Export → Google CSV)",
            "outlook": "export again from Outlook (File → Open & Export → Import/Export → CSV)",
        }.get(report.format, PLAIN_CSV_HELP)
        raise ImportFormatError(
            f"no header line naming a name column found in the first {HEADER_SEARCH_LINES} "
            f"lines for a {report.format} file",
            where=report.source,
            fix=fix,
        )
    kind, header_line, keys = found
    report.layout = describe(kind, keys)
    fields, email_columns, unknown = _fields(keys, kind)
    if unknown and kind == "csv":
        shown = ", ".join(repr(k) for k in unknown[:8]) + (" …" if len(unknown) > 8 else "")
        report.warnings.append(Problem(header_line, f"{plural(len(unknown), 'column')} netkit does not use: {shown}"))
    rows = []
    for line, row in csv_rows(text, report.source, ImportFormatError, delimiter=delimiter, header_width=len(keys)):
        if line <= header_line or not "".join(row).strip():
            continue
        rows.append((line, row + [""] * (len(keys) - len(row))))

    names = list(fields)
    if len(fields) > 1:
        pick = itemgetter(*fields.values())
    elif fields:
        only = next(iter(fields.values()))
        pick = lambda row: (row[only],)
    else:
        pick = lambda row: ()
    records = [(line, dict(zip(names, map(str.strip, pick(row)))), row) for line, row in rows]
    del rows
    order = None
    dated = [(line, value[f]) for line, value, _ in records for f in ("connected_on", "last_contact") if value.get(f)]
    if dated:
        default = DATE_DEFAULT.get(report.format, "day-first") if language(keys) == "English" else "day-first"
        order = date_order(dated, default)
        report.date_order = str(order)
        report.warnings.append(Problem(None, f"dates read {order}: {order.reason}"))
    dayfirst = order.dayfirst if order else None
    source = report.format if report.format in ("linkedin", "google", "outlook") else "csv"
    how_we_know = "LinkedIn connection" if kind == "linkedin" else ""
    outlook = kind == "outlook"
    for line, value, row in records:
        get = value.get
        name = get("name", "")
        if not name:
            name = " ".join(
                filter(
                    None, (get("prefix") if outlook else "", get("first"), get("middle"), get("last"), get("suffix"))
                )
            )
        if "  " in name or "\n" in name or "\t" in name:
            name = " ".join(name.split())
        emails = clean_emails([row[i] for i in email_columns], line, report) if email_columns else []
        organisation = get("organisation", "")
        notes = get("notes", "")
        if not name and get("nickname"):
            name = " ".join(value["nickname"].split())
            report.warnings.append(Problem(line, f"only a nickname ({name!r}): kept under it; add the full name"))
        if not name:
            if emails:
                name, notes = named_from_email(emails, notes, line, report)
            elif organisation and kind in ("google", "outlook"):
                name = organisation
            else:
                why = " (LinkedIn leaves it empty for hidden or closed profiles)" if kind == "linkedin" else ""
                report.skipped.append(Problem(line, "no name" + why))
                continue
        role = get("role", "")
        if get("department"):
            role = f"{role} ({value['department']})" if role else value["department"]
        ring = "acquaintance"
        if get("ring"):
            ring = parse_ring(value["ring"]) or ring
            if parse_ring(value["ring"]) is None:
                report.warnings.append(
                    Problem(
                        line,
                        f"ring {value['ring']!r} is not one of inner, close, "
                        "regular, acquaintance, dormant; used acquaintance",
                    )
                )
        report.add(
            Contact(
                name=name,
                organisation=organisation,
                role=role,
                sector=get("sector", ""),
                how_we_know=get("how_we_know") or how_we_know,
                ring=ring,
                last_contact=_date(get("last_contact", ""), dayfirst, line, report, "last_contact"),
                connected_on=_date(get("connected_on", ""), dayfirst, line, report, "Connected On"),
                could_help_with=get("could_help_with", ""),
                could_offer=get("could_offer", ""),
                emails=emails,
                url=get("url", ""),
                notes=notes,
                source=source,
            ),
            line,
        )
    if report.placeholder_emails:
        report.warnings.append(
            Problem(None, f"{plural(report.placeholder_emails, 'placeholder e-mail')} (like '-' or 'n/a') ignored")
        )


def _date(text: str, dayfirst: bool | None, line: int, report: ImportReport, column: str):
    if not text:
        return None
    try:
        return parse_date(text, dayfirst)
    except ValueError:
        report.warnings.append(
            Problem(
                line,
                f"{column} {text!r} is not a date I can read (write it like "
                "2023-01-31 or 31 Jan 2023); kept the contact without it",
            )
        )
        return None
