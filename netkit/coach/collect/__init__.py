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

Sharing is chosen, never assumed (keys in :mod:`netkit.store.schema`): a participant shares only
after ticking "Share my progress with my coach" (``sharing.share`` true), and not when any copy
of their answers (main file, backup, a damaged copy set aside) says "do not share". That decision is
made in one place, :func:`consent_of` (:mod:`netkit.coach.collect.consent`), for the local and the hub
collect alike; a participant's copies are read only as regular files inside their folder, size
checked before reading (:func:`read_bounded`), so a named pipe or a link to a device is a problem on
that row, never a hang. Someone not sharing is listed as *not sharing* with no data and counts in no
figure. Someone sharing anonymously is never a row of the table: their progress is only an average
over the anonymous group (:class:`AnonymousGroup`), shown from ``min_group`` people up.

No figure describes fewer than ``min_group`` people: each figure of the cohort report counts its
own contributors (the participants who logged a give or an ask, who rated their confidence
twice, …) and is withheld, with a note saying why, below ``min_group``
(:meth:`Aggregates.shown`). And no figure moves unless at least ``min_group`` people's part in it
changed since the last report written to the same place (:mod:`netkit.coach.collect.release`), so
two reports cannot be subtracted to find one person's numbers.
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

from netkit.coach.collect.consent import Consent, consent_of, read_consented
from netkit.coach.collect.demo import example_entries
from netkit.coach.collect.facts import (
    ANONYMOUS_NAME,
    EXERCISES,
    MILESTONES,
    MIN_GROUP,
    NOT_SHARING,
    NOT_STARTED,
    OPT_OUT_KEY,
    OPTED_OUT,
    PROBLEM,
    SHARED,
    Facts,
    completion,
    missing_steps,
)
from netkit.coach.collect.read import (
    CSV_HEADER,
    PARALLEL_FROM,
    collect,
    local_copies,
    read_answers_readonly,
    read_bounded,
    read_manifest_entries,
    read_render,
    summary_rows,
    write_summary_csv,
)
from netkit.coach.collect.report import (
    SHARING_FIGURES,
    Aggregates,
    AnonymousGroup,
    CohortReport,
    Digest,
    ParticipantRow,
    aggregate,
    build_report,
    digest,
    sharing_choice,
)

__all__ = [
    "ANONYMOUS_NAME",
    "Aggregates",
    "AnonymousGroup",
    "CSV_HEADER",
    "CohortReport",
    "Consent",
    "Digest",
    "EXERCISES",
    "Facts",
    "MILESTONES",
    "MIN_GROUP",
    "NOT_SHARING",
    "NOT_STARTED",
    "OPTED_OUT",
    "OPT_OUT_KEY",
    "PARALLEL_FROM",
    "PROBLEM",
    "ParticipantRow",
    "SHARED",
    "SHARING_FIGURES",
    "aggregate",
    "build_report",
    "collect",
    "completion",
    "consent",
    "consent_of",
    "digest",
    "example_entries",
    "local_copies",
    "missing_steps",
    "read",
    "read_answers_readonly",
    "read_bounded",
    "read_consented",
    "read_manifest_entries",
    "read_render",
    "release",
    "sharing_choice",
    "summary_rows",
    "write_summary_csv",
]
