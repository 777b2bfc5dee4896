"""The English linter by class, on wordings of my own (issue #29): each case is a different way of saying the same
thing, so a rule that learnt one corpus writer's phrases instead of the idea fails here.

Every class has cases that must fire and cases that must stay silent: the connection stated in the ways people
state it (the reader's work, where the writer found them, a past exchange, "as promised", saying plainly that they
have not met), "about me" measured by sentences, job asks in every form, pressure (guilt, everyone-else-said-yes,
committing the reader, reproach for silence), blame by someone else's act, and vouching for what was never seen.
"""

from __future__ import annotations

import pytest

from netkit.exercises.outreach.lint import lint


def rules(text: str, situation: str | None = "informational-interview", relationship: str | None = "stranger"):
    return {f.rule for f in lint(text, situation, relationship=relationship)}


# --------------------------------------------------------------------------- connection-late
CONNECTION_STATED = [
    # the reader's own work, praised or named
    "Dear Ms Kaur,\n\nYour keynote at DevOpsDays Leeds on on-call fatigue stayed with me all week. I'm a support "
    "engineer moving into SRE. Could we talk for 20 minutes this month?\n\nThank you,\nOla",
    "Hi Tom, your reply on the dbt thread about testing was the clearest explanation I've read. I'm a BI analyst "
    "learning the modern stack. Would you be open to a short call? Thanks, Mei",
    "Hi Jo,\n\nI loved the short film you made for the Leeds festival. I'm a sound designer starting out. Could I ask "
    "how you found your sound team?\n\nThanks,\nKit",
    "Dear Ms Chen,\n\nI was really struck by your comments on the supply-chain panel at the RSA. I manage inbound "
    "logistics for a retailer. Would you have 15 minutes to talk about resilience planning?\n\nThank you,\nAmir",
    "Hi Noor, the essay you wrote for Wired on open hardware changed how I think about my job. I'm an electronics "
    "technician. Could we talk for 20 minutes? Thank you, Sid",
    "Hello Dr Weiss,\n\nThe dataset of yours on urban heat islands is superb, and I have used it in my thesis. Which "
    "research groups would you suggest I look at for a PhD?\n\nThank you,\nPaula",
    # where the writer found them
    "Hello Dr Adeyemi, I came across your profile on the Women in Engineering mentors page. I'm a second-year civil "
    "engineering student. Which skills would you build first? Many thanks, Zara",
    "Dear Mr Sato, I found you through the Kyoto alumni network in London. I am a recent graduate in economics. Could "
    "you tell me how you chose your first job? Thank you, Ken",
    # a past exchange the reader will remember
    "Hi Marco, as promised at the career fair, here is the link to my portfolio. Would you have time next week to tell "
    "me what you think? Thanks, Jo",
    "Hi Sam, thanks for your quick answer to my question on the forum last week. I'd love to hear more about how your "
    "team handles on-call. Could we talk for 15 minutes? Thank you, Ines",
    "Hi Olga, following up on our chat at the stand: could you tell me more about the analyst programme? Thanks, Ben",
    "Hi Ada,\n\nLast time we spoke you said the platform team might take a junior. I'm still very interested. Could "
    "we talk about what they look for?\n\nThanks,\nRuth",
    # a shared person
    "Hi Carl, Priya says hi! She told me you're the person to ask about grant writing. Could you spare 20 minutes "
    "this month? Thank you, Dee",
    # saying plainly that they have not met
    "Dear Mr Brandt, we haven't met, but I have long admired the bridges your firm designs. I'm a structural engineer "
    "in Hamburg. Would you have 20 minutes to tell me how you got into bridge design? Thank you, Lena",
    # a pleasantry in front does not push the connection out of the opening
    "Hi Leila,\n\nHope you're well! Your podcast episode with the NHS data team was brilliant. I'm a nurse learning "
    "SQL. Could I ask you two questions about it?\n\nThanks,\nKim",
]


@pytest.mark.parametrize("text", CONNECTION_STATED)
def test_the_connection_stated_in_other_words_is_read(text):
    """Is a connection stated in the opening, in any of the ways people state it, enough?"""
    assert "connection-late" not in rules(text)


CONNECTION_MISSING = [
    "Dear Mr Holt, I am a chemical engineer with ten years in refineries. I want to move into hydrogen. Could we talk? "
    "By the way, your talk at the Energy Institute was great. Thanks, Raj",
    "Hello, I am a final-year student looking for a graduate role in consulting. Do you have time for a quick call? "
    "Thank you.",
    "Hi Ms Park, I'm writing because I want to work in UX research. Could you tell me how you started? Thanks. PS: we "
    "met at the UXPA meetup.",
    "Hi Dan, I see you work at Monzo. Could you tell me what the interview process is like? Thanks, Ali",
]


@pytest.mark.parametrize("text", CONNECTION_MISSING)
def test_a_missing_or_buried_connection_is_still_found(text):
    assert "connection-late" in rules(text)


def test_an_acquaintance_asked_for_an_introduction_with_no_connection_is_told():
    text = "Hi Rosa,\n\nCould you introduce me to someone in the data team at the BBC? I'm moving into media analytics.\n\nThanks,\nJon"
    assert "connection-late" in rules(text, "introduction", "acquaintance")


# --------------------------------------------------------------------------- about-me
NOT_ABOUT_ME = [
    "Hi Jess,\n\nI loved your piece on rural broadband. I've been working in telecoms for ten years and I'm curious how "
    "policy people see the rollout. I'd love to hear how you got into policy. Would you have 20 minutes next week?"
    "\n\nThanks,\nMark",
    "Hi Bo,\n\nGreat to meet you at the climate hackathon. Your team's flood model was the best thing there. I run "
    "a small GIS consultancy and I'm looking at public-sector work, so I'd love to hear how you pitch to councils. "
    "Coffee some time?\n\nIda",
    "Hey Tanya,\n\nIt's been ages since the Lisbon offsite. I hope the new job is treating you well. My news: we "
    "moved to Bristol. Would be lovely to catch up whenever suits.\n\nMo",
]


@pytest.mark.parametrize("text", NOT_ABOUT_ME)
def test_about_me_spares_messages_that_are_mostly_about_the_reader(text):
    """Sentences, not clauses: one "I … so I'd love to hear how you …" sentence is not three sentences of self-talk,
    and greetings, sign-offs and wishes for the reader are not self-talk."""
    assert "about-me" not in rules(text, "informational-interview", "acquaintance")


ABOUT_ME = [
    "Hello Ms Grant,\n\nI am a project manager with eight years in construction. I have led teams of thirty people. I "
    "recently finished a PMP course. I am now looking to move into renewables. Could we talk?\n\nThanks,\nLee",
    "Hi Omar, we met at the Python meetup. I'm a teacher and I've been coding for two years. I built three apps and I "
    "love data. Could you tell me how to start as an analyst? Thanks, Eve",
]


@pytest.mark.parametrize("text", ABOUT_ME)
def test_about_me_fires_when_most_sentences_are_about_the_writer(text):
    assert "about-me" in rules(text, "informational-interview", "acquaintance")


# --------------------------------------------------------------------------- job-ask
JOB_ASKS = [
    "Hi Priti, we met at the Women in Tech brunch. I'd love it if you could pass my CV to your hiring manager. Thanks, Ana",
    "Hello Mr Obi, I read your post about the platform team. Are there any openings there you could put my name "
    "forward for? Thank you, Femi",
    "Hi Lars, I enjoyed your talk at FOSDEM. It would mean a lot if you could recommend me for the backend role. "
    "Thanks, Ivo",
    "Dear Ms Ruiz, I saw your article on hospital pharmacy. If anything comes up in your team, I'd be grateful if you "
    "thought of me. Thank you, Sara",
    "Hi Kemal, I read your paper on solar inverters. Would you be able to help me get a job at your company? Thanks, Ayo",
    "Dear Mr Li, I saw your talk at PyCon. Do you think your company would take me on as a junior? Thank you, Wen",
    "Hi Jade, loved your studio's latest game. I'm a freelance animator. Have you got any freelance work I could take "
    "on? Thanks, Rob",
    "Hello sir, we have never met but please can you refer me for the nurse vacancy on your ward. Thank you.",
]


@pytest.mark.parametrize("text", JOB_ASKS)
def test_job_asks_in_other_forms_are_found(text):
    """Wishes, conditionals, 'it would mean a lot if you', 'think of me', 'take me on', freelance work, and an ask
    after a 'never … but'."""
    assert "job-ask" in rules(text)


NOT_JOB_ASKS = [
    "Hi Kai, I enjoyed your talk at PyData. I'm looking for a role in data engineering, so I'd love to hear how your "
    "team works. Would you have 20 minutes? Thank you, Noa",
    "Dear Ms Frey, I read your post on hiring. What do you look for when you hire junior analysts? Thank you, Tim",
    "Hi Lu, I read your article on pricing. I'm not asking for a referral, just your view on whether my plan makes "
    "sense. Could we talk? Thanks, Sol",
]


@pytest.mark.parametrize("text", NOT_JOB_ASKS)
def test_saying_what_you_want_or_asking_what_it_takes_is_not_a_job_ask(text):
    assert "job-ask" not in rules(text)


# --------------------------------------------------------------------------- pressure
PRESSURE = [
    "Hi Ken, I covered for you all last winter, so I'd expect you could find an hour for me now. Could we talk "
    "on Friday?",
    "Hi Mia, everybody else I asked was happy to help, so I'm sure you will be too. Could you read my CV?",
    "Hi Jon, if I don't hear from you by Monday I'll assume you don't care. Can you reply?",
    "Hi Raf, you said you'd always help me out. Could you introduce me to your manager?",
    "Hi Lea, just a reminder that you still haven't replied to my last two messages. Could you answer this week?",
    "Hi Bea, I've told my cousin you'll call her tomorrow about the internship. Thanks!",
    "Dear Ms Ward, a short reply would have been the decent thing to do. Can we speak this week?",
    "Hi Tom, this is my third email about the reference. I'm surprised you haven't found two minutes for an old "
    "colleague. Can you send it this week?",
    "Dear Mr Adams, I am writing again as I have had no response to my last two emails. Please reply soon.",
    "Hi Liz, I helped you with your slides back then, so I'm sure you won't mind giving me half an hour now.",
]


@pytest.mark.parametrize("text", PRESSURE)
def test_pressure_in_other_words_is_found(text):
    """Guilt (a favour claimed back, a promise claimed), everyone else said yes, committing the reader to others,
    threats and reproach for a silence."""
    assert "pressure" in rules(text, "follow-up", "acquaintance")


NO_PRESSURE = [
    "Hi Ken, I know you're busy, but could I ask one question about the course? No rush at all.",
    "Hi Mia, I have an interview on Thursday. Would a call before then be realistic for you? If not, no problem.",
    "Hi Jon, everyone on the course said your workshop was the best part. Thank you for running it!",
]


@pytest.mark.parametrize("text", NO_PRESSURE)
def test_kindness_and_plain_deadlines_are_not_pressure(text):
    assert "pressure" not in rules(text, "follow-up", "acquaintance")


# --------------------------------------------------------------------------- apology-blame and awkward-position
BLAME = [
    "Hi Eva, sorry I missed the deadline. My manager only gave me the brief on Friday.",
    "Hi Tom, apologies for the delay, the client kept changing their mind about the scope.",
    "Hi Ola, I'm sorry, but if IT had fixed my laptop on time this wouldn't have happened.",
    "Hi Paul, sorry the figures were off. The data I got from finance was wrong, so it wasn't really on my side.",
    "Hi Ravi, sorry the demo went badly. The QA team signed it off without testing the login flow, so there wasn't "
    "much I could do.",
]


@pytest.mark.parametrize("text", BLAME)
def test_blame_by_someone_else_s_act_is_found(text):
    assert "apology-blame" in rules(text, "apology", "teammate")


def test_a_cause_owned_afterwards_is_not_blame():
    text = "Hi Eva, sorry I was late. The train was delayed, but I should have left earlier. It won't happen again."
    assert "apology-blame" not in rules(text, "apology", "teammate")


def test_vouching_for_what_they_have_not_tried_is_an_awkward_position():
    text = (
        "Hi Sophie, we met at the food fair. Could you tell your head of buying that my sauces are exactly what "
        "they need? You haven't tasted them yet, but I'm sure you can vouch for me. Thanks, Tom"
    )
    assert "awkward-position" in rules(text, "introduction", "acquaintance")


def test_vouching_for_what_they_have_only_seen_in_passing_is_an_awkward_position():
    text = (
        "Hi Amy, could you write me a reference for the charity job? I know you've only seen me at the pub quiz, but "
        "you can say I'm organised. Thanks!"
    )
    assert "awkward-position" in rules(text, "", "friend")


def test_a_recommendation_to_a_senior_person_asked_of_a_stranger_is_the_job_ask():
    """A postdoc is a job: asking a stranger to recommend you to their head of lab is a job ask, not only an
    awkward position."""
    text = (
        "Dear Dr Fox, I read your paper on protein folding. I'd be very grateful if you could recommend me to your "
        "head of lab for the postdoc. Thank you for your time."
    )
    assert "job-ask" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "No. I don't do referrals for people I don't know.",
        "We never give references to people we have not worked with.",
    ],
)
def test_a_flat_policy_no_is_a_refusal(text):
    assert "curt-decline" in rules(text, "", None) or "curt-decline" in rules(text, "kind-decline", None)
