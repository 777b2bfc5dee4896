"""Run sheets: the facilitator's guide data (``netkit/data/guide.toml``) and the timed blocks of a workshop format.

The content is data, not code: the data file holds each activity once and the formats (``room-2h``,
``online-90``, ``series-3x45``) that arrange them. A block that belongs to an exercise takes its title
from the exercise notebook itself (:func:`exercise_title`), so the run sheet, the slides and the workbook
use the same words. Block minutes must add up to the format's length; a data file where they do not is
refused, naming the format.

Each language has the content as a whole text of its own: ``guide.toml`` (English), ``guide.de.toml``,
``guide.es.toml`` (:func:`guide_data_path`), kept in step by ``tests/test_guide_languages.py`` (the same
activities, formats, minutes, keys and ``$placeholders``). The words the code adds (minutes said aloud,
the breakout-room sentence, what moved out) go through the catalogs; the advice comes from
:mod:`netkit.contacts.advice` in the same language, and the exercise titles from the language's notebooks.

The model under both outputs of :mod:`netkit.coach.guide`: the run sheet pages there, and the slide deck of
:mod:`netkit.coach.slides`, which both import it (neither imports the other's way back).
"""

from __future__ import annotations

import json
import string
import tomllib
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from netkit.exceptions import NetkitError
from netkit.languages import DEFAULT_LANGUAGE, N_, SUPPORTED_LANGUAGES, gettext_for, ngettext_for, written_date
from netkit.resources import PACKAGE_DIR, bundled_dir

__all__ = [
    "DEFAULT_FORMAT",
    "DEFAULT_GROUP_SIZE",
    "DEFAULT_TITLE",
    "FORMATS",
    "GUIDE_DATA",
    "KINDS",
    "Block",
    "RunSheet",
    "advice_words",
    "default_title",
    "exercise_title",
    "guide_data_path",
    "heading",
    "kind_label",
    "load_guide",
    "minutes_words",
    "run_sheet",
]

GUIDE_DATA = PACKAGE_DIR / "data" / "guide.toml"
KINDS = ("plenary", "solo", "pair", "group", "break")
#: How the pages name each kind of block (the key stays in the JSON and the page's classes).
KIND_LABELS = {
    "plenary": N_("plenary"),
    "solo": N_("solo"),
    "pair": N_("pair"),
    "group": N_("group"),
    "break": N_("break"),
}
FORMATS = ("room-2h", "online-90", "series-3x45")
DEFAULT_FORMAT = "room-2h"
DEFAULT_TITLE = N_("Networking workshop")  # when no --workshop is given


#: The group size the data file's minutes are written for, when it does not say.
DEFAULT_GROUP_SIZE = 16

#: Numbers as a coach says them before "minutes", per language: 0–19 as words, the tens, and how a
#: ten and a one join (English "twenty-one", German "einundzwanzig", Spanish "treinta y un"; 21–29 are
#: single words in Spanish). Spanish and German use the form that goes before a noun ("un minuto",
#: "eine Minute", "veintiún minutos").
_SPOKEN: dict[str, dict] = {
    "en": {
        "units": (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
        ),
        "tens": {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"},
        "join": lambda tens, one: f"{tens}-{one}",
    },
    "de": {
        "units": (
            *("null", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
            *("elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"),
        ),
        "tens": {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig"},
        "join": lambda tens, one: ("ein" if one == "eine" else one) + "und" + tens,
    },
    "es": {
        "units": (
            *("cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
            *("once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"),
            *("veinte", "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis"),
            *("veintisiete", "veintiocho", "veintinueve"),
        ),
        "tens": {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta"},
        "join": lambda tens, one: f"{tens} y {one}",
    },
}


def _code(language: str | None) -> str:
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def minutes_words(minutes: int, language: str | None = DEFAULT_LANGUAGE) -> str:
    """``5`` → ``"five minutes"``, ``21`` → ``"twenty-one minutes"`` (what a coach says aloud); German
    "fünf Minuten", "einundzwanzig Minuten"; Spanish "cinco minutos", "veintiún minutos"."""
    spoken = _SPOKEN[_code(language)]
    units, tens = spoken["units"], spoken["tens"]
    if minutes < len(units):
        words = units[minutes]
    elif minutes < 70:
        ten, one = divmod(minutes, 10)
        words = spoken["join"](tens[ten], units[one]) if one else tens[ten]
    else:
        words = str(minutes)
    ngettext = ngettext_for(language)  # the name pybabel extracts
    return ngettext("{words} minute", "{words} minutes", minutes).format(words=words)


def kind_label(kind: str, language: str | None = DEFAULT_LANGUAGE) -> str:
    """A block's kind as the run sheet names it in ``language`` ("pair": "zu zweit", "en parejas")."""
    return gettext_for(language)(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def default_title(language: str | None = DEFAULT_LANGUAGE) -> str:
    """What the pages call a workshop that has no ``--workshop`` title, in ``language``."""
    return gettext_for(language)(DEFAULT_TITLE)


@dataclass(frozen=True)
class Block:
    """One timed block of a workshop.

    ``debrief``: the questions that close a pair or group block and the minutes they take inside it
    (``{"minutes": 2, "questions": [...]}``); ``roles``: role cards (``{"role", "title", "card"}``);
    online only: ``breakout`` (rooms, sized for the group and timed), ``chat`` and ``cohost``.
    """

    title: str
    minutes: int
    kind: str
    exercise: str
    steps: tuple[str, ...]
    say: str = ""
    materials: tuple[str, ...] = ()
    stuck: tuple[tuple[str, str], ...] = ()
    watch: str = ""
    chat: str = ""
    breakout: str = ""
    cohost: str = ""
    debrief: dict | None = None
    roles: tuple[dict, ...] = ()
    slide: tuple[str, ...] = ()  # what participants read on the projected slide: a few short lines
    session: int = 1
    start: int = 0  # minutes from the start of its session


@dataclass(frozen=True)
class RunSheet:
    """A workshop format, block by block, for one workshop of ``group_size`` people.

    ``moved``: what this format does outside the room (to pre-work or homework), including blocks the
    group size pushed out; ``categories`` and ``hard_moments``: what to say when someone is stuck before
    they start (the slides show them too).
    """

    format: str
    title: str
    minutes: int
    setting: str
    blocks: tuple[Block, ...]
    workshop: str = ""
    date: str = ""
    coach: str = ""
    sessions: int = field(default=1)
    group_size: int = DEFAULT_GROUP_SIZE
    moved: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    hard_moments: tuple[dict, ...] = ()
    language: str = DEFAULT_LANGUAGE

    def as_json(self) -> dict:
        """The machine-readable run sheet (``run-sheet.json``)."""
        blocks = []
        for block in self.blocks:
            data = asdict(block)
            data["exercise"] = block.exercise or None
            data["stuck"] = [{"problem": p, "help": h} for p, h in block.stuck]
            data["roles"] = [dict(r) for r in block.roles]
            blocks.append(data)
        return {
            "format": self.format,
            "language": self.language,
            "title": self.title,
            "minutes": self.minutes,
            "setting": self.setting,
            "sessions": self.sessions,
            "group_size": self.group_size,
            "workshop": self.workshop,
            "date": self.date,
            "coach": self.coach,
            "moved": list(self.moved),
            "categories": list(self.categories),
            "hard_moments": [dict(h) for h in self.hard_moments],
            "blocks": blocks,
        }


def _notebook(name: str, language: str | None) -> Path:
    """``exercises/<name>.<lang>.ipynb`` when the language has its own copy, else the English notebook."""
    folder = bundled_dir("exercises")
    translated = folder / f"{name}.{_code(language)}.ipynb"
    return translated if _code(language) != DEFAULT_LANGUAGE and translated.is_file() else folder / f"{name}.ipynb"


@cache
def exercise_cells(name: str, language: str | None = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The markdown cells of the exercise notebook in ``language`` (the English one if it has no copy)."""
    cells = json.loads(_notebook(name, language).read_text(encoding="utf-8"))["cells"]
    return tuple("".join(cell["source"]).strip() for cell in cells if cell["cell_type"] == "markdown")


@cache
def exercise_title(name: str, language: str | None = DEFAULT_LANGUAGE) -> str:
    """The first heading of ``exercises/<name>.ipynb`` ("Exercise 1 — Map your network"), or of the language's
    copy (``<name>.de.ipynb``: "Übung 1 — …")."""
    for cell in exercise_cells(name, language):
        for line in cell.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return name.replace("-", " ").capitalize()


def guide_data_path(language: str | None = DEFAULT_LANGUAGE) -> Path:
    """The run sheets' content in ``language``: ``guide.toml``, or ``guide.<lang>.toml`` beside it."""
    code = _code(language)
    return GUIDE_DATA if code == DEFAULT_LANGUAGE else GUIDE_DATA.with_name(f"guide.{code}.toml")


def load_guide(path: str | Path | None = None, *, language: str | None = DEFAULT_LANGUAGE) -> dict:
    """The guide data file, parsed (``formats``, ``activities``, ``demo``, …): ``path``, else the one of
    ``language`` (:func:`guide_data_path`)."""
    path = Path(path) if path is not None else guide_data_path(language)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise NetkitError(f"the guide data cannot be read ({exc})", where=path) from None


def advice_words(language: str | None = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The placeholders the guide data may use for the kit's one advice (:mod:`netkit.contacts.advice`), in
    ``language``."""
    from netkit.contacts.advice import ASK, FOLLOW_UP, NO_ASK, rhythm_rule

    return {
        "follow_up": FOLLOW_UP.in_language(language).long,
        "follow_up_short": FOLLOW_UP.in_language(language).short,
        "ask": ASK.in_language(language).short,
        "no_ask": NO_ASK.in_language(language).short,
        "rhythm": rhythm_rule(language=language),
    }


def _fill(text: str, values: dict[str, str]) -> str:
    return string.Template(text).safe_substitute(values)


def _timings(
    format_name: str, entries: list[dict], activities: dict, group_size: int, base: int, language: str | None = None
) -> tuple[list[tuple[dict, int]], list[str]]:
    """Each kept entry with its minutes for ``group_size`` people, and what had to move out.

    Blocks that grow with people get ``per_person`` minutes for each person above ``base`` (fewer
    below, never under ``min``); each session keeps its length: solo blocks give up time first (down
    to their ``min``), then blocks that say where they can ``move`` leave the session, in order; time
    left over goes to the longest solo block.
    """
    _ = gettext_for(language)
    sessions: dict[int, list[list]] = {}
    for entry in entries:
        grown = entry["minutes"] + entry.get("per_person", 0) * (group_size - base)
        minutes = max(int(entry.get("min", 1)), round(grown), 1)
        sessions.setdefault(entry.get("session", 1), []).append([entry, minutes])
    kept: list[tuple[dict, int]] = []
    moved: list[str] = []
    for items in sessions.values():
        length = sum(entry["minutes"] for entry, _minutes in items)
        solo = [item for item in items if activities[item[0]["activity"]]["kind"] == "solo"]
        over = sum(m for _entry, m in items) - length
        while over > 0:
            shrinkable = [item for item in solo if item[1] > item[0].get("min", item[0]["minutes"])]
            if shrinkable:
                max(shrinkable, key=lambda item: item[1])[1] -= 1
                over -= 1
                continue
            movable = [item for item in items if item[0].get("move")]
            if not movable:
                raise NetkitError(
                    f"format {format_name!r} cannot fit {group_size} people in its "
                    f"{length} minutes, even with its blocks at their shortest",
                    fix="split the group in two (run the format twice), or give --group-size the number who will really come",
                )
            item = movable[0]
            items.remove(item)
            over -= item[1]
            title = activities[item[0]["activity"]].get("title") or item[0]["activity"]
            moved.append(_("{title}: moved {where}.").format(title=title, where=item[0]["move"]))
        if over < 0 and solo:
            max(solo, key=lambda item: item[1])[1] -= over
        elif over < 0:
            items[-1][1] -= over
        kept += [(entry, minutes) for entry, minutes in items]
    return kept, moved


def _breakout(size: int, group_size: int, minutes: int, debrief: int, language: str | None = None) -> str:
    """The breakout rooms of a block, for the co-host: how many rooms of how many, open how long."""
    _ = gettext_for(language)
    rooms = max(1, group_size // size)
    if group_size % size and debrief:
        text = _(
            "{rooms} rooms of {size} (one room of {bigger} if the number does not divide), open for {open} "
            "minutes, then {debrief} minutes back in the main room for the debrief; automatic assignment."
        )
    elif group_size % size:
        text = _(
            "{rooms} rooms of {size} (one room of {bigger} if the number does not divide), open for {open} "
            "minutes; automatic assignment."
        )
    elif debrief:
        text = _(
            "{rooms} rooms of {size}, open for {open} minutes, then {debrief} minutes back in the main room "
            "for the debrief; automatic assignment."
        )
    else:
        text = _("{rooms} rooms of {size}, open for {open} minutes; automatic assignment.")
    return text.format(rooms=rooms, size=size, bigger=size + 1, open=minutes - debrief, debrief=debrief)


def run_sheet(
    format_name: str = DEFAULT_FORMAT,
    *,
    workshop: str = "",
    date: str = "",
    coach: str = "",
    group_size: int | None = None,
    data: dict | None = None,
    language: str | None = DEFAULT_LANGUAGE,
) -> RunSheet:
    """The run sheet of one format for ``group_size`` people, in ``language`` (its content from
    :func:`guide_data_path`); :class:`NetkitError` if the data is inconsistent."""
    language = _code(language)
    data = data if data is not None else load_guide(language=language)
    formats, activities = data.get("formats", {}), data.get("activities", {})
    if format_name not in formats:
        raise NetkitError(
            f"there is no workshop format {format_name!r}", fix="choose one of: " + ", ".join(sorted(formats))
        )
    base = int(data.get("group_size", DEFAULT_GROUP_SIZE))
    group_size = base if group_size is None else int(group_size)
    if not 2 <= group_size <= 60:
        raise NetkitError(f"a group of {group_size} people is not one this kit plans for", fix="give 2 to 60")
    spec = formats[format_name]
    _check_format(format_name, spec, activities)
    online = spec.get("setting") == "online"
    advice = advice_words(language)
    kept, moved = _timings(format_name, spec["blocks"], activities, group_size, base, language)
    blocks, clock, session = [], 0, 1
    for entry, minutes in kept:
        if entry.get("session", 1) != session:
            session, clock = entry["session"], 0
        activity = activities[entry["activity"]]
        where = (group_size, session, clock, language)
        blocks.append(_block(entry["activity"], activity, minutes, online, advice, where))
        clock += minutes
    return RunSheet(
        format=format_name,
        title=spec["title"],
        minutes=spec["minutes"],
        setting=spec["setting"],
        blocks=tuple(blocks),
        workshop=workshop,
        date=date,
        coach=coach,
        sessions=session,
        group_size=group_size,
        moved=tuple(spec.get("moved", [])) + tuple(moved),
        categories=tuple(data.get("categories", [])),
        hard_moments=tuple({"id": key, **moment} for key, moment in data.get("hard_moments", {}).items()),
        language=language,
    )


def _check_format(format_name: str, spec: dict, activities: dict) -> None:
    """A format's blocks add up to its minutes and name known activities, else :class:`NetkitError` says which."""
    total = sum(int(entry["minutes"]) for entry in spec["blocks"])
    if total != spec["minutes"]:
        raise NetkitError(
            f"format {format_name!r} is {spec['minutes']} minutes but its blocks add up to {total}",
            where=GUIDE_DATA,
            fix="change the blocks' minutes so they add up",
        )
    for entry in spec["blocks"]:
        if entry["activity"] not in activities:
            raise NetkitError(
                f"format {format_name!r} names an unknown activity {entry['activity']!r}", where=GUIDE_DATA
            )


def _block(
    activity_id: str,
    activity: dict,
    minutes: int,
    online: bool,
    advice: dict[str, str],
    where: tuple[int, int, int, str],
) -> Block:
    """One activity as a block of the run sheet: its texts filled in with its minutes and the kit's advice, the online
    variant's steps, materials and breakouts when the workshop is online; ``where``: the group size, and the
    session and minute it starts at, and the language."""
    group_size, session, clock, language = where
    kind, exercise = activity["kind"], activity.get("exercise", "")
    if kind not in KINDS:
        raise NetkitError(
            f"activity {activity_id!r} has kind {kind!r}",
            where=GUIDE_DATA,
            fix="use one of: " + ", ".join(KINDS),
        )
    extra = activity.get("online", {}) if online else {}
    debrief = activity.get("debrief")
    debrief_minutes = int(debrief["minutes"]) if debrief else 0
    rounds = 3 if kind == "group" else 2
    values = dict(
        advice,
        minutes=str(minutes),
        minutes_words=minutes_words(minutes, language),
        round_minutes=str(max(1, (minutes - debrief_minutes - 1) // rounds)),
    )
    stuck: list[tuple[str, str]] = []
    for item in extra.get("stuck", activity.get("stuck", [])):
        problem, _, helps = item.partition("::")
        stuck.append((_fill(problem.strip(), values), _fill(helps.strip(), values)))
    size = int(extra.get("breakout_size", 0))
    return Block(
        title=activity.get("title") or exercise_title(exercise, language),
        minutes=minutes,
        kind=kind,
        exercise=exercise,
        steps=tuple(_fill(s, values) for s in extra.get("steps", activity.get("steps", []))),
        say=_fill(activity.get("say", ""), values),
        materials=tuple(extra.get("materials", activity.get("materials", []))),
        stuck=tuple(stuck),
        watch=extra.get("watch", activity.get("watch", "")),
        chat=extra.get("chat", ""),
        breakout=_breakout(size, group_size, minutes, debrief_minutes, language) if size else extra.get("breakout", ""),
        cohost=extra.get("cohost", ""),
        debrief={"minutes": debrief_minutes, "questions": list(debrief["questions"])} if debrief else None,
        roles=tuple(dict(r, card=list(r["card"])) for r in activity.get("roles", [])),
        slide=tuple(_fill(line, values) for line in extra.get("slide", activity.get("slide", []))),
        session=session,
        start=clock,
    )


def heading(sheet: RunSheet) -> str:
    """'Networking that lasts · 2026-12-03 · Sam Rivera' (what is known of it); in German or Spanish the date
    as the language writes it ("Donnerstag, 3. Dezember 2026"; English keeps the date as the coach gave it)."""
    from netkit.date_input import maybe_date

    day = maybe_date(sheet.date) if sheet.language != DEFAULT_LANGUAGE else None
    when = written_date(day, sheet.language) if day else sheet.date
    return " · ".join(x for x in (sheet.workshop, when, sheet.coach) if x)
