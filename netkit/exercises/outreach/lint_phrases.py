"""The phrases the outreach linter looks for, one compiled pattern per idea, compiled once at import.

Kept apart from :mod:`netkit.exercises.outreach.lint` (which holds the rules and how they read a phrase in its
sentence) so the rules stay readable. Each pattern stands for a *meaning* — a request for a job,
an offer to the reader, a deadline on the reader's favour, owning a cause after naming it — and
is measured against the labelled corpus in ``tests/fixtures/messages/`` (see
:mod:`netkit.exercises.outreach.lint_corpus`).
"""

from __future__ import annotations

import re

from netkit.exercises.outreach.lint_prefilter import QuickPattern, phrase_pattern, quick

__all__ = ["LANGUAGE"]

#: The language this phrase data reads (the German and Spanish data live in ``lint_phrases_de``/``_es``).
LANGUAGE = "en"


def _rx(*alternatives: str) -> QuickPattern:
    """One idea's phrases as a whole-word, case-insensitive alternation, with its literal pre-check."""
    return phrase_pattern(*alternatives)


# Words just before an ask that turn it into its opposite ("I'm not asking for a job"); a "but" ends their reach
# ("we never met but please do you have any openings").
NEGATION_BEFORE = quick(
    re.compile(r"(?:\b(?:not|never|no|nor|without)\b|n't\b)(?:(?!\bbut\b)[^.!?\n,;:]){0,40}$", re.IGNORECASE)
)

# A worker as the writer describes themself when asking for a place ("a former teacher", "a head chef", "a graduate
# engineer"): a role noun, not someone who learns, visits or gives.
_worker = (
    r"(?!(?:beginner|learner|member|newcomer|customer|visitor|speaker|partner|sponsor|donor|volunteer|student|reader|"
    r"follower|subscriber|user|buyer|player|runner)s?\b)"
    r"(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:\w+(?:er|or|ista?|ant|ent|ian|ef|eon)s?|devs?|pros?|hands?|nurses?|interns?|trainees?|apprentices?|"
    r"graduates?|grads?|juniors?|assistants?|chefs?|cooks?|staff|freelancers?|consultants?|temps?|someone|somebody)"
)
# The writer saying they want it, after a need of the reader's side ("…, you know where I am", "…, I'd jump at the
# chance", "…, count me in").
_writer_keen = (
    r"(?:you\s+know\s+where\s+(?:i\s+am|to\s+find\s+me)|i'?d\s+(?:jump|love|leap)|(?:i'?m|i\s+am)\s+(?:available|free|"
    r"keen|interested|up\s+for\s+it|ready)|count\s+me\s+in|give\s+me\s+a\s+(?:shout|call|ring)|think\s+of\s+me|keep\s+me\s+in\s+mind|"
    r"(?:i'?ll|i\s+will)\s+be\s+(?:first\s+in\s+line|there|ready))"
)
# A need of the reader's side, in a condition, that the writer says they want to fill: a worker they may need ("if you
# need a head chef for it, you know where I am", "if you ever need an extra barista, I'm your woman"), or someone for
# a task the writer is keen on ("if you end up needing someone to help set it up, I'd jump at the chance"; "…someone to
# hand out flyers, I'm your person" is a friend's favour).
_reader_needs = (
    r"(?:if|when|whenever|should|once)\s+(?:you|your\s+[\w-]+|they)\s+(?:\w+\s+){0,2}?(?:need|needs|needing|want|use|hire|"
    r"are\s+looking\s+for|is\s+looking\s+for|look\s+for)\s+"
)
_need_the_writer_fills = (
    rf"(?:{_reader_needs}(?:a|an|another|some|extra)\s+{_worker}\b[^.!?\n]{{0,60}}?\b(?:{_writer_keen}|(?:i'?m|i\s+am)\s+your\s+\w+)"
    rf"|{_reader_needs}(?:someone|somebody|anyone)\b[^.!?\n]{{0,60}}?\b{_writer_keen})"
)

# An opening or a need on the reader's side, put as a condition: "if a trainee spot comes up at your firm", "should your
# team ever be looking for another engineer", "when you have a free place in the workshop", "if you're hiring for the
# morning shift", "if your team is short of a data analyst", "if u guys need an extra pair of hands".
_opening_condition = (
    r"(?:if|when|whenever|should|once|in\s+case|as\s+soon\s+as)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:(?:hiring|recruiting|taking\s+on|short\s+of|short-staffed|understaffed)"
    r"|(?:need|needs|needed|needing|looking\s+for|want|wants|use)\s+(?:a|an|another|one\s+more|an\s+extra|extra|some|more)\s+"
    rf"(?:{_worker}|(?:[\w-]+\s+)?(?:pair\s+of\s+)?hands)"
    r"|(?:need|needs|needing)\s+(?:someone|somebody|anyone)"
    r"|(?:spot|place|role|post|job|position|opening|vacancy|seat|slot|opportunity)s?\s+(?:[\w-]+\s+){0,5}?(?:opens|open|opened|comes?\s+up|"
    r"came\s+up|frees?\s+up|becomes?\s+(?:free|available)|appears?|is\s+free|are\s+free|is\s+available)"
    r"|(?:free|open|vacant|spare)\s+(?:place|spot|role|position|post|seat|slot|desk|chair))"
)
# The writer put forward for it, after that condition: "…, I'd be really glad to hear from you", "…, please keep my
# name handy", "…, I hope you will think about me", "…, hit me up", "…, I am here and ready", "…, would you consider
# putting me in the frame?".
_writer_put_forward = (
    r"(?:(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m|i\s+am|would)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:glad|happy|delighted|keen|love|ready|"
    r"available|here|interested|all\s+ears|first|jump|thrilled|honou?red|grateful)(?!\s+to\s+(?:help|assist|lend|pitch\s+in|volunteer))"
    r"|(?:keep|have|put|bear|add)\s+(?:me|my\s+name)|(?:think|thinking)\s+(?:of|about)\s+me|remember\s+(?:me|my\s+name)|"
    r"consider(?:ing)?\s+me|(?:putting|put)\s+me|(?:hit|ping|call|give|drop|shout|message|text|email)\s+me|let\s+me\s+know|"
    r"be\s+considered|hear\s+from\s+you|count\s+me\s+in|where\s+(?:i\s+am|to\s+find\s+me)"
    # the writer's yes said in advance ("I wouldn't say no", "I sure wouldn't complain"), or hoped ("I hope it is me")
    r"|(?:wouldn'?t|would\s+not)\s+(?:\w+\s+)?(?:say\s+no|complain|mind|object|turn\s+(?:it|that|one)\s+down)"
    r"|hope\s+(?:[\w'-]+\s+){0,4}?(?:is|goes\s+to|will\s+be|'s|lands\s+with)\s+me\b)"
)
#: The writer offering themself for an opening of the reader's side (a hint that asks for the job): an opening put as
#: a condition, then the writer put forward for it, in one sentence. Read as a job ask whatever form the sentence
#: takes (a wish, an imperative, a question).
CANDIDATE_FOR_OPENING = _rx(rf"{_opening_condition}\b[^.!?\n]{{0,80}}?\b{_writer_put_forward}")
# The reader's word with someone, wished for rather than asked ("A word from you to the director would go a long way",
# "a little nudge from you would do wonders"): the reader's influence put to work for the writer. Not a word of advice
# ("a word of advice from you would go a long way") nor a view asked for ("any word from you on which course matters").
_reader_word = (
    r"(?:a|one|the|your)\s+(?:good\s+|little\s+|quick\s+|kind\s+|gentle\s+|small\s+|quiet\s+)?(?:word|nudge|mention|push|"
    r"recommendation|shout|shout-out|plug|endorsement|referral)\s+from\s+you\b(?:\s+to\s+[^.!?\n]{0,50}?)?\s+"
    r"(?:would|will|could|might|can|'d|'ll|is|goes|carries|counts)\b",
)
# The writer's name or papers reaching a third person of the reader's side (a good word asked sideways): "it would
# mean a lot if my name came up", "if my name reached whoever is recruiting".
NAME_REACHES = _rx(
    r"(?:my|me)\s+(?:name|cv|resume|résumé|application|portfolio|profile|details)\s+(?:\w+\s+){0,2}?(?:(?:came|comes|come|"
    r"coming|cropped|crops)\s+up|slip(?:ped|s)?\s+in(?:to)?|reach(?:ed|es)?|(?:got|gets|went|goes|landed|lands|made\s+it|ended\s+up|ends\s+up)\s+"
    r"(?:to|in\s+front|onto|on\s+to|across|on))",
    # …or the reader's word carrying it ("a word from you to the director would go a long way")
    *_reader_word,
)

# Phrases that ask the reader to act on the writer's behalf for a job, whatever the sentence.
JOB_REQUEST = _rx(
    r"refer(?:ral|ring|red)?s?\s+(?:me|for\s+me)",
    r"(?:a|your)\s+referral",
    r"refer\s+me",
    r"(?:get|give|find|offer|land)\s+me\s+(?:a|an|the)\s+(?:\w+\s+)?(?:job|position|role|interview|contract|placement|"
    r"internship|apprenticeship|traineeship|gig)",
    r"hire\s+me",
    r"get\s+me\s+in\b",
    r"(?:a|my)\s+foot\s+in\s+the\s+door",
    r"(?:pass|forward|send|hand)(?:s|ed|ing)?\s+(?:on\s+|along\s+)?my\s+(?:[\w-]+\s+)?(?:cv|resume|résumé|portfolio|application)",
    r"(?:keep|bear|have)\s+me\s+in\s+mind\s+for\s+(?:a|an|the|any|your)",
    r"(?:consider|think\s+of)\s+me\s+for\s+(?:a|an|the|any|your|one)",
    r"(?:employ|recruit|hire|take\s+in)\s+me\b",
    r"(?:sneak|get|bring|slip|squeeze)\s+me\s+(?:in\s?to|onto)\s+(?:your|the|their)\s+(?:\w+\s+)?(?:team|company|firm|department|"
    r"office|org\w*|project|studio|lab)",
    r"apply\s+(?:through|via)\s+you\b",
    r"any\s+(?:\w+\s+)?work\s+at\s+all",
    r"(?:has|have|got)\s+any\s+(?:\w+\s+)?work\b[^.!?\n]{0,20}?,?\s+(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:gladly\s+)?(?:take|do|love)",
    r"(?:possibility|chance|opportunity|way)\s+for\s+me\s+to\s+(?:[\w-]+\s+){0,3}?(?:internship|job|position|role|placement|"
    r"apprenticeship|traineeship|shifts?|trial|join\s+your)",
    r"(?:possibility|chance|way|hope)\s+of\s+(?:an?\s+|getting\s+an?\s+)?(?:\w+\s+)?(?:interview|job|position|role|placement|"
    r"internship|trial|opening|contract|start|shift|spot|place)",
    # a need of the reader's side the writer offers to fill ("if you need a head chef for it, you know where I am")
    _need_the_writer_fills,
    # the writer brought in ("could you bring me in as your menu consultant", "have me on as a trainee")
    r"(?:bring|take|have|get)\s+me\s+(?:in|on|on\s+board|aboard)\s+as\b",
    r"(?:be|put\s+me|keep\s+me)\s+in\s+the\s+running\s+for",
    r"(?:could|can|may|might)\s+i\s+be\s+(?:the\s+(?:one|person)\s+(?:to|who)|(?:the|your)\s+(?:new\s+|next\s+)?[\w-]+\s+(?:for|on|at))\b",
    r"(?:post|role|job|position|place|spot|vacancy|opening|shift|slot)s?\s+(?:that\s+)?i\s+(?:could|can|might)\s+(?:fill|take|"
    r"apply\s+for|step\s+into|take\s+on|cover|do)\b",
    r"(?:any|some)\s+(?:\w+\s+)?(?:sessions|shifts|cover|hours|work|gigs|projects|jobs|clients)\s+(?:that\s+)?you\s+(?:could|can|"
    r"might)\s+(?:give|send|offer|pass|throw|put)\s+(?:me|my\s+way)",
    r"(?:push|hurry|speed|move|nudge)\s+(?:it|my\s+(?:\w+\s+)?application)\s+(?:along|through|forward)",
    r"(?:have|got|be)\s+anything\s+(?:going\s+)?(?:for\s+me|suitable|going)\b(?!\s+to\b)",
    r"(?:my|at\s+my)\s+(?:usual\s+|standard\s+|normal\s+)?(?:day\s+rate|hourly\s+rate|rates|fees?)\b",
    r"(?:can|could|may)\s+i\s+pitch\s+(?:you|to\s+you)",
    r"(?:hire|take\s+on|employ|recruit|consider|have)\s+(?:(?:someone|somebody|people)\s+|(?:a|an|candidates?)\s+(?:[\w-]+\s+){0,2}?)"
    r"like\s+me\b",
    r"(?:if|when|whenever)\s+(?:you|your\s+\w+|they)(?:'re|\s+are)?\s+(?:ever\s+)?(?:looking\s+for|hiring|recruiting)\s+(?:a|an|another|your\s+"
    r"(?:first|next))\s+\w+[^.!?\n]{0,30}?(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+(?:\w+\s+)?(?:available|free|keen|interested|"
    r"up\s+for\s+it)",
    r"give\s+me\s+a\s+(?:chance|shot|break|start|trial|go)\s+(?:on|in|at|with)\s+your",
    r"(?:assist\w*|help)\s+(?:me\s+)?(?:in|with|to)?\s*(?:secur\w+|get\w*|find\w*|obtain\w*|land\w*)\s+(?:an?\s+|some\s+)?"
    r"(?:employment|job|position|role|work|placement|internship)",
    r"(?:keep|have|hold)\s+my\s+(?:cv|resume|résumé|details|profile|application)\s+on\s+file",
    r"(?:if|when)\s+anything\s+(?:suitable|relevant|fitting|appropriate)\s+(?:appears|comes\s+up|opens\s+up|turns\s+up)",
    r"open\s+(?:a|the|some)\s+doors?\s+for\s+me",
    r"(?:be\s+)?first\s+in\s+(?:line|the\s+queue)",
    r"(?:when|can|could|may|shall)\s+(?:can\s+)?i\s+send\s+(?:you\s+)?(?:a|my|the|our)\s+(?:\w+\s+)?(?:proposal|quote|estimate|pitch|"
    r"rates|contract|bid)",
    r"(?:i'?d\s+(?:like|love)\s+to|i\s+would\s+(?:like|love)\s+to|let\s+me)\s+(?:build|design|make|write|create|develop|run|do)\s+"
    r"(?:[\w'’-]+\s+){0,4}?for\s+you\b",
    r"request(?:ing)?\s+(?:you\s+)?(?:for\s+)?(?:a|an|any)\s+(?:\w+\s+)?(?:job|position|role|vacancy|opening)",
    r"consider\s+my\s+(?:\w+\s+)?(?:profile|cv|resume|résumé|application|candidacy)\s+for\s+(?:a|an|the|any|your|one)",
    r"(?:any|an|some)\s+(?:\w+\s+)?opportunit(?:y|ies)\s+(?:in|at|with|on|within)\s+your",
    r"(?:keep\s+an\s+eye\s+out|look\s+out|watch\s+out)\s+for\s+(?:any\s+)?(?:\w+\s+)?(?:roles|jobs|openings|vacancies|positions|"
    r"work|gigs)",
    # a freelancer offering to do the reader's next piece of work ("Can I shoot your next product range?")
    r"(?:can|could|may)\s+i\s+(?:\w+\s+)?(?:shoot|design|write|build|photograph|edit|translate|illustrate|score|mix|cater|"
    r"develop|redesign|take\s+on|do|handle|run)\s+(?:your|the)\s+(?:next|new|upcoming|coming)",
    r"(?:think|thought|thinking)\s+of\s+me\s+(?:if|when|whenever|should)",
    r"(?:if|when|whenever)\s+(?:anything|something)\s+(?:\w+\s+){0,4}?(?:comes|opens)\s+up\b[^.!?\n]{0,60}?(?:me|my\s+name)\b",
    r"take\s+me\s+on\b",
    r"(?:when|if|once)\s+you\s+(?:hire|take\s+on|recruit|need|look\s+for)\s+(?:your\s+)?(?:first|next|new|an?|another)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+[^.!?\n]{0,30}?(?:i\s+hope\s+(?:it'?s|it\s+is|it\s+will\s+be|it'?ll\s+be)\s+me|(?:pick|choose|consider)\s+me)",
    r"help\s+me\s+(?:to\s+)?(?:get|find|land|secure)\s+(?:(?:a|an|the|some|this|that)\s+)?(?:\w+\s+)?(?:job|position|role|"
    r"interview|placement|internship|contract|work|employer|sponsor\w*|hospital|company|firm)",
    r"(?:a|any|some)\s+(?:\w+\s+)?(?:place|position|role|job|opening|spot|vacancy|room)\s+for\s+me\b",
    r"(?:trial|paid|extra|weekend|night)\s+shifts?",
    r"(?:get|put|pass|send|forward|take)\s+(?:my\s+(?:[\w-]+\s+)?(?:cv|resume|résumé|application|portfolio)|me)\s+(?:in\s+front\s+of|"
    r"over\s+to|across\s+to|through\s+to|onto\s+\w+)",
    r"(?:building|growing|hiring\s+for|expanding|putting\s+together)\s+(?:a|your|the)\s+(?:\w+\s+)?team\b[^.!?\n]{0,40}?"
    r"(?:part\s+of\s+it|join|on\s+it|on\s+board|in\s+mind|count\s+me\s+in)",
    r"(?:send|give)\s+me\s+(?:a|the|your)\s+(?:\w+\s+)?brief",
    r"(?:i'?d\s+love\s+to|i\s+would\s+love\s+to|i'?d\s+like\s+to|i\s+would\s+like\s+to|let\s+me)\s+(?:\w+\s+)?(?:shoot|design|"
    r"write|build|photograph|edit|translate|illustrate|score|mix|cater|develop|redesign|take\s+on|handle|run)\s+(?:your|the)\s+"
    r"(?:next|new|upcoming|coming)",
    r"(?:work|job)\s+trials?",
    r"(?:to\s+be|being)\s+considered\b",
    r"(?:if|when|whenever)\s+(?:you|your\s+\w+|they)\s+(?:ever\s+)?(?:needs?|are\s+looking\s+for|want)\s+(?:a|an|another|some|extra)\s+"
    r"\w+[^.!?\n]{0,30}?(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+(?:\w+\s+)?(?:available|free|keen|interested|up\s+for\s+it)",
    r"(?:send|pass|throw|put)\s+(?:\w+\s+){0,2}(?:work|projects?|clients?|gigs?|contracts?|commissions?)\s+my\s+way",
    r"(?:give|send|pass)\s+me\s+(?:some\s+|any\s+)?(?:work|projects?|gigs?|contracts?|commissions?)",
    r"(?:work|projects?|clients?|gigs?|contracts?|commissions?)\s+(?:\w+\s+){0,3}?my\s+way",
    # work a freelancer asks for, in a request ("any paid gigs I could do for you?", "some freelance work")
    r"(?:any|some)\s+(?:paid\s+|freelance\s+|contract\s+|extra\s+)?(?:gigs?|commissions?|contracts?|shifts|"
    r"(?:paid|freelance|contract)\s+(?:work|projects?)|work\s+for\s+me)",
    r"(?:gigs?|work|projects?|commissions?)\s+(?:that\s+)?i\s+could\s+(?:do|take\s+on|help\s+with)",
)
# Asks that put the writer in front of someone (a good word, a recommendation, passing the name on): a job ask
# only when the message is about work (JOB_CONTEXT); about a pitch or a club they are something else.
ENDORSE = _rx(
    r"(?:put|say|putting|saying)\s+in\s+a\s+(?:good\s+|kind\s+)?word",
    r"put(?:ting)?\s+(?:me|my\s+name)\s+forward",
    r"recommend(?:ing)?\s+me",
    r"vouch(?:ing)?\s+for\s+me",
    r"(?:pass|forward|send|hand|get|put|take)(?:s|ed|ing)?\s+(?:on\s+|along\s+)?my\s+(?:name|details|profile)\s+"
    r"(?:\w+\s+){0,2}?(?:to|on|along|forward|in\s+front\s+of|through)",
    r"mention(?:ing)?\s+(?:me|my\s+name)\s+to",
    # telling someone the writer fits ("tell your director that I'm the right person for the post")
    r"(?:tell|assure|convince|persuade|let)\s+(?:\w+\s+){1,4}?(?:know\s+)?(?:that\s+)?(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be|"
    r"my\s+(?:\w+\s+)?(?:work|skills|experience|cv|recipes|designs|portfolio)\s+(?:is|are|would))\s+(?:\w+\s+){0,3}?"
    r"(?:right|good|great|perfect|ideal|strong|best|fit|exactly|just\s+what|what)\b[^.!?\n]{0,40}?\bfor\s+(?:the|a|an|this|that|"
    r"your|their)\s+(?:[\w-]+\s+){0,3}?(?:post|role|job|position|opening|vacancy|contract|internship|placement)",
)
# Words that show a message is about a job, work or hiring (then an endorsement asked for is a job ask).
JOB_CONTEXT = _rx(
    r"jobs?",
    r"gigs?",
    r"roles?",
    r"positions?",
    r"openings?",
    r"vacanc(?:y|ies)",
    r"hir(?:e|es|ed|ing)",
    r"recruit\w*",
    r"cv",
    r"resum[eé]",
    r"applica(?:tion|tions|nt)",
    r"apply(?:ing)?",
    r"applied",
    r"interviews?",
    r"internships?",
    r"contracts?",
    r"freelance\w*",
    r"clients?",
    r"work",
    r"career",
    r"sponsor(?:ship|s|ed)?",
    r"post-?docs?",
    r"phd",
    r"fellowships?",
    r"placements?",
    r"traineeships?",
    r"apprenticeships?",
    r"graduate\s+(?:scheme|programme|program)",
)
# Words about openings and hiring: an ask only in a sentence that requests them for the writer.
JOB_TOPIC = _rx(
    # whether the reader's side has work for the writer, asked straight out ("Do you have any design internships this
    # fall?", "Have you got any label work coming up that I could pitch for?"); not advice, tips or events
    r"(?:do|does|have|has|is|are)\s+(?:you|your\s+[\w-]+|there|they)\s+(?:got\s+|have\s+|ever\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:any|some)\s+(?:[\w-]+\s+){0,2}?(?:internships?|shifts?|placements?|gigs?|contracts?|commissions?|freelance\s+work|"
    r"work)\b(?!\s+(?:tips|advice|experience|culture|life|balance|habits|ideas|examples|samples|of\s+yours))"
    r"(?=[^.!?\n]{0,60}\?)",
    r"(?:any|open|upcoming)\s+(?:job\s+)?(?:openings?|vacanc(?:y|ies)|positions?|roles?)",
    r"(?:job|role|position)\s+(?:openings?|opportunit(?:y|ies)|vacanc(?:y|ies))",
    r"(?:are|is)\s+(?:you|your\s+\w+|they)\s+hiring",
    r"(?:you|your\s+\w+|they|you\s+guys)(?:'re|\s+are|\s+is|'s)\s+(?:still\s+)?hiring",
    r"(?:looking|asking|searching)\s+for\s+(?:(?:a|an)\s+)?(?:new\s+)?(?:job|position|role)\b",
    r"(?:need|want|seeking)\s+(?:a|an|this|that|the)\s+(?:new\s+)?(?:job|position|role)",
    r"(?:a|any)\s+job\s+(?:at|with|in)\s+(?:your|the)",
    r"(?:any|open)\s+(?:\w+\s+)?(?:jobs|roles|positions|openings|vacancies)",
    r"(?:jobs?|roles?|positions?|posts?|vacanc(?:y|ies)|openings?)\s+(?:opens?|comes?)\s+up",
    r"(?:will\s+be|'ll\s+be|are|is|be)\s+(?:recruiting|hiring|taking\s+on)\b",
    r"(?:any|open)\s+(?:[\w-]+\s+){2,3}?(?:jobs|roles|positions|openings|vacancies|posts)",
    r"(?:trainee|graduate|training|apprentice\w*|internship|placement|intern)\s+(?:places|spots|positions|slots)",
    r"(?:open\s+to|considering|taking)\s+(?:any\s+)?(?:\w+\s+)?(?:hires|applications|applicants|candidates|new\s+starters)",
    r"(?:taking\s+on|hiring|recruiting)\s+(?:any\s+)?(?:new\s+)?(?:post-?docs?|interns?|juniors?|students|staff|people|anyone|trainees|"
    r"apprentices|graduates|freelancers|contractors)",
    r"(?:room|space|a\s+place|a\s+spot|an\s+opening|openings?|a\s+role|a\s+job)\s+for\s+(?:someone|somebody|people|a\s+person)\s+like\s+me",
    r"(?:outsource|commission|subcontract|farm\s+out|contract\s+out|hand\s+out)\s+(?:any|some)\s+(?:\w+\s+)?(?:work|projects?|jobs)",
    r"(?:be|get|put\s+me)\s+on\s+your\s+(?:\w+\s+)?(?:list|books|roster|panel|bench|database)",
    r"(?:take|accept|host|have|need)\s+(?:any\s+)?(?:\w+\s+)?(?:students|interns|trainees|apprentices)\s+(?:for|on)\s+(?:\w+\s+)?"
    r"(?:placements?|internships?|work\s+experience|shadowing|traineeships?)",
    r"(?:take|hire|have\s+room\s+for|need|want|accept)\s+(?:on\s+)?(?:an?|any|another)\s+(?:\w+\s+)?(?:interns?|apprentices?|"
    r"trainees?|juniors?)\b",
    # the writer joining or working at the reader's place: a job asked for, whoever "acts" in the sentence
    # joining the reader's team ("I'd love to be on your staff next season", "I'd like to join your team")
    r"(?:join|be\s+on|be\s+part\s+of|be\s+in|get\s+into|work\s+for|work\s+in)\s+your\s+(?:[\w-]+\s+){0,2}?(?:team|staff|company|"
    r"firm|studio|agency|department|lab|crew|squad|practice|office|club|organi[sz]ation|group)",
    # working at the reader's place ("I would love to teach at your studio")
    r"(?:teach|work|cook|play|perform|coach|train|nurse|serve|bartend|intern|start)\s+(?:at|for|in)\s+your\s+(?:[\w-]+\s+)?"
    r"(?:studio|restaurant|kitchen|gym|school|club|company|firm|team|practice|clinic|hospital|agency|shop|bar|lab|office|"
    r"salon|hotel|venue|bakery|café|cafe)",
    r"(?:to|and|i\s+could|i\s+can)\s+work\s+for\s+you\b(?!\s*\?)",
    r"join\s+you\b",
    r"(?:do|does|would|will)\s+(?:you|your\s+\w+|they)\s+need\s+(?:another|an\s+extra|a\s+new|an\s+additional|more|any)\s+"
    r"(?!help|advice|hand|ideas|input|feedback|support|volunteers)\w+",
    # a worker the reader's side may need: "any chance they need a junior dev too?", "could you use another editor?"
    r"(?:you|they|your\s+\w+)\s+(?:need|needs|could\s+use|are\s+looking\s+for|want)\s+(?:a|an|another|an\s+extra|a\s+new|more|any)\s+"
    r"(?:\w+\s+)?(?:devs?|\w+(?:er|or|ist|ant|ent|ian)s?)\s+(?:too|as\s+well|at\s+the\s+moment|right\s+now|by\s+any\s+chance)?(?=\s*\?)",
    # a place on the reader's side for the writer ("room for a former teacher", "an opening for me", "a role for an
    # ex-pro")
    rf"(?:room|space|a\s+place|(?:a|an|any)\s+(?:\w+\s+)?(?:opening|role|job|position|spot|post|vacancy|start|opportunity|"
    rf"place))\s+for\s+(?:me\b|(?:a|an|another|one\s+more)\s+{_worker}\b|someone\s+(?:like\s+me|with\s+my))",
    # the reader's side needing a worker, asked with a modal ("could your yard use a graduate engineer", "perhaps you
    # will need a junior designer?")
    rf"(?:could|would|will|might|may|does|do)\s+(?:you|your\s+(?:[\w-]+\s+){{0,2}}?[\w-]+|they)\s+(?:ever\s+|also\s+)?(?:use|need|"
    rf"want|take\s+on|be\s+looking\s+for)\s+(?:a|an|another|an\s+extra|some)\s+{_worker}\b",
    rf"(?:you|they|your\s+[\w-]+)\s+(?:will|might|may|'ll|could|would)\s+(?:soon\s+|also\s+)?(?:need|want|be\s+looking\s+for)\s+"
    rf"(?:a|an|another|an\s+extra|some)\s+{_worker}\b(?=[^.!?\n]{{0,30}}\?)",
)
# A sentence that offers the opening to the reader (a share), not asks for it.
OFFER_TO_READER = _rx(
    r"thought\s+of\s+you",
    r"(?:fit|suit|suits|fits)\s+you",
    r"for\s+you",
    r"you\s+(?:might|may|could)\s+(?:like|enjoy|want|be)",
    r"in\s+case\s+(?:it|you)",
    r"if\s+you(?:'re|\s+are)\s+(?:interested|looking)",
    r"would\s+you\s+like\s+me\s+to",
    r"shall\s+i",
    r"your\s+kind\s+of",
    r"(?:good|great|perfect|ideal)\s+(?:for|fit\s+for)\s+you",
)
# A hiring question asked to learn what it takes (skills, preparation): an information question.
QUALIFYING = _rx(
    r"(?:which|what)\s+(?:skills?|experience|qualifications?)",
    r"look\s+for",
    r"prepare",
    r"what\s+it\s+takes",
    r"(?:good|strong)\s+(?:fit|candidate)",
    r"stand\s+out",
    r"how\s+(?:do|does|did)\s+(?:you|your\s+\w+|they)\s+hire",
)
SELF_WANT = _rx(r"(?:i'?m|i\s+am|i)\s+(?:\w+\s+)?(?:looking|searching|seeking|need|want|hoping)")


ASK_PHRASE = _rx(
    r"(?:would|could|can|will)\s+(?:you|u|ye|ya)",
    r"would\s+it\s+be",
    r"(?:are|is)\s+(?:you|there)",
    r"please",
    r"pl[sz]",  # "pls tell the CTO…"
    r"let\s+me\s+know",
    r"i(?:\s+would|'d)\s+(?:really\s+)?(?:like|love)\s+(?:to|it\s+if)",
    r"would\s+you\s+mind",
    r"i\s+was\s+wondering",
    r"it\s+would\s+be\s+(?:great|lovely|wonderful|helpful|amazing)\s+(?:if|to)",
    r"i(?:'?d|\s+would)\s+(?:be\s+)?(?:very\s+|most\s+|so\s+|really\s+)?(?:grateful|thankful)",
    r"i\s+(?:was|am)\s+hoping",
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+|very\s+much\s+|greatly\s+|truly\s+)?(?:value|welcome|appreciate)\b",
    r"(?:i'?d|i\s+would|would)\s+be\s+(?:very\s+|so\s+|really\s+|most\s+)?(?:glad|grateful|thankful)\s+(?:of|for)\s+(?:any|some|a|an|"
    r"your)\b",
    r"i\s+hope\s+you\s+(?:can|could|might|will)",
    r"may\s+i",
    r"do\s+you\s+have",
    r"if\s+you\s+(?:could|can|have)(?!n?'t|not)",
    r"i\s+(?:need|want)\s+you\s+to",
    r"(?<!\bdon't\s)(?<!\bno\s)need\s+your\s+(?:eyes|help|feedback|input|thoughts|advice|signature|reference|review)",
    r"i\s+wonder(?:ed)?\s+if",
    # a request put as a hint or a wish ("if you happened to mention…", "you could always mention me…", "a word from you
    # would go a long way")
    r"if\s+you\s+(?:happened|happen|were)\s+to",
    r"you\s+could\s+(?:always\s+|maybe\s+|perhaps\s+|just\s+|easily\s+)?(?:mention|tell|pass|forward|send|put|say|ask|"
    r"introduce|recommend|let|drop|slip|bring)\b",
    *_reader_word,
    r"thanks?\s+(?:you\s+)?(?:so\s+much\s+)?in\s+advance\s+for",
)

# A memory the two share, or the writer placing themself by it: the reader knows the writer ("Still think about our
# Saturday shifts at the Gdansk warehouse", "Ricky here, from the Year 9 trip", "remember our nightmare group project").
# Read as the connection, as familiar talk (FAMILIAR) and as a shared past (SHARED_PAST).
_shared_memory = (
    r"(?:remember|still\s+think\s+(?:about|of)|never\s+forget|think\s+back\s+to)\s+(?:[\w'-]+\s+){0,3}?(?:our|we|us|the\s+(?:night|day|"
    r"time|week|trip|summer|year)\b)",
    r"[a-z]+\s+here,?\s+(?:from|of)\s+(?:the|our|your|year|class|uni|school|that)\b",
    r"our\s+(?:[\w'-]+\s+){0,2}?(?:shifts?|days|nights|years|time|trips?|projects?|course|class|flat|dorm|internship|stint|season)\s+"
    r"(?:at|in|on|together|with)\b",
)
# What the reader and the writer did together, or the reader did towards the writer, put in any words: a past
# "together" ("We did the Kestrel course together in March"), the writer under or with the reader ("I played JV under
# you in '09"), what the reader said or offered them ("You mentioned at the breakfast", "since you agreed to …"), the
# reader's role to the writer ("you're my mentor now"), a favour already agreed ("the recommendation letter"), and a
# joke or news only someone who knows the reader would have ("can't look at a laminator without laughing", "hope the
# new team's settling in"). Read as the connection in the opening, and as a shared past.
_past_with_reader = (
    r"we\s+(?:did|took|ran|went|sat|spent|had|made|built|wrote|sang|got|organi[sz]ed|finished|survived|shared|played|"
    r"taught|started|completed|attended|covered|cooked|coached|launched|shipped|delivered|won|lost|drove|flew|worked)\b"
    r"[^.!?\n]{0,60}?\btogether\b",
    r"(?:(?:i|we)\s+(?:\w+\s+)?)?(?:served|worked|played|trained|studied|interned|volunteered|sang|danced|rowed|ran|fought|"
    r"nursed|cooked|coached|taught)\s+(?:[\w'-]+\s+){0,3}?(?:under|for|beside|alongside)\s+you\b",
    r"(?:i|we)\s+(?:was|were)\s+(?:in|on)\s+your\s+(?:\w+\s+)?(?:class|team|course|squad|ward|shift|cohort|unit|group|"
    r"crew|seminar|workshop|choir|panel)",
    r"(?<!\bif\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bdid\s)(?<!\bhave\s)(?<!\bhow\s)"
    r"(?<!\bwhat\s)you\s+(?:mentioned|said|told\s+(?:me|us)|suggested|promised|offered|agreed)\b",
    r"you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:now\s+|still\s+|officially\s+)?my\s+(?:\w+\s+)?"
    r"(?:mentor|coach|teacher|tutor|supervisor|manager|boss|lecturer|professor|sponsor|referee)\b",
    r"(?:the|my)\s+(?:recommendation|reference)\s+(?:letter|you)\b",
    r"(?:every\s+time|whenever)\s+i\s+(?:see|hear|pass|smell|eat|drink|walk)\b[^.!?\n]{0,60}?\b(?:think\s+of|remember)\s+"
    r"(?:you|us|our)\b",
    r"can'?t\s+(?:look\s+at|see|hear|pass|smell|eat|drink)\s+[^.!?\n]{0,40}?\bwithout\s+(?:laughing|smiling|thinking\s+of)",
    r"(?:hope|trust|how'?s|how\s+is|how\s+are)\s+(?:all\s+)?(?:with\s+)?the\s+(?:new\s+(?:job|team|role|gig|house|flat|"
    r"place|baby|office|city|position|business|shop|venture)|move\s+to|big\s+move|wedding|promotion|relocation|house\s+move)",
)
# The reader's own work or product, used, tried or taken part in by the writer ("I bought a jar of your chutney at
# the festival", "I stayed at your guesthouse", "I was a caller on episode 41 of your … podcast"): the writer says
# where the reader's work met them.
_readers_work_met = (
    r"(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+(?:bought|tried|tasted|used|played|watched|took|taken|stayed|ate|eaten|visited|"
    r"attended|listened\s+to|called\s+in\s+to|subscribed\s+to|downloaded|installed|worn|wore|drunk|drank|ordered|booked|"
    r"shopped|cooked|baked|built|sewn|knitted|run|ran)\s+(?:[\w'-]+\s+){0,4}?(?:at\s+|from\s+|of\s+|in\s+|on\s+|with\s+)?your\b",
    r"(?:episode|issue|chapter|season|edition|part|volume|round|show)\s+[\w#.-]+\s+of\s+your\b",
)
CONNECTION = _rx(
    *_shared_memory,
    *_past_with_reader,
    *_readers_work_met,
    # their role or their news seen ("saw you're head of data at Monzo"; not an employer alone: "I see you work at X")
    r"(?:saw|seen|see|noticed|read|heard)\s+(?:that\s+)?you(?:'re|\s+are|\s+were|'ve|\s+have|\s+now|\s+lead|\s+run)\b",
    # their work as the reason for the writer's own ("your studio's library is the reason I started to study timber")
    r"(?:is|was|are|were)\s+(?:the\s+|a\s+big\s+)?(?:reason|why)\s+(?:i|we)\b",
    # an apology for something between them: a past exchange (not "sorry to bother you", "sorry for the cold message")
    r"(?:sorry|apologies|apologi[sz]e)\s+(?!to\b|for\s+(?:the\s+|this\s+)?(?:cold|random|unsolicited|unexpected|intrusion|bothering|"
    r"disturbing|writing|reaching|contacting|messaging|message|email|long)|i'?m\s+(?:writing|reaching|contacting|messaging)|if\b)",
    r"we(?:'ve|\s+have|\s+had)?\s+(?:met|worked|studied|spoke|talked|chatted|served|volunteered|were|shared|sat)",
    r"(?:great|good|lovely|nice|wonderful)\s+(?:to\s+)?(?:see|seeing|meet|meeting|bump(?:ing)?\s+into|catch(?:ing)?\s+up|chat(?:ting)?)",
    r"since\s+(?:i|we|you)\s+(?:left|joined|worked|met|studied|sat|shared|moved)",
    r"(?:our|the)\s+\w+\s+days",
    r"(?:my|our)\s+(?:old|former)\s+\w+",
    r"introduc(?:ing|ed)\s+me",
    r"your\s+(?:introduction|referral|help)",
    r"(?:met|meeting|spoke|speaking|talking)\s+(?:you\s+)?(?:at|in|during|on|last)",
    r"worked\s+(?:together|with\s+you|alongside)",
    r"(?:connected|introduced|referred)\s+(?:through|by|via)",
    r"(?:gave|passed|shared)\s+me\s+your\s+(?:name|details|email)",
    r"(?:suggested|recommended|told\s+me)\s+(?:i|that\s+i|to|you|we|reaching)",
    r"(?:referred|introduced|pointed)\s+me",
    r"(?:a\s+)?(?:friend|colleague|classmate|student|member|alum(?:nus|na|ni)?)\s+of",
    r"mutual",
    # "the talk at …", "the panel on …" (not "the interview process", "the course fees")
    r"the\s+(?:talk|post|article|presentation|panel|podcast|workshop|book|paper|video|blog|webinar|newsletter|episode|"
    r"keynote)\s+(?:you|at|on|in|about|last|yesterday)",
    r"(?:i\s+)?(?:really\s+)?(?:liked|loved|enjoyed|admired|appreciated)\s+your",
    # the reader's own work, named with words between ("your studio's podcast episode", "your PyCon talk")
    r"your\s+(?:[\w'-]+\s+){0,3}?(?:talk|post|article|presentation|panel|podcast|session|workshop|book|paper|video|blog|"
    r"webinar|newsletter|course|thread|episode|interview|keynote|lecture|research|study|studies|report|exhibition|show|"
    r"zine|illustrations?|artwork|art|music|album|photography|poems?|novel|launch|campaign)s?\b(?!\s+(?:lead|team|manager|head))",
    r"(?:caught|grabbed)\s+my\s+(?:eye|attention)",
    r"(?<![\w'])(?:saw|read|heard|watched|loved|enjoyed|liked)\s+your\b",
    # the writer says who they are by the shared place ("It's Grace from the 2019 Teach First cohort")
    r"(?:it'?s|this\s+is)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:from|of)\s+(?:the|our|your)",
    r"(?:it'?s|this\s+is)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:here|again)\b",
    # where the writer found the reader ("your name is in the … group", "your profile on the alumni page")
    r"your\s+(?:name|profile|details|email|number)\s+(?:is|was|came\s+up|appears?|appeared|popped\s+up)\s+(?:in|on|at|via)",
    r"(?:came\s+across|found|saw|noticed|spotted)\s+your\s+(?:name|profile|details|post|work|page|website|site)",
    # a meeting, whatever was done there ("good to sit next to you at …")
    r"(?:great|good|lovely|nice|wonderful|a\s+pleasure|fun)\s+to\s+(?:\w+\s+){0,3}?(?:meet|see|chat|talk|sit|bump|catch|"
    r"hear\s+you|work|speak|share|run\s+into|be\s+on)",
    r"(?:next\s+to|beside|opposite)\s+you\s+at",
    # a dealing the reader will remember ("the figures I sent you", "you sent me", "our call")
    r"(?:i|we)\s+(?:sent|gave|showed|promised|owe|emailed|told|asked)\s+you",
    r"you\s+(?:sent|gave|showed|told|asked|helped|offered|introduced|recommended|mentioned)\s+(?:me|us)",
    r"(?:our|the)\s+(?:call|meeting|chat|conversation|coffee|interview|session|lunch|project)\s+(?:last|yesterday|on|this|earlier)",
    r"(?:since|after|at|in)\s+our\s+(?:call|meeting|chat|conversation|coffee|interview|session|lunch)",
    r"(?:said|mentioned|told\s+me|says)\s+(?:that\s+)?(?:you|your)\b",
    r"i\s+(?:follow|followed|have\s+been\s+following|'ve\s+been\s+following)\s+your",
    r"i\s+(?:read|heard|saw|watched|attended|listened\s+to)",
    r"you\s+(?:spoke|presented|wrote|posted|gave)",
    r"since\s+(?:we|our|the)",
    # time passed since they last met ("it's been ages"), not how things went ("it's been a steep learning curve")
    r"it(?:'?s|\s+has)\s+been\s+(?:\w+\s+)?(?:ages|a\s+while|a\s+(?:long\s+|little\s+)?(?:time|minute)|too\s+long|forever|years|"
    r"months|so\s+long|(?:a|an|one|two|three|four|five|six|\d+|a\s+few|many|several)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?))",
    r"long\s+time",
    # time counted since a shared place or moment ("six years since NYSC camp", "ten years since that first night")
    r"(?:years?|months?|summers?|winters?)\s+since\s+(?!i\b|i'|my\b|we\s+(?:last\s+)?(?:spoke|talked))",
    r"remember",
    r"lost\s+touch",
    r"(?:our|the)\s+(?:time|days|years)\s+(?:at|in|together)",
    r"know(?:ing)?\s+each\s+other",
    r"(?:know|met|found|connected)\s+(?:each\s+other\s+|you\s+)?through",
    r"through\s+(?:a|our|my|your)\s+(?:mutual\s+)?(?:friend|colleague|classmate|cousin|neighbou?r|alumni|network|club|"
    r"group|community|meetup|course|class|programme|program|mentor)",
    r"when\s+we",
    r"fellow",
    r"(?:we\s+)?both\s+(?:studied|worked|went|attended|did|took|joined|were|ran|volunteered)",
    r"we\s+(?:\w+\s+)?\w+(?:ed|t)\s+together",
    r"found\s+(?:your\s+(?:name|profile|details)|you)\s+(?:in|on|through|via)",
    r"(?:in|on|through|via)\s+the\s+(?:\w+\s+){0,4}(?:directory|alumni|association|society|network)",
    r"vouched",
    # the reader's own work, praised or named: "Your piece in The Grocer was spot on", "loved the score on …"
    r"your\s+(?:[\w'-]+\s+){0,3}?(?:piece|lecture|score|story|speech|essay|column|review|chapter|album|song|film|"
    r"documentary|photographs|work\s+on|writing|answer|reply|response|comments?|message|email|note|feedback|"
    r"advice|question|tweet|thread|newsletter|write-up|case\s+study|exhibit\w*)s?\b(?!\s+(?:lead|team|manager|head))",
    r"(?:loved|enjoyed|admired|liked|appreciated)\s+(?:the|this|that|reading|hearing|watching|listening)",
    r"(?:was|were|have\s+been|i'?ve\s+been)\s+(?:really\s+|so\s+)?(?:struck|moved|inspired|impressed)\s+by",
    r"(?:is|was|are|were)\s+(?:so\s+|really\s+|absolutely\s+|just\s+)?(?:gorgeous|brilliant|beautiful|superb|stunning|great|amazing|"
    r"lovely|clever|impressive|"
    r"spot\s+on|inspiring|fascinating|insightful|eye-opening|excellent|outstanding|wonderful|fantastic)",
    # something the reader made ("the film you made for …"), not a question about it ("how you made the switch")
    r"(?<!how\s)(?<!what\s)(?<!why\s)(?<!when\s)(?<!where\s)(?<!whether\s)you\s+(?:wrote|shared|posted|published|presented|gave|"
    r"ran|hosted|organi[sz]ed|led|built|made|answered|replied|recorded|taught|said|commented)\s+(?:for|at|on|in|last|about|"
    r"to\s+my|to\s+me|the|a|an|that|this)\b",
    # where the writer found the reader ("I find you in the LinkedIn group", "got your name from the directory")
    r"(?:find|found|saw|see|got|get|came\s+across|spotted|noticed)\s+(?:you|your\s+(?:[\w'-]+\s+)?[\w'-]+)"
    r"\s+(?:in|on|at|from|through|via|under)\s+(?:the|a|an|our|my|your|[A-Z])",
    r"(?:passed|passing|gave|shared|forwarded|sent)\s+(?:on\s+|me\s+)?your\s+(?:name|details|email|contact|number|profile)",
    r"(?:i|we|the\s+one\s+who)\s+(?:introduced|helped|hired|trained|mentored|taught|coached|interviewed|recommended|referred|hosted)\s+you\b",
    # a past exchange the reader will remember ("after your kind reply", "the sheet I sent your team", "as promised")
    r"(?:i|we)\s+(?:sent|gave|showed|promised|emailed|told|asked|wrote\s+to|messaged)\s+your\s+\w+",
    r"as\s+(?:promised|discussed|agreed)",
    # an apology for something the writer did to the reader: they share that past ("Sorry I turned up on the wrong day")
    r"sorry\s+(?:i|we)\s+(?:turned\s+up|missed|was\s+late|were\s+late|forgot|didn'?t|couldn'?t|messed|sent|broke|lost|cancell?ed|"
    r"arrived|snapped|double-booked|left)",
    r"as\s+(?:you|we)\s+(?:said|discussed|agreed|mentioned|suggested|asked)",
    r"last\s+time\s+(?:we|you|i)",
    r"(?:following|further)\s+(?:up\s+)?(?:on|to)\s+(?:our|your)",
    r"(?:in\s+(?:reply|response)|replying|responding)\s+to\s+your",
    r"(?:thanks|thank\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:reaching\s+out|getting\s+in\s+touch|writing|contacting\s+me|"
    r"your\s+(?:kind\s+|quick\s+|lovely\s+)?(?:message|email|note|letter|enquiry|inquiry|reply|invitation|invite))",
    r"(?:says|said|sends)\s+(?:hi|hello)",
    # the writer says plainly that they have not met: the reader is told how they stand
    r"we(?:'ve|\s+have)?\s+(?:never|not)\s+(?:actually\s+)?met",
    r"we\s+haven'?t\s+(?:actually\s+)?met",
    r"you\s+(?:don'?t|do\s+not)\s+know\s+me",
    # a past exchange the reader took part in, put in any words: thanks again, thanks for something that happened, kind
    # of them to do it, a face put to a name, what they did with the writer somewhere ("the volunteers you trained at
    # the food bank"), or their work as the reason for writing
    r"(?:thanks|thank\s+you)\s+(?:so\s+much\s+|very\s+much\s+|once\s+)?again\b(?!\s+(?:for\s+)?(?:your\s+time|in\s+advance))",
    r"(?:thanks|thank\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?!your\s+time|reading|considering|any\b|in\s+advance|"
    r"looking|taking\s+the\s+time|your\s+consideration)[^.!?\n]{0,60}?\b(?:last|yesterday|ago|earlier|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|at\s+(?:the|your|our))\b",
    r"(?:it\s+was|that\s+was|you\s+were)\s+(?:so\s+|really\s+|very\s+|incredibly\s+|truly\s+)?(?:kind|good|generous|lovely|nice|"
    r"helpful|great|brilliant)\s+(?:of\s+you\s+to|to\s+[^.!?\n]{0,50}?\b(?:at|during|last|yesterday|on\s+the)\b)",
    r"(?:put|putting)\s+a\s+face\s+to\s+(?:the|a|your)\s+name",
    r"(?<!how\s)(?<!what\s)(?<!why\s)(?<!when\s)you\s+(?:very\s+|so\s+)?(?:kindly|generously|patiently|once|already)\s+(?:answered|replied|"
    r"reviewed|looked|commented|signed|shared|forwarded|took|invited|included|let|gave|sent|showed|told|asked|helped|offered|"
    r"introduced|recommended|mentioned|spent|agreed)\b",
    r"(?<!how\s)(?<!what\s)(?<!why\s)(?<!when\s)you\s+(?:trained|taught|mentored|coached|interviewed|hired|supervised|advised|"
    r"welcomed|hosted|met|showed|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:\w+\s+)?(?:at|in|during|last|when|on\s+the|about)\b",
    r"your\s+[^.!?\n]{0,80}?\b(?:is|was)\s+(?:the\s+(?:reason|main\s+reason)|why)\s+(?:i'?m|i\s+am)\s+(?:writing|getting\s+in\s+touch|"
    r"reaching\s+out|contacting|messaging|emailing)",
    # someone else thought of the reader for the writer ("Mum thought you'd be the right person to ask"; not "I think")
    r"(?<!\bi\s)(?:thought|thinks|reckoned|reckons|felt|feels)\s+(?:that\s+)?you(?:'d|\s+would|'re|\s+are|\s+might|\s+may)\s+"
    r"(?:be\s+)?(?:the\s+|a\s+)?(?:right|best|ideal|perfect|good|great|person|one)\b",
    r"(?:given|passed|handed|sent)\s+your\s+(?:name|details|email|number|contact)\s+(?:\w+\s+)?by\b",
    r"your\s+(?:[\w'-]+\s+){0,3}?(?:poster|stall|masterclass|seminar|tour|demo|sermon|exhibit|installation)s?\b",
)

FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b", re.IGNORECASE)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.IGNORECASE)

# Pressure by structure (PRESSURE reads these beside its phrases):
# a favour the writer once did the reader, tied to the ask in the same sentence ("I took all three of your Christmas
# shifts last year, so I'm sure you won't mind…", "after I spent two weekends helping with your move, I think a quick
# intro isn't too much to ask", "I did cover your on-call weekend, so I hope you won't mind me asking")
_writer_favour = (
    r"(?:i|we)\s+(?:did\s+|once\s+|even\s+|also\s+)?(?:covered|cover|took|did|helped|drove|lent|gave|spent|swapped|stood\s+in|hosted|fed|"
    r"picked\s+up|watched|minded|sorted|fixed|wrote|edited|proofread|introduced|recommended|referred)\s+"
    r"(?:[\w'-]+\s+){0,5}?(?:you|your)\b"
)
_claim_link = (
    r"(?:so\s+(?:i'?m\s+sure|i\s+am\s+sure|surely|i\s+hope|i\s+think|i\s+figured|i\s+guess|you|it'?s|now|the\s+least)|"
    r"i\s+think\s+(?:[\w'-]+\s+){0,4}?(?:isn'?t|is\s+not)\s+too\s+much|(?:isn'?t|is\s+not)\s+too\s+much\s+to\s+ask|"
    r"you\s+won'?t\s+mind|only\s+fair|i\s+figured|your\s+turn)"
)
# others who did the same favour, held up to the reader ("Chidi and Bola both made intros for me within the week, so
# I'm hoping you can do the same", "every other speaker I asked has agreed, so I'm counting on you too")
_others = (
    r"(?:\w+\s+and\s+\w+(?:\s+both)?|both\s+of\s+them|everyone|everybody|all\s+(?:the\s+)?others|every\s+other\s+\w+|"
    r"the\s+others|others|most\s+people|all\s+my\s+\w+)"
)
_did_it = r"(?:agreed|said\s+yes|made|introduced|helped|replied|answered|did|signed|sent|gave|found|wrote|took)"
_you_too = (
    r"(?:you\s+(?:\w+\s+){0,3}?too|the\s+same|you\s+as\s+well|try\s+you|hoping\s+you|counting\s+on\s+you|your\s+turn|"
    r"why\s+not\s+you)"
)
# the reader's standing made the reason for a silence ("I suppose replies are slow when you're as important as you are
# now", "I guess important people don't have time for old uni mates"), unless it is said kindly
_status_sigh = (
    r"(?:suppose|guess|imagine|gather|assume|see)\s+(?:[\w'-]+\s+){0,8}?(?:important|in\s+demand|too\s+big|so\s+big|a\s+big\s+deal|"
    r"famous|high\s+up|too\s+good|too\s+grand|(?:too|so)\s+senior)\b(?![^.!?\n]{0,60}?\b(?:no\s+(?:rush|pressure|worries|problem)|"
    r"understand|totally\s+fine|completely\s+fine|congrat\w*|well\s+deserved)\b)"
)
PRESSURE = _rx(
    # a favour once done for the reader, whatever it was, made the reason they "won't mind" ("since I typed up every one
    # of your thesis chapters, I know you won't mind reading my letter")
    r"(?:since|after|because|as)\s+(?:i|we)\s+(?:[\w'-]+\s+){1,14}?(?:you|your)\b[^.!?\n]{0,80}?,?\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:know|feel\s+sure|am\s+sure|'m\s+sure|trust|expect|figure|assume)\s+you\s+(?:won'?t|will\s+not|wouldn'?t)\s+mind",
    rf"{_writer_favour}[^.!?\n]{{0,80}}?\b{_claim_link}",
    rf"after\s+{_writer_favour}[^.!?\n]{{0,60}}?,",
    rf"{_others}\s+(?:[\w'-]+\s+){{0,4}}?{_did_it}\b[^.!?\n]{{0,80}}?\b{_you_too}",
    _status_sigh,
    r"you\s+(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|definitely\s+|really\s+|still\s+)?owe\s+me(?!\s+(?:nothing|no\b))",
    r"\w+\s+or\s+never\b",
    r"it\s+(?:has|needs)\s+to\s+be\s+(?:this\s+week|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"if\s+you\s+(?:don'?t|won'?t|can'?t|refuse)\b[^.!?\n]{0,12}?,?\s+(?:i'?ll|i\s+will)\s+(?:assume|know|take\s+it|think|tell)",
    r"(?:friendship|relationship)\s+(?:meant|means|counts?\s+for)\s+nothing",
    r"(?:wouldn'?t|would\s+not|don'?t|do\s+not)\s+want\s+me\s+to\s+(?:miss\s+out|lose|fail|suffer|struggle)",
    r"just\s+because\s+you\s+(?:didn'?t|couldn'?t|wouldn'?t|did\s+not|could\s+not)",
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+counting\s+on\s+you",
    r"as\s+a\s+friend,?\s+you\s+(?:should|must|have\s+to|need\s+to|ought\s+to)",
    r"you\s+(?:have|need|ought)\s+to\s+help",
    r"you\s+(?:must|should)\s+help",
    r"after\s+(?:all|everything)\s+(?:the\s+\w+\s+|that\s+)?(?:i'?ve|i\s+have|i)\s+(?:done|did|gave|given|helped|"
    r"did\s+for\s+you|done\s+for\s+you)",
    r"don'?t\s+let\s+me\s+down",
    r"(?:i|we)\s+expect\s+you\s+to",
    r"you\s+promised",
    r"the\s+least\s+you\s+(?:can|could)\s+do",
    r"(?:you'?re|you\s+are)\s+(?:\w+\s+)?my\s+(?:only|last)\s+(?:hope|chance|option)",
    r"(?:you'?re|you\s+are)\s+(?:\w+\s+)?the\s+only\s+(?:one|person)\s+(?:who|that)\s+can",
    r"if\s+you\s+(?:say\s+no|don'?t\s+help|can'?t\s+help|refuse|won'?t\s+help)[^.!?\n]{0,40}?(?:i\s+don'?t\s+know|i'?ll\s+have\s+no|"
    r"i\s+have\s+no|i'?m\s+(?:lost|finished|done))",
    r"i'?ll\s+be\s+(?:very\s+|really\s+)?disappointed",
    r"(?:i'?ll|i\s+will|i'?d|i\s+would)\s+be\s+(?:so\s+|really\s+|very\s+|absolutely\s+|completely\s+)?(?:devastated|gutted|"
    r"crushed|heartbroken|lost|disappointed|upset|hurt)\s+if\s+you",
    r"(?:i'?m|i\s+am|i\s+was|i\s+feel|i\s+felt)\s+(?:a\s+(?:bit|little)\s+|quite\s+|really\s+|so\s+)?hurt\b",
    r"i'?m\s+sure\s+(?:\w+\s+){0,5}?(?:you|someone)\s+(?:\w+\s+){0,4}?(?:can|could|'ll|will|won'?t\s+mind|has|have)\s+(?:find|spare|"
    r"make|manage|give|giving|do|finding|sparing|five|ten|a\s+few|\d+|half|an?\s+(?:minute|hour|moment))",
    r"(?:i'?ll|i\s+will)\s+(?:call|ring|phone|come\s+by|pop\s+by|drop\s+by|turn\s+up|stop\s+by|visit)\s+(?:you|your\s+\w+)\s+(?:at|on|"
    r"tomorrow|today|this|first\s+thing)",
    # everything hangs on the reader ("my whole career depends on meeting your CTO", "please, please")
    r"(?:my\s+)?(?:whole\s+|entire\s+)?(?:career|future|life|visa|livelihood|family'?s?\s+future)\s+(?:depends|rests|hangs|relies)\s+on",
    r"tick[\s-]*tock",
    r"(?:i\s+)?still\s+(?:don'?t|do\s+not|haven'?t|have\s+not)\s+(?:got\s+|had\s+|received\s+|have\s+)?your\s+(?:reference|reply|"
    r"answer|feedback|intro\w*|comments|signature|letter)",
    r"(?:remember|don'?t\s+forget|recall)\s+who\s+(?:covered|helped|stood\s+up|lent|looked\s+after|got\s+you|was\s+there)",
    r"you\s+(?:have|need)\s+to\s+(?:reply|answer|respond)",
    r"(?:reply|answer|respond)\s+(?:asap|immediately|today)",
    r"(?:i|we)\s+(?:need|want)\s+(?:an\s+)?(?:answer|reply|response)\s+(?:by|today|now|asap)",
    r"(?:i|we)(?:'ll|\s+will)?\s+need\s+(?:this|it|that|(?:a|an|your|the)\s+(?:\w+\s+)?\w+)\s+(?:by|before|no\s+later\s+than|within)\s+"
    r"(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end\s+of|end\s+of|next\s+week|"
    r"close\s+of|eod|cob|noon|lunch|\d)",
    r"if\s+you\s+(?:really\s+)?(?:cared|were\s+(?:a\s+)?(?:real|true|good)\s+friend)",
    r"shame\s+on\s+you",
    r"you\s+(?:can'?t|cannot)\s+say\s+no",
    r"why\s+(?:haven'?t|didn'?t|don'?t|have\s+not)\s+you\s+(?:\w+\s+)?(?:answer|repl|respond|writ|get)\w*",
    r"(?:still|been)\s+waiting\s+(?:for|on)\s+(?:your|an?)\s+(?:reply|answer|response)",
    r"(?:second|third|fourth|fifth|\w+th)\s+time\s+(?:that\s+)?i(?:'m|\s+am)?\s+(?:write|writing|wrote|ask|asking|message)",
    r"you\s+(?:never|still\s+haven'?t)\s+(?:answer|repl|respond)\w*",
    r"(?:it\s+would|it'?d)\s+mean\s+(?:a\s+lot|so\s+much|the\s+world)(?:\s+to\s+me)?\s+if\s+you",
    # guilt: a favour done once, claimed back ("I helped you move, so I'm sure you can find ten minutes")
    r"(?:i|we)\s+(?:helped|covered\s+for|stood\s+up\s+for|vouched\s+for|did\s+(?:so\s+much|a\s+lot)\s+for|"
    r"introduced|lent|gave)\s+you\b[^.!?\n]{0,80}?,?\s+so\s+(?:i'?m\s+sure|surely|you|the\s+least)",
    r"i'?m\s+sure\s+you\s+(?:can|could|'ll|will)\s+(?:find|spare|make|manage)",
    r"(?:surely|i\s+think)\s+you\s+(?:can|could)\s+(?:find|spare|make)\s+(?:the\s+)?(?:time|a\s+few|ten|five|\d+)",
    r"i\s+thought\s+(?:we\s+were|you\s+were\s+(?:my|a))\s+(?:\w+\s+)?(?:friends?|mate)",
    r"(?:some|a\s+real|a\s+true|a\s+good)\s+friend\s+(?:you\s+are|would)",
    r"(?:real|true|good)\s+friends\s+(?:would|do|help)",
    r"(?:remember|don'?t\s+forget)\s+(?:when|that|all|who|how)\s+(?:i|we)\s+(?:helped|covered|got|did|gave|introduced)",
    # others made to wait on the reader ("I've already told her you'll help", "she's counting on you")
    r"(?:she|he|they|everyone|we|my\s+\w+)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+(?:all\s+)?(?:counting|relying|depending)\s+on\s+you",
    r"(?:already|just)\s+(?:told|promised|said\s+to)\s+(?:\w+\s+){0,3}?(?:that\s+)?you(?:'ll|\s+will|\s+would|'d|\s+can)",
    # the reader's help announced to someone as settled ("I mentioned to our CTO that you'd probably review it")
    r"(?:mentioned|said|explained|announced|confirmed|promised)\s+to\s+(?:[\w'-]+\s+){1,3}?(?:that\s+)?you(?:'d|'ll|\s+would|"
    r"\s+will)\b",
    # a favour claimed back: "I covered your shifts… Now it's my turn", "you said 'anything you need'. Now I need it"
    r"now\s+(?:it'?s|it\s+is)\s+my\s+turn",
    r"now\s+i\s+need\s+(?:it|that|one|you|the\s+favou?r)\b",
    r"(?:time\s+(?:for\s+you\s+)?to|you\s+can\s+now|now\s+you\s+can)\s+return\s+the\s+favou?r",
    # others who already answered or said yes, counted against the reader ("most of the people I wrote to have already
    # answered", "every other manager I contacted has got back to me")
    r"(?:every\s+other|all\s+(?:the\s+)?other|most\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?)\s*[\w'-]+\s+(?:\w+\s+){0,4}?"
    r"(?:has|have|had)\s+(?:already\s+)?(?:answered|replied|responded|got\s+back|gotten\s+back|written\s+back|said\s+yes|agreed)",
    r"please\s+(?:don'?t|do\s+not)\s+(?:say\s+no|refuse|turn\s+(?:me|us|her|him|them|this)\s+down|let\s+(?:me|us|her|him|them)\s+down)",
    r"(?:you\s+)?(?:can'?t|cannot|couldn'?t)\s+(?:possibly\s+)?(?:say\s+no|refuse|turn\s+(?:me|this)\s+down)",
    r"(?:it\s+would\s+be|that'?s)\s+(?:so\s+)?(?:selfish|rude)\s+(?:of\s+you\s+)?not\s+to",
    # a favour or a service claimed back: "I spent my career helping businesses like yours, so I'd hope you could …"
    r"(?:so|surely)\s+(?:i'?d|i\s+would|i)\s+(?:hope|expect|think|assume|trust)\s+(?:that\s+)?you\s+(?:can|could|would|will|'d|'ll)",
    r"(?:helping|helped|served|protecting|protected|saving|saved|supporting|supported)\s+(?:\w+\s+){0,3}?(?:like\s+yours|you|"
    r"your\s+\w+)\b[^.!?\n]{0,60}?,?\s+so\s+(?:i|you|surely|it)",
    r"(?:only|seems|it'?s|would\s+be|it\s+is)\s+(?:\w+\s+)?fair\s+(?:that\s+)?you",
    # everyone else said yes ("Everyone else on the panel has already agreed … the only one who didn't")
    r"(?:everyone|everybody|all\s+the\s+others|all\s+of\s+(?:them|the\s+others)|the\s+others)\s+(?:else\s+)?"
    r"(?:\w+\s+){0,4}?(?:has|have|had)\s+(?:already\s+)?(?:agreed|said\s+yes|replied|answered|helped|signed)",
    r"(?:every|each)\s+other\s+(?:[\w-]+\s+){1,6}?(?:already\s+)?(?:agreed|said\s+yes|signed\s+up|replied|confirmed)",
    r"only\s+(?:you|yours)\s+(?:is|are)\s+(?:still\s+)?(?:missing|left|outstanding)",
    r"(?:everyone|everybody|all\s+the\s+others)\s+else\s+(?:\w+\s+){0,3}?(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:more\s+than\s+|so\s+|very\s+|really\s+)?(?:happy|glad|willing|keen|quick)\s+to",
    # a promise claimed ("you said you'd always help me out")
    r"(?:you|ye|u)\s+(?:said|told\s+me|once\s+said|did\s+say|promised|did\s+promise)\s+(?:that\s+)?(?:you|ye|u)(?:'d|\s+would|'ll|"
    r"\s+will)\s+"
    r"(?:always\s+)?(?:help|be\s+there|do|introduce|refer|have\s+my\s+back|put\s+in\s+a\s+word|speak|recommend|mention|look\s+at|"
    r"read|review|check|send|call|get\s+back)",
    r"(?:feel|felt|think|say|know)\s+(?:that\s+)?you\s+(?:\w+\s+)?(?:let\s+me\s+down|failed\s+me|abandoned\s+me|betrayed\s+me)",
    r"(?:feel|felt|think|suspect|guess|assume|wonder\s+if)\s+(?:that\s+)?you\s+(?:didn'?t|never|don'?t|did\s+not)\s+(?:really\s+)?"
    r"(?:mean|care|want|intend)",
    r"unless\s+you\s+(?:tell\s+me\s+(?:not\s+to|otherwise)|say\s+(?:no|otherwise)|object|stop\s+me)",
    r"unless\s+i\s+hear\s+(?:otherwise|back|from\s+you|anything\s+else)",
    r"(?:please\s+)?(?:don'?t|do\s+not)\s+(?:cancel|back\s+out|bail|flake|pull\s+out)(?:\s+on\s+me)?",
    r"(?:booked|bought|paid\s+for|travell?ed|flown|flew|driven|drove|taken\s+(?:a|the)\s+day\s+off)\s+(?:[\w-]+\s+){0,6}?just\s+to\s+"
    r"(?:meet|see|talk\s+to|speak\s+to)\s+you",
    r"(?:i'?ll|i\s+will)\s+(?:assume|take\s+(?:it|that)\s+as)\s+(?:that'?s\s+|it'?s\s+|that\s+is\s+|it\s+is\s+)?(?:a\s+)?yes",
    r"(?:told|asked)\s+(?:her|him|them|\w+)\s+to\s+expect\s+(?:your|an?|a\s+call|a\s+message)",
    r"(?:told|promised|assured)\s+(?:\w+\s+){0,3}?that\s+[^.!?\n]{0,50}?\s+(?:will|would|is\s+going\s+to)\s+(?:help|introduce|refer|"
    r"meet|hire|sponsor)\s+me",
    r"(?:don'?t|do\s+not)\s+make\s+me\s+look\s+(?:\w+\s+)?(?:foolish|bad|stupid|silly|an\s+idiot|like)",
    r"(?:you'?re|you\s+are)\s+the\s+only\s+(?:one|person)\s+(?:[\w-]+\s+){0,4}?(?:who|that)\s+(?:hasn'?t|has\s+not|didn'?t|did\s+not|"
    r"won'?t|never|still\s+hasn'?t)",
    r"(?:for\s+)?finally\s+(?:replying|answering|getting\s+back|responding)",
    r"(?:be|being)\s+the\s+only\s+one\s+(?:who|that|to)\s+(?:didn'?t|hasn'?t|won'?t|doesn'?t|refused|said\s+no|says\s+no)",
    r"(?:would|will)\s+be\s+a\s+(?:real\s+)?shame\s+(?:if\s+you|to\s+be|for\s+you)",
    # the reader committed by others' expectations ("told her you'll help", "you can't really say no now")
    r"(?:told|promised|assured)\s+(?:\w+\s+){0,3}?(?:that\s+)?you(?:'re|\s+are)\s+(?:joining|coming|speaking|presenting|on\s+board|"
    r"in|going\s+to|happy\s+to|doing)",
    r"(?:told|promised|assured|said)\s+(?:\w+\s+){0,3}?(?:that\s+)?you(?:'ll|\s+will|\s+would|'d)\s+(?:\w+\s+)?(?:help|call|meet|"
    r"introduce|refer|see|do|take|give|send|be\s+happy)",
    r"(?:you\s+)?(?:can'?t|cannot|couldn'?t)\s+(?:really|exactly|possibly|very\s+well)\s+(?:say\s+no|refuse|turn\s+(?:me|this|her|him)\s+down)",
    r"(?:given|gave|passed|sent)\s+(?:\w+\s+)?your\s+(?:number|mobile|phone|email|address|details|contact)\s+(?:\w+\s+){0,6}?(?:expect|you'?ll|will\s+(?:call|ring|email))",
    # the reader committed by the writer to someone else, whatever they are said to do ("I told the recruiter you'd
    # vouch for me", "I've put your name down as my referee, so they'll email you on Monday")
    r"(?:i|i'?ve|i\s+have|we|we'?ve|we\s+have)\s+(?:already\s+|just\s+)?(?:told|promised|assured|mentioned\s+to|said\s+to|let)\s+"
    r"(?!me\b|you\b)(?:[\w-]+\s+){1,4}?(?:know\s+)?"
    r"(?:that\s+)?you(?:'d|\s+would|'ll|\s+will)\s+(?!be\b(?!\s+(?:my|our|happy\s+to|glad\s+to|willing\s+to|up\s+for|available|there)\b)|probably|maybe|know|like|enjoy|find)\w+",
    # …also as the second act of a sentence ("I've put your name down and told the host you'll do 15 minutes")
    r"and\s+(?:already\s+)?(?:told|promised|assured|let)\s+(?!me\b|you\b)(?:[\w-]+\s+){1,4}?(?:know\s+)?(?:that\s+)?"
    r"you(?:'d|\s+would|'ll|\s+will)\s+(?!be\b(?!\s+(?:my|our|happy\s+to|glad\s+to|willing\s+to|up\s+for|available|there)\b)|probably|maybe|know|like|enjoy|find)\w+",
    r"(?:put|written|wrote|listed|named|given|gave|passed|entered)\s+(?:down\s+)?your\s+(?:name|number|email|details|contact)\s+"
    r"(?:down\s+)?(?:as|on|to|for)\b[^.!?\n]{0,60}?(?:they|she|he|someone|the\s+\w+)(?:'ll|\s+will|'re|\s+are)\s+(?:be\s+)?"
    r"(?:going\s+to\s+)?(?:email|call|ring|contact|phone|text|message|in\s+touch|expect|get\s+in\s+touch|reach\s+out)",
    r"(?:don'?t|do\s+not)\s+make\s+(?:me|us)\s+(?:a\s+liar|out\s+to\s+be|into\s+a\s+liar)",
    r"(?:already\s+)?(?:told|promised|assured)\s+(?!me\b)(?:[\w-]+\s+){1,4}?(?:that\s+)?(?:it'?s|it\s+is|it'?ll\s+be|it\s+will\s+be|"
    r"the\s+\w+\s+(?:is|will\s+be))\s+coming\s+from\s+you",
    # a favour done once, held up ("I've never asked for anything back", "remember when I covered your shifts")
    r"(?:never|not\s+once)\s+asked\s+(?:you\s+)?for\s+anything\s+(?:back|in\s+return)",
    r"remember\s+[^.!?\n]{0,60}?\b(?:i|we)\s+(?:covered|helped|lent|gave|did|stood\s+in|took|drove|fed|hosted)\s+(?:you|your|for\s+you)\b",
    r"(?:she|he|they|everyone|everybody|my\s+\w+|the\s+\w+)(?:'s|\s+is|'re|\s+are)\s+(?:now\s+|already\s+|all\s+)?expecting\s+"
    r"(?:your|you|to\s+hear\s+from\s+you|a\s+(?:call|reply|yes|message)\s+from\s+you)",
    # everything rests on the reader ("you're honestly my last real hope", "it costs you nothing")
    r"(?:you'?re|you\s+are)\s+(?:\w+\s+){0,2}?my\s+(?:\w+\s+)?(?:only|last|final|one)\s+(?:\w+\s+)?(?:hope|chance|option|lifeline|shot)",
    r"(?:costs?|cost)\s+you\s+(?:nothing|next\s+to\s+nothing|very\s+little)",
    r"(?:would|will|'d|could)\s+mean\s+everything\s+to\s+me",
    r"(?:if\s+you\s+(?:don'?t|do\s+not|won'?t|can'?t|cannot|say\s+no|refuse)|without\s+(?:your|you)|unless\s+you)\b[^.!?\n]{0,60}?,?\s+"
    r"i\s+(?:\w+\s+)?(?:don'?t|do\s+not|really\s+don'?t)\s+know\s+(?:what|how|where)\s+(?:i'?ll|i\s+will|i'?d|i\s+would|i\s+can|to)",
    r"(?:the\s+)?least\s+(?:i|we)\s+(?:deserve|could\s+expect|can\s+expect|am\s+owed|'m\s+owed|are\s+owed)",
    r"(?:meant|means|mean|counted\s+for|counts\s+for)\s+nothing\s+to\s+you",
    r"(?:i'?d|i\s+would)\s+hate\s+to\s+think\s+(?:that\s+)?(?:you|our|we|it|all)",
    # what the writer gave up for the reader's favour, held up to them ("I've cleared my whole afternoon for a call
    # with you, so I hope that won't go to waste", "I turned down two shifts to keep the week free: I was counting on
    # you")
    r"(?:i\s+was|i'?d\s+been|i\s+had\s+been)\s+counting\s+on\s+you",
    r"(?:cleared|blocked|kept|freed|rearranged|cancell?ed|turned\s+down|gave\s+up|given\s+up|taken|took|booked)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:for|to\s+meet|to\s+see|to\s+talk\s+to)\s+(?:you|a\s+call\s+with\s+you|our\s+\w+)\b[^.!?\n]{0,40}?(?:so|which)\s+(?:i|you|it|that)",
    r"(?:won'?t|will\s+not|doesn'?t|does\s+not|didn'?t)\s+go\s+to\s+waste",
    # a favour done once, counted and claimed back ("after all those Saturday shifts I swapped for you, I figured…")
    r"(?:after|remember|given|considering|think\s+of)\s+(?:all|everything)\s+(?:(?:the|those|these|that)\s+)?(?:[\w'-]+\s+){0,4}?(?:i|i'?ve|i\s+have|we)\s+(?:\w+\s+)?"
    r"(?:for|with|to)\s+you\b",
)

THANKS = _rx(
    r"thanks?",
    r"thx",
    r"thnx",
    r"tysm",
    r"ty(?:vm)?(?=\s*[!.]*\s*$)",
    r"thank(?:ing|ful)",
    r"grateful",
    r"gratitude",
    r"apprecia(?:te|ted|tion|tive)",
    r"much\s+obliged",
    # the regional "ta" (labelling call 14): "Ta very much", "ta loads, duck", "Ta for reading", "If not, ta anyway",
    # "Ta." closing a line; not the leave-taking "Ta-ra", nor "Tata for now"
    r"ta(?=\s+(?:very\s+much|v\s*much|muchly|loads|lots|for|anyway|again|in\s+advance|mate|pet|love|hinny|duck|chuck|"
    r"kid|our\s+kid)\b|\s*[!.,]*[ \t]*(?:$|\n))",
)

APOLOGY = _rx(r"sorry", r"apologi[sz](?:e|ed|ing)", r"apology", r"apologies", r"forgive\s+me", r"my\s+bad")

BLAME = _rx(
    r"(?:not|wasn'?t|isn'?t)\s+(?:really\s+|entirely\s+|totally\s+|all\s+|exactly\s+|strictly\s+)?my\s+"
    r"(?:fault|mistake|doing|responsibility|call|decision|problem)",
    r"(?:not|wasn'?t|isn'?t)\s+(?:really\s+|entirely\s+|totally\s+|exactly\s+|strictly\s+)?(?:on\s+my\s+(?:side|end|part)|"
    r"on\s+me|down\s+to\s+me|my\s+(?:department|area|side))",
    # what someone else gave the writer was wrong ("the numbers I got from finance were wrong")
    r"(?:i|we)\s+(?:got|received|was\s+given|were\s+given|was\s+sent|were\s+sent)\s+from\s+(?:\w+\s+){1,3}?"
    r"(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:wrong|incorrect|outdated|out\s+of\s+date|broken|incomplete|off)",
    r"(?:their|his|her|your|[\w-]+'s)\s+fault",
    r"(?:the\s+)?fault\s+(?:of|lies\s+with)\s+(?:the|my|our|them|him|her|you)",
    r"(?:blame|blamed)\s+(?:the|my|them|him|her|it\s+on)",
    r"(?:no\s*one|nobody)\s+(?:had\s+|has\s+|ever\s+)?(?:told|warned|showed|explained|mentioned)",
    r"(?:they|he|she)\s+(?:should\s+have|never\s+told|didn'?t\s+tell|forgot\s+to)",
    r"(?:they|he|she)\s+(?:did\s+not|didn'?t|never|failed\s+to)\s+(?:\w+\s+)?(?:check|test|read|proofread|review|send|tell|pass|"
    r"forward|update|fix)\b",
    r"(?:things|it|everything|the\s+\w+)\s+(?:got|went|were|was|ended\s+up)\s+lost\s+(?:somewhere\s+)?(?:between|in\s+the|at\s+(?:their|"
    r"the)|on\s+(?:their|the))",
    r"(?:timing|luck)\s+(?:was|wasn'?t|were)\s+(?:never\s+|not\s+|just\s+not\s+)?(?:really\s+)?(?:on\s+(?:our|my)\s+side|against\s+"
    r"(?:us|me))",
    r"(?:it|that)\s+was\s+(?:all\s+)?(?:because\s+of\s+)?(?:them|him|her|the\s+(?:manager|boss|team|client|system|traffic))",
    r"because\s+(?:of\s+)?(?:the|my|our)\s+(?:manager|boss|team|client|traffic|train|bus|system|alarm|colleagues?)",
    r"because\s+of\s+(?:them|him|her|others)",
    r"(?:my|the)\s+alarm\s+(?:didn't|did\s+not|failed|never)",
    r"sorry\s+(?:if\s+|that\s+)?you\s+(?:felt|feel|were|are|got|thought|think|found|took\s+it|see\s+it)",
    r"sorry\s+(?:if\s+|that\s+)?(?:it|that|this)\s+(?:came\s+across|seemed|felt|upset|offended)",
    r"mistakes\s+were\s+made",
    r"i\s+was\s+set\s+up",
    r"(?:anyone|anybody)\s+would\s+have",
    r"out\s+of\s+my\s+(?:hands|control)",
    r"nothing\s+(?:i|anyone)\s+could\s+(?:have\s+)?do(?:ne)?",
    r"(?:wasn'?t|was\s+not|isn'?t|not)\s+(?:much|anything|a\s+lot|a\s+thing)\s+(?:i|we|anyone)\s+could\s+(?:have\s+)?do(?:ne)?",
    r"these\s+things\s+happen",
    r"garbage\s+in,?\s+garbage\s+out",
    r"the\s+\w+\s+(?:we|i)\s+(?:were|was)\s+(?:given|sent|handed)\s+(?:was|were)\s+(?:\w+\s+)?(?:a\s+mess|wrong|rubbish|garbage|"
    r"useless|incomplete|bad|out\s+of\s+date)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|"
    r"accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:really\s+)?"
    r"(?:should\s+have|should'?ve|ought\s+to\s+have|could\s+have|was\s+supposed\s+to|were\s+supposed\s+to)\s+(?!been\b)\w+",
    r"one\s+of\s+those\s+(?:weeks|days|months|years)",
    r"in\s+my\s+defen[cs]e",
    r"(?:was|were|is)\s+(?:all\s+|entirely\s+|mainly\s+|largely\s+)?(?:caused\s+by|due\s+to)\s+(?:the|your|their|a|an|his|her|our)\s+"
    r"(?!own\b|mistake|error|fault|oversight|planning)\w+",
    r"(?:though|but|although|even\s+though)\s+i\s+(?:did\s+)?(?:warn|warned|tell|told|say|said|mention|mentioned|flag|flagged)\s+"
    r"(?:you|your|them|the|him|her)",
    r"(?:pressure|orders|instructions)\s+from\s+(?:above|upstairs|management|my\s+boss|the\s+top|head\s+office)",
    r"(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:really\s+|entirely\s+|totally\s+|strictly\s+)?mine\b",
    r"(?<=[.!?;,]\s)(?!i\b|we\b|you\b)[\w-]+\s+(?:[\w-]+\s+){0,5}?without\s+(?:handing|passing|telling|warning|letting|checking|"
    r"testing|asking|reviewing|reading|informing)",
    r"in\s+(?:all\s+)?fairness",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+sat\s+on\s+(?:it|his|her|their|the|my)\b",
    r"(?:template|rules|deadline|brief|scope|requirements|format|spec|schedule|plan)s?\s+(?:had\s+)?changed\s+(?:again|last\s+minute|"
    r"at\s+the\s+last|without)",
    r"(?:they|he|she|someone|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:[\w-]+\s+){0,6}?without\s+"
    r"(?:handing|passing|telling|warning|letting|checking|testing|asking|reviewing|reading|informing)",
    r"(?:my|the|our)\s+(?:calendar|phone|laptop|app|alarm|email|inbox|computer)\s+(?:didn'?t|did\s+not|failed\s+to|wouldn'?t)\s+"
    r"(?:sync|work|load|save|send|update|ring|go\s+off|remind)",
    r"(?:they|he|she|someone|somebody|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:is|are|was|were)\s+"
    r"(?:so\s+|really\s+|very\s+|always\s+|terribly\s+|completely\s+)?(?:slow|useless|disorgani[sz]ed|understaffed|"
    r"overwhelmed|a\s+mess|a\s+shambles|chaos|swamped|snowed\s+under|overloaded|slammed|flat\s+out)\b",
    r"(?:someone|somebody|they|he|she)\s+(?:had|has)\s+(?:\w+\s+)?(?:renamed|moved|changed|deleted|overwritten|lost|"
    r"removed|broken|edited)",
    r"(?:so|which\s+made)\s+it\s+(?:was\s+)?(?:so\s+|very\s+|really\s+)?(?:easy|hard|impossible|difficult)\s+to",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:took\s+(?:forever|ages|days|weeks|so\s+long|"
    r"too\s+long)|(?:was|were)\s+(?:so\s+|really\s+)?(?:slow|late)\s+(?:to|with|in|sending|getting))",
    r"(?:so|which\s+meant|meaning)\s+i\s+(?:couldn'?t|could\s+not|wasn'?t\s+able\s+to|was\s+unable\s+to|had\s+no\s+way\s+to)\s+"
    r"(?:start|finish|do|send|get|begin|make|reply|check|be)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:keeps|kept|keep)\s+(?:piling|dumping|"
    r"adding|giving|throwing|changing|moving|cancelling|pushing)",
    r"(?:work|life|things|the\s+week|my\s+week|the\s+job)\s+(?:has|have|had)\s+been\s+(?:\w+\s+)?(?:insane|crazy|mad|manic|"
    r"hectic|chaos|chaotic|a\s+nightmare|nuts)",
    r"(?:they|he|she|(?:the|my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+|day\s+shift|night\s+shift)\s+left\s+(?:\w+\s+){0,3}?"
    r"(?:in\s+a\s+(?:state|mess)|a\s+mess|behind)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:signed|sent|shipped|approved|released|"
    r"published|pushed)\s+(?:it\s+|\w+\s+)?(?:off\s+|out\s+)?without\s+(?:testing|checking|reading|telling|asking|reviewing)",
    r"(?:couldn'?t|could\s+not)\s+(?:have\s+)?be(?:en)?\s+helped",
    # someone else's act as the cause: an agent that gave, sent or took the wrong thing, or dumped work on the writer
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:gave|sent|told|showed|took|booked|"
    r"put|handed|used|printed|quoted)\s+(?:me\s+|us\s+)?(?:the\s+|an?\s+)?(?:wrong|old|outdated|incorrect|last\s+year'?s|"
    r"out-of-date|broken|long|garbage|rubbish|junk|nonsense|nothing|useless|bad)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:dumped|dumping|piled|piling|landed|threw|throwing|sprang|"
    r"pushed|offloaded)\s+(?:\w+\s+){0,4}?on\s+(?:me|us)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:forgot|failed|neglected|refused)\s+to\s+"
    r"(?:tell|send|remind|book|pass|forward|let|warn|give|invite)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:double-booked|overbooked|"
    r"messed\s+up|mixed\s+up|lost|deleted|cancelled|canceled|moved)\s+(?:my|our|the|me|us)\b",
    # someone else's timing or changes ("my manager only gave me the brief on Friday", "the client kept changing")
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+(?:only|never|didn'?t|did\s+not)\s+"
    r"(?:gave|give|sent|send|told|tell|passed|pass|shared|share)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,3}?(?:until|till|on|at|the\s+night|"
    r"the\s+day|last\s+minute|late|this\s+morning|yesterday|today|last\s+night)",
    r"(?:they|he|she|everyone|everybody|finance|hr|legal|marketing|sales|ops|operations|procurement|design|engineering|management|accounts|payroll|qa|support|compliance|(?:the|my|our|his|her|their|your)\s+(?:(?!(?:and|but|or|so|then|yet)\b)[\w-]+\s+){0,2}?(?!(?:and|but|or|so|then|yet)\b)[\w-]+)\s+kept\s+(?:changing|moving|adding|"
    r"cancelling|canceling|interrupting|calling|asking)",
    # what would not have happened if someone else had acted ("if IT had fixed my laptop, this wouldn't have happened")
    r"if\s+(?!i\b|we\b)(?:[\w'-]+\s+){1,4}?(?:had|hadn'?t|had\s+not)\s+[^.!?\n]{0,70}?(?:this|it|that|none\s+of\s+this|"
    r"nothing|i|we)\s+(?:wouldn'?t|would\s+not|would\s+never|would\s+have|could\s+have)",
    r"it\s+was\s+(?:the|their|his|her|your|[\w-]+'s)\s+(?:[\w'-]+\s+){0,3}?(?:that|which|who)\s+(?:was|were|caused|made|had|got|"
    r"went)",
    r",?\s+not\s+(?:our|my)\s+(?:own\s+)?(?:calculation|work|mistake|error|doing|end|side|part|process|system|figures|numbers)",
    # the reader blamed ("you changed the brief twice")
    r"you\s+(?:changed|moved|cancelled|canceled|kept\s+changing|never\s+(?:told|sent|said|gave|confirmed|reminded|warned|"
    r"mentioned)|didn'?t\s+(?:tell|send|say|give|confirm|remind|warn|mention))\s+(?:me\s+|us\s+)?(?:the|your|it|us|me|that|what|when|where)",
    # things as the cause: the traffic, a machine, a mail filter
    r"(?:the|my|our)\s+(?:new\s+|old\s+)?(?:traffic|roads?|weather|queue|line|wifi|wi-fi|internet|connection|signal|network|server|system|"
    r"software|app|printer|calendar|inbox|laptop|computer|phone|battery|scanners?|tools?|equipment|machines?)\s+(?:in\s+[\w ]{1,30}?\s+|at\s+[\w ]{1,30}?\s+)?"
    r"(?:was|were|went|got|had\s+been|is|are)\s+(?:\w+\s+)?(?:terrible|awful|horrendous|horrible|a\s+nightmare|chaos|chaotic|"
    r"down|dead|delayed|cancelled|canceled|late|broken|crazy|mad|insane|jammed|gridlocked|flat|unusable|useless|unbelievable|"
    r"ridiculous|dreadful|a\s+joke)",
    r"(?:put|sent|moved|filtered|dumped)\s+(?:\w+\s+){0,3}?(?:in|into|to)\s+(?:my\s+|the\s+)?(?:spam|junk)",
    r"(?:the|my|our)\s+(?:train|bus|flight|tube|car|taxi|laptop|computer|internet|wifi|wi-fi|connection|phone|"
    r"childminder|babysitter)\s+(?:was|were|got|had)?\s*(?:cancelled|canceled|delayed|late|broke(?:\s+down)?|crashed|"
    r"died|failed|dropped)",
)

# The sentence just after an apology that explains it by someone or something else (BLAME_LEAD, then TROUBLE, with no
# "I"/"we" acting before the trouble): "Sorry the slides were late. The conference wifi kept dropping.", "Apologies for
# missing our call. Your booking page showed the wrong time zone.", "…There was a problem with the portal all week."
#: A sentence led by someone or something other than the writer (or by "there was"), not by a request or a thank-you.
BLAME_LEAD = quick(
    re.compile(
        r"^\s*(?:(?:and|but|so|unfortunately|sadly|apparently|honestly|basically|well|turns\s+out|it\s+turns\s+out)\s*,?\s+)?"
        r"(?!(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|our|me|us|it|it's|this|that|that's|please|thanks?|thank|sorry|"
        r"apologies|hope|let|could|can|would|will|shall|may|do|did|is|are|how|what|when|why|no|yes|ok|okay|anyway|"
        r"best|regards|cheers|see|talk|speak|looking)\b)"
        r"(?:the|your|their|his|her|its|some|a|an|there|[a-z][\w'-]*)\b",
        re.IGNORECASE,
    )
)
#: The words between a release and a pressing phrase after it in the same clause, when the release still holds there
#: (no clause end, no "but" turning it): "no pressure at all if this term is too busy for you".
RELEASE_HOLDS = quick(re.compile(r"^(?:(?!\bbut\b)[^.!?;\n])*$", re.IGNORECASE))
#: The writer (or their side) as the one who acts: "I", "we".
WRITER_SUBJECT = quick(re.compile(r"\b(?:i|we)(?:'m|'ve|'d|'ll)?\b", re.IGNORECASE))
#: Something gone wrong, as the cause of what the writer apologises for.
TROUBLE = _rx(
    r"kept\s+(?:dropping|crashing|failing|freezing|changing|losing)",
    r"(?:dropp|crash|fail|freez)(?:ed|ing|s)",
    r"flaky|glitch\w*|bugs?|buggy|outage|offline|went\s+down|was\s+down|were\s+down",
    r"(?:broke|broken|wrong|incomplete|outdated|impossible|unreliable|useless|late|delayed|cancell?ed|lost|missing)",
    r"(?:old|previous)\s+address|last\s+(?:year|quarter|month|week)'s",
    r"not\s+possible|no\s+way\s+to|(?:never|didn'?t|did\s+not|wasn'?t|weren'?t|couldn'?t|wouldn'?t|failed\s+to)\b",
    r"(?:problems?|issues?|trouble|mix-?up|miscommunication|confusion)\s+(?:with|on|at|in|over)",
    r"(?:changed|moved|cancell?ed)\s+(?:\w+\s+){0,3}?without",
    r"as\s+(?:usual|always|they\s+always\s+do)|again\b",
)

# A deadline on what the reader is asked to do.
DEADLINE = _rx(
    r"(?:call|reply|answer|respond|write|ring|text|confirm)\s+(?:to\s+)?(?:me\s+|us\s+)?(?:today|tomorrow|tonight)",
    r"(?:by|before|until)\s+(?:mon|tues?|wed|weds|thurs?|fri|sat|sun)\b",
    r"(?:by|before|until)\s+(?:tomorrow|tonight|today|(?:this\s+|next\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|weekend)|the\s+end\s+of|end\s+of|noon|\d{1,2}(?:st|nd|rd|th)?\b)",
    r"asap",
    r"close\s+of\s+(?:play|business)",
    r"(?:by\s+)?(?:eod|cob)",
    r"within\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|24|48)\s+(?:hours?|days?)",
    r"no\s+later\s+than",
    r"at\s+the\s+(?:very\s+)?latest",
    r"as\s+soon\s+as\s+possible",
    r"urgently",
    r"immediately",
    r"right\s+away",
    r"(?:is|are|'s)\s+due\s+(?:on\s+)?(?:tomorrow|today|tonight|(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week))",
    r"over\s+the\s+(?:week-?end|next\s+(?:day|two\s+days|few\s+days))",
    r"(?:before|by)\s+then",
)
# Verbs of replying: a deadline on them is a deadline on the reader.
REPLY = _rx(
    r"reply",
    r"answer",
    r"respond",
    r"get\s+back",
    r"let\s+me\s+know",
    r"hear\s+back",
    r"write\s+back",
    r"(?:a|an|your)\s+(?:yes|no|decision|confirmation|go-ahead|green\s+light|sign-off)",
    r"confirm",
    r"hear\s+from\s+you",
    # the writer needs or expects something from the reader ("I need feedback on my portfolio by Friday", "your comments
    # would need to reach me by Thursday", "I am expecting your feedback by EOD")
    r"(?:i|we)(?:'d|'ll)?\s+(?:\w+\s+)?(?:need|needs|expect|expecting|require|must\s+have|have\s+to\s+have)\s+(?:\w+\s+){0,2}?"
    r"(?:feedback|comments|reference|review|thoughts|input|intro\w*|signature|letter|sign-off|notes|edits|go-ahead|"
    r"approval|recommendation)",
    r"(?<!\bdon't\s)(?<!\bno\s)need\s+your\s+(?:eyes|help|feedback|input|thoughts|comments|reference|review|signature|"
    r"answer|reply|notes|sign-off)",
    r"your\s+(?:\w+\s+)?(?:feedback|comments|reference|review|thoughts|input|intro\w*|signature|letter|sign-off|notes|edits|"
    r"go-ahead|approval|recommendation)\s+(?:would|will|must|has\s+to|have\s+to|needs?\s+to|should)\s+(?:\w+\s+){0,2}?"
    r"(?:reach|be|come|arrive|get\s+to|land)",
)
# "I know you're busy, but …": what follows the "but" decides whether it releases or presses.
BUSY_BUT = quick(
    re.compile(
        r"\b(?:i\s+know|i\s+reali[sz]e|i\s+understand|i\s+appreciate)\s+(?:that\s+)?(?:you'?re|you\s+are|how|it'?s|this\s+is)\s+"
        r"(?:\w+\s+){0,3}?(?:busy|a\s+lot\s+to\s+ask|short\s+notice)\s*,?\s*but\s+(?P<after>[^.!?\n]{0,160})",
        re.IGNORECASE,
    )
)
# Words that make it easy to say no (after a "but", or around a deadline).
RELEASE = _rx(
    r"no\s+(?:rush|pressure|worries|problem|obligation|need)",
    r"(?:completely|totally|perfectly|absolutely)?\s*fine",
    r"if\s+not",
    r"only\s+if",
    r"whenever",
    r"feel\s+free",
    r"(?:don'?t|do\s+not)\s+worry",
    r"understand\s+if",
    r"no\s+hurry",
    r"in\s+your\s+own\s+time",
    r"(?:don'?t|do\s+not)\s+feel\s+(?:any\s+|under\s+any\s+)?(?:obligation|pressure|obliged|you\s+have\s+to)",
)

# Taking responsibility: after a cause is named, these words own it ("…but that's no excuse").
#: The reader's favour promised to others before they said yes (labelling call 6): "I told my study group you'd give
#: a talk", "my director has already informed the committee that you will join", "I said to our investors the intro is
#: happening", "I've announced you as our keynote"; not what the writer said the reader is ("I told Sam you'd be the
#: best person to ask"). Read with PRESSURE (kept apart from it, a feature of the learned signal).
PROMISED_FOR_THEM = _rx(
    r"(?:\bi|\bwe|my\s+[\w-]+|our\s+[\w-]+)(?:\s+have|'ve|\s+has|\s+had)?\s+(?:already\s+)?(?:told|informed|promised|"
    r"assured|said\s+to|confirmed\s+to|let)\s+(?!you\b)(?:[\w'-]+\s+){0,6}?(?:know\s+)?(?:that\s+)?(?:you(?:'ll|'d|\s+will|"
    r"\s+would|'re\s+going\s+to|\s+are\s+going\s+to)\b(?!\s+be\s+(?:the|a|an|great|good|perfect|ideal|best|happy|glad|keen|"
    r"interested|open|up\s+for)\b)|the\s+(?:intro|introduction|session|talk|review|call)\s+(?:to\s+\w+\s+)?"
    r"(?:is|will|'s)\b|it'?s\s+happening|it\s+is\s+happening|i\s+will\s+have|i'?ll\s+have)",
    r"(?:already\s+)?announced\s+you\s+as",
)
#: An apology's cause put somewhere else by the way it is told (labelling call 9): bad luck, circumstances piled up,
#: a thing or a person that "must have" done it, the reader's own doing ("if you'd reminded me"). Read next to an
#: apology; OWNING after it still makes it honest.
EXCUSE = _rx(
    r"(?:bad|rotten|sheer|pure)\s+luck|unlucky|unluckily|just\s+(?:wasn'?t|was\s+not)\s+(?:my|our)\s+day",
    r"what\s+with\s+(?:the|my|all|their|his|her|a|an)\b",
    r"you\s+know\s+(?:how|what)\s+(?:it|things|they|those|these|the|that|he|she)\b",
    r"(?:turns|turned)\s+out\s+(?:that\s+)?(?!i\b|we\b)(?:the|their|his|her|my|your|some|a|an|[a-z]+)\b",
    r"(?!i\s|we\s)(?:the|my|our|their|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:must\s+have|seems?\s+to\s+have|seems?\s+to|"
    r"apparently|decided\s+to|forgot\s+to|failed\s+to)\b",
    r"if\s+you'?d\s+(?:\w+\s+){0,2}?(?:reminded|told|put|sent|said|let|given|warned|booked|asked)",
    r"because\s+(?!i\b|i'|we\b|we'|of\s+me\b|my\s+own\b)(?:the|our|their|his|her|your|some|a|an|[a-z]+)\b"
    r"[^.!?\n]{0,40}?\b(?:sat\s+on|didn'?t|did\s+not|never|forgot|lost|broke|was\s+down|were\s+down|changed|cancell?ed|"
    r"mixed\s+up|messed\s+up|double-?booked|sent\s+(?:me\s+)?the\s+wrong)",
)
OWNING = _rx(
    r"no\s+excuse",
    r"my\s+(?:own\s+)?(?:responsibility|mistake|fault|doing)",
    r"(?:that'?s|it'?s|this\s+is|it\s+is|that\s+is)\s+on\s+me",
    r"i\s+should\s+have",
    r"i\s+(?:shouldn'?t|should\s+not)\s+have(?!\s+to\b)",
    r"i\s+take\s+(?:full\s+)?responsibility",
    r"i\s+(?:was|am)\s+responsible",
    r"entirely\s+mine",
    r"i\s+(?:didn'?t|did\s+not|failed\s+to)\s+(?:plan|check|double-check|leave|allow|ask|confirm|read|set)",
    r"i\s+should'?ve",
    r"i\s+(?:messed|screwed)\s+up",
    r"(?:i\s+)?own\s+(?:that|this|it)\b",
    r"(?:the\s+)?(?:responsibility|blame)\s+(?:is|was|lies)\s+(?:mine|with\s+me)",
    r"i\s+take\s+(?:the\s+)?blame",
)

PLACEHOLDER = re.compile(
    r"\{\{\s*[^{}\n]{1,60}?\s*\}\}"  # {{ x }}  (Jinja, Handlebars, Mustache)
    r"|\{[A-Za-z_][\w .-]{0,40}\}"  # {x}      (Python format, many mail tools)
    r"|\$[A-Za-z_][\w ]{0,30}\$"  # $X$
    r"|\[(?!\d+\])[^\[\]\n]{1,80}\](?!\()"  # [Name]   (not a [1] note, not a [link](url))
    r"|«[^«»\n]{1,40}»"  # «First Name» (Word mail merge)
    r"|\*\|[A-Z0-9_]{1,30}\|\*"  # *|FNAME|* (Mailchimp merge tag)
    r"|%\([A-Za-z_]\w{0,30}\)s"  # %(name)s
    r"|\bX{3,}\b|\bTK\b"
)  # XXX, TK (typesetters' "to come")


def placeholder_with_merge_fields(merge_field: str) -> re.Pattern:
    """PLACEHOLDER for a language that writes titles and quotations between «»: there a «…» is a gap only when it
    matches ``merge_field`` (the language's field names: «Vorname», «Nombre del contacto»), not every «title»."""
    any_quoted = r"|«[^«»\n]{1,40}»"
    assert any_quoted in PLACEHOLDER.pattern
    return re.compile(PLACEHOLDER.pattern.replace(any_quoted, "|" + merge_field))


# <Name> or <first name>: angle brackets around words, but not an HTML tag.
ANGLE_PLACEHOLDER = re.compile(r"<\s*([A-Za-z][A-Za-z _'-]{0,40}?)\s*>")
HTML_TAGS_TEXT = "a abbr b blockquote body br code div em font h1 h2 h3 h4 h5 h6 head hr html i img li link meta ol p pre s script small span strong style sub sup table tbody td th title tr u ul"
HTML_TAGS = frozenset(HTML_TAGS_TEXT.split())

# awkward-position: what a friend (or anyone) should not be asked to do. Looked for in requests only.
GO_AROUND = _rx(
    # behind someone's back, whoever they are ("without Gareth knowing", "without anyone finding out")
    r"without\s+(?:[\w'-]+\s+){1,3}?(?:knowing|finding\s+out|hearing\s+about\s+it|getting\s+wind)",
    r"(?:go|going|get|getting)\s+(?:around|round|past)\s+(?:your|the|his|her|their)\s+(?:\w+\s+){0,2}(?:manager|boss|"
    r"supervisor|lead|hr|process|system|portal|rules|recruit\w*|procedure)",
    r"(?:go|going)\s+over\s+(?:your|the|his|her|their|\w+'s)\s+(?:\w+'?s?\s+)?head",
    r"(?:skip|skipping|bypass|bypassing|jump|jumping|sidestep|dodge|avoid|cut|cutting)\s+(?:the\s+|your\s+|a\s+)?(?:\w+\s+){0,2}"
    r"(?:process|portal|application|queue|hr|test|assessment|system|line|rules|procedure|interviews?|screen|screening|"
    r"recruiters?|round|stage|pile|stack|shortlist\w*)",
    r"fast-?track(?:ing|ed)?\s+(?:me|my)",
    r"pull\s+(?:a\s+few\s+|some\s+|any\s+|a\s+couple\s+of\s+)?strings",
    r"vitamin\s+b\b",
    r"(?:put|get|move|slip)\s+(?:me|my\s+(?:\w+\s+)?(?:cv|name|application|resume))\s+(?:on|onto|to\s+the\s+top\s+of)\s+(?:the|a|their)\s+"
    r"(?:\w+\s+)?(?:shortlist|pile|list)",
    r"wave\s+(?:my|me|it|this|the)\s+(?:[\w-]+\s+){0,2}?through",
    r"(?:bump|move|push|nudge)\s+(?:my|me|it)\s+(?:[\w-]+\s+){0,2}?(?:up|to\s+the\s+top|forward|ahead)",
    r"(?:back|side)\s*-?\s*(?:channel|door)",
    r"(?:push|argue|fight|lobby|advocate|go\s+to\s+bat|bat|pull\s+strings)\s+for\s+me\b",
    r"make\s+sure\s+(?:my\s+(?:\w+\s+)?(?:application|cv|bid|proposal|name|entry|submission)|i)\s+(?:\w+\s+){0,2}?(?:ends?\s+up|gets?|"
    r"goes|is|am)\s+(?:near\s+|at\s+|on\s+|onto\s+)?(?:the\s+top|through|shortlisted|picked|selected|approved|chosen|funded|"
    r"accepted|the\s+shortlist)",
    r"(?:top|front)\s+of\s+the\s+(?:pile|queue|list|stack)",
    # straight to the person who decides, past whoever would see it first
    r"(?:skip|bypass|leapfrog|sidestep|go\s+around|go\s+round|go\s+over)\s+(?:him|her|them|your\s+(?:[\w-]+\s+)?(?:manager|boss|"
    r"lead|supervisor|team\s+lead))\b",
    r"(?:straight|directly|right)\s+(?:in|on)?to\s+(?:the|your|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:manager|boss|head|vp|"
    r"director|lead|ceo|cto|cfo|coo|founder|partner|chief|president|executive|decision-maker)s?",
    r"to\s+(?:the|your|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:manager|boss|head|vp|director|lead|ceo|cto|cfo|coo|founder|"
    r"partner|chief|president|executive)s?\s+(?:[\w-]+\s+){0,3}?(?:directly|personally|privately)",
    r"so\s+(?:that\s+)?(?:i|it|my\s+\w+|we)\s+(?:don'?t|doesn'?t|won'?t|wouldn'?t|can|can\s+just)\s+(?:have\s+to\s+|need\s+to\s+|"
    r"get\s+)?(?:go\s+through|apply|filtered|screened|stuck|lost|skip|avoid|bypass|wait\s+in)",
    r"(?:instead\s+of|rather\s+than)\s+(?:me\s+)?(?:going\s+through|applying|waiting\s+for)\s+(?:\w+\s+){0,2}?"
    r"(?:hr|the|a|an|recruit\w*|portal|process|system|website|official)",
    r"(?:filtered|screened|weeded|thrown)\s+out\s+(?:by|at)",
    r"without\s+(?:going\s+through|applying|telling)\s+(?:\w+\s+){0,2}(?:hr|manager|boss|process|portal|system|website)",
    # past the route it should take ("straight to Delyth instead of through the portal", "by hand, not via HR",
    # "without it going back to my director")
    r"(?:instead\s+of|rather\s+than|not)\s+(?:me\s+)?(?:going\s+)?(?:through|via)\s+(?:the\s+|a\s+|an\s+|their\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:hr|portal|process|system|website|queue|inbox|recruit\w*|application|channels?|route|form)s?\b",
    r"without\s+(?:it|this|that|them|me|the\s+\w+)\s+going\s+(?:back\s+)?(?:to|through|past|via)\s+(?:him|her|them|your|my|the|hr)\b",
    r"behind\s+(?:your|their|his|her)\s+(?:\w+'?s?\s+)?back",
    r"(?:get|let)\s+me\s+(?:out\s+of|skip|past|around)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:test|assessment|interviews?|"
    r"process|round|stage|application|screening)",
    r"straight\s+(?:in)?to\s+the\s+(?:final|last)\s+(?:round|stage|interview)",
)
CONFIDENTIAL = _rx(
    r"confidential",
    r"internal\s+(?:\w+\s+){0,2}(?:documents?|data|figures|salar\w*|bands?|memos?|reports?|numbers|"
    r"lists?|emails?|plans?|notes|roadmaps?|strateg(?:y|ies)|pricing|forecasts?|minutes|decks?|accounts|pipeline)",
    r"(?:salary|pay)\s+(?:bands?|grades?|scales?)",
    r"(?:who\s+else|the\s+other\s+(?:candidates|applicants))\s+(?:\w+\s+){0,2}(?:applied|applying|interview\w*)",
    r"what\s+(?:salary|pay)\s+(?:\w+\s+){0,2}(?:were|was)\s+offered",
    r"(?:pays?|paid|salar(?:y|ies)|earns?)\s+(?:\w+\s+){0,2}?(?:the\s+)?other\s+\w+",
    r"other\s+(?:\w+\s+)?(?:people|staff|employees|colleagues|analysts|candidates)(?:'s?)?\s+(?:pay|salar(?:y|ies)|offers?)",
    r"(?:which|what)\s+questions\s+(?:the\s+)?(?:panel|interviewers?|they|\w+\s+panel)\s+(?:will|are\s+going\s+to|would)\s+ask",
    r"(?:the|your)\s+(?:actual\s+)?interview\s+(?:questions|answers|scores)",
    r"off\s+the\s+record",
    r"(?:before|ahead\s+of)\s+(?:it'?s|it\s+is|they'?re|they\s+are|it\s+gets|it\s+goes)\s+(?:officially\s+)?(?:announced|public|"
    r"posted|advertised|published|out|released|live|shared)",
    r"(?:sneak|leak|slip)\s+(?:me|us)\s+(?:a|the|some|any|your)\s+(?:\w+\s+)?(?:look|peek|copy|copies|glimpse|preview)",
    r"(?:login|log-in|password|credentials|access\s+code|badge|key\s*card|account)\s+(?:details\s+)?(?:for|to)\s+(?:your|the)",
    r"(?:your|the\s+company'?s|your\s+company'?s)\s+(?:login|password|credentials)",
    r"(?:what|which)\s+(?:the\s+)?(?:take-?home\s+|technical\s+|coding\s+)?(?:test|exercise|case\s+study|task|assessment|questions?)\s+"
    r"(?:will\s+be|is\s+going\s+to\s+be|are\s+going\s+to\s+be|they'?ll\s+(?:set|give|use))",
    r"(?:questions|tasks|test|answers)\s+in\s+advance",
    r"(?:before|ahead\s+of)\s+(?:the|any|an?)\s+(?:\w+\s+)?(?:announcement|decision|news|release|launch)\s+(?:is|goes|comes|gets)?",
    r"(?:which|who|what)\s+(?:\w+\s+){0,3}?(?:is|are)\s+(?:being|going\s+to\s+be|about\s+to\s+be)\s+(?:cut|axed|closed|merged|"
    r"restructured|let\s+go|made\s+redundant|laid\s+off)",
    r"inside\s+(?:track|info\w*|scoop|knowledge|line)",
    r"forget['\"]?\s+to\s+(?:mention|tell|say)",
    r"(?:don'?t|not\s+to)\s+mention\s+(?:that\s+i|the\s+fact|my\s+(?:\w+\s+)?(?:gap|dismissal|sacking|record|last\s+job))",
    r"tip\s+me\s+off",
    r"(?:advertised|posted|filled|offered)\s+internally",
    r"(?:check|look\s+up|find\s+out|see)\s+(?:whether|if|what|how|where)\s+my\s+(?:\w+\s+)?(?:application|cv|candidacy|file|case|score|"
    r"ranking|status|rating)",
    r"(?:have|got|with)\s+access\s+to\s+(?:the|your)\s+(?:\w+\s+)?(?:hr|payroll|internal|crm|applicant|recruit\w*|personnel)\s+"
    r"(?:system|database|files|portal)",
    r"(?:copy|use|take|borrow|reuse|share)\s+(?:the\s+|your\s+|some\s+)?(?:code|designs?|files|data|documents|slides|materials|"
    r"source|templates?|models?)\s+(?:from|of)\s+(?:your|the)\s+(?:\w+\s+)?(?:work|company|employer|client|job)",
    r"anything\s+you\s+hear\s+(?:in|at|from|about)",
    r"(?:before|ahead\s+of)\s+(?:the\s+)?(?:official|formal|public)\s+(?:feedback|announcement|results?|decision|release|letters?)",
    r"(?:my|their|his|her|the\s+other)\s+(?:\w+\s+)?(?:scores|ratings|rankings|marks|results)\s+(?:were|are|was|is|in\s+the)",
    r"(?:sneak|secret|quiet)\s+(?:peek|look)\s+at",
    r"(?:evaluation|tender|bid|assessment|scoring|panel)\s+(?:scores|results|marks|sheets|notes|rankings)",
    r"nobody\s+(?:needs|has)\s+to\s+know",
    r"un(?:released|announced|published)",
    r"not\s+yet\s+(?:public|announced|released|published|official)",
    r"(?:internal|product|private|secret|unofficial)\s+roadmaps?",
    r"(?:budget|salary|pay|rate|headcount|offer|range|bonus)s?\s+(?:\w+\s+){0,2}?(?:they'?ve|they\s+have|has\s+been|have\s+been|"
    r"has|have|was|were|is|are|got)\s+(?:\w+\s+)?(?:approved|budgeted|allocated|agreed|signed\s+off|set\s+aside)",
    r"(?:who|which\s+(?:people|candidates))\s+(?:\w+\s+){0,2}(?:is|are|was|were)\s+(?:being\s+)?(?:shortlisted|interviewed|"
    r"considered|laid\s+off|let\s+go|made\s+redundant|promoted)",
    r"(?:planned|upcoming|coming)\s+(?:lay-?offs|redundancies|cuts|reorg\w*|restructur\w*)",
    # the employer's clients, contacts or plans ("the landlord contact list", "which sites your company is bidding on")
    r"(?:send|give|forward|share|pass|get|email|copy|screenshot)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,3}?(?:client|customer|landlord|"
    r"tenant|supplier|donor|member|patient|candidate|contact)s?\s+(?:contact\s+)?(?:lists?|database|details|data|spreadsheet|"
    r"files?)",
    r"(?:which|who)\s+(?:of\s+the\s+)?(?:other\s+)?(?:candidates|applicants)",
    r"(?:salary|pay|bonus|headcount|budget)\s+(?:review\s+)?(?:spreadsheet|sheet|file|list|figures|numbers|plan)s?\b[^.!?\n]{0,40}?"
    r"(?:before|ahead\s+of)",
    r"(?:which|what)\s+(?:\w+\s+){0,3}?(?:your\s+(?:company|firm|team|employer|bank|agency)|they|you)(?:'re|\s+(?:is|are))\s+"
    r"(?:bidding|pitching|tendering|planning\s+to\s+(?:buy|acquire|bid)|acquiring|buying|about\s+to)",
    r"(?:shortlisting|interview|panel|selection|hiring)\s+(?:notes|scores|comments|feedback\s+on\s+(?:other|the\s+other))",
    r"(?:the\s+)?other\s+(?:\w+\s+){0,2}?(?:candidates?|applicants?|people|staff|colleagues|analysts|hires?)\s+(?:are|were|is|was|got|get)\s+"
    r"(?:being\s+)?(?:paid|offered|earning|on)\b",
    r"who(?:'s|\s+is|\s+are|\s+else\s+is)\s+(?:\w+\s+)?(?:on|in)\s+(?:the\s+)?(?:shortlist|running|final\s+round)",
    r"how\s+much\s+(?:the|their|his|her|your)\s+(?:[\w-]+\s+){0,5}?(?:was|were|is|are|got|gets|get)\s+(?:being\s+)?(?:offered|paid)",
    r"(?:the|their)\s+(?:\w+\s+)?questions\s+(?:they|the\s+panel|interviewers?)\s+(?:ask|use|will\s+ask|are\s+asking)",
    r"(?:deck|proposal|pitch|contract|bid|tender|quote|pricing|slides|report)s?\s+(?:that\s+)?(?:your|the)\s+(?:firm|company|team|"
    r"agency|bank|employer|boss)\s+(?:sent|made|prepared|wrote|submitted|gave|pitched)",
)
#: What is not the reader's to give about a selection or about colleagues (read with CONFIDENTIAL; kept apart from it,
#: a feature of the learned signal).
SELECTION_SECRETS = _rx(
    # a named third person's pay, the verb in the third person ("how much does Luis make in the charge nurse job")
    r"how\s+much\s+(?:does|did)\s+(?!you\b)(?:[\w.'-]+\s+){1,3}?(?:make|earn|get\s+paid|take\s+home|bring\s+in)",
    # the other candidates' own work ("what the other applicants submitted", "the solutions other candidates made")
    r"other\s+(?:finalists|candidates|applicants|interviewees)\s+(?:\w+\s+)?(?:submitted|made|wrote|sent|answered|"
    r"handed\s+in|turned\s+in|did|gave)",
    r"(?:solutions?|answers?|submissions?|tasks?|tests?|portfolios?|cvs?)\s+(?:\w+\s+){0,2}?other\s+(?:finalists|candidates|"
    r"applicants|interviewees)",
    # the panel's own papers ("the scoring sheet the interviewers use", "the internal evaluation sheet")
    r"(?:scoring|evaluation|marking|assessment|interview)\s+(?:sheets?|rubrics?|schemes?|grids?|matri(?:x|ces))",
    r"(?:panel'?s?|interviewers'?)\s+(?:rubric|scorecards?|score\s*sheets?)|answer\s+key|model\s+answers",
    # what named colleagues are paid or asked for ("what Tom and Aisha started on", "what Segun is on now", "what salary
    # Eng. Walid got when he joined", "what the other finalists asked for"); not the reader's own ("what you started
    # on")
    r"(?:what|how\s+much)\s+(?:salary\s+|pay\s+|money\s+)?(?!you\b|your\b|i\b|we\b)(?:[\w.'-]+\s+){1,5}?(?:started\s+on|"
    r"(?:is|are|was|were)\s+on\s+(?:now|these\s+days|at\s+the\s+moment)|(?:got|gets|get|earns?|earned|makes?|made)\s+"
    r"(?:paid\s+|when|after|since|now|there|a\s+year|per|in\s+salary)|asked\s+for\s+in\s+(?:salary|pay))",
    r"(?:the\s+)?other\s+(?:finalists|candidates|applicants|interviewees|shortlisted\s+\w+)\s+(?:asked|wanted|requested|"
    r"negotiated|went)\s+for",
    # who else is in the running ("who else made it onto the shortlist", "who I'm up against", "how many are on it")
    r"who\s+else\s+(?:\w+\s+){0,4}?(?:shortlist\w*|running|final\s+round|interview\w*|appl\w+|up\s+for)",
    r"who\s+(?:i'?m|i\s+am|i'?ll\s+be)\s+up\s+against",
    r"how\s+many\s+(?:\w+\s+){0,2}?(?:are|made\s+it|got)\s+(?:on|onto|to)\s+the\s+shortlist",
    # the panel's own questions, from someone who sits on it ("a peek at what you'll be asking on the day")
    r"what\s+(?:you|they|the\s+panel)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+)?ask(?:ing)?\b",
    r"questions\s+(?:you|they|the\s+panel)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+)?ask(?:ing)?\b",
)
#: Papers whose audience is restricted, named next to a request for them ("I know it was only for leads"): not the
#: reader's to pass on.
RESTRICTED = _rx(
    r"(?:only|just|meant|intended|strictly)\s+for\s+(?:the\s+)?(?:managers|leads|team\s+leads|leadership|directors|the\s+board|"
    r"board\s+members|execs|executives|partners|heads|senior\s+\w+|management|hr|staff\s+above\s+\w+)\b",
    r"(?:managers|leadership|board|execs?|directors|partners)['’]?\s*-?\s*only\b",
)
#: The writer wishing to know something, put as a hint rather than a request ("I keep wondering what…", "I'm just
#: curious who…", "I'd sleep better knowing…", "I wouldn't say no to a peek").
WANT_TO_KNOW = _rx(
    r"(?:wonder|wondering|curious|dying\s+to\s+know|love\s+to\s+know|itching\s+to\s+know)",
    r"(?:sleep|feel|rest)\s+(?:a\s+lot\s+|much\s+|so\s+much\s+)?better\s+knowing",
    r"(?:wouldn'?t|would\s+not|won'?t)\s+say\s+no\s+to",
    r"(?:if\s+you\s+)?(?:feel|felt)\s+like\s+sharing",
)
# The writer promises to keep what the reader tells them secret: what is asked for is not the reader's to give.
SECRECY = _rx(
    r"(?:i\s+)?(?:won'?t|will\s+not|promise\s+not\s+to|never\s+(?:tell|say))\s+(?:tell|share|mention|say|pass\s+it\s+on)"
    r"(?:\s+(?:anyone|anybody|a\s+soul|it|where|who))?",
    r"(?:nobody|no\s+one|no-one)\s+(?:will|would|needs\s+to|has\s+to|is\s+going\s+to)\s+(?:ever\s+)?(?:know|find\s+out|hear|notice)",
    r"(?:i'?ll|i\s+will)\s+keep\s+(?:it|this|that)\s+(?:to\s+myself|secret|quiet|between\s+us|confidential)",
    r"(?:it|this)\s+(?:stays|will\s+stay)\s+between\s+us",
    r"between\s+(?:us|you\s+and\s+me|ourselves)",
    # passing something on the quiet ("could you quietly send me…", "share it unofficially")
    r"(?:quietly|discreetly|unofficially|secretly)\s+(?:pass|send|forward|share|tell|give|slip|mention|let|show|copy|email)",
    r"(?:pass|send|forward|share|tell|give|slip|show|copy|email)\s+(?:[\w-]+\s+){0,4}?(?:quietly|discreetly|unofficially|secretly|"
    r"on\s+the\s+quiet|on\s+the\s+sly|under\s+the\s+table|under\s+the\s+radar|on\s+the\s+down-?low)",
    r"keep\s+(?:it|this|that)\s+(?:quiet|secret|under\s+wraps|to\s+yourself|hush-hush|off\s+the\s+record)",
    r"(?:it|this|that)\s+(?:won'?t|will\s+not|wouldn'?t|would\s+not)\s+go\s+(?:any\s+)?further",
)
VOUCH = _rx(
    r"(?:put|say)\s+in\s+a\s+(?:good\s+)?word",
    r"(?:say|put|give|drop)\s+(?:in\s+)?a\s+(?:good|kind|positive|nice)\s+word",
    r"vouch\s+for",
    r"recommend(?:ation|ations|ing|ed)?",
    r"(?:mark|rate|score|rank|list|put\s+down|describe)\s+me\s+as",
    r"(?:be|act\s+as)\s+(?:a|my)\s+(?:\w+\s+)?(?:reference|referee)",
    r"(?:sign|write|do|give|provide)\s+(?:me\s+)?(?:the|a|an|my)\s+(?:\w+\s+)?(?:reference|testimonial|endorsement|recommendation)",
    r"(?:sign|signing)\s+(?:off\s+)?my\s+(?:[\w-]+\s+){0,3}?(?:log|logbook|hours|timesheet|form|record|portfolio|competenc\w+|"
    r"placement|assessment|sheet)",
    r"(?:a|my)\s+(?:\w+\s+)?(?:reference|testimonial|endorsement)\s+(?:for|from|letter)",
    r"write\s+(?:me\s+)?(?:a|an)\s+(?:\w+\s+){0,2}?(?:reference|testimonial|endorsement|recommendation)",
    r"endorse\s+(?:me|my)",
    r"put\s+(?:\w+\s+){0,2}forward",
    r"speak\s+(?:up\s+)?for",
    r"(?:tell|assure)\s+(?:them|him|her|the\s+(?:\w+\s+){0,2}?\w+)\s+(?:that\s+)?(?:i'?m|i\s+am|she|he)",
    r"(?:tell|assure|convince)\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){0,5}?(?:that\s+)?(?:i'?m|i\s+am|my\s+\w+\s+(?:is|are))",
    r"(?:tell|assure|convince)\s+(?:[\w-]+\s+){1,4}?(?:that\s+)?you(?:'ve|\s+have)\s+(?:\w+\s+)?(?:seen|watched|worked\s+with|tried)",
    r"(?:tell|assure|convince)\s+(?:them|him|her|the\s+[\w-]+|your\s+[\w-]+)\s+(?:that\s+)?i\s+(?:led|did|built|ran|managed|wrote|"
    r"designed|delivered|owned|created)",
    r"(?:told|tell|telling|assured|assure)\s+(?:him|her|them|your\s+[\w-]+|the\s+[\w-]+)\s+(?:that\s+)?(?:i'?d\s+be|i\s+would\s+be|"
    r"i'?m|i\s+am|i\s+was)\s+(?:\w+\s+){0,2}?(?:a|an|the|brilliant|excellent|great|good|perfect|ideal|reliable|right|best)",
)
#: More vouches (read with VOUCH by the blind-vouch check; kept apart from VOUCH, a feature of the learned signal): a
#: referee, an endorsement, a letter or note saying what the writer is worth ("be my referee", "endorsing me for Rust",
#: "a letter of support", "a note to the judges that I am careful", "say I'm a safe driver", "vouching for my work").
VOUCH_WRITTEN = _rx(
    r"vouching\s+for",
    r"(?:be|become|act\s+as)\s+(?:my|a|one\s+of\s+my)\s+(?:\w+\s+)?(?:referees?|references?|sponsors?|guarantors?)",
    r"endors(?:e|ing|ed)\s+(?:me|my)\b",
    r"letters?\s+of\s+(?:support|recommendation|reference|endorsement)",
    r"(?:note|letter|email|message|line|word|few\s+lines)s?\s+(?:to\s+(?:[\w'-]+\s+){1,4}?)?(?:saying|to\s+say|that)\s+"
    r"(?:i'?m|i\s+am|i\s+was|i'?d\s+be|i\s+would\s+be|my\s+[\w-]+\s+(?:is|are|was))\b",
    r"say\s+(?:that\s+)?(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+(?:\w+\s+){0,2}?(?:a|an|the|brilliant|excellent|great|good|"
    r"perfect|ideal|reliable|right|best|safe|strong|hard-?working|dedicated|careful|trustworthy|capable)\b",
)
#: A vouch that is about the writer (a letter, a reference, a written recommendation for them), not a book or a course
#: recommended, nor "recommend me to the hiring manager" (a referral: the job ask's): what a reader who has never seen
#: the writer's work cannot honestly give. It reads a VOUCH match and the words just after it.
#: A recommendation of things asked for ("Which courses or groups do you recommend for someone like me?"): the reader
#: names courses, not the writer's worth, so no vouch (awkward-position's vouch checks skip that sentence).
RECOMMEND_THINGS = _rx(r"(?:which|what)\s+(?:[\w'-]+\s+){0,5}?(?:do|would|can|could)\s+you\s+(?:\w+\s+)?recommend")
VOUCH_FOR_WRITER = _rx(
    r"(?:reference|referee|testimonial|endorsement|letter|note|vouch|endors|say|tell|assure|put\s+in|be\s+my|become|"
    r"act\s+as|sign|mark|rate|score|rank|describe|word|email|message|line|few|write|give|provide)\w*",
    r"speak\s+(?:up\s+)?(?:for|on\s+behalf\s+of)\s+(?:me|my)\b",
    r"(?<!any\s)(?<!some\s)recommendations?\b(?!\s+(?:for|on|about|of)\s+(?!me\b|my\b|us\b))",
)
#: The reader asked to give the vouch named in the sentence before ("…needs a letter of support. Would you be willing to
#: write one?"), not asked who else could ("Who would you suggest I approach for one?").
VOUCH_GIVEN = _rx(
    r"you\b[^.?!\n]{0,40}?\b(?:write|send|sign|provide|give|do|draft|pen|put\s+together)\s+(?:me\s+|us\s+)?(?:one|it|that|this|"
    r"a\s+few\s+(?:lines|words)|a\s+line|something|a\s+(?:short|quick|brief)\s+\w+)\b",
)
# What shows the friend cannot judge: they never saw the work, or the person is someone else they don't know.
CANNOT_JUDGE = _rx(
    r"(?:never|not|\w+n't)\s+(?:\w+\s+){0,2}(?:worked|seen|met|saw|watched|see|used|read|tried|tasted|heard|tested|"
    r"played|worn|visited|experienced|work|try|taste|hear|watch|use)\s*(?:together|with|my|her|his|their|"
    r"me|him|them)?",
    r"only\s+(?:\w+\s+){0,2}?(?:met|worked|spoke|talked|chatted|know|knew|seen|saw|heard|watched)\b",
    r"(?:weren'?t|wasn'?t|were\s+not|was\s+not)\s+(?:\w+\s+){0,2}?(?:there|at\s+the|at\s+my|around|on\s+the\s+team|involved|part\s+of|"
    r"supervising|present|watching|in\s+the\s+room|on\s+shift|on\s+duty)",
    r"(?:won'?t|will\s+not|wouldn'?t|would\s+not|never)\s+check\b",
    r"(?:know|knew|heard)\s+(?:\w+\s+){0,2}?(?:the\s+gist|about\s+it)\s+from",
    r"(?:barely|hardly)\s+(?:\w+\s+)?(?:know|knew|met|worked|spoke)",
    r"(?:don'?t|doesn'?t|didn'?t|do\s+not)\s+(?:really\s+)?know\s+(?:me|my|him|her|them)\s+(?:well|that\s+well|at\s+all|"
    r"work|professionally)",
    r"(?:a|one)\s+(?:single|short|brief|quick)\s+(?:chat|call|conversation|meeting|evening)",
    r"only\s+(?:\w+\s+){0,2}?(?:been|gone|hung\s+out|played|trained|partied)\s+(?:\w+\s+){0,4}?together",
    r"(?:doesn'?t|don'?t|didn'?t|does\s+not|do\s+not|did\s+not)\s+(?:really\s+|even\s+)?know\s+me\b",
    r"as\s+if\s+you\s+(?:were|had|are)",
    r"(?:nobody|no\s+one|no-one)\s+(?:will|would)\s+(?:ever\s+)?(?:know|notice|check|find\s+out)",
    r"only\s+joined\s+(?:at\s+the\s+end|later|after|late|for\s+the\s+last)",
    r"only\s+(?:ever\s+)?(?:been|known\s+each\s+other\s+as|known\s+me\s+as)\s+(?:\w+\s+)?(?:neighbou?rs|friends|flatmates|buddies|"
    r"acquaintances|a\s+neighbou?r|a\s+friend)",
    r"(?:they|nobody|no\s+one|no-one)\s+(?:won'?t|will\s+not|wouldn'?t|would\s+not|will\s+never|never)\s+(?:\w+\s+)?(?:check|know|"
    r"find\s+out|notice|ask)",
    r"pretend(?:ing)?\s+(?:to\s+be|you|that)",
    r"(?:met|know|knew)\s+(?:me\s+|each\s+other\s+)?(?:only\s+)?(?:for|since)\s+(?:a|one|two|\d+)\s+(?:days?|weeks?|"
    r"evening|hours?|minutes?)",
    r"(?:don'?t|do\s+not|doesn'?t)\s+(?:really\s+)?know\s+(?:my|her|his|their)\s+work",
    r"my\s+(?:cousin|brother|sister|friend|son|daughter|partner|wife|husband|nephew|niece|flatmate|neighbour|neighbor)",
)
# A request to the reader: a question, or a polite or direct ask.
REQUEST = _rx(
    r"(?:would|could|can|will)\s+(?:you|u|ye|ya)",
    r"please",
    r"i\s+(?:need|want)\s+you\s+to",
    r"(?:would|could)\s+it",
    r"is\s+there\s+any\s+(?:way|chance)",
    r"if\s+you\s+could",
    r"would\s+you\s+mind",
    r"any\s+chance\s+you",
    r"do\s+you\s+think\s+you\s+could",
    r"i(?:\s+would|'d)\s+(?:really\s+)?(?:like|love)\s+(?:it\s+)?if\s+you",
    r"i(?:\s+would|'d)\s+(?:be\s+)?(?:grateful|thankful)\s+if\s+you",
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+|very\s+much\s+|greatly\s+|truly\s+)?(?:appreciate|welcome|love|like)\s+(?:it\s+)?if\s+you",
    r"i\s+(?:was|am)\s+hoping\s+(?:you|that\s+you)",
    r"it\s+would\s+be\s+(?:great|lovely|wonderful|helpful|amazing)\s+if\s+you",
    r"(?:ask|get|have|tell)\s+(?:her|him|them)\s+to",
    r"help\s+me\s+(?:get|find|land)",
    r"(?:you\s+(?:could|should|must|have\s+to)|the\s+least\s+you\s+(?:can|could)\s+do\s+is)\s+(?:help|get|give|send|"
    r"refer|put|introduce)",
    r"keep\s+me\s+in\s+mind",
    r"thanks?\s+(?:you\s+)?(?:so\s+much\s+)?in\s+advance\s+for",
    r"(?:it\s+would|it'?d)\s+mean\s+(?:a\s+lot|so\s+much|the\s+world)(?:\s+to\s+me)?\s+if\s+you",
    r"(?:is\s+there\s+)?any\s+chance\s+(?:of|that|i|we)",
    r"(?:do|would)\s+you\s+mind",
    r"(?<!you\s)kindly\s+(?!regards)\w+",
    r"in\s+case\s+(?:there\s+(?:is|are|'s)|you\s+have)\s+(?:a|an|any)\s+(?:\w+\s+)?(?:position|role|job|opening|vacancy|place|spot)",
    r"(?:happy|glad|keen|love|like)\s+to\s+be\s+considered",
    r"would\s+go\s+a\s+long\s+way",
    r"(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:gladly\s+|happily\s+)?take\s+(?:it|anything|whatever)",
    r"(?:if|when|whenever)\s+(?:you|your\s+\w+|they)(?:'re|\s+are)?\s+(?:ever\s+)?(?:looking\s+for|hiring|recruiting|need)\s+[^.!?\n]{0,40}?"
    r"(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+(?:\w+\s+)?(?:available|free|keen|interested|up\s+for\s+it)",
    _need_the_writer_fills,
    r"(?:when|if|once)\s+you\s+(?:hire|take\s+on|recruit|need|look\s+for)\s+(?:your\s+)?(?:first|next|new|an?|another)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+[^.!?\n]{0,30}?(?:i\s+hope\s+(?:it'?s|it\s+is|it\s+will\s+be|it'?ll\s+be)\s+me|(?:pick|choose|consider)\s+me)",
    r"(?:humbly\s+|kindly\s+|respectfully\s+)?(?:seek|request|solicit|beg)\s+(?:for\s+)?your\s+(?:kind\s+)?(?:assistance|help|support|"
    r"favour|favor|consideration)",
    r"i(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|welcome)\s+(?:a|an|any|some|your)\s+\w+",
    r"(?:i'?d|i\s+would)\s+be\s+(?:so\s+|very\s+|really\s+)?(?:honou?red|delighted|thrilled|happy|glad|keen|grateful)\s+to\s+(?:join|"
    r"be\s+part\s+of|be\s+considered|work\s+(?:for|with|in|at)|teach\s+(?:at|for)|come\s+on\s+board)",
    r"(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+(?:\w+\s+)?(?:available|free)\s+(?:from|to\s+start|immediately|right\s+away|now)\b",
    # an imperative at the start of a sentence ("Send me the details.", "Please pass my CV on.")
    r"(?<![\w'’,;:-]\s)(?<![\w'’,;:-])(?:please\s+|kindly\s+|just\s+)?(?:send|forward|pass|introduce|refer|tell|give|share|"
    r"connect|put|get|email|call|ping|text|hand)\s+(?:me|my|us|our)\b",
)
# An offer of help from the writer ("if I can return the favour, let me know"): not an ask.
OFFER_OF_HELP = _rx(
    r"if\s+(?:i|we)\s+can",
    r"return\s+the\s+favou?r",
    # (not a need of theirs the writer offers to fill for pay: "if you need a head chef, you know where I am")
    rf"if\s+you\s+(?:want|need|like|'d\s+like)(?![^.!?\n]{{0,80}}?\b{_writer_keen})",
    r"if\s+(?:that|it)\s+(?:would|helps)",
    r"(?:happy|glad|more\s+than\s+happy)\s+to\s+(?:help|connect|introduce|return|do\s+the\s+same)",
    r"anything\s+(?:\w+\s+)?(?:i|we|(?:our|my)\s+[\w-]+)\s+can\s+(?:do|put\s+right|fix|make\s+up|help)",
    r"(?:buy|treat|take|get)\s+you\s+(?:to\s+)?(?:a\s+)?(?:lunch|coffee|dinner|drink|beer|pint|breakfast|out)",
    r"(?:just|only)\s+(?:ask|say\s+the\s+word|shout)",
    r"(?:would|do)\s+you\s+(?:like|want)\s+me\s+to",
    r"(?:shall|should)\s+i\s+(?:introduce|connect|send|forward|share|put)",
    r"want\s+me\s+to",
)

# A question that offers the writer's help rather than asks for the reader's ("Would you like me to introduce you?").
OFFER_QUESTION = _rx(
    r"(?:would|do)\s+you\s+(?:like|want)\s+me\s+to",
    r"(?:shall|should)\s+i\s+(?:introduce|connect|send|forward|share|put|pass|ask)",
    r"want\s+me\s+to",
    r"(?:can|could|may)\s+i\s+(?:help|introduce\s+you|connect\s+you)",
    r"(?:is\s+there\s+)?anything\s+(?:\w+\s+)?(?:i|we)\s+can\s+do\s+(?:for|to\s+help)",
)
# A greeting line at the top of a message (skipped when reading the opening).
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|yo|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,60}\n", re.IGNORECASE
)
# The writer as the one a favour is for.
FOR_ME = re.compile(r"\b(?:me|us|my|our|mine)\b", re.IGNORECASE)
# The writer as the subject just before a job phrase ("I want to send my application").
# Not when the reader is in between ("I humbly seek your assistance in securing employment"): that is the ask.
WRITER_DOES = re.compile(r"\bi(?:'ll|'m)?\s+(?:(?!you\b|your\b)\w+\s+){0,3}$", re.IGNORECASE)

# Sentences and clauses, for rules that read a phrase in its sentence.
# A dot inside a word ("Dev.to", "Node.js", "3.5") does not end a sentence.
SENTENCE_SPAN = re.compile(r"(?:[^.!?…\n]|[.!?…](?=[^\s.!?…]))+[.!?…]*")
CLAUSE_SPLIT = re.compile(r"[.!?…;:\n]+|,\s*(?:and|but|so)\s+(?=i\b)|\s+and\s+(?=i\b)", re.IGNORECASE)
CLAUSE_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|respected|good\s+\w+)\b[^,]{0,40},\s*", re.IGNORECASE)
LEADING_LINK = re.compile(r"^\s*(?:and|but|so|also|then|now|honestly|actually)\b[,\s]*", re.IGNORECASE)
# A clause led by "I" that is about the reader ("I saw your post", "I see you work at …").
ABOUT_THE_READER = _rx(
    r"i\s+(?:see|saw|noticed|notice|read|heard|enjoyed|liked|loved|admired)\s+(?:that\s+)?(?:you|your)",
    # the writer asks about the reader, or wishes them well ("I'd love to hear how you got into policy")
    r"i(?:'d|\s+would|\s+want|\s+wanted|'m\s+hoping|\s+am\s+hoping|'m\s+trying|\s+am\s+trying)?\s+(?:really\s+)?(?:love|like)?\s*"
    r"to\s+(?:hear|know|learn|understand|ask)\s+(?:\w+\s+){0,3}?(?:you|your)\b",
    r"i\s+hope\s+(?:[\w'-]+\s+){0,5}?(?:you|your)\b",
)
ME_LED = re.compile(r"^(?:i|i'm|i've|i'd|i'll|my|me)\b", re.IGNORECASE)

# ------------------------------------------------------------------ what the opening is about (connection-late)
# The reader as the topic of a sentence, whatever the words for it: their shop, game, stall or clinic named with "your",
# or "you" doing or being something ("you built a clinic", "you're on the panel"). Not a favour asked of them ("your
# time", "your advice"), not where they work alone ("your company", "your team", "you work at": an employer is not a
# connection), and not the "you" of the asking ("could you", "write to you").
READER_NAMED = _rx(
    r"your(?:s)?\s+(?!(?:time|help|advice|attention|support|consideration|assistance|guidance|opinion|opinions|insights?|"
    r"input|thoughts|views?|perspective|expertise|inbox|day|patience|kindness|valuable|precious|busy|own|reply|response|"
    r"answer|permission|behalf|company|firm|team|organi[sz]ation|employer|department|name|email|profile|details|"
    r"colleagues?|industry|field|sector|area|city|country|hiring|recruit\w*)\b)[\w'-]+",
    r"(?<!\bif\s)(?<!\bthank\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bwill\s)(?<!\bdo\s)(?<!\bdid\s)"
    r"(?<!\bare\s)(?<!\bhave\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bwhen\s)(?<!\bunless\s)(?<!\bhow\s)"
    r"you(?:'re|'ve|'ll|\s+are|\s+were|\s+have|\s+had|\s+run|\s+make|\s+made|\s+lead|\s+led|\s+built|\s+sell|"
    r"\s+own|\s+wrote|\s+did|\s+got|\s+moved|\s+started|\s+opened|\s+spoke|\s+gave|\s+still|\s+now|\s+just|\s+once)\b"
    r"(?!\s+(?:at|for|with|in)\s)",
)
# A sentence led by the reader ("You're on the panel, aren't you?", "Your boss knocked back my rate"): about them, even
# as a question.
READER_LED = _rx(r"^\W*(?:you|your|you're|you've|you'll|yours)")
# The writer met or admires the reader's work, named in their own words ("I played Lantern Tide at the fest", "I
# ordered through the Crumbline app twice", "I visited the stand of Nordhaus Textil", "I admire very much your
# project"): a sentence led by I that is the connection. Not the reader's employer alone ("I see you work at Shopify",
# "I saw your name on the careers page").
# Things a reader makes or gives that a writer can have met ("newsletter", "video", "session", "episode").
_works = (
    r"(?:newsletter|video|session|talk|episode|podcast|article|post|book|course|workshop|channel|show|series|guide|blog|"
    r"column|interview|lecture|keynote|panel|webinar|thread|paper|report|piece|documentary|film|exhibition|tutorial|"
    r"masterclass|seminar|class|zine|album)"
)
ENCOUNTER = _rx(
    r"^\W*(?:i|we)(?:'ve|\s+have|\s+had|\s+recently|\s+just|\s+finally|\s+first|\s+once|\s+already|\s+also|\s+really|"
    r"\s+very\s+much|\s+truly|\s+greatly)*\s+"
    r"(?:used|played|visited|tried|ordered|bought|ate|eaten|stayed|discovered|came\s+across|stopped\s+by|downloaded|"
    r"installed|watched|attended|listened\s+to|tasted|drank|shopped|booked|seen|saw|admire|admired|love|loved|enjoyed|"
    r"liked|follow|followed|read|heard|noticed|see)\b"
    # news about the world is not the reader's work ("I read that many engineers move into consulting")
    r"(?!\s+that\s+(?!you\b|your\b))"
    r"(?!\s+(?:that\s+)?(?:you\s+(?:work|are\s+(?:at|with|now\s+at))|you're\s+(?:at|with|now\s+at)|your\s+(?:name|company|"
    r"profile|firm|team|email)\b))",
    # the visit told with the subject dropped ("Bought a sourdough at Rye & Co", "Stayed two nights at the Harbour
    # Rooms")
    r"^\W*(?:tried|bought|ordered|visited|played|used|ate|stayed|watched|read|heard|listened\s+to|downloaded|went\s+to|"
    r"stopped\s+by|had)\s+(?:\w+\s+)?(?:a|an|the|your|some|one|two|three|four|\d+)\b",
    # the reader's work as the subject, the writer touched by it ("The Stem & Stone newsletter changed how I quote",
    # "That video on the Fabshop channel helped me pass", "Episode 41 of Bench Notes made me rethink")
    r"^\W*(?:(?:the|that|this|those|these|a|an)\s+(?:[^.!?\n]{0,60}?\s)?)?"
    + _works
    + r"s?\b[^.!?\n]{0,100}?\b(?:me|my|i)\b",
)
# A sentence in which the writers say who they are as a firm or a team ("We are a family company from Porto",
# "Our floors are used in forty hotels"): about the writer, as "I" is.
WRITER_LED = _rx(r"^\W*(?:we|we're|we've|we'd|our)(?!\s+(?:paths|mutual|common|shared)\b)")
# A pleasantry in front of the opening ("I hope this finds you well", "G'day Bronwyn, hope the move's treating you
# well", "How are you?"): like the greeting, it does not use up one of its two sentences (labelling call 8).
PLEASANTRY = _rx(
    r"^(?:[^,.!?\n]{0,25},\s*)?(?:i\s+)?hope\s+[^.!?\n]{0,60}?\b(?:well|good|great|fine|ok|okay|nicely|kind|treating|"
    r"going|smooth\w*)\b",
    r"^(?:[^,.!?\n]{0,25},\s*)?how\s+(?:are|is|have|has|was)\s+(?:you|things|life|everything|it|the|your)\b",
    r"^(?:[^,.!?\n]{0,25},\s*)?how'?s\s+(?:it|things|life|everything|the|your)\b",
    r"^\W*(?:happy|merry)\s+(?:new\s+year|holidays|christmas|easter|monday|friday|\w+day)\b",
)
# "… and I …" inside a sentence led by I: two statements about the writer ("I am a nurse and I want to move into data").
SELF_AND = re.compile(r",?\s+and\s+(?=i\b)", re.IGNORECASE)

# --------------------------------------------------------------------------- the relationship and its asks
# Words that show the writer and reader already know each other well (they can judge the writer's work).
KNOWN_TOGETHER = _rx(
    r"(?:since|when)\s+we\s+(?:worked|studied|built|ran|shared|played|lived)",
    r"we\s+(?:worked|studied|built|ran)\s+(?:together|on|side\s+by\s+side)",
    r"worked\s+(?:together|with\s+you|alongside)",
    r"(?:my|our)\s+(?:old|former)\s+(?:team|colleague|teammate|boss|manager|flatmate|classmate)",
    r"(?:as|being)\s+(?:your|my)\s+(?:old\s+)?(?:friend|teammate|colleague)",
    r"you'?ve\s+seen\s+my\s+work",
    r"side\s+by\s+side\s+(?:at|in|on)",
    r"you\s+know\s+how\s+i\s+work",
    r"(?:we'?re|we\s+are|as|since\s+we'?re)\s+(?:old\s+|good\s+)?friends",
    r"as\s+my\s+(?:old\s+)?(?:flatmate|roommate|friend|teammate|colleague)",
)
# Words only used with someone one knows well (a nickname greeting, "mate", "miss you"): when nobody said who the
# reader is, they show the reader knows the writer, so the connection needs no saying.
FAMILIAR = _rx(
    *_shared_memory,
    # a joke or news only someone who knows the reader would have ("can't look at a laminator without laughing")
    *_past_with_reader[-3:],
    r"^\s*(?:yo|oi|hiya|heya|heyy+|sup|wassup|howdy)\b",
    r"(?:hey|hi|yo|cheers|thanks)\s+(?:mate|dude|bro|buddy|pal|sis|man|girl|babe|hun|love)\b",
    r"(?:miss|missed)\s+(?:you|ya|our)",
    r"long\s+time\s+no\s+(?:see|speak|talk)",
    r"owe\s+you\s+(?:one|a\s+(?:pint|beer|coffee|drink))",
    r"you'?re\s+a\s+(?:star|legend|gem|lifesaver)",
    r"you'?re\s+the\s+best",
)
# The message makes the introduction both sides said yes to ("Ola, this is Femi… You both said you'd like to meet, so
# over to you!"): the message is the act, it asks nothing of them.
INTRODUCING = _rx(
    r"(?:you\s+both|both\s+of\s+you)\s+(?:\w+\s+)?(?:said|agreed|told\s+me|wanted|asked|were\s+keen)",
    r"over\s+to\s+(?:you|the\s+two\s+of\s+you)|i'?ll\s+(?:let\s+you|leave\s+(?:it|you))|take\s+it\s+from\s+here|leave\s+you\s+(?:two\s+)?to\s+it",
    r"(?:i'?m|i\s+am)\s+(?:introducing|connecting)\s+you",
    r"[a-z]+,\s+(?:this\s+is|meet)\s+[a-z]+",
)
# A courtesy asked in passing ("please give my best to everyone", "please pass my congratulations to Joe"): no ask.
COURTESY = _rx(
    r"(?:give|pass\s+on|pass|send|convey|extend)\s+(?:\w+\s+)?(?:my|our)\s+(?:warm(?:est)?\s+|kind(?:est)?\s+|best\s+)?(?:best|regards|"
    r"love|congratulations|congrats|thanks|greetings|wishes|condolences)\b",
    r"say\s+(?:hi|hello)\s+to",
)
# The writer congratulates the reader (their good news is the message's point, so no job ask belongs in it).
CONGRATULATION = _rx(
    r"congrat(?:s|ulations|ulation)",
    r"well\s+done\s+on",
    r"(?:so\s+)?(?:happy|thrilled|delighted|pleased)\s+(?:for\s+you|to\s+(?:hear|see)\s+(?:about\s+)?(?:your|you))",
)
# A refusal: the writer says no (to a request, or to more messages); it needs no question of its own.
REFUSAL = _rx(
    r"(?:please\s+)?(?:don'?t|do\s+not)\s+(?:message|contact|email|e-mail|write\s+to|text|call|add)\s+me",
    # contact stopped with "again" or "any more", the "me" left out ("Don't message again.")
    r"(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:message|contact|email|e-mail|write|text|call|dm)\s+(?:me\s+|us\s+)?"
    r"(?:again|any\s*more|ever\s+again)",
    r"(?:i'?m|i\s+am)\s+not\s+(?:available|free)\s+to\s+(?:mentor|help|review|meet|take|coach|advise|refer|introduce|speak)",
    r"stop\s+(?:messaging|contacting|emailing|writing\s+to|sending\s+me|texting|spamming|bothering|pestering|"
    r"calling|adding|tagging|pinging)\s*(?:me)?",
    r"(?:i'?m|i\s+am)\s+not\s+interested",
    r"remove\s+me\s+from",
    r"(?:i\s+)?(?:can'?t|cannot|won'?t|will\s+not|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|"
    r"(?:i'?m|i\s+am)\s+not\s+able\s+to|(?:i'?m|i\s+am)\s+unable\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:refer|recommend|vouch|help|introduce|put\s+(?:you|your\s+name)|pass\s+on|forward|say\s+yes|take\s+this\s+on)",
    r"(?:i'?ll|i\s+will|i\s+have\s+to|i\s+must|i'?m\s+going\s+to|i'?d\s+(?:better|rather)|i\s+need\s+to|i'?m\s+afraid\s+i)"
    r"\s+(?:(?:have|need)\s+to\s+|gonna\s+have\s+to\s+)?(?:pass|decline|say\s+no|sit\s+this\s+one\s+out|not\s+(?:be\s+able|"
    r"help|refer|recommend|introduce|vouch|take\s+(?:this|it|you)|do\s+(?:this|it|that)))\b",
    r"(?:i'?m|i\s+am)\s+(?:going\s+to|gonna)\s+have\s+to\s+(?:pass|decline|say\s+no)",
    r"(?:i'?m|i\s+am)\s+not\s+(?:in\s+a\s+position|the\s+right\s+person|able)\s+to\s+(?:help|refer|recommend|introduce)",
    r"(?:i'?m|i\s+am)\s+(?:not\s+(?:taking|accepting)|no\s+longer\s+(?:taking|accepting))\s+(?:on\s+)?(?:any\s+|new\s+)?"
    r"(?:requests|intros|introductions|calls|referrals|mentees|meetings)",
    r"no,?\s+thank(?:s|\s+you)",
    r"(?:thanks|thank\s+you),?\s+but\s+no\b",
    r"(?:so|and\s+so|therefore|so\s+it'?s\s+a),?\s+no(?=\s*[.!]|\s*$)",
    r"the\s+answer\s+is\s+no",
    r"(?:i|we)\s+(?:don'?t|do\s+not)\s+have\s+(?:the\s+)?time\s+for\s+(?:this|that|it)(?=\s*[.!]|\s*$)",
    r"^\s*no(?=[\s.!]*$)",
    r"(?:nope|nah),?\s+(?:not|no|sorry|thanks)",
    r"not\s+doing\s+(?:that|this|it)(?=\s*[.!]|\s*$)",
    r"leave\s+me\s+out\s+of\s+(?:it|this)",
    r"not\s+my\s+(?:area|field|department|thing|job|problem|remit)(?=\s*[.!,]|\s*$)",
    r"try\s+someone\s+else(?=\s*[.!]|\s*$)",
    r"(?:i'?m|i\s+am)\s+(?:far\s+|way\s+|just\s+|simply\s+)?too\s+busy(?:\s+(?:for\s+this|to\s+help|right\s+now|at\s+the\s+moment))?"
    r"(?=\s*[.!,]|\s*$)",
    r"unsubscribe\s+me",
    r"take\s+me\s+off\s+(?:your|the|this)\s+(?:\w+\s+)?(?:list|mailing)",
    r"(?:we|i)\s+(?:don'?t|do\s+not|never)\s+(?:accept|take|consider|respond\s+to|reply\s+to|read)\s+(?:any\s+)?(?:unsolicited|cold|"
    r"speculative|unrequested)",
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+not\s+(?:hiring|recruiting|taking\s+on\s+anyone)",
    r"(?:there\s+are\s+)?no\s+(?:vacancies|openings|roles|positions)\s+(?:at\s+the\s+moment|right\s+now|currently|for\s+now)",
    r"not\s+something\s+(?:that\s+)?i\s+(?:can|could|am\s+able\s+to)\s+(?:help|do|take\s+on)",
    r"nothing\s+i\s+can\s+do\s+(?:for\s+you|here|about)",
    r"not\s+interested(?=\s*(?:[.!,]|$|thanks|thank))",
    r"(?:it'?s\s+|that'?s\s+)?not\s+for\s+me(?=\s*(?:[,.!]|$))",
    r"(?:i|we)\s+(?:don'?t|do\s+not|never)\s+(?:refer|recommend|vouch\s+for|introduce)\s+(?:people|strangers|anyone)",
    r"(?:i|we)\s+(?:don'?t|do\s+not|never)\s+(?:do|give|write|make|offer|accept|take)\s+(?:any\s+)?(?:referrals|intros|"
    r"introductions|references|recommendations|favou?rs|coffee\s+chats|informational\s+interviews|cold\s+requests)",
    # the writer declining what was asked, in any tense or mood ("I won't be joining the panel", "I'm not going to
    # review your deck", "I'd rather not pass it on", "Not able to mentor anyone this year")
    r"(?:(?:i|we)\s*(?:won'?t|will\s+not|'m\s+not\s+going\s+to|\s+am\s+not\s+going\s+to|'d\s+rather\s+not|\s+would\s+rather\s+not)|"
    r"(?<![\w,;:]\s)(?<![\w,;:])not\s+able\s+to)\s+(?:be\s+)?(?:able\s+to\s+)?(?:\w+\s+)?"
    r"(?:join(?:ing)?|do(?:ing)?|refer(?:ring)?|forward(?:ing)?|pass(?:ing)?|introduc(?:e|ing)|review(?:ing)?|look(?:ing)?\s+at|"
    r"read(?:ing)?|mentor(?:ing)?|meet(?:ing)?|tak(?:e|ing)\s+part|sign(?:ing)?|writ(?:e|ing)|shar(?:e|ing)|attend(?:ing)?|"
    r"speak(?:ing)?|recommend(?:ing)?|vouch(?:ing)?|help(?:ing)?|put(?:ting)?\s+(?:you|your)|send(?:ing)?|mak(?:e|ing)\s+(?:an?|the)\s+"
    r"(?:intro\w*|referral|recommendation|connection))\b",
    r"(?:can'?t|cannot|won'?t|unable\s+to)\s+(?:do|manage)\s+(?:it|this|that)(?:,?\s+(?:i'?m\s+afraid|sorry))?(?=\s*[.!]|\s*$)",
    r"(?<!\bif\s)[\w-]+(?:\s+(?:is|are|was)|'s)\s*(?:not|n't)\s+something\s+(?:that\s+)?(?:i|we)\s+(?:\w+\s+)?(?:do|give|offer|provide|"
    r"write|make|take\s+on|agree\s+to)\b",
    # a no put as what is possible or done ("An introduction is not possible", "That's not something I do")
    r"(?<!\bif\s)(?:referrals?|introductions?|intros?|references?|recommendations?|that|this|it|which)(?:\s+(?:is|are|was)|'s)\s*"
    r"(?:not|n't)\s+(?:possible(?!\s+to\s+(?:finish|complete|start|arrive|attend)\b)|an\s+option|something\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:do|give|offer|provide|write|make|can|could))",
    r"(?:i|we)\s+(?:don'?t|do\s+not|never)\s+(?:review|read|look\s+at|forward|pass\s+on|sign|mentor|endorse)\s+(?:any\s+)?(?:cvs|"
    r"resumes|portfolios|applications|business\s+plans|pitch\s+decks|decks|people|strangers|anyone|requests)\b",
    # no more requests sent, the same no given again, a no put as what the writer will not be doing ("please do not send
    # me referral requests", "The answer is still the same", "this isn't something I'll be taking up")
    r"(?:please\s+)?(?:don'?t|do\s+not)\s+send\s+me\s+(?:any\s+)?(?:more\s+)?(?:\w+\s+){0,2}?(?:requests|messages|cvs|"
    r"resumes|emails|invitations|asks)\b",
    r"(?:the|my)\s+answer\s+(?:is\s+still|remains|stays|hasn'?t\s+changed|is\s+the\s+same)",
    r"(?<!\bif\s)[\w-]+(?:\s+(?:is|are|was)|'s)\s*(?:not|n't)\s+something\s+(?:that\s+)?(?:i|we)(?:'ll|\s+will)\s+be\s+"
    r"(?:doing|taking\s+(?:on|up)|giving|offering|making|writing|pursuing)\b",
)
# A no that is one only in a short reply that asks nothing (lint_parse reads it there and nowhere else): the writer's
# own act negated ("Not covering Saturday.", "I cannot do the referral.", "No, I am not available."), a bare no
# ("Nope.", "Nah, can't."), or a no said without a person ("This won't be possible."). A verb of knowing, feeling or
# thanking is not a no ("I can't believe it!", "I can't thank you enough", "I'm not sure yet").
_not_a_no = (
    r"(?!(?:\w+\s+)?(?:know|knew|remember|recall|think|believe|understand|see|wait|thank|forget|stop\s+smiling|tell|sure|"
    r"certain|surprised|worried|mind|blame|complain|imagine|express|say\s+enough)\b)"
)
SHORT_REFUSAL = _rx(
    rf"(?:i|we)\s*(?:can'?t|cannot|can\s+not|won'?t|will\s+not|'m\s+not|\s+am\s+not|'re\s+not|\s+are\s+not|don'?t|"
    rf"do\s+not)\s+{_not_a_no}\w+",
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?,;]\s))(?:can'?t|cannot|won'?t|not)\s+{_not_a_no}(?:available|interested|possible|"
    r"covering|doing|able|gonna|going|happening|for\s+me|my\s+thing|a\s+chance)\b",
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,;]\s))(?:no|nope|nah|no\s+way|no\s+can\s+do)(?=\s*[,.!]|\s*$)",
    r"(?:this|that|it|which)\s*(?:won'?t|will\s+not|isn'?t|is\s+not|'s\s+not)\s+(?:be\s+)?(?:possible|happening|an\s+option)",
    r"(?:gonna|going\s+to|have\s+to|got\s+to|gotta)\s+pass\b",
)
# Kind words in a refusal: thanks, a wish, a reason or something offered instead.
KIND_DECLINE = _rx(
    r"thanks?",
    r"thank\s+you",
    r"appreciate",
    r"good\s+luck",
    r"best\s+of\s+luck",
    r"wish\s+you",
    r"all\s+the\s+best",
    r"what\s+i\s+can\s+do",
    r"instead",
    r"happy\s+to",
    r"because",
    r"as\s+i\s+(?:only|don'?t)",
    # a reason put without "because" ("as I've left the company", "I'm away until the 20th", "the new job takes every
    # evening")
    r"(?:as|since|given\s+that|now\s+that)\s+(?:i|i'?ve|i'?m|we|we'?re|it|my|our|the)\b",
    r"(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be)\s+(?:away|travell?ing|on\s+leave|off|abroad)\b",
    r"(?:taking|takes|taken|eating|eats)\s+(?:up\s+)?(?:every|all\s+my|most\s+of\s+my)",
    # somewhere else to go ("The graduate scheme page lists the dates", "Try the careers team", "Could we try in
    # March?")
    r"(?:page|site|website|portal|handbook|guide|team|office|scheme)\s+(?:lists|has|explains|covers|shows|gives|runs|can\s+help)",
    r"(?:try|have\s+a\s+look\s+at|contact|ask|check|email|write\s+to)\s+(?:the|their|our|a|an)\s+(?:\w+\s+){0,3}?(?:team|page|site|"
    r"office|scheme|service|clinic|network|programme|program|portal|desk|forum|group)",
    r"(?:runs|run|offers|has)\s+(?:free\s+|regular\s+)?(?:clinics|sessions|workshops|surgeries|drop-ins)",
    r"(?:could|can|shall)\s+we\s+(?:try|do|make\s+it|find|look\s+at)",
    r"(?:another|a\s+later)\s+time",
    # a wish, a state that is a reason, what the writer has not seen, a later date or another way offered
    # ("Wishing you luck", "I'm somewhat stretched", "I have never seen your code", "Maybe in spring", "I can introduce
    # you"); the writer's policy alone is no reason ("I don't refer people I don't know.")
    r"wishing",
    r"(?:i'?m|i\s+am)\s+(?:\w+\s+)?(?:stretched|swamped|snowed\s+under|at\s+capacity|overloaded|on\s+(?:\w+\s+)?leave)",
    r"(?:i\s+)?(?:have\s+)?never\s+(?:seen|worked\s+with|met)",
    r"maybe\s+(?:in|next|later|after|once)",
    r"i\s+(?:can|could)\s+(?:introduce|connect|point|put\s+you\s+in\s+touch|send|share)",
    # a restriction with its ground (labelling call 10: "I only refer people I have worked with" is a reason), and not
    # knowing the reader's work ("I do not know your work", "I don't know you or your code well enough"); a policy
    # alone stays curt ("I don't refer people I don't know."), and so does not knowing the reader ("I don't know
    # you, so no.")
    r"(?:i|we)\s+only\s+(?:ever\s+)?(?:refer|recommend|introduce|vouch|put\s+forward|endorse|sponsor|forward|pass\s+on)\w*",
    r"(?:i|we)\s+(?:do\s+not|don'?t|barely|hardly)\s+(?:really\s+)?know\s+(?:you\s+or\s+)?(?:your\s+(?:work|code|"
    r"writing|designs?|portfolio|cases|drawings|\w+\s+well)|enough\s+about\s+your\s+work)",
)
# People senior to the reader, or in charge of hiring: "speak for me to them" costs the reader standing.
SENIOR = _rx(
    # the reader's standing meeting with someone is with their superior ("your one-to-one with Harriet")
    r"(?:one-to-one|one-on-one|1:1|1-on-1|1-2-1|121|supervision|catch-?up|check-?in)s?\s+with\s+(?:the\s+|your\s+)?[\w'-]+",
    # the leadership's own meetings ("you're in the Thursday strategy meetings with Gunnar")
    r"(?:strategy|leadership|board|exec|executive|management|partners'?)\s+meetings?",
    r"ceo",
    r"cto",
    r"cfo",
    r"coo",
    r"cmo",
    r"founders?",
    r"co-?founders?",
    r"(?:managing\s+)?directors?",
    r"vp",
    r"vice\s+president",
    r"head\s+of\s+\w+",
    r"partners?",
    r"president",
    r"chief\s+\w+",
    r"executives?",
    r"the\s+board",
    r"(?:your|his|her|their)\s+(?:boss|manager|line\s+manager|skip-level)",
    # the reader's own boss by their title ("your practice manager", "her team's manager", "the owners")
    r"(?:your|his|her|their)\s+(?:(?!hiring\b)[\w'-]+\s+)?(?:boss|manager|director)s?",
    r"the\s+(?:owners|partners|founders|directors)",
    r"hiring\s+manager",
    r"(?:hiring|interview|selection|recruitment)\s+(?:panel|committee|board)",
    r"decision-?makers?",
    r"md",
    r"(?:your|his|her|their|the)\s+(?:pi|professor|supervisor)",
    r"(?:the|your|his|her|their)\s+(?:owner|chair|chairman|chairwoman|dean|principal|head\s+teacher|editor|editor-in-chief)",
    r"senior\s+(?:leadership|management|partner|team)",
    r"leadership\s+team",
    # the leadership named from below, without a title ("upstairs", "the higher-ups", "the top brass")
    r"(?:the\s+)?(?:people|folks|guys|powers|bosses|suits)\s+upstairs",
    r"upstairs",
    r"higher[\s-]ups?",
    r"(?:the\s+)?top\s+brass",
    r"(?:the\s+)?powers\s+that\s+be",
    r"(?:the\s+)?big\s+bosse?s?",
    r"senior\s+(?:people|folks|staff|leaders?)",
)
# The reader's own leadership (not the hiring process: a hiring manager, a panel, a recruiter): a good word with them,
# asked of someone who may not know the writer, is a job ask and an awkward position both (corpus call 5). It reads a
# SENIOR match.
LEADERSHIP = _rx(
    r"ceo|cto|cfo|coo|cmo|md|president|vice\s+president|vp|chief\s+\w+|executives?",
    r"(?:co-?)?founders?|owners?|(?:managing\s+)?directors?|partners?|the\s+board|chair(?:man|woman)?|dean|principal",
    r"(?:your|his|her|their)\s+(?:boss|manager|line\s+manager|skip-level)",
    r"(?:your|his|her|their)\s+(?:(?!hiring\b)[\w'-]+\s+)?(?:(?:boss|manager|director|head|supervisor|superior|counsel|"
    r"partner)s?|lead)\b|the\s+(?:owners|partners|founders|directors)",
    r"senior\s+(?:leadership|management|partner|team)|leadership\s+team",
    r"(?:the\s+)?(?:people|folks|guys|powers|bosses|suits)\s+upstairs|upstairs|higher[\s-]ups?|(?:the\s+)?top\s+brass|"
    r"(?:the\s+)?powers\s+that\s+be|(?:the\s+)?big\s+bosse?s?|senior\s+(?:people|folks|staff|leaders?)",
)
# The writer as what the reader is asked to tell someone else ("let the owners know my application is worth a look",
# "tell her I would be a good fit"); not what is told to the writer ("tell me if I can apply") nor to the reader.
_writer_told = (
    r"(?:tell|telling|let|letting|remind|assure|convince|persuade|inform)\s+(?!me\b|us\b|you\b)(?:[\w'-]+\s+){1,3}?(?:know\s+)?"
    r"(?:that\s+)?(?:about\s+me|i'?m|i\s+am|i'?d|i\s+would|i\s+will|i'?ll|i\s+can|i'?ve|i\s+have|"
    r"my\s+(?:[\w-]+\s+)?(?:is|are|would|was|were|has|deserves?))\b"
    # …or carry the writer's name or papers to them ("bring my application to the attention of the partners", "give
    # her my book", "put me in front of her")
    r"|(?:bring|put|get|take|pass|send|forward|hand|give|show|slip)\s+my\s+(?:[\w-]+\s+)?(?:name|cv|resume|résumé|application|"
    r"book|portfolio|details|profile|work)\s+(?:\w+\s+){0,2}?(?:to\s+(?:the\s+)?attention\s+of|in\s+front\s+of|before|under\s+"
    r"the\s+nose\s+of|to)\b"
    r"|(?:bring|put|get)\s+me\s+(?:\w+\s+)?(?:to\s+(?:the\s+)?attention\s+of|in\s+front\s+of)"
    # …or have a word with them about the writer ("have a word with the people upstairs about my application")
    r"|(?:have|had|put\s+in|say|drop)\s+a\s+(?:quiet\s+|good\s+|kind\s+)?word\s+(?:with|to)\s+(?!me\b|us\b|you\b)(?:[\w'-]+\s+){1,3}?"
    r"(?:about|for|on\s+behalf\s+of)\s+(?:me|my)\b"
    r"|(?:give|hand|show|pass|send|forward|slip)\s+(?!me\b|us\b)(?:him|her|them|the\s+\w+|your\s+\w+|\w+)\s+my\s+(?:[\w-]+\s+)?"
    r"(?:cv|resume|résumé|application|book|portfolio|details|profile)\b"
)
#: The reader asked to tell someone else about the writer, or to carry their papers to them: a good word in other
#: words (a job ask when a job is named around it: JOB_NAMED).
WRITER_TOLD = _rx(
    _writer_told,
    # …or have told them, or put in a word for the writer with them (CARRIED_UP's words)
    r"told\s+(?!me\b|us\b|you\b)(?:[\w'-]+\s+){1,3}?(?:that\s+)?(?:i'?m|i\s+am|i'?d|i\s+would|my\s+(?:[\w-]+\s+)?(?:is|are|would))\b",
    r"(?:put\s+in|say|drop|have)\s+a\s+(?:quiet\s+|good\s+|kind\s+)?word\s+(?:for|about)\s+(?:me|my\s+\w+)\s+(?:with|to)\b",
    r"mention(?:ing)?\s+(?:me|my\s+name)\s+to",
    # that the reader knows the writer, carried to someone ("mention to your boss that we know each other")
    r"mention(?:ed|ing)?\s+to\s+(?:[\w'-]+\s+){1,4}?that\s+(?:you|we)\s+know\s+(?:me|each\s+other)",
)
#: The reader asked to tell someone else what the writer (or the person introduced) is worth: "tell them I am very
#: organised and reliable", "let your director know she's excellent". From a reader who has not seen it, a blind
#: vouch.
QUALITY_TOLD = _rx(
    r"(?:tell|telling|let|letting|assure|convince|persuade|inform|say\s+to)\s+(?!me\b|us\b|you\b)(?:[\w'-]+\s+){1,3}?(?:know\s+)?(?:that\s+)?"
    r"(?:i'?m|i\s+am|i\s+would\s+be|i'?d\s+be|she'?s|she\s+is|he'?s|he\s+is|they'?re|they\s+are|my\s+[\w-]+\s+(?:is|are))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:reliable|organi[sz]ed|excellent|brilliant|great|good|strong|careful|hard-?working|trustworthy|talented|"
    r"skilled|capable|competent|outstanding|exceptional|the\s+right|the\s+best|a\s+(?:good|great|safe|strong)|perfect|ideal|amazing|"
    r"fantastic|worth)\b",
)
#: A particular job named: a role, a post, an application, a side hiring for a worker (not "hiring manager" or "work"
#: alone, which a vouch for skills also mentions).
JOB_NAMED = _rx(
    r"(?:jobs?|roles?|posts?|positions?|openings?|vacanc(?:y|ies)|internships?|placements?|traineeships?|apprenticeships?|"
    r"spots?|slots?|cv|resume|résumé)",
    r"applica(?:tion|tions)|appl(?:y|ying|ied)",
    r"(?:is|are|'s|'re)\s+(?:looking\s+for|hiring|recruiting|seeking)\s+(?:a|an|another|new|more)\b",
    r"(?:graduate|grad)\s+(?:scheme|programme|program)",
)
#: The reader as the one who acts in a hinted ask, just before it: "if you tell her…", "you could mention me to…".
READER_HINTED = quick(
    re.compile(r"\b(?:if\s+you|you\s+(?:could|might|can|would)|you'd|maybe\s+you)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
)
#: The reader asked to carry the writer upward in words SPEAK_FOR does not hold (read with it; kept apart from it, a
#: feature of the learned signal): to ask their own boss for the writer ("can you ask your supervisor whether he has
#: room for me", "ask to your director if she can look my portfolio"), to have told someone what the writer is ("if you
#: told him I'm the one"), a word for the writer put in with someone ("put in a word for me with Graham").
CARRIED_UP = _rx(
    r"ask\s+(?:to\s+)?(?:your|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:boss|manager|director|supervisor|lead|head|chief|owner|"
    r"partner|ceo|founder|vp)s?\s+(?:if|whether|about|for)\b[^.?!\n]{0,80}?\b(?:me|my|i|one\s+more)\b",
    r"told\s+(?!me\b|us\b|you\b)(?:[\w'-]+\s+){1,3}?(?:that\s+)?(?:i'?m|i\s+am|i'?d|i\s+would|my\s+(?:[\w-]+\s+)?(?:is|are|would))\b",
    r"(?:put\s+in|say|drop|have)\s+a\s+(?:quiet\s+|good\s+|kind\s+)?word\s+(?:for|about)\s+(?:me|my\s+\w+)\s+(?:with|to)\b",
)
#: The reader's own superior by a title SENIOR does not hold ("your team lead", "your head of department", "your chief
#: counsel", "your practice partners"; read with SENIOR, kept apart from it, a feature of the learned signal).
READER_SUPERIOR = _rx(
    r"(?:your|his|her|their)\s+(?:(?!hiring\b)[\w'-]+\s+)?(?:(?:head|supervisor|superior|counsel|partner)s?|lead)\b",
)
#: A good word for the writer, as opposed to their papers passed on or a referral ("recommend me to whoever is hiring",
#: the job ask's): "put in a word for me", "mention me to", "a word from you would go a long way". Said about a post
#: named in the sentence, it goes to whoever fills the post.
GOOD_WORD = _rx(
    r"(?:put|say|drop|have)\s+(?:in\s+)?a\s+(?:good\s+|kind\s+|quiet\s+|positive\s+)?word",
    r"(?:mention|pitch|plug)\s+(?:me|my\s+name)\b",
    r"talk\s+me\s+up",
    r"speak\s+(?:up\s+)?(?:for|on\s+behalf\s+of)\s+me",
    r"vouch\s+for\s+me",
    *_reader_word,
)
# Asking the reader to speak for the writer ("mention me to", "talk me up to", "pitch me to").
SPEAK_FOR = _rx(
    # the reader asked to get the writer in front of someone ("kindly help me talk to your head of chambers")
    r"help\s+me\s+(?:talk|speak|get\s+through|get\s+in\s+front\s+of|get\s+a\s+word\s+with)\b",
    r"refer\s+me\s+(?:on\s+)?to",
    *_reader_word,
    r"mention(?:ed)?\s+to\s+(?:[\w'-]+\s+){1,4}?that\s+(?:you|we)\s+know\s+(?:me|each\s+other)",
    r"(?:mention|recommend|pitch|plug|endorse)\s+(?:me|my\s+name|my\s+(?:work|profile|cv|startup|idea))",
    r"talk\s+me\s+up",
    r"(?:put|bring)\s+(?:my\s+name|me)\s+(?:up\s+)?(?:forward\s+)?(?:to|with|in\s+front\s+of|before)",
    r"bring\s+(?:me|my\s+name)\s+up",
    r"(?:tell|convince|persuade|remind)\s+(?:your|the|him|her|them)\s+(?:\w+\s+){0,3}?(?:about\s+me|that\s+(?:i|my)|i'?m|"
    r"to\s+(?:hire|meet|see|call)\s+me)",
    _writer_told,
    r"speak\s+(?:up\s+)?(?:for|on\s+behalf\s+of)\s+me",
    r"(?:get|put)\s+me\s+in\s+front\s+of",
    r"(?:a|one)\s+word\s+(?:with|to)\s+(?:your|the)",
    r"vouch\s+for\s+me",
    r"(?:put|say)\s+in\s+a\s+(?:good\s+|kind\s+)?word\s+(?:for\s+me\s+)?(?:with|to)",
    r"(?:put|say)\s+in\s+a\s+(?:good\s+|kind\s+)?word\s+for\s+me",
    r"(?:say|put|give|drop)\s+(?:in\s+)?a\s+(?:good|kind|positive|nice)\s+word\s+(?:for\s+me\s+)?(?:to|with)",
    r"(?:have|had)\s+a\s+(?:quiet\s+)?word\s+(?:with|to)\s+(?:her|him|them|your|the)",
    r"(?:get|put)\s+me\s+(?:on|onto)\s+(?:the|a|their)\s+shortlist",
    r"so\s+(?:that\s+)?i\s+(?:get|end\s+up|am|'m|go)\s+(?:on|onto|straight\s+onto)\s+the\s+shortlist",
    r"(?:ask|get|have|persuade|convince)\s+(?:your|the|his|her|their)\s+(?:[\w'-]+\s+){0,3}?(?:ceo|cto|cfo|coo|md|founder|"
    r"director|vp|head|boss|manager|partner|chief|president|executive|board|owner|chair|editor|dean|principal|pi|professor|"
    r"supervisor)s?\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+\w+",
    # the writer (or their work) carried to someone: "mention to her that I'm great", "get my portfolio onto her desk"
    r"(?:mention|say|tell|show|pass|forward|send|take|bring|hand|slip|vouch\s+for)\s+(?:to\s+(?:[\w'-]+\s+){1,4}?)?(?:\w+\s+){0,2}?"
    r"(?:that\s+)?(?:my|i'?m|i\s+am|i'?d\s+be)\b",
    # papers landing on someone's desk ("onto her desk", "to the CTO's desk"; not "to run the treasury desk")
    r"(?:onto|on|to|across)\s+(?:the|your|his|her|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?desk",
    r"(?:nudge|steer|push|sway|lean\s+on)\s+(?:them|him|her|\w+)\s+(?:\w+\s+)?(?:towards|toward|in\s+the\s+direction\s+of|in\s+favour\s+of)\s+"
    r"(?:me|my)",
)
# Asking the reader to get a third person to refer or hire the writer.
THIRD_PARTY_REFERRAL = _rx(
    r"(?:ask|get|have|persuade|convince|see\s+if)\s+(?:her|him|them|(?:your|his|her|their|the)\s+(?:[\w'-]+\s+){0,3}?\w+|\w+)\s+"
    r"(?:to|can|could|would|will)\s+"
    r"(?:\w+\s+)?(?:refer|recommend|hire|vouch\s+for|put\s+me\s+forward|put\s+in\s+a\s+(?:good\s+)?word|shortlist\s+me|"
    r"interview\s+me|take\s+me\s+on|consider\s+me|pick\s+me|select\s+me|offer\s+me|"
    r"put\s+(?:me|my\s+(?:\w+\s+)?(?:cv|name|application|resume))\s+(?:on|onto|through|forward))",
    r"ask\s+(?:him|her|them|(?:your|his|her|their|the)\s+\w+)\s+(?:if|whether)\s+(?:he|she|they|it)\s+(?:needs?|could\s+use|"
    r"(?:has|have)\s+(?:room|work|a\s+place))\s+(?:for\s+)?(?:one\s+more|another|an?\s+extra|a|an)\s+\w+",
)
# What a wish or a request is about: information and conversation (saying what you want is good).
INFORMATION_ASK = _rx(
    r"understand",
    r"learn",
    r"hear\s+(?:how|what|about|your)",
    r"(?:talk|chat|speak)",
    r"advice",
    r"(?:your\s+)?(?:view|views|perspective|take|thoughts)",
    r"how\s+(?:teams?|you|people|things)\s+\w+",
    r"what\s+(?:it|the\s+work|your\s+work)\s+is\s+like",
    r"call",
    r"coffee",
    r"questions?",
    r"pick\s+your\s+brain",
    r"insight",
)
# A vague plea for help with the search itself ("can you help?", "anything you can do").
VAGUE_HELP = _rx(
    r"(?:can|could|would)\s+you\s+help(?!\s+me\s+understand)",
    r"anything\s+you\s+can\s+do",
    r"any\s+help",
    r"let\s+me\s+know\s+if\s+(?:you\s+)?(?:hear|see|know)\s+of\s+anything",
    r"keep\s+me\s+in\s+mind",
    r"(?:help|helping)\s+me\s+(?:find|get|land)",
)
# A silence the writer reads something into about the reader (REPROACH): the silence named ("since you haven't replied",
# "no answer yet", "the read receipt"), then a conclusion drawn from it in the same sentence ("I'll take it that…", "I
# assume…", "…tells me where I stand", "…is an answer of sorts"), unless that conclusion excuses the reader ("…I assume
# it got buried", "…you must be busy, no worries").
_silence = (
    r"(?:(?:haven'?t|have\s+not|hadn'?t|didn'?t|did\s+not|never)\s+(?:yet\s+)?(?:heard|had|got|received)\s+(?:back|anything|"
    r"a\s+(?:reply|word|response|answer)|from\s+you)"
    r"|you\s+(?:still\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:yet\s+|even\s+)?(?:replied|answered|responded|"
    r"written\s+back|got\s+back|reply|answer|respond)"
    r"|(?:no|without\s+(?:a|any))\s+(?:reply|answer|response|word)(?:\s+back)?"
    r"|(?<!my\s)(?<!our\s)silence|nothing\s+(?:back|from\s+you|yet)|(?:heard|had|got|received)\s+nothing"
    r"|read\s+receipts?|blue\s+ticks?|(?:left|leaving)\s+(?:me\s+)?on\s+(?:read|seen))"
)
_read_into = (
    r"(?:(?:i'?ll|i\s+will|i'?d|i\s+would|i)\s+(?:just\s+)?(?:take\s+(?:it|that)|assume|gather|conclude|presume|suppose|guess|"
    r"can\s+only\s+assume|have\s+to\s+assume|must\s+assume|read\s+(?:it|that|this)\s+as|take\s+(?:it|that|this)\s+as)"
    r"|(?:tells|told|shows|showed)\s+me|(?:is|as|was)\s+(?:an?\s+|my\s+)?answer|speaks\s+(?:volumes|for\s+itself))"
)
_read_kindly = (
    r"(?:busy|lost|buried|missed|slipped|deleted|filtered|astray|spam|junk|away|travell?ing|leave|holiday|vacation|plate|"
    r"inbox(?:es)?|timing|good\s+time|no\s+(?:rush|pressure|worries|problem|obligation)|(?:completely|totally|perfectly)?\s*fine)"
)
# Reproach for a silence ("I guess you're too busy for old friends", "you ignored my message").
REPROACH = _rx(
    # the reader named as the last one left ("Mei Ling, Arjun and Wei Ming all confirm already. Only left you.")
    r"only\s+left\s+(?:you|u)\b|only\s+(?:you|u)\s+(?:left|remaining|outstanding)",
    # a reply owed as good manners ("It is basic courtesy to respond", "a quick reply would be the polite thing",
    # "Surely the decent thing is to respond"); not manners about the writer's own conduct ("good manners meant one
    # reminder")
    r"(?:it'?s|it\s+is|is|was|would\s+be|'d\s+be|would\s+have\s+been)\s+(?:\w+\s+){0,2}?(?:polite|courteous|courtesy|"
    r"(?:good\s+)?manners|decent|the\s+(?:polite|decent|professional|right|courteous)\s+thing)\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:answer|reply|respond|get\s+back|write\s+back)",
    r"(?:the\s+(?:polite|decent|professional|courteous)\s+thing|good\s+manners|basic\s+courtesy|common\s+courtesy)\s+"
    r"(?:\w+\s+){0,2}?(?:is|was|would\s+be)\s+(?:to\s+)?(?:\w+\s+)?(?:answer|reply|respond|get\s+back|write\s+back)",
    r"(?:answer|reply|response)\b[^.!?\n]{0,40}?\b(?:is|was|would\s+be|would\s+have\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:polite|courteous|courtesy|(?:good\s+)?manners|decent|the\s+(?:polite|decent|professional|right|courteous)\s+thing)",
    rf"{_silence}\b[^.!?\n]{{0,80}}?\b{_read_into}\b(?![^.!?\n]{{0,80}}?\b{_read_kindly}\b)",
    r"(?:guess|suppose|seems?)\s+(?:you'?re|you\s+are)\s+too\s+(?:busy|important|good)",
    r"(?:you|u)\s+(?:ignored|ghosted|never\s+bothered|didn'?t\s+(?:even\s+)?bother)",
    r"(?:ignoring|ghosting)\s+me",
    r"(?:no|not\s+a)\s+(?:single\s+)?(?:reply|answer|word)\s+(?:from\s+you|back)",
    r"(?:still|been)\s+waiting\s+(?:to\s+hear|for\s+you)",
    r"(?:i'?ve|i\s+have)\s+(?:now\s+)?(?:written|messaged|emailed|asked)\s+(?:you\s+)?(?:\w+\s+)?(?:twice|three\s+times|several\s+times|again\s+and\s+again)",
    r"(?:hard|nice)\s+to\s+get\s+(?:hold\s+of|a\s+reply\s+from)\s+you",
    r"(?:rude|disappointing|disappointed)\s+(?:not\s+to|that\s+you|you\s+didn'?t)",
    r"(?:emailed|written|messaged|wrote|sent|asked|pinged|contacted|texted|called|chased|nudged)\s+(?:to\s+)?(?:you\s+)?"
    r"(?:\w+\s+){0,3}?(?:twice|three\s+times|four\s+times|\w+\s+times|several\s+times|multiple\s+times|repeatedly|"
    r"again\s+and\s+again)",
    r"(?:sent|written|wrote|emailed)\s+(?:you\s+)?(?:two|three|four|five|six|several|multiple|\d+)\s+(?:\w+\s+)?"
    r"(?:emails|messages|notes|of\s+these|reminders|times)",
    r"(?:without|with\s+no|not)\s+(?:a\s+single|any|one|so\s+much\s+as\s+an?|even\s+an?)\s+(?:reply|answer|response|word|acknowledg\w+)",
    r"(?:i\s+)?find\s+(?:that|this|it)\s+(?:\w+\s+)?(?:disappointing|rude|unprofessional|hurtful|disrespectful)",
    r"(?:heard|got|had|received)\s+(?:absolutely\s+)?(?:nothing|no\s+(?:reply|answer|response|word))(?:\s+back)?\s*,?\s*"
    r"(?:which|so|and|since|from\s+you)",
    r"you\s+(?:never|don'?t\s+ever|still\s+don'?t)\s+(?:say|said|reply|replied|answer|answered|respond|responded|write|"
    r"wrote|react|get\s+back)",
    r"(?:the\s+)?(?:common\s+)?courtesy\s+of\s+(?:a|an|any)\s+(?:reply|answer|response)",
    r"(?:at\s+least|even)\s+(?:the\s+courtesy|a\s+(?:one-line|quick|short)\s+(?:reply|answer|no))",
    r"(?:which|that|this|it'?s|it)\s+(?:\w+\s+){0,4}?(?:is|was|seems|feels)\s+(?:a\s+(?:bit|little)\s+|quite\s+|rather\s+|very\s+|pretty\s+|really\s+|so\s+)?"
    r"(?:rude|disappointing|unprofessional|hurtful|disrespectful)",
    r"(?:seems?|looks?\s+like|guess|suppose|assume)\s+(?:that\s+)?(?:you'?ve|you\s+have|you)\s+(?:just\s+)?"
    r"(?:ignored|forgotten|forgot|missed|decided\s+to\s+ignore|chosen\s+to\s+ignore|no\s+time\s+for)",
    r"(?:since|as|because|given\s+that|seeing\s+as)\s+(?:i\s+)?(?:still\s+)?(?:haven'?t|have\s+not|never)\s+"
    r"(?:heard|had|got)\s+(?:back|anything|a\s+(?:reply|word))\b[^.!?\n]{0,60}?\b(?:i\s+(?:guess|assume|suppose|take\s+it)|"
    r"you\s+(?:must|don'?t|didn'?t|aren'?t|can'?t))",
    r"(?:too\s+(?:busy|important|good)\s+(?:for|to\s+(?:reply|answer|respond|write)))",
    # counting the messages the reader left unanswered ("This is my third email", "no response to my last two emails")
    r"(?:this\s+is|it'?s|that'?s)\s+(?:now\s+)?(?:my|the)\s+(?:third|fourth|fifth|sixth|\w+th)\s+(?:email|message|note|attempt|"
    r"try|time|reminder|follow-up|text)",
    r"(?:no|not\s+a|not\s+any)\s+(?:reply|response|answer|word)\s+(?:back\s+)?to\s+(?:my|any\s+of\s+my)\s+(?:last\s+|previous\s+|other\s+)?"
    r"(?:two|three|four|five|several|many|\d+)\s+(?:emails|messages|notes|texts|requests)",
    r"(?:surprised|disappointed|shocked|sad|hurt|amazed)\s+(?:that\s+)?you\s+(?:still\s+)?(?:haven'?t|didn'?t|couldn'?t|never|"
    r"can'?t|won'?t|did\s+not|have\s+not|do\s+not|don'?t)",
    r"(?:haven'?t|have\s+not|hadn'?t|never|not)\s+(?:yet\s+)?(?:heard|had|got|received)\s+(?:back|anything|a\s+(?:reply|word|response))"
    r"\b[^.!?\n]{0,30}?(?:which|and\s+that|that)\s+(?:\w+\s+)?(?:surprised|disappointed|shocked|saddened|upset|annoyed)",
    r"keep(?:ing)?\s+(?:people|me|us|others|someone)\s+waiting",
    r"blue\s+ticks?",
    r"(?:don'?t|do\s+not)\s+leave\s+me\s+hanging",
    r"i\s+know\s+you\s+(?:saw|read|got|have\s+seen|'ve\s+seen|opened)\s+(?:my|it|the\s+(?:\w+\s+)?(?:message|email|e-mail|mail|"
    r"note|text|request|invoice|dm|letter|voicemail)s?\b)",
    r"your\s+silence\s+(?:is|was|speaks|says|seems|feels)",
    r"my\s+(?:last|final)\s+(?:attempt|try|message|email|chance)\s+to\s+(?:reach|contact|hear\s+from)",
    # a judgement of the reader ("rude of you", "you've been so unreliable")
    r"(?:rude|ungrateful|selfish|unprofessional|disrespectful|inconsiderate|unreliable|flaky|lazy|unhelpful)\s+(?:of|from)\s+you",
    r"(?:you'?re|you\s+are|you'?ve\s+been|you\s+have\s+been|you\s+were)\s+(?:\w+\s+)?(?:so\s+|very\s+|really\s+|pretty\s+|quite\s+)?"
    r"(?:rude|ungrateful|selfish|unprofessional|disrespectful|inconsiderate|unreliable|flaky|lazy|unhelpful)",
    r"(?:you'?re|you\s+are|you'?ve\s+been)\s+(?:\w+\s+)?(?:avoiding|ignoring|dodging|blanking)\s+me",
    r"(?:confused|wondering|puzzled|curious|don'?t\s+understand|can'?t\s+understand)\s+why\s+you\s+(?:still\s+)?(?:haven'?t|didn'?t|"
    r"have\s+not|did\s+not|won'?t|never|aren'?t)",
    r"(?:can\s+)?see\s+(?:that\s+)?you(?:'ve|\s+have)\s+(?:already\s+)?(?:read|seen|opened)\s+(?:it|my|the)",
    r"(?:second|third|fourth|fifth|sixth|\w+th)\s+time\s+(?:i'?m\s+|i\s+am\s+)?(?:asking|writing|messaging|chasing|trying|emailing)",
    r"(?:wasn'?t|isn'?t|was\s+not|is\s+not|not)\s+(?:even\s+)?worth\s+(?:\w+\s+)?your\s+(?:time|while|reply|attention|answer)",
    r"(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been)\s+still\s+waiting",
    r"(?:i'?d|i\s+would)\s+have\s+expected\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:at\s+least\s+)?(?:acknowledge|reply|answer|respond|write)",
    r"(?:wrote|emailed|messaged|asked|called|texted)\s+(?:you\s+)?[^.!?\n]{0,80}?\band\s+again\s+(?:in|on|last|this|yesterday)",
    # the reader measured against what they stand for ("I had rather hoped that someone who writes so warmly about
    # mentoring might find five minutes")
    r"(?:had\s+)?(?:rather\s+|really\s+)?(?:hoped|expected|thought)\s+(?:that\s+)?(?:someone|somebody|a\s+person|people)\s+"
    r"(?:who|that|like\s+you|in\s+your\s+position)\b[^.!?\n]{0,80}?\b(?:might|would|could)\b",
    # attempts counted bare ("Third try.", "Fourth reminder")
    r"(?<!gentle\s)(?<!friendly\s)(?<!little\s)(?:second|third|fourth|fifth|sixth|\w+th)\s+(?:try|attempt|reminder|chase|nudge)\b",
    r"happening\s+or\s+not\s*\?",
    r"(?:i|we)\s+(?:really\s+|urgently\s+|absolutely\s+|just\s+)?need\s+to\s+(?:speak|talk|hear\s+from|meet|see)\s+(?:to\s+|with\s+)?"
    r"you\s+(?:\w+\s+){0,2}?(?:before|by|today|tomorrow|tonight|asap|this\s+week)",
    r"(?:sent|made|given)\s+(?:you\s+)?(?:a\s+)?(?:connection\s+)?(?:requests?|invit\w+)\s+(?:\w+\s+){0,2}?(?:twice|three\s+times|"
    r"several\s+times|again)",
    r"(?:you\s+)?(?:still\s+)?(?:haven'?t|have\s+not)\s+(?:even\s+)?(?:accepted|opened|read|looked\s+at|acknowledged)",
    r"(?:am|'m|have\s+been|'ve\s+been)\s+waiting\s+(?:for\s+)?your\s+(?:reply|answer|response)\s+(?:since|for)",
    # what the reader should have done ("A one-line answer would have been the polite thing")
    r"(?:would\s+have\s+been|would'?ve\s+been|is\s+(?:only|just|surely))\s+(?:the\s+|only\s+)?(?:polite|decent|courteous|"
    r"professional|respectful|kind|right|normal)\s+(?:thing|to\s+do|way|response)",
    r"(?:the\s+)?(?:least|minimum)\s+(?:you|anyone)\s+(?:could|can|would)\s+(?:do|have\s+done)\s+(?:is|was|would\s+be)\s+(?:to\s+)?(?:reply|answer|respond|a)",
)
#: The writer's own attempts counted, from the third on (lint_pressure.counted_attempt): "this makes my fourth
#: little note", "4th time asking", "my third wee note" (a second one is a plain nudge; the older REPROACH wordings
#: keep their own "second" cases).
ATTEMPT_COUNT = _rx(
    r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\d+(?:rd|th))\s+"
    r"(?:(?!one\b|the\b|an?\b|of\b|to\b|in\b|for\b)[\w'-]+\s+){0,2}?"
    r"(?:e-?mails?|messages?|notes?|mails?|attempts?|tries|try|time|reminders?|follow-?ups?|chases?|nudges?|"
    r"requests?|texts?|dms?|pings?|bumps?)",
)
#: The reader as the owner just before a count ("your third request"): then the count is theirs, not the writer's.
READER_OWNED = quick(re.compile(r"\b(?:your|you'?ve\s+sent|you\s+sent)\s+(?:[\w'-]+\s+)?$", re.IGNORECASE))
#: The writer's own message to the reader, told in the past ("I asked you", "I messaged you in March", "sent you a
#: message"): read with SILENCE_BARE after it.
WRITER_CONTACTED = _rx(
    r"(?:i\s+)?(?:asked|wrote\s+to|wrote|emailed|e-mailed|messaged|texted|pinged|contacted|sent|dropped|reached\s+out\s+to)\s+"
    r"(?:you|u|ye)\b",
    r"i\s+(?:asked|wrote|emailed|messaged|texted|reached\s+out)\b",
)
#: A silence named bare ("and not a peep", "and nowt", "and nothing since", "not a single word"), read after
#: WRITER_CONTACTED.
SILENCE_BARE = _rx(
    r"(?:and|but)\s+(?:still\s+|since\s+then\s+|so\s+far\s+)?(?:nothing|nowt|nada|zilch|crickets|silence)",
    r"not\s+(?:a|one)\s+(?:single\s+)?(?:peep|word|line|squeak|dicky\s+bird)",
    r"(?:nothing|nowt|not\s+a\s+peep|not\s+a\s+word|no\s+word)\s+(?:since|back|yet)",
)
#: A silence read kindly in the same sentence ("…which is surely a full inbox"): no reproach.
SILENCE_KIND = _rx(
    r"busy|buried|lost|missed|slipped|spam|junk|full\s+inbox|away|on\s+leave|holiday|no\s+(?:rush|pressure|worries)",
)
#: A date or a day (lint_pressure.dated_stake): "on the 9th", "Wednesday night", "by Thurs", "after Friday", "3 May".
_months = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|may"
TIME_POINT = _rx(
    r"(?:(?:this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thurs?|fri|sat|"
    r"sun)(?:\s+(?:night|morning|evening|afternoon))?",
    r"the\s+\d{1,2}(?:st|nd|rd|th)",
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_months}",
    rf"{_months}\s+\d{{1,2}}(?:st|nd|rd|th)?",
    r"tomorrow|tonight|end\s+of\s+(?:the\s+)?(?:week|month|day)",
)
#: Something of the writer's that closes or happens on that date ("the portal locks", "my interview is", "due").
CLOSING = _rx(
    r"(?:closes?|closing|locks?|locking|expires?|expiring|shuts?|(?:is|are|'s)\s+due|deadline|cut-?off|goes\s+(?:in|out|live)|"
    r"signing|submit\w*)",
)
#: The writer as the owner of what closes ("my application closes on Sunday"): an opportunity's closing date is not
#: the writer's deadline ("stall applications close this Friday, in case it appeals").
WRITER_OWNED = quick(re.compile(r"\b(?:my|our)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE))
#: What the writer loses once the date has passed ("after Friday it's no use to me", "or I lose the place").
STAKE = _rx(
    r"(?:it'?s|it\s+is|it'?ll\s+be|it\s+will\s+be|that'?s)\s+(?:\w+\s+)?(?:no\s+use|useless|too\s+late|no\s+good)(?:\s+to\s+me)?",
    r"(?:or|otherwise|or\s+else)\s+(?:i|i'?ll|i\s+will)\s+(?:\w+\s+){0,2}?(?:fail|lose|miss|forfeit|be\s+(?:too\s+late|stuck|out))",
    r"so\s+i\s+(?:must|have\s+to|need\s+to)\s+(?:speak|talk|hear|meet|see|get)\s+(?:\w+\s+)?(?:with\s+|to\s+|from\s+)?you",
    # the reader's part named as what the writer still lacks by then ("the reference is the last piece missing")
    r"(?:the\s+)?(?:last|only)\s+(?:piece|thing|bit|part|document)\s+(?:\w+\s+)?(?:missing|outstanding|left)",
)
#: A time for the favour itself that lies past the writer's date ("some time next month"): then the date is not on it.
LATER = _rx(r"next\s+month|some\s*time|later\s+(?:on|in\s+the)|after\s+(?:that|then|it)|in\s+the\s+new\s+year")
# Deadlines the writer puts on a favour (a deadline word near a favour the reader is asked to do).
FAVOUR = _rx(
    r"(?:intro(?:duction)?|referral|reference|recommendation|review|feedback|signature|letter|word|look|answer|reply|"
    r"response|help|favou?r|call)",
)
# A past the two share (they have met or worked together): some goodwill exists, unlike a cold message.
SHARED_PAST = _rx(
    *_shared_memory,
    *_past_with_reader,
    r"we(?:'ve|\s+have|\s+had)?\s+(?:met|worked|studied|spoke|talked|chatted|served|volunteered|were|shared|sat)",
    r"(?:great|good|lovely|nice|wonderful)\s+(?:to\s+)?(?:see|seeing|meet|meeting|bump(?:ing)?\s+into|catch(?:ing)?\s+up|chat(?:ting)?)",
    r"since\s+(?:we|our)\s+(?:met|worked|studied|spoke|last|left|were|shared|\w+\s+days)",
    r"when\s+we\s+(?:met|worked|studied|spoke|were|shared|played|ran)",
    r"it(?:'?s|\s+has)\s+been",
    r"long\s+time",
    r"lost\s+touch",
    r"(?:my|our)\s+(?:old|former)\s+\w+",
    r"worked\s+(?:together|with\s+you|alongside)",
    r"(?:met|meeting|spoke|speaking|talking)\s+(?:you\s+)?(?:at|in|during|on|last)",
    r"remember",
    r"know\s+each\s+other",
    r"haven'?t\s+(?:spoken|talked|seen\s+each\s+other)",
    r"ages",
    r"(?:we'?re|as)\s+(?:old\s+)?friends",
    r"(?:we\s+)?both\s+(?:studied|worked|did|took|joined|were|volunteered|played|ran|went|attended)",
    r"(?:studied|volunteered|played|sang)\s+together",
    r"(?:my|our)\s+(?:flatmate|roommate|teammate|classmate)",
)


# ------------------------------------------------------------------------ job-ask by what is asked of whom (round 12)
# Read by :mod:`netkit.exercises.outreach.lint_work_asked`: a request to the reader whose beneficiary is the writer
# and whose object is work. The same ideas in each language's data.

#: Work the reader's side gives: a job, a place, a start, a shift, a gig, a contract; not its description, its ad or
#: tips about it ("the job description", "a job search").
WORK_GIVEN = _rx(
    r"(?:jobs?|starts?|spots?|positions?|roles?|openings?|vacanc(?:y|ies)|shifts?|gigs?|contracts?|commissions?|placements?|"
    r"internships?|co-?ops?|pupillages?|apprenticeships?|traineeships?|work\s+trials?|(?:any|some|paid|extra|"
    r"freelance|more)\s+work|(?:a|any|some)\s+(?:\w+\s+)?place\s+(?:on|in|at|with|for))"
    r"(?!\s+(?:description|ad|advert|listing|link|posting|details|spec|market|search|hunt|tips|advice|date|"
    r"experience|culture|process))",
)
#: The writer given, placed or taken: a verb of giving or placing with the writer as its object ("get us a start",
#: "find me a couple of weeks", "squeeze us onto your shifts", "keep me in mind for"), work for them ("for me", "my
#: way"), or the writer the one who would take it ("openings I could apply to", "could I be one of them").
WRITER_RECEIVES = _rx(
    r"(?:get|give|find|offer|send|pass|put|squeeze|fit|slot|take|bring|throw|sneak|line\s+up|sort|keep|have|book|pencil|"
    r"add|consider|think\s+of)\s+(?:me|us)\b",
    r"(?:my|our)\s+way",
    r"for\s+(?:me|us)\b(?!\s+to\b)",
    r"(?:i|we)\s+(?:could|can|might|may)\s+(?:\w+\s+)?(?:apply|be\s+considered|fill|take|start|join|cover)",
    r"(?:could|can|may|might)\s+(?:i|we)\s+(?:\w+\s+)?(?:be\s+(?:one|considered|put)|join|start|fill|apply)",
)
#: The writer taken on for what they do, no work noun needed: "hire me", "book us", "trust me with".
WRITER_COMMISSIONED = _rx(
    r"(?:hire|book|commission|engage|contract|employ|recruit)\s+(?:me|us)\b",
    r"trust\s+(?:me|us)\s+with",
)
#: The reader's side taking someone on, asked of the reader (the writer offering to be that someone): "you hiring
#: assistants?", "need an editor for the trailers?", "is your team taking anyone on", "you lot taking on welders",
#: "have you got a photographer for it yet?", "does your place ever take people on", "take someone like me?".
READER_TAKES_ON = _rx(
    rf"(?:need|needs|needing|hiring|taking\s+on|take\s+on|recruiting|looking\s+for|could\s+use|short\s+of)\s+"
    # the hiring side named ("the hiring manager", "hiring for juniors works"), not someone taken on
    rf"(?!(?:for|managers?|panels?|process|committees?|leads?|teams?|partners?|officers?|decisions?|directors?)\b)"
    rf"(?:(?:a|an|another|any|some|more|extra|an\s+extra|one\s+more)\s+)?(?:{_worker}|(?:[\w-]+\s+)?(?:pair\s+of\s+)?hands)\b",
    r"taking\s+(?:anyone|anybody|someone|people|on\s+anyone)\b",
    rf"(?:have|has|got)\s+(?:you|your\s+[\w-]+|they)\s+(?:got\s+)?(?:a|an|any)\s+{_worker}\b[^.!?\n]{{0,40}}?\b(?:yet|already|lined\s+up)",
    # the reader's side as the subject of a verb that takes people on, asked in their terms (round 15): "does your
    # place ever take people on", "does your pharmacy take someone like me", "do yall ever have undergrads in", "would
    # your hospice consider someone with my background"
    rf"(?:you|you\s+lot|your\s+(?:[\w-]+\s+)?[\w-]+|y'?all|yous|youse|u|ur\s+[\w-]+)\s+(?:ever\s+|still\s+|sometimes\s+|"
    rf"usually\s+|at\s+all\s+|also\s+)?(?:(?:take|hire|employ|consider|bring\s+in)\s+(?:on\s+)?(?:(?:any|some|more|extra|"
    rf"a\s+few)\s+)?(?:people|folks|anyone|anybody|\w*grads|{_worker})\b|have\s+(?:any\s+|some\s+)?(?:people|folks|\w*grads|{_worker})\s+in\b)",
)
#: The writer kept in mind for what was named (in this sentence or the one before): "keep me in mind", "think of me".
REMEMBER_WRITER = _rx(
    r"(?:keep|kept|keeping|bear|have)\s+(?:me|us|my\s+name)\s+in\s+mind",
    r"think\s+of\s+(?:me|us)",
    r"remember\s+(?:me|us|my\s+name)",
    r"(?:keep|have)\s+my\s+name\s+handy",
)
#: A question of how, what or which: asked to learn, not to be taken on ("how do you hire juniors?").
WH_QUESTION = quick(
    re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)\W*(?:what|how|which|who|where|when|why)\b", re.IGNORECASE)
)
#: A how, what or which inside a question, in the clause just before the reader's side takes people on ("would you be
#: open to a chat about how you bring in joiners?"): how they hire, not whether they would take the writer.
EMBEDDED_WH = quick(re.compile(r"\b(?:how|what|which|when|where|why|whether|who)\b[^,;:?]*$", re.IGNORECASE))
#: Words that open a condition just before a need ("if your studio needs a designer, I know a great one"): a need
#: supposed, not asked about.
CONDITION_BEFORE = quick(re.compile(r"\b(?:if|when|whenever|should|in\s+case)\b[^,;:?]*$", re.IGNORECASE))
#: What is passed that is not work, just after the verb ("could you send me the salary band for the role?").
NOT_WORK_OBJECT = _rx(
    r"salary|salaries|pay\s+(?:band|range|scale)|description|details|contact|email|e-mail|number|link|info|information|"
    r"requirements|name|address",
)
#: The opening of a question whose "not" asks all the more: "Don't you need…?", "Couldn't you find me…?".
NEGATIVE_QUESTION = quick(
    re.compile(
        r"^\W*(?:(?:and|so|but|then)\s+)?(?:don't|doesn't|couldn't|wouldn't|won't|can't|aren't|isn't|haven't|hasn't)\b"
        r"(?:\s+[\w'-]+){0,3}\s*$",
        re.IGNORECASE,
    )
)
#: The opening of a condition or a possibility about the reader's side ("if", "should", "perhaps"): where an opening
#: of theirs is supposed before the writer is offered for it.
OPENING_SUPPOSED = _rx(r"if|should|when|whenever|once|in\s+case|perhaps|maybe")
#: The reader's side short of hands or with work left over: "stretched", "short of a locum", "space for one more
#: pupil", "a title still waiting for its illustrator".
READER_SHORT = _rx(
    r"stretched|swamped|snowed\s+under|short-handed|short-staffed|understaffed|overloaded|short\s+of",
    r"(?:room|space|a\s+place|a\s+spot)\s+for\s+(?:a|an|another|one\s+more|someone|somebody|me)\b",
    rf"waiting\s+for\s+(?:its|a|an|their|the\s+right)\s+{_worker}",
)
#: The writer offered in a statement, after an opening of the reader's side: available ("I can be on the road the
#: same morning", "I could start Monday", "I'm your girl", "I would be delighted to join"), or their papers there
#: for it ("my CV is attached", "my portfolio is at the link below").
WRITER_OFFERED = _rx(
    r"(?:i|we)(?:'m|\s+am|'d\s+be|\s+would\s+be|'ll\s+be|\s+will\s+be|\s+can\s+be|\s+could\s+be)\s+(?:\w+\s+){0,2}?"
    r"(?:available|free|ready|there|here|yours|your\s+(?:\w+|man|woman|girl|guy|person)|on\s+the\s+road|delighted|glad|"
    # not help offered ("I'm happy to help for free", "glad to test it")
    r"happy|keen|thrilled|in)\b(?!\s+to\s+(?:help|assist|lend|pitch\s+in|chip\s+in|volunteer|test|support))",
    r"(?:i|we)(?:\s+can|\s+could|'d|\s+would|'ll|\s+will)\s+(?:\w+\s+)?(?:start|begin|come|resume|step\s+in|join|jump\s+in|"
    r"help\s+out|cover|be\s+there)\b",
    r"count\s+(?:me|us)\s+in",
    r"(?:my|our)\s+(?:cv|resume|résumé|portfolio|showreel|reel)\s+(?:is|are)\s+(?:attached|at|below|here|linked|enclosed)",
    r"hear\s+from\s+you",
)


# ------------------------------------------------------------ job-ask: a need supposed, the writer offered (round 15)
# Read by :mod:`netkit.exercises.outreach.lint_need_supposed`: "if [the reader's side] [needs something], [I do it]".

#: The reader's side as the subject of a condition: "you", "your shop", "your lot", and text-speak "u", "ur", "yall".
READER_SIDE = _rx(r"you|your|you'?(?:ve|re|'d)|y'?all|yous|youse|u|ur|ya")
#: A need of the reader's side supposed in a condition: a need, a search, a gap or room, short of someone, someone
#: leaving, a team being built or grown.
READER_NEED = _rx(
    r"need|needs|needing|after\s+(?:a|an|some|someone|somebody|anyone|anybody|another)|looking\s+for|searching|"
    r"hiring|recruiting|taking\s+(?:on|people|anyone|someone)|(?:building|growing|expanding|staffing)\b",
    r"short\s+of|short-?(?:handed|staffed)|stretched|swamped|understaffed|(?:a|any)\s+gap|room|space|(?:a|any)\s+vacancy|"
    r"leaving|moving\s+on|going\s+on\s+leave|off\s+on\s+leave",
)
#: The writer doing the work, any verb after a modal ("I can deliver", "I could have forty mugs with you", "I'd gladly
#: pick up the titles", "I would be able to cover July").
WRITER_TAKES_IT = _rx(
    r"(?:i|we)(?:\s+can|\s+could|'d|\s+would|'ll|\s+will)(?:\s+be\s+able\s+to)?(?:\s+(?:gladly|happily|easily|also|"
    r"definitely|certainly|probably|then|still|just))?\s+[a-z]+",
)
#: Help or talk offered, not work: the verb after the writer's modal ("I can send", "I could introduce", "I'm around").
HELP_OFFERED = _rx(
    r"(?:send|share|forward|pass|introduce|connect|recommend|suggest|point|tell|show|explain|talk|chat|meet|buy|grab|"
    r"help|lend|ask|check|look|answer|walk|let|keep|try|dig|mention|put|think|know|be|love|like|need|want)$",
)
#: The reader just after the writer's verb: something for the reader to have ("I can send you", "I could show u").
READER_GIVEN = quick(re.compile(r"\s+(?:you|u|ya|y'?all)\b", re.IGNORECASE))
#: When the writer starts, named after the offer ("available from June", "I can start Monday", "free from September").
START_NAMED = _rx(
    r"(?:from|starting|as\s+of|in|by|on|next|this)\s+(?:next\s+|early\s+|mid-?\s*|late\s+)?(?:jan(?:uary)?|feb(?:ruary)?|"
    r"march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|"
    r"autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|week|month|term|season|the\s+(?:first|\d+)\w*)",
    r"(?:start|begin)\s+(?:straight\s+away|immediately|right\s+away|tomorrow|monday|next)",
)


# --------------------------------------------------------------------------- which question is the request
# (lint_question; labelling calls 7 and 18) A tag that ends a statement ("…, right?", "…, yeah?"): the question is the
# tag's, not the request's.
QUESTION_TAG = re.compile(
    r"[,–—-]\s*\b(?:right|yeah|yes|no|ok|okay|eh|innit|yep|mate|aye|isn'?t\s+it|won'?t\s+you|will\s+you|wouldn'?t\s+you|"
    r"don'?t\s+you|can'?t\s+you|aren'?t\s+you|didn'?t\s+you|haven'?t\s+you|ya\s+know|you\s+know|surely)\s*\?+[\s!.]*$",
    re.IGNORECASE,
)
# A statement led as a question after all ("Could you send it, right?"): then its tag does not make it a statement.
QUESTION_LED = re.compile(
    r"^\W*(?:would|could|can|will|do|does|did|is|are|was|were|have|has|had|may|might|shall|should|what|when|where|who|"
    r"whom|whose|how|why|which|any\s+chance|got\s+(?:a|any|time))\b",
    re.IGNORECASE,
)
# The writer as the object (not negated: "no me dejes mal, ¿vale?" asks no act) of a tagged statement ("Die
# schickst du mir …, oder?"): the tag then asks a favour.
WRITER_AS_OBJECT = re.compile(r"\bme\b", re.IGNORECASE)
# A request stated with the reader as its actor for the writer (labelling call 7), with no question: looking forward
# to the reader's answer, "if you send me …" (not "if you need me": an offer), the writer's plan that hands the reader
# a task ("I figured you'll cover my shift"; not "I thought you'd like this": a share), the writer's need of the
# reader's answer or act by a date, a bare "kindly revert".
STATED_ASK = _rx(
    r"look(?:ing)?\s+forward\s+to\s+(?:hearing\s+(?:from\s+you|back)|your\s+(?:reply|response|answer|feedback|thoughts|"
    r"call|decision|news|go-ahead|confirmation))",
    r"if\s+you(?:'d|\s+would|\s+just|\s+can)?\s+(?!(?:need|want|like|'d\s+like|ever|are|were|have|had|know|knew|think|"
    r"feel|remember|recall|miss|see|saw|met|meet|hire|hired|trust|asked|told)\b)[a-z]+\s+(?:me|us)\b",
    r"i\s+(?:thought|figured|assumed?|reckon(?:ed)?|take\s+it)\s+(?:that\s+)?you(?:'ll|'d|\s+(?:will|would|could|can))\s+"
    r"(?!(?:like|love|enjoy|want|be|find|know|appreciate|see|get\s+a\s+kick|have\s+fun|laugh)\b)\w+",
    r"(?<!don't\s)(?<!not\s)(?<!no\s)need\s+(?:your|the|an?|that)\s+[^.!?\n]{0,50}?\b(?:by|before|no\s+later\s+than)\s+"
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight|today|noon|midday|eod|cob|close|end\s+of|the\s+\d+|\d+)\w*",
    r"kindly\s+(?:revert|respond|reply|advise|confirm|update|acknowledge|get\s+back)",
    # a conditional offer of the writer's work that is the ask ("if your sous chef does leave in May, I could cover
    # three days a week"; "if you ever need a hand" is an offer: OFFER_OF_HELP)
    r"if\s+[^.!?\n]{0,100}?,\s*i\s+(?:could|can)\s+(?:[\w-]+\s+){0,6}?(?:cover|step\s+in|take\s+over|fill\s+in|start|come\s+in|"
    r"take\s+on)",
    # the reader's time or advice as the thing wanted ("twenty minutes of your advice would mean a lot")
    r"(?:minutes|hour|moment|bit)\s+of\s+your\s+(?:time|advice|expertise|thoughts|wisdom)",
)

# --------------------------------------------------------------------------- the writer met the reader's work
# (connection-late) A plan, a wish or what would be in a sentence that names the reader's work ("I think we could do
# great things with your routing data", "you'll be sending three names"): not the writer having met that work.
# …nor is a reader named only as where they work, however it is praised ("a company like yours", "your esteemed
# organisation"): READER_NAMED's match read again.
WHERE_THEY_WORK = re.compile(
    r"yours\b|your\s+(?:[\w-]+\s+)?(?:organi[sz]ation|company|firm|team|institution|office|employer|department)\b",
    re.IGNORECASE,
)
WRITER_PLAN = re.compile(
    r"\b(?:could|would|will|'ll|might|shall|hope\s+to|plan\s+to|want\s+to|going\s+to)\b", re.IGNORECASE
)

# --------------------------------------------------------------------------- a reconnect's shared past as time since
# (connection-late, labelling call 8) The time since the two last met, told around the meeting ("Ages since the
# timber-frame course", "The last time we spoke was at …", "haven't seen you since Leeds"): a shared past, so the
# opening places the writer.
TIME_SINCE_MET = _rx(
    r"(?:the\s+)?last\s+time\s+(?:we|i)\s+(?:spoke|met|talked|saw\s+you|worked|caught\s+up|ran\s+into)",
    r"(?:ages|years|months|long\s+time(?:\s+no\s+see)?|a\s+while|forever)\s+since\s+(?:the|our|we|that|you)",
    r"(?:haven'?t|have\s+not)\s+(?:seen|heard\s+from|spoken\s+to|talked\s+to)\s+(?:you|each\s+other)\s+since",
)
