"""Exercise 3 widgets driven like a participant would: set .value, .click(), then check the store."""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest

from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME
from netkit.exercises.reflection.prompts import PROMPTS
from netkit.store.answers import AnswersStore
from netkit.widgets import reflection as ui

TODAY = dt.date(2026, 3, 10)
HOSTILE = "<img src=x onerror=alert(1)>"


def fresh(folder):
    """A new store on the same folder: what a kernel restart sees."""
    return AnswersStore(folder, debounce=0)


def add(builder, person, date=dt.date(2026, 3, 12), closeness=None, cadence=None, step=""):
    builder.person.value = person
    if closeness:
        builder.closeness.value = closeness
    if cadence:
        builder.cadence.value = cadence
    builder.first_step.value = step
    builder.first_date.value = date
    builder.add.click()


# ------------------------------------------------------------------ prompts
def test_prompts_show_a_few_at_a_time_with_next_and_back(store):
    """Do Next and Back move through pages of three prompts, disabled at the ends?"""
    w = ui.ReflectionPrompts(store=store)
    assert len(w._page_box.children) == 3 and w.back.disabled and not w.next.disabled
    w.next.click()
    w.next.click()
    assert w.page == 2 and w.next.disabled
    assert list(w._page_box.children) == [w._blocks[p.id] for p in PROMPTS[6:9]]
    w.back.click()
    assert w.page == 1 and store.get("reflection.page") == 1


def test_answers_are_saved_as_typed_and_restored(store, tmp_path):
    """Is each answer saved under reflection.answers.<id> as typed, and back after a restart?"""
    w = ui.ReflectionPrompts(store=store)
    w.answers["regret"].value = "Not keeping in touch after I left"
    w.answers["what_stops_me"].value = HOSTILE
    w.next.click()
    store.flush()
    assert fresh(tmp_path).get("reflection.answers.regret") == "Not keeping in touch after I left"
    again = ui.ReflectionPrompts(store=fresh(tmp_path))
    assert again.answers["what_stops_me"].value == HOSTILE
    assert again.page == 1
    assert f"2 of {len(PROMPTS)}" in again.progress_label.value and again.progress_bar.value == 2


def test_building_the_prompts_writes_nothing(store):
    """Does opening the exercise leave the store untouched?"""
    ui.ReflectionPrompts(store=store)
    assert store.keys("reflection.") == []


def test_prompt_text_is_escaped(store):
    """Is the prompt text put into HTML escaped?"""
    w = ui.ReflectionPrompts(store=store)
    assert "<b>Looking back" in w._blocks["regret"].children[0].value


# ------------------------------------------------------------------ plan builder
def test_add_person_saves_the_plan_and_clears_the_line(store, tmp_path):
    """Does Add save the line to reflection.plan and empty the name box for the next person?"""
    b = ui.PlanBuilder(store=store, today=TODAY, name="Ada")
    add(b, "Ana Ruiz", closeness="inner", step="Ask about her new team")
    saved = fresh(tmp_path).get("reflection.plan")
    assert saved == [
        {
            "person": "Ana Ruiz",
            "closeness": "inner",
            "cadence": "fortnightly",
            "first_step": "Ask about her new team",
            "first_date": "2026-03-12",
        }
    ]
    assert b.person.value == "" and "Ana Ruiz is in your plan" in b.message.value
    assert "Ana Ruiz: Ask about her new team" in b.this_month.value
    assert "I, Ada, will stay in touch with one person" in b.commitment.value


def test_closeness_sets_the_default_cadence(store):
    """Does choosing a ring pick its cadence (closer ties more often) and a suitable first step?"""
    b = ui.PlanBuilder(store=store, today=TODAY)
    b.closeness.value = "inner"
    assert b.cadence.value == "fortnightly"
    b.closeness.value = "dormant"
    assert b.cadence.value == "quarterly" and "revival" in b.first_step.placeholder


def test_invalid_lines_are_refused_with_a_message(store):
    """Are an empty name, a past date and a repeat refused with a clear message, and nothing saved?"""
    b = ui.PlanBuilder(store=store, today=TODAY)
    add(b, "   ")
    assert "Write the name" in b.message.value and "reflection.plan" not in store
    add(b, "Bo", date=dt.date(2026, 3, 1))
    assert "in the past" in b.message.value and "reflection.plan" not in store
    add(b, "Bo")
    add(b, "bo")
    assert "already in your plan" in b.message.value and len(store.get("reflection.plan")) == 1


def test_remove_button_takes_a_person_out(store, tmp_path):
    """Does a row's Remove button drop that person from the saved plan?"""
    b = ui.PlanBuilder(store=store, today=TODAY)
    add(b, "Ana")
    add(b, "Bo")
    assert len(b.rows.children) == 2
    b.rows.children[0].remove_button.click()
    assert [e["person"] for e in fresh(tmp_path).get("reflection.plan")] == ["Bo"]
    assert "Ana was removed" in b.message.value


def test_contacts_from_exercise_one_are_offered_with_their_ring(store):
    """Are network.contacts offered as names, and does picking one set its ring?"""
    store.set(
        "network.contacts",
        [{"id": "1", "name": "Chen Wu", "ring": "dormant"}, {"name": "Dee", "ring": 1}, {"no": "name"}],
    )
    b = ui.PlanBuilder(store=store, today=TODAY)
    assert b.person.options == ("Chen Wu", "Dee")
    b.person.value = "Chen Wu"
    assert b.closeness.value == "dormant" and b.cadence.value == "quarterly"
    b.person.value = "Somebody typed"
    assert b.closeness.value == "dormant"  # typed names keep what was chosen


def test_plan_and_half_typed_line_survive_a_restart(store, tmp_path):
    """Are the plan and the line being typed both restored from a fresh store?"""
    b = ui.PlanBuilder(store=store, today=TODAY)
    add(b, "Ana", closeness="regular")
    b.person.value = "Half typed"
    b.closeness.value = "inner"
    b.cadence.value = "weekly"
    b.first_step.value = "Coffee?"
    b.first_date.value = dt.date(2026, 4, 1)
    store.flush()
    again = ui.PlanBuilder(store=fresh(tmp_path), today=TODAY)
    assert [e.person for e in again.entries] == ["Ana"] and again.entries[0].cadence == "quarterly"
    assert (
        again.person.value,
        again.closeness.value,
        again.cadence.value,
        again.first_step.value,
        again.first_date.value,
    ) == ("Half typed", "inner", "weekly", "Coffee?", dt.date(2026, 4, 1))


def test_building_the_plan_writes_nothing(store):
    """Does opening the plan builder leave the store untouched?"""
    ui.PlanBuilder(store=store, today=TODAY)
    assert store.keys("reflection.") == []


def test_damaged_saved_line_is_reported(store):
    """Is a saved plan line that cannot be read reported, not dropped silently?"""
    store.set("reflection.plan", [{"person": "Ok", "first_date": "2026-03-12"}, {"person": "Broken"}])
    b = ui.PlanBuilder(store=store, today=TODAY)
    assert [e.person for e in b.entries] == ["Ok"] and "Broken" in b.message.value


def test_hostile_names_are_escaped_in_the_plan_view(store):
    """Is a hostile name shown literally in the rows, this month's list and the commitment?"""
    b = ui.PlanBuilder(store=store, today=TODAY, name="$50k … $70k")
    add(b, HOSTILE, step=HOSTILE)
    for html in (b.rows.children[0].children[0].value, b.this_month.value, b.commitment.value, b.message.value):
        assert "<img" not in html and "&lt;img" in html
    assert "$" not in b.commitment.value


# ------------------------------------------------------------------ confidence
def test_confidence_sliders_save_and_restore(store, tmp_path):
    """Are before/after saved as ints 1–10, 'not yet' not saved, and restored after a restart?"""
    c = ui.ConfidenceCheckIn(store=store)
    assert store.keys("reflection.confidence") == []
    assert "under “Before”" in c.message.value
    c.sliders["before"].value = 3
    c.sliders["after"].value = 8
    assert store.get("reflection.confidence.before") == 3 and c.values == (3, 8)
    assert "From 3 to 8" in c.message.value and "<svg" in c.chart.value and "8/10" in c.chart.value
    store.flush()
    again = ui.ConfidenceCheckIn(store=fresh(tmp_path))
    assert again.sliders["before"].value == 3 and again.sliders["after"].value == 8
    again.sliders["after"].value = ui.NOT_YET
    assert "reflection.confidence.after" not in again._store


def test_before_only_check_in_shares_its_slider(store):
    """Does the 'before' slider at the top move in step with the one in the final check-in?"""
    top = ui.ConfidenceCheckIn(store=store, moments=("before",), show_chart=False)
    end = ui.ConfidenceCheckIn(store=store)
    assert top.chart is None and top.sliders["before"] is end.sliders["before"]
    top.sliders["before"].value = 4
    assert "4/10" in end.message.value


def test_before_only_check_in_message_follows_the_after_slider(store):
    """When the 'after' slider of the final check-in moves, does the top check-in's message stop asking
    to come back to it (it showed "Come back to “After”…" after both were set)?"""
    top = ui.ConfidenceCheckIn(store=store, moments=("before",), show_chart=False)
    end = ui.ConfidenceCheckIn(store=store)
    top.sliders["before"].value = 4
    end.sliders["after"].value = 7
    assert top.message.value == end.message.value and "7" in top.message.value


# ------------------------------------------------------------------ exports
def _link(html, name):
    match = re.search(rf"download='{re.escape(name)}' href='data:([^;]+);base64,([^']+)'", html)
    assert match, name
    return match.group(1), base64.b64decode(match.group(2))


def test_export_offers_downloads_and_writes_files(store, tmp_path):
    """Does the export button give .ics and printable .html links and save the same files next to the workbook?"""
    b = ui.PlanBuilder(store=store, today=TODAY, name="Ada")
    add(b, "Ana", closeness="inner")
    add(b, "Cy", closeness="dormant", date=dt.date(2026, 3, 31))
    ui.ReflectionPrompts(store=store).answers["offer"].value = "$50k … $70k salary data " + HOSTILE
    ui.ConfidenceCheckIn(store=store).sliders["before"].value = 2
    e = ui.PlanExport(store=store, today=TODAY, name="Ada")
    e.export()  # all three (each download button makes only its own file)
    mime, ics = _link(e.links.value, ICS_NAME)
    assert mime == "text/calendar" and ics == (tmp_path / ICS_NAME).read_bytes()
    events = {str(ev["summary"]): ev for ev in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert events["Stay in touch: Ana"]["RRULE"]["FREQ"] == ["WEEKLY"]
    assert events["Stay in touch: Ana"]["RRULE"]["INTERVAL"] == [2]
    assert "Reconnect with Cy" in events and "RRULE" not in events["Reconnect with Cy"]
    mime, html = _link(e.links.value, HTML_NAME)
    assert mime == "text/html" and html == (tmp_path / HTML_NAME).read_bytes()
    text = html.decode("utf-8")
    assert "&#36;50k … &#36;70k salary data &lt;img" in text and "<img" not in text
    assert "Before: <b>2</b>/10" in text
    assert "window.print()" in text and "<svg" in text  # the browser prints it, or saves it as PDF
    assert "Copies were saved" in e.links.value


def test_export_of_an_empty_plan_says_what_to_do(store, tmp_path):
    """Does exporting with nobody in the plan explain instead of writing empty files?"""
    e = ui.PlanExport(store=store, today=TODAY)
    e.make.click()
    assert "plan is empty" in e.links.value and not (tmp_path / ICS_NAME).exists()


# ------------------------------------------------------------------ the notebook
NOTEBOOK = Path(__file__).resolve().parent.parent / "exercises" / "reflection.ipynb"


def _cells():
    import nbformat

    return nbformat.read(NOTEBOOK, as_version=4).cells


def test_notebook_is_thin_and_clean():
    """Is the exercise notebook committed without outputs, with the shared parameters and one line per widget?"""
    from netkit.coach.roster import WORKBOOK_FIELDS

    cells = _cells()
    params = cells[0]
    assert "parameters" in params.metadata.get("tags", [])
    names = re.findall(r"^(\w+) = \"\"$", params.source, flags=re.M)
    assert set(names) <= set(WORKBOOK_FIELDS) and "name" in names
    code = [c for c in cells[1:] if c.cell_type == "code"]
    assert len(code) == 6  # confidence before, prompts, rhythm table, plan, export, confidence after
    for cell in code:
        assert not cell.get("outputs") and cell.get("execution_count") is None
        lines = [line for line in cell.source.splitlines() if line.strip()]
        assert len(lines) == 2 and lines[0].startswith(
            ("from netkit.widgets.reflection import ", "from netkit.widgets.rhythms import ")
        )
    assert len({c.id for c in cells}) == len(cells)


@pytest.mark.kernel
def test_notebook_restores_saved_answers_in_a_real_kernel(tmp_path):
    """Run top to bottom in a real kernel with saved answers and a hostile name: nothing fails, nothing is
    overwritten?"""
    import nbformat
    import papermill

    folder = tmp_path / "participant"
    folder.mkdir()
    saved = AnswersStore(folder, debounce=0)
    saved.update(
        {
            "reflection.answers.regret": "Not starting sooner",
            "reflection.page": 2,
            "reflection.plan": [
                {
                    "person": "Ana",
                    "closeness": "inner",
                    "cadence": "weekly",
                    "first_step": "Call",
                    "first_date": "2026-03-12",
                }
            ],
            "reflection.confidence.before": 4,
            "network.contacts": [{"name": "Ana", "ring": "inner"}],
        }
    )
    saved.flush()
    before = saved.path.read_bytes()
    out = folder / "reflection.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(out),
        parameters={"name": HOSTILE},
        cwd=str(folder),
        kernel_name="python3",
        progress_bar=False,
    )
    assert saved.path.read_bytes() == before
    nb = nbformat.read(out, as_version=4)
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
