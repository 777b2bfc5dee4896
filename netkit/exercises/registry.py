"""The exercises as things in the code: each exercise package declares one :class:`Exercise`, and this registry
finds them.

An exercise package (``netkit/exercises/<id>/``, the id with ``_`` for ``-``) holds an ``exercise`` module whose
``EXERCISE`` says everything the rest of the kit needs to know about it, once:

* its **id** (``network``): the one name used in code, in the coach report's columns and in the answers keys
  it owns (``network.contacts``); older spellings kept in files written by earlier versions (a composed
  workbook's step ``network-map``, a manifest) are ``aliases`` and still resolve (:func:`exercise`);
* its **notebook** in ``exercises/`` and its **titles** (the short ``title`` of a report column, the
  ``heading`` the notebook, the step view and the paper sheet show);
* the **answers keys** it owns (declared in :mod:`netkit.store.schema`, the one place a key is spelled);
* its **milestones**, which the coach report (:mod:`netkit.coach.collect`) and the participant's step view
  (:mod:`netkit.coach.steps`) both count, so both read the same numbers;
* its **take-home** section (:mod:`netkit.workbook.handout`), its paper **worksheet**
  (:mod:`netkit.coach.worksheets`), the run-sheet **activities** of ``netkit/data/guide.toml`` that belong to it,
  and the **languages** its text is written in.

The report, the step view, the take-home page, the worksheets and compose iterate over :func:`exercises`; none
of them names an exercise. So a new exercise (``python tools/new_exercise.py``) is one new package, nothing else.

Layering: this module sits in the exercises layer and imports no exercise package by name (it finds them with
:mod:`pkgutil`), and the exercise packages import only this module from outside their own family, so they
still never import each other. Everything here is plain Python: the participant's kernel reads it too.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DECLARATION",
    "Exercise",
    "LiveMapping",
    "LiveSequence",
    "Milestone",
    "Part",
    "Reading",
    "Sheet",
    "SheetContext",
    "TakeHome",
    "TakeHomeContext",
    "TakeHomePart",
    "exercise",
    "exercises",
    "milestones",
    "refresh",
    "step_exercises",
    "titles",
]

#: The module of an exercise package that declares ``EXERCISE``.
DECLARATION = "exercise"


# --------------------------------------------------------------------------- reading a participant's answers
class Reading:
    """One participant's answers, each reader run once: the milestones of every exercise share what they read.

    ``get(reader)`` runs ``reader(answers)`` the first time and remembers the result, so the coach report
    parses a participant's contacts once however many milestones (and report figures) look at them. A reader
    that fails on an odd hand-edited value gives ``default``: that part simply counts as not done.
    """

    def __init__(self, answers: Mapping[str, Any]):
        self.answers = answers
        self._read: dict[Callable[[Mapping[str, Any]], Any], Any] = {}

    @classmethod
    def of(cls, answers: Mapping[str, Any]) -> Reading:
        """A reading of ``answers`` with older key names read through today's (:func:`~netkit.store.schema.migrate`)."""
        from netkit.store.schema import migrate

        return cls(migrate(answers))

    def get(self, reader: Callable[[Mapping[str, Any]], Any], default: Any = None) -> Any:
        if reader not in self._read:
            try:
                self._read[reader] = reader(self.answers)
            except Exception:  # an odd hand-edited value: that part simply counts as not done
                self._read[reader] = default
        return self._read[reader]


@dataclass(frozen=True)
class Milestone:
    """One step of an exercise: a label for the coach and a score in 0–1 from a participant's :class:`Reading`."""

    exercise: str
    label: str
    score: Callable[[Reading], float]


# --------------------------------------------------------------------------- paper worksheets
@dataclass(frozen=True)
class Part:
    """One form on a sheet. ``kind``: rings | table | checklist | lines | fields | list (points to read,
    ``items``) | texts (short texts to copy from, ``items``, each "title\ntext")."""

    kind: str
    title: str
    hint: str = ""
    columns: tuple[str, ...] = ()
    rows: int = 0
    items: tuple[str, ...] = ()
    lines: int = 0
    values: tuple[str, ...] = ()  # pre-filled answers for "fields" (same order as items)


@dataclass(frozen=True)
class Sheet:
    """One printed page (or two): an exercise's forms."""

    exercise: str
    title: str
    intro: str
    parts: tuple[Part, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SheetContext:
    """What an exercise's paper sheet may use: the participant's roster fields (all text, ``""`` when blank), the
    facilitator's guide data (``netkit/data/guide.toml``) and the target organisations as a list (split by the
    roster's one rule, so paper and workbook agree), and the participant's language (``""``: English), which the
    sheet's own words follow."""

    personal: Mapping[str, str]
    guide: Mapping[str, Any]
    organisations: tuple[str, ...] = ()
    language: str = ""


# --------------------------------------------------------------------------- take-home page
@dataclass(frozen=True)
class TakeHomeContext:
    """Who the take-home page is for: the participant's name, today, the workshop's country (for dates) and the
    participant's language (an ISO code, ``""`` for English: every section says its words and dates in it)."""

    name: str
    today: _dt.date
    country: str = ""
    language: str = ""


@dataclass(frozen=True)
class TakeHomePart:
    """An exercise's section of the take-home page (HTML, every user string escaped) and the files that go with it
    (``{file name: bytes}``, e.g. the map picture or a calendar; only those with data)."""

    html: str
    files: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class TakeHome:
    """The take-home section: its heading on the page and how it is made from the answers."""

    heading: str
    build: Callable[[Mapping[str, Any], TakeHomeContext], TakeHomePart]


# --------------------------------------------------------------------------- the exercise
@dataclass(frozen=True)
class Exercise:
    """One exercise, declared once by its package (see the module docstring for what each field is for)."""

    id: str
    order: int
    notebook: str
    title: str
    heading: str
    answer_keys: tuple[str, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    takehome: TakeHome | None = None
    worksheet: Callable[[SheetContext], Sheet] | None = None
    activities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        where = f"the exercise {self.id!r}"
        if not self.id or not self.id.replace("-", "").isalnum() or self.id != self.id.lower():
            raise ValueError(f"{where}: an id is lower-case letters, digits and dashes (e.g. network)")
        if not self.notebook.endswith(".ipynb") or "/" in self.notebook or "\\" in self.notebook:
            raise ValueError(f"{where}: notebook names a file in exercises/, e.g. {self.id}.ipynb")
        wrong = [m.label for m in self.milestones if m.exercise != self.id]
        if wrong:
            raise ValueError(f"{where}: milestones {wrong} name another exercise; write Milestone({self.id!r}, ...)")
        if not self.languages:
            raise ValueError(f"{where}: say which languages its text is written in, e.g. languages=('en',)")

    @property
    def step(self) -> str:
        """The step name of this exercise in a composed workbook (its notebook's name without ``.ipynb``)."""
        return self.notebook.removesuffix(".ipynb")

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling that means this exercise: the id, the notebook (with and without ``.ipynb``), aliases."""
        return tuple(dict.fromkeys((self.id, self.step, self.notebook, *self.aliases)))

    @property
    def package(self) -> str:
        """The exercise's package: ``netkit.exercises.<id with _ for ->``."""
        return f"{__package__}.{self.id.replace('-', '_')}"


# --------------------------------------------------------------------------- the registry
_found: tuple[Exercise, ...] | None = None


def _discover() -> tuple[Exercise, ...]:
    package = sys.modules[__package__ or "netkit.exercises"]
    found: list[Exercise] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        name = f"{package.__name__}.{info.name}.{DECLARATION}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a package without a declaration (a helper package, not an exercise)
            raise
        declared = getattr(module, "EXERCISE", None)
        if not isinstance(declared, Exercise):
            raise TypeError(f"{name}: EXERCISE must be an Exercise (see netkit.exercises.registry)")
        if declared.package != f"{package.__name__}.{info.name}":
            raise ValueError(f"{name}: the id {declared.id!r} does not match its package {info.name!r}")
        found.append(declared)
    owner: dict[str, str] = {}
    for item in found:
        for spelling in item.names:
            if owner.setdefault(spelling, item.id) != item.id:
                raise ValueError(f"the exercises {owner[spelling]!r} and {item.id!r} both answer to {spelling!r}")
    return tuple(sorted(found, key=lambda e: (e.order, e.id)))


def exercises() -> tuple[Exercise, ...]:
    """Every exercise, in workshop order (found once per process; :func:`refresh` looks again)."""
    global _found
    if _found is None:
        _found = _discover()
    return _found


def refresh() -> tuple[Exercise, ...]:
    """Look for exercise packages again (after one was added while the process runs, e.g. in a test)."""
    global _found
    _found = None
    return exercises()


def exercise(name: str | None) -> Exercise | None:
    """The exercise ``name`` means (its id, notebook, step name or an older spelling), or ``None``."""
    for item in exercises():
        if name in item.names:
            return item
    return None


def titles() -> dict[str, str]:
    """``{id: short title}`` in workshop order (the coach report's columns)."""
    return {item.id: item.title for item in exercises()}


def milestones() -> tuple[Milestone, ...]:
    """Every exercise's milestones, in workshop order."""
    return tuple(m for item in exercises() for m in item.milestones)


def step_exercises() -> dict[str, str]:
    """``{any spelling of an exercise: its id}``: a composed workbook's step names (old ones too) to exercise ids."""
    return {spelling: item.id for item in exercises() for spelling in item.names}


class LiveMapping(Mapping[str, Any]):
    """A read-only mapping rebuilt from the registry at each use, for a module-level table such as the report's
    ``EXERCISES``: an exercise registered after import (a test, :func:`refresh`) is in it."""

    def __init__(self, build: Callable[[], Mapping[str, Any]]):
        self._build = build

    def __getitem__(self, key: str) -> Any:
        return self._build()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())

    def __repr__(self) -> str:
        return repr(dict(self._build()))


class LiveSequence(Sequence[Any]):
    """A read-only sequence rebuilt from the registry at each use (see :class:`LiveMapping`)."""

    def __init__(self, build: Callable[[], Sequence[Any]]):
        self._build = build

    def __getitem__(self, index: Any) -> Any:
        return self._build()[index]

    def __len__(self) -> int:
        return len(self._build())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._build())

    def __repr__(self) -> str:
        return repr(tuple(self._build()))
