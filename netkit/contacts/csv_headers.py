"""The column names of every maker's contacts CSV, in English, German, French and Spanish, and what they mean.

:data:`COLUMNS` (English: LinkedIn, Google, Outlook, Thunderbird, Numbers, hand-made sheets) and
:data:`LOCALISED` (the same makers' German, French and Spanish exports) map a header, as
:func:`header_key` folds it, onto a contact's field; :func:`is_email_column` finds an address
column whatever its maker calls it; :func:`layout` says whose export a header is and
:func:`describe` names it for the import report (``Outlook CSV (German)``). Reading the rows is
:mod:`netkit.contacts.csv_columns`.
"""

from __future__ import annotations

import re

__all__ = [
    "ALIASES",
    "COLUMNS",
    "LOCALISED",
    "describe",
    "header_key",
    "is_email_column",
    "language",
    "layout",
]

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
#: exporters) and LinkedIn write in German, French and Spanish. Keys as :func:`header_key` makes them.
#: Outlook's French header has "Titre" twice (the courtesy title, then the job title): see
#: :func:`netkit.contacts.csv_columns.read_table`.
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
    """Does this header (as :func:`header_key` makes it) name a column of e-mail addresses, in any maker's words?"""
    if ALIASES.get(key) == "email":
        return True
    if ALIASES.get(key) or len(key) > 48 or key.count(" ") > 5 or "@" in key or "=" in key or ";" in key:
        return False  # a sentence that mentions e-mail (LinkedIn's "Notes:" preamble) or a vCard line is no header
    if _EMAIL_DETAIL.search(key):
        return False  # a sentence that mentions e-mail (LinkedIn's "Notes:" preamble) is no header
    return bool(_EMAIL_WORD.search(key))


_NAME_FIELDS = {"name", "first", "last", "nickname"}


def header_key(cell: str) -> str:
    """A header as the tables hold it: case-folded, spaces collapsed, ``_`` as a space, no BOM."""
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
    if (
        names & {"connected on", "verbunden am", "connecté le", "conectado el"}
        or {
            "first name",
            "last name",
            "company",
            "position",
        }
        <= names
    ):
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
