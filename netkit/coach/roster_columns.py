"""Which roster column holds which field: aliases, sign-up form questions, and the coach's ``--column``.

Sign-up sheets name their columns as their authors please: ``Goal``, ``Target organizations``, or a
Google Form's questions ("Which organisations would you love to work for?"), in English, German,
French or Spanish. :func:`map_columns` reads a header row through, in order, the coach's own
mapping (``--column``), :data:`HEADER_ALIASES` and the question words of :data:`FIELD_KEYWORDS`;
private columns (:data:`PRIVATE_WORDS`) are never matched by their words, and a column that only
*looks like* a field stops the roster with the option to write, because a workbook missing a goal
looks right and is generic. :func:`fold` is the comparison of names and headers without accents,
case or spacing, also used to find a participant who signed up twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from netkit.exceptions import RosterError
from netkit.profile import PROFILE_FIELDS

__all__ = [
    "FIELD_KEYWORDS",
    "FIELD_LABELS",
    "HEADER_ALIASES",
    "IGNORE",
    "LOOKS_LIKE",
    "PRIVATE_WORDS",
    "field_name",
    "fold",
    "map_columns",
    "normalise_header",
]


def _profile_headers() -> dict[str, str]:
    """The profile's headers and aliases, from its one field table (:data:`netkit.profile.PROFILE_FIELDS`; a
    field's ``header`` is its id once normalised, "Target sectors" → ``target_sectors``)."""
    found: dict[str, str] = {}
    for field in PROFILE_FIELDS:
        found[field.id] = field.id
        found.update(dict.fromkeys(field.aliases, field.id))
    return found


#: How coaches' column headers map onto netkit's fields (compared after :func:`normalise_header`): the profile's
#: from :data:`netkit.profile.PROFILE_FIELDS`, then the workshop's and delivery's own.
HEADER_ALIASES = {
    **_profile_headers(),
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
    "language": "language",
    "lang": "language",
    "sprache": "language",
    "idioma": "language",
    "langue": "language",
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
    # the same in German, French and Spanish sign-up sheets (accents dropped before comparing)
    "vorname": "_first",
    "nachname": "_last",
    "familienname": "_last",
    "prenom": "_first",
    "nombre": "_first",  # alone it is the whole name: a first name with no last name is read as the name
    "nom_de_famille": "_last",
    "apellidos": "_last",
    "apellido": "_last",
    "e_mail_adresse": "email",
    "adresse_e_mail": "email",
    "courriel": "email",
    "correo": "email",
    "correo_electronico": "email",
}

#: What a coach may call each field on the command line (``--column "…=Target organisations"``).
FIELD_LABELS = {
    **{field.id: field.header for field in PROFILE_FIELDS},
    "workshop": "Workshop",
    "workshop_date": "Workshop date",
    "coach": "Coach",
    "country": "Country",
    "language": "Language",
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
    "language": r"\blanguage\b|\bsprache\b|\bidioma\b|\blangue\b",
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
#: Words that say a sector or organisation column is where the participant *aims* (a bare
#: "Organisation" or "Company" column is as likely their employer today: not guessed).
_AIM = re.compile(
    r"target|\baim|would|\bwant|\blove\b|\blike\b|interest|dream|\bgoal|\bwish|\bhope|\bziel|moecht|mocht|"
    r"wuensch|wunsch|\bvise|cible|souhait|aimerie|objetivo|gustar|quier|dese|\bmeta"
)
_KEYWORDS = {name: re.compile(pattern) for name, pattern in FIELD_KEYWORDS.items()}
_LOOKS_LIKE = {name: re.compile(pattern) for name, pattern in LOOKS_LIKE.items()}
#: Columns a form tool adds that are no field and look like none.
_FORM_COLUMNS = re.compile(r"^(?:timestamp|horodateur|zeitstempel|marca temporal|submitted at|submission date|id)$")


def normalise_header(header: str) -> str:
    """A header as :data:`HEADER_ALIASES` holds it: accents dropped, case-folded, other runs as one ``_``."""
    return re.sub(r"[^0-9a-z]+", "_", fold(unicodedata.normalize("NFKC", header))).strip("_")


def fold(text: str) -> str:
    """``text`` for comparing names and headers, without accents, case or extra spaces (``José  GARCÍA``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("ß", "ss").casefold().split())


def field_name(label: str) -> str | None:
    """The field a coach means by ``label`` (``Target organisations``, ``target_orgs``, ``ignore``…), or ``None``."""
    key = normalise_header(label)
    if fold(label) in IGNORE or label.strip() in IGNORE:
        return "ignore"
    for name, text in FIELD_LABELS.items():
        if key in (name, normalise_header(text)):
            return name
    target = HEADER_ALIASES.get(key)
    return target if target and not target.startswith("_") else None


def _keyword_fields(header: str, table: dict[str, re.Pattern]) -> list[str]:
    folded = fold(header).replace("_", " ")
    return [name for name, pattern in table.items() if pattern.search(folded)]


def _matches(given: str, header: str) -> bool:
    """Does ``--column`` text name this header? Exactly (any case, accents, spacing), or as a prefix ending in ``…``."""
    wanted = fold(given)
    if wanted.endswith(("…", "...")):
        stem = wanted.rstrip(".…").strip()
        return bool(stem) and fold(header).startswith(stem)
    return wanted == fold(header)


def map_columns(
    header: list[str],
    *,
    where: str = "roster",
    line: int = 1,
    mapping: Mapping[str, str] | None = None,
    unclear: str = "stop",
) -> tuple[dict[int, str], list[str]]:
    """(column index → field, ignored headers) for a roster's header row.

    In order: the coach's ``mapping`` (``{"Which organisations…": "Target organisations"}``, a header
    or its beginning ending in ``…``; ``ignore`` leaves a column out); an exact alias
    (:data:`HEADER_ALIASES`: ``Goal``, ``Target sectors``, ``E-mail``…); then the words of a sign-up
    form's question (:data:`FIELD_KEYWORDS`: "What is your goal for this workshop?" is the goal).
    A column that looks like a field without saying so clearly (its words fit two fields, its field
    is taken by another column, or only :data:`LOOKS_LIKE` words fit) stops everything with a
    :class:`RosterError` that gives the ``--column`` option to write: a workbook without the
    participant's goal or targets would look right and be generic. ``unclear="ignore"`` leaves such
    columns out instead, for readers that put no field into a workbook (hub delivery reads only
    names, e-mails and hub users).
    """
    wanted = _coach_choices(header, dict(mapping or {}), where, line)
    columns: dict[int, str] = {}
    ignored: list[str] = []
    unsure: list[tuple[str, str, str]] = []  # (header, why, the field it may be or "")
    later: list[tuple[int, str, list[str]]] = []
    for index, raw in enumerate(header):
        name = raw
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
        target = HEADER_ALIASES.get(normalise_header(name))
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
    _by_question_words(later, columns, ignored, unsure)
    if "_first" in columns.values():  # beside "Prénom", French "Nom" is the family name
        for index, target in list(columns.items()):
            if target == "name" and normalise_header(header[index]) == "nom":
                columns[index] = "_last"
    if unsure and unclear != "ignore":
        raise _unclear(unsure, where, line)
    return columns, ignored


def _coach_choices(header: list[str], mapping: dict[str, str], where: str, line: int) -> dict[int, str]:
    """Column index → field (or ``ignore``) for each ``--column HEADER=FIELD`` the coach gave; a field that is not
    one, or a header no column has, stops with the fields or the headers to choose from."""
    wanted: dict[int, str] = {}
    for given, label in mapping.items():
        target = field_name(label)
        if target is None:
            raise RosterError(
                f"--column {given}={label}: {label!r} is not a roster field",
                where=where,
                fix="use one of: " + ", ".join(FIELD_LABELS.values()) + ", or ignore",
            )
        hits = [i for i, raw in enumerate(header) if _matches(given, raw)]
        if not hits:
            raise RosterError(
                f"--column {given}={label}: no column is headed {given!r}",
                where=where,
                line=line,
                fix="copy the header from the file (the columns are: "
                + "; ".join(repr(h) for h in header if h)
                + "), or its beginning followed by …",
            )
        for index in hits:
            wanted[index] = target
    return wanted


def _by_question_words(
    later: list[tuple[int, str, list[str]]],
    columns: dict[int, str],
    ignored: list[str],
    unsure: list[tuple[str, str, str]],
) -> None:
    """The columns no alias named, read by the words of a sign-up form's question (``later``: index, header, the
    fields its words fit): each becomes a field in ``columns``, or is ``ignored``, and ``unsure`` when it looks like a
    field without saying so clearly."""
    for index, name, fields in later:
        if not name:
            continue
        if _FORM_COLUMNS.match(fold(name)) or PRIVATE_WORDS.search(fold(name)):
            ignored.append(name)
            continue
        if "name" in fields or (not fields and re.search(r"\bname\b|\bnom\b|\bnombre\b", fold(name))):
            fields = ["name"] if not (set(fields) - {"name"}) else fields
        if (
            len(fields) == 1
            and fields[0].startswith("target_")
            and (_CURRENT.search(fold(name)) or not _AIM.search(fold(name)))
        ):
            ignored.append(name)
            unsure.append(
                (name, f"may be the participant's current {fields[0][7:].rstrip('s')} rather than a target", "")
            )
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


def _unclear(unsure: list[tuple[str, str, str]], where: str, line: int) -> RosterError:
    """The error for columns that look like workbook fields without saying which, with the ``--column`` to write."""

    def option(header_text: str, guess: str) -> str:
        short = header_text if len(header_text) <= 32 else header_text[:28].rstrip() + "…"
        return f'--column "{short}={guess or "<field>"}"'

    return RosterError(
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
