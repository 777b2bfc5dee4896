"""Outreach templates: built-ins, coach folders, sandbox, missing fields."""

from __future__ import annotations

import re

import pytest

from netkit.exceptions import TemplateError
from netkit.exercises.outreach import (
    builtin_templates,
    contact_label,
    load_templates,
    missing_fields,
    normalise_contact,
    normalise_participant,
    parse_template,
    render_message,
    situation_for,
)
from netkit.exercises.outreach.lint import lint

ANA = {
    "id": "c1",
    "name": "Ana Souza",
    "organisation": "Acme Health",
    "role": "data lead",
    "how_we_know": "the PyData meetup",
    "ring": "close",
}
SAM = {"name": "Sam Lee", "goal": "a move into health data analysis"}

SEED_SITUATIONS = {
    "informational-interview",
    "reconnect",
    "reconnect-advice",
    "introduction",
    "thank-you",
    "apology",
    "decline-referral",
    "share-no-ask",
    "follow-up",
    "client-or-collaborator",
}


def test_builtins_cover_every_situation_from_the_seeds():
    """Is there a built-in template for every situation the issue lists?"""
    ids = {t.id for t in builtin_templates()}
    assert ids >= SEED_SITUATIONS


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_builtin_drafts_are_short_personal_and_pass_the_linter(template):
    """Is each built-in draft under 75 words, personalised, and free of linter warnings but its [gaps]?"""
    text = render_message(template, ANA, SAM)
    assert len(text.split()) < 75
    assert text.startswith("Hi Ana,")
    assert "Sam" in text
    assert "{{" not in text
    warnings = [f for f in lint(text, template.situation) if f.severity == "warning" and f.rule != "placeholder"]
    assert warnings == []
    # The gaps left for the participant are pointed out until they are filled.
    if "[" in text:
        assert "placeholder" in {f.rule for f in lint(text, template.situation)}


def test_missing_field_names_the_field_and_the_template():
    """Does a contact without an organisation give a clear TemplateError, not a blank?"""
    with pytest.raises(TemplateError) as err:
        render_message("informational-interview", {"name": "Bo", "how_we_know": "school"}, SAM)
    message = str(err.value)
    assert (
        "informational-interview" in message and "contact.organisation" in message and "their organisation" in message
    )


def test_empty_string_counts_as_missing():
    """Is an empty organisation reported rather than rendered as a silent blank?"""
    with pytest.raises(TemplateError):
        render_message("informational-interview", {"name": "Bo", "how_we_know": "school", "organisation": "  "}, SAM)


def test_placeholders_make_gaps_visible():
    """With placeholders, does a missing field show as a visible [gap]?"""
    text = render_message("informational-interview", {"name": "Bo"}, {}, placeholders=True)
    assert "[their organisation]" in text and "[how you know them]" in text and "[your name]" in text
    assert missing_fields("informational-interview", {"name": "Bo"}, {}) == [
        "contact.connection",
        "contact.organisation",
        "me.first_name",
    ]


def test_contact_keys_are_read_tolerantly():
    """Are export spellings (company, position, First Name) understood?"""
    c = normalise_contact(
        {"First Name": "Li", "Last Name": "Wei", "company": "Globex", "position": "CTO", "context": "ex-colleague"}
    )
    assert c["name"] == "Li Wei" and c["first_name"] == "Li"
    assert c["organisation"] == "Globex" and c["role"] == "CTO" and c["how_we_know"] == "ex-colleague"
    assert normalise_contact("Ana Souza")["first_name"] == "Ana"
    assert normalise_contact(None) == {}
    assert contact_label(ANA) == "Ana Souza (Acme Health)"


def test_participant_goal_reads_inside_a_sentence():
    """Is a capitalised goal lower-cased mid-sentence, but not an acronym or 'I'?"""
    assert normalise_participant(goal="Find a UX role")["goal"] == "find a UX role"
    assert normalise_participant(goal="UX research")["goal"] == "UX research"
    assert normalise_participant(goal="I want to teach")["goal"] == "I want to teach"


COACH_TEMPLATE = """+++
situation = "thank-mentor"
title = "Thank a mentor"
has_ask = false
needs_thanks = true
+++
Dear {{ contact.first_name }}, thank you for your time. {{ me.first_name }}
"""


def test_coach_folder_adds_and_overrides(tmp_path):
    """Can a coach add a template, and replace a built-in one with the same situation id?"""
    (tmp_path / "mentor.j2").write_text(COACH_TEMPLATE, encoding="utf-8")
    (tmp_path / "mine.j2").write_text(
        '+++\nsituation = "reconnect"\ntitle = "Our reconnect"\n+++\nHey {{ contact.first_name }}!', encoding="utf-8"
    )
    templates = load_templates(tmp_path)
    by_id = {t.id: t for t in templates}
    assert by_id["thank-mentor"].situation.needs_thanks is True
    assert by_id["reconnect"].title == "Our reconnect" and not by_id["reconnect"].builtin
    assert render_message("thank-mentor", ANA, SAM, templates=templates).startswith("Dear Ana")
    assert situation_for("thank-mentor", templates).has_ask is False


def test_missing_coach_folder_is_fine(tmp_path):
    """Does a coach folder that does not exist simply give the built-ins?"""
    assert len(load_templates(tmp_path / "nope")) == len(builtin_templates())


@pytest.mark.parametrize(
    "text, words",
    [
        ("Hello {{ contact.name }}", "front-matter"),
        ('+++\nsituation = "x"\n', "never closed"),
        ('+++\nsituation = "x\n+++\nHi', "not valid TOML"),
        ('+++\ntitle = "x"\n+++\nHi', "situation"),
        ('+++\nsituation = "x"\nfirst_contact = "yes"\n+++\nHi', "true or false"),
        ('+++\nsituation = "x"\n+++\nHi {{ contact.name ', "syntax error"),
    ],
)
def test_broken_templates_are_explained(tmp_path, text, words):
    """Does each kind of broken coach template give a TemplateError naming the file?"""
    path = tmp_path / "bad.j2"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_templates(tmp_path)
    assert words in str(err.value) and "bad.j2" in str(err.value)


def test_syntax_error_line_is_the_file_line(tmp_path):
    """Is the line of a syntax error counted in the file, front matter included?"""
    with pytest.raises(TemplateError) as err:
        parse_template('+++\nsituation = "x"\n+++\nHi\n{% if %}\n', source="t.j2")
    assert err.value.line == 5


def test_duplicate_situations_in_a_folder_are_refused(tmp_path):
    """Are two coach files claiming the same situation reported instead of one silently winning?"""
    for name in ("a.j2", "b.j2"):
        (tmp_path / name).write_text(COACH_TEMPLATE, encoding="utf-8")
    with pytest.raises(TemplateError, match="two templates"):
        load_templates(tmp_path)


@pytest.mark.parametrize(
    "body",
    [
        "{{ contact.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ contact.items.__globals__ }}",
    ],
)
def test_templates_run_in_a_sandbox(body):
    """Is a template that reaches for Python internals stopped with a TemplateError?"""
    template = parse_template(f'+++\nsituation = "evil"\n+++\n{body}', source="evil.j2")
    with pytest.raises(TemplateError):
        render_message(template, ANA, SAM)


def test_unknown_situation_lists_the_known_ones():
    """Does a typo in a situation id say which ones exist?"""
    with pytest.raises(TemplateError, match="informational-interview"):
        situation_for("informational")


@pytest.mark.parametrize(
    "body",
    [
        "{{ range(10**9) | list }}",
        "{% for i in range(10**8) %}{% endfor %}",
        "{{ 'a' * 10**10 }}",
        "{{ [1] * 10**9 }}",
        "{{ 10**10 * 'ab' }}",
        "{{ 2 ** 100000 }}",
    ],
)
def test_sandbox_limits_are_a_template_error(body):
    """Is a template that would build something huge (range, repeated text, a giant power) a TemplateError?"""
    template = parse_template(f'+++\nsituation = "huge"\n+++\n{body}', source="huge.j2")
    with pytest.raises(TemplateError, match="huge"):
        render_message(template, ANA, SAM)
    with pytest.raises(TemplateError):
        render_message(template, ANA, SAM, placeholders=True)


def test_unreadable_template_entry_is_a_template_error(tmp_path):
    """Is a folder named like a template (x.j2/) in a coach's folder reported, not a traceback?"""
    (tmp_path / "x.j2").mkdir()
    with pytest.raises(TemplateError) as err:
        load_templates(tmp_path)
    assert "x.j2" in err.value.message


def test_ordinary_arithmetic_still_works_in_templates():
    """Do small, harmless uses of * and ** still work in a coach's template?"""
    template = parse_template(
        '+++\nsituation = "maths"\n+++\n{{ "-" * 3 }} {{ 2 ** 3 }} {{ contact.name }}', source="maths.j2"
    )
    assert render_message(template, ANA, SAM).startswith("--- 8 ")


# ------------------------------------------------------------------ odd field values
NORMAL_CONTACT = {"name": "Ana Souza", "organisation": "Acme Health", "how_we_know": "met at the PyData meetup"}
ODD_VALUES = {
    "how_we_know": [
        "",
        "met at PyCon 2023",
        "former colleague at Zendesk",
        "We worked together at Oxfam.",
        "through Ana",
        "university!!",
        "friend of Ana's",
        "Ana introduced us",
        "the Leeds meetup",
        "在会议上认识",
        "colleague who worked at Zendesk; we shared a desk for two years, then I moved "
        "to Lisbon and we lost touch after the pandemic",
    ],
    "organisation": [
        "",
        "acme",
        "Acme, Inc.",
        "Zendesk Ltd.",
        "Société Générale",
        "株式会社テスト",
        "The Royal Borough of Kensington and Chelsea Adult Social Care Department",
    ],
    "name": ["", "ana", "Zoë Ó Briain", "李小龙", "  Ana   Souza  "],
}


def _odd_cases():
    for template in builtin_templates():
        for field, values in ODD_VALUES.items():
            for value in values:
                yield pytest.param(template, field, value, id=f"{template.id}-{field}-{value[:12]!r}")


def _reads_badly(text: str) -> list[str]:
    """Seams that show when a field was pasted into a sentence it does not fit."""
    problems = []
    for pattern, what in (
        (r"(?<!\.)\.\.(?!\.)", "double full stop"),
        (r"\s[,.;:!?]", "space before punctuation"),
        (r"[,;:][.!?]", "clashing punctuation"),
        (r"[^\s] {2,}[^\s]", "double space"),
        (r"(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)[.!?] [a-z]", "sentence starting in lower case"),
        (r"\bthrough (?:former|a|an)\b", "through + role"),
        (r"\bfrom (?:met|we|former)\b", "from + clause"),
        (r"\bas your (?:we|met)\b", "as your + clause"),
    ):
        if re.search(pattern, text):
            problems.append(what)
    return problems


@pytest.mark.parametrize("template, field, value", list(_odd_cases()))
def test_every_template_reads_well_whatever_was_typed_in_each_field(template, field, value):
    """Does each template make clean sentences with empty, lower-case, long, punctuated and non-Latin fields?"""
    contact = {**NORMAL_CONTACT, field: value}
    text = render_message(template, contact, SAM, placeholders=True)
    assert _reads_badly(text) == [], text
    assert text.startswith("Hi ")
    if value.strip() and field != "how_we_know":
        assert (
            value.split()[0].strip(",.") in text
            or value.split()[0].capitalize() in text
            or (field == "organisation" and "organisation" not in template.body)
        )


def test_no_first_message_pastes_the_roster_goal():
    """Does no template put the participant's roster job goal into a message (it asks about their work instead)?"""
    goal = {"name": "Sam Lee", "goal": "Land a product manager job at Google by March"}
    for template in builtin_templates():
        assert "me.goal" not in template.body
        assert "Google" not in render_message(template, ANA, goal, placeholders=True)


@pytest.mark.parametrize(
    "typed, sentence",
    [
        ("met at PyCon 2023", "We met at PyCon 2023."),
        ("former colleague at Zendesk", "You may remember me as your former colleague at Zendesk."),
        ("We worked together at Oxfam.", "We worked together at Oxfam."),
        ("through Ana", "We know each other through Ana."),
        ("friend of Ana's", "We know each other through Ana."),
        ("university!!", "We know each other from university."),
        ("Ana introduced us", "Ana introduced us."),
        ("", ""),
    ],
)
def test_how_we_know_becomes_one_whole_sentence(typed, sentence):
    """Is whatever was typed for "how we know each other" turned into a sentence that reads well?"""
    from netkit.exercises.outreach import connection_sentence

    assert connection_sentence(typed) == sentence
