"""The linter's warnings saved beside each message: the version and fingerprint they are kept under, reused only
when they still hold, and saved by the outreach composer on every draft change and on "Save to outbox"."""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from pathlib import Path

import pytest

from netkit.exercises.outreach import saved_findings
from netkit.exercises.outreach.lint import RULEBOOK, lint
from netkit.exercises.outreach.saved_findings import (
    LINTED_KEY,
    fingerprint,
    lint_version,
    linted_record,
    situation_of,
    sources_version,
    warning_rules,
    warnings_of,
)
from netkit.exercises.outreach.templates import BUILTIN_FOLDER, UNKNOWN_SITUATION, builtin_templates
from netkit.store.answers import AnswersStore
from netkit.widgets.outreach import DRAFT_KEY, OUTBOX_KEY, TYPED, OutreachComposer

MESSAGES = Path(__file__).parent / "fixtures" / "messages"
PACKAGE = Path(saved_findings.__file__).parent
TODAY = dt.date(2026, 12, 3)
WARNINGS = sorted(rule.id for rule in RULEBOOK if rule.severity == "warning")
INFOS = sorted(rule.id for rule in RULEBOOK if rule.severity != "warning")


def _corpus(name: str, every: int) -> list[tuple[str, str, str | None]]:
    messages = tomllib.loads((MESSAGES / name).read_text("utf-8")).get("message", [])
    return [(m["text"], m.get("situation", ""), m.get("relationship") or None) for m in messages[::every]]


#: Labelled corpus drafts in English, German and Spanish (each with the language the participant works in).
CASES = (
    [(*case, None) for case in _corpus("corpus.toml", 1)]
    + [(*case, "de") for case in _corpus("corpus.de.toml", 1)]
    + [(*case, "es") for case in _corpus("corpus.es.toml", 1)]
)


def _fresh(text, situation_id, relationship=None, language=None) -> list[str]:
    return warning_rules(lint(text, situation_of(situation_id), relationship=relationship, language=language))


@pytest.fixture
def lint_calls(monkeypatch):
    """How often ``warnings_of`` lints a message itself (0: the saved warnings were used)."""
    from netkit.exercises.outreach import lint as lint_module

    calls = []
    real = lint_module.lint

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(lint_module, "lint", counting)
    return calls


# ----------------------------------------------------------------------------- the version
def test_version_is_the_linters_sources_read_once():
    """Is LINT_VERSION the hash of the installed linter's sources, the same at every use in a process?"""
    assert lint_version() == saved_findings.LINT_VERSION == sources_version(PACKAGE, BUILTIN_FOLDER)
    assert len(lint_version()) == 64 and int(lint_version(), 16) >= 0
    assert lint_version.cache_info().currsize == 1  # computed once, not per call


def _copy(tmp_path) -> tuple[Path, Path]:
    folder, templates = tmp_path / "outreach", tmp_path / "templates"
    shutil.copytree(PACKAGE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(BUILTIN_FOLDER, templates)
    return folder, templates


@pytest.mark.parametrize(
    "changed",
    ["lint.py", "lint_parse.py", "lint_phrases.py", "lint_phrases_de.py", "lint_prefilter.py", "lint_language.py"]
    + ["templates.py", "saved_findings.py", "lint_new_rules.py"],
)
def test_any_change_to_what_decides_the_findings_changes_the_version(tmp_path, changed):
    """Does editing (or adding) any module that decides the findings give another version?"""
    folder, templates = _copy(tmp_path)
    before = sources_version(folder, templates)
    assert before == sources_version(PACKAGE, BUILTIN_FOLDER)
    path = folder / changed
    path.write_text((path.read_text("utf-8") if path.exists() else "") + "\n# changed\n", encoding="utf-8")
    assert sources_version(folder, templates) != before


def test_a_situation_changed_in_a_template_changes_the_version_and_others_do_not(tmp_path):
    """Is a built-in template (whose front matter sets the situation's flags) part of it, and a module that has
    nothing to do with the findings (the follow-ups) not?"""
    folder, templates = _copy(tmp_path)
    before = sources_version(folder, templates)
    (folder / "followups.py").write_text("# changed\n", encoding="utf-8")
    assert sources_version(folder, templates) == before
    path = templates / "apology.j2"
    path.write_text(path.read_text("utf-8").replace("+++", "+++\nneeds_thanks = true", 1), encoding="utf-8")
    assert sources_version(folder, templates) != before


def test_an_unreadable_source_gives_a_version_nothing_matches(tmp_path):
    """A source that cannot be read: a version of its own each time, so no saved finding is ever taken."""
    folder, templates = _copy(tmp_path)
    (folder / "lint_broken.py").mkdir()  # a folder where a module should be: reading it fails
    first, second = sources_version(folder, templates), sources_version(folder, templates)
    assert first.startswith("unreadable-") and first != second


# ----------------------------------------------------------------------------- saved = a fresh lint
@pytest.mark.parametrize("relationship", [None, "stranger", "teammate", "friend", "acquaintance"])
def test_saved_warnings_are_a_fresh_lints_and_are_used(relationship, lint_calls):
    """For every corpus draft (English, German, Spanish) and relationship: is the saved record's list what a fresh
    lint gives, and does collect take it without linting again?"""
    assert len(CASES) > 250
    for text, situation_id, _labelled, language in CASES:
        record = linted_record(text, situation_of(situation_id), relationship, language)
        expected = _fresh(text, situation_id, relationship, language)
        assert record["warnings"] == expected
        del lint_calls[:]
        assert warnings_of(text, situation_id, record) == expected
        assert not lint_calls, text


def test_the_composers_situation_in_another_language_is_the_same_situation():
    """The composer lints with its language's template (another title); is the fingerprint still the built-in
    situation's (only the id and the flags count)?"""
    for language in ("de", "es"):
        for template in builtin_templates(language):
            english = situation_of(template.id)
            assert template.situation.title != english.title or language == "en"
            assert fingerprint("Hi", template.situation, None, language) == fingerprint("Hi", english, None, language)


def test_a_coach_situation_with_other_flags_is_linted_again(lint_calls):
    """A coach's own template under a built-in id but with other flags: collect cannot know it, so it lints under
    the built-in situation (what it did before findings were saved); an unknown id, under the general rules."""
    import dataclasses

    text = "Hi Ana, could you refer me for the job? I need it."
    builtin = situation_of("thank-you")
    coach = dataclasses.replace(builtin, needs_thanks=not builtin.needs_thanks, title="Merci")
    record = linted_record(text, coach)
    assert warnings_of(text, "thank-you", record) == _fresh(text, "thank-you") and lint_calls
    own = dataclasses.replace(builtin, id="coach-own")
    assert situation_of("coach-own") is UNKNOWN_SITUATION
    assert warnings_of(text, "coach-own", linted_record(text, own)) == warning_rules(lint(text, None))


# ----------------------------------------------------------------------------- anything else: linted again
TEXT = "Hi Bo. I need a job at your company, can you refer me? You owe me."
SITUATION = "informational-interview"


def _saved(**changes):
    record = linted_record(TEXT, situation_of(SITUATION), "teammate", "de")
    return {**record, **changes}


def test_a_record_made_by_another_linter_version_is_linted_again(monkeypatch, lint_calls):
    """A linter changed since the record was saved: the record's (now wrong) list is not taken."""
    stale = {**_saved(), "warnings": []}
    with monkeypatch.context() as patched:
        patched.setattr(saved_findings, "lint_version", lambda: "an older linter")
        stale["fingerprint"] = fingerprint(TEXT, situation_of(SITUATION), "teammate", "de")
    assert stale["fingerprint"] != _saved()["fingerprint"]
    del lint_calls[:]
    assert warnings_of(TEXT, SITUATION, stale) == _fresh(TEXT, SITUATION, "teammate", "de") != []
    assert lint_calls


@pytest.mark.parametrize(
    "text,situation_id",
    [
        (TEXT + " Thanks!", SITUATION),  # the text edited by hand
        (TEXT.replace("job", "jób"), SITUATION),
        (" " + TEXT, SITUATION),  # even a space
        (TEXT, "thank-you"),  # the situation changed
        (TEXT, ""),
    ],
)
def test_a_text_or_situation_changed_since_is_linted_again(text, situation_id, lint_calls):
    """The message is no longer the one the record was made for: its own findings, with the saved inputs."""
    record = {**_saved(), "warnings": ["pressure"]}  # what the old text had would be wrong now
    del lint_calls[:]
    assert warnings_of(text, situation_id, record) == _fresh(text, situation_id, "teammate", "de")
    assert lint_calls


@pytest.mark.parametrize(
    "record",
    [
        None,
        "job-ask",
        ["job-ask"],
        42,
        {},
        {"warnings": ["job-ask"]},  # no fingerprint
        _saved(warnings="job-ask"),  # a text, not a list
        _saved(warnings=[None]),
        _saved(warnings=[["job-ask"]]),
        _saved(warnings=["no-such-rule"]),
        _saved(warnings=[INFOS[0]]),  # a rule that is never a warning
        _saved(warnings={"job-ask": 1}),
        _saved(fingerprint=None),
        _saved(fingerprint=12),
        _saved(fingerprint="0" * 32),
        _saved(relationship=["teammate"]),  # read as none, and the fingerprint no longer holds
        _saved(language={"de": 1}),
        _saved(relationship="stranger"),  # the inputs edited without linting again
        _saved(language="es"),
        _saved(relationship=""),
    ],
)
def test_a_malformed_or_edited_record_is_linted_again_and_never_raises(record, lint_calls):
    """Anything but an intact record of this very message: a fresh lint, with what is usable of the record's
    inputs (a relationship and a language that are texts), never an exception."""
    usable = record if isinstance(record, dict) else {}
    relationship = usable.get("relationship") if isinstance(usable.get("relationship"), str) else None
    language = usable.get("language") if isinstance(usable.get("language"), str) else None
    assert warnings_of(TEXT, SITUATION, record) == _fresh(TEXT, SITUATION, relationship or None, language or None)
    assert lint_calls


def test_a_forged_record_only_says_what_its_own_message_found(lint_calls):
    """A participant may rewrite the list and its fingerprint by hand: known warning ids are taken (their own
    message's count, as editing the text would change it); it says nothing about anyone else's."""
    forged = _saved(warnings=["pressure", "pressure", WARNINGS[0]])
    forged["fingerprint"] = fingerprint(TEXT, situation_of(SITUATION), "teammate", "de")
    del lint_calls[:]
    assert warnings_of(TEXT, SITUATION, forged) == sorted({"pressure", WARNINGS[0]})
    assert not lint_calls


# ----------------------------------------------------------------------------- the composer saves them
CONTACTS = [
    {"id": "c1", "name": "Ana Souza", "organisation": "Acme", "how_we_know": "the PyData meetup", "ring": "close"},
    {"id": "c2", "name": "Bo Lind", "organisation": "Initech", "ring": "dormant"},
]


def composer(store, **kw):
    return OutreachComposer(name="Sam Lee", goal="a move into health data", store=store, today=TODAY, **kw)


def _holds(item, lint_calls) -> list[str]:
    """The saved record of a draft or an outbox entry holds for it (collect takes it without linting)."""
    del lint_calls[:]
    found = warnings_of(item["text"], item["situation"], item[LINTED_KEY])
    assert not lint_calls
    record = item[LINTED_KEY]
    fresh = _fresh(item["text"], item["situation"], record["relationship"], record["language"])
    assert found == fresh == record["warnings"]
    return found


def test_typing_saves_the_findings_with_the_draft(store, lint_calls):
    """Does every change of the draft save its warnings, linted as the participant sees them?"""
    w = composer(store)
    w.draft.value = "Hi Bob. I need a job. You owe me."
    draft = store.get(DRAFT_KEY)
    assert "job-ask" in _holds(draft, lint_calls) and "pressure" in draft[LINTED_KEY]["warnings"]
    assert "pressure" in w.findings.value
    w.draft.value = "Hi Bob, how was the conference? I'd love to hear what you took from it."
    assert _holds(store.get(DRAFT_KEY), lint_calls) != draft[LINTED_KEY]["warnings"]


def test_a_contact_from_the_map_brings_its_relationship(store, lint_calls):
    """A contact from the map is linted (and saved) with their ring's relationship; picking another contact for an
    edited draft lints it again for them."""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.draft.value = "Hi Ana, could you refer me for the data role at Acme? Thanks!"
    first = store.get(DRAFT_KEY)[LINTED_KEY]
    assert first["relationship"] == "friend" and first["language"] is None
    _holds(store.get(DRAFT_KEY), lint_calls)
    w.contact.value = "c2"  # the edited draft is kept, the reader is a dormant tie now
    again = store.get(DRAFT_KEY)
    assert again["text"] == "Hi Ana, could you refer me for the data role at Acme? Thanks!"
    assert again[LINTED_KEY]["relationship"] == "acquaintance"
    _holds(again, lint_calls)


def test_the_relationship_choice_and_the_language_are_saved(tmp_path, lint_calls):
    """A typed name's "how well do you know them?" and the participant's language go into the record."""
    store = AnswersStore(tmp_path, debounce=0)
    w = composer(store, language="de")
    w.contact.value = TYPED
    w.contact_name.value = "Jo Park"
    w.relationship.value = "stranger"
    w.draft.value = "Hallo Jo, kannst du mich für die Stelle empfehlen? Ich brauche einen Job."
    record = store.get(DRAFT_KEY)[LINTED_KEY]
    assert record["relationship"] == "stranger" and record["language"] == "de"
    _holds(store.get(DRAFT_KEY), lint_calls)


def test_save_to_outbox_saves_the_findings_of_the_saved_text(store, lint_calls):
    """ "Save to outbox" keeps the entry's findings: the draft's when the text is the same, a fresh lint of the
    entry's text (the draft without its outer spaces) when not; marking it sent keeps them."""
    store.set("network.contacts", CONTACTS)
    w = composer(store)
    w.contact.value = "c1"
    w.draft.value = "Hi Ana. I need a job. You owe me."
    w.save.click()
    w.draft.value = "  Hi Ana, thank you for the chat! Could I ask one more question?\n\n"
    w.save.click()
    first, second = store.get(OUTBOX_KEY)
    assert "pressure" in _holds(first, lint_calls)
    assert second["text"] == "Hi Ana, thank you for the chat! Could I ask one more question?"
    assert second[LINTED_KEY]["fingerprint"] != store.get(DRAFT_KEY)[LINTED_KEY]["fingerprint"]
    _holds(second, lint_calls)
    w.mark_sent.click()
    assert store.get(OUTBOX_KEY)[1][LINTED_KEY] == second[LINTED_KEY]


def test_when_the_linter_fails_the_message_is_saved_without_findings(store, monkeypatch, lint_calls):
    """Feedback must never break typing or saving: no record then (collect lints the message itself)."""
    from netkit.widgets.outreach import form

    def broken(*_args, **_kwargs):
        raise RuntimeError("the linter broke")

    w = composer(store)
    with monkeypatch.context() as patched:
        patched.setattr(form, "lint", broken)
        patched.setattr(saved_findings, "lint_version", broken)
        w.draft.value = "Hi Bob. I need a job."
        assert "Feedback unavailable" in w.findings.value
        assert LINTED_KEY not in store.get(DRAFT_KEY)
        w.save.click()
    (entry,) = store.get(OUTBOX_KEY)
    assert entry["text"] == "Hi Bob. I need a job." and LINTED_KEY not in entry
    assert warnings_of(entry["text"], entry["situation"], entry.get(LINTED_KEY)) == _fresh(
        entry["text"], entry["situation"]
    )
