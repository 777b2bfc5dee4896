"""The coach's cohort report: who got how far, and what the group's networks look like.

``netkit collect OUT`` reads every participant folder listed in ``OUT/manifest.json``
(read-only: nothing is ever written into a participant's folder) and builds a
:class:`CohortReport`:

* a **progress table** — percent done per exercise per participant, for a coach glancing at
  it during the workshop (participants' own names are shown: the coach knows them);
* **anonymised aggregates** over the participants who share — network size and rings, the
  share of dormant ties, gives versus asks, the outreach linter's most common findings (by
  rule id), and the commitments made (how many, how often).

What never leaves a participant's folder: contacts' names, organisations, notes, message
texts, reflection answers. Only counts are taken, and aggregates are withheld while fewer
than :data:`MIN_GROUP` participants share (one person's "network of 12" is not anonymous).

Sharing is chosen, never assumed (keys in :mod:`netkit.schema`): a participant shares only
after ticking "Share my progress with my coach" (``sharing.share`` true), and not when any copy
of their answers (main file, backup, a damaged copy set aside) says "do not share"
(``sharing.share`` false, or the older ``sharing.opt_out`` true). Otherwise the row says
*not sharing* with no data and counts in no figure. Sharing anonymously keeps the numbers and
hides the name.

No figure describes fewer than ``min_group`` people: each figure of the cohort report counts its
own contributors (the participants who logged a give or an ask, who rated their confidence
twice, …) and is withheld, with a note saying why, below ``min_group``
(:meth:`Aggregates.shown`).
A missing folder or a damaged answers file is reported on its row and skipped; it never
stops the report. The same model is built from answers fetched from a JupyterHub
(:func:`netkit.hub.fetch_answers`): :func:`build_report` takes ``(manifest entry,
answers-or-error)`` pairs, or a plain ``{participant id: answers}`` mapping.

How "percent done" is counted (each exercise is the mean of its milestones):

=========== ==============================================================================
network     a first contact · at least 5 people mapped · when you were last in touch noted
            for half of them · a give or an ask logged
outreach    a draft started · a message kept in the outbox · a message marked as sent
reflection  the share of reflection prompts answered · at least one commitment in the plan ·
            confidence rated before and after
=========== ==============================================================================
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from . import schema
from .answers_file import BACKUP_SUFFIX, answers_path, read_answers_readonly, read_copies, says_do_not_share
from .exceptions import NetkitError, RenderError, describe
from .manifest import read_manifest
from .paths import guard_file, manifest_folder

__all__ = [
    "Aggregates",
    "CohortReport",
    "EXERCISES",
    "Facts",
    "MILESTONES",
    "MIN_GROUP",
    "Milestone",
    "OPT_OUT_KEY",
    "ParticipantRow",
    "SHARING_FIGURES",
    "aggregate",
    "build_report",
    "collect",
    "completion",
    "contacts_of",
    "example_entries",
    "messages_of",
    "missing_steps",
    "read_answers_readonly",
    "read_manifest_entries",
    "read_render",
    "summary_rows",
    "write_summary_csv",
]

OPT_OUT_KEY = schema.OPT_OUT
MIN_GROUP = 3
EXERCISES = {"network": "Network map", "outreach": "Outreach", "reflection": "Reflection"}
MIN_CONTACTS = 5

#: Row statuses.
SHARED, NOT_STARTED, OPTED_OUT, NOT_SHARING, PROBLEM = "shared", "not started", "opted out", "not sharing", "problem"
ANONYMOUS_NAME = "(shared anonymously)"


# --------------------------------------------------------------------------- reading answers
def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def contacts_of(answers: Mapping[str, Any]) -> list:
    """The participant's contacts as :class:`~netkit.contacts.Contact` (unreadable ones skipped)."""
    from .contacts import Contact

    contacts = []
    for item in _as_list(answers.get(schema.CONTACTS)):
        if not isinstance(item, Mapping):
            continue
        try:
            contacts.append(Contact.from_dict(dict(item)))
        except (KeyError, TypeError, ValueError):
            continue  # a hand-edited contact with a broken date: counted nowhere rather than guessed
    return contacts


def _text_of(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for key in ("text", "body", "message"):
            if isinstance(item.get(key), str):
                return item[key]
    return ""


def _situation_of(item: Any) -> str:
    return str(item.get("situation") or "") if isinstance(item, Mapping) else ""


def messages_of(answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(text, situation) of every outbox message and the current draft, each text once.

    A draft still exactly as its template wrote it (``template_text``) is not the participant's
    writing yet, so it is left out.
    """
    seen: set[str] = set()
    out = []
    draft = answers.get(schema.OUTREACH_DRAFT)
    if isinstance(draft, Mapping) and _text_of(draft).strip() == str(draft.get("template_text") or "").strip():
        draft = None
    for item in [*_as_list(answers.get(schema.OUTBOX)), draft]:
        text = _text_of(item)
        if not text.strip():
            continue
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append((text, _situation_of(item)))
    return out


def _confidence(answers: Mapping[str, Any]) -> tuple[int | None, int | None]:
    from .confidence import level

    return level(answers.get(schema.CONFIDENCE_BEFORE)), level(answers.get(schema.CONFIDENCE_AFTER))


def _plan(answers: Mapping[str, Any]) -> list:
    from .plan import plan_from_json

    entries, _problems = plan_from_json(answers.get(schema.PLAN))
    return entries


# --------------------------------------------------------------------------- completion
@dataclass
class Facts:
    """What the report needs from one participant's answers, read once (counts and objects, no output)."""

    contacts: list
    messages: list[tuple[str, str]]
    outbox: list
    plan: list
    reflection_fraction: float
    confidence: tuple[int | None, int | None]

    @classmethod
    def of(cls, answers: Mapping[str, Any]) -> Facts:
        answers = schema.migrate(answers)  # older key names are read through today's
        return cls(
            contacts=_safely(contacts_of, answers, []),
            messages=_safely(messages_of, answers, []),
            outbox=_as_list(answers.get(schema.OUTBOX)),
            plan=_safely(_plan, answers, []),
            reflection_fraction=_safely(_reflection_fraction, answers, 0.0),
            confidence=_safely(_confidence, answers, (None, None)),
        )


def _safely(read: Callable[[Mapping[str, Any]], Any], answers: Mapping[str, Any], default: Any) -> Any:
    try:
        return read(answers)
    except Exception:  # an odd hand-edited value: that part simply counts as not done
        return default


@dataclass(frozen=True)
class Milestone:
    """One step of an exercise: a label for the coach and a score in 0–1 from a participant's :class:`Facts`."""

    exercise: str
    label: str
    score: Callable[[Facts], float]


def _contacts_dated(facts: Facts) -> float:
    if not facts.contacts:
        return 0.0
    dated = sum(1 for c in facts.contacts if c.last_heard is not None)
    return 1.0 if dated * 2 >= len(facts.contacts) else 0.0


def _reflection_fraction(answers: Mapping[str, Any]) -> float:
    from .reflection import answers_from_store, progress

    return progress(answers_from_store(answers)).fraction


MILESTONES: tuple[Milestone, ...] = (
    Milestone("network", "a first contact", lambda f: float(bool(f.contacts))),
    Milestone("network", f"at least {MIN_CONTACTS} people mapped", lambda f: float(len(f.contacts) >= MIN_CONTACTS)),
    Milestone("network", "last contact noted for half of them", _contacts_dated),
    Milestone("network", "a give or an ask logged", lambda f: float(any(c.gives or c.asks for c in f.contacts))),
    Milestone("outreach", "a draft started", lambda f: float(bool(f.messages))),
    Milestone("outreach", "a message in the outbox", lambda f: float(any(_text_of(m).strip() for m in f.outbox))),
    Milestone(
        "outreach",
        "a message marked as sent",
        lambda f: float(any(isinstance(m, Mapping) and m.get("sent_on") for m in f.outbox)),
    ),
    Milestone("reflection", "every reflection prompt answered", lambda f: f.reflection_fraction),
    Milestone("reflection", "a commitment in the plan", lambda f: float(bool(f.plan))),
    Milestone("reflection", "confidence rated before and after", lambda f: float(None not in f.confidence)),
)


def completion(answers: Mapping[str, Any] | Facts) -> dict[str, int]:
    """Percent done (0–100) per exercise: the mean of its milestones. Missing keys count as 0."""
    answers = answers if isinstance(answers, Facts) else Facts.of(answers)
    result = {}
    for exercise in EXERCISES:
        scores = [_safe_score(m, answers) for m in MILESTONES if m.exercise == exercise]
        result[exercise] = round(100 * sum(scores) / len(scores))
    return result


def missing_steps(answers: Mapping[str, Any] | Facts) -> dict[str, list[str]]:
    """Per exercise, the milestones not reached yet (what a coach might nudge about)."""
    answers = answers if isinstance(answers, Facts) else Facts.of(answers)
    out: dict[str, list[str]] = {exercise: [] for exercise in EXERCISES}
    for m in MILESTONES:
        if _safe_score(m, answers) < 1.0:
            out[m.exercise].append(m.label)
    return out


def _safe_score(milestone: Milestone, facts: Facts) -> float:
    try:
        return max(0.0, min(1.0, float(milestone.score(facts))))
    except Exception:  # an odd hand-edited value: that step is simply not done
        return 0.0


# --------------------------------------------------------------------------- the model
@dataclass
class ParticipantRow:
    """One line of the progress table."""

    id: str
    name: str
    folder: str
    status: str
    percent: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    problem: str = ""
    #: Something the coach should know although the row was read (a damaged file, its backup used).
    note: str = ""

    @property
    def overall(self) -> int | None:
        return round(sum(self.percent.values()) / len(self.percent)) if self.percent else None


@dataclass
class Aggregates:
    """Counts over the participants who share; no names, no texts, lists sorted (not in table order)."""

    participants: int
    network_sizes: list[int]
    rings: dict[str, int]
    contacts: int
    dormant: int
    dormant_shares: list[float]
    gave: int
    asked: int
    balances: list[int]
    messages: int
    findings: dict[str, int]
    commitments: int
    commitments_per_person: list[int]
    cadences: dict[str, int]
    confidence_changes: list[int]
    #: Figure id → how many participants it describes (see :data:`SHARING_FIGURES`).
    contributors: dict[str, int] = field(default_factory=dict)
    min_group: int = MIN_GROUP

    def shown(self, figure: str) -> bool:
        """May ``figure`` be shown: does it describe at least ``min_group`` participants?"""
        return self.contributors.get(figure, 0) >= self.min_group

    def suppressed(self) -> dict[str, str]:
        """Figure id → the note saying why it is withheld (empty when every figure is shown)."""
        return {
            figure: (
                f"{SHARING_FIGURES[figure]} is not shown: it would describe "
                f"{self.contributors.get(figure, 0)} participant(s), fewer than {self.min_group}, "
                "so one person's numbers could be picked out."
            )
            for figure in SHARING_FIGURES
            if not self.shown(figure)
        }

    @property
    def dormant_share(self) -> float:
        return self.dormant / self.contacts if self.contacts else 0.0

    @property
    def median_network(self) -> float:
        return median(self.network_sizes) if self.network_sizes else 0

    def to_json(self) -> dict:
        """The figures that may be shown; a withheld figure's numbers are left out, its note kept."""
        figures: dict[str, dict[str, Any]] = {
            "rings": {"network_sizes": self.network_sizes, "rings": self.rings, "contacts": self.contacts},
            "dormant": {"dormant": self.dormant, "dormant_share": round(self.dormant_share, 3)},
            "reciprocity": {"gave": self.gave, "asked": self.asked, "balances": self.balances},
            "findings": {"messages": self.messages, "findings": self.findings},
            "commitments": {
                "commitments": self.commitments,
                "commitments_per_person": self.commitments_per_person,
                "cadences": self.cadences,
            },
            "confidence": {"confidence_changes": self.confidence_changes},
        }
        out: dict[str, Any] = {
            "participants": self.participants,
            "min_group": self.min_group,
            "contributors": self.contributors,
            "suppressed": self.suppressed(),
        }
        for figure, values in figures.items():
            if self.shown(figure):
                out.update(values)
        return out


@dataclass
class CohortReport:
    """The progress table, the aggregates (``None`` while too few share), and what went wrong."""

    rows: list[ParticipantRow]
    aggregates: Aggregates | None
    min_group: int = MIN_GROUP
    generated_at: str = ""
    source: str = ""

    @property
    def problems(self) -> list[ParticipantRow]:
        return [row for row in self.rows if row.status == PROBLEM]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def summary(self) -> str:
        """One paragraph for the terminal."""
        parts = [
            f"{len(self.rows)} participants: {self.count(SHARED)} sharing, "
            f"{self.count(NOT_STARTED)} not started, {self.count(NOT_SHARING)} not sharing, "
            f"{self.count(OPTED_OUT)} opted out, "
            f"{self.count(PROBLEM)} could not be read."
        ]
        for row in self.problems:
            parts.append(f"  skipped {row.name}: {row.problem}")
        for row in self.rows:
            if row.note:
                parts.append(f"  {row.name}: {row.note}")
        if self.aggregates is None:
            parts.append(f"Cohort charts need at least {self.min_group} participants sharing.")
        return "\n".join(parts)


def _lint_rules(text: str, situation: str) -> set[str]:
    from .lint import lint

    try:
        findings = lint(text, situation or None)
    except NetkitError:  # a situation id this netkit does not know: the general rules
        findings = lint(text, None)
    return {f.rule for f in findings if f.severity == "warning"}


#: Every figure of the cohort report, with what it is called in a note when it is withheld.
SHARING_FIGURES = {
    "rings": "The network sizes and rings chart",
    "dormant": "The dormant ties chart",
    "reciprocity": "The gives and asks chart",
    "findings": "The outreach feedback chart",
    "commitments": "The commitments chart",
    "confidence": "The confidence before/after figure",
}


def aggregate(
    answer_sets: Iterable[Mapping[str, Any] | Facts], *, today: _dt.date | None = None, min_group: int = MIN_GROUP
) -> Aggregates:
    """Cohort counts from the answers (or :class:`Facts`) of the participants who share (those only).

    Each figure records how many participants it describes, so a figure drawn from fewer than
    ``min_group`` of them is withheld (:meth:`Aggregates.shown`).
    """
    from .contacts import RINGS
    from .network import reciprocity, summarise

    today = today or _dt.date.today()
    sizes, dormant_shares, balances, per_person, conf = [], [], [], [], []
    rings: Counter = Counter(dict.fromkeys(RINGS, 0))
    findings: Counter = Counter()
    cadences: Counter = Counter()
    contacts_total = dormant = gave = asked = messages = writers = 0
    count = 0
    for answers in answer_sets:
        facts = answers if isinstance(answers, Facts) else Facts.of(answers)
        count += 1
        contacts = facts.contacts
        summary = summarise(contacts, today)
        sizes.append(summary.size)
        rings.update(summary.by_ring)
        contacts_total += summary.size
        dormant += summary.dormant
        if summary.size:
            dormant_shares.append(round(summary.dormant_share, 3))
        rec = reciprocity(contacts)
        gave += rec.gave
        asked += rec.asked
        if rec.gave or rec.asked:
            balances.append(rec.gave - rec.asked)
        writers += bool(facts.messages)
        for text, situation in facts.messages:
            messages += 1
            findings.update(_lint_rules(text, situation))
        plan = facts.plan
        if plan:
            per_person.append(len(plan))
            cadences.update(entry.cadence for entry in plan)
        before, after = facts.confidence
        if before is not None and after is not None:
            conf.append(after - before)
    return Aggregates(
        participants=count,
        network_sizes=sorted(sizes),
        rings=dict(rings),
        contacts=contacts_total,
        dormant=dormant,
        dormant_shares=sorted(dormant_shares),
        gave=gave,
        asked=asked,
        balances=sorted(balances),
        messages=messages,
        findings=dict(findings.most_common()),
        commitments=sum(per_person),
        commitments_per_person=sorted(per_person),
        cadences=dict(cadences.most_common()),
        confidence_changes=sorted(conf),
        min_group=max(1, min_group),
        contributors={
            "rings": count,
            "dormant": len(dormant_shares),
            "reciprocity": len(balances),
            "findings": writers,
            "commitments": len(per_person),
            "confidence": len(conf),
        },
    )


def _entry_name(entry: Mapping[str, Any], answers: Any) -> str:
    name = str(entry.get("name") or "").strip()
    if not name and isinstance(answers, Mapping):
        profile = answers.get(schema.PROFILE)
        if isinstance(profile, Mapping):
            name = str(profile.get("name") or "").strip()
    return name or str(entry.get("id") or entry.get("folder") or "(unnamed)")


def sharing_choice(answers: Mapping[str, Any]) -> str:
    """``"named"``, ``"anonymous"``, ``"no"`` or ``"unset"``: what the participant chose to share.

    Only an explicit tick shares; a "no" wins over everything (the older ``sharing.opt_out``
    true included). An older workbook's explicit ``sharing.opt_out`` false was a re-ticked box.
    """
    if answers.get(schema.OPT_OUT) is True or answers.get(schema.SHARE) is False:
        return "no"
    if answers.get(schema.SHARE) is True or answers.get(schema.OPT_OUT) is False:
        return "anonymous" if answers.get(schema.SHARE_ANONYMOUSLY) is True else "named"
    return "unset"


def build_report(
    entries: Iterable[tuple[Mapping[str, Any], Any]] | Mapping[str, Any],
    *,
    today: _dt.date | None = None,
    min_group: int = MIN_GROUP,
    source: str = "",
) -> CohortReport:
    """The cohort report from ``(manifest entry, answers)`` pairs.

    ``answers`` is the participant's answers mapping (dotted keys → values), ``None`` when
    nothing is saved yet (0 % everywhere), or an exception saying why it could not be read
    (the row is reported and skipped). A plain ``{participant id: answers}`` mapping is
    accepted too (e.g. straight from :func:`netkit.hub.fetch_answers`).
    """
    if isinstance(entries, Mapping):
        entries = [({"id": pid}, value) for pid, value in entries.items()]
    rows, shared = [], []
    for entry, answers in entries:
        entry = entry if isinstance(entry, Mapping) else {}
        row = ParticipantRow(
            id=str(entry.get("id") or ""),
            name=_entry_name(entry, answers),
            folder=str(entry.get("folder") or ""),
            status=SHARED,
            note=str(entry.get("note") or ""),
        )
        choice = sharing_choice(answers) if isinstance(answers, Mapping) else "nothing saved"
        if isinstance(answers, BaseException):
            row.status, row.problem = PROBLEM, describe(answers, brief=True)
        elif answers is not None and not isinstance(answers, Mapping):
            row.status, row.problem = PROBLEM, "the answers are not a set of key/value pairs"
        elif choice == "no":
            row.status = OPTED_OUT
        elif choice == "unset" and answers:
            row.status = NOT_SHARING
        else:
            if choice == "anonymous":
                row.id, row.name, row.folder = "", ANONYMOUS_NAME, ""
            facts = Facts.of(answers or {})
            row.percent = completion(facts)
            row.missing = missing_steps(facts)
            if not any(row.percent.values()):
                row.status = NOT_STARTED  # nothing to count: a 0-contact network would skew the medians
            else:
                shared.append(facts)
        rows.append(row)
    aggregates = aggregate(shared, today=today, min_group=min_group) if len(shared) >= max(1, min_group) else None
    return CohortReport(
        rows=rows,
        aggregates=aggregates,
        min_group=min_group,
        source=source,
        generated_at=_dt.datetime.now().isoformat(timespec="minutes"),
    )


# --------------------------------------------------------------------------- local folders
def _participant_folder(out: Path, entry: Mapping[str, Any]) -> Path:
    folder = manifest_folder(out, entry)
    if not folder.is_dir():
        raise RenderError(
            f"the folder {folder.name} is missing",
            where=out,
            fix="re-render this participant, or restore the folder from a backup",
        )
    answers = answers_path(folder)
    for copy in (answers, answers.with_name(answers.name + BACKUP_SUFFIX)):
        guard_file(folder, copy)  # a linked answers file is refused, not read
    return folder


def read_manifest_entries(out: str | Path) -> list[dict]:
    """The participants listed in ``OUT/manifest.json`` (a missing or damaged manifest is a :class:`RenderError`)."""
    return read_manifest(out, required=True)["participants"]


def read_render(out: str | Path, *, progress: bool = False) -> list[tuple[dict, Any]]:
    """``(manifest entry, answers | None | error)`` for every participant of a render in ``out``."""
    from tqdm import tqdm

    out = Path(out)
    entries = read_manifest_entries(out)
    pairs: list[tuple[dict, Any]] = []
    for entry in tqdm(entries, desc="collect", unit="participant", disable=not progress, leave=False):
        try:
            pairs.append(_read_participant(_participant_folder(out, entry), entry))
        except (NetkitError, OSError) as exc:
            pairs.append((entry, exc))
    return pairs


def _read_participant(folder: Path, entry: dict) -> tuple[dict, Any]:
    """(entry, answers): a damaged main file is noted on the entry; a "no" in any copy holds."""
    from .answers_file import FILENAME, answers_from_copies, parse_document

    copies = read_copies(folder)
    main = copies[0][1]
    answers = answers_from_copies(main, copies[1][1], where=folder / FILENAME)
    if isinstance(main, bytes):
        try:
            parse_document(main, folder / FILENAME)
        except ValueError as exc:
            entry = {**entry, "note": f"the answers file is damaged ({exc}); its backup was read"}
    if answers is not None and any(says_do_not_share(data) for _name, data in copies):
        answers = {**answers, schema.SHARE: False}
    return entry, answers


def collect(
    out: str | Path, *, progress: bool = False, today: _dt.date | None = None, min_group: int = MIN_GROUP
) -> CohortReport:
    """Read a render folder and build its cohort report (nothing is written)."""
    return build_report(read_render(out, progress=progress), today=today, min_group=min_group, source=str(out))


# --------------------------------------------------------------------------- CSV
CSV_HEADER = ("participant", "status", *(f"{label} %" for label in EXERCISES.values()), "overall %", "note")


def summary_rows(report: CohortReport) -> list[list[Any]]:
    """The progress table as rows for :data:`CSV_HEADER` (no contact, no message text)."""
    rows = []
    for row in report.rows:
        percents = [row.percent.get(key, "") if row.status not in (OPTED_OUT, NOT_SHARING) else "" for key in EXERCISES]
        rows.append(
            [row.name, row.status, *percents, row.overall if row.overall is not None else "", row.problem or row.note]
        )
    return rows


def write_summary_csv(report: CohortReport, path: str | Path) -> Path:
    """The progress table as a spreadsheet-safe CSV (UTF-8 with BOM, formulas neutralised)."""
    from .csvsafe import write_csv

    return write_csv(path, CSV_HEADER, summary_rows(report))


# --------------------------------------------------------------------------- example cohort
def example_entries(today: _dt.date | None = None) -> list[tuple[dict, dict]]:
    """A fictional cohort (the bundled example roster) with made-up answers, for demos and the notebook."""
    from .resources import example_roster
    from .roster import read_roster

    today = today or _dt.date.today()
    rings = ("inner", "close", "regular", "acquaintance", "dormant")
    cadences = ("fortnightly", "monthly", "quarterly", "half_yearly")
    pairs = []
    for n, person in enumerate(read_roster(example_roster()).participants):
        contacts = []
        for k in range(3 + 3 * n):
            heard = today - _dt.timedelta(days=20 + 90 * ((k + n) % 6))
            contact: dict[str, Any] = {
                "id": f"x{n}-{k}",
                "name": f"Contact {k}",
                "ring": rings[(k + n) % len(rings)],
                "last_contact": heard.isoformat(),
            }
            if k % 2 == 0:
                contact["interactions"] = [
                    {"date": heard.isoformat(), "kind": "message", "direction": "asked" if (k + n) % 3 else "gave"}
                ]
            contacts.append(contact)
        answers: dict[str, Any] = {schema.CONTACTS: contacts, schema.SHARE: n != 5, schema.SHARE_ANONYMOUSLY: n == 4}
        if n % 3 != 2:
            answers[schema.OUTBOX] = [
                {
                    "situation": "informational-interview",
                    "sent_on": today.isoformat() if n % 2 else None,
                    "text": "Hi, I'm looking for a job. Do you have any openings? I really need this."
                    if n % 2
                    else "Hi Sam, we met at the spring meetup. I enjoyed your talk on data teams. Could I ask you "
                    "two questions about how you moved into analytics? Thanks!",
                }
            ]
        if n >= 2:
            answers[schema.reflection_answer_key("regret")] = "Not keeping in touch."
            answers[schema.PLAN] = [
                {
                    "person": f"Contact {k}",
                    "closeness": rings[k % 4],
                    "cadence": cadences[(k + n) % 4],
                    "first_step": "",
                    "first_date": today.isoformat(),
                }
                for k in range(n)
            ]
        if n >= 3:
            answers[schema.CONFIDENCE_BEFORE] = 3 + n % 3
            answers[schema.CONFIDENCE_AFTER] = 5 + n % 4
        pairs.append(({"id": person.id, "name": person.name, "folder": ""}, answers))
    return pairs
