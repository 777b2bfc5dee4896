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
import tomllib
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from netkit.exceptions import NetkitError
from netkit.resources import PACKAGE_DIR, bundled_dir

__all__ = [
    "DEFAULT_FORMAT",
    "DEFAULT_TITLE",
    "FORMATS",
    "GUIDE_DATA",
    "KINDS",
    "Block",
    "RunSheet",
    "exercise_title",
    "heading",
    "load_guide",
    "run_sheet",
]

GUIDE_DATA = PACKAGE_DIR / "data" / "guide.toml"
KINDS = ("plenary", "solo", "pair", "group", "break")
FORMATS = ("room-2h", "online-90", "series-3x45")
DEFAULT_FORMAT = "room-2h"
DEFAULT_TITLE = "Networking workshop"  # when no --workshop is given


@dataclass(frozen=True)
class Block:
    """One timed block of a workshop."""

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
    session: int = 1
    start: int = 0  # minutes from the start of its session


@dataclass(frozen=True)
class RunSheet:
    """A workshop format, block by block, for one workshop."""

    format: str
    title: str
    minutes: int
    setting: str
    blocks: tuple[Block, ...]
    workshop: str = ""
    date: str = ""
    coach: str = ""
    sessions: int = field(default=1)

    def as_json(self) -> dict:
        """The machine-readable run sheet (``run-sheet.json``)."""
        blocks = []
        for block in self.blocks:
            data = asdict(block)
            data["exercise"] = block.exercise or None
            data["stuck"] = [{"problem": p, "help": h} for p, h in block.stuck]
            blocks.append(data)
        return {
            "format": self.format,
            "title": self.title,
            "minutes": self.minutes,
            "setting": self.setting,
            "sessions": self.sessions,
            "workshop": self.workshop,
            "date": self.date,
            "coach": self.coach,
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
    """The guide data file, parsed (``formats`` and ``activities``)."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise NetkitError(f"the guide data cannot be read ({exc})", where=path) from None


def run_sheet(
    format_name: str = DEFAULT_FORMAT, *, workshop: str = "", date: str = "", coach: str = "", data: dict | None = None
) -> RunSheet:
    """The run sheet of one format; :class:`NetkitError` if the data is inconsistent."""
    data = data if data is not None else load_guide()
    formats, activities = data.get("formats", {}), data.get("activities", {})
    if format_name not in formats:
        raise NetkitError(
            f"there is no workshop format {format_name!r}", fix="choose one of: " + ", ".join(sorted(formats))
        )
    spec = formats[format_name]
    online = spec.get("setting") == "online"
    blocks, clock, session = [], 0, 1
    for entry in spec["blocks"]:
        activity = activities.get(entry["activity"])
        if activity is None:
            raise NetkitError(
                f"format {format_name!r} names an unknown activity {entry['activity']!r}", where=GUIDE_DATA
            )
        if entry.get("session", 1) != session:
            session, clock = entry["session"], 0
        kind, exercise = activity["kind"], activity.get("exercise", "")
        if kind not in KINDS:
            raise NetkitError(
                f"activity {entry['activity']!r} has kind {kind!r}",
                where=GUIDE_DATA,
                fix="use one of: " + ", ".join(KINDS),
            )
        extra = activity.get("online", {}) if online else {}
        stuck = tuple(
            tuple(part.strip() for part in item.split("::", 1)) if "::" in item else (item, "")
            for item in activity.get("stuck", [])
        )
        blocks.append(
            Block(
                title=activity.get("title") or exercise_title(exercise),
                minutes=int(entry["minutes"]),
                kind=kind,
                exercise=exercise,
                steps=tuple(activity.get("steps", [])) + tuple(extra.get("steps", [])),
                say=activity.get("say", ""),
                materials=tuple(activity.get("materials", [])),
                stuck=stuck,
                watch=activity.get("watch", ""),
                chat=extra.get("chat", ""),
                breakout=extra.get("breakout", ""),
                session=session,
                start=clock,
            )
        )
        clock += int(entry["minutes"])
    total = sum(b.minutes for b in blocks)
    if total != spec["minutes"]:
        raise NetkitError(
            f"format {format_name!r} is {spec['minutes']} minutes but its blocks add up to {total}",
            where=GUIDE_DATA,
            fix="change the blocks' minutes so they add up",
        )
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
    )


def heading(sheet: RunSheet) -> str:
    """'Networking that lasts · 2026-12-03 · Sam Rivera' (what is known of it)."""
    return " · ".join(x for x in (sheet.workshop, sheet.date, sheet.coach) if x)
