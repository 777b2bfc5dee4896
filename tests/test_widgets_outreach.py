"""The outreach composer widget, driven like a participant would: set values, click buttons."""

from __future__ import annotations

import base64
import datetime as dt
import html

import icalendar

from netkit.exercises.outreach.lint import Finding
from netkit.store.answers import AnswersStore
from netkit.widgets.outreach import DRAFT_KEY, OUTBOX_KEY, TYPED, OutreachComposer, findings_html

TODAY = dt.date(2026, 12, 3)
CONTACTS = [
    {
        "id": "c1",
        "name": "Ana Souza",
        "organisation": "Acme Health",
        "role": "data lead",
        "how_we_know": "the PyData meetup",
        "ring": "close",
    },
    {"id": "c2", "name": "<img src=x onerror=alert(1)>", "ring": "dormant"},
]


def composer(store, **kw):
    return OutreachComposer(name="Sam Lee", goal="a move into health data", store=store, today=TODAY, **kw)


def test_fresh_workbook_with_no_contacts(store):
    """With nothing saved and no contacts, does it offer a typed name and a template draft?"""
    w = composer(store)
    assert w.contact.value == TYPED
    assert w.situation.value == "informational-interview"
    assert "Sam" in w.draft.value
    assert "[their name]" not in w.draft.value or "missing" in w.message.value
    assert "gaps" in w.message.value  # the contact's details are missing: said, not silently blank
    assert "their name" in w.message.value and "contact." not in w.message.value  # in plain words
    assert store.get(DRAFT_KEY) is None  # building the form wrote nothing


def test_contacts_from_exercise_one_fill_the_draft(store):
    """Are exercise 1's contacts offered, and does choosing one personalise the draft?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    assert [v for _l, v in w.contact.options] == ["c1", "c2", TYPED]
    assert w.contact.value == "c1"  # the first contact is offered first
    assert w.draft.value.startswith("Hi Ana,") and "Acme Health" in w.draft.value
    # Only the gap the participant still has to fill in is pointed out.
    assert "placeholder" in w.findings.value and "job-ask" not in w.findings.value
    w.situation.value = "reconnect"
    assert store.get(DRAFT_KEY)["contact_id"] == "c1" and store.get(DRAFT_KEY)["situation"] == "reconnect"


def test_typing_relints_and_saves(store):
    """Do lint findings update as the participant types, and is the draft saved?"""
    w = composer(store)
    w.draft.value = "Hi Bob. I need a job. You owe me."
    assert "pressure" in w.findings.value and "job-ask" in w.findings.value
    assert store.get(DRAFT_KEY)["text"] == "Hi Bob. I need a job. You owe me."


def test_findings_are_escaped(store):
    """Is user text inside a finding escaped (no raw HTML, no MathJax dollars)?"""
    html = findings_html([Finding("pressure", "warning", "“<b>$50k</b>” is pressure", "fix")])
    assert "<b>$50k" not in html and "&lt;b&gt;&#36;50k" in html
    w = composer(store)
    w.draft.value = "<script>alert(1)</script> You owe me."
    assert "<script>" not in w.findings.value


def test_edited_draft_is_not_replaced_by_a_change_of_situation(store):
    """If the participant edited the draft, does switching situation keep their words?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.draft.value = "My own words, carefully written."
    w.situation.value = "thank-you"
    assert w.draft.value == "My own words, carefully written."
    assert "kept" in w.message.value
    w.use_template.click()
    assert w.draft.value.startswith("Hi Ana,") and "Thank you" in w.draft.value


def test_untouched_draft_follows_the_situation(store):
    """Does an untouched template draft follow a change of situation?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.situation.value = "apology"
    assert "apology" in w.draft.value


def test_draft_survives_a_kernel_restart(tmp_path):
    """After a restart, is the same contact, situation and text restored?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.situation.value = "reconnect"
    w.draft.value = "Hi Ana, it's been too long since we worked together! How are you?"
    store.flush()
    again = composer(AnswersStore(tmp_path, debounce=0))
    assert again.contact.value == "c1" and again.situation.value == "reconnect"
    assert again.draft.value == "Hi Ana, it's been too long since we worked together! How are you?"


def test_typed_name_survives_a_restart(tmp_path):
    """Is a typed (not exercise 1) name restored too?"""
    store = AnswersStore(tmp_path, debounce=0)
    w = composer(store)
    w.contact_name.value = "Jo Park"
    assert w.draft.value.startswith("Hi Jo,")
    again = composer(AnswersStore(tmp_path, debounce=0))
    assert again.contact.value == TYPED and again.contact_name.value == "Jo Park"


def test_save_mark_sent_follow_ups_and_calendar(store):
    """Save → mark as sent: is sent_on stored, are follow-ups shown, linked and written as followups.ics?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.save.click()
    outbox = store.get(OUTBOX_KEY)
    assert len(outbox) == 1 and outbox[0]["contact"] == "Ana Souza" and outbox[0]["sent_on"] is None
    assert w.outbox.value == outbox[0]["id"]
    w.sent_on.value = TODAY
    w.mark_sent.click()
    entry = store.get(OUTBOX_KEY)[0]
    assert entry["sent_on"] == "2026-12-03"
    assert "Thu 10 Dec 2026" in w.followups.value and "Thu 17 Dec 2026" in w.followups.value
    assert entry["asks"] is True and "second person" in w.followups.value
    assert "download='followups.ics'" in w.download.value
    data = w.download.value.split("base64,")[1].split("'")[0]
    events = icalendar.Calendar.from_ical(base64.b64decode(data)).walk("VEVENT")
    assert len(events) == 2
    assert (store.folder / "followups.ics").exists()
    w.mark_replied.click()
    assert store.get(OUTBOX_KEY)[0]["replied_on"] == TODAY.isoformat()
    assert w.download.value == ""


def test_saving_an_empty_draft_is_refused_kindly(store):
    """Does saving an empty draft explain instead of storing an empty message?"""
    w = composer(store)
    w.draft.value = "  "
    w.save.click()
    assert store.get(OUTBOX_KEY) is None
    assert "Write your message first" in w.message.value


def test_mark_sent_without_a_saved_message(store):
    """Does 'Mark as sent' with an empty outbox say what to do?"""
    w = composer(store)
    w.mark_sent.click()
    assert "outbox first" in w.message.value


def test_contact_names_are_escaped_in_the_outbox_and_follow_ups(store):
    """Is a hostile contact name shown literally everywhere?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c2"
    w.save.click()
    w.mark_sent.click()
    assert "<img" not in w.followups.value and "&lt;img" in w.followups.value


def test_broken_coach_template_falls_back_to_builtins(store, tmp_path):
    """Does a broken coach template show a message but keep the exercise usable?"""
    folder = tmp_path / "coach"
    folder.mkdir()
    (folder / "bad.j2").write_text("no front matter", encoding="utf-8")
    w = composer(store, templates_folder=folder)
    assert "could not be used" in w._note.value
    assert w.situation.options


def test_coach_templates_next_to_the_workbook_are_offered(store):
    """Are templates in outreach-templates/ next to the workbook offered automatically?"""
    folder = store.folder / "outreach-templates"
    folder.mkdir()
    (folder / "m.j2").write_text(
        '+++\nsituation = "thank-mentor"\ntitle = "Thank a mentor"\n+++\nDear {{ me.first_name }}', encoding="utf-8"
    )
    w = composer(store)
    assert "thank-mentor" in [v for _l, v in w.situation.options]


def test_a_plain_text_draft_is_kept(store):
    """Is a draft saved as plain text (an older or imported answers file) shown, not replaced?"""
    store.set(DRAFT_KEY, "Dear Sam, $50k … $70k </script>")
    w = composer(store)
    assert w.draft.value == "Dear Sam, $50k … $70k </script>"
    assert store.get(DRAFT_KEY) == "Dear Sam, $50k … $70k </script>"


def test_contacts_added_in_exercise_one_are_offered_on_the_same_page_without_a_reload(store):
    """In the composed workshop (one page, one kernel), does a contact saved in the network map reach the
    outreach "To:" list and the plan's "Who:" list at once, keeping the participant's current choice and draft?"""
    from netkit.widgets.network import NetworkMap
    from netkit.widgets.reflection import PlanBuilder

    network = NetworkMap(name="Sam Lee", store=store, today=TODAY, redraw_delay=None)
    w = composer(store)
    plan = PlanBuilder(name="Sam Lee", store=store, today=TODAY)
    w.draft.value = "My own words, edited."
    assert [value for _label, value in w.contact.options] == [TYPED]

    network._fields["name"].value = "Ana Souza"
    network._fields["organisation"].value = "Acme Health"
    network._ring.value = "close"
    network._save_button.click()

    assert [label for label, _value in w.contact.options] == [
        "Ana Souza (Acme Health)",
        "Someone else (type their name)",
    ]
    assert w.contact.value == TYPED and w.draft.value == "My own words, edited."  # nothing the participant had changed
    assert "Ana Souza" in plan.person.options
    plan.person.value = "Ana Souza"
    assert plan.closeness.value == "close"

    w.contact.value = w.contact.options[0][1]  # choosing her works like after a reload
    assert "Ana" in w.draft.value or "edited draft was kept" in w.message.value
    network._remove_button.click()
    assert [value for _label, value in w.contact.options] == [TYPED]
    assert "Ana Souza" not in plan.person.options


def test_a_thank_you_marked_as_sent_gets_no_follow_up(store):
    """Is a participant never reminded to chase after a message that asks for nothing?"""
    w = composer(store)
    w.contact_name.value = "Jo Park"
    w.situation.value = "thank-you"
    w.save.click()
    w.sent_on.value = TODAY
    w.mark_sent.click()
    assert store.get(OUTBOX_KEY)[0]["asks"] is False
    assert "nothing to follow up" in w.message.value and w.download.value == ""


def test_follow_ups_skip_the_workshop_countrys_holidays(store):
    """With the workbook's country GB, does a message sent on 23 Dec get its nudge on Mon 4 Jan 2027 (25, 28 Dec
    and 1 Jan are bank holidays), in the form, the download and followups.ics, with the rule said?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store, country="GB")
    w.contact.value = "c1"
    w.save.click()
    w.sent_on.value = dt.date(2026, 12, 23)
    w.mark_sent.click()
    assert "Mon 04 Jan 2027" in w.followups.value and "Mon 11 Jan 2027" in w.followups.value
    assert "public holidays in the United Kingdom are skipped" in w.followups.value
    written = icalendar.Calendar.from_ical((store.folder / "followups.ics").read_bytes())
    assert sorted(e.decoded("dtstart") for e in written.walk("VEVENT")) == [dt.date(2027, 1, 4), dt.date(2027, 1, 11)]
    assert w._note.value == ""


def test_an_unknown_country_is_said_in_the_form_and_weekends_only_are_skipped(store):
    """A hand-edited country parameter 'XX': does the form say where and how to fix it, and keep working?"""
    store.set("network.contacts", CONTACTS)
    w = composer(store, country="XX")
    note = html.unescape(w._note.value)
    assert "The workshop's country (the line country = … in the workbook's first cell" in note
    assert "'XX' is not a country" in note and "How to fix: write a country code such as GB" in note
    assert "Until then, follow-up dates skip weekends only" in note
    w.contact.value = "c1"
    w.save.click()
    w.sent_on.value = dt.date(2026, 12, 23)
    w.mark_sent.click()
    assert "Wed 30 Dec 2026" in w.followups.value and "no country is set" in w.followups.value


def test_how_well_do_you_know_them_decides_whether_the_connection_is_needed(store):
    """For a typed name, does choosing "friend" silence connection-late, and is the choice saved?"""
    w = composer(store)
    w.contact_name.value = "Dev"
    w.situation.value = "introduction"
    w.draft.value = "Hi Dev, could you introduce me to Ravi on your team? Thanks!"
    assert "connection-late" in w.findings.value
    w.relationship.value = "friend"
    assert "connection-late" not in w.findings.value
    assert store.get(DRAFT_KEY)["relationship"] == "friend"


def test_a_contact_from_the_map_brings_its_ring(store):
    """Is the relationship read from the contact's ring (close → friend), with no question asked?"""
    store.set("network.contacts", [{"id": "c9", "name": "Kai Lee", "ring": "close"}])
    w = composer(store)
    assert w.relationship.layout.display == "none"
    w.situation.value = "introduction"
    w.draft.value = "Hi Kai, could you introduce me to Ravi on your team? Thanks!"
    assert "connection-late" not in w.findings.value


def test_career_identity_fills_the_career_change_draft(store):
    """Does the participant's one line go into the career-change template's draft?"""
    w = composer(store)
    w.situation.value = "career-change"
    w.identity.value = "A ward nurse of ten years who knows how staff use data."
    assert "A ward nurse of ten years" in w.draft.value
    assert store.get(DRAFT_KEY)["identity"].startswith("A ward nurse")


def test_career_stage_puts_its_templates_first(store):
    """Does a career changer see the career-change template first, and a freelancer the client one?"""
    assert composer(store, career_stage="Career changer").situation.options[0][1] == "career-change"
    assert composer(store, career_stage="Freelance designer").situation.options[0][1] == "client-or-collaborator"
    assert composer(store).situation.options[0][1] == "informational-interview"


def test_a_no_ask_reconnect_asks_who_would_enjoy_hearing_from_you(store):
    """Does the reconnect situation prompt for someone to write to, and its draft end without a question?"""
    w = composer(store)
    w.situation.value = "reconnect"
    assert "Who would enjoy hearing from you?" in w.about.value
    assert "?" not in w.draft.value.split("!", 1)[-1]


def test_the_card_sort_says_why_and_names_the_linter_rule():
    """Does checking the card sort count right answers and explain each card, naming the rule?"""
    from netkit.exercises.outreach.practice import REQUEST_CARDS
    from netkit.widgets.outreach import RequestCardSort

    sort = RequestCardSort()
    for card in REQUEST_CARDS:
        sort.choices[card.id].value = card.reasonable
    sort.check.click()
    assert f"{len(REQUEST_CARDS)} of {len(REQUEST_CARDS)}" in sort.result.value
    assert "awkward-position" in sort.result.value
    sort.choices[REQUEST_CARDS[0].id].value = not REQUEST_CARDS[0].reasonable
    sort.check.click()
    assert f"{len(REQUEST_CARDS) - 1} of" in sort.result.value
