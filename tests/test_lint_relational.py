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


R, J, PR, B, C = "awkward-position", "job-ask", "pressure", "apology-blame", "curt-decline"
#: (situation, relationship, the rule a coach wants, text): a second set of fresh wordings, one problem each.
FRESH = [
    (
        "introduction",
        "friend",
        R,
        "Hi Lou! Your boss is on the interview panel for the data lead job, right? Could you mention to her that I'm great with stakeholders? Thanks x",
    ),
    (
        "introduction",
        "friend",
        R,
        "Hey Ahmed, could you get my portfolio onto your creative director's desk this week? The agency portal just swallows applications.",
    ),
    (
        "",
        "teammate",
        R,
        "Hi Jo, can you find out what the other two candidates are being paid? Would help me negotiate. Cheers",
    ),
    (
        "",
        "friend",
        R,
        "Hey Sal, any chance you could forward me the pitch deck your firm sent to Unilever? I'd love to see how you structure them.",
    ),
    (
        "introduction",
        "teammate",
        R,
        "Hi Kev, could you ask your MD to take a look at my business plan? He doesn't know me but a nudge from you would do it.",
    ),
    ("", "friend", R, "Mate, can you sign the reference as if you were my manager? Nobody will check. Thanks"),
    (
        "",
        "acquaintance",
        R,
        "Hi Nora, we met at the lean meetup. Could you tell me who's on the shortlist for the ops manager role at your place? Thanks!",
    ),
    (
        "introduction",
        "friend",
        R,
        "Hi Dee, could you vouch for my coding skills to your CTO? We've only ever been to the gym together but I'm good, honest.",
    ),
    (
        "",
        "friend",
        R,
        "Hi Raj, could you let me see the questions they ask in the final interview at your bank? Thanks!",
    ),
    (
        "informational-interview",
        "stranger",
        J,
        "Dear Mr Khan, I read your interview in the FT. I would be grateful for any opportunity in your firm. Thank you for your time.",
    ),
    (
        "informational-interview",
        "stranger",
        J,
        "Hi Ms Lowe, I enjoyed your webinar on net zero. Could you keep an eye out for any roles that might suit me? Thank you!",
    ),
    (
        "career-change",
        "stranger",
        J,
        "Hello Dr Watts, I heard your podcast on clinical AI. Could you let me know if your team has any vacancies coming up? Many thanks.",
    ),
    (
        "starting-out",
        "stranger",
        J,
        "Dear Ms Ali, I found you on the Bangladesh Engineers UK page. I am looking for job. Can you employ me in your company? Thank you.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        J,
        "Hi Tim, I saw your shop's new website. I'm a freelance photographer. Can I shoot your next product range? Thanks for reading!",
    ),
    (
        "reconnect",
        "acquaintance",
        J,
        "Hi Bea, it's been ages since the Berlin course! Hope you're well. Are you hiring at the moment? I'd love a job at your place. Thanks!",
    ),
    (
        "informational-interview",
        "stranger",
        J,
        "Dear Mr Park, I read your post about your team's growth. Would you consider me for one of the analyst positions? Thank you for considering it.",
    ),
    (
        "follow-up",
        "acquaintance",
        PR,
        "Hi Ola, I still haven't heard about the intro. I'm a bit hurt, to be honest, after all the help I gave you last year. Can you do it this week? Thanks",
    ),
    (
        "follow-up",
        "stranger",
        PR,
        "Dear Mr Grey, you seem to have ignored my two previous messages. Could you please give me the courtesy of a reply? Thank you.",
    ),
    (
        "informational-interview",
        "acquaintance",
        PR,
        "Hi Meg, we met at the UX meetup. If you don't reply by Friday I'll have to find someone more helpful. Thanks",
    ),
    (
        "introduction",
        "friend",
        PR,
        "Hi Tara, I really need you to do this for me — I'll be devastated if you say no. Could you introduce me to Leo? x",
    ),
    (
        "make-introduction",
        "friend",
        PR,
        "Hi Ben, I gave Lisa your mobile and said you'd meet her for coffee on Monday. Hope that's ok!",
    ),
    (
        "informational-interview",
        "acquaintance",
        PR,
        "Hi Jim, we met at the RSA talk. I'm sure someone as senior as you can spare half an hour for someone starting out. Tuesday? Thanks",
    ),
    (
        "apology",
        "teammate",
        B,
        "Hi Ana, sorry the report was late. The data team took forever to send the numbers, so I couldn't start until Thursday.",
    ),
    (
        "apology",
        "acquaintance",
        B,
        "Dear Tom, apologies for the mix-up with the booking. Your assistant gave me the wrong date.",
    ),
    (
        "apology",
        "teammate",
        B,
        "Sorry about the outage last night. To be fair, nobody had told me the config had changed.",
    ),
    (
        "apology",
        "friend",
        B,
        "Sorry I missed your birthday drinks! Work has been insane and my boss keeps piling stuff on me.",
    ),
    ("kind-decline", None, C, "I'm not able to help with this."),
    ("", "stranger", C, "I don't know you, so no."),
]


@pytest.mark.parametrize(("situation", "relationship", "rule", "text"), FRESH)
def test_each_relational_problem_in_fresh_wordings(situation, relationship, rule, text):
    """Speaking for you to someone senior (named in the sentence before, or by their desk), others' pay, a client's
    deck, a forged reference, the shortlist, the interview questions; job asks as 'any opportunity', 'employ me',
    'can I shoot your next range'; guilt as hurt feelings or devastation; blame on others' slowness or workload;
    a policy no."""
    assert rule in rules(text, situation, relationship)


#: A third set, written before the fixes it prompted (measured first: precision 0.79, recall 0.58 on 26 expected
#: findings), with clean near-misses beside each problem: (situation, relationship, rules a coach wants, text).
MIXED = [
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Abara,\n\nI listened to your episode of The Data Shift on moving from nursing into analytics, and the part about learning SQL on night shifts felt very familiar. I'm a midwife teaching myself Python. Would you be willing to share, in a 15-minute call, what you wish you had learned first?\n\nThank you for your time,\nGrace",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Ms Abara,\n\nI listened to your episode of The Data Shift. I'm a midwife teaching myself Python. If there is any junior analyst opening in your team, I would really appreciate it if you passed my name to the hiring manager.\n\nThank you,\nGrace",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"pressure"},
        "Hi Victor,\n\nWe met at the Leeds fintech drinks in May. I'm applying to your company's graduate scheme and the deadline is Monday, so I really need to speak to you before the weekend. Please call me tomorrow.\n\nThanks,\nMo",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Victor,\n\nJust bringing this back to the top of your inbox in case it got buried. No pressure at all if now's not a good time. Thanks again for the chat in May!\n\nMo",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Mr Hale,\n\nSince I have not heard back after three attempts, I assume my messages were not important enough for you. I would still appreciate ten minutes of your time.\n\nRegards,\nAnil",
    ),
    (
        "introduction",
        "friend",
        set(),
        "Hey Jess! Hope the new job is going well. Would you feel comfortable introducing me to Tom on your data team? I'd love to hear how he moved from finance. Totally fine if it's awkward. Thanks! x",
    ),
    (
        "introduction",
        "friend",
        {"awkward-position"},
        "Hey Jess! Would you be able to have a quiet word with your finance director about me before they decide on the analyst hire? It would really help my chances. Thanks! x",
    ),
    (
        "introduction",
        "teammate",
        {"awkward-position"},
        "Hi Marco, since you're close to the hiring lead, could you find out which candidates they liked best after the first round? I'd be so grateful.",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Pri, could you get me a copy of the salary review spreadsheet before it's announced? I just want to know where I stand. Thanks!",
    ),
    (
        "",
        "acquaintance",
        {"awkward-position"},
        "Hi Cole, we met at the product meetup. Could you give the recruiter a strong recommendation for me? I know you haven't worked with me, but you saw my demo. Thanks!",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Hi Lena,\n\nI'm sorry I sent the wrong version of the deck to the client. I didn't check the file name before sending, and that's my mistake. I've sent the right one with a short note, and I'll double-check attachments from now on.\n\nSam",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Hi Lena,\n\nSorry about the wrong deck going to the client. The shared drive is a mess and someone had renamed the files, so it was easy to pick the wrong one. Anyway, the right one is out now.\n\nSam",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Mrs Obi, I'm sorry for the late invoice. Our accounts department is very slow and they only processed it yesterday.",
    ),
    (
        "thank-you",
        "stranger",
        set(),
        "Dear Dr Lim, thank you so much for reading my CV and for the honest comments. I've rewritten the summary as you suggested. I really appreciate your time.",
    ),
    (
        "thank-you",
        "acquaintance",
        {"no-thanks"},
        "Hi Rob, the intro to Amira was perfect, we had a great call yesterday and she's invited me to their open day. Speak soon, Jo",
    ),
    (
        "reconnect",
        "acquaintance",
        set(),
        "Hi Ines,\n\nWe sat together at the Lisbon Web Summit dinner two years ago and talked about surfing for an hour. I've just seen you've launched your own studio, which is brilliant. Hope it's going well!\n\nTom",
    ),
    (
        "reconnect",
        "acquaintance",
        {"job-ask"},
        "Hi Ines, we sat together at the Web Summit dinner two years ago. Congrats on launching your studio! By any chance do you need another designer? I'd love to work for you.",
    ),
    (
        "congratulate",
        "teammate",
        set(),
        "Huge congratulations on the promotion, Kai! The team is lucky to have you leading it. Drinks on me next week.",
    ),
    (
        "career-change",
        "stranger",
        {"unthanked-ask"},
        "Hi Mr Ncube, I read your post about leaving teaching for product management. I'm a teacher thinking about the same move. What helped you most in your first year?",
    ),
    (
        "career-change",
        "stranger",
        set(),
        "Hi Mr Ncube, I read your post about leaving teaching for product management. I'm a teacher thinking about the same move. What helped you most in your first year? Thanks for reading.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        "Hi Ms Yoon, I enjoyed your brewery's new labels. I'm a freelance illustrator and I'd love to design your next seasonal range. Could you send me a brief? Thanks for considering it.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        set(),
        "Hi Ms Yoon, I enjoyed your brewery's new labels. I'm a freelance illustrator. Would you be open to a short chat about how you find illustrators for new ranges? Thanks for considering it.",
    ),
    ("", None, {"curt-decline"}, "Please remove me from your mailing list."),
    (
        "kind-decline",
        None,
        set(),
        "Hi Dan, thanks for thinking of me. I'm not taking on new mentees this year as I'm at capacity, but the ADA mentoring scheme is great. Good luck!",
    ),
    (
        "starting-out",
        "stranger",
        {"job-ask"},
        "Dear Sir, I am new in UK from Nigeria, electrical engineer. Please I beg you to help me find any work in your company, any position is ok. Thank you sir.",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Dear Ms Hart,\n\nI am a chemistry graduate and I have just finished my master's in sustainable materials. I am very interested in battery recycling. Could I ask you a few questions about your work?\n\nThank you,\nLeo",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        "Hi Ruth,\n\nI'm exploring a move from accounting into FP&A and I'd love to hear how you made the switch. Could we have a quick call next week? It was great meeting you at the ICAEW dinner, by the way!\n\nThanks,\nOmar",
    ),
    (
        "informational-interview",
        "stranger",
        {"about-me"},
        "Dear Mr Ade,\n\nI read your article on grid storage. I am an electrical engineer with six years in substations. I have managed three upgrade projects. I have also completed a course in power electronics. I am now looking to move into storage. Could we talk for 20 minutes?\n\nThank you,\nKemi",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Hello, I saw your profile on LinkedIn. I've sent you a connection request twice now and you still haven't accepted. Could you at least reply? Thanks.",
    ),
    (
        "make-introduction",
        "friend",
        set(),
        "Hi Leo, would you be open to me introducing you to my friend Carla? She's moving into NHS data and would love 15 minutes of your advice. No worries at all if you're too busy.",
    ),
]
RELATIONAL = {"job-ask", "pressure", "unthanked-ask", "no-thanks", "apology-blame", "awkward-position", "curt-decline"}


#: A fourth set, also written and measured before the fixes it prompted (precision 0.70, recall 0.39 on 18 expected
#: findings): casual and formal, congratulations with a job ask to a friend, counterfactual blame, nudging the panel.
MIXED_4 = [
    (
        "informational-interview",
        "stranger",
        set(),
        "Good morning Mr Varga,\n\nA colleague at the Budapest PyData chapter, Eszter Kiss, mentioned you moved from physics into quant research. I'm finishing a physics PhD and weighing the same step. Would you have 20 minutes in the next month to tell me what surprised you most?\n\nMany thanks,\nBence",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Good morning Mr Varga,\n\nEszter Kiss mentioned you moved from physics into quant research. I'm finishing a physics PhD. Is there any way you could get my CV in front of your head of research? Many thanks,\nBence",
    ),
    (
        "informational-interview",
        "stranger",
        {"pressure"},
        "Good morning Mr Varga, Eszter Kiss mentioned you moved into quant research. I'm finishing my PhD and I've turned down two other calls to keep Thursday free for you, so please don't let me down. Thanks, Bence",
    ),
    ("", "friend", set(), "omg congrats on the new job!!! so happy for you. drinks soon?"),
    (
        "",
        "friend",
        {"job-ask"},
        "omg congrats on the new job!!! any chance they need a junior dev too? would love to join you there haha",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Hi Petra, congratulations on becoming head of the lab! If you're building a team, I'd love to be part of it. Thanks!",
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Dr Soto,\n\nI hope the conference season is treating you kindly. I wrote in March about a short call on clinical trial design; if it's still of interest, I'd be glad to fit around your schedule, and if not, no problem at all.\n\nThank you again,\nAmara",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Dr Soto, I wrote in March and again in April and I'm still waiting. I would have expected a professor to at least acknowledge an email. Could we talk this week? Thank you, Amara",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Hi Jonas, sorry for snapping at you in the stand-up. I was stressed about the release, but that's no excuse, and it wasn't fair on you. Coffee on me?",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Hi Jonas, sorry for snapping in the stand-up. If product hadn't moved the release date again, none of this would have happened.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Ms Frank, apologies for the error in the quote. It was the supplier's price list that was out of date, not our calculation.",
    ),
    (
        "introduction",
        "friend",
        {"awkward-position"},
        "Hey Lars! You know the hiring panel for the platform job, right? Could you nudge them towards me? They'd listen to you.",
    ),
    (
        "introduction",
        "friend",
        {"awkward-position"},
        "Hi Ana, could you sneak me a look at the job spec before it's posted? I'd love a head start. x",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hey Tom, could you ask your dad to have a word with the partners at his firm about my application? Cheers",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Ruth, we met at the Belfast tech week. I'm trying to learn how fintech compliance teams are organised. Would you know anyone at Kainos who might spare 15 minutes? No worries if not. Thank you!",
    ),
    (
        "reconnect",
        "acquaintance",
        set(),
        "Hi Sunny, it's Mo from the 2021 data bootcamp! I saw your post about your first year as an analyst and it made me smile. Hope you're doing well.",
    ),
    (
        "reconnect",
        "acquaintance",
        {"connection-late"},
        "Hi Sunny, I saw your post about your first year as an analyst and it made me smile. Hope you're doing well. It's Mo, by the way, from the 2021 data bootcamp.",
    ),
    (
        "thank-you-conversation",
        "acquaintance",
        set(),
        "Hi Neil, thanks again for Tuesday. Your point about starting with the data dictionary saved me days. I'll send you the finished dashboard when it's done.",
    ),
    (
        "thank-you-conversation",
        "acquaintance",
        {"no-thanks"},
        "Hi Neil, Tuesday's call was great. Your point about the data dictionary saved me days. I'll send you the dashboard when it's done.",
    ),
    ("kind-decline", None, {"curt-decline", "no-thanks"}, "Not something I can help with."),
    (
        "decline-referral",
        "acquaintance",
        set(),
        "Hi Ola, thanks for asking me. I don't feel I know your work well enough to refer you, but I'd be glad to review your CV or tell you how the team hires. Good luck!",
    ),
    (
        "career-change",
        "stranger",
        {"unthanked-ask"},
        "Hi Ms Rahman, your talk at Mind the Product on research ops was excellent. I'm a librarian looking at research ops. What should I read first?",
    ),
    (
        "starting-out",
        "stranger",
        set(),
        "Dear Mr Otieno, I found your profile through the Kenyan Professionals UK network. I moved to Leeds last month and I'm an accountant. Which associations would you recommend joining first? Thank you so much for your time.",
    ),
    (
        "starting-out",
        "stranger",
        {"job-ask"},
        "Dear Mr Otieno, I found your profile through the Kenyan Professionals UK network. I moved to Leeds last month. Could you recommend me to your firm for an accountant position? Thank you for your time.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        set(),
        "Hi Freya, I loved your bakery's Instagram series on sourdough starters. I'm a food photographer in Bristol. Would you be up for a coffee to swap ideas about what makes bakery photos work? Thanks so much.",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Hi, I have messaged you four times about the internship. It is quite rude not to reply. Please answer today. Thank you.",
    ),
    (
        "make-introduction",
        "friend",
        {"pressure"},
        "Hi Maya, I promised Ken you'd help him with his visa paperwork this weekend, hope that's fine! Thanks x",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"awkward-position"},
        "Hi Iris, we met at the GovTech meetup. Could you share the evaluation scores from the tender, just for my own learning? It won't go any further. Thanks!",
    ),
]


#: A fifth set, written and measured before its fixes (precision 0.55, recall 0.43 on 14 expected findings; three of
#: the five wrong findings were my own labels, corrected here by the rule's definition): replies to the reader's own
#: message, a policy no, availability as an ask, imposing a visit, the test asked for in advance.
MIXED_5 = [
    (
        "informational-interview",
        None,
        set(),
        "Hello Dr Castillo,\n\nProfessor Lund at Uppsala suggested you as the person to ask about pharmacovigilance careers. I'm a hospital pharmacist in Malmö considering the move. Could I ask you a few questions over a short call in the coming weeks?\n\nThank you in advance,\nSara",
    ),
    (
        "informational-interview",
        None,
        {"connection-late"},
        "Hello Dr Castillo,\n\nI'm a hospital pharmacist in Malmö considering a move into pharmacovigilance. Could I ask you a few questions over a short call in the coming weeks? Professor Lund at Uppsala suggested I write to you.\n\nThank you,\nSara",
    ),
    (
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        "Dear Ms Kowalczyk, your talk at Data Council on streaming pipelines was great. I'm a backend engineer moving into data engineering. Would you have 20 minutes for a call next month? Best regards, Piotr",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Kowalczyk, your talk at Data Council on streaming pipelines was great. I'm a backend engineer moving into data engineering. Would you have 20 minutes for a call next month? I'd really appreciate it. Best regards, Piotr",
    ),
    ("", None, {"curt-decline"}, "We don't accept unsolicited CVs."),
    ("", None, {"curt-decline"}, "Stop emailing me."),
    (
        "",
        None,
        set(),
        "Thanks for reaching out! I'm not hiring right now, but I'll keep your details on file and good luck with the search.",
    ),
    (
        "decline-referral",
        "acquaintance",
        set(),
        "Hi Pat, I'm sorry, I can't refer you, as I've never worked with you, but I'm glad to tell you what the team looks for. Thanks for thinking of me!",
    ),
    (
        "thank-you",
        "teammate",
        {"no-thanks"},
        "Hi Kate, the reference you wrote got me the job! Starting in May. Drinks on me soon.",
    ),
    (
        "thank-you",
        "teammate",
        set(),
        "Hi Kate, the reference you wrote got me the job! Starting in May. I'm so grateful. Drinks on me soon.",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Femi, hope all's well. Floating my note from last week about the mentoring scheme back to the top, in case it got lost. Thanks!",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Femi, third time asking now. Clearly my message wasn't worth your time. Thanks anyway.",
    ),
    (
        "apology",
        "friend",
        set(),
        "Hey Jas, really sorry I forgot your birthday. No excuse, I just lost track of the week. Dinner on me Saturday?",
    ),
    (
        "apology",
        "friend",
        {"apology-blame"},
        "Hey Jas, sorry I forgot your birthday. In my defence, you never reminded me and my calendar didn't sync.",
    ),
    (
        "introduction",
        "teammate",
        set(),
        "Hi Omar, would you be happy to introduce me to Li on the payments team? I'd like to ask her how she moved from QA into product. Totally fine if not! Thanks",
    ),
    (
        "introduction",
        "teammate",
        {"awkward-position"},
        "Hi Omar, could you ask Li to slip my application past the screening stage? Nobody has to know. Thanks",
    ),
    (
        "career-change",
        "stranger",
        {"job-ask"},
        "Dear Mr Brown, I read your book on supply chains. I am an army logistics officer leaving the service. Do you have any management trainee places I could apply for through you? Thank you for your time.",
    ),
    (
        "career-change",
        "stranger",
        set(),
        "Dear Mr Brown, I read your book on supply chains. I am an army logistics officer leaving the service. Which skills from the army do recruiters in supply chain value most? Thank you for your time.",
    ),
    (
        "reconnect",
        "friend",
        {"job-ask"},
        "Hey Ali! It's been forever since uni. How's life in Dubai? Random one, but is your firm hiring? I'd love to get my foot in. x",
    ),
    (
        "reconnect",
        "friend",
        set(),
        "Hey Ali! It's been forever since uni. How's life in Dubai? I saw the photos from your trip to Oman, looks incredible. x",
    ),
    (
        "share-no-ask",
        "acquaintance",
        {"job-ask"},
        "Hi Jen, here's the article on NHS data I mentioned at the conference. Also, if your team needs a contractor, I'm available from June!",
    ),
    (
        "share-no-ask",
        "acquaintance",
        set(),
        "Hi Jen, here's the article on NHS data I mentioned at the conference. Thought it might be useful for your team. No need to reply!",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"pressure"},
        "Hi Ben, we met at the QA meetup. I'll be at your office on Tuesday anyway, so I'll pop by your desk at 2pm unless you tell me not to. Thanks!",
    ),
    (
        "",
        "stranger",
        {"job-ask", "connection-late"},
        "Hi, I'm a junior designer. Would your agency take an intern this summer? Thanks.",
    ),
    (
        "",
        "stranger",
        {"awkward-position", "connection-late"},
        "Hi, I'm interviewing with your team next week. Could you tell me what the take-home test will be so I can prepare? Thanks!",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Hi, I'm interviewing with a company like yours next week. Could you tell me how your team usually runs technical interviews, so I know what to expect? Thanks a lot!",
    ),
]


#: A sixth set, written and measured before its fixes (precision 0.80, recall 0.67 on 12 expected findings; the two
#: wrong findings were my labels): formal Indian English, "go over her head", a colleague who left without handing
#: over, what the last hire was offered, outsourced work and being "on your list".
MIXED_6 = [
    (
        "starting-out",
        "stranger",
        {"job-ask", "connection-late"},
        "Respected Madam, I am requesting you for a job in your esteemed organisation. I have done MBA in finance. Kindly consider my profile for any suitable vacancy. Thanking you, Ravi",
    ),
    (
        "starting-out",
        "stranger",
        set(),
        "Respected Madam, I found your name in the ICAI London chapter list. I have moved to London after ten years in audit in Pune. Kindly advise which UK qualification employers value most. Thanking you, Ravi",
    ),
    (
        "informational-interview",
        "stranger",
        {"pressure"},
        "Dear Mr Lowe, I read your article on agritech. I need to speak with you urgently about it, please call me back ASAP. Thanks, Dan",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Mr Lowe, I read your article on agritech. I'm a farmer's son studying data science. Would you be open to a short call in the next month, whenever suits you? Thanks, Dan",
    ),
    (
        "introduction",
        "friend",
        {"awkward-position"},
        "Hey Meg, your manager keeps ignoring my application, so could you go over her head and send it straight to the VP? Thanks babe",
    ),
    (
        "introduction",
        "friend",
        set(),
        "Hey Meg, would you mind asking your manager whether the team is open to applications from career changers? No worries if that's awkward. Thanks!",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Hi Rob, I really appreciated you taking the time to review my portfolio. The tips on case studies already helped in an interview. Best, Lea",
    ),
    (
        "thank-you-conversation",
        "stranger",
        {"about-me"},
        "Hi Dr Oyelaran,\n\nThank you for the call. I have now signed up for the MSc. I am also reading two of the books. I plan to apply for the placement in March. My manager has agreed to give me Fridays off. I feel ready.\n\nTola",
    ),
    (
        "career-change",
        "stranger",
        {"unthanked-ask", "job-ask"},
        "Hi Ms Grant, I saw your talk on green finance. I'm a bank teller moving into ESG. Could you refer me for the analyst role on your team?",
    ),
    (
        "congratulate",
        "friend",
        set(),
        "Congratulations on the new role, Vik! Ocado are lucky to have you. Let's celebrate when you're settled.",
    ),
    (
        "congratulate",
        "friend",
        {"job-ask"},
        "Congratulations on the new role, Vik! Ocado are lucky to have you. Now you're in, could you refer me too?",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Sara, we met at Web Summit. I need your feedback on my deck by tomorrow morning, so please make it a priority. Thanks!",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Sara, we met at Web Summit. If you ever have ten minutes, I'd love your thoughts on my deck — no rush at all. Thanks!",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Mr Lund, I apologise for the delay. Unfortunately my colleague who was handling this went on leave without handing it over.",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Mr Lund, I apologise for the delay. I took on too much this month and didn't flag it early enough; that's on me. You'll have the report by Friday.",
    ),
    (
        "kind-decline",
        None,
        set(),
        "Hi Tom, thank you for asking. I can't take this on right now because of a big deadline, but I'd be happy to look again in June. Good luck!",
    ),
    ("", None, {"curt-decline"}, "I don't do intros for people I haven't met."),
    (
        "informational-interview",
        "acquaintance",
        {"awkward-position"},
        "Hi Jo, we met at the Leeds meetup. Could you find out from your HR friend how much the last analyst they hired was offered? Thanks!",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask", "connection-late"},
        "Dear Ms Park, I'm a freelance translator (Korean-English). Do you outsource any translation work? If so I'd love to be on your list. Thank you for reading.",
    ),
    (
        "reconnect",
        "teammate",
        set(),
        "Hi Ola! Just saw on LinkedIn that you've moved to Lisbon, how exciting. We should catch up properly when I'm over in May.",
    ),
]


#: A seventh set, written and measured before its fixes (precision 0.57, recall 0.27 on 15 expected findings): read
#: receipts, "a busy man like you has five minutes", a career that depends on the reader, "top of the pile", a
#: company login, "sneak me into your team", a colleague named only by first name, "too busy", "unsubscribe me".
MIXED_7 = [
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Gita, I can see you've read my message, so I'm a bit confused why you haven't answered. Could you let me know either way? Thanks",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Gita, no worries if my last message slipped through. Would a quick call next week still suit you? Thanks for considering it!",
    ),
    (
        "informational-interview",
        "stranger",
        {"pressure"},
        "Dear Mr Quinn, I read your blog on CAD software. I'm sure a busy man like you has five minutes for a fellow engineer. I'll call your office at 10 tomorrow. Thanks, Ray",
    ),
    (
        "introduction",
        "acquaintance",
        {"pressure"},
        "Hi Lina, we met at the hackathon. My whole career depends on meeting your CTO, so please, please introduce us this week. Thank you!",
    ),
    (
        "introduction",
        "teammate",
        {"awkward-position"},
        "Hi Pete, could you forward my CV to your CEO with a note saying you've worked with me? I know we were on different teams, but it'll carry more weight from you.",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Sue, you're on the grants panel, right? Could you make sure my application ends up near the top of the pile? x",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Dom, could you give me the login for your company's research database for a week? I'll only use it for my thesis. Thanks!",
    ),
    (
        "",
        "friend",
        set(),
        "Hi Dom, does your company's library let visitors use the research database? I'd love to use it for my thesis if there's an official way. Thanks!",
    ),
    (
        "career-change",
        "stranger",
        {"job-ask"},
        "Dear Ms Ito, I enjoyed your talk at CogX. After ten years in retail management I'm moving into people operations. Would you be willing to hire me as a junior HR partner? Thank you for your time.",
    ),
    (
        "career-change",
        "stranger",
        set(),
        "Dear Ms Ito, I enjoyed your talk at CogX. After ten years in retail management I'm moving into people operations. What did you look for when you hired your first HR partners? Thank you for your time.",
    ),
    (
        "reconnect",
        "teammate",
        {"job-ask"},
        "Hey Sam, it's been three years since Acme! Hope the new gig is great. Any chance you could sneak me into your team? Would be fun to work together again.",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Hi Mia, sorry about the broken build. Tom merged without telling anyone and I just pushed on top of it.",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry the slides were late, the client only sent their logo this morning and design was swamped.",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Sorry the slides were late. I underestimated how long the charts would take and should have told you on Monday. They're in your inbox now.",
    ),
    (
        "thank-you",
        "stranger",
        set(),
        "Dear Ms Byrne, many thanks for the advice about the conversion course. I've applied, and I'll let you know how it goes.",
    ),
    ("kind-decline", None, {"curt-decline", "no-thanks"}, "Sorry, I'm too busy."),
    ("", None, {"curt-decline"}, "Please unsubscribe me."),
    (
        "informational-interview",
        "stranger",
        {"job-ask", "unthanked-ask"},
        "Hi Jun, I watched your Strange Loop talk on type systems. I'm a backend dev in Seoul. Is your team open to remote hires? I'd love to apply through you.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hi Jun, I watched your Strange Loop talk on type systems. I'm a backend dev in Seoul learning Haskell. How did you get into compilers? Thanks so much for reading.",
    ),
    (
        "make-introduction",
        "friend",
        set(),
        "Hi Ama, I'd love to introduce you to Raj, who is moving into UX and would value 15 minutes of your time. Would that be OK? Totally fine to say no.",
    ),
]


#: An eighth set, written and measured before its fixes (precision 0.67, recall 0.20 on 10 expected findings): being
#: "first in line" for a recruitment, a promise claimed back ("you said you'd look at my CV"), pushing for the writer
#: in a calibration, scores before the official feedback, "the confusion wasn't mine", a freelancer's proposal.
MIXED_8 = [
    (
        "informational-interview",
        None,
        set(),
        "Hi Dr Mensah,\n\nI'm the nurse who asked about sepsis alerts after your keynote at the Digital Health summit last week. You mentioned your team is piloting a new early-warning score. I'd love to hear how you got clinicians on board. Would you have 20 minutes in the coming weeks?\n\nThank you so much,\nEfua",
    ),
    (
        "informational-interview",
        None,
        {"job-ask"},
        "Hi Dr Mensah,\n\nI'm the nurse who asked about sepsis alerts after your keynote last week. Since your team is piloting a new early-warning score, could you let me know if you'll be recruiting clinical informaticians for it? I'd like to be first in line.\n\nThank you,\nEfua",
    ),
    (
        "",
        None,
        set(),
        "Hi Jakub, lovely to see you at Ola's wedding! As promised, here's the link to the climbing gym I mentioned. Hope to see you there some time.",
    ),
    (
        "",
        None,
        {"pressure"},
        "Hi Jakub, lovely to see you at Ola's wedding! You said you'd look at my CV that week, and it's now been a month, so I'm starting to feel you didn't mean it. Could you send me your comments?",
    ),
    # job-ask added in round 9 (tune-en): an acquaintance asked to pass on the writer's CV is a job ask by
    # docs/labelling.md call 4 (and the good word with a partner keeps awkward-position, call 5)
    (
        "introduction",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Tara, we met at the women in law lunch. Your husband is a partner at Clifford Chance, isn't he? Could you show him my CV over dinner and tell him I'm worth an interview? Thank you so much!",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Tara, we met at the women in law lunch. I'm trying to understand how trainees at magic circle firms spend their first year. Would you know someone who'd be happy to tell me? No worries at all if not. Thank you!",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hey Nik, you're in the room for the promotion calibration next week. Could you push for me if my name comes up? Cheers",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hey Nik, could you tell me what my scores were in the calibration before the official feedback comes out? Thanks!",
    ),
    (
        "",
        "teammate",
        set(),
        "Hey Nik, could you tell me how the promotion calibration works in general, so I know what to prepare? Thanks!",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Prof. Stein, I'm sorry my chapter was late. I was told the deadline was the 30th, so the confusion wasn't really mine.",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Prof. Stein, I'm sorry my chapter was late. I misread the deadline in your email, and I should have double-checked. It's attached now, and I'll put the next one in my calendar.",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Ms Park, I'm following up for the third time. I would appreciate the basic courtesy of a response. Thank you.",
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Ms Park, I'm following up on my note from two weeks ago about a short call on clinical trials. If now isn't a good time, I completely understand. Thank you.",
    ),
    (
        "congratulate",
        "acquaintance",
        set(),
        "Dear Farah, congratulations on your appointment as head of the school! Your work on the reading programme has been inspiring to watch. Wishing you a great first term.",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Dear Farah, congratulations on your appointment as head of the school! I'd be honoured to join your teaching staff if a post comes up. Wishing you a great first term.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        set(),
        "Hi Mr Oduya, I read about your co-op's solar roof project in the Guardian. I design community energy apps. Would you be open to a short chat about what your members struggle with? Thank you for considering it.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        "Hi Mr Oduya, I read about your co-op's solar roof project in the Guardian. I design community energy apps. I'd like to build the members' app for you; when can I send a proposal? Thank you for considering it.",
    ),
    (
        "kind-decline",
        None,
        set(),
        "Hi Leo, thanks so much for thinking of me. I'm stepping back from mentoring this year to focus on my family, but I'd recommend the IET scheme. Best of luck!",
    ),
    ("", "stranger", {"curt-decline"}, "Not my area. Try someone else."),
    (
        "reconnect-advice",
        "friend",
        set(),
        "Hey Bex, it's been too long! I'm torn between staying in audit and moving to the FCA, and you're the person I trust on this. Fancy a call over the weekend? Would love to hear about the baby too!",
    ),
]


#: A ninth set, of indirect wordings, written and measured before its fixes (precision 1.00, recall 0.21 on 14
#: expected findings): pulling strings, a back channel, an inside track, a heads-up before the announcement, keeping
#: a CV on file, opening a door, "tick tock", "remember who covered your shifts", garbage from finance, "one of those
#: weeks".
MIXED_9 = [
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Chloe, any chance you could pull a few strings with your boss for the comms job? x",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Ben, could you give me a heads-up on which teams are being cut before the announcement? Just so I can plan. Thanks",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Raf, is there a back channel to the hiring manager you could use for me? The portal is a black hole.",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Ines, I'd love an inside track on the tender, anything you hear in your team meetings would help. Thanks!",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Mr Aziz, I read your piece on fintech in Cairo. I'm an accountant moving to London. Would you be kind enough to keep my CV on file and pass it on if anything suitable appears? Thank you for your time.",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Hi Ms Kaur, I enjoyed your talk at ProductCamp. I'm looking to break into product. Would you be able to open a door for me at your company? Thank you so much.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hi Ms Kaur, I enjoyed your talk at ProductCamp. I'm looking to break into product. Which doors did you find opened most for career changers? Thank you so much.",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Jo, just a gentle reminder, for the fourth time, that I'm still waiting on that intro. Thanks!",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Rhys, we met at the DevOps meetup. Tick tock, the application closes on Friday and I still don't have your reference! Thanks",
    ),
    (
        "",
        "friend",
        {"pressure"},
        "Hey Sam, remember who covered your shifts when your dad was ill? I need a favour now: introduce me to your manager. x",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry the numbers were off. Between you and me, finance gave us garbage to work with.",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Apologies for the late slides, it's been one of those weeks with the reorg and everyone dumping things on my desk.",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Apologies for the late slides. It's been a hard week, but I should have warned you on Tuesday that they'd slip. That's on me.",
    ),
    ("", None, set(), "I'll pass, thanks."),
    ("", None, {"curt-decline"}, "Don't contact me again."),
    ("", None, set(), "I'll pass this time, but thanks for thinking of me and good luck with the event!"),
    (
        "thank-you",
        "acquaintance",
        {"no-thanks"},
        "Hi Meg, just wanted to let you know the intro to Dan led to an offer! Starting next month. Speak soon.",
    ),
]


#: Clean messages that use the words the newer patterns read ("please, please", "top of my list", "I told Sam you'd
#: be the best person… only if you're up for it", "I'm free most afternoons", "not hiring interns, sorry, but…"):
#: none of the relational rules, the connection or about-me may fire on them.
NEAR_MISSES = [
    (
        "reconnect",
        "friend",
        "Hey Lou! Please, please tell me you're coming to the reunion in June. It won't be the same without you. x",
    ),
    (
        "informational-interview",
        "stranger",
        "Dear Ms Rao, your book on data ethics has been at the top of my reading list all year. I'm a policy analyst moving into AI governance. Could we talk for 20 minutes this month? Thank you for considering it.",
    ),
    (
        "thank-you",
        "acquaintance",
        "Hi Kim, thank you for the intro to Sol! We met yesterday and she was brilliant. I'll keep you posted on how it goes.",
    ),
    (
        "apology",
        "teammate",
        "Sorry I missed the retro. I had the dentist and forgot to move it in my calendar, which is my mistake. Could you share the notes?",
    ),
    (
        "follow-up",
        "acquaintance",
        "Hi Pat, following up on our chat at the conference. I've attached the paper I mentioned. Would next Tuesday suit for a call? Thanks!",
    ),
    (
        "informational-interview",
        "stranger",
        "Hi Dr Chen, I found your lab's page through the Royal Society directory. I'm a biology teacher curious about lab management roles. What does a typical week look like for a lab manager? Thanks so much.",
    ),
    (
        "career-change",
        "stranger",
        "Hello Mr Silva, I heard you on the Changing Careers podcast. I left the army last year and I'm exploring project management. How did you translate your military experience for civilian employers? Many thanks, Jo",
    ),
    (
        "introduction",
        "friend",
        "Hi Bea, would you introduce me to your colleague Tom? I'd love to hear how he moved from nursing into health tech. If it's awkward, no problem at all. Thank you!",
    ),
    (
        "share-no-ask",
        "teammate",
        "Saw this job ad and thought of you straight away: it's the data lead role at Monzo, and it closes on Friday. No need to reply, just in case it's useful!",
    ),
    (
        "congratulate",
        "teammate",
        "Congrats on the promotion, Raj! Everyone on the team is so happy for you. Drinks on Friday?",
    ),
    (
        "make-introduction",
        "friend",
        "Hi Nia, I told Sam you'd be the best person to ask about UX research, but only if you're up for it. Would you be happy for me to introduce you? No pressure at all.",
    ),
    (
        "decline-referral",
        "acquaintance",
        "Hi Leo, thanks for asking. I'm not comfortable referring you as we haven't worked together, but I'm happy to share what the hiring team looks for. Good luck!",
    ),
    (
        "informational-interview",
        "stranger",
        "Dear Ms Obi, I read your report on hospital supply chains. I'm a pharmacist interested in procurement. Would you be open to a 15-minute call? I'm free most afternoons, whatever suits you. Thank you.",
    ),
    (
        "",
        "friend",
        "Hi Jas, I'm applying for the data role at your company. Could you tell me what the team is like to work with? Thanks!",
    ),
    (
        "informational-interview",
        "acquaintance",
        "Hi Omar, we met at the climate meetup. I'm curious how you moved into sustainability consulting. Any chance of a coffee next week? Thanks so much!",
    ),
    (
        "",
        None,
        "Hi Dan, thanks for your message about the internship. We're not hiring interns this year, sorry, but do try again in the spring, and good luck!",
    ),
    (
        "apology",
        "acquaintance",
        "Dear Mr Tan, I'm sorry for the confusion about the invoice. I used last year's rates by mistake; that's my error. A corrected invoice is attached.",
    ),
    (
        "follow-up",
        "stranger",
        "Dear Dr Kim, I wrote last month about your research on sleep. I know you must get many emails, so no worries if you can't reply. Thank you for your time.",
    ),
]


@pytest.mark.parametrize(("situation", "relationship", "text"), NEAR_MISSES)
def test_near_misses_of_the_newer_patterns_stay_clean(situation, relationship, text):
    assert not rules(text, situation, relationship) & (RELATIONAL | {"connection-late", "about-me"})


#: A tenth set, in other voices (texting, Nigerian and Scottish English, a German engineer), written and measured
#: before its fixes (precision 0.33, recall 0.18 on 11 expected findings; two of the wrong findings were my labels).
MIXED_10 = [
    (
        "",
        "friend",
        {"job-ask"},
        "heyyy congrats on the new gig!! ngl would love to get in there too, could u put me forward?? 🙏",
    ),
    ("", "friend", set(), "heyyy congrats on the new gig!! so proud of u, drinks this weekend??"),
    (
        "informational-interview",
        "stranger",
        {"job-ask", "connection-late"},
        "Good day Sir, I trust this meets you well. I am a graduate of Chemical Engineering from UNILAG. I humbly seek your assistance in securing employment in your organisation. Thank you sir.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Good day Sir, I trust this meets you well. I read your paper on gas flaring in the Niger Delta. I am a chemical engineering graduate from UNILAG. Could you advise which skills matter most for a career in emissions monitoring? Thank you sir.",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hiya Fiona, we met at the Glasgow tech fair. Ye said ye'd send me that contact and I've heard nothing. Bit rubbish, no? Can ye send it the day?",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry about the mix-up with the venue, but to be honest the events team should have double-checked before booking.",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Sorry about the mix-up with the venue. I booked the wrong room and didn't double-check the date; my fault entirely. I've fixed the booking.",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Max, as you're on the board now, could you wave my planning application through at the next meeting? Cheers mate",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Max, could you ask your mate in the council to bump my application up the list? Cheers",
    ),
    (
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        "Dear Ms Weber, I read your article on Industrie 4.0 in Handelsblatt. I am a mechanical engineer from Stuttgart, now in Manchester. Could I ask you how German and British factories differ in their use of digital twins?",
    ),
    ("", None, {"curt-decline"}, "Nope, not doing that."),
    ("", None, {"curt-decline"}, "Leave me out of it."),
    (
        "follow-up",
        "acquaintance",
        {"pressure", "no-thanks"},
        "Hi Tom, you've gone very quiet! Starting to think you're avoiding me, haha. Any news on that intro?",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Aisha, we met at the Lagos Startup Week. I've told my investors you're joining as an adviser, so please confirm by Monday. Thanks!",
    ),
    (
        "career-change",
        "stranger",
        set(),
        "Dear Mr Okafor, your LinkedIn post on moving from banking into climate finance resonated with me. I'm a credit analyst considering the same move. What would you do differently if you made the switch again? Thank you for your time.",
    ),
]


#: An eleventh set, written and measured before its fixes (precision 0.83, recall 0.38 on 13 expected findings):
#: deadlines as "close of play", "within 24 hours", "no later than"; the client's agreed budget; work code copied for
#: a portfolio; a bare "No."; "pressure from above"; "give me a chance on your team".
MIXED_11 = [
    (
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        "Dear Dr Ahn, your lecture on battery chemistry at Imperial was fascinating. I'm a chemistry teacher thinking about industry. Could we talk for 15 minutes? Looking forward to hearing from you. Regards, Min",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Dr Ahn, your lecture on battery chemistry at Imperial was fascinating. I'm a chemistry teacher thinking about industry. Could we talk for 15 minutes? Much obliged for any time you can spare. Regards, Min",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kofi, we met at AfroTech. I need the intro by close of play today, please. Cheers",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kofi, we met at AfroTech. Please get back to me within 24 hours about the reference. Thanks",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kofi, we met at AfroTech. I'll need your recommendation letter no later than Wednesday. Thanks",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Kofi, we met at AfroTech. The fellowship I mentioned closes on Wednesday, in case it's useful for your mentee. Thanks",
    ),
    (
        "follow-up",
        "stranger",
        {"job-ask"},
        "Dear Ms Duval, just following up on my earlier note. Have you had a chance to pass my CV to your hiring team? Thank you for your time.",
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Ms Duval, just following up on my earlier note about a short call on museum education. Would any time next week suit? Thank you for your time.",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hey Lin, can you find out from Priya what budget the client has agreed for phase two? Would help me price my bid. Thanks",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Lin, could you let me copy the code from your work project for my portfolio? Nobody will notice. Thanks!",
    ),
    (
        "thank-you-conversation",
        "acquaintance",
        set(),
        "Hi Paulo, I'm really grateful for the hour you gave me on Friday. Your advice about the MSc has settled it: I've applied. I'll let you know how it goes.",
    ),
    (
        "thank-you-conversation",
        "acquaintance",
        {"no-thanks"},
        "Hi Paulo, the hour on Friday was so useful. Your advice about the MSc has settled it: I've applied. I'll let you know how it goes.",
    ),
    ("", None, {"curt-decline"}, "No."),
    ("", None, {"curt-decline"}, "Not interested, please stop."),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry about Friday. Honestly, if the brief had been clearer we wouldn't be in this mess.",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry I was short with you on the call. I'm under a lot of pressure from above, as you know.",
    ),
    (
        "career-change",
        "stranger",
        {"job-ask"},
        "Hello Mr Ito, I read your interview on the RSA blog. I have twenty years in hospitality and I'm retraining as a UX designer. I would be grateful if you could give me a chance on your team. Thank you for reading.",
    ),
    (
        "introduction",
        "friend",
        set(),
        "Hi Lea, you mentioned your cousin works in museum education. Would she be open to a short chat about how she got started? Only if she's happy to, of course. Thanks!",
    ),
]


#: A twelfth set on the two non-relational rules that read the relationship (about-me, connection-late), measured
#: before any change for it: all right (6 of 6 expected, no false alarm), kept as a check.
MIXED_12 = [
    (
        "informational-interview",
        "stranger",
        {"about-me"},
        "Dear Ms Novak,\n\nI saw your talk on localisation at LocWorld. My background is in literary translation. My languages are Czech, German and English. My last project was a 400-page novel. My goal is to move into project management. Could we talk?\n\nThank you,\nPetra",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Novak,\n\nYour talk on localisation at LocWorld answered questions I'd had for years. My background is in literary translation, and I'm curious how project managers in your team keep quality consistent across 30 languages. Could we talk for 20 minutes?\n\nThank you,\nPetra",
    ),
    (
        "reconnect",
        "acquaintance",
        {"about-me"},
        "Hi Gus,\n\nWe met at the Edinburgh book festival. I've finished my second novel. I've also started teaching creative writing. I moved to Leith last spring. I'm really happy.\n\nAnna",
    ),
    (
        "reconnect",
        "acquaintance",
        set(),
        "Hi Gus,\n\nWe met at the Edinburgh book festival, in the queue for the Ali Smith reading. I've just seen your new collection is out, congratulations! How has the launch been?\n\nAnna",
    ),
    (
        "informational-interview",
        None,
        {"connection-late"},
        "Hello Mr Berg,\n\nI am a marine biologist looking at careers in offshore wind. Would you be willing to talk about how environmental surveys are run? Thank you. I believe we were both at the Aberdeen conference in May.\n\nElla",
    ),
    (
        "informational-interview",
        None,
        set(),
        "Hello Mr Berg,\n\nWe were both on the environmental panel at the Aberdeen conference in May. I'm a marine biologist looking at careers in offshore wind. Would you be willing to talk about how environmental surveys are run? Thank you.\n\nElla",
    ),
    (
        "introduction",
        "acquaintance",
        {"connection-late"},
        "Hi Sofia, could you introduce me to someone in your procurement team? I'm moving into public sector buying. Thanks so much! (We met at Jo's birthday, by the way.)",
    ),
    (
        "career-change",
        "stranger",
        {"connection-late", "unthanked-ask"},
        "Hello Ms Diaz, I am an architect who wants to move into urban policy. What are the first steps I should take?",
    ),
    (
        "career-change",
        None,
        set(),
        "Hello Ms Diaz, Pedro Alves, your former colleague at the city council, suggested I write to you. I'm an architect moving into urban policy. What would you say are the first steps? Thanks so much for reading.",
    ),
    (
        "starting-out",
        "stranger",
        set(),
        "Hi Mr Osei, I'm a final-year student at Leeds and one of your former mentees, Abi, told me you love helping new graduates. Could I ask you two questions about starting in audit? Thank you!",
    ),
]


#: A thirteenth set, written and measured before its fixes (precision 0.80, recall 0.36 on 11 expected findings): a
#: CV put on the shortlist pile through a sister, vouching as "only neighbours", a train booked "just to meet you",
#: "without so much as an acknowledgement", blame "caused by our IT provider" or "though I did warn your team".
MIXED_13 = [
    (
        "",
        "friend",
        {"awkward-position", "job-ask"},
        "Hey Dev, your sister runs recruitment at Deloitte, doesn't she? Could you get her to put my CV on the shortlist pile? x",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Kat, since you sit in on the leadership meetings, could you let me know what they decide about the restructure before it's shared? I'll keep it quiet.",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Zoe, could you give my name to your director as someone you'd vouch for? I know we've only been neighbours, but you know I'm a decent person.",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Mr Lee, I watched your talk on robotics at ICRA. I'm graduating in June. Might there be an opportunity for me to join your lab as a research assistant? Thank you for your time.",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Mr Lee, I watched your talk on robotics at ICRA. I'm graduating in June. Please let me know if you hear of any openings that might suit me. Thank you for your time.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Mr Lee, I watched your talk on robotics at ICRA. I'm graduating in June and trying to decide between a PhD and industry. How did you make that choice? Thank you for your time.",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kai, we met at the Berlin meetup. I've booked a train to Munich for Thursday just to meet you, so please don't cancel on me.",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kai, we met at the Berlin meetup. I gave you a lot of my time at the hackathon, so I think you owe me a coffee and an intro. Thanks",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Ms Aho, it has now been three weeks without so much as an acknowledgement. I find that rather disappointing. Could you reply this week? Thank you.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Ms Aho, I'm sorry the report was late. The delay was caused by our IT provider, who took the server down for maintenance without notice.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Ms Aho, I'm sorry the report was late, though I did warn your team the timeline was unrealistic.",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Ms Aho, I'm sorry the report was late. I misjudged how long the analysis would take and should have warned you sooner. It's attached, and I've added a summary page.",
    ),
    ("", None, {"curt-decline"}, "I don't have time for this."),
    (
        "",
        None,
        set(),
        "I don't have time for a call this month, sorry, but thanks for reaching out and good luck with the course!",
    ),
]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hi Ann, could you quietly send me the org chart for the new division? Thanks", "awkward-position"),
        ("Hi Ann, could you send me the pricing sheet on the quiet? Thanks", "awkward-position"),
        ("Hi Ann, you've been so unreliable about this intro. Can you do it this week?", "pressure"),
        ("Hi Ann, it's a bit rude of you not to answer. Can we talk this week?", "pressure"),
    ],
)
def test_secrecy_and_judging_the_reader_in_any_words(text, rule):
    """Something passed "on the quiet" is not the reader's to give; a judgement of the reader is reproach."""
    assert rule in rules(text, "", "friend")


def test_a_quiet_habit_is_not_secrecy():
    text = (
        "Hi Ann, I've been quietly learning SQL on weekends. Could we talk for 20 minutes about analytics? Thank you!"
    )
    assert "awkward-position" not in rules(text, "", "friend")


#: A fourteenth set, job asks in more forms, written and measured before its fixes (precision 0.56, recall 0.38 on 13
#: expected findings; one wrong finding was my label). Left out after measuring: "If you ever need words for your
#: cans, I'm your man" — the same words offer a friend free help with flyers (round4's fs-en-cg-offer-help-clean), and
#: the linter cannot tell paid work from a favour there.
MIXED_14 = [
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Ms Roy, I loved your keynote at Mind the Product. I'm a UX designer relocating to Berlin in May. Is there any possibility of an interview with your team? Thank you for considering it.",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Ms Roy, I loved your keynote at Mind the Product. I'm a UX designer relocating to Berlin. I've applied for your senior designer role — could you have a look at my application and push it along? Thank you.",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Ms Roy, I loved your keynote at Mind the Product. I'm a UX designer and I'm after a new challenge. Would your team have anything for me? Thank you so much.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Roy, I loved your keynote at Mind the Product. I'm a UX designer relocating to Berlin. What is the design scene there like for English speakers? Thank you so much.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        "Hi Tom, your brewery's rebrand is great. I'm a freelance copywriter. Could I pitch you some ideas for your next seasonal range, at my usual day rate? Thanks for reading.",
    ),
    (
        "client-or-collaborator",
        "stranger",
        set(),
        "Hi Tom, your brewery's rebrand is great. I'm a freelance copywriter. How do you usually find writers for your can copy? Thanks for reading.",
    ),
    (
        "reconnect-advice",
        "acquaintance",
        {"job-ask"},
        "Hi Sal, it's been a while since the Lisbon conference! I'm thinking of leaving academia. Would you hire someone like me at your consultancy? Thanks!",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Hi Sal, congratulations on founding the consultancy! If you're looking for your first hire, I'm very interested. Thanks!",
    ),
    ("", "stranger", {"job-ask", "connection-late"}, "hi, do u have any jobs going? thx"),
    (
        "",
        "stranger",
        {"job-ask", "connection-late", "unthanked-ask"},
        "Hello, I am seeking part-time work as an accountant. Please inform me of any vacancies. Regards",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Mo, could you bring my CV to your boss's attention before the deadline? The official route is so slow. Thanks mate",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Bea, could you mark me as 'strongly recommended' on the internal transfer form? We haven't actually worked together but I'm sure I'd be great.",
    ),
]


#: A fifteenth set, written and measured before its fixes (precision 1.00, recall 0.27 on 15 expected findings; one
#: label of mine corrected: no-thanks on a referral decline is borderline): "Friday or never", "you kind of owe me",
#: "I'll assume our friendship meant nothing", "your silence is not very professional", checking an application in
#: the HR system, telling the panel "I led the migration", "are you taking on postdocs?".
MIXED_15 = [
    (
        "informational-interview",
        "acquaintance",
        {"pressure"},
        "Hi Ade, we met at the Lagos fintech summit. I'm flying home on Sunday, so it has to be Friday or never, I'm afraid. Which time works?",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Ade, we met at the Lagos fintech summit. I'm in town until Sunday; if Friday happened to suit you, I'd love a coffee, but no worries at all if not.",
    ),
    (
        "",
        "friend",
        {"pressure"},
        "Hey Jen, I wouldn't normally ask, but you kind of owe me after the wedding speech. Can you get me an intro to your boss?",
    ),
    (
        "",
        "friend",
        {"pressure", "awkward-position"},
        "Hey Jen, can you get my CV straight to your CEO? If you don't, I'll assume our friendship meant nothing.",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Mr Hahn, this is my last attempt to reach you. I must say your silence is not very professional. Can we speak this week? Thank you.",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Gil, you have access to the HR system, right? Could you check whether my application has been flagged? Thanks",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Gil, could you tell the panel I led the migration? I only joined at the end, but no one will know the difference. Thanks",
    ),
    (
        "",
        "teammate",
        set(),
        "Hi Gil, could you remind me who led the migration before I joined? I want to credit them properly in my write-up. Thanks",
    ),
    (
        "apology",
        "friend",
        {"apology-blame"},
        "Sorry I didn't make it to your talk. The babysitter cancelled last minute, so there was nothing to be done.",
    ),
    (
        "apology",
        "friend",
        set(),
        "Sorry I didn't make it to your talk. The babysitter cancelled, and I should have told you straight away instead of going quiet. Can I buy you lunch and hear how it went?",
    ),
    ("decline-referral", "stranger", {"curt-decline"}, "I don't refer people I don't know. Please don't ask again."),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Dr Park, I read your paper on soil carbon. I've just finished my PhD. Are you taking on postdocs this year? I'd love to join your group. Thank you for your time.",
    ),
]


#: A sixteenth set on thanks (no-thanks, unthanked-ask), measured before any change for it: all right (7 of 7
#: expected, no false alarm), kept as a check: "owe you a drink… thank you", "grateful for any pointers", "Best wishes"
#: and "Kind regards" are not thanks.
MIXED_16 = [
    (
        "thank-you",
        "acquaintance",
        {"no-thanks"},
        "Dear Liam, just to let you know that Sarah and I met last week, as you suggested. It went very well and we're going to collaborate. Best, Ana",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Dear Liam, Sarah and I met last week, as you suggested. It went very well and we're going to collaborate. I owe you a drink for this! Thank you so much. Best, Ana",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Dear Liam, Sarah and I met last week. It went very well. I'm so grateful you thought of us. Best, Ana",
    ),
    (
        "thank-you-conversation",
        "stranger",
        {"no-thanks"},
        "Dr Ali, good to speak yesterday. I will follow your suggestion and contact the NHS digital academy. Regards, Tom",
    ),
    (
        "follow-up",
        "acquaintance",
        {"no-thanks"},
        "Hi Jess, bumping this up in case it got lost: would a call next week work? Jo",
    ),
    (
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        "Hi Mr Ruiz, I enjoyed your post about hospital logistics. I'm a nurse thinking about operations roles. What was your first job in operations? Best wishes, Lou",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hi Mr Ruiz, I enjoyed your post about hospital logistics. I'm a nurse thinking about operations roles. What was your first job in operations? Grateful for any pointers, Lou",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hi Mr Ruiz, I enjoyed your post about hospital logistics. I'm a nurse thinking about operations roles. What was your first job in operations? Many thanks, Lou",
    ),
    (
        "career-change",
        "stranger",
        {"unthanked-ask"},
        "Dear Ms Chan, I watched your webinar on moving into data protection. I'm a paralegal. Which certification would you start with? Kind regards, Ivy",
    ),
    (
        "",
        "stranger",
        {"unthanked-ask", "connection-late"},
        "Hi, I'm a junior developer. Can you review my GitHub and tell me what's missing? Best, Sam",
    ),
]


#: A seventeenth set of indirect wordings, measured before its fixes: 0 of 7 expected findings found. "A little
#: Vitamin B", "'forget' to mention", "tip me off if it's advertised internally", blue ticks and "don't leave me
#: hanging", "you wouldn't want me to miss out just because…", "any work at all, I'd take it", "garbage in, garbage
#: out".
MIXED_17 = [
    (
        "",
        "friend",
        {"awkward-position"},
        "Hey Tiago, you know everyone in the hiring committee. A little Vitamin B for me would go a long way! x",
    ),
    (
        "",
        "teammate",
        {"awkward-position"},
        "Hi Ro, any chance you could 'forget' to mention that I left my last job after three months, if they ask you? Thanks",
    ),
    (
        "",
        "friend",
        {"awkward-position"},
        "Hi Mags, could you tip me off if the director post is being advertised internally first? Thanks x",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Cal, I know you saw my message (blue ticks!). Just say no if it's a no, but don't leave me hanging. Thanks",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Cal, no pressure at all on my message from last week. If it's a no, that's completely fine, just let me know when you can. Thanks",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Rina, we met at the Tech Nation event. I'm sure you wouldn't want me to miss out on this job just because you didn't have five minutes. Thanks",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Mr Kahn, I read your article on fleet electrification. Between jobs at the moment, so if your team has any work at all, I'd take it. Thank you for reading.",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry about the figures, mate. Garbage in, garbage out: the data we were given was a mess.",
    ),
]


#: Round 7, pressure put as a sigh or a hint (the blind set's recall was 0.55): the silence read against the reader, the
#: writer's need with a deadline on the reader's favour, a sacrifice held up, the reader committed to others, everything
#: resting on them; with clean near misses. Measured before the fix: 3 of 15 found, no false finding; after: 15 of 15.
PRESSURE_HINTED = [
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Nadia, I messaged you after the careers evening about the data team. I suppose silence is an answer of sorts. Would you still have ten minutes for a call? Thanks, Ro",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Dear Ms Obi, I read your piece on hospital procurement. I've cleared my whole Thursday afternoon for a call with you, so I hope that won't go to waste. Could you confirm a time? Thank you, Dev",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Greg, we spoke at the Leeds meetup. Since I haven't heard back, I'll take it that you don't help people who are new to the field. Is there anyone else you could point me to? Thanks, Amy",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Sunita, we met at Laila's leaving do. I have to submit on Friday, so your comments would need to reach me by Thursday. Can you manage that? Thanks, Omar",
    ),
    (
        "",
        "teammate",
        {"pressure"},
        "Hey Lou, after all those Saturday shifts I swapped for you last year, I figured you'd be happy to look over my CV. Could you do it this week? Thanks",
    ),
    (
        "",
        "friend",
        {"pressure"},
        "Mina, I've told everyone at home that my cousin at Google will sort me an interview. Please don't make me a liar. Can we talk on Sunday?",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Mr Lund, I wrote to you on 2 May after your lecture on coastal flooding. The read receipt tells me you opened it. Could you let me know either way? Thank you, Ana",
    ),
    (
        "",
        "acquaintance",
        {"job-ask", "pressure"},
        "Hi Tariq, we met at the bootcamp demo day. My family has sacrificed a lot for this course, and you're honestly my last real hope in tech. Could you refer me to your team? Thanks, Bea",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Hello Dr Ruiz, your talk at the Madrid summit was superb. A five-minute reply costs you nothing and would mean everything to me. Which lab would you suggest for a postdoc? Thank you, Lin",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Joe, thanks for the chat at the fair. This is the fourth time I'm reaching out, but I'm sure you have your reasons. Could you reply when you can? Cheers, Sal",
    ),
    (
        "",
        "teammate",
        {"pressure"},
        "Hi Priya, I told the recruiter at Hexa you'd vouch for my SQL, so she'll be calling you tomorrow. Please be nice! Thanks",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Dear Ms Haddad, I came across your profile in the Women in Law network. I'm running out of options and time, and you're my last real hope. Could we speak this week? With thanks, Noor",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Kemal, we met at the PyCon sprint. I've already put your name down as my referee, so they'll email you on Monday. Could you reply to them quickly? Thanks, Eda",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Jen, great to see you at the reunion. I'd hate to think our years on the team meant nothing to you, so I hope you'll come to my launch on Friday. Thanks, Mo",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Nadia, I messaged you after the careers evening about the data team. I know inboxes get busy, so no worries if now isn't a good time. Would ten minutes next month work? Thanks, Ro",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Ms Obi, I read your piece on hospital procurement. The NHS fellowship closes on Friday, in case anyone in your team is interested. Thank you for your work, Dev",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Sunita, we met at Laila's leaving do. My application closes on Friday; if you had time to look at my cover letter before then, wonderful, and if not, no problem at all. Would that be possible? Thanks, Omar",
    ),
    (
        "",
        "teammate",
        set(),
        "Hey Lou, you covered so many shifts for me last year that I still owe you. If you ever want a second pair of eyes on your CV, just ask. Thanks",
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Mr Lund, I wrote to you on 2 May after your lecture on coastal flooding. It may have got buried, so here it is again: would you have 15 minutes for a call this month? Thank you, Ana",
    ),
    (
        "",
        "stranger",
        set(),
        "Hello Dr Ruiz, your talk at the Madrid summit was superb. A one-line reply would already help me a lot, but only if you have a moment. Which lab would you suggest for a postdoc? Thank you, Lin",
    ),
    (
        "",
        "teammate",
        set(),
        "Hi Priya, the recruiter at Hexa asked for a referee who has seen my SQL work. Would you be comfortable being that person? Completely fine to say no. Thanks",
    ),
]


#: The second pressure set, written after that fix and measured before any change for it (the honest figure): 1 of 7
#: found, 1 false finding ("please don't feel you have to reply"). Then fixed as a class: a pressing phrase the writer
#: turns round just before it ("don't feel…") is a release; a silence read as "where I stand" is a reproach; "without
#: your help I don't know how…", "the least I deserve", "she's expecting your confirmation". Now 7 of 7.
PRESSURE_HINTED_2 = [
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Dr Moss, I emailed you in March after your seminar on peatland carbon. No answer yet, which I suppose tells me where I stand. Could you at least point me to a colleague? Thank you, Finn",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Asha, we met at the hackathon in Bath. I took unpaid leave on Thursday specially so we could meet, so please don't cancel on me. Does 2pm work? Thanks, Kit",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Dear Mr Ford, I read your post on warehouse robotics. My portfolio review is due Monday, so I'd need your notes on it over the weekend. Could you do that? Thank you, Ama",
    ),
    (
        "",
        "teammate",
        {"pressure"},
        "Hi Zoe, remember all the late nights I covered for you on the audit? I'd say a quick reference is the least I deserve. Can you send it this week? Thanks",
    ),
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Ben, lovely to meet you at Clare's book launch. I mentioned to my director that you'd join our panel in June, so she's expecting your confirmation. Can you confirm? Thanks, Dina",
    ),
    (
        "",
        "stranger",
        {"pressure"},
        "Hello Ms Lowe, I came across your profile on the RICS mentors page. Honestly, without your help I don't know how I'll pass the APC. Could we talk this week? Many thanks, Raj",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Tom, thanks for the chat at the expo. Two weeks and nothing back, so I'll assume you've decided I'm not worth the bother. Can you tell me either way? Jo",
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Dr Moss, I emailed you in March after your seminar on peatland carbon. I know term is busy, so please don't feel you have to reply. If you had a moment, could you point me to a colleague? Thank you, Finn",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Mr Ford, I read your post on warehouse robotics. My portfolio review is on Monday; would you have any thoughts on the structure, whenever suits you? Thank you, Ama",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Ben, lovely to meet you at Clare's book launch. My director would love to have you on our panel in June. Would you be interested? No pressure at all. Thanks, Dina",
    ),
]


#: connection-late where the opening shows a past exchange in other words ("thanks again for showing me round", "it was
#: kind of you to let me sit in", "the volunteers you trained at the food bank", "your poster … is why I'm writing",
#: "Mum thought you'd be the right person"), with connections missing or late beside them. Before the fix: 6 false
#: findings on 14 clean messages, 4 of 4 found; after: none, 4 of 4.
CONNECTION_OTHER_WORDS = [
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Rob,\n\nThanks again for showing me round the brewery in June. I'd love to hear how you moved from chemistry into brewing. Could I buy you a coffee one afternoon?\n\nJo",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Sam, it was kind of you to let me sit in on your team's retro last month. Would you be willing to introduce me to Ana in design? I'd like to learn how she runs user interviews. Thank you, Bo",
    ),
    (
        "",
        None,
        set(),
        "Hi Mr Ode,\n\nA colleague of yours, Fatima Bello, passed on your email. I'm a paramedic exploring public health roles. Would you have 20 minutes in May?\n\nThank you,\nTunde",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Dr Hale,\n\nYour poster on antibiotic stewardship at the Glasgow conference is why I'm writing. I'm a ward pharmacist. Could we talk for 20 minutes about moving into research?\n\nThank you,\nNia",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Ms Patel,\n\nThank you for judging our hackathon on Saturday and for your comments on our prototype. I'm the developer who built the map view. Would you have time for a short call about civic tech?\n\nBest wishes,\nLeo",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Farah,\n\nIt was good to finally put a face to the name at the quarterly review. I'm keen to learn more about how your team prices risk. Would you have half an hour next week?\n\nThanks,\nEli",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Mr Quist,\n\nThe careers office at Leeds gave me your details and said you mentor graduates going into shipping. I'm finishing a logistics degree. Could we talk for 15 minutes?\n\nThank you,\nAbi",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Dee,\n\nJust following up on the question I asked at the pottery fair about kiln hire. Do you know anyone who rents space by the month?\n\nThanks,\nMo",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hello Ms Wong,\n\nI'm one of the volunteers you trained at the food bank last winter. I'm now studying nutrition. Would you have time for a call about your move into public health?\n\nThank you,\nSara",
    ),
    (
        "",
        None,
        set(),
        "Hiya Steph! Been ages. Fancy a coffee next week to catch up? I'd love to hear about the new job. x",
    ),
    (
        "",
        None,
        set(),
        "Hi Dom,\n\nMum thought you'd be the right person to ask about apprenticeships at the garage, since you started there the same way. Could I ring you on Saturday?\n\nThanks,\nJake",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Tess,\n\nThanks for having me on your panel at the Women in Data evening. Could you introduce me to the analyst who asked about churn models? I'd love to compare notes.\n\nThanks,\nIra",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Mr Adu,\n\nYour stall at the Bristol careers fair was the busiest in the hall, and I was one of the students you spoke to about rail signalling. Could we talk for 15 minutes about graduate routes?\n\nThank you,\nPeg",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Lena,\n\nWe sat at the same table at Omar's wedding, if you remember the one who spilled the wine. I'm looking at a move into audit. Could I ask you a few questions about it?\n\nThanks,\nRay",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Dear Dr Hale,\n\nI'm a ward pharmacist with six years' experience and I'm keen to move into research. Could we talk for 20 minutes? Your poster at the Glasgow conference was great, by the way.\n\nThank you,\nNia",
    ),
    (
        "",
        "stranger",
        {"connection-late"},
        "Dear Ms Patel,\n\nI am a developer looking to move into civic tech. Would you have time for a short call about your work?\n\nThank you,\nLeo",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        "Hi Farah,\n\nI'm keen to learn more about how your team prices risk, as I'm thinking of moving over from claims. Would you have half an hour next week?\n\nThanks,\nEli",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Hello Ms Wong,\n\nI'm studying nutrition and looking at public health careers. Would you have time for a call? Thanks for considering it.\n\nSara",
    ),
]


#: The second connection set, measured before any change for it (the honest figure): 1 false finding on 7 clean
#: messages ("You very kindly answered my question after the panel"), 2 of 2 found. Fixed: what the reader kindly did
#: for the writer.
CONNECTION_OTHER_WORDS_2 = [
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Baptiste,\n\nYou very kindly answered my question after the careers panel at King's on Tuesday. I'm a second-year law student. Would you have 15 minutes to tell me more about legal tech?\n\nThank you,\nOla",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Gareth,\n\nI was the one asking all the questions on your tour of the print works last spring. I'm now setting up a small press. Could I ask where you source your paper?\n\nThanks,\nIvy",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Noor,\n\nYour workshop on grant budgets last month saved me hours. Would you be willing to introduce me to the funder you mentioned, Ruth Abara?\n\nThank you,\nSal",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Mr Okoro,\n\nMy tutor, Dr Hayes, suggested I contact you about your work on flood maps. I'm a geography student. Could we talk for 15 minutes?\n\nThank you,\nLiv",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Cass,\n\nWe shared a stand at the Harrogate craft fair in May, next to the cheese man. I'm thinking of selling online. How did you get started with your shop?\n\nThanks,\nMeg",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Dr Lim,\n\nI attended your evening class on Python for biologists at the Crick. I'm a lab technician. Would you have time for a short call about data roles?\n\nThank you,\nAbe",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Ros,\n\nYou gave me your card at the end of the Bristol meetup and said to get in touch. Could we fix a time for that coffee?\n\nThanks,\nDan",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Dear Ms Baptiste,\n\nI'm a second-year law student interested in legal tech. Would you have 15 minutes to tell me more about it? Thank you. I was at the careers panel at King's on Tuesday.\n\nOla",
    ),
    (
        "",
        "stranger",
        {"connection-late"},
        "Dear Dr Lim,\n\nI'm a lab technician with five years in genomics, hoping to move into data. Would you have time for a short call?\n\nThank you,\nAbe",
    ),
]


#: A job asked as a hint: a place on the reader's side for a worker like the writer, the reader's side needing one
#: ("could your yard use a graduate engineer?", "if you need a head chef for it, you know where I am"), the writer
#: brought in, in the running, "a post I could fill". Before: 1 of 11 found, no false finding; after: 10 of 11. The one
#: left out of this table: "When your old planning job comes up, I hope you'll think of me first" (a hope, no request
#: the linter reads; reading every "I hope you'll…" as an ask would cost no-question precision).
JOB_ASK_HINTED = [
    (
        "career-change",
        "stranger",
        {"job-ask"},
        "Hi Hannah,\n\nYour talk on fan engagement was brilliant. After ten years as a PE teacher I'm moving into sports marketing. Would your partnerships team have room for a former teacher?\n\nThanks for your time,\nDane",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Hello Claire, congratulations on your new role as Head of Brand! Now that you lead the team, perhaps you will need a junior designer? My portfolio is attached. Best, Amélie",
    ),
    (
        "congratulate",
        "friend",
        {"job-ask"},
        "Sam, congrats on the second restaurant! If you need a head chef for it, you know where I am. Nadia",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Mr Ito, I read about your studio's expansion in Dezeen. I'm an architectural technologist with five years' experience. Might there be an opening for me when the new office opens? Thank you, Ren",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"job-ask"},
        "Hi Lars, good to meet you at the sailing club. I'm finishing my marine engineering degree in June. Could your yard use a graduate engineer this summer? Thanks, Ola",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Ms Reyes, I came across your clinic on the Leeds physio directory. I'm a newly qualified physiotherapist and would be glad of any sessions you could give me, even cover. Thank you, Jo",
    ),
    (
        "",
        "acquaintance",
        {"job-ask"},
        "Hi Pete, we met at Ravi's barbecue and you said your firm is growing. I'm a quantity surveyor between contracts and I'd love to be in the running for whatever comes next. Would that be possible? Thanks, Mark",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        "Hello Ms Dube, I saw your bakery's new menu on Instagram. I'm a food photographer. Could I be the one to photograph your autumn range? Thank you, Kofi",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Dr Park, your lab's paper on soil microbes was fascinating. I graduate in microbiology this July. Would you have a research assistant post I could fill over the summer? Thank you, Aisha",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Mr Cole, I saw on your website that Harbour Joinery has taken on two big contracts. I'm a time-served joiner. Is there any chance of a start with you in the new year? Thank you, Lee",
    ),
    (
        "career-change",
        "stranger",
        set(),
        "Hi Hannah,\n\nYour talk on fan engagement was brilliant. After ten years as a PE teacher I'm moving into sports marketing. What did your partnerships team look for in its last hires?\n\nThanks for your time,\nDane",
    ),
    (
        "congratulate",
        "acquaintance",
        set(),
        "Hello Claire, congratulations on your new role as Head of Brand! The team is lucky to have you. Best, Amélie",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Mr Ito, I read about your studio's expansion in Dezeen. I'm an architectural technologist. How have you found working across two offices? Thank you, Ren",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Lars, good to meet you at the sailing club. I'm finishing my marine engineering degree in June. Could I ask how you got your first job at the yard? Thanks, Ola",
    ),
    (
        "",
        "friend",
        set(),
        "Hi Meg, is there room in your team for a junior analyst? I'd love to work with you again. Thanks!",
    ),
]


#: The second job-ask set (honest): 5 of 7 found, no false finding, before its fixes ("may I be the designer for your
#: next range", "consider a career-changer like me"); now 7 of 7.
JOB_ASK_HINTED_2 = [
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Ms Aziz, I saw your nursery is opening a second branch in Leith. I'm a qualified early-years practitioner. Would the new branch have a place for an experienced practitioner like me? Thank you, Rhona",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Hi Victor, congratulations on winning the council contract! If it means you'll be taking on extra surveyors, I'd love to be one of them. Best, Ade",
    ),
    (
        "informational-interview",
        "stranger",
        {"job-ask"},
        "Dear Mr Byrne, your article on timber frames was excellent. I'm a carpenter with twelve years on site. Could your firm use another carpenter on the Galway scheme? Thank you, Eoin",
    ),
    (
        "",
        "acquaintance",
        {"job-ask"},
        "Hi Lou, we met at Ana's book club. I hear the café is busy these days; if you ever need an extra barista at weekends, I'm your woman! Thanks, Dee",
    ),
    (
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        "Hello Mr Sato, I loved the packaging of your new tea range. I'm a packaging designer. May I be the designer for your next range? Thank you, Mia",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Dr Frei, I read your lab's paper on zebrafish. I'm finishing my master's in July. Is there any chance of a place for me in your group this autumn? Thank you, Jonas",
    ),
    (
        "career-change",
        "stranger",
        {"job-ask"},
        "Hi Priya, your podcast on product ops was great. After eight years in retail management I'm moving into product. Would your team consider a career-changer like me for its associate role? Thanks, Sam",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Ms Aziz, I saw your nursery is opening a second branch in Leith. I'm a qualified early-years practitioner. What do you look for when you hire for a new branch? Thank you, Rhona",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Mr Byrne, your article on timber frames was excellent. I'm a carpenter with twelve years on site. Could I ask how you moved from site work into design? Thank you, Eoin",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Lou, we met at Ana's book club. If you ever need a hand moving the café furniture, I'm happy to help for free. Thanks, Dee",
    ),
]


#: A no in other words ("I won't be joining the panel", "I'm not going to look at your plan", "An introduction is not
#: possible", "Not able to mentor anyone this year"), and kind ones beside them: a reason without "because", somewhere
#: else to go ("the graduate scheme page lists the dates"), another time. A kind decline with no thanks still lacks
#: thanks. Before the fix: 5 of 14 expected findings (curt-decline 1 of 10), 7 false findings (two curt-declines on a
#: kind no, five connection-lates on a no the linter did not read); after: 14 of 14, none.
DECLINE_OTHER_WORDS = [
    ("kind-decline", "acquaintance", {"curt-decline", "no-thanks"}, "Hi Ros. No, I won't be joining the alumni panel."),
    ("", "stranger", {"curt-decline"}, "I'm not going to look at your business plan."),
    ("decline-referral", "stranger", {"curt-decline"}, "Hello. An introduction is not possible.\n\nRegards,\nKaren"),
    ("", "stranger", {"curt-decline"}, "That's not something I do."),
    ("decline-referral", "stranger", {"curt-decline"}, "I don't know you, so I won't be referring you."),
    ("", "stranger", {"curt-decline"}, "No. I don't review CVs for people I haven't worked with."),
    ("kind-decline", "stranger", {"curt-decline", "no-thanks"}, "Not able to mentor anyone this year."),
    ("", "acquaintance", {"curt-decline"}, "Hi Raj, I'll have to say no to the coffee."),
    ("decline-referral", "stranger", {"curt-decline"}, "Referrals aren't something I give to strangers."),
    ("", "stranger", {"curt-decline"}, "I'd rather not pass your portfolio on."),
    (
        "decline-referral",
        "stranger",
        set(),
        "No, I can't refer you. The graduate scheme page lists the dates and how to apply.\n\nR. Patel",
    ),
    (
        "kind-decline",
        "acquaintance",
        {"no-thanks"},
        "Hi Ros. I won't be joining the alumni panel this year; the new job is taking every evening. Good luck with it!",
    ),
    (
        "",
        "stranger",
        set(),
        "I'm not going to look at your business plan, but the Prince's Trust runs free clinics for exactly this.",
    ),
    (
        "decline-referral",
        "stranger",
        set(),
        "Hello. An introduction is not possible, I'm afraid, as I've left the company. Try the careers team at careers@hexa.example.\n\nKaren",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Raj, I'll have to say no to the coffee this month, I'm away until the 20th. Could we try in March?",
    ),
    (
        "kind-decline",
        "stranger",
        {"no-thanks"},
        "Not able to mentor anyone this year, sorry. Have a look at the mentoring scheme run by the IET instead.",
    ),
]


#: The second decline set (honest): 3 of 6 found, 3 false findings ("Mentoring isn't something I offer", "I'm not
#: going to be able to make the introduction", "Sorry, can't do it." not read as a no); after its fixes 6 of 6, none.
DECLINE_OTHER_WORDS_2 = [
    ("", "stranger", {"curt-decline"}, "I'm going to decline this one."),
    ("decline-referral", "stranger", {"curt-decline"}, "We won't be putting you forward for the role."),
    ("", "stranger", {"curt-decline"}, "Mentoring isn't something I offer."),
    ("", "acquaintance", {"curt-decline"}, "Hi Jo, I'm not going to be able to make the introduction."),
    ("decline-referral", "stranger", {"curt-decline"}, "I never recommend people I haven't managed."),
    ("", "stranger", {"curt-decline"}, "Sorry, can't do it."),
    (
        "",
        "stranger",
        set(),
        "I'm going to decline this one, as I'm only taking on two mentees this year. Wishing you luck with the search.",
    ),
    (
        "decline-referral",
        "stranger",
        set(),
        "We won't be putting you forward, since we only refer people we've worked with. The jobs page is the best route in.",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Jo, I'm not going to be able to make the introduction, but I'd be glad to read your cover letter instead.",
    ),
]


#: no-question where the situation asks nothing: a plan of the writer's ("I'd like to come in early to go through it")
#: is no ask; a request of the reader still is, and so is "I'd welcome half an hour of your time". Written after the
#: fix (main: 4 false findings, 3 of 4 found; now none, 4 of 4); the cause owned by "I" ("I underestimated the data
#: work and should have told you") is no blame.
NO_QUESTION_PLANS = [
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Omar,\n\nI'm sorry I missed the handover on Friday; I mixed up the dates and that's on me. I'd like to come in early on Monday to go through it with Rina myself.\n\nLeila",
    ),
    (
        "thank-you",
        "acquaintance",
        {"no-thanks"},
        "Hi Bea, the workshop on Saturday changed how I plan my week. I would like to write up what I learnt for our newsletter and credit you in it.\n\nMo",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Sorry for snapping in the stand-up, Jake. That was unfair of me. I'd love to buy you lunch this week and clear the air.\n\nPat",
    ),
    (
        "congratulate",
        "friend",
        set(),
        "Congratulations on the new role, Efe! I'd like to raise a glass to you when you're back in town.",
    ),
    (
        "thank-you",
        "stranger",
        {"no-question"},
        "Dear Ms Ode, thank you for the advice on my portfolio. Could you send me the name of the printer you mentioned.\n\nBest,\nAl",
    ),
    (
        "",
        "acquaintance",
        {"no-question"},
        "Hi Ken, good to meet you at the meetup. I'd welcome half an hour of your time to hear how you moved into security.\n\nThanks,\nLi",
    ),
    (
        "apology",
        "acquaintance",
        {"no-question"},
        "Dear Sara, I'm sorry the report was late; I underestimated the data work and should have told you sooner. Please let me know whether Thursday still works for the review.\n\nTom",
    ),
]


#: Every set above: (its name, its cases, the rules that must stay silent unless a case expects them). The first
#: sets were checked for the relational rules only; from the fifth on, connection-late and then about-me as well.
SETS = [
    ("problems_are_found_and_their_clean_near_misses_left_alone", MIXED, RELATIONAL),
    ("a_fourth_set_of_problems_and_near_misses", MIXED_4, RELATIONAL),
    ("a_fifth_set_of_problems_and_near_misses", MIXED_5, RELATIONAL | {"connection-late"}),
    ("a_sixth_set_of_problems_and_near_misses", MIXED_6, RELATIONAL | {"connection-late", "about-me"}),
    ("a_seventh_set_of_problems_and_near_misses", MIXED_7, RELATIONAL | {"connection-late", "about-me"}),
    ("an_eighth_set_of_problems_and_near_misses", MIXED_8, RELATIONAL | {"connection-late", "about-me"}),
    ("a_ninth_set_of_indirect_wordings", MIXED_9, RELATIONAL | {"connection-late", "about-me"}),
    ("a_tenth_set_in_other_voices", MIXED_10, RELATIONAL | {"connection-late", "about-me"}),
    ("an_eleventh_set_of_problems_and_near_misses", MIXED_11, RELATIONAL | {"connection-late", "about-me"}),
    ("a_twelfth_set_about_me_and_the_connection", MIXED_12, RELATIONAL | {"connection-late", "about-me"}),
    ("a_thirteenth_set_of_problems_and_near_misses", MIXED_13, RELATIONAL | {"connection-late", "about-me"}),
    ("a_fourteenth_set_of_job_asks", MIXED_14, RELATIONAL | {"connection-late", "about-me"}),
    ("a_fifteenth_set_of_problems_and_near_misses", MIXED_15, RELATIONAL | {"connection-late", "about-me"}),
    ("a_sixteenth_set_on_thanks", MIXED_16, RELATIONAL | {"connection-late", "about-me"}),
    ("a_seventeenth_set_of_indirect_wordings", MIXED_17, RELATIONAL | {"connection-late", "about-me"}),
    ("pressure_put_as_a_sigh_or_a_hint", PRESSURE_HINTED, RELATIONAL | {"connection-late", "about-me"}),
    ("pressure_put_as_a_hint_second_set", PRESSURE_HINTED_2, RELATIONAL | {"connection-late", "about-me"}),
    ("the_connection_as_a_past_exchange", CONNECTION_OTHER_WORDS, RELATIONAL | {"connection-late", "about-me"}),
    ("the_connection_second_set", CONNECTION_OTHER_WORDS_2, RELATIONAL | {"connection-late", "about-me"}),
    ("a_job_asked_as_a_hint", JOB_ASK_HINTED, RELATIONAL | {"connection-late", "about-me"}),
    ("a_job_asked_as_a_hint_second_set", JOB_ASK_HINTED_2, RELATIONAL | {"connection-late", "about-me"}),
    ("a_no_in_other_words", DECLINE_OTHER_WORDS, RELATIONAL | {"connection-late", "about-me"}),
    ("a_no_in_other_words_second_set", DECLINE_OTHER_WORDS_2, RELATIONAL | {"connection-late", "about-me"}),
    ("the_writer_s_plan_is_no_ask", NO_QUESTION_PLANS, RELATIONAL | {"connection-late", "about-me", "no-question"}),
]


@pytest.mark.parametrize(
    ("situation", "relationship", "expected", "text", "silent"),
    [
        pytest.param(*case, silent, id=f"{name}-{number}")
        for name, cases, silent in SETS
        for number, case in enumerate(cases, start=1)
    ],
)
def test_each_set_s_problems_are_found_and_its_near_misses_left_alone(situation, relationship, expected, text, silent):
    """Is every expected finding of a set raised, and no rule of ``silent`` raised where the case does not expect it?"""
    got = rules(text, situation, relationship)
    assert expected <= got
    assert (got & silent) <= expected


# --------------------------------------------------------------------------- round 8: class by class, by structure
# Each class has a first set (written before the fix, which was made against it) and a second set (written after it,
# measured once and never fixed against: the honest figure for the class). The fixes read structure, not phrases: who
# is asked to do what for whom, the writer put forward for an opening of the reader's side, the writer told or carried
# to someone else, the reader's own leadership. Cases: (situation, relationship, expected, text).
#: A case of a second set the linter got wrong when the set was first measured: kept as the honest record, expected to
#: fail until a later round fixes its class (strict: a fix makes the test say so).
SECOND_SET_MISS = pytest.mark.xfail(strict=True, reason="second set, measured once and not fixed against")
#: A first-set case this round's fix did not reach, kept as the record (strict like the above).
NOT_REACHED = pytest.mark.xfail(strict=True, reason="first set, not reached by this round's fix")

# job-ask asked sideways (a wish, a hint, a condition on an opening: "if a trainee spot comes up, keep my name
# handy"), and a good word asked in other words ("let the owners know my application is worth a look"); with the
# reader's own leadership as the one spoken to, awkward-position as well (corpus call 5).
JOB_ASK_SIDEWAYS = [
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Ms Okafor, I enjoyed your panel at the Lagos Fintech Summit. I'm a backend developer with six years in payments. Should your team ever be looking for another engineer, I'd be really glad to hear from you. Thank you, Tunde",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"job-ask"},
        "Hi Marco, great chatting at the climbing wall on Tuesday. I've just finished my surveying apprenticeship. If a trainee spot comes up at your firm, please keep my name handy. Cheers and thanks, Liam",
    ),
    (
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Congratulations on opening the new bakery, Mrs Patel! If you are hiring for the morning shift, I'd be happy to start any day. Thank you, Aisha",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Hello Mr Greene, I found your company on the Bristol makers' directory. I'm a CNC machinist recently moved here from Poland. When you have a free place in the workshop, I hope you will think about me. Thank you, Pawel",
    ),
    (
        "career-change",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Beth, we met at the school gates last week. I've applied for the admin role at your practice. Would you be able to tell your practice manager I'm a safe pair of hands? Thanks so much, Kerry",
    ),
    # "head of X" is read as the hiring side, not the reader's leadership (MIXED_4's CV put in front of a head of
    # research is the job ask alone), so the good word to the head the reader reports to is not reached
    pytest.param(
        "introduction",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Sophie, nice to meet you at the alumni drinks. Since you report to the head of engineering, could you pass my CV to her and say you rate me? Thank you! Dev",
        marks=NOT_REACHED,
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Dr Ahmed, I read your paper on rural telehealth. I am a GP trainee finishing in August. It would be wonderful if my name reached whoever is recruiting for your new clinic. Thank you for your time, Sara",
    ),
    (
        "informational-interview",
        "stranger",
        {"awkward-position", "job-ask"},
        "Hello Mr Duarte, I saw your interview in Wine Spectator. I have applied for the sommelier post at your restaurant group. Could you let the owners know my application is worth a look? Many thanks, Inês",
    ),
    (
        "",
        "acquaintance",
        {"job-ask"},
        "hey Jordan, good to meet u at Sam's party!! heard ur startup is growing. if u guys need an extra pair of hands on the frontend, hit me up, would be so keen. thx",
    ),
    (
        "starting-out",
        "stranger",
        {"job-ask"},
        "Good afternoon Ms Lee, I am a final-year student of logistics at Warsaw University. Is there a possibility for me to make the internship in your company this summer? Thank you in advance, Ola",
    ),
    (
        "",
        "acquaintance",
        {"job-ask"},
        "Hi Fergus, good to bump into you at the Glasgow careers fair. If your team is short of a data analyst next year, would you consider putting me in the frame? Thanks, Mhairi",
    ),
    (
        "introduction",
        "stranger",
        {"awkward-position", "job-ask"},
        "Dear Mr Chen, Anna from the rowing club gave me your name. I'm applying to Halden Capital. Could you bring my application to the attention of the partners? Thank you, Rob",
    ),
    (
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Meera, lovely to meet you at the Diwali market. I hear you work closely with the director at Sunrise Foods. If you could tell her I would be a good fit for the buyer role, I would be very thankful.",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Ms Walsh, I follow your bakery's posts on Instagram. I'm a pastry chef looking for my next kitchen. If a spot opens on your team, I'd love to be considered. Thank you, Elodie",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Graham, thanks again for the tour of the plant at the open day. If the bosses upstairs ask whether anyone good applied for the QA post, it would be brilliant if my name came up. Cheers, Nkechi",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Mr Rossi, your talk at the Turin design week was fantastic. I am a junior UX designer. If you will need somebody in your studio, I am here and ready. Thank you very much, Giulia",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Okafor, I enjoyed your panel at the Lagos Fintech Summit. I'm a backend developer thinking about moving into payments. If your team is growing, could I ask what skills you look for in new engineers? Thank you, Tunde",
    ),
    (
        "",
        "friend",
        set(),
        "Hey Beth! If your practice needs a receptionist, tell them I'm keen, you know my work from the shop. x Kerry",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Sophie, nice to meet you at the alumni drinks. Would you be comfortable introducing me to someone in your data team, so I can hear how they work? Thank you! Dev",
    ),
    (
        "",
        "stranger",
        set(),
        "Dear Mr Greene, I found your workshop on the Bristol makers' directory. When you next run an open day, I hope to come and see the machines. Would you let me know the date? Thank you, Pawel",
    ),
    (
        "make-introduction",
        "teammate",
        set(),
        "Hi Rosa, I'd like to introduce you to Amir, who ran the data pipeline work with me for two years. He's looking for a lead role; would you be open to a chat with him? Thanks, Cal",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Meera, lovely to meet you at the Diwali market. If a buyer role ever opens at Sunrise Foods, I'll apply through the website. Could you tell me what the team looks for? Thank you, Rani",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Mr Rossi, your talk at the Turin design week was fantastic. I am a junior UX designer. If you ever need feedback from a newcomer on your tools, I am happy to help. Would you have 15 minutes to tell me how your studio started? Thank you, Giulia",
    ),
]

JOB_ASK_SIDEWAYS_2 = [
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Mr Byrne, I came across your practice on the RIAI site. I'm an architectural assistant relocating to Cork in spring. In case your office is taking on staff then, I would be delighted to send my portfolio. Kind regards, Aoife",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Kwame, good meeting you at the Accra tech meetup. I've put in an application for the QA lead post at Norvex. Since you know the CTO well, would you mind letting him know I am the right person for it? Thanks a lot, Efua",
    ),
    pytest.param(
        "congratulate",
        "acquaintance",
        {"job-ask"},
        "Huge congrats on the funding round, Priya! When you start growing the sales team, I would love to throw my hat in the ring. Best, Tom",
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "",
        "stranger",
        {"job-ask"},
        "Hello Ms Novak, I admired your firm's bridge in Brno. I am a structural engineer with eight years' experience. Should there be a vacancy in your Prague office, please do not hesitate to contact me. Thank you, Lukas",
        marks=SECOND_SET_MISS,
    ),
    (
        "introduction",
        "acquaintance",
        {"awkward-position", "job-ask"},
        "Hi Jamie, thanks for the chat at the book fair. Your managing director is on the panel for the editorial assistant role. Could you show her my application and say it's worth shortlisting? Thanks, Rosie",
    ),
    (
        "",
        "stranger",
        {"job-ask"},
        "Dear Dr Osei, your lecture on malaria vaccines was inspiring. I'm finishing my MSc in epidemiology. If your lab ever has room for a research assistant, I'd be honoured to be considered. Thank you for your time, Kofi",
    ),
    pytest.param(
        "",
        "acquaintance",
        {"job-ask"},
        "yo Rich, good seeing you at the gig. if ur shop ever needs a weekend guy on the tills give me a shout, thanks man",
        marks=SECOND_SET_MISS,
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Novak, I admired your firm's bridge in Brno. I am a structural engineer hoping to work in Prague one day. Could you tell me how your office usually finds new engineers? Thank you, Lukas",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Kwame, good meeting you at the Accra tech meetup. If your team needs someone to test the new app for free, I'm happy to help. Would you send me the beta link? Thanks, Efua",
    ),
    pytest.param(
        "introduction",
        "teammate",
        set(),
        "Hi Jamie, you saw my edits on the spring list all year. The editorial assistant role is open at your place; could you tell me who runs the hiring so I can apply? Thanks, Rosie",
        marks=SECOND_SET_MISS,
    ),
]


# apology-blame put indirectly: the sentence after the apology explains it by someone or something else ("The
# conference wifi kept dropping.", "Your booking page showed the slot in the wrong time zone.") and nothing owns it.
BLAME_AFTER_APOLOGY = [
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Hi Sunita, I'm sorry the slides reached you so late. The conference wifi kept dropping all afternoon.\n\nBest, Mark",
    ),
    (
        "apology",
        "stranger",
        {"apology-blame"},
        "Dear Ms Ortiz, apologies for missing our call. Your booking page showed the slot in the wrong time zone. Kind regards, Arjun",
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "Sorry about the broken build last night, Jess. The test suite in CI is flaky as usual.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Paul, I apologise for the confusion about the invoice. Accounts sent it to the old address again, as they always do. Regards, Femi",
    ),
    (
        "apology",
        "friend",
        {"apology-blame"},
        "soz for bailing on saturday!! if u had texted me the address earlier I would have made it lol",
    ),
    (
        "apology",
        "stranger",
        {"apology-blame"},
        "Dear Mr Park, I am sorry my report was not ready on Monday. The data from the supplier arrived incomplete, so it was not possible to finish. Best regards, Olena",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Hi Ruth, sorry the parcel never arrived. The courier apparently left it at the wrong house. Thanks, Ben",
    ),
    (
        "",
        "teammate",
        {"apology-blame"},
        "Sorry the numbers were off in the deck. Marketing gave me last quarter's figures.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Hello Dr Baines, my apologies for the late submission. There was a problem with the university portal all week. Regards, Chen",
    ),
    (
        "apology",
        "stranger",
        {"apology-blame"},
        "Dear Ms Flynn, sorry for not showing up to the interview. The bus company changed the timetable without telling anyone. Sincerely, Tariq",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Hi Gemma, apologies that my talk ran over. The chair didn't give me any time signals, so I couldn't know. Best, Raj",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Hi Sunita, I'm sorry the slides reached you so late. The conference wifi kept dropping, but I should have sent them the night before. That's on me.\n\nBest, Mark",
    ),
    (
        "apology",
        "stranger",
        set(),
        "Dear Ms Ortiz, apologies for missing our call. I misread the time zone on your booking page, my mistake entirely. Could we find another slot? Kind regards, Arjun",
    ),
    (
        "apology",
        "teammate",
        set(),
        "Sorry about the broken build last night, Jess. I pushed without running the tests; I've fixed it and added a check.",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Hi Ruth, sorry the parcel never arrived. I'll send another one tomorrow by tracked post. Thanks, Ben",
    ),
    (
        "apology",
        "stranger",
        set(),
        "Dear Mr Park, I am sorry my report was not ready on Monday. I underestimated how long the supplier data would take to clean. It will be with you on Wednesday. Best regards, Olena",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Hello Dr Baines, my apologies for the late submission. The portal was down on Friday, but I left it to the last day, which I shouldn't have. Regards, Chen",
    ),
]

BLAME_AFTER_APOLOGY_2 = [
    pytest.param(
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Hi Maria, so sorry I missed the panel prep. The organisers only sent the link an hour before, and it went to spam. Best, Nils",
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "apology",
        "stranger",
        {"apology-blame"},
        "Dear Mr Abebe, I regret that my documents were incomplete. The embassy website lists different requirements than the form. Respectfully, Hana",
        marks=SECOND_SET_MISS,
    ),
    (
        "apology",
        "teammate",
        {"apology-blame"},
        "my bad on the late PR review, Tom. Jira didn't notify me about the mention.",
    ),
    (
        "apology",
        "acquaintance",
        {"apology-blame"},
        "Dear Claire, apologies that the figures in my summary were off. Whoever built that spreadsheet left the formulas broken. Kind regards, Ian",
    ),
    pytest.param(
        "apology",
        "stranger",
        {"apology-blame"},
        "Hello Ms Rahman, I am sorry for the delay with my reply. Your HR team asked for three different forms, which made things very slow. Regards, Omar",
        marks=SECOND_SET_MISS,
    ),
    (
        "apology",
        "friend",
        {"apology-blame"},
        "Sorry I was late to your birthday! Honestly the Northern line was a disaster, nothing I could do x",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Hi Maria, so sorry I missed the panel prep. The link went to my spam folder, but I should have checked when I didn't see it. Could I catch up with you on Thursday? Best, Nils",
    ),
    (
        "apology",
        "teammate",
        set(),
        "my bad on the late PR review, Tom. I saw the notification and forgot about it. Looking now.",
    ),
    (
        "apology",
        "stranger",
        set(),
        "Hello Ms Rahman, I am sorry for the delay with my reply. I was travelling and let it slip; that's my responsibility. Regards, Omar",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Claire, apologies that the figures in my summary were off. The spreadsheet had a broken formula that I didn't catch; my mistake. Corrected version attached. Kind regards, Ian",
    ),
]

# pressure put indirectly: a favour the writer once did held up beside the ask, others who did the same favour ("so I'm
# hoping you can do the same"), the reader committed to someone else, the reader's standing made the reason for a
# silence; each beside a kind near miss.
PRESSURE_BY_STRUCTURE = [
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Moira, just bumping this up. I've already let my course tutor know you'll be my industry mentor this term, so it would be a bit awkward otherwise. Thanks, Callum",
    ),
    (
        "introduction",
        "acquaintance",
        {"pressure"},
        "Hi Ade, we met at the Lagos startup mixer. Chidi and Bola both made intros for me within the week, so I'm hoping you can do the same. Could you introduce me to someone at Paystack? Thanks, Ify",
    ),
    (
        "",
        "teammate",
        {"pressure"},
        "Hey Sam, I took all three of your Christmas shifts last year, so I'm sure you won't mind reading my cover letter tonight. Cheers",
    ),
    (
        "follow-up",
        "stranger",
        {"no-thanks", "pressure"},
        "Dear Ms Kowalski, this is my third email about the data analyst role. Common courtesy would be a short answer, even a no. Regards, Piotr",
    ),
    (
        "follow-up",
        "acquaintance",
        {"pressure"},
        "Hi Jen, I suppose replies are slow when you're as important as you are now. Could you still look at my portfolio? Thanks, Rob",
    ),
    (
        "share-no-ask",
        "acquaintance",
        {"pressure"},
        "Hi Lena, here's the link to Thursday's meetup. I've put your name down as our second speaker and told the host you'll do 15 minutes on testing, hope that works! Max",
    ),
    (
        "reconnect",
        "friend",
        {"pressure"},
        "Hey Kemi, been ages. I've messaged a few times but I guess important people don't have time for old uni mates. Hope all's good anyway.",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"pressure"},
        "Hi Dr Obi, good to meet you at the conference. Every other speaker I asked has agreed to a short call, so I'm counting on you too. Would Friday suit? Thank you, Zara",
    ),
    # the favour held up is a shared past: the opening names the reader's doings ("your house move"), so
    # connection-late stays silent since round 18 (it reads what the opening is about)
    (
        "",
        "acquaintance",
        {"pressure"},
        "Hi Tom, after I spent two weekends helping with your house move, I think a quick intro to your boss isn't too much to ask. Could you set it up this week?",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Hello Mr Singh, I wrote to you on 3 March and again on 17 March. Where I come from, it is rude to leave a message without answer. Kindly reply. Thanks, Anil",
    ),
    (
        "",
        "acquaintance",
        {"connection-late", "pressure"},
        "Hi Leo, I promised my director you'd send over your deck before the board meeting, so please don't leave me hanging! Thanks, Mia",
    ),
    (
        "follow-up",
        "acquaintance",
        set(),
        "Hi Moira, just bumping this up in case it got buried. My course tutor asked whether I'd found an industry mentor; no pressure at all if this term is too busy for you. Thanks, Callum",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Ade, we met at the Lagos startup mixer. Chidi mentioned you know people at Paystack. Would you be comfortable introducing me to someone there? Totally fine if not. Thanks, Ify",
    ),
    (
        "thank-you",
        "teammate",
        set(),
        "Hey Sam, thanks for taking my shift on Saturday, I owe you one. Happy to cover one of yours whenever you need.",
    ),
    (
        "follow-up",
        "stranger",
        {"no-thanks"},
        "Dear Ms Kowalski, I wrote two weeks ago about the data analyst role and wanted to make sure it reached you. If now isn't a good time, no worries at all. Regards, Piotr",
    ),
    (
        "share-no-ask",
        "acquaintance",
        set(),
        "Hi Lena, here's the link to Thursday's meetup. The host is still looking for a second speaker, in case you fancy it; no need to reply. Max",
    ),
    (
        "",
        "acquaintance",
        set(),
        "Hi Leo, my director asked whether your team might share the deck from your talk. Would that be possible? Completely fine if it's internal. Thanks, Mia",
    ),
]

PRESSURE_BY_STRUCTURE_2 = [
    pytest.param(
        "introduction",
        "acquaintance",
        {"pressure"},
        "Hi Oona, lovely chatting at the Cork book festival. Three of your old colleagues have already put me in touch with people, so I'm sure you'll want to help too. Could you introduce me to your editor? Thanks, Brendan",
        marks=SECOND_SET_MISS,
    ),
    # a miss when the set was measured; found since round 9 (tune-en) by the favour claimed back ("time to return the
    # favour"), a class written and fixed on its own set (round14.toml), not on this sentence
    (
        "",
        "teammate",
        {"pressure"},
        "Raj, I stayed late every night for your launch last month. Time for you to return the favour and review my promotion doc by Monday.",
    ),
    (
        "follow-up",
        "stranger",
        {"pressure"},
        "Dear Mr Lindholm, I have written four times now. In my experience, serious professionals answer their messages. Thank you, Yusuf",
    ),
    (
        "share-no-ask",
        "acquaintance",
        {"pressure"},
        "Hi Nadia, the sign-up for the mentoring scheme is below. I already told the coordinator you would mentor two of our juniors, hope that's fine! Thanks, Priscilla",
    ),
    (
        "reconnect",
        "friend",
        {"pressure"},
        "Hi Gaz, long time. Saw you got the partner job, nice one. Suppose you're too grand to reply to the likes of me these days.",
    ),
    pytest.param(
        "informational-interview",
        "acquaintance",
        {"pressure"},
        "Hi Wen, good to meet you at the data summit. All the other panellists gave me half an hour, so I'm hoping you'll also say yes. Would next Tuesday work? Thanks, Dara",
        marks=SECOND_SET_MISS,
    ),
    (
        "follow-up",
        "stranger",
        set(),
        "Dear Mr Lindholm, I wrote a few weeks ago about the logistics role and wanted to check it reached you. No need to reply if it's not a fit. Thank you, Yusuf",
    ),
    (
        "thank-you",
        "teammate",
        set(),
        "Raj, thanks for staying late for my launch last month. Let me know if I can return the favour with yours.",
    ),
    (
        "congratulate",
        "friend",
        set(),
        "Gaz! Saw you got the partner job, nice one. I imagine you're flat out now, so no need to reply, just wanted to say well done.",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Wen, good to meet you at the data summit. A couple of the other panellists kindly gave me half an hour, and I learnt a lot. Would you be open to a short call too, if you have time? Thanks, Dara",
    ),
]

# connection-late where the reader plainly knows the writer (a memory the two share, the writer placing themself by
# it: "Ricky here, from the Year 9 trip") or the connection is put in other words (their role seen, their work as the
# reason for the writer's own, an apology for something between them), beside openings with no connection or a late
# one. Relationship None: nobody said, the text decides (corpus call 1).
CONNECTION_SHARED = [
    (
        "informational-interview",
        "stranger",
        set(),
        "Hi, saw you're head of data at Monzo. Could I ask how you moved into the role from consulting? Thanks, Dele",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Ms Varga, your team's paper on flood mapping is the reason I switched my thesis topic. Would you have 20 minutes to talk about how you got the data? Thank you, Ana",
    ),
    (
        "",
        None,
        set(),
        "Hey Bean,\n\nRicky here, from the Year 9 trip where the coach broke down. Could I ask you about the London job market sometime?\n\nR",
    ),
    (
        "",
        None,
        set(),
        "Hi Tomasz,\n\nStill think about our Saturday shifts at the Gdansk warehouse and that forklift incident. Your new company looks great. Would you have time for a call about how you moved into logistics planning?\n\nMarta",
    ),
    (
        "",
        None,
        {"apology-blame"},
        "Sorry the cheque bounced, Ms Lowe; my bank changed my account number without telling me. I'll send a transfer today.",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Hello Mr Oduya, I found your profile on the Lagos Product Managers list. Could I ask what made you move from banking to product? Thank you, Ama",
    ),
    (
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Mei, it's Jonas, we sat next to each other at the Hamburg UX breakfast. Could I ask how your team runs research sprints? Thanks, Jonas",
    ),
    (
        "",
        None,
        set(),
        "hey Danny!! remember our nightmare group project in second year lol. anyway, are you still at Arup? would love to hear how it's going. thx",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Dear Mr Lee, I am a second-year nursing student. Would you have time for a short call about district nursing? I saw your talk at the RCN congress. Thank you, Ella",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Hi Sara, could you tell me how you moved from teaching into instructional design? Thanks, Ben",
    ),
    (
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        "Hello Karim, I'm exploring a move into cybersecurity and I'm reaching out to people in the field. Would you have 15 minutes for a call? Thank you, Lea",
    ),
]

CONNECTION_SHARED_2 = [
    (
        "",
        None,
        set(),
        "Oi Stevo! Sam from the Friday five-a-side, the one who always forgets his shin pads. Any chance you could tell me how you got into surveying? Cheers",
    ),
    (
        "informational-interview",
        "stranger",
        set(),
        "Dear Dr Haddad, your lecture series on YouTube is how I learnt epidemiology during lockdown. Could I ask you two questions about the MPH route? Thank you, Noor",
    ),
    pytest.param(
        "",
        None,
        set(),
        "Hi Petra, I still laugh about our week of night audits at the Vienna hotel. Are you still in hospitality? I'd love to hear what you're up to. Thanks! Jana",
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "informational-interview",
        "acquaintance",
        set(),
        "Hi Colm, Aoife from the Dublin climate hackathon here, I was on the team next to yours. Could I ask how you moved into carbon accounting? Thanks, Aoife",
        marks=SECOND_SET_MISS,
    ),
    (
        "",
        None,
        set(),
        "Apologies for the mix-up with the room booking yesterday, Mr Frost. Could we rebook for Thursday at 10? Thank you, Leah",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Hello Ms Ito, I am a logistics graduate from Osaka and I want to work in supply chain analytics in Europe. Could you share how you made that move? I follow your posts on LinkedIn. Thank you, Ken",
    ),
    (
        "informational-interview",
        "stranger",
        {"connection-late"},
        "Hi Mr Adeyemi, I'm hoping to move into renewable energy finance. Would you be open to a short call next week? Thanks, Tobi",
    ),
    (
        "",
        "acquaintance",
        {"connection-late"},
        "Hi Carla, I'm thinking of leaving teaching for UX research. Would you have time to tell me how you did it? Thanks, Rosa",
    ),
]

#: What the connection sets keep silent: thanks are not their class (a bare "Cheers" sign-off is a coin toss, call 3).
CONNECTION_SILENT = {"connection-late", "about-me"} | (RELATIONAL - {"unthanked-ask"})

# no-question where nothing is asked: an introduction both sides said yes to ("Ola, this is Femi… over to you!"), a
# courtesy in passing ("please give my best to everyone"), an offer ("if there is ever anything my team can do for
# yours, just shout"); beside requests put as statements, where it must fire.
NOTHING_ASKED = [
    (
        "make-introduction",
        "acquaintance",
        set(),
        "Hi Ola and Femi,\n\nOla, this is Femi, the data engineer I mentioned from the Lagos meetup. Femi, Ola runs analytics at Kuda. You both said you'd like to meet, so over to you!\n\nTayo",
    ),
    (
        "make-introduction",
        "friend",
        set(),
        "Hi Jess, meet Arun! Arun, Jess is the nurse who moved into health informatics that I told you about. You both agreed to a coffee, so I'll let you take it from here. x Mel",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Dear Mr Shah, thank you for reading my thesis chapter so carefully. If there is ever anything I can do for your students, please just say. Warm regards, Nia",
    ),
    (
        "apology",
        "friend",
        set(),
        "Sorry I missed your leaving do, Dev, the kids were both ill. Please give my best to everyone on the team.",
    ),
    (
        "congratulate",
        "acquaintance",
        set(),
        "Congratulations on the new job, Hannah! Please pass my congratulations to Joe as well, I hear he's joining you. Best, Kit",
    ),
    (
        "thank-you",
        "stranger",
        set(),
        "Dear Ms Park, thank you for the advice on my CV. If our charity can ever help your team in return, do let us know. Kind regards, Sam",
    ),
    (
        "informational-interview",
        "stranger",
        {"no-question"},
        "Dear Ms Park, I enjoyed your article on charity finance. I would really value 20 minutes of your time to hear how you moved into the sector. Thank you, Sam",
    ),
    (
        "introduction",
        "acquaintance",
        {"no-question"},
        "Hi Femi, good to meet you at the meetup. Please introduce me to someone on the Kuda analytics team when you have a moment. Thanks, Tayo",
    ),
    (
        "",
        "acquaintance",
        {"no-question"},
        "Hi Ruth, great chatting at the school fair. I'd love to hear more about your move into nursing over a coffee sometime. Thanks, Abi",
    ),
]

NOTHING_ASKED_2 = [
    (
        "make-introduction",
        "teammate",
        set(),
        "Hi both! Priya, meet Tom, who ran our Leeds warehouse move. Tom, Priya is scoping a similar project in Bristol. I'll leave you two to it.\n\nSaz",
    ),
    (
        "apology",
        "acquaintance",
        set(),
        "Dear Mrs Green, I'm sorry I couldn't make the parents' evening; I mixed up the dates. Please send my thanks to Mr Cole for the report. Regards, Ada",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Hi Rafa, thanks so much for the tour of the lab. If there's ever anything my team can do for your students, just shout. Best, Ines",
    ),
    ("share-no-ask", "friend", set(), "Saw this bakery job and thought of your sister! Say hi to her from me. x"),
    (
        "informational-interview",
        "stranger",
        {"no-question"},
        "Dear Mr Cole, I read your piece on school leadership. I'd be grateful for a short call to hear how you moved from teaching into inspection. Thank you, Ada",
    ),
    (
        "introduction",
        "acquaintance",
        {"no-question"},
        "Hi Saz, good seeing you at the conference. Please put me in touch with Tom from your Leeds project when you get a chance. Thanks, Jo",
    ),
    (
        "",
        "stranger",
        {"no-question"},
        "Hello Ms Diaz, I found your studio on the Madrid makers' map. I would like to know how you price commissions. Thank you, Leo",
    ),
]

# awkward-position as a blind vouch: the reader asked (or cast in a hint) to tell someone what the writer, or the person
# introduced, is worth ("tell her I'm a careful and reliable analyst", "let the panel know he's brilliant") when they
# cannot judge it: the map says they barely know the writer, or the text says they have not seen the work.
VOUCH_BLIND = [
    (
        "career-change",
        "acquaintance",
        {"awkward-position"},
        "Hi Gwen, we met at the Cardiff data fair. If the recruiter at Ofcom asks about me, could you tell her I'm a careful and reliable analyst? Thanks so much, Huw",
    ),
    (
        "make-introduction",
        "teammate",
        {"awkward-position"},
        "Hey Lou, my cousin Amir is applying to your graduate scheme. You've never met him, but could you let the panel know he's brilliant? Thanks! Jas",
    ),
    (
        "",
        "stranger",
        {"awkward-position", "no-question"},
        "Dear Mr Kaur, we have not worked together, but if you could assure the committee that my research is strong, it would mean a great deal. Thank you, Priya",
    ),
    (
        "introduction",
        "acquaintance",
        {"awkward-position"},
        "Hi Noel, lovely to meet you at the choir. Would you mind telling your team lead that I am hard-working and quick to learn? Thanks, Ines",
    ),
    (
        "",
        "acquaintance",
        {"awkward-position", "no-question"},
        "hi Bea, great to meet u at the hackathon!! pls tell the CTO I'm an amazing frontend dev lol, thanks",
    ),
    (
        "make-introduction",
        "friend",
        {"awkward-position"},
        "Hi Kat, could you tell your manager my friend Ola is exceptional with clients? You haven't worked with her, but trust me. x",
    ),
    (
        "introduction",
        "teammate",
        set(),
        "Hi Noel, you saw my work on the migration all last year. Would you be comfortable telling your team lead how it went, if it comes up? Thanks, Ines",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hi Gwen, we met at the Cardiff data fair. Could you introduce me to someone on the analytics team at Ofcom, so I can ask how they work? Thanks so much, Huw",
    ),
    (
        "make-introduction",
        "friend",
        set(),
        "Hi Kat, my friend Ola is looking for a client-facing role. Would you be open to meeting her for a coffee first, to see if you'd want to introduce her to anyone? x",
    ),
    (
        "thank-you",
        "teammate",
        set(),
        "Thanks for telling your manager that I did a good job on the audit, Raj. It meant a lot.",
    ),
]

VOUCH_BLIND_2 = [
    pytest.param(
        "",
        "acquaintance",
        {"awkward-position"},
        "Hi Marta, thanks for the chat at the Porto meetup. When the hiring team asks around, would you say I'm a solid Java developer? Obrigado, Rui",
        marks=SECOND_SET_MISS,
    ),
    (
        "make-introduction",
        "friend",
        {"awkward-position"},
        "Babe, my flatmate Jo is going for the admin job at your office. Can you tell your boss she's super organised? You've not met her yet but she is, promise!",
    ),
    pytest.param(
        "introduction",
        "stranger",
        {"awkward-position"},
        "Dear Dr Lund, I know we have only exchanged one email, but could you confirm to the admissions board that I am a capable researcher? Thank you, Mei",
        marks=SECOND_SET_MISS,
    ),
    # no-question added in round 9 (tune-en): "Kindly inform your director…" is a request put as a statement, which
    # docs/labelling.md call 7 labels no-question; the set left it out when written
    (
        "",
        "acquaintance",
        {"awkward-position", "job-ask", "no-question"},
        "Hello Arjun, nice meeting you at the Pune cricket club. Kindly inform your director that I am the best candidate for the QA post. Thanks and regards, Vikram",
    ),
    (
        "",
        "teammate",
        set(),
        "Hi Marta, you reviewed my Java code for two years. When the hiring team asks around, would you be comfortable saying what you saw? Obrigado, Rui",
    ),
    (
        "introduction",
        "acquaintance",
        set(),
        "Hello Arjun, nice meeting you at the Pune cricket club. Could you tell me who runs QA hiring at your firm, so I can write to them directly? Thanks and regards, Vikram",
    ),
    (
        "thank-you",
        "acquaintance",
        set(),
        "Dear Dr Lund, thank you for telling the board that my proposal was clear; I was so glad to hear it. Best, Mei",
    ),
]

#: The round-8 sets: (name, cases, the rules that must stay silent unless a case expects them).
SETS_8 = [
    ("a_job_asked_sideways", JOB_ASK_SIDEWAYS, RELATIONAL | {"connection-late", "about-me"}),
    ("a_job_asked_sideways_second_set", JOB_ASK_SIDEWAYS_2, RELATIONAL | {"connection-late", "about-me"}),
    ("blame_after_the_apology", BLAME_AFTER_APOLOGY, RELATIONAL | {"connection-late", "about-me"}),
    ("blame_after_the_apology_second_set", BLAME_AFTER_APOLOGY_2, RELATIONAL | {"connection-late", "about-me"}),
    ("pressure_by_structure", PRESSURE_BY_STRUCTURE, RELATIONAL | {"connection-late", "about-me"}),
    ("pressure_by_structure_second_set", PRESSURE_BY_STRUCTURE_2, RELATIONAL | {"connection-late", "about-me"}),
    ("the_connection_as_a_shared_memory", CONNECTION_SHARED, CONNECTION_SILENT),
    ("the_connection_as_a_shared_memory_second_set", CONNECTION_SHARED_2, CONNECTION_SILENT),
    ("nothing_asked", NOTHING_ASKED, RELATIONAL | {"connection-late", "about-me", "no-question"}),
    ("nothing_asked_second_set", NOTHING_ASKED_2, RELATIONAL | {"connection-late", "about-me", "no-question"}),
    ("a_blind_vouch", VOUCH_BLIND, RELATIONAL | {"connection-late", "about-me", "no-question"}),
    ("a_blind_vouch_second_set", VOUCH_BLIND_2, RELATIONAL | {"connection-late", "about-me", "no-question"}),
]


def _params(sets):
    """Each case of ``sets`` as a test parameter, with its mark when it has one (a second-set miss)."""
    for name, cases, silent in sets:
        for number, case in enumerate(cases, start=1):
            values, marks = (case.values, case.marks) if hasattr(case, "marks") else (case, ())
            yield pytest.param(*values, silent, id=f"{name}-{number}", marks=marks)


@pytest.mark.parametrize(("situation", "relationship", "expected", "text", "silent"), list(_params(SETS_8)))
def test_each_round_8_set_s_problems_are_found_and_its_near_misses_left_alone(
    situation, relationship, expected, text, silent
):
    """Is every expected finding raised, and no rule of ``silent`` raised where the case does not expect it?"""
    got = rules(text, situation, relationship)
    assert expected <= got
    assert (got & silent) <= expected
