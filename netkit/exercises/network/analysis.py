"""What a participant's network says: dormant ties, missing insiders, give and ask, who is due.

Every analysis is a plain function of a list of :class:`~netkit.contacts.Contact` and today's
date, so each rule has a test and the widget, the command line and the cohort report share it.

* :func:`dormant_ties_worth_reviving` — silent for long, but once close or in a place you are
  aiming at. Reconnecting with such ties tends to bring advice that is both fresh and trusted.
  Ranked by fit with the participant's targets first (works at a target organisation, then in a
  target sector), then by how close the tie was.
* :func:`targets_without_insider` — target organisations and sectors (the workbook parameters
  ``target_organisations`` / ``target_sectors``) where you know nobody yet.
* :func:`acquaintances_at_targets` — weak ties who already work where you are aiming: the
  likeliest source of news you don't have, and often easier to ask than you think.
* :func:`reciprocity` and :func:`only_asked` — gives versus asks, per contact and overall
  (networking runs both ways; a relationship is not a transaction).
* :func:`stay_in_touch_due` — when each person is next due, from their ring's rhythm
  (:mod:`netkit.contacts.rhythms`, the one source the plan and the notebooks read too).
* :func:`summarise` — size by ring and by sector, and the share of dormant ties.

No graph library is needed: an ego network is a star around the participant, so lists and
counters say everything these analyses need.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from netkit.contacts import DORMANT_AFTER_DAYS, RINGS, Contact, normalise, ring_label
from netkit.exercises.network.due import Due, stay_in_touch_due, stay_in_touch_reminders
from netkit.languages import DEFAULT_LANGUAGE, N_, number, translation
from netkit.profile_lists import split_list

__all__ = [
    "Due",
    "NetworkSummary",
    "Reciprocity",
    "Revival",
    "TargetGaps",
    "acquaintances_at_targets",
    "dormant_ties_worth_reviving",
    "findings",
    "matches_target",
    "only_asked",
    "parse_targets",
    "reciprocity",
    "stay_in_touch_due",
    "stay_in_touch_reminders",
    "summarise",
    "targets_without_insider",
]

UNKNOWN_SECTOR = "(no sector given)"
_LEGAL_SUFFIXES = {
    "inc",
    "ltd",
    "llc",
    "llp",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "sa",
    "bv",
    "nv",
    "limited",
    "group",
    "the",
}


def parse_targets(text: str | Sequence[str] | None) -> list[str]:
    """Targets from a parameter, split by the profile's one list rule (:func:`netkit.profile_lists.split_list`:
    "Acme, Inc.; Initech" is two), each once."""
    seen, result = set(), []
    for value in split_list(text):
        if normalise(value) not in seen:
            seen.add(normalise(value))
            result.append(value)
    return result


@functools.lru_cache(maxsize=65536)  # one findings() call asks for the same organisations and targets many times
def _tokens(text: str) -> tuple[str, ...]:
    words = re.findall(r"\w+", normalise(text))
    return tuple(w for w in words if w not in _LEGAL_SUFFIXES) or tuple(words)


def matches_target(value: str, target: str) -> bool:
    """Does an organisation/sector name match a target? Case, punctuation and "Inc/Ltd" ignored;
    the target's words must all appear in order at the start of the name ("NHS" matches
    "NHS England", "Acme" matches "ACME Corp.", "Bank" does not match "Copperfield Bank")."""
    got, want = _tokens(value), _tokens(target)
    return bool(want) and got[: len(want)] == want


# ---------------------------------------------------------------------- dormant ties
@dataclass(frozen=True)
class Revival:
    """A dormant tie worth reviving, and the plain reason why."""

    contact: Contact
    silence_days: int | None
    reason: str
    fit: int = 0  # 2: works at a target organisation; 1: in a target sector; 0: neither


def dormant_ties_worth_reviving(
    contacts: Iterable[Contact],
    today: _dt.date,
    *,
    target_organisations: Sequence[str] = (),
    target_sectors: Sequence[str] = (),
    limit: int | None = None,
    language: str = "",
) -> list[Revival]:
    """Dormant contacts who were once close (inner/close/regular, or put in the dormant ring on
    purpose) or who work where you are aiming.

    Ranked by fit with the participant's targets (a target organisation, then a target sector),
    then closeness, then the longest silence: the first names are the ones most worth a message. The reasons are
    in ``language`` (English by default).
    """
    _ = translation(language).gettext
    english = language in ("", DEFAULT_LANGUAGE)
    organisations, sectors = parse_targets(target_organisations), parse_targets(target_sectors)
    found = []
    for contact in contacts:
        if not contact.is_dormant(today):
            continue
        reasons = []
        if contact.ring == "dormant":
            reasons.append(_("you marked this tie as dormant"))
        elif contact.ring in ("inner", "close", "regular"):
            ring = ring_label(contact.ring).lower() if english else _(ring_label(contact.ring))
            reasons.append(_("once in your {ring} ring").replace("{ring}", ring))
        target = next(
            (t for t in organisations if contact.organisation and matches_target(contact.organisation, t)), None
        )
        if target:
            reasons.append(_("works at {target}, one of your target organisations").replace("{target}", target))
        sector = next((t for t in sectors if contact.sector and matches_target(contact.sector, t)), None)
        if sector:
            reasons.append(_("works in {sector}, one of your target sectors").replace("{sector}", sector))
        if not reasons:
            continue
        silence = contact.silence_days(today)
        if silence is not None:
            reasons.append(_("silent for {duration}").replace("{duration}", _duration(silence, language)))
        found.append(Revival(contact, silence, "; ".join(reasons), fit=2 * bool(target) + bool(sector)))
    closeness = {key: rank for rank, key in enumerate(("inner", "close", "dormant", "regular", "acquaintance"))}
    found.sort(key=lambda r: (-r.fit, closeness.get(r.contact.ring, 9), -(r.silence_days or 0)))
    return found[:limit] if limit else found


def _duration(days: int, language: str = "") -> str:
    ngettext = translation(language).ngettext
    if days >= 730:
        count = days // 365
        words = ngettext("{count} year", "{count} years", count)
    elif days >= 60:
        count = days // 30
        words = ngettext("{count} month", "{count} months", count)
    else:
        count = days
        words = ngettext("{count} day", "{count} days", count)
    return words.replace("{count}", str(count) if language in ("", DEFAULT_LANGUAGE) else number(count, language))


# ---------------------------------------------------------------------- target gaps
@dataclass(frozen=True)
class TargetGaps:
    """Targets with no insider, and the insiders found for the others (target -> contacts)."""

    organisations: list[str]
    sectors: list[str]
    insiders: dict[str, list[Contact]] = field(default_factory=dict)


def targets_without_insider(
    contacts: Iterable[Contact],
    target_organisations: str | Sequence[str] = "",
    target_sectors: str | Sequence[str] = "",
) -> TargetGaps:
    """Which target organisations and sectors have nobody you know inside them."""
    organisations, sectors = parse_targets(target_organisations), parse_targets(target_sectors)
    insiders: dict[str, list[Contact]] = {t: [] for t in organisations + sectors}
    org_tokens = {t: _tokens(t) for t in organisations}
    sector_tokens = {t: _tokens(t) for t in sectors}
    for contact in contacts:
        if contact.organisation and org_tokens:
            got = _tokens(contact.organisation)
            for target, want in org_tokens.items():
                if want and got[: len(want)] == want:
                    insiders[target].append(contact)
        if contact.sector and sector_tokens:
            got = _tokens(contact.sector)
            for target, want in sector_tokens.items():
                if want and got[: len(want)] == want:
                    insiders[target].append(contact)
    return TargetGaps(
        organisations=[t for t in organisations if not insiders[t]],
        sectors=[t for t in sectors if not insiders[t]],
        insiders=insiders,
    )


def acquaintances_at_targets(
    contacts: Iterable[Contact], target_organisations: str | Sequence[str] = ""
) -> dict[str, list[Contact]]:
    """Acquaintances (weak ties, not dormant) who work at a target organisation: target -> contacts.

    Weak ties move in circles other than yours, so they hear of things you don't; one who already
    works where you are aiming can tell you what it is like there, and is an easy first question.
    """
    out: dict[str, list[Contact]] = {}
    for target in parse_targets(target_organisations):
        found = [
            c
            for c in contacts
            if c.ring == "acquaintance" and c.organisation and matches_target(c.organisation, target)
        ]
        if found:
            out[target] = found
    return out


# ---------------------------------------------------------------------- reciprocity
@dataclass(frozen=True)
class Reciprocity:
    """Gives and asks per contact (only those with any) and overall."""

    per_contact: list[tuple[Contact, int, int]]  # (contact, gave, asked), most asked-of first
    gave: int
    asked: int

    @property
    def balance(self) -> str:
        if not self.gave and not self.asked:
            return N_("nothing logged yet")
        if self.asked > self.gave:
            return N_("you have asked more than you have given")
        if self.gave > self.asked:
            return N_("you have given more than you have asked")
        return N_("balanced")  # marked for the catalogs, translated where shown (findings)


def reciprocity(contacts: Iterable[Contact]) -> Reciprocity:
    """Count what I gave and what I asked, per contact and in total."""
    rows = []
    for contact in contacts:
        gave, asked = contact.gives, contact.asks
        if gave or asked:
            rows.append((contact, gave, asked))
    rows.sort(key=lambda row: (row[1] - row[2], -row[2], row[0].name.casefold()))
    return Reciprocity(rows, sum(r[1] for r in rows), sum(r[2] for r in rows))


def only_asked(contacts: Iterable[Contact]) -> list[Contact]:
    """Contacts I have only ever approached to ask for something (never gave, never just caught up)."""
    return [c for c in contacts if c.asks and all(i.direction == "asked" for i in c.interactions)]


# ---------------------------------------------------------------------- summary
@dataclass(frozen=True)
class NetworkSummary:
    """Headline figures; :meth:`to_json` holds counts only (no names) for a cohort report."""

    size: int
    by_ring: dict[str, int]
    by_sector: dict[str, int]
    dormant: int
    organisations: int

    @property
    def dormant_share(self) -> float:
        return self.dormant / self.size if self.size else 0.0

    def to_json(self) -> dict:
        return {
            "size": self.size,
            "by_ring": dict(self.by_ring),
            "by_sector": dict(self.by_sector),
            "dormant": self.dormant,
            "dormant_share": round(self.dormant_share, 3),
            "organisations": self.organisations,
        }


def summarise(contacts: Sequence[Contact], today: _dt.date, *, top_sectors: int = 12) -> NetworkSummary:
    """Network size by ring (every ring listed, in order) and by sector (largest first), dormant share."""
    rings = Counter(c.ring for c in contacts)
    sectors = Counter((c.sector.strip() or UNKNOWN_SECTOR) for c in contacts)
    by_sector = dict(sectors.most_common(top_sectors))
    rest = sum(sectors.values()) - sum(by_sector.values())
    if rest:
        by_sector["(other sectors)"] = rest
    organisations = len({normalise(c.organisation) for c in contacts if c.organisation})
    return NetworkSummary(
        size=len(contacts),
        by_ring={key: rings.get(key, 0) for key in RINGS},
        by_sector=by_sector,
        dormant=sum(1 for c in contacts if c.is_dormant(today)),
        organisations=organisations,
    )


def findings(
    contacts: Sequence[Contact],
    today: _dt.date,
    *,
    target_organisations: str | Sequence[str] = "",
    target_sectors: str | Sequence[str] = "",
    limit: int = 5,
    summary: NetworkSummary | None = None,
    language: str = "",
) -> list[str]:
    """The analyses as short plain sentences for a participant (plain text: escape before HTML); ``summary`` is
    :func:`summarise` of the same contacts when the caller has it already. The sentences, numbers and
    percentages are in ``language`` (English by default, word for word as before); names stay as written."""
    words = translation(language)
    _ = words.gettext
    if not contacts:
        return [
            _(
                "Your map is empty. Add a few people by hand, or upload an export: most people know more "
                "people than they first think."
            )
        ]
    if summary is None:
        summary = summarise(contacts, today)
    english = language in ("", DEFAULT_LANGUAGE)
    if english:
        share = f"{summary.dormant_share:.0%}"
    else:
        from babel.numbers import format_percent

        from netkit.languages import locale_name

        share = str(format_percent(summary.dormant_share, locale=locale_name(language)))
    say = str if english else (lambda n: number(n, language))
    ngettext = translation(language).ngettext
    people = ngettext("{count} contact", "{count} contacts", summary.size).replace("{count}", say(summary.size))
    places = ngettext("{count} organisation", "{count} organisations", summary.organisations)
    lines = [
        _(
            "You have {contacts} in {organisations}; {dormant} ({share}) are dormant (silent for over {years} year "
            "or marked dormant)."
        )
        .replace("{contacts}", people)
        .replace("{organisations}", places.replace("{count}", say(summary.organisations)))
        .replace("{dormant}", say(summary.dormant))
        .replace("{share}", share)
        .replace("{years}", say(DORMANT_AFTER_DAYS // 365))
    ]
    lines += _target_findings(contacts, today, target_organisations, target_sectors, limit, language)
    lines += _give_and_keep_in_touch(contacts, today, limit, language)
    return lines


def _listed(names: Sequence[str], limit: int, language: str, separator: str = ", ") -> str:
    """The first ``limit`` names joined, then "and N more" when there are more (in ``language``)."""
    shown = separator.join(names[:limit])
    if len(names) <= limit:
        return shown
    extra = len(names) - limit
    count = str(extra) if language in ("", DEFAULT_LANGUAGE) else number(extra, language)
    return _fill(translation(language).gettext("{names} and {count} more"), names=shown, count=count)


def _target_findings(
    contacts: Sequence[Contact],
    today: _dt.date,
    target_organisations: str | Sequence[str],
    target_sectors: str | Sequence[str],
    limit: int,
    language: str = "",
) -> list[str]:
    """What the network holds for the participant's targets: dormant ties worth reviving, acquaintances inside,
    and the targets with no insider yet."""
    _ = translation(language).gettext
    lines: list[str] = []
    revive = dormant_ties_worth_reviving(
        contacts, today, target_organisations=target_organisations, target_sectors=target_sectors, language=language
    )
    if revive:
        names = _listed([f"{r.contact.name} ({r.reason})" for r in revive], limit, language, "; ")
        lines.append(_("Dormant ties worth reviving: {names}.").replace("{names}", names))
    weak = acquaintances_at_targets(contacts, target_organisations)
    if weak:
        at = _("{people} at {target}")
        names = "; ".join(
            _fill(at, people=", ".join(c.name for c in people[:limit]), target=target)
            for target, people in weak.items()
        )
        lines.append(
            _(
                "Acquaintances at your target organisations: {names}. A weak tie inside is often the "
                "easiest first question: ask one of them what the work there is like."
            ).replace("{names}", names)
        )
    gaps = targets_without_insider(contacts, target_organisations, target_sectors)
    if gaps.organisations or gaps.sectors:
        lines.append(
            _("No insider yet at: {targets}. Who could introduce you?").replace(
                "{targets}", ", ".join(gaps.organisations + gaps.sectors)
            )
        )
    elif parse_targets(target_organisations) or parse_targets(target_sectors):
        lines.append(_("You know someone in every organisation and sector you are aiming at."))
    return lines


def _give_and_keep_in_touch(contacts: Sequence[Contact], today: _dt.date, limit: int, language: str = "") -> list[str]:
    """Give and ask: the balance, the people only ever asked, and who is due a message now."""
    words = translation(language)
    _ = words.gettext
    say = str if language in ("", DEFAULT_LANGUAGE) else (lambda n: number(n, language))
    lines: list[str] = []
    balance = reciprocity(contacts)
    if balance.gave or balance.asked:
        gave = words.ngettext("you gave {count} time", "you gave {count} times", balance.gave)
        asked = words.ngettext("asked {count} time", "asked {count} times", balance.asked)
        lines.append(
            _("Give and ask: {gave} and {asked} ({balance}).")
            .replace("{gave}", gave.replace("{count}", say(balance.gave)))
            .replace("{asked}", asked.replace("{count}", say(balance.asked)))
            .replace("{balance}", _(balance.balance))
        )
    asked_only = only_asked(contacts)
    if asked_only:
        lines.append(
            _(
                "Only ever asked, never given to: {names}. Could you share something useful with them, with no ask?"
            ).replace("{names}", _listed([c.name for c in asked_only], limit, language))
        )
    due = [d for d in stay_in_touch_due(contacts, today) if d.overdue_days >= 0]
    if due:
        lines.append(
            _("Due for a message now: {names}.").replace(
                "{names}", _listed([d.contact.name for d in due], limit, language)
            )
        )
    return lines


def _fill(sentence: str, **gaps: str) -> str:
    """``sentence`` with each ``{gap}`` filled in one pass (a name that itself holds "{count}" stays as written)."""
    return re.sub(r"\{(\w+)\}", lambda found: gaps.get(found.group(1), found.group(0)), sentence)
