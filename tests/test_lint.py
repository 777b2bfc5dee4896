"""The outreach message linter: each rule triggers when it should and stays quiet otherwise."""

from __future__ import annotations

import importlib.util

import pytest

from netkit.exceptions import TemplateError
from netkit.exercises.outreach import Situation
from netkit.exercises.outreach.lint import (
    ENGLISH_ONLY_RULES,
    RULES,
    Finding,
    findings_as_json,
    is_probably_english,
    lint,
    word_count,
)
from netkit.exercises.outreach.lint_learned import SWITCH


def rules(text, situation=None, relationship=None):
    return {f.rule for f in lint(text, situation, relationship=relationship)}


GOOD = (
    "Hi Ana,\n\nWe met at the PyData meetup last spring. I enjoyed your talk on hospital data. "
    "Would you be open to a 20-minute call next week, so you could tell me what your work is really like?\n\n"
    "Thank you,\nSam"
)


def test_a_good_first_message_has_no_findings():
    """Does a short, connected, question-led message pass every rule?"""
    assert lint(GOOD, "informational-interview") == []
    assert lint(GOOD) == []


def test_findings_have_stable_shape():
    """Does each finding carry a known rule id, a severity, a message and a fix?"""
    findings = lint("I want a job. You owe me. " * 30, "informational-interview")
    assert findings and all(isinstance(f, Finding) for f in findings)
    for f in findings:
        assert f.rule in RULES and f.severity in {"warning", "info"} and f.message and f.fix
    doc = findings_as_json(findings)
    assert set(doc["findings"][0]) == {"rule", "severity", "message", "fix"}


# ----------------------------------------------------------------- too-long
def test_too_long_over_100_words_in_a_first_contact():
    """Is a 101-word first message flagged as too long, and a 60-word one not?"""
    base = GOOD.split("Thank you")[0]
    padding = " ".join(["really"] * (101 - word_count(base)))
    long_text = base + padding
    assert word_count(long_text) == 101
    assert "too-long" in rules(long_text, "informational-interview")
    assert "too-long" not in rules(GOOD, "informational-interview")


def test_too_long_between_75_and_100_is_only_a_hint():
    """Is an 85-word first message an info hint (under 75 is better), not a warning?"""
    text = GOOD + " " + " ".join(["indeed"] * (85 - word_count(GOOD)))
    found = [f for f in lint(text, "informational-interview") if f.rule == "too-long"]
    assert found and found[0].severity == "info"


def test_too_long_is_relaxed_for_replies():
    """Is a 120-word thank-you left alone (the 100-word limit is for first contacts)?"""
    text = "Thank you so much for your help. " + "It mattered a lot. " * 26
    assert 100 < word_count(text) <= 150
    assert "too-long" not in rules(text, "thank-you")


# ----------------------------------------------------------------- job-ask
@pytest.mark.parametrize(
    "ask",
    [
        "Do you have any openings on your team?",
        "Could you refer me for the analyst role?",
        "Is your company hiring at the moment?",
        "Could you pass on my CV to your manager?",
        "Would you put in a good word for me for the analyst role?",
        "Could you recommend me to your hiring manager for the opening?",
        "I am looking for a job in data science, can you help?",
        "Are there any job opportunities at Acme?",
    ],
)
def test_job_ask_triggers(ask):
    """Is a job, referral or 'any openings' request in a first contact flagged?"""
    text = f"Hi Ana, we met at the PyData meetup. {ask}"
    assert "job-ask" in rules(text, "informational-interview")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we met at the PyData meetup. I'm not asking for a job or a referral, just your view. Would you have 20 minutes?",
        "Hi Ana, we met at PyData. What do you enjoy most about your job?",
        "Hi Ana, we met at PyData. How did you move into your current role?",
    ],
)
def test_job_ask_does_not_trigger(text):
    """Are questions about their job, and a stated non-ask, left alone?"""
    assert "job-ask" not in rules(text, "informational-interview")


def test_job_ask_fine_with_someone_who_knows_you():
    """Is asking a mutual contact, who knows you, about openings fine (no job-ask)?"""
    text = "Hi Ana, since we worked together: do you know of any openings at Acme?"
    assert "job-ask" not in rules(text, "introduction")
    assert "job-ask" not in rules(text, "follow-up")


@pytest.mark.parametrize("situation,words", [("reconnect", "long silence"), ("share-no-ask", "pure give")])
def test_job_ask_when_reconnecting_or_giving(situation, words):
    """Is a job ask flagged in a first message after a long silence, and in a message meant to give?"""
    text = "Hi Ana, it has been a long time since we worked together. Do you know of any openings at Acme?"
    found = [f for f in lint(text, situation) if f.rule == "job-ask"]
    assert found and words in (found[0].message + found[0].fix)


def test_job_ask_not_flagged_in_thanks_or_a_kind_decline():
    """Does thanking for a referral, or declining one, stay free of job-ask?"""
    assert "job-ask" not in rules("Thank you for your referral last month, it made all the difference.", "thank-you")
    assert "job-ask" not in rules("I can't give you a referral, but here is some advice.", "decline-referral")


@pytest.mark.parametrize("text", ["I need a referral by Friday.", "We need this by tomorrow, please."])
def test_pressure_catches_deadlines(text):
    """Is a deadline imposed on a favour flagged as pressure?"""
    assert "pressure" in rules("Hi Ana, we met at PyData. " + text, "introduction")


# ----------------------------------------------------------------- no-question
@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we met at PyData. I would like to have a call with you next week.",
        "Hi Ana, we met at PyData. Please let me know when you are free for a call.",
    ],
)
def test_no_question_triggers(text):
    """Is an ask phrased as a statement flagged?"""
    assert "no-question" in rules(text, "informational-interview")


def test_no_question_triggers_when_the_situation_asks_and_nothing_is_asked():
    """Does a request situation with no question at all get flagged?"""
    assert "no-question" in rules("Hi Ana, we met at PyData. Hope all is well.", "informational-interview")


def test_no_question_does_not_trigger():
    """Are a real question, and a message with no ask (sharing, thanks), left alone?"""
    assert "no-question" not in rules(GOOD, "informational-interview")
    share = "Hi Ana, I came across this article on hospital data and thought of your work. No need to reply."
    assert "no-question" not in rules(share, "share-no-ask")
    assert "no-question" not in rules(share)


# ----------------------------------------------------------------- connection-late
def test_connection_late_when_missing():
    """Is a first message that never says how you know them flagged?"""
    text = "Hi Ana,\n\nI am exploring data careers. Would you be open to a call?"
    found = [f for f in lint(text, "informational-interview") if f.rule == "connection-late"]
    assert found and "doesn't say how you know them" in found[0].message


def test_connection_late_when_buried():
    """Is the connection flagged when it only comes at the end?"""
    text = (
        "Hi Ana,\n\nI am exploring data careers. I have a background in nursing. "
        "Would you be open to a call? By the way, Tom suggested I write to you."
    )
    found = [f for f in lint(text, "informational-interview") if f.rule == "connection-late"]
    assert found and "comes late" in found[0].message


@pytest.mark.parametrize(
    "opening",
    [
        "We met at the PyData meetup in May.",
        "Tom Okafor suggested I get in touch with you.",
        "I enjoyed your talk at the health data conference.",
        "It's been a while since we worked together at Globex.",
    ],
)
def test_connection_in_opening_is_fine(opening):
    """Does a connection in the first lines satisfy the rule?"""
    text = f"Hi Ana,\n\n{opening} Would you be open to a short call about your work?"
    assert "connection-late" not in rules(text, "informational-interview")


def test_connection_not_needed_for_a_decline():
    """Is a reply declining a stranger's request spared the connection rule?"""
    text = "Hi Lee, thanks for writing. I can't refer you, but I'm glad to answer a question or two."
    assert "connection-late" not in rules(text, "decline-referral")


# ----------------------------------------------------------------- about-me
def test_about_me_triggers():
    """Is a message mostly about the writer flagged?"""
    text = (
        "Hi Ana, we met at PyData. I am a nurse and I want to move into data. My skills are strong and "
        "I think I would be great. Could we talk?"
    )
    assert "about-me" in rules(text, "informational-interview")


def test_about_me_does_not_trigger():
    """Is a message more about the reader left alone, and an apology exempt?"""
    assert "about-me" not in rules(GOOD, "informational-interview")
    apology = (
        "Hi Ana, I let you down at the event and I am sorry. I made the mistake and I take responsibility. "
        "Could we talk?"
    )
    assert "about-me" not in rules(apology, "apology")


# ----------------------------------------------------------------- pressure
@pytest.mark.parametrize(
    "phrase",
    [
        "You owe me after all these years.",
        "I'm counting on you here.",
        "As a friend you should help me with this.",
        "After everything I've done for you, this is small.",
        "Don't let me down.",
        "It's the least you could do.",
        "I need an answer by Friday.",
    ],
)
def test_pressure_triggers(phrase):
    """Is guilt, obligation or pressure flagged?"""
    text = f"Hi Ana, since we worked together at Globex. Could you introduce me to Jo? {phrase}"
    assert "pressure" in rules(text, "introduction")


@pytest.mark.parametrize(
    "phrase",
    [
        "You don't owe me anything, of course.",
        "No pressure at all; if it isn't a good time, that's fine.",
        "I'll remember your advice.",
    ],
)
def test_pressure_does_not_trigger(phrase):
    """Is making it easy to say no left alone?"""
    text = f"Hi Ana, since we worked together at Globex. Could you introduce me to Jo? {phrase}"
    assert "pressure" not in rules(text, "introduction")


# ----------------------------------------------------------------- no-thanks
def test_no_thanks_triggers_in_a_thank_you_and_a_follow_up():
    """Does a thank-you or follow-up without thanks get flagged?"""
    text = "Hi Ana, the interview went well and I start in January. Let's catch up soon."
    assert "no-thanks" in rules(text, "thank-you")
    assert "no-thanks" in rules("Hi Ana, did you see my note about a call?", "follow-up")


@pytest.mark.parametrize(
    "thanks",
    ["Thank you for the introduction.", "Thanks so much!", "I really appreciate your help.", "I'm so grateful."],
)
def test_no_thanks_does_not_trigger(thanks):
    """Do the usual ways of saying thanks satisfy the rule, and other situations skip it?"""
    text = f"Hi Ana, {thanks} The interview went well."
    assert "no-thanks" not in rules(text, "thank-you")
    assert "no-thanks" not in rules("Hi Ana, we met at PyData. Could we talk?", "informational-interview")


# ----------------------------------------------------------------- apology-blame
@pytest.mark.parametrize(
    "blame",
    [
        "It wasn't my fault, the manager never told me.",
        "Honestly it was their fault.",
        "Nobody told me the start time.",
        "I'm sorry if you felt embarrassed.",
        "It happened because my alarm didn't go off.",
    ],
)
def test_apology_blame_triggers(blame):
    """Is an apology that blames others flagged?"""
    text = f"Hi Ana, I'm sorry about the event. {blame} Could we talk?"
    assert "apology-blame" in rules(text, "apology")
    assert "apology-blame" in rules(text)  # 'sorry' makes it an apology even without a situation


def test_apology_blame_does_not_trigger():
    """Is an apology that takes responsibility left alone, and blame words outside an apology ignored?"""
    text = (
        "Hi Ana, I owe you an apology. I slept through my alarm and missed the shift you found me. "
        "That was my fault, and I'm sorry it reflected on you. Could we talk?"
    )
    assert "apology-blame" not in rules(text, "apology")
    assert "apology-blame" not in rules(
        "Hi Ana, we met at PyData; their fault-tolerant system impressed me. Could we talk?"
    )


# ----------------------------------------------------------------- robustness
def test_empty_and_whitespace_give_nothing():
    """Do empty text, None and whitespace give no findings and no crash?"""
    assert lint("") == [] and lint(None) == [] and lint("   \n\t ") == []
    assert lint("", "thank-you") == []


def test_very_long_text_does_not_crash():
    """Does a megabyte of text lint (and count as too long) without crashing?"""
    findings = lint("word " * 250_000, "informational-interview")
    assert "too-long" in {f.rule for f in findings}
    assert lint("<script " * 20_000) is not None


def test_html_is_read_as_text():
    """Is an HTML message linted on its text, tags and entities removed?"""
    html = (
        "<div><p>Hi Ana,</p><p>We met at the <b>PyData</b> meetup.</p>"
        "<p>Would you be open to a call about your work?</p><script>alert('x')</script></div>"
    )
    assert lint(html, "informational-interview") == []
    assert "pressure" in rules("<p>You&nbsp;owe me</p>")


@pytest.mark.parametrize(
    "text",
    [
        "Hola Ana, nos conocimos en la conferencia de datos. ¿Podríamos hablar la semana que viene sobre tu trabajo?",
        "Bonjour Ana, nous nous sommes rencontrés au salon. Auriez-vous vingt minutes pour un appel la semaine prochaine ?",
        "你好，我们在会议上认识的。你下周有空聊聊吗？",
        "Привет, Анна! Мы познакомились на конференции. Можно тебе позвонить на следующей неделе?",
    ],
)
def test_other_languages_say_english_only_instead_of_misfiring(text):
    """Does a non-English message get an english-only note and no English-rule findings?"""
    found = rules(text, "informational-interview")
    assert "english-only" in found
    assert not found & set(ENGLISH_ONLY_RULES)


def test_english_detection():
    """Is ordinary English recognised as English?"""
    assert is_probably_english(
        ["we", "met", "at", "the", "meetup", "and", "I", "would", "like", "to", "ask", "you", "about", "your", "work"]
    )


def test_cjk_words_are_counted():
    """Is unspaced CJK text counted by characters rather than as one word?"""
    assert word_count("你好我们在会议上认识的") > 4


@pytest.mark.parametrize(
    "gap",
    [
        "[what they did]",
        "{first_name}",
        "{{ meetup }}",
        "{{contact.role}}",
        "$Name$",
        "<Name>",
        "<first name>",
        "XXX",
        "«First Name»",
        "*|FNAME|*",
        "%(event)s",
    ],
)
def test_placeholder_left_in_draft(gap):
    """Is any unfilled template syntax pointed out, as a warning naming it?"""
    found = [f for f in lint(f"Hi Ana, thank you for {gap}. It helped.", "thank-you") if f.rule == "placeholder"]
    assert found and found[0].severity == "warning" and gap in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5 and $10 to enter.",
        "See the <b>agenda</b> attached.",
        "As noted [1], yes.",
        "See [the guide](https://example.org).",
        "Love, Sam xxx",
        "Use {} braces in code",
    ],
)
def test_placeholder_not_raised_by_money_html_notes_links_or_kisses(text):
    """Are amounts, HTML tags, numbered notes, Markdown links and kisses left alone?"""
    assert "placeholder" not in rules(f"Hi Ana, thank you for the tip. {text}", "thank-you")


@pytest.mark.parametrize(
    "ask",
    [
        "Could you go around your manager and get me onto the shortlist?",
        "Would you be able to bypass the online application for me?",
        "Can you send me the confidential pay review?",
        "Could you tell me which questions the interview panel will ask?",
        "Would you recommend my brother for the post? You haven't met him, but he's great.",
    ],
)
def test_awkward_position_triggers(ask):
    """Is asking a friend to go around a process, leak, or vouch blind flagged, with a Try: fix?"""
    found = [
        f for f in lint(f"Hi Ana, since we met at the choir: {ask}", "introduction") if f.rule == "awkward-position"
    ]
    assert found and found[0].fix


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me how the hiring process works?",
        "I'll apply through the website; I'm not asking you to go around anyone. Could we talk?",
        "I can't share anything confidential, but happy to talk about the job.",
        "Would you put in a good word for me? You've seen my work on the festival for two years.",
    ],
)
def test_awkward_position_does_not_trigger(text):
    """Are ordinary questions, refusals and vouching from first-hand knowledge left alone?"""
    assert "awkward-position" not in rules(f"Hi Ana, since we worked together: {text}", "introduction")


def test_situation_object_and_unknown_id():
    """Does lint accept a Situation object, and refuse an unknown situation id clearly?"""
    custom = Situation(id="x", title="X", needs_thanks=True, has_ask=False, needs_connection=False)
    assert "no-thanks" in rules("Hi Ana, the course went well.", custom)
    with pytest.raises(TemplateError):
        lint("Hi", "no-such-situation")


def test_public_names_are_listed_and_sorted():
    """Are the linter's and the templates' public names explicit and sorted?"""
    from netkit.exercises import outreach
    from netkit.exercises.outreach import lint as lint_module

    for module in (lint_module, outreach):
        assert module.__all__ == sorted(module.__all__)
        # a package's face may also name its public submodules (tests/test_architecture.py)
        assert all(
            hasattr(module, name) or importlib.util.find_spec(f"{module.__name__}.{name}") for name in module.__all__
        )


def test_a_freelancer_asking_a_stranger_for_work_is_told_what_to_ask_instead():
    """Is "send some work my way" in a first message to a potential client a job-ask with a freelancer's fix?"""
    found = [
        f
        for f in lint(
            "Hi Dana, we met at the design fair. Could you send some projects my way?", "client-or-collaborator"
        )
        if f.rule == "job-ask"
    ]
    assert found and "freelancers" in found[0].fix


# ----------------------------------------------------------------- round 3: rules as objects, the relationship
def test_the_rule_list_is_the_linter():
    """Is every finding's rule a Rule object with a title, languages, situations, a check and a fix?"""
    from netkit.exercises.outreach.lint import RULEBOOK, rule_for

    assert tuple(r.id for r in RULEBOOK) == RULES and len(set(RULES)) == len(RULES)
    for rule in RULEBOOK:
        assert rule.title and rule.languages and rule.situations and rule.fix and callable(rule.check)
        assert rule.severity in {"warning", "info"} and rule_for(rule.id) is rule
    with pytest.raises(KeyError, match="known"):
        rule_for("no-such-rule")


def test_a_rule_taken_out_of_the_list_is_no_longer_run(monkeypatch):
    """Does lint() run exactly the rules in the list (so adding one is one entry)?"""
    from netkit.exercises.outreach import lint as lint_module

    text = "Hi Ana, since we worked together at Globex. Could you introduce me to Jo? You owe me."
    assert "pressure" in rules(text, "introduction")
    monkeypatch.setattr(lint_module, "RULEBOOK", tuple(r for r in lint_module.RULEBOOK if r.id != "pressure"))
    assert "pressure" not in rules(text, "introduction")


@pytest.mark.parametrize("relationship", ["friend", "teammate", "inner", "close", "regular"])
def test_no_connection_needed_for_someone_who_knows_you(relationship):
    """Is "yo dev, still at stripe?" to a friend or teammate (or a close ring) left without connection-late?"""
    text = "yo dev, still at stripe? could you intro me to your design lead? thanks"
    assert "connection-late" not in rules(text, "introduction", relationship)


@pytest.mark.parametrize("relationship", ["acquaintance", "stranger", "dormant"])
def test_connection_needed_where_the_reader_may_not_know_you(relationship):
    """Is the same message to an acquaintance, a stranger or a dormant tie told to connect first?"""
    text = "yo dev, still at stripe? could you intro me to your design lead? thanks"
    assert "connection-late" in rules(text, "introduction", relationship)


@pytest.mark.parametrize(
    "text, needed",
    [
        ("yo dev, still at stripe? could you intro me to your design lead? thanks", False),  # "yo": they know you
        ("hey mate, long time no see! could you intro me to your design lead? thanks", False),
        (
            "Dear Ms Rao, could you introduce me to your design lead? Thank you. By the way, we met at PyCon last year.",
            True,
        ),
        (
            "Dear Ms Rao, I hope you are well. Could you introduce me to your design lead? I would be grateful. We met "
            "at PyCon in Berlin last year, where you spoke about design systems.",
            True,
        ),
    ],
)
def test_when_nobody_said_who_the_reader_is_the_text_decides(text, needed):
    """With no relationship chosen, does familiar talk ("yo", "mate", "long time no see") show the reader knows the
    writer, while a polite opening to someone unknown still needs the connection first?"""
    assert ("connection-late" in rules(text, "introduction", None)) is needed


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mr Ito, I am writing to you through the portal. I study robotics. Could you tell me about your work? "
        "Thank you for your help.",
        "Hi Mr Ito, I study robotics. Could we talk about your work? Thank you for reading this.",
    ],
)
def test_incidental_phrases_are_not_the_connection(text):
    """Are "through the portal" and a closing "thank you for" no longer taken as how you know them?"""
    assert "connection-late" in rules(text, "informational-interview", "stranger")


@pytest.mark.parametrize(
    "ask",
    [
        "I'd like to have a call with you next week.",
        "I'd love to hear how you moved into product over a coffee.",
        "It would be great to talk about your work next week.",
    ],
)
def test_id_like_and_id_love_are_requests(ask):
    """Do "I'd like to" and "I'd love to" count as a request that should be a question?"""
    assert "no-question" in rules(f"Hi Ana, we met at PyData. {ask} Thanks!", "informational-interview")


def test_would_you_mind_is_a_question_and_a_request():
    """Is "Would you mind …?" read as the ask (so nothing is missing)?"""
    text = "Hi Ana, we met at PyData. Would you mind if I asked you two questions about your team? Thanks!"
    assert lint(text, "informational-interview") == []


@pytest.mark.parametrize("situation", ["follow-up", "thank-you-conversation", "introduction", "congratulate", ""])
def test_job_ask_is_checked_in_every_situation(situation):
    """Is a referral asked of a stranger flagged in follow-ups, thank-yous, introductions and congratulations?"""
    text = "Just following up on my last message. Thank you. Could you refer me for the analyst role?"
    assert "job-ask" in rules(text, situation or None, "stranger")


def test_saying_what_you_want_is_not_a_job_ask():
    """Is "I'm looking for a new role…, so I'd love to understand… could we talk?" left alone?"""
    text = (
        "Hi Elif, I read your post on streaming pipelines. I'm looking for a new role in data engineering, so I'd "
        "love to understand how teams like yours work. Could we talk for 20 minutes? Thank you either way."
    )
    assert lint(text, "informational-interview", relationship="stranger") == []
    vague = "Hi Elif, I read your post. I'm looking for a new role in data engineering. Can you help? Thanks."
    assert "job-ask" in rules(vague, "informational-interview", "stranger")


def test_a_referral_asked_of_a_teammate_who_knows_your_work_is_fine_but_not_through_a_third_person():
    """Is a referral from a teammate fine, while "introduce me to your friend and ask her to refer me" is not?"""
    own = "Hi Marco, would you be comfortable referring me for the analytics role? Fine if not. Thanks."
    assert "job-ask" not in rules(own, "introduction", "teammate")
    relayed = "Hi Priya! Could you introduce me to your friend at Monzo and ask her to refer me? Thanks!"
    found = [f for f in lint(relayed, "introduction", relationship="friend") if f.rule == "job-ask"]
    assert found and "never seen your work" in found[0].message


def test_speaking_for_you_to_someone_senior_is_an_awkward_position(monkeypatch):
    """Is asking a friend to talk you up to their CEO flagged, and asking how to approach them yourself not, by the
    rule's own check? (The rules alone: the shipped English awkward-position model, retrained each round, flags the
    second draft too, one of its measured wrong findings; the bench counts those, this test pins the rule.)"""
    monkeypatch.setenv(SWITCH, "0")
    assert "awkward-position" in rules(
        "Hi Tom! Could you mention me to your CEO and talk me up? Thanks.", "introduction", "friend"
    )
    fine = "Hi Tom! Do you think it would make sense for me to write to your CEO myself? Thanks."
    assert "awkward-position" not in rules(fine, "introduction", "friend")


def test_reproach_for_silence_is_pressure():
    """Is "I guess you're too busy for old friends now" flagged as pressure?"""
    text = "Hi Kai, I guess you're too busy for old friends now. I asked about the intro two weeks ago. Thanks anyway."
    assert "pressure" in rules(text, "follow-up", "friend")


def test_a_request_to_a_stranger_that_never_thanks_them():
    """Is a cold request with no thanks flagged (unthanked-ask), but not one to a friend, or one that thanks?"""
    cold = "Hi Dr Mensah, I read your article on hedgerows. Which conferences should a student go to?"
    assert "unthanked-ask" in rules(cold, "starting-out", "stranger")
    assert "unthanked-ask" not in rules(cold + " Thank you!", "starting-out", "stranger")
    assert "unthanked-ask" not in rules("Hey Dev, could you intro me to Ravi?", "introduction", "friend")


def test_a_curt_refusal_is_not_told_to_end_with_a_question():
    """Does "Please don't message me again." get a kind-decline hint, and no no-question or connection-late?"""
    found = rules("Please don't message me again.")
    assert "curt-decline" in found and "no-question" not in found and "connection-late" not in found
    kind = "Hi Arjun, thank you for thinking of me. I can't refer you, but good luck with the search."
    assert lint(kind, "kind-decline") == []


def test_a_no_ask_reconnect_needs_no_question():
    """Is a reconnect that asks for nothing left alone (no "end with a question")?"""
    text = (
        "Hi Lucia, it's been three years since we ran the code club together. I saw your talk this week and it "
        "made me smile. No need for a long reply."
    )
    assert lint(text, "reconnect", relationship="acquaintance") == []
    assert lint("Hi Mei, congratulations on the new role, so well deserved!", "congratulate") == []


def test_the_parsed_message_names_requests_deadlines_causes_and_the_relationship():
    """Does parse_message find who is asked what, a deadline on a favour, an owned cause and the ring?"""
    from netkit.exercises.outreach.lint_parse import parse_message

    m = parse_message(
        "Hi Ana, sorry I was late. The train was cancelled, but that's no excuse. Could you ask your director to "
        "refer me? I'd love to hear back by Friday.",
        "apology",
        "close",
    )
    assert m.relationship == "friend" and m.reader_knows_writer
    assert [r.kind for r in m.requests][:1] == ["relayed"] and m.requests[0].of_whom == "third-party"
    assert any(senior for _who, senior in m.third_parties)
    assert m.deadlines and m.deadlines[0].on_favour
    assert m.causes and all(c.owned for c in m.causes)


def test_a_sentence_written_twice_is_read_in_each_of_its_places():
    """Is the sentence after a deadline the one after *that* sentence, when the same sentence occurs twice? The first
    "by Friday" is released by the next sentence, the second is asked of the reader in the next ("before then")."""
    from netkit.exercises.outreach.lint_parse import parse_message

    m = parse_message(
        "Hi Jo,\nThe bank wrote again. I need the signed form by Friday. No rush at all from you, honestly. Then the "
        "landlord wrote too. I need the signed form by Friday. Can you sign it before then?",
        None,
        "stranger",
    )
    by_friday = [d for d in m.deadlines if d.text == "by Friday"]
    assert by_friday[0].sentence == by_friday[1].sentence
    assert [d.on_favour for d in by_friday] == [False, True]
    assert m.sentence_after(len(m.sentences) - 1) == ""


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "Dear Ms Hale, I loved your talk on retail analytics. I'm applying for the analyst role at your firm. Could "
            "you put in a good word for me with your director? Thank you, Sam",
            True,
        ),
        (
            "Hi Raj, good to meet you at the meetup. Could you have a word with the people upstairs about my "
            "application? Thanks, Mo",
            True,
        ),
        (
            "Dear Ana, I read your article. Could you recommend me to your boss for the open designer role? Thank you, Pia",
            True,
        ),
        (
            "Dear Ana, I read your article. Could you recommend me to the hiring manager for the open designer role? "
            "Thank you, Pia",
            False,
        ),
    ],
)
def test_a_good_word_with_the_reader_s_leadership_is_a_job_ask_and_an_awkward_position(text, both, monkeypatch):
    """Corpus call 5, in English as in German: a good word to the reader's boss, director or "the people upstairs",
    asked of someone who may not know the writer, is both; one to the hiring manager is the job ask alone. (Call 5
    also names the hiring manager, and some corpus files label it both, e.g. ``sb-b4en-jiwoo-recommend-me``; older
    ones label it the job ask alone, e.g. ``ii-put-me-forward``: a conflict of labels listed in round 12's note, and
    the rule keeps the older reading until the labels agree. The rules alone: the retrained English awkward-position
    model reads it as the newer labels do, and whether it is on changes from round to round.)"""
    monkeypatch.setenv(SWITCH, "0")
    got = rules(text, None, "stranger")
    assert "job-ask" in got
    assert ("awkward-position" in got) is both


def test_no_private_name_crosses_a_module_of_the_outreach_exercise():
    """Does no outreach module import another module's private (_x) name (the linter is one idea, not five files)?"""
    import ast
    from pathlib import Path

    import netkit.exercises.outreach as package

    crossing = []
    for path in Path(package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("netkit"):
                crossing += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert crossing == []


# --------------------------------------------------------------------------- round 9: the class sets (round14.toml)
def _round14():
    from pathlib import Path

    from netkit.exercises.outreach.lint_corpus import load_corpus

    return load_corpus(Path(__file__).parent / "fixtures" / "messages" / "round14.toml")


@pytest.mark.parametrize("message", _round14(), ids=lambda m: m.id)
def test_round14_class_sets(message):
    """Does each message written for a class in round 9 (a no the parse missed, a past the two share put in other
    words, the reader's work the writer used or took part in, a good word upstairs wished for, pressure put indirectly,
    a job hinted at with no question, whether there is work for the writer asked straight out, a thank-you's offer
    read as a job ask, going around a process "instead of through" it, and their near misses) get exactly its
    labels?"""
    fired = {f.rule for f in lint(message.text, message.situation or None, relationship=message.relationship or None)}
    assert message.expect <= fired, f"missed {sorted(message.expect - fired)}"
    assert fired <= message.expect | message.may, f"wrong {sorted(fired - message.expect - message.may)}"


# --------------------------------------------------------------------------- round 11: the class sets (round19.toml)
#: Second-set messages (written after their class was fixed, measured once) the linter still gets wrong: kept as
#: strict xfails, never tuned against. (Two more passed once the connection-late rewrite of the same round was merged:
#: "r19en-vouch-2nd-sign-logbook" and "r19en-leak-shortlist-names" were wrong only by that rule.)
_ROUND19_SECOND_SET_MISSES = frozenset(
    {
        "r19en-vouch-2nd-character-reference",
        "r19en-vouch-2nd-testimonial-website",
        "r19en-vouch-2nd-assure-panel",
        "r19en-word-2nd-site-manager",
        "r19en-leak-2nd-bonus-figures",
        "r19en-leak-2nd-test-in-advance",
        "r19en-blame-2nd-printer",
        "r19en-blame-2nd-boss-kept-me",
        "r19en-promise-2nd-put-you-down",
        "r19en-promise-2nd-everyone-knows",
    }
)
#: First-set messages whose miss belongs to another class than the one they were written for (left for that class).
_ROUND19_OTHER_CLASS = {
    # r19en-vouch-tell-them-reliable passes since round 12 (tune-jobask: "the depot … is hiring drivers", asked about)
    "r19en-word-counsel-lunch": "no-question: the tag question (\"…don't you?\") still counts as the message's question",
    "r19en-leak-panel-questions": "no-question: the tag question (\"…aren't you?\") still counts as the message's question",
}


def _round19():
    from pathlib import Path

    from netkit.exercises.outreach.lint_corpus import load_corpus

    out = []
    for message in load_corpus(Path(__file__).parent / "fixtures" / "messages" / "round19.toml"):
        if message.id in _ROUND19_SECOND_SET_MISSES:
            mark = pytest.mark.xfail(strict=True, reason="second set, measured once and not fixed against")
            out.append(pytest.param(message, marks=mark, id=message.id))
        elif message.id in _ROUND19_OTHER_CLASS:
            mark = pytest.mark.xfail(strict=True, reason=_ROUND19_OTHER_CLASS[message.id])
            out.append(pytest.param(message, marks=mark, id=message.id))
        else:
            out.append(pytest.param(message, id=message.id))
    return out


@pytest.mark.parametrize("message", _round19())
def test_round19_class_sets(message, monkeypatch):
    """Does each message written for a class in round 11 (a vouch asked of a reader who never saw the work, a good word
    or the writer's papers carried to someone on the reader's side who decides, what is not the reader's to give asked
    straight or hinted, an apology explained away, a favour promised to others, and their near misses) get exactly its
    labels? The rules alone, as the sets were measured (the learned second signal is retrained by the lead, not tuned
    here)."""

    monkeypatch.setenv(SWITCH, "0")
    fired = {f.rule for f in lint(message.text, message.situation or None, relationship=message.relationship or None)}
    assert message.expect <= fired, f"missed {sorted(message.expect - fired)}"
    assert fired <= message.expect | message.may, f"wrong {sorted(fired - message.expect - message.may)}"
