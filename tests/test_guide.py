"""The facilitator's kit: run sheets in three formats, paper worksheets, slides (netkit guide)."""

from __future__ import annotations

import copy
import io
import json
import tomllib

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from netkit.cli import cli
from netkit.coach import guide
from netkit.coach.guide import FORMATS, KINDS, load_guide, run_sheet, write_guide
from netkit.coach.worksheets import checklist_rules, worksheets_html
from netkit.coach.worksheets_pdf import worksheets_pdf
from netkit.exercises.outreach import lint
from netkit.resources import bundled_dir

EXERCISES = ("network-map", "outreach", "reflection")


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module", params=FORMATS)
def kit(request, tmp_path_factory):
    """Each format's kit, written once by the real command."""
    out = tmp_path_factory.mktemp(request.param)
    result = CliRunner().invoke(
        cli,
        [
            "guide",
            "-o",
            str(out),
            "--format",
            request.param,
            "--workshop",
            "Networking that lasts",
            "--date",
            "2026-12-03",
            "--coach",
            "Zoë Ørsted",
        ],
    )
    assert result.exit_code == 0, result.output
    return request.param, out


def test_every_file_is_written(kit):
    """Does `netkit guide` write the run sheet in three forms, the worksheets and the slides?"""
    _, out = kit
    assert sorted(p.name for p in out.iterdir()) == [
        "run-sheet.html",
        "run-sheet.json",
        "run-sheet.pdf",
        "slides.html",
        "worksheets.pdf",
    ]


def test_json_minutes_add_up_and_blocks_have_the_promised_shape(kit):
    """Do the JSON blocks add up to the format's length, with the documented fields and kinds?"""
    name, out = kit
    data = json.loads((out / "run-sheet.json").read_text(encoding="utf-8"))
    assert data["format"] == name
    assert (
        sum(b["minutes"] for b in data["blocks"])
        == data["minutes"]
        == {"room-2h": 120, "online-90": 90, "series-3x45": 135}[name]
    )
    for block in data["blocks"]:
        assert {"title", "minutes", "kind", "exercise", "steps"} <= set(block)
        assert block["kind"] in KINDS and block["minutes"] > 0 and block["steps"]


def test_each_exercise_and_three_pair_or_group_activities(kit):
    """Does every exercise appear, and at least three pair/group blocks (swap, role-play, buddy)?"""
    _, out = kit
    blocks = json.loads((out / "run-sheet.json").read_text(encoding="utf-8"))["blocks"]
    assert set(EXERCISES) <= {b["exercise"] for b in blocks}
    social = [b["title"] for b in blocks if b["kind"] in ("pair", "group")]
    assert len(social) >= 3
    text = " ".join(social).lower()
    assert "swap drafts" in text and "informational interview" in text and "buddy" in text


def test_series_sessions_each_last_45_minutes():
    """In the series format, does every session last exactly 45 minutes, restarting the clock?"""
    sheet = run_sheet("series-3x45")
    per_session = {}
    for block in sheet.blocks:
        per_session[block.session] = per_session.get(block.session, 0) + block.minutes
    assert per_session == {1: 45, 2: 45, 3: 45} and sheet.sessions == 3
    assert next(b.start for b in sheet.blocks if b.session == 3) == 0
    assert any(b.kind == "pair" and "buddy" in b.title.lower() and b.session == 3 for b in sheet.blocks)


def test_online_variant_has_breakout_rooms_and_chat_prompts(kit):
    """Online, do the pair/group blocks say which breakout rooms to open and what to ask in the chat?"""
    name, out = kit
    blocks = json.loads((out / "run-sheet.json").read_text(encoding="utf-8"))["blocks"]
    html = (out / "run-sheet.html").read_text(encoding="utf-8")
    if name == "online-90":
        assert all(b["breakout"] for b in blocks if b["kind"] in ("pair", "group"))
        assert sum(1 for b in blocks if b["chat"]) >= 5
        assert "Breakout rooms" in html and "Chat prompt" in html
    else:
        assert "Breakout rooms" not in html and not any(b["chat"] for b in blocks)


def test_html_and_pdf_carry_the_same_plan_as_real_text(kit):
    """Do the HTML and the PDF (real text, not pictures) name every block, the workshop and the coach?"""
    _, out = kit
    html = (out / "run-sheet.html").read_text(encoding="utf-8")
    text = " ".join(pdf_text((out / "run-sheet.pdf").read_bytes()).split())
    blocks = json.loads((out / "run-sheet.json").read_text(encoding="utf-8"))["blocks"]
    for block in blocks:
        assert block["title"].replace("'", "&#39;") in html
        assert " ".join(block["title"].split()) in text
    assert "Zoë Ørsted" in text and "Networking that lasts" in text
    assert "Where people get stuck" in html and "In the live report" in html


def test_solo_blocks_use_the_exercise_notebooks_titles():
    """Is a solo exercise block titled with the notebook's own heading (the participants' words)?"""
    sheet = run_sheet("room-2h")
    titles = {b.exercise: b.title for b in sheet.blocks if b.kind == "solo"}
    assert titles["network-map"] == "Exercise 1 — Map your network"
    assert titles["reflection"].startswith("Exercise 3")


def test_minutes_that_do_not_add_up_are_refused():
    """Is a guide data file whose blocks do not fill the format refused, naming the format?"""
    data = copy.deepcopy(load_guide())
    data["formats"]["room-2h"]["blocks"][0]["minutes"] += 5
    with pytest.raises(guide.NetkitError, match=r"room-2h.*125"):
        run_sheet("room-2h", data=data)
    with pytest.raises(guide.NetkitError, match="no workshop format"):
        run_sheet("all-day")


def test_worksheets_pdf_is_a4_with_every_form(kit):
    """Is worksheets.pdf A4, with the rings, contact table, checklist, every question, plan and commitment?"""
    _, out = kit
    data = (out / "worksheets.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = " ".join(pdf_text(data).split())
    from netkit.contacts import RINGS
    from netkit.exercises.reflection.prompts import PROMPTS

    for ring in RINGS.values():
        assert ring.label in text
    for prompt in PROMPTS:
        assert " ".join(prompt.question.split()) in text
    for _, words in checklist_rules():
        assert " ".join(words.split()) in text
    for heading in ("People on your map", "My stay-in-touch plan", "My commitment", "commitment buddy"):
        assert heading in text


def test_checklist_follows_the_linters_rule_list(monkeypatch):
    """Does a rule added to the linter appear on the paper checklist (read dynamically, not copied)?"""
    assert {rule for rule, _ in checklist_rules()} == set(lint.RULES) - {"english-only"}
    monkeypatch.setattr(lint, "RULES", lint.RULES + ("brand-new-rule",))
    assert ("brand-new-rule", "Brand new rule") in checklist_rules()
    assert "Brand new rule" in worksheets_html()


def test_worksheets_html_is_personalised_and_escaped():
    """Are a participant's name and organisations filled in, escaped, with space to write?"""
    page = worksheets_html(
        {"name": "Ada <img src=x>", "target_organisations": "Ørsted; Arup"}, title="Networking that lasts"
    )
    assert "<title>Networking that lasts</title>" in page
    assert "Ada &lt;img src=x&gt;" in page and "<img" not in page
    assert "Who do you know at Ørsted, Arup?" in page
    assert page.count("class='lines'") >= 8 and "<td></td>" in page


def test_slides_are_self_contained_and_built_from_the_exercises(kit):
    """Does the deck load nothing from outside, use the exercises' text and show the fictional demo?"""
    _, out = kit
    html = (out / "slides.html").read_text(encoding="utf-8")
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html
    assert "<link" not in html and " src=" not in html
    nb = json.loads((bundled_dir("exercises") / "outreach.ipynb").read_text(encoding="utf-8"))
    heading = next(
        line
        for c in nb["cells"]
        if c["cell_type"] == "markdown"
        for line in "".join(c["source"]).splitlines()
        if line.startswith("## ")
    )
    assert heading[3:] in html
    demo = tomllib.loads(guide.GUIDE_DATA.read_text(encoding="utf-8"))["demo"]
    assert f"{demo['name']} (fictional)" in html
    assert "job-ask" in html  # the real linter's verdict on the weak demo draft


def test_write_guide_returns_the_paths(tmp_path):
    """Does the library call return the five files it wrote?"""
    paths = write_guide(tmp_path, "online-90")
    assert [p.name for p in paths] == [
        "run-sheet.html",
        "run-sheet.pdf",
        "run-sheet.json",
        "worksheets.pdf",
        "slides.html",
    ]
    assert pdf_text(worksheets_pdf()).count("Exercise") >= 3


def test_worksheets_follow_the_workbooks_exercises():
    """Does a workbook made of some exercises get only their sheets (plus 'About you')?"""
    page = worksheets_html({"name": "Ana"}, exercises=["outreach"])
    assert "Exercise 2 — Write a message" in page and "About you" in page
    assert "Map your network" not in page and "stay-in-touch plan" not in page


def test_run_sheet_pdf_starts_with_the_overview_table():
    """Does the PDF open with the block overview (start, minutes, kind, title) before the details?"""
    sheet = run_sheet("series-3x45", workshop="Lasting ties")
    first_page = " ".join(PdfReader(io.BytesIO(guide.run_sheet_pdf(sheet))).pages[0].extract_text().split())
    assert "Start Min Kind What" in first_page and "S3 0:00 10 pair Buddy check-in" in first_page


def test_characters_the_pdf_cannot_draw_are_reported(tmp_path):
    """Is a coach told when the PDF font cannot draw their name (CJK, emoji), instead of losing it silently?"""
    result = CliRunner().invoke(cli, ["guide", "-o", str(tmp_path), "--coach", "李伟 🙂", "--workshop", "Zoë"])
    assert result.exit_code == 0
    assert "cannot draw '李伟🙂'" in result.output and "Zoë" not in result.output.split("Warning")[-1]
    assert "李伟 🙂" in (tmp_path / "run-sheet.html").read_text(encoding="utf-8")
    assert guide.pdf_warnings("Sofía Ørsted", "2026-12-03", "Ζωή Ирина") == []


def test_worksheets_say_which_days_the_follow_ups_skip():
    """With the workshop's country, does the paper follow-up hint say its public holidays are skipped
    (and keep the plain wording without one, or with an unknown one)?"""
    assert "public holidays in the United Kingdom are skipped" in worksheets_html({"name": "Ada", "country": "GB"})
    for personal in ({"name": "Ada"}, {"name": "Ada", "country": "XX"}):
        page = worksheets_html(personal)
        assert "Business days skip weekends." in page and "public holidays" not in page
