"""The conversation guide: questions, closing, the thank-you within a day, and the note in the contact's log."""

from __future__ import annotations

import datetime as dt

from netkit.exercises.outreach.conversation import CLOSING, PREPARE, QUESTIONS, log_conversation, thank_you_draft
from netkit.exercises.outreach.lint import lint
from netkit.store.answers import AnswersStore
from netkit.widgets.outreach.conversation import NOTES_KEY, ConversationGuide

DAY = dt.date(2026, 12, 3)
CONTACTS = [
    {
        "id": "c1",
        "name": "Ana Souza",
        "organisation": "Acme",
        "ring": "acquaintance",
        "last_contact": "2025-01-01",
        "custom": "kept",
    },
    {"id": "c2", "name": "Bo", "ring": "close"},
]


def test_the_guide_prepares_asks_and_closes_with_who_else():
    """Does the guide cover preparing (also when someone vouched), questions by theme, and "who else"?"""
    assert any("vouched" in p for p in PREPARE) and any("out loud" in p for p in PREPARE)
    assert len(QUESTIONS) >= 3 and all(q.endswith("?") for qs in QUESTIONS.values() for q in qs)
    assert any("CV" in q for q in QUESTIONS["What insiders look for"])
    assert CLOSING[0].startswith("Who else should I talk to?")


def test_thank_you_draft_uses_what_was_learnt_and_passes_the_linter():
    """Is the thank-you specific (what was learnt, what next), clean for the linter, with gaps when empty?"""
    text = thank_you_draft(
        {"name": "Ana Souza"},
        "the team hires from support roles",
        "Apply for the support role",
        participant={"name": "Sam"},
    )
    assert "the team hires from support roles." in text and "I'm going to apply for the support role" in text
    assert lint(text, "thank-you-conversation") == []
    empty = thank_you_draft({"name": "Ana Souza"}, participant={"name": "Sam"})
    assert "[one thing you learnt from them]." in empty
    assert "placeholder" in {f.rule for f in lint(empty, "thank-you-conversation")}


def test_log_conversation_adds_to_one_contact_and_keeps_everything_else():
    """Is the conversation added to the right contact's log, last contact moved forward, other keys kept?"""
    updated, found = log_conversation(CONTACTS, "c1", DAY, "hiring starts in spring", "Lee, Kim")
    assert found and updated[1] == CONTACTS[1] and updated[0]["custom"] == "kept"
    assert updated[0]["interactions"] == [
        {
            "date": "2026-12-03",
            "kind": "meeting",
            "direction": "asked",
            "note": "hiring starts in spring. Suggested: Lee, Kim",
        }
    ]
    assert updated[0]["last_contact"] == "2026-12-03" and "interactions" not in CONTACTS[0]
    assert log_conversation(CONTACTS, "nobody", DAY, "x") == (CONTACTS, False)


def test_widget_saves_the_note_to_the_store_and_the_contact_log(tmp_path):
    """Driven like a participant: pick a contact, note what was learnt, save; is it in both places?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("network.contacts", CONTACTS)
    w = ConversationGuide(name="Sam Lee", store=store, today=DAY)
    assert w.contact.value == "c1" and w.thank_you.value.startswith("Hi Ana,")
    w.save.click()
    assert "note at least one thing" in w.message.value and store.get(NOTES_KEY) is None
    w.learnt.value = "they hire from the support desk"
    w.next_step.value = "ask about a secondment"
    assert "they hire from the support desk." in w.thank_you.value and "No suggestions" in w.findings.value
    w.next_people.value = "Kim <b>Lee</b>"
    w.save.click()
    assert store.get(NOTES_KEY)[0]["learnt"] == "they hire from the support desk"
    assert store.get("network.contacts")[0]["interactions"][0]["kind"] == "meeting"
    assert "their log" in w.message.value and "&lt;b&gt;" in w.message.value and "<b>Lee" not in w.message.value


def test_someone_not_in_the_map_is_noted_but_no_log_is_invented(tmp_path):
    """With a typed name, is the note kept without touching exercise 1's contacts?"""
    store = AnswersStore(tmp_path, debounce=0)
    w = ConversationGuide(name="Sam", store=store, today=DAY)
    w.contact_name.value = "Jo Park"
    w.learnt.value = "start with volunteering"
    w.save.click()
    assert store.get(NOTES_KEY)[0]["contact"] == "Jo Park" and store.get("network.contacts") is None


def test_an_edited_thank_you_is_never_overwritten(tmp_path):
    """After the participant edits the draft, does typing what they learnt leave their words alone?"""
    w = ConversationGuide(name="Sam", store=AnswersStore(tmp_path, debounce=0), today=DAY)
    w.thank_you.value = "Hi Jo, thanks so much for today!"
    w.learnt.value = "something new"
    assert w.thank_you.value == "Hi Jo, thanks so much for today!"


def test_the_guide_has_a_checklist_for_when_someone_vouched_for_you():
    """Does the guide show the vouched-for checklist and the ask-again steps, escaped, every item?"""
    from netkit.exercises.outreach.conversation import AFTER_A_NO, VOUCHED_FOR
    from netkit.markup import escape
    from netkit.widgets.outreach.conversation import guide_html

    page = guide_html()
    assert "Someone vouched for you?" in page and "ask again" in page
    for item in (*VOUCHED_FOR, *AFTER_A_NO):
        assert escape(item) in page
