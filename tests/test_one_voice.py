"""One voice (#29): advice that appears in several places comes from netkit.contacts.advice, and no output
says something else; nothing a participant or coach reads mentions a seed or how the kit was made."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from netkit.coach.emails import build_email
from netkit.coach.guide import FORMATS, run_sheet, run_sheet_html
from netkit.coach.roster import parse_roster
from netkit.coach.slides import slides_html
from netkit.coach.worksheets import sheets, worksheets_html
from netkit.coach.worksheets_pdf import worksheets_pdf
from netkit.contacts import RINGS, advice
from netkit.contacts.rhythms import RING_RHYTHM, rhythms_html
from netkit.exercises.outreach import followups
from netkit.exercises.reflection.plan import commitment_statement, make_entry
from netkit.exercises.reflection.plan.model import default_cadence
from netkit.exercises.reflection.plan.output import to_reminders
from netkit.resources import PACKAGE_DIR, bundled_dir

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 3)
ROSTER = "Name,Email,Goal,Country\nAna Souza,ana@example.org,Find a mentor,GB\n"

#: Ways the kit once said the same thing differently (issue #29); none may come back.
CONTRADICTIONS = re.compile(
    r"write again at the next date|again (at )?10 business days|follow up 5|5 and (again )?(at )?10|"
    r"time for one friendly follow-up|closer ties (get )?(a )?more (often|frequent)|silence is rarely a no",
    re.IGNORECASE,
)
#: What a participant or coach must never read: seed numbers, source file names, authoring notes.
AUTHORING = re.compile(r"\bseeds?\b|\b\d{3}_[0-9a-f]{16}\b|IDEAS\.md|\bauthoring\b", re.IGNORECASE)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def plan_entries():
    entries: list = []
    for person, ring in (("Ines", "close"), ("Priya", "acquaintance")):
        entries.append(make_entry(person, ring, None, "", TODAY + dt.timedelta(days=1), today=TODAY, existing=entries))
    return entries


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    """Everything the kit writes for people to read, as text, by where it comes from."""
    found: dict[str, str] = {}
    for name in FORMATS:
        sheet = run_sheet(name, workshop="Lasting ties", date="2026-12-03")
        found[f"run-sheet.json {name}"] = json.dumps(sheet.as_json(), ensure_ascii=False)
        found[f"run-sheet.html {name}"] = html.unescape(run_sheet_html(sheet))
        found[f"slides.html {name}"] = html.unescape(slides_html(sheet))
    found["worksheets.html"] = html.unescape(worksheets_html({"name": "Ana", "country": "GB"}))
    found["worksheets.pdf"] = pdf_text(worksheets_pdf())
    ana = parse_roster(ROSTER).participants[0]
    for kind in ("pre-work", "follow-up"):
        found[f"{kind}.eml"] = build_email(ana, kind).get_body(("plain",)).get_content()
    entries = plan_entries()
    found["plan sentence"] = commitment_statement(entries, TODAY, "Ana")
    found["plan calendar"] = " ".join(r.description for r in to_reminders(entries))
    found["rhythm table"] = rhythms_html({k: r.label for k, r in RINGS.items()})
    day = dt.date(2026, 12, 3)
    for number in (1, 2):
        follow = followups.FollowUp("x", "Ana", "informational-interview", day, number, 5, "Acme")
        found[f"follow-up reminder {number}"] = follow.reminder().description
    for folder in ("exercises", "workbooks"):
        for path in sorted(bundled_dir(folder).glob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            found[f"{folder}/{path.name}"] = "\n".join(
                "".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
            )
    for doc in ("coaches.md", "guide.md", "exercises.md"):
        found[f"docs/{doc}"] = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    return found


def test_the_follow_up_advice_is_the_same_everywhere(outputs):
    """The one follow-up rule, word for word from netkit.contacts.advice, in the worksheets, the run sheet,
    the slides' notes, the plan sentence, the calendar tip and the 30-day e-mail."""
    assert advice.FOLLOW_UP.long in outputs["worksheets.html"]
    assert " ".join(advice.FOLLOW_UP.long.split()) in outputs["worksheets.pdf"].replace("  ", " ")
    for name in FORMATS:
        assert advice.FOLLOW_UP.short in outputs[f"run-sheet.json {name}"]
        assert advice.FOLLOW_UP.short in outputs[f"slides.html {name}"]
    assert advice.FOLLOW_UP.promise in outputs["plan sentence"]
    assert advice.FOLLOW_UP.short in outputs["plan calendar"]
    assert advice.FOLLOW_UP.short in outputs["follow-up.eml"]


def test_the_workbook_counts_the_days_the_advice_names():
    """The outbox's nudge and move-on dates count the business days the advice states."""
    assert (followups.NUDGE_AFTER, followups.MOVE_ON_AFTER) == (advice.NUDGE_AFTER, advice.MOVE_ON_AFTER)
    assert f"({advice.NUDGE_AFTER} business days)" in advice.FOLLOW_UP.long
    assert f"{advice.MOVE_ON_AFTER} business days after the first message" in advice.FOLLOW_UP.long
    nudge, second = (followups.FollowUp("x", "Ana", "s", TODAY, n, 5).advice.lower() for n in (1, 2))
    assert "nudge" in nudge and "second person" in second


def test_asks_and_no_ask_messages_are_told_the_same_way(outputs):
    for name in FORMATS:
        assert advice.ASK.short in outputs[f"run-sheet.json {name}"]
        assert advice.NO_ASK.short in outputs[f"run-sheet.json {name}"]
    assert advice.ASK.long in outputs["worksheets.html"] and advice.NO_ASK.long in outputs["worksheets.html"]


def test_rhythms_by_ring_agree_in_the_table_the_headers_the_plan_and_the_demo(outputs):
    """Every ring's rhythm is the table's, in the rule sentence, the plan's default and the demo plan."""
    rule = advice.rhythm_rule()
    for key, rhythm in RING_RHYTHM.items():
        assert f"{RINGS[key].label}: {rhythm.label}" in rule
        assert default_cadence(key) == rhythm.cadence
        assert rhythm.label in outputs["rhythm table"]
    assert rule in outputs["worksheets.html"]
    slides = outputs["slides.html room-2h"]
    for ring in ("close", "acquaintance", "dormant"):
        assert (
            f"<td>{RINGS[ring].cadence_label.split(', then ')[-1]}</td>" in slides or RING_RHYTHM[ring].label in slides
        )


def test_no_output_says_it_another_way(outputs):
    """None of the contradicting versions (#29) appears in anything a participant or coach reads."""
    for where, text in outputs.items():
        assert not CONTRADICTIONS.search(text), (where, CONTRADICTIONS.search(text))


def test_no_source_says_it_another_way_either():
    """Nor in any string of the package or its data (only netkit.contacts.advice quotes the old versions)."""
    allowed = {PACKAGE_DIR / "contacts" / "advice.py"}
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".toml", ".j2", ".md") and path not in allowed:
            match = CONTRADICTIONS.search(path.read_text(encoding="utf-8"))
            assert not match, (str(path), match.group(0))


def test_nothing_people_read_mentions_a_seed_or_how_the_kit_was_made(outputs):
    for where, text in outputs.items():
        assert not AUTHORING.search(text), (where, AUTHORING.search(text))
    for sheet in sheets():
        words = " ".join([sheet.title, sheet.intro, *(p.hint + " ".join(p.items) for p in sheet.parts)])
        assert not AUTHORING.search(words), sheet.title


def test_the_checks_catch_what_they_look_for():
    """Guard: the patterns find the phrases #29 quoted."""
    assert CONTRADICTIONS.search("follow up at 5 and again at 10 business days")
    assert CONTRADICTIONS.search("I will write again at the next date.")
    assert CONTRADICTIONS.search("Closer ties more often.")
    assert AUTHORING.search("as the coach in seed 004 keeps") and AUTHORING.search("004_cbc3e397eeef209c.txt")
