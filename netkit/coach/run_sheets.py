"""Run sheets: the facilitator's guide data (``netkit/data/guide.toml``) and the timed blocks of a workshop format.

The content is data, not code: the data file holds each activity once and the formats (``room-2h``,
``online-90``, ``series-3x45``) that arrange them. A block that belongs to an exercise takes its title
from the exercise notebook itself (:func:`exercise_title`), so the run sheet, the slides and the workbook
use the same words. Block minutes must add up to the format's length; a data file where they do not is
refused, naming the format.

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
    "exercise_title",
    "heading",
    "load_guide",
    "minutes_words",
    "run_sheet",
]

GUIDE_DATA = PACKAGE_DIR / "data" / "guide.toml"
KINDS = ("plenary", "solo", "pair", "group", "break")
FORMATS = ("room-2h", "online-90", "series-3x45")
DEFAULT_FORMAT = "room-2h"
DEFAULT_TITLE = "Networking workshop"  # when no --workshop is given


#: The group size the data file's minutes are written for, when it does not say.
DEFAULT_GROUP_SIZE = 16

_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}


def minutes_words(minutes: int) -> str:
    """``5`` → ``"five minutes"``, ``21`` → ``"twenty-one minutes"`` (what a coach says aloud)."""
    if minutes < len(_NUMBER_WORDS):
        words = _NUMBER_WORDS[minutes]
    elif minutes < 70:
        tens, ones = divmod(minutes, 10)
        words = _TENS[tens] + (f"-{_NUMBER_WORDS[ones]}" if ones else "")
    else:
        words = str(minutes)
    return f"{words} minute{'' if minutes == 1 else 's'}"


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


@cache
def exercise_title(name: str) -> str:
    """The first heading of ``exercises/<name>.ipynb`` ("Exercise 1 — Map your network")."""
    path = bundled_dir("exercises") / f"{name}.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return name.replace("-", " ").capitalize()


def load_guide(path: str | Path = GUIDE_DATA) -> dict:
    """The guide data file, parsed (``formats``, ``activities``, ``demo``, …)."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise NetkitError(f"the guide data cannot be read ({exc})", where=path) from None


def advice_words() -> dict[str, str]:
    """The placeholders the guide data may use for the kit's one advice (:mod:`netkit.contacts.advice`)."""
    from netkit.contacts.advice import ASK, FOLLOW_UP, NO_ASK, rhythm_rule

    return {
        "follow_up": FOLLOW_UP.long,
        "follow_up_short": FOLLOW_UP.short,
        "ask": ASK.short,
        "no_ask": NO_ASK.short,
        "rhythm": rhythm_rule(),
    }


def _fill(text: str, values: dict[str, str]) -> str:
    return string.Template(text).safe_substitute(values)


def _timings(
    format_name: str, entries: list[dict], activities: dict, group_size: int, base: int
) -> tuple[list[tuple[dict, int]], list[str]]:
    """Each kept entry with its minutes for ``group_size`` people, and what had to move out.

    Blocks that grow with people get ``per_person`` minutes for each person above ``base`` (fewer
    below, never under ``min``); each session keeps its length: solo blocks give up time first (down
    to their ``min``), then blocks that say where they can ``move`` leave the session, in order; time
    left over goes to the longest solo block.
    """
    sessions: dict[int, list[list]] = {}
    for entry in entries:
        grown = entry["minutes"] + entry.get("per_person", 0) * (group_size - base)
        minutes = max(int(entry.get("min", 1)), round(grown), 1)
        sessions.setdefault(entry.get("session", 1), []).append([entry, minutes])
    kept: list[tuple[dict, int]] = []
    moved: list[str] = []
    for items in sessions.values():
        length = sum(entry["minutes"] for entry, _ in items)
        solo = [item for item in items if activities[item[0]["activity"]]["kind"] == "solo"]
        over = sum(m for _, m in items) - length
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
            moved.append(
                f"{activities[item[0]['activity']].get('title') or item[0]['activity']}: moved {item[0]['move']}."
            )
        if over < 0 and solo:
            max(solo, key=lambda item: item[1])[1] -= over
        elif over < 0:
            items[-1][1] -= over
        kept += [(entry, minutes) for entry, minutes in items]
    return kept, moved


def _breakout(size: int, group_size: int, minutes: int, debrief: int) -> str:
    rooms = max(1, group_size // size)
    odd = f" (one room of {size + 1} if the number does not divide)" if group_size % size else ""
    back = f", then {debrief} minutes back in the main room for the debrief" if debrief else ""
    return f"{rooms} rooms of {size}{odd}, open for {minutes - debrief} minutes{back}; automatic assignment."


def run_sheet(
    format_name: str = DEFAULT_FORMAT,
    *,
    workshop: str = "",
    date: str = "",
    coach: str = "",
    group_size: int | None = None,
    data: dict | None = None,
) -> RunSheet:
    """The run sheet of one format for ``group_size`` people; :class:`NetkitError` if the data is inconsistent."""
    data = data if data is not None else load_guide()
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
    advice = advice_words()
    kept, moved = _timings(format_name, spec["blocks"], activities, group_size, base)
    blocks, clock, session = [], 0, 1
    for entry, minutes in kept:
        if entry.get("session", 1) != session:
            session, clock = entry["session"], 0
        activity = activities[entry["activity"]]
        blocks.append(_block(entry["activity"], activity, minutes, online, advice, group_size, session, clock))
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
    group_size: int,
    session: int,
    clock: int,
) -> Block:
    """One activity as a block of the run sheet: its texts filled in with its minutes and the kit's advice, the online
    variant's steps, materials and breakouts when the workshop is online, starting ``clock`` minutes into
    ``session``."""
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
        minutes_words=minutes_words(minutes),
        round_minutes=str(max(1, (minutes - debrief_minutes - 1) // rounds)),
    )
    stuck: list[tuple[str, str]] = []
    for item in extra.get("stuck", activity.get("stuck", [])):
        problem, _, helps = item.partition("::")
        stuck.append((_fill(problem.strip(), values), _fill(helps.strip(), values)))
    size = int(extra.get("breakout_size", 0))
    return Block(
        title=activity.get("title") or exercise_title(exercise),
        minutes=minutes,
        kind=kind,
        exercise=exercise,
        steps=tuple(_fill(s, values) for s in extra.get("steps", activity.get("steps", []))),
        say=_fill(activity.get("say", ""), values),
        materials=tuple(extra.get("materials", activity.get("materials", []))),
        stuck=tuple(stuck),
        watch=extra.get("watch", activity.get("watch", "")),
        chat=extra.get("chat", ""),
        breakout=_breakout(size, group_size, minutes, debrief_minutes) if size else extra.get("breakout", ""),
        cohost=extra.get("cohost", ""),
        debrief={"minutes": debrief_minutes, "questions": list(debrief["questions"])} if debrief else None,
        roles=tuple(dict(r, card=list(r["card"])) for r in activity.get("roles", [])),
        slide=tuple(_fill(line, values) for line in extra.get("slide", activity.get("slide", []))),
        session=session,
        start=clock,
    )


def heading(sheet: RunSheet) -> str:
    """'Networking that lasts · 2026-12-03 · Sam Rivera' (what is known of it)."""
    return " · ".join(x for x in (sheet.workshop, sheet.date, sheet.coach) if x)
