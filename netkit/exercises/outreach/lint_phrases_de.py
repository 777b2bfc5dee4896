"""The phrases the outreach linter looks for in German drafts: the same ideas as :mod:`lint_phrases`, in German.

One compiled pattern per idea, under the same names as the English data, so every rule of
:mod:`netkit.exercises.outreach.lint` reads a German draft the way it reads an English one (see
``lint_parse.PHRASES``). Both forms of address (**du** and **Sie**), and the regional ways of writing:
Austrian and Swiss greetings ("Servus", "Grüß Gott", "Grüezi", "Hoi", "Salü"), Swiss "ss" for "ß"
(every ``ß`` below also matches ``ss``), and the English loanwords German work mail uses ("Call",
"Feedback", "Networking", "Referral", "sorry"). German puts the verb last, so most patterns allow a few
words between the object and its verb ("mich bei deiner Chefin *empfehlen*"). Measured against
``tests/fixtures/messages/corpus.de.toml``.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach import lint_phrases as _english
from netkit.exercises.outreach.lint_phrases import ANGLE_PLACEHOLDER, HTML_TAGS, SENTENCE_SPAN
from netkit.exercises.outreach.lint_prefilter import QuickPattern, phrase_pattern, quick

__all__ = ["ANGLE_PLACEHOLDER", "HTML_TAGS", "LANGUAGE", "PLACEHOLDER", "SENTENCE_SPAN"]

LANGUAGE = "de"
# Swiss German quotes titles in guillemets («Zahlenzoo», «Lesen im Quartier»; labelling call 12): there a «…» is a
# mail-merge gap only when it names a field («Vorname», «Firmenname», «Name des Kontakts», «Datum», «first_name»): a
# field word, alone or ending a compound, after at most an article, with at most a genitive after it, or a name written
# with "_".
_FIELD_WORDS = (
    r"vorname|nachname|name|anrede|titel|firma|unternehmen|organisation|institution|position|stelle|rolle|datum|tag|"
    r"uhrzeit|ort|stadt|land|veranstaltung|event|branche|bereich|thema|hochschule|universität|schule|team|abteilung|"
    r"kontakt|ansprechpartner\w*|empfänger\w*|first|last|company|x+"
)
_MERGE_FIELD = (
    r"«\s*(?:(?i:(?:(?:der|die|das|dein|deine|ihr|ihre|mein|meine)\s+)?[a-zäöüß-]*(?:" + _FIELD_WORDS + r"))\b"
    r"(?:\s+(?i:des|der|vom|von)\s+[\w-]+)?|[^«»\s]{1,20}_[^«»\n]{0,20})\s*»"
)
#: a gap left from a template: the English marks, with «…» read as Swiss German uses it
PLACEHOLDER = _english.placeholder_with_merge_fields(_MERGE_FIELD)
# Ideas the English data reads first (round 8, tune-en): they never match in German until German data for them follows
# (replace a name here by its German pattern further down).
_NOT_YET = QuickPattern(re.compile(r"(?!)x", re.IGNORECASE))  # never matches; the literal lets the pre-check skip it
#: The words between a release and a pressing phrase after it in the same clause, when the release still holds there
#: (no clause end, no "aber"/"doch"/"jedoch" turning it; the sentence's own closing mark may end it): "kein Stress, wenn
#: es diesen Monat nicht mehr klappt".
RELEASE_HOLDS = quick(
    re.compile(
        r"^(?:(?!\b(?:aber|doch|jedoch|allerdings|trotzdem|dennoch|nur|bloß)\b)[^.!?;\n])*[.!?…\s]*$", re.IGNORECASE
    )
)
# round 11 (tune-en): the awkward-position ideas read in English first
CARRIED_UP = EXCUSE = GOOD_WORD = PROMISED_FOR_THEM = READER_SUPERIOR = RESTRICTED = _NOT_YET
VOUCH_FOR_WRITER = VOUCH_GIVEN = VOUCH_WRITTEN = WANT_TO_KNOW = _NOT_YET
_W = r"(?:[\w-]+\s+)"  # one word and its space
# One word that is not a negation: German negates after the verb ("du musst nicht antworten" is a release).
_NOT_NEG = r"(?:(?!nicht\b|nichts\b|kein\w*\b|nie\b)\w+\s+)"


def _rx(*alternatives: str) -> QuickPattern:
    """One pattern for an idea, with the literal pre-check of :mod:`lint_prefilter` in front (only the phrases whose
    plain words occur in a text are run); ``ß`` also matches the Swiss ``ss``."""
    return phrase_pattern(*(alternative.replace("ß", "(?:ß|ss)") for alternative in alternatives))


# The "nicht" of a question that asks all the more ("Kannst du mir nicht einen Job besorgen?", "Hätten Sie nicht eine
# Stelle für mich?") does not negate: a modal and its pronoun just before it (each a fixed-width look-behind).
_QUESTION_NICHT = "".join(
    f"(?<!{modal} {pronoun} {obj})"
    for modal in (
        "kannst", "könntest", "hättest", "würdest", "hast", "willst", "magst", "wärst", "möchtest", "kannste",
        "könnten", "hätten", "würden", "können", "haben", "wären", "wollen", "möchten", "könnt", "habt",
    )
    for pronoun in ("du", "sie", "ihr")
    for obj in (
        "", "mir ", "uns ", "ihm ", "ihr ", "mich ", "da ", "doch ", "mir doch ", "denn ", "das ", "es ",
        "meine unterlagen ", "meinen lebenslauf ", "meine bewerbung ",
    )
)  # fmt: skip
NEGATION_BEFORE = re.compile(
    r"\b(?:" + _QUESTION_NICHT + r"nicht|nie|niemals|kein\w*|ohne|weder)\b[^.!?\n,;:]{0,40}$", re.IGNORECASE
)

# A job, a placement, work: the nouns a job ask names (compounds too: "Praktikumsplatz", "Werkstudentenstelle").
_JOB_NOUN = (
    r"[\w-]*(?:job|jobs|stelle|stellen|platz|praktikum|position|auftrag|aufträge|projekt|projekte|vertrag|mandat|"
    r"einsatz|einsätze|anstellung)"
)
JOB_REQUEST = _rx(
    r"(?:mich|meinen\s+namen)\s+(?:[\w-]+\s+){0,8}?(?:empfehlen|weiterempfehlen|vorschlagen|ins\s+spiel\s+bringen|"
    r"ins\s+gespräch\s+bringen|nominieren)",
    r"mich\s+(?:[\w-]+\s+){0,4}?als\s+kandidat\w*",
    r"(?:kann|könnte|darf|dürfte)\s+ich\s+(?:[\w-]+\s+){0,3}?bei\s+(?:euch|ihnen|dir)\s+(?:[\w-]+\s+){0,3}?(?:machen|"
    r"anfangen|arbeiten|einsteigen|mitarbeiten|absolvieren|hospitieren)",
    r"mich\s+(?:[\w-]+\s+){0,5}?(?:zu\s+)?(?:beauftragen|buchen|engagieren|anheuern|verpflichten)",
    r"mich\s+(?:[\w-]+\s+){0,4}?(?:pushen|puschen|durchwinken|reinschieben|protegieren)",
    r"(?:zu\s+einem|zum)\s+(?:vorstellungs|bewerbungs)?(?:gespräch|interview|probetag|probearbeiten)\s+(?:\w+\s+)?"
    r"(?:eingeladen|einladen)",
    r"(?:hätten|haben|hast|hättest|habt|hättet)\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,2}?(?:etwas|was|irgendwas|irgendetwas)\s+"
    r"(?:[\w-]+\s+)?für\s+mich",
    r"(?:kann|könnte|darf|dürfte)\s+ich\s+(?:\w+\s+){0,3}?für\s+(?:sie|dich|euch)\s+(?:[\w-]+\s+)?(?:arbeiten|shooten|"
    r"fotografieren|schreiben|texten|übersetzen|designen|gestalten|entwickeln|programmieren|tätig\s+werden)",
    # separable "leiten … weiter" with the application in between
    r"(?:leiten|leitest|leitet|geben|gibst|gebt|reichen|reichst)\s+(?:sie\s+|du\s+|ihr\s+)?(?:meine?n?\s+)?(?:lebenslauf|cv|"
    r"bewerbung|unterlagen|portfolio)\s+(?:[\w-]+\s+){0,6}?weiter",
    r"mich\s+(?:[\w-]+\s+){0,3}?als\s+[\w-]+\s+(?:nehmen|einstellen|anstellen|haben|brauchen|gebrauchen|aufnehmen|"
    r"übernehmen)",
    r"(?:verwendung|einsatzmöglichkeit\w*|bedarf|aufgabe|rolle)\s+für\s+(?:mich|jemanden\s+wie\s+mich)",
    r"(?:mein\w*\s+)?(?:lebenslauf|cv|bewerbungsunterlagen)\s+(?:[\w-]+\s+){0,3}?(?:angehängt|anbei|im\s+anhang|beigefügt)",
    # loanwords and separable verbs: "mich … referren", "nehmen Sie mich … auf", "stellst du mich … ein"
    r"mich\s+(?:[\w-]+\s+){0,8}?(?:referr?en|refern|recommenden|pitchen)",
    r"(?:nimm|nehmen\s+sie|nehmt|nimmst\s+du)\s+mich\s+(?:[\w-]+\s+){0,4}?auf\b",
    r"mich\s+(?:[\w-]+\s+){0,4}?(?:aufnehm\w*|aufnimmt|einstell\w*|anstell\w*|übernehm\w*|übernimmt|anheuer\w*)",
    r"(?:holst|hol|holen\s+sie|holt)\s+(?:du\s+|sie\s+|ihr\s+)?mich\s+(?:[\w-]+\s+){0,3}?(?:in|ins|zu)\s+(?:dein|ihr|euer|"
    r"eure|deine|ihre)\w*\s+(?:team|abteilung|firma|laden|boot|unternehmen)",
    r"mich\s+(?:[\w-]+\s+){0,6}?(?:in|ins)\s+(?:dein|ihr|euer)\w*\s+(?:team|abteilung|boot)\s+(?:holen|nehmen|aufnehmen|"
    r"bringen)",
    r"(?:stell\w*)\s+(?:du\s+|sie\s+|ihr\s+)?mich\s+(?:[\w-]+\s+){0,3}?ein\b",
    r"helfen\s*,?\s+(?:[\w-]+\s+){0,4}?" + _JOB_NOUN + r"\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:bekommen|finden|kriegen|"
    r"ergattern|erhalten)",
    # "Aufträge, die Sie mir geben könnten", "eine Stelle für mich", "mir bei Ihnen einen Platz besorgen"
    _JOB_NOUN + r"\s*,\s*(?:die|den|das)\s+(?:du|sie|ihr)\s+(?:mir|an\s+mich|für\s+mich)\b",
    r"(?:eine?n?|irgendeine?n?|noch\s+eine?n?|den\s+einen\s+oder\s+anderen|ein\s+paar|einige)\s+(?:[\w-]+\s+)?"
    + _JOB_NOUN
    + r"\s+(?:[\w-]+\s+){0,2}?für\s+mich",
    r"für\s+mich\s+(?:\w+\s+){0,2}?(?:eine?n?|irgendeine?n?|noch\s+eine?n?)\s+(?:[\w-]+\s+)?" + _JOB_NOUN,
    _JOB_NOUN + r"(?:\s+[\w-]+){0,3}?\s*,\s*(?:die|den|das)\s+(?:du|sie|ihr)\s+(?:\w+\s+){0,3}?(?:vergeben|geben|"
    r"abgeben|anbieten|zuteilen|rausgeben|auslagern)\w*",
    r"[\w-]*(?:aufträge|projekte|jobs|einsätze)\s+für\s+(?:mich|freelancer\w*|freie|selbständige|selbstständige)",
    # considered, thought of ("würde mich freuen, berücksichtigt zu werden", "wenn Sie an mich denken")
    r"berücksichtigt\s+(?:zu\s+)?werden",
    r"mich\s+(?:\w+\s+){0,3}?berücksichtig\w*",
    r"an\s+mich\s+(?:zu\s+)?denk\w*",
    r"mir\s+(?:[\w-]+\s+){0,3}?(?:eine?n?|irgendeine?n?)\s+(?:[\w-]+\s+)?" + _JOB_NOUN + r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:besorgen|verschaffen|vermitteln|geben|anbieten|organisieren|klarmachen|freihalten)",
    r"(?:ich\s+(?:brauche|benötige)\s+(?:\w+\s+)?)?(?:deine|ihre|eure)\s+(?:empfehlung|fürsprache)\s+(?:[\w-]+\s+){0,2}?(?:für|bei)\s+(?:die|den|das|eine?n?)?\s*"
    r"[\w-]*(?:stelle|job|position|rolle|praktikum)",
    r"(?:empfiehl|empfehlen\s+sie)\s+mich",
    r"(?:ein(?:e)?\s+)?(?:referral|interne\s+empfehlung)",
    r"(?:job|stelle|praktikum|position|auftrag|aufträge|projekte?|vertrag|vorstellungsgespräch|interview)\s+"
    + _W
    + r"{0,4}?(?:besorgen|verschaffen|vermitteln|zuschanzen|geben|anbieten|organisieren)",
    r"mir\s+(?:einen?|eine)\s+(?:\w+\s+)?(?:job|stelle|praktikum|position|auftrag|vertrag)\s+(?:geben|anbieten)",
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?(?:einlegen|einlegst|einlegen\s+könntest)",
    r"für\s+mich\s+ein\s+gutes\s+wort",
    r"(?:meinen\s+|meine\s+)?(?:lebenslauf|cv|bewerbung|unterlagen|portfolio)\s+" + _W + r"{0,8}?"
    r"(?:weiterleiten|weitergeben|weiterreichen|vorlegen|zeigen|reichen|geben|schicken|senden|übergeben|"
    r"reinreichen|einreichen|legen)",
    r"(?:stell|stellen\s+sie|stellt)\s+mich\s+ein",
    r"mich\s+einstellen",
    r"mich\s+" + _W + r"{0,4}?(?:reinbringen|unterbringen|reinholen|unterkriegen)",
    r"(?:aufträge|projekte|kunden|arbeit|jobs)\s+"
    + _W
    + r"{0,3}?(?:zuschanzen|zuschieben|rüberschicken|zukommen\s+lassen)",
    r"für\s+mich\s+bürgen",
    r"(?:bewerbung|unterlagen|kandidatur|lebenslauf)\s+(?:[\w-]+\s+){0,8}?(?:anschieben|anstoßen|pushen|puschen|"
    r"beschleunigen|voranbringen|vorantreiben)",
    # a word to someone else that the writer is good ("ein kleiner Tipp an eure Personalerin, dass ich gut bin")
    r"(?:tipp|hinweis|wort|info|nachricht)\w*\s+an\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s*dass\s+ich\b",
    # STRUCTURE (round 10): the writer cast as a candidate in the third person, with what a hire does to them
    # ("Könnten Sie jemanden wie mich gebrauchen?", "Wäre jemand wie ich für Sie eine Überlegung wert?", "dass jemand
    # mit meinem Hintergrund da reinpasst"), or a spot asked for them so described ("was für einen wie mich", "einen
    # Platz für einen handwerklich begabten Schüler")
    r"(?:jemand(?:en|em)?|einen|eine|einer|leute)\s+(?:wie\s+(?:mich|ich|mir)|mit\s+meine[mr]\s+(?:[\w-]+\s+)?"
    r"(?:hintergrund|profil|erfahrung|werdegang|lebenslauf|qualifikation\w*|ausbildung|abschluss))\b[^.!?\n]{0,60}?"
    r"\b(?:gebrauchen|brauchen|nehmen|einstellen|anstellen|überlegung\s+wert|in\s*frage|reinpass\w*|hineinpass\w*|"
    r"unterkomm\w*|unterbringen|einsetzen|aufnehmen|gesucht|suchen|sucht)",
    r"(?:was|etwas|platz|stelle|job|arbeit|verwendung|chance|bedarf)\s+(?:[\w-]+\s+){0,3}?für\s+(?:einen|eine|jemanden)\s+"
    r"wie\s+mich",
    _JOB_NOUN + r"\s+(?:[\w-]+\s+){0,3}?für\s+(?:einen|eine)\s+(?:[\w-]+\s+)?(?:motiviert|begabt|engagiert|erfahren|"
    r"fleißig|zuverlässig|lernwillig|wissbegierig|ehrgeizig|talentiert|belastbar|neugierig)\w*\s+[\w-]+",
)
JOB_TOPIC = _rx(
    # an opening asked after in chat form ("Habt ihr bei euch was frei?", "such ein Praktikum …, habt ihr was?")
    r"(?:habt|haben|hast|hättet|hätten|hättest)\s+(?:ihr|sie|du)\s+(?:[\w-]+\s+){0,3}?(?:was|etwas|eine\s+stelle|einen\s+platz)\s+"
    r"frei\b",
    r"(?:suche|such)\s+(?:[\w-]+\s+){0,2}?(?:ein|einen|eine)\s+(?:[\w-]+\s+)?(?:praktikum|ausbildungsplatz|lehrstelle|"
    r"praktikumsplatz|werkstudentenjob|nebenjob|minijob|ferienjob)\b",
    r"(?:offene|freie)[nrs]?\s+(?:stellen?|positionen?|jobs?|plätze|praktikumsplätze|ausbildungsplätze)",
    # an opening, verb-second or verb-last ("Ist bei Ihnen gerade eine Stelle frei", "falls etwas frei wird")
    r"(?:ist|sind|wird|werden)\s+(?:[\w-]+\s+){0,6}?(?:eine?\s+)?(?:stelle|stellen|position|job|platz)\w*\s+(?:\w+\s+)?frei",
    r"(?:etwas|was|eine\s+stelle|stellen|ein\s+platz|eine\s+position)\s+frei\s*(?:wird|werden|würde|ist)",
    # the reader needs people ("brauchst du noch einen Co-Trainer?", "falls euer Team mal jemanden braucht")
    r"(?:brauchst|braucht|brauchen|suchst|sucht)\s+(?:du|ihr|sie)\s+(?:\w+\s+){0,2}?(?:noch\s+)?(?:jemanden|leute|"
    r"verstärkung|(?:einen?|eine)\s+(?:[\w-]+\s+)?[\w-]*(?:in|kraft|mitarbeiter\w*|kolleg\w*|praktikant\w*|"
    r"werkstudent\w*|assistent\w*|freelancer\w*|entwickler|designer|trainer|berater|leiter|manager|ingenieur|"
    r"techniker|programmierer|texter|fotograf|übersetzer|referent|koch|fahrer|helfer|azubi|trainee))\b",
    r"(?:jemanden|leute|verstärkung|mitarbeiter\w*)\s+(?:\w+\s+){0,3}?(?:braucht|brauchen|sucht|suchen)",
    # a suitable opening, soft ("sollte sich eine passende Gelegenheit ergeben", "wenn bei euch was aufgeht")
    r"(?:passende|freie|offene)[nrs]?\s+(?:gelegenheit|stelle|position|rolle|vakanz|möglichkeit)\w*",
    r"(?:was|etwas|eine\s+stelle|stellen)\s+(?:\w+\s+)?(?:aufgeht|aufgehen|frei\s*wird|frei\s*werden|ausgeschrieben\s+wird)",
    r"stellenangebot\w*",
    r"(?:wär|wäre|würde)\s+(?:\w+\s+){0,2}?gern\w*\s+(?:\w+\s+)?bei\s+(?:euch|ihnen|dir)\s+(?:im|in\s+der)\s+"
    r"(?:team|abteilung|firma|labor|büro|werkstatt)",
    r"(?:falls|wenn)\s+(?:du|ihr|sie)\s+(?:[\w-]+\s+){0,5}?(?:leute|jemanden|verstärkung|[\w-]*(?:tester|entwickler|"
    r"mitarbeiter|kolleg|kräfte|praktikant|werkstudent|azubi)\w*)\s+(?:suchst|sucht|suchen|brauchst|braucht|brauchen)\b",
    r"wer\s+(?:\w+\s+)?eingestellt\s+wird",
    r"vakanz\w*",
    r"(?:sucht|suchen|stellt|stellen)\s+(?:ihr|ihre\s+firma|dein\s+team|ihr\s+team|euer\s+team|sie)\s+(?:gerade\s+|"
    r"aktuell\s+|zurzeit\s+)?(?:leute|jemanden|mitarbeiter\w*|ein\b)",
    r"(?:suche|such|brauche|bräuchte|will|möchte|hätte\s+gern)\s+" + _W + r"{0,2}?(?:einen?\s+|eine\s+)?"
    r"(?:neuen?\s+|neue\s+|feste\s+|festen\s+)?(?:job|stelle|position|arbeit|herausforderung|aufgabe|anstellung|"
    r"beschäftigung|festanstellung|wirkungsstätte|arbeitgeber)",
    r"(?:job|stelle|position|platz|praktikum)\s+(?:bei|in)\s+(?:euch|eurer|ihrer|deiner|eurem|ihrem|deinem|ihnen|dir)\b",
    r"(?:wird|werden)\s+(?:bei\s+euch\s+|bei\s+ihnen\s+)?(?:stellen|jobs)\s+frei",
    # the wish to work at the reader's firm ("Würde gern bei euch anfangen", "in Ihrem Studio unterrichten")
    r"(?:bei|in)\s+(?:euch|ihnen|dir|eurer?m?|ihrer?m?|deiner?m?)\s+(?:[\w-]+\s+)?(?:(?!zu\b)[\w-]+\s+)?(?:anfangen|"
    r"arbeiten|einsteigen|anheuern|unterkommen|reinkommen|mitarbeiten|unterrichten|mitmachen|aushelfen|hospitieren|"
    r"promovieren|forschen)\b",
    r"(?:bei|in)\s+(?:euch|ihnen|dir|eurer?m?|ihrer?m?|deiner?m?)\s+(?:[\w-]+\s+){0,2}?(?:anzufangen|zu\s+arbeiten|"
    r"einzusteigen|mitzuarbeiten|unterzukommen|mitzumachen|auszuhelfen|zu\s+hospitieren|zu\s+forschen|zu\s+promovieren)\b",
    r"(?:nehmen|nehmt|nimmst|stellen|stellt|stellst|sucht|suchen|suchst)\s+(?:sie|ihr|du)\s+(?:\w+\s+)?(?:noch\s+|gerade\s+|"
    r"auch\s+|eigentlich\s+)?(?:praktikant\w*|azubis?|auszubildende\w*|trainees?|quereinsteiger\w*|werkstudent\w*|"
    r"berufseinsteiger\w*|volontär\w*|doktorand\w*|postdocs?|studierende|hiwis?|hilfskräfte|mitarbeiterin)",
    r"(?:praktikum|ausbildung|lehre|hospitation|volontariat)\s+(?:[\w-]+\s+){0,4}?bei\s+(?:euch|ihnen|dir)\s+"
    r"(?:machen|absolvieren)",
)
OFFER_TO_READER = _rx(
    r"an\s+(?:dich|sie)\s+gedacht",
    r"(?:passt|passen|passen\s+würde)\s+(?:\w+\s+)?(?:zu\s+dir|zu\s+ihnen)",
    r"für\s+dich",
    r"(?:könnte|dürfte)\s+(?:dich|sie)\s+interessieren",
    r"falls\s+(?:du|sie)\s+(?:\w+\s+){0,2}?(?:interesse|suchst|suchen)",
    r"(?:wäre|ist)\s+(?:das\s+)?(?:nicht\s+)?(?:was|etwas)\s+für\s+dich",
    r"soll\s+ich",
    r"(?:möchtest|willst)\s+du,?\s+dass\s+ich",
)
QUALIFYING = _rx(
    # how people get in ("wie Quereinsteiger bei Ihnen anfangen", "wie man bei euch einsteigt")
    r"wie\s+(?:[\w-]+\s+){0,2}?(?:quereinsteiger\w*|neue[nr]?|leute|man|einsteiger\w*|berufseinsteiger\w*|bewerber\w*|"
    r"andere)\b",
    r"welche\s+(?:fähigkeiten|erfahrung\w*|qualifikation\w*|kenntnisse|skills)",
    r"worauf\s+(?:\w+\s+)?(?:achtet|achten|schaut|schauen)",
    r"vorbereiten",
    r"was\s+(?:es\s+)?braucht",
    r"wie\s+(?:stellt|stellen|stellst)\s+(?:[\w-]+\s+){0,4}?ein\b",
)
SELF_WANT = _rx(
    r"ich\s+(?:\w+\s+)?(?:suche|brauche|bräuchte|will|möchte|hoffe|wünsche\s+mir)",
    r"(?:bin|sind)\s+(?:\w+\s+)?auf\s+der\s+suche",
    # the subject dropped, as in chat ("Würde gern bei euch anfangen", "Suche gerade was Neues")
    r"(?:würde|möchte|hätte)\s+(?:\w+\s+)?(?:gern\w*|sehr\s+gern\w*)",
    r"suche\s+(?:gerade|aktuell|momentan|zurzeit|dringend)",
    r"(?:ich\s+wäre|wäre\s+ich|ich\s+wär|wär\s+ich)\s+(?:\w+\s+)?(?:interessiert|dabei|zur\s+stelle)",
    # offering oneself ("Ich stünde ab Frühling zur Verfügung", "bin ab Juni verfügbar")
    r"(?:stünde|stehe|wäre|bin)\s+(?:ich\s+)?(?:\w+\s+){0,3}?(?:zur\s+verfügung|verfügbar)",
    # the wish named as such ("Es wäre mein größter Wunsch, …", "mein Traum wäre es, …")
    r"(?:wäre|ist)\s+(?:es\s+)?mein\s+(?:[\w-]+\s+)?(?:wunsch|traum|ziel)|mein\s+(?:[\w-]+\s+)?(?:wunsch|traum)\s+wäre",
)

ASK_PHRASE = _rx(
    r"würde\s+mir\s+(?:[\w-]+\s+){0,5}?(?:helfen|weiterhelfen)\b",
    # a favour put as what it would do or be worth ("Ein Wort von Ihnen bei … würde viel bewirken", "wäre es schön,
    # wenn mein Name fiele"): a request stated, not asked
    r"(?:ein|ein\s+kleines|ein\s+gutes|ein\s+kurzes)\s+wort\s+von\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:würde|wäre|könnte)\b",
    r"(?:wäre|wär)\s+(?:es\s+)?(?:\w+\s+)?(?:schön|toll|super|klasse|hilfreich|großartig),?\s+wenn\s+(?:du|sie|ihr|mein)\b",
    r"(?:würdest|könntest|kannst|würden|könnten|können|hättest|hätten|wärst|wären)\s+(?:du|sie)",
    r"(?:könnt|würdet|hättet|wärt)\s+ihr",
    r"wäre\s+es",
    r"(?<!entschuldige\s)(?<!entschuldigt\s)(?<!entschuldigen\ssie\s)(?<!verzeih\s)(?<!verzeihen\ssie\s)bitte(?!\s*(?:sehr|schön)\b)(?!\s+(?:um\s+)?(?:entschuldig|verzeih|nachsicht)\w*)",
    r"(?:gib|geben\s+sie|sag|sagen\s+sie)\s+mir\s+(?:\w+\s+)?bescheid",
    r"(?:lass|lassen\s+sie)\s+mich\s+(?:\w+\s+)?wissen",
    r"ich\s+würde\s+(?:mich\s+)?(?:\w+\s+)?(?:gerne?|freuen)",
    r"(?:würde\s+ich\s+mich|ich\s+würde\s+mich|würde\s+mich)\s+(?:[\w-]+\s+){0,5}?freuen",
    r"mich\s+würde\s+(?:\w+\s+)?interessieren",
    r"(?:und|aber|also)\s+(?:würde|möchte|hätte)\s+(?:\w+\s+)?(?:gerne?|sehr\s+gerne?)\b",
    r"ich\s+möchte\s+(?:dich|sie|gerne?)",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))darf\s+ich",
    r"ich\s+wollte\s+(?:dich|sie|fragen)",
    r"ich\s+frage\s+mich,?\s+ob",
    r"es\s+wäre\s+(?:\w+\s+)?(?:toll|schön|super|großartig|hilfreich|klasse)",
    r"ich\s+wäre\s+(?:dir|ihnen)\s+(?:\w+\s+)?dankbar",
    r"ich\s+brauche\s+(?:[\w-]+\s+)?(?:dich|sie|deine|ihre|eure|dein|ihr|euer|deinen|ihren|euren)\b",
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))brauch\w*\s+(?:[\w-]+\s+){0,4}?(?:dein|deine|deinen|euer|eure|euren)\b",
    r"ich\s+hoffe,?\s+(?:du|sie)\s+(?:kannst|können|könntest|könnten)",
    r"(?:du\s+weißt|sie\s+wissen|ihr\s+wisst)\s+(?:ja|doch)?\s*,?\s*wo\s+(?:du|sie|ihr)\s+mich\s+find\w*",
    r"(?:falls|wenn)\s+(?:du|ihr|sie)\s+(?:[\w-]+\s+){0,5}?(?:suchst|sucht|suchen|brauchst|braucht|brauchen)\b[^.!?]{0,40}?"
    r"(?:ich\s+wäre|wäre\s+ich|bin\s+ich)\s+(?:\w+\s+)?dabei",
    r"ich\s+hoffe,?\s+(?:dass\s+)?(?:du|sie|ihr)\s+(?:leitest|leiten|gibst|geben|empfiehlst|empfehlen|hilfst|helfen|stellst|"
    r"stellen|schickst|schicken|meldest|melden|nimmst|nehmen)\b",
)
REQUEST = _rx(
    r"(?:würdest|könntest|kannst|würden|könnten|können)\s+(?:du|sie)",
    r"(?:könnt|würdet|hättet|wärt)\s+ihr",
    r"vielleicht\s+(?:haben|hätten|hast|hättest|habt|hättet|kennen|kennst|kennt|wissen|weißt|wisst)\s+(?:sie|du|ihr)\b",
    r"(?<!entschuldige\s)(?<!entschuldigt\s)(?<!entschuldigen\ssie\s)(?<!verzeih\s)(?<!verzeihen\ssie\s)bitte(?!\s*(?:sehr|schön)\b)(?!\s+(?:um\s+)?(?:entschuldig|verzeih|nachsicht)\w*)",
    r"wäre\s+es\s+(?:\w+\s+)?möglich",
    # a request put as what it would be worth ("… wäre Gold wert", "wär mega")
    r"(?:wäre|wär|wären)\s+(?:\w+\s+)?(?:gold\s*wert|super|toll|klasse|genial|ein\s+traum|großartig|mega|spitze)\b",
    # a question put as the writer's wish to ask ("Ich wollte nur kurz nachfragen, ob meine Nachricht angekommen ist")
    r"ich\s+(?:wollte|möchte|würde)\s+(?:[\w-]+\s+){0,3}?(?:nachfragen|nachhaken|fragen)\s*,?\s+ob\b",
    # … or as what it would do for the writer ("würde mir eine grobe Zahl echt weiterhelfen")
    r"würde\s+mir\s+(?:[\w-]+\s+){0,5}?(?:helfen|weiterhelfen)\b",
    r"(?:gibt|gäbe)\s+es\s+(?:\w+\s+)?(?:chance|möglichkeit)",
    r"ich\s+wäre\s+(?:dir|ihnen)\s+(?:\w+\s+)?dankbar,?\s+wenn",
    r"(?:wäre\s+ich|ich\s+wäre)\s+(?:dir|ihnen|euch)\s+(?:\w+\s+)?(?:verbunden|dankbar)",
    # a hint that asks ("du weißt ja, wo du mich findest")
    r"(?:du\s+weißt|sie\s+wissen|ihr\s+wisst)\s+(?:ja|doch)?\s*,?\s*wo\s+(?:du|sie|ihr)\s+mich\s+find\w*",
    r"(?:ich\s+wäre|wäre\s+ich)\s+(?:\w+\s+){0,2}?(?:froh|dankbar|erleichtert|glücklich),?\s+wenn",
    r"es\s+wäre\s+(?:\w+\s+)?(?:toll|schön|super|großartig|hilfreich|klasse),?\s+wenn\s+(?:du|sie)",
    r"ich\s+würde\s+mich\s+(?:\w+\s+)?freuen,?\s+wenn\s+(?:du|sie)",
    r"(?:frag|fragen\s+sie|bitte|bitten\s+sie)\s+(?:sie|ihn)",
    r"(?:du\s+musst|sie\s+müssen|du\s+solltest|das\s+mindeste)\s+(?:\w+\s+){0,3}?(?:helfen|besorgen|geben|empfehlen)",
    r"(?:behalte|behalten\s+sie)\s+mich\s+(?:\w+\s+)?im\s+hinterkopf",
    r"(?:denk|denken\s+sie)\s+an\s+mich",
    r"ich\s+brauche\s+(?:dich|deine|ihre)",
    r"brauche?\s+(?:[\w-]+\s+){0,3}?(?:bis|vor|spätestens)\s+(?:[\w-]+\s+){0,3}?(?:deine|ihre|eure|dein|ihr|euer)\w*",
    r"(?:ich\s+)?brauche?\s+(?:ich\s+)?(?:[\w-]+\s+)?(?:das|es|dich|sie|die|den|deine|ihre|dein|ihr|eure|euren|deinen|"
    r"ihren)\s+(?:[\w-]+\s+){0,6}?(?:bis|vor|spätestens|heute|morgen|sofort|dringend)",
    r"(?:hilf|helfen\s+sie)\s+mir",
    # a suggestion with a particle ("du kannst ihm ja sagen", "Sie können gern erwähnen", "Schreiben Sie ruhig dazu")
    r"(?:du\s+kannst|sie\s+können|ihr\s+könnt|du\s+könntest|sie\s+könnten|ihr\s+könntet)\s+(?:\w+\s+){0,2}?"
    r"(?:ja|doch|gern|gerne|ruhig)\b",
    r"\w+\s+(?:sie|du)\s+(?:\w+\s+)?ruhig\b",
    r"(?:würde\s+ich\s+mich|ich\s+würde\s+mich|würde\s+mich)\s+(?:[\w-]+\s+){0,5}?freuen",
    r"mich\s+würde\s+(?:\w+\s+)?interessieren",
    # an imperative leading its clause ("nehmen Sie mich doch …", "– schick mir …")
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?!(?:wenn|denn|haben|hatten|können|könnten|würden|wollen|sollen|dürfen|müssen|werden|"
    r"wären|hätten|sehen|wissen)\b)[a-zäöüß]+en\s+(?-i:Sie)\s+(?:mir|mich|uns)\b",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?:nimm|schick|gib|sag|hilf|zeig|stell|leit|empfiehl|erzähl|ruf|besorg|vermittle)\w*\s+"
    r"(?:mich|mir|uns)\b",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?:sag|schreib|erzähl|schick|gib|frag)\s+(?:dem|der|den|ihm|ihr|ihnen)\b",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?:schau|guck|check)\s+(?:doch\s+)?(?:mal|nach|rein)\b",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?:erzähl|sag|schreib|frag|gib|schick|leit|stell|nimm|empfiehl|"
    r"erwähn|flüster|nenn|zeig|reich)\w*\s+(?:[\w-]+\s+){0,2}?(?:doch|mal|bitte|einfach)\b",
    r"(?:wenn|falls)\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,12}?(?:würdest|würden|würdet|könntest|könnten)\b",
    r"(?:falls|wenn|sollten?)\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,5}?(?:für\s+mich|an\s+mich)\b",
    r"an\s+mich\s+(?:zu\s+)?denk\w*",
    r"(?:(?<=^)|(?<=^\s)|(?<=[–,:;.!?\-]\s)|(?<=\n))(?:meld|melde|melden\s+sie|meldet)\s+(?:dich|sich|euch)\b",
    # the wish for an answer, put as a statement ("Ich freue mich auf Ihre Rückmeldung")
    r"ich\s+hoffe,?\s+(?:dass\s+)?(?:du|sie|ihr)\s+(?:leitest|leiten|gibst|geben|empfiehlst|empfehlen|hilfst|helfen|stellst|"
    r"stellen|schickst|schicken|nimmst|nehmen)\b",
    r"(?:ich\s+)?(?:freue|freu)\s+mich\s+(?:\w+\s+)?(?:auf|über)\s+(?:ihre|deine|eure|eine|ihren|deinen)\s+"
    r"(?:\w+\s+)?(?:rückmeldung|antwort|nachricht|reaktion|anruf|rückruf)",
)
OFFER_OF_HELP = _rx(
    # the writer helping the reader ("würde ich mich freuen, Ihnen zu helfen")
    r"(?:ihnen|dir|euch)\s+(?:[\w-]+\s+)?zu\s+helfen",
    r"wenn\s+ich\s+(?:\w+\s+){0,5}?(?:helfen|revanchieren|tun|geraderücken|gutmachen|wiedergutmachen|ausbügeln|beitragen)\s+"
    r"kann",
    r"falls\s+ich",
    r"revanchier\w*",
    r"wenn\s+(?:du|sie)\s+(?:\w+\s+)?(?:möchtest|möchten|willst|magst|brauchst|interesse)",
    r"helfe\s+(?:dir|ihnen|euch)\s+(?:\w+\s+)?gern",
    # where to find the writer, in a message that asks nothing: help offered, or at most a job hinted at, which the
    # German labels call job-ask alone ("Glückwunsch zum Salon! … Du weißt ja, wo du mich findest.")
    r"(?:du\s+weißt|sie\s+wissen|ihr\s+wisst)\s+(?:ja|doch)?\s*,?\s*wo\s+(?:du|sie|ihr)\s+mich\s+find\w*",
    # a hand offered ("wenn du beim Einrichten noch eine zweite Hand brauchst: du weißt ja, wo du mich findest")
    r"(?:wenn|falls)\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,5}?(?:hand|hände|hilfe|unterstützung|rat|tipps?)\s+"
    r"(?:brauchst|brauchen|braucht)\b",
    r"behilflich",
    r"(?:falls|wenn)\s+(?:du|sie|ihr)\s+(?:noch\s+)?(?:fragen|rückfragen)\s+(?:an\s+mich\s+)?(?:hast|haben|habt)",
    # a wish to stay in touch is not an ask ("Ich würde mich freuen, wenn wir in Kontakt bleiben")
    r"in\s+(?:kontakt|verbindung)\s+(?:zu\s+)?bleiben",
    r"voneinander\s+(?:zu\s+)?hören",
)

# --------------------------------------------------------------------------- how the two know each other
# Families of wording shared by CONNECTION (said in the opening) and SHARED_PAST (the two have met or talked):
# met, in any word order ("wir haben uns … kennengelernt", "dass wir uns … getroffen haben", "wir sind uns …
# begegnet", "war schön, dich … kennenzulernen"); an event named with its preposition ("beim UX-Meetup",
# "auf der Ausbildungsmesse", "seit dem Sommerfest", "am Networking-Apéro"); a previous exchange ("die ich dir
# geschickt habe", "danke für das nette Gespräch", "unser Telefonat").
_MET = r"(?:kennengelernt|kennen\s+gelernt|getroffen|gesehen|wiedergesehen|wiedergetroffen|über\s+den\s+weg\s+gelaufen|gesprochen|unterhalten|begegnet|ausgetauscht|kennenzulernen|zu\s+treffen|zu\s+sehen|zu\s+sprechen)"
_EVENT = (
    r"(?:beim|bei|auf|seit|nach|vom|von|am|an|im|zum|zur)\s+(?:[\w'-]+\s+){0,3}?[\w-]*(?:meetup|messe|konferenz|conference|tagung|stammtisch|barcamp|kongress|frühstück|"
    r"zmorge|apéro|apero|sommerfest|weihnachtsfeier|party|feier|geburtstag|hochzeit|treffen|workshop|seminar|webinar|"
    r"panel|lauftreff|jahrgang|hackathon|festival|empfang|veranstaltung|firmenlauf|unternehmertag|infotag|"
    r"karrieretag|fachtag|elternabend|alumni-abend|netzwerkabend|ihk-abend|infoabend|kurs|anlass|rundgang|besichtigung|"
    r"tag\s+der\s+offenen\s+tür)\w*"
)
_EXCHANGE = (
    r"ich\s+(?:\w+\s+)?(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,6}?(?:geschickt|geschrieben|gesendet|gemailt|erzählt|"
    r"versprochen|gezeigt|gegeben)",
    r"(?:du|sie)\s+(?:hast|haben|hattest|hatten)\s+mir\s+(?:[\w-]+\s+){0,6}?(?:geschickt|geschrieben|erzählt|"
    r"gesagt|empfohlen|gezeigt|geholfen)",
    r"(?:dank\w*|merci)\s+(?:\w+\s+){0,2}?für\s+(?:das|den|die|ihre|deine|ihren|deinen|eure|euren|unser\w*)\s+"
    r"(?:[\w-]+\s+)?[\w-]*?(?:gespräch|austausch|treffen|telefonat|call|antwort|hinweis|kommentar|einladung|führung|"
    r"besuch|rundgang|besichtigung|vorstellung|empfehlung|tipps?|rat|"
    r"nachricht|mail|e-mail|zeit\s+(?:beim|bei|am|auf|letzte))\w*",
    r"(?:unser\w*)\s+(?:[\w-]+\s+)?(?:gespräch|telefonat|treffen|austausch|call|kaffee|mittagessen)\w*",
    r"wie\s+(?:besprochen|versprochen|vereinbart|abgemacht)",
    # whatever the reader did for or with the writer, in either word order: a past exchange ("Sie haben mir nach der
    # Führung angeboten …", "am Jobanlass haben Sie mir Ihre Karte gegeben", "du hast mich damals beraten")
    r"(?:(?:du|sie)\s+(?:hast|haben|hattest|hatten)|(?:hast|haben|hattest|hatten)\s+(?:du|sie))\s+(?:mir|mich)\b",
    # a reply to the reader's message ("sorry für die späte Antwort", "auf Ihre Mail von letzter Woche")
    r"(?:späte|verspätete|späten|verspäteten)\s+(?:antwort|rückmeldung|reaktion)",
    r"auf\s+(?:deine|ihre|eure|deinen|ihren|euren)\s+(?:[\w-]+\s+)?(?:mail|e-mail|nachricht|anfrage|frage|einladung|"
    r"anruf|kommentar|post|antwort)\b",
)
_MEETING = (
    r"uns\s+(?:[\w&+-]+\s+){0,12}?" + _MET,
    r"voneinander\s+(?:gehört|gelesen)",
    r"(?:du\s+erinnerst\s+dich|sie\s+erinnern\s+sich)",
    r"(?:wir|unsere?\w*)\s+(?:[\w-]+\s+){0,6}?(?:im|in|am|beim|auf|an)\s+(?:de[mnrs]\s*)?(?:selben|gleichen)\b",
    # the writer places themself for the reader ("ich bin die Nachbarin aus dem dritten Stock", "ich bin die mit dem
    # platten Reifen", "ich bin die Kollegin von Fatma")
    r"ich\s+bin\s+(?:die|der)\s+(?:[\w-]+\s+)?(?:von|vom|aus|mit)\b",
    r"(?:schön|toll|nett|super|klasse|spannend|gut|großartig)\s*,?\s+(?:war\s+es\s*,?\s+|wars\s*,?\s+)?"
    r"(?:dich|sie|euch)\s+(?:[\w-]+\s+){0,10}?" + _MET,
    r"wir\s+(?:haben|hatten)\s+(?:[\w-]+\s+){0,10}?(?:gesprochen|telefoniert|gequatscht|geredet|diskutiert|"
    r"zusammengearbeitet|zusammen\s+gearbeitet|zusammen\s+studiert|gesessen|gewohnt|trainiert|gesungen|gespielt|"
    r"geschrieben|gemailt|gegrüßt|gewartet)",
    r"wir\s+(?:\w+\s+){0,4}?(?:zusammengearbeitet|zusammen\s+gearbeitet|zusammen\s+studiert)",
    r"(?:haben|hatten|waren|sind|saßen|standen)\s+wir\s+(?:[\w-]+\s+){0,4}?(?:zusammen|gemeinsam|nebeneinander)\b",
    r"wir\s+(?:waren|saßen|standen|sind|hatten|haben|machten|besuchten|spielten|wohnten)\s+(?:[\w-]+\s+){0,10}?"
    r"(?:zusammen|gemeinsam|nebeneinander|beide)",
    r"kennen\s+uns(?!\s+(?:noch\s+|leider\s+|persönlich\s+)?(?:nicht|kaum))",
    r"(?:woher|wie)\s+wir\s+uns\s+kennen",
    r"uns\s+(?:\w+\s+)?(?:von|aus|über)\s+\w+\s+kennen",
    r"als\s+wir",
    r"seit\s+(?:wir|unsere[rm]?)",
    r"(?:unsere|unserer|unserem)\s+(?:gemeinsame\w*\s+)?(?:zeit|jahre|tage)\s+(?:bei|in|an|im)",
    r"erinnerst\s+du\s+dich|erinnern\s+sie\s+sich",
    r"weißt\s+du\s+noch|wissen\s+sie\s+noch",
    r"unser\w*\s+(?:gemeinsame\w*\s+)?(?:[\w-]+\s+)?(?:roadtrip|urlaub|reise|ausflug|party|semester|studium|wg|"
    r"abschlussfahrt|klassenfahrt|tour|schulzeit|studienzeit|ausbildung|lehre|zivildienst|auslandsjahr)",
)
# "Ich habe gelesen, dass das viele machen" is no connection; "ich habe gelesen, dass Sie …" is (what follows the
# "dass" must be about the reader).
_NOT_ABOUT_READER = r"(?!\s*,?\s*(?:dass|ob|wie|was)\s+(?!(?:du|sie|ihr\w*|dein\w*|euer|eure\w*)\b))"
CONNECTION = _rx(
    *_MEETING,
    *_EXCHANGE,
    _EVENT,
    # an honest "we haven't met" (a connection in the opening, though not a shared past)
    r"wir\s+kennen\s+uns\s+(?:noch\s+)?(?:nicht|kaum)",
    # a past exchange in the writer's words: help asked once more ("ich brauche noch einmal Ihre Hilfe"), a missed
    # meeting apologised for ("Sorry, dass ich am Donnerstag nicht zum Termin gekommen bin"), an answer the writer has
    # been waiting for ("ich hatte gehofft, dass du dich mal meldest")
    r"noch\s+(?:ein)?mal\s+(?:um\s+)?(?:Ihre|deine|eure)\s+(?:Hilfe|Unterstützung|Rat)",
    r"(?:sorry|entschuldigung|entschuldigen\s+sie|tut\s+mir\s+(?:\w+\s+)?leid),?\s+dass\s+ich\s+[^.!?\n]{0,60}?\bnicht\b",
    r"(?:gehofft|gewartet|warte),?\s+dass\s+(?:du|sie)\s+(?:dich|sich)\s+(?:\w+\s+){0,2}?(?:meldest|melden)",
    # who sent them, or where their name came from
    r"(?:hat|hatte|haben)\s+mir\s+(?:[\w.-]+\s+){0,2}?(?:deinen|ihren|deine|ihre|euren|eure)\s+(?:namen|kontakt|"
    r"adresse|e-mail|nummer)",
    r"(?:hat|hatte)\s+mir\s+(?:[\w.-]+\s+){0,5}?(?:empfohlen|geraten|vorgeschlagen|erzählt|gesagt|geschrieben)",
    r"(?:hat|hatte|haben)\s+(?:sie|dich|euch)\s+mir\s+(?:[\w.-]+\s+){0,5}?(?:empfohlen|genannt|vorgeschlagen|"
    r"ans\s+herz\s+gelegt)",
    r"(?:hat|hatte)\s+mich\s+(?:[\w.-]+\s+){0,3}?(?:an\s+dich|an\s+sie|zu\s+dir|zu\s+ihnen)\s+(?:verwiesen|"
    r"vermittelt|geschickt)",
    r"(?:meinte|sagte|erzählte|schrieb|riet|empfahl|meint|sagt|gemeint|gesagt|geraten|empfohlen|erzählt|berichtet|"
    r"berichtete|erwähnt|erwähnte|geschrieben)\s*,?\s+(?:mir\s+)?"
    r"(?:,\s*)?(?:dass\s+)?(?:du|sie|ich\s+(?:soll|solle|sollte|könnte|müsse|müsste|dürfe|möge|kann|darf|muss))\b",
    r"(?:ihren|deinen|euren|ihre|deine|eure)\s+(?:namen?|kontakt\w*|nummer|adresse|e-mail\w*|mailadresse)\s+"
    r"(?:[\w\"„“-]+\s+){0,10}?(?:gefunden|bekommen|gesehen|entdeckt|"
    r"erhalten|gegeben|genannt|gelesen)",
    r"(?:ihr|dein|euer)\s+name\s+(?:\w+\s+)?(?:steht|stand|stehen|tauchte|fiel|kam|ist)",
    r"(?:sie|dich|euch|ihr\s+[\w-]+|ihre\s+[\w-]+|dein\s+[\w-]+|deine\s+[\w-]+|euer\s+[\w-]+|eure\s+[\w-]+)\s+"
    r"(?:[\w\"„“-]+\s+){0,8}?(?:gefunden|entdeckt|gestoßen)",
    r"(?:vermittelt|weiterempfohlen|vorgestellt)",
    r"gemeinsame[rn]?\s+(?:bekannte\w*|freund\w*|kolleg\w*)",
    r"über\s+(?:\w+\s+){0,2}?(?:alumni\w*|netzwerk|verein|meetup|kurs|mentor\w*|freundin|freund|kollegin|kollegen)",
    # their work, which the writer read, heard or saw ("Ihre Design-Beiträge", "Ihren Thread über …")
    # (the formal "Ihre" is capitalised; a lower-case "ihre Messreihen" is a third person's)
    r"(?:dein|deine|deinen|deinem|deiner|deines|(?-i:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)|euer|eure|euren|eurem|eures)\s+(?:[\w-]+\s+)?[\w-]*"
    r"(?:vortrag|vorträge|beitrag|beiträge|artikel|aufsatz|post|posts|thread|buch|podcast|talk|workshop|panel|webinar|"
    r"newsletter|interview|keynote|präsentation|video|blog|kolumne|rede|referat|auftritt|kurs|seminar|vorlesung|"
    r"studie|paper|kommentar|antwort\s+auf|serie|reihe|film|doku|ausstellung|album|kampagne|analyse|bericht|leitfaden|"
    r"folien|tweet|story|reportage|recherche)\w*",
    r"(?:auf|über)\s+(?:ihr|dein|euer|ihre|deine|eure|ihren|deinen|euren|sie|dich|euch)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:gestoßen|aufmerksam\s+geworden)",
    r"(?:dein|deine|(?-i:Ihr|Ihre)|euer|eure)\s+(?:[\w-]+\s+)?(?:büro|agentur|team|firma|studio|praxis|kanzlei|"
    r"unternehmen|abteilung|verlag|kita|schule|verein|startup|start-up|haus)\s+(?:[\w-]+\s+){0,10}?(?:entworfen|"
    r"gemacht|gebaut|gestaltet|entwickelt|realisiert|umgesetzt|veröffentlicht|gewonnen|eröffnet|gegründet|organisiert)",
    r"(?:hat|haben|hatte|hatten)\s+mir\s+(?:\w+\s+){0,2}?gefallen",
    r"(?:sie|du)\s+(?:schrieben|schriebst|erwähnten|erwähntest|sagten|sagtest),?\s+dass",
    r"(?:finde|fand)\s+ich\s+(?:\w+\s+)?(?:großartig|stark|toll|klasse|beeindruckend|spannend|inspirierend|gelungen|"
    r"super|hervorragend)",
    r"ich\s+(?:habe|hab|hatte)\s+(?:[\w-]+\s+){0,12}?(?:gelesen|gehört|gesehen|besucht|entdeckt|mitbekommen|verfolgt|"
    r"beobachtet)" + _NOT_ABOUT_READER,
    r"(?:wurden|wurdest|wurde)\s+mir\s+(?:[\w.-]+\s+){0,9}?(?:empfohlen|genannt|vorgeschlagen|ans\s+herz\s+gelegt)",
    r"auf\s+(?:\w+\s+)?(?:empfehlung|anraten|hinweis|vermittlung|anregung)\s+(?:von|meiner|meines|unserer|unseres)",
    r"wir\s+(?:hatten|haben|standen)\s+(?:[\w-]+\s+){0,9}?(?:kontakt|miteinander\s+zu\s+tun)",
    r"(?:habe|hab|hatte)\s+ich\s+(?:[\w„“\"'-]+\s+){0,8}?(?:gelesen|gehört|gesehen|entdeckt|gefunden|verfolgt|"
    r"mitbekommen)" + _NOT_ABOUT_READER,
    r"ich\s+(?:verfolge|lese|höre|folge)\s+(?:\w+\s+){0,3}?(?:ihre|ihren|deine|deinen|eure|euren|ihnen|dir)\b",
    r"(?:du|sie)\s+(?:hast|haben|hattest|hatten)\s+(?:[\w.-]+\s+){0,8}?(?:gesprochen|präsentiert|geschrieben|erzählt|"
    r"gehalten|erwähnt|moderiert|vorgestellt)",
    r"(?:hast|haben|hattest|hatten)\s+(?:du|sie)\s+(?:[\w-]+\s+){0,10}?(?:gesprochen|präsentiert|vorgetragen|"
    r"referiert|geschrieben|erzählt|erwähnt|gehalten)",
    r"hier\s+(?:ist|schreibt)\s+\w+\s*,?\s+(?:aus|vom|von)\b",
    r"hier\s+(?:ist\s+|schreibt\s+|spricht\s+)?(?-i:[A-ZÄÖÜ])\w+(?:\s+(?-i:[A-ZÄÖÜ])\w+)?\s*,?\s+(?:aus|vom|von)\b",
    # "lange nicht gesehen" recalls meeting; "lange nichts gehört" alone does not say how they know each other
    r"(?:lange?|ewig|ewigkeiten)\s+nicht\s+(?:mehr\s+)?(?:gesehen|getroffen|gesprochen)",
    r"ehemalige[rn]?\s+\w+",
    r"alte[rn]?\s+(?:kolleg\w*|team\w*|studienfreund\w*|mitbewohner\w*|chef\w*)",
    r"(?:kollege|kollegin|kommilitone|kommilitonin|mitglied)\s+(?:von|aus)",
    r"(?:teilnehmer\w*|zuhörer\w*|leser\w*|schüler\w*|student\w*)\s+(?:ihres|ihrer|deines|deiner|eures|eurer)\b",
    r"(?:du|sie)\s+(?:[\w.-]+\s+){0,8}?(?:gesprochen|präsentiert|geschrieben|erzählt|gehalten|erwähnt|moderiert|"
    r"vorgestellt|referiert|vorgetragen)\s+(?:hast|haben|hattest|hatten)\b",
    # STRUCTURE: what the reader did, said as a statement (no question follows in the sentence): the writer knows
    # their work or was there ("beim Tag der Logistik haben Sie gezeigt, wie …", "du hast damals den Kurs geleitet")
    r"(?:(?:du|(?-i:Sie))\s+(?:hast|haben|hattest|hatten)|(?:hast|haben|hattest|hatten)\s+(?:du|(?-i:Sie)))\s+"
    r"(?:[\w„“\"'.-]+\s+){0,10}?(?:ge[\w-]+(?:t|en)|[\w-]+iert|reviewt|designt|upgedatet)\b(?![^.!?\n]*\?)",
    # STRUCTURE (round 9): the reader's own thing put first, then what the writer did with it ("Ihre Broschüre habe
    # ich in der Praxis mitgenommen", "eure Werkstatt habe ich beim Tag der offenen Höfe besichtigt", "auf Ihr Profil
    # bin ich über die Gruppe … gestoßen"): the object in front, "habe ich"/"bin ich", a participle at the end
    r"(?:dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer|(?-i:Ihr|Ihre|Ihren|Ihrem|Ihrer))\s+"
    r"(?:[\w„“\"'-]+\s+){0,8}?(?:habe|hab|hatte|bin|war)\s+ich\s+(?:[\w„“\"'.-]+\s+){0,10}?(?:[\w-]*ge[\w-]+(?:t|en)|"
    r"[\w-]+iert|(?:be|ent|er|ver)[\w-]+t)\b",
    # the same with a participle without "ge" at the clause end ("Sie haben meine Masterarbeit betreut."), not an
    # adverb in the middle ("Sie haben bestimmt viel zu tun")
    r"(?:(?:du|(?-i:Sie))\s+(?:hast|haben|hattest|hatten)|(?:hast|haben|hattest|hatten)\s+(?:du|(?-i:Sie)))\s+"
    r"(?:[\w„“\"'.-]+\s+){0,10}?(?:be|er|ver|ent)[\w-]+(?:t|en)(?=\s*(?:[,.;:!]|\s+und\b|$))",
    # who suggested the writer get in touch ("Ihre Kollegin Frau Seidel hat vorgeschlagen, dass ich mich melde")
    r"(?:hat|hatte|haben)\s+(?:mir\s+)?(?:[\w-]+\s+){0,2}?(?:vorgeschlagen|empfohlen|geraten|angeregt|nahegelegt)\s*,?\s+"
    r"(?:dass\s+ich|mich|ihnen|dir)\b",
    # the reader's own place or work in front, then the writer's own act in the present ("an Ihrem Laden in der
    # Neustadt komme ich jeden Morgen vorbei", "deinen Newsletter lese ich jede Woche")
    r"(?:dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer|(?-i:Ihr|Ihre|Ihren|Ihrem|Ihrer))\s+"
    r"(?:[\w„“\"'-]+\s+){0,6}?(?:komme|gehe|fahre|lese|höre|sehe|verfolge|folge|nutze|kenne|bewundere|schaue|gucke|"
    r"besuche|abonniere|empfehle)\s+ich\b",
    # the reader's past role for the writer ("Sie waren vor vier Jahren meine Ausbilderin", "du warst mein Mentor")
    r"(?:(?-i:Sie)\s+waren|du\s+warst|waren\s+(?-i:Sie)|warst\s+du)\s+(?:[\w-]+\s+){0,6}?(?:mein|meine|unser|unsere)\b",
    # the reader's own organisation in the news, with where the writer read it ("Ihre Genossenschaft baut laut
    # Weser-Kurier …"); a news item with no reader in it ("laut Weser-Kurier wird in Bremen …") is none
    r"(?:dein|deine|euer|eure|(?-i:Ihr|Ihre))\s+(?:[\w-]+\s+){1,6}?laut\b",
    # a time the two shared, recalled ("ich musste sofort an unsere Fahrt nach Berlin denken")
    r"an\s+unser\w*\s+(?:[\w„“\"'-]+\s+){0,8}?(?:denken|gedacht|denke|dachte|erinnert)\b",
    # the two of them as "wir … uns" in the past ("nach dem Projekt haben wir uns aus den Augen verloren")
    r"(?:(?:haben|hatten|sind|waren)\s+wir|wir\s+(?:haben|hatten|sind|waren))\s+uns\b",
    # a time the two shared ("von unseren Nachtschichten", "seit unserem Telefonat", "nach unserer Arbeitsgruppe")
    r"(?:von|aus|seit|nach)\s+unser(?:e|en|em|er)\b",
    # a reply, late or not ("dass ich erst jetzt antworte", "Ihre Nachricht hat mich gefreut")
    r"(?:erst\s+jetzt|so\s+spät|verspätet)\s+(?:antworte|melde|zurückmelde)\b",
    r"(?:deine|(?-i:Ihre)|eure)\s+(?:[\w-]+\s+)?(?:mail|e-mail|nachricht|zeilen|sms|liste)\b",
    # a community where the writer found them ("in der LinkedIn-Gruppe", "im Slack der Data-Community")
    r"(?:in|im|aus)\s+(?:der|dem|unserer|unserem)\s+(?:[\w„“\"'-]+\s+){0,3}?[\w-]*(?:gruppe|community|forum|slack|"
    r"discord)\b",
)
FIRST_PERSON = re.compile(r"\b(?:ich|mich|mir|mein\w*)\b", re.IGNORECASE)
SECOND_PERSON = re.compile(r"\b(?:du|dich|dir|dein\w*|ihnen|euch|eue?r\w*)\b|\b(?:Sie|Ihr\w*)\b")

PRESSURE = _rx(
    # STRUCTURE (round 9): reproach and guilt said sideways. A one-sided tie ("von dir kommt ja nix mehr", "ich bin eh
    # immer die, die sich meldet", "wär nett, wenn das auch mal umgekehrt laufen würde", "für alte Kollegen hast du wohl
    # keine Zeit mehr"); the others who answered long ago; a favour the writer did recalled next to the ask ("weißt du
    # noch, wie ich dich … abgeholt habe? Tja."); not forgetting who helped; someone else now counting on the reader
    r"von\s+(?:dir|ihnen|euch)\s+(?:kommt|kam|hört\s+man|hör\s+ich|höre\s+ich)\s+(?:ja\s+|eh\s+|halt\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:nix|nichts|kein\s+wort|keine\s+antwort)\b",
    r"(?:ich\s+bin|bin\s+ich)\s+(?:[\w-]+\s+){0,3}?(?:die|der|diejenige|derjenige)\s*,?\s+(?:die|der)\s+sich\s+"
    r"(?:[\w-]+\s+)?(?:meldet|kümmert|rührt)",
    r"auch\s+mal\s+umgekehrt|auch\s+mal\s+andersrum",
    r"immer\s+(?:bin\s+ich\s+es|ich)\s*,?\s+(?:die|der)\s+(?:sich\s+)?(?:[\w-]+\s+)?(?:schreibt|meldet|anruft|fragt|einlädt)",
    # whatever the writer did for them, claimed back ("Nach allem, was ich für dich gedeckt habe", "Das bist du mir
    # schuldig")
    r"nach\s+allem\s*,?\s+was\s+ich\s+(?:[\w-]+\s+){0,6}?für\s+(?:dich|sie|euch)\s+[\w-]+\s+(?:habe|hab|hatte)",
    r"(?:bist|sind|seid)\s+(?:du|sie|ihr)\s+mir\s+(?:[\w-]+\s+){0,2}?schuldig",
    r"(?:hast|haben)\s+(?:du|sie)\s+(?:ja\s+)?(?:wohl|anscheinend|offenbar|scheinbar)\s+keine\s+zeit\s+mehr",
    r"(?:die|alle)\s+(?:meisten\s+)?anderen\b[^.!?\n]{0,80}?\b(?:längst|schon|bereits)\s+(?:geantwortet|zugesagt|reagiert|"
    r"zurückgeschrieben)",
    r"(?:weißt|wisst)\s+(?:du|ihr)\s+noch\s*,?\s+wie\s+ich\s+(?:dich|dir|euch)\b[^.!?\n]{0,140}?\?\s*"
    r"(?:(?:tja|na\s*ja|nun\s+ja)\b|[^?]{0,200}?\b(?:jetzt|nun|diesmal)\s+(?:[\w-]+\s+){0,2}?(?:bräucht\w*|brauch\w*|"
    r"könntest|kannst|bist\s+du|wärst|wäre|hättest|musst|darfst)\b)",
    r"vergisst\s+du\s+(?:[\w-]+\s+){0,2}?nicht\b\s*,?\s+(?:wer|die|den|uns|mich|deine)\b",
    r"(?:er|sie)\s+(?:verlässt|verlassen|zählt|zählen|rechnet|rechnen)\s+(?:sich\s+)?(?:jetzt\s+|schon\s+|fest\s+)?"
    r"(?:darauf|auf\s+dich|mit\s+dir)\b",
    r"(?:du\s+schuldest|sie\s+schulden)\s+mir(?!\s+nichts)",
    r"ich\s+(?:zähle|verlasse\s+mich)\s+(?:\w+\s+)?auf\s+(?:dich|sie)",
    r"als\s+(?:\w+\s+)?freund\w*\s+(?:musst|solltest|müsstest)\s+du",
    r"(?:du\s+musst|du\s+solltest|sie\s+müssen)\s+mir\s+" + _NOT_NEG + r"?helfen",
    r"(?:du\s+musst|sie\s+müssen)\s+" + _NOT_NEG + r"{0,3}?(?:antworten|zurückschreiben|reagieren|zusagen)",
    r"nach\s+allem,?\s+was\s+ich\s+(?:\w+\s+){0,3}?getan\s+habe",
    r"(?:enttäusch|enttäuschen\s+sie)\s+mich\s+nicht",
    r"ich\s+erwarte,?\s+dass",
    r"(?:du\s+hast|sie\s+haben)\s+(?:es\s+)?(?:mir\s+)?versprochen",
    r"das\s+mindeste",
    r"(?:meine|die)\s+(?:einzige|letzte)\s+(?:hoffnung|chance)",
    r"ich\s+(?:wäre|bin)\s+(?:sehr\s+|wirklich\s+)?enttäuscht",
    r"(?:antworte|antworten\s+sie|melde\s+dich|melden\s+sie\s+sich)\s+(?:bitte\s+)?(?:sofort|heute\s+noch|umgehend|asap)",
    r"ich\s+brauche\s+(?:die\s+|eine\s+|deine\s+|ihre\s+)?(?:antwort|rückmeldung|zusage)\s+(?:bis|heute|sofort)",
    r"ich\s+brauche\s+(?:das|es|die\s+\w+|deine\s+\w+|ihre\s+\w+|eine\s+\w+)\s+(?:bis|vor)\s+(?:morgen|heute|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|ende|nächste\w*)",
    r"wenn\s+(?:du|sie)\s+(?:wirklich\s+)?ein\s+(?:echter|guter|wahrer)\s+freund",
    r"(?:du\s+kannst|sie\s+können)\s+(?:doch\s+)?nicht\s+nein\s+sagen",
    r"warum\s+(?:hast|haben)\s+(?:du|sie)\s+(?:\w+\s+){0,3}?(?:nicht|nie)\s+(?:geantwortet|zurückgeschrieben|"
    r"gemeldet|reagiert)",
    r"(?:zweite|dritte|vierte|fünfte)[ns]?\s+mal",
    r"(?:du|sie)\s+(?:hast|haben)\s+(?:\w+\s+){0,2}?(?:nie|immer\s+noch\s+nicht|noch\s+immer\s+nicht)\s+"
    r"(?:\w+\s+)?(?:geantwortet|reagiert)",
    r"es\s+würde\s+mir\s+(?:so\s+|sehr\s+)?viel\s+bedeuten,?\s+wenn",
    r"(?:ich\s+)?warte\s+(?:immer\s+)?noch\s+auf\s+(?:deine|ihre|eine)\s+(?:antwort|rückmeldung)",
    # guilt and obligation: counting on them, not letting the writer down, no way to say no
    r"(?:schuldest\s+du|schulden\s+sie)\s+mir(?!\s+nichts)",
    r"(?:zähl\w*|verlass\w*|bau\w*)\s+(?:[\w-]+\s+){0,3}?auf\s+(?:dich|sie|euch|(?:dein|ihr|euer)\w*\s+(?:versprechen|"
    r"wort|zusage|hilfe|unterstützung))\b",
    r"(?:du\s+hast|sie\s+haben)\s+(?:es\s+)?(?:mir\s+)?(?:[\w-]+\s+){0,4}?versprochen",
    r"(?:wenn|falls)\s+(?:du|sie)\s+(?:mir\s+)?(?:\w+\s+){0,2}?nicht\s+(?:hilfst|helfen|antwortest|antworten)\s*,?\s+"
    r"(?:verliere|bin|muss|stehe|habe|kann|werde)\s+ich",
    r"(?:wäre|hätte)\s+(?:\w+\s+)?(?:nett|schön|höflich|angebracht|drin)\s+gewesen",
    r"(?:gesehen|bemerkt|sehe|seh),?\s+dass\s+(?:du|sie)\s+(?:meine\s+)?(?:nachricht|mail)\w*\s+(?:\w+\s+)?gelesen",
    r"haken\s+(?:sind|waren)\s+blau|blaue[n]?\s+haken",
    r"(?:du|sie)\s+(?:antwortest|antworten|reagierst|reagieren)\s+(?:aber\s+|einfach\s+|trotzdem\s+)?nicht(?=\s*[.!?])",
    r"(?:ist\s+es|ist\s+das)\s+(?:denn\s+|wirklich\s+)?so\s+schwer",
    r"(?:lass|lasst|lassen\s+sie)\s+mich\s+(?:\w+\s+){0,3}?nicht\s+(?:im\s+stich|hängen|allein)",
    r"(?:sag|sagt|sagen\s+sie)\s+(?:\w+\s+)?(?:bitte\s+)?(?:nicht|bloß\s+nicht|ja\s+nicht)\s+nein",
    r"(?:kannst|könnt|können)\s+(?:du|sie|ihr)?\s*(?:\w+\s+){0,3}?(?:schlecht|kaum|unmöglich)\s+nein",
    r"ohne\s+(?:deine|ihre|eure)\s+hilfe\s+(?:[\w-]+\s+){0,3}?(?:bleib\w*|werde|bin|schaffe|komme|habe)",
    r"(?:mein\w*|alles|viel|so\s+viel)\s+(?:\w+\s+){0,2}?(?:hängt|hängen)\s+(?:\w+\s+){0,2}?(?:davon|von\s+(?:dir|ihnen|"
    r"euch))\s+ab",
    r"(?:mein|meine)\s+(?:\w+\s+)?(?:visum|existenz|zukunft|aufenthalt\w*)\s+(?:hängt|steht)",
    r"nach\s+allem,?\s+was\s+ich\s+(?:[\w-]+\s+){0,6}?(?:getan|gemacht|geregelt|geholfen|organisiert)",
    # "doch/ja wohl" with a modal: an expectation put on them ("da kannst du dir doch wohl … nehmen")
    r"(?:kannst|kann|können|könntest|wirst|wird|werden|sollte|solltest|muss|musst|darf|wäre)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:doch|ja)\s+wohl",
    r"(?:wäre|war)\s+(?:schon|doch|ja)\s+drin\s+gewesen",
    r"(?:kann|darf)\s+man\s+(?:doch\s+|ja\s+)?(?:wohl\s+)?erwarten",
    r"(?:hatte|habe|hätte|hab)\s+(?:ich\s+)?(?:mir\s+)?(?:[\w-]+\s+){0,6}?mehr\s+(?:\w+\s+)?erwartet",
    r"seit\s+(?:\w+\s+){0,2}?(?:wochen|tagen|monaten)\s+(?:keine|nichts|null)\b",
    r"mich\s+(?:\w+\s+)?(?:zu\s+)?ignorier\w*",
    r"von\s+(?:dir|ihnen|euch|jemandem)\s+(?:[\w-]+\s+){0,4}?(?:mehr|schon|doch|eigentlich|wenigstens|zumindest)\s+"
    r"(?:\w+\s+)?erwartet",
    r"(?:antwort|rückmeldung|reaktion|nachricht|zeile)\s+(?:hätte|hatte)\s+ich\s+(?:mir\s+)?(?:\w+\s+){0,2}?erwartet",
    r"(?:hätte|hatte)\s+(?:ich\s+)?(?:\w+\s+)?gedacht,?\s+dass\s+(?:[\w-]+\s+){0,6}?(?:wenigstens|zumindest|doch)",
    r"(?:wenigstens|zumindest)\s+(?:\w+\s+)?(?:kurz\s+)?(?:antwortet|antworten|antwortest|zurückschreibt|reagiert|meldet|"
    r"melden|meldest)",
    r"(?:gehe|geh)\s+(?:ich\s+)?davon\s+aus,?\s+dass\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,7}?(?:meldest|melden|geben|gibst|"
    r"antwortest|antworten|zusagst|zusagen|schickst|schicken|machst|machen|hilfst|helfen)",
    r"ich\s+(?:habe|hab|hatte)\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,8}?geholfen\s*,?\s*(?:da|also|dann|jetzt|deshalb|"
    r"dafür)",
    r"(?:kannst|könntest)\s+du\s+(?:mir\s+)?(?:jetzt\s+)?auch\s+(?:mal\s+)?(?:einen\s+gefallen|was|etwas)",
    r"(?:mir|uns)\s+(?:noch\s+)?(?:was|etwas|einen\s+gefallen|einiges)\s+schuldig",
    r"(?:jetzt|nun)\s+bist\s+du\s+(?:\w+\s+)?dran",
    r"rechne\w*\s+(?:\w+\s+){0,2}?mit\s+(?:ihrer|deiner|eurer|dir|ihnen|euch)\b",
    r"(?:schließlich|immerhin)\s+(?:habe|hab)\s+ich\s+(?:dir|ihnen|euch)\b",
    r"(?:mein|meine)\s+(?:\w+\s+)?letzte[rn]?\s+(?:versuch|chance)",
    # "my last message" is the previous one in a follow-up; only "this is my last message" is an ultimatum
    r"(?:das|dies|hier)\s+(?:ist|wird)\s+(?:\w+\s+){0,2}?(?:mein|meine)\s+(?:\w+\s+)?letzte[rn]?\s+(?:nachricht|anfrage|mail)",
    r"\w+\s+oder\s+nie",
    r"(?:dein|ihr|euer)\s+schweigen\s+(?:sagt|spricht|ist|zeigt)",
    r"(?:was\s+)?unsere\s+freundschaft\s+(?:\w+\s+){0,2}?(?:wert|bedeutet|nichts)",
    r"im\s+stich\s+gelassen",
    r"(?:fühle|fühl)\s+(?:ich\s+)?mich\s+(?:[\w-]+\s+){0,3}?(?:von\s+(?:dir|ihnen|euch)\s+)?(?:verraten|hintergangen|"
    r"ausgenutzt|übergangen|allein\s+gelassen)",
    r"erinnern,?\s+dass\s+(?:du|sie)\s+(?:mir\s+)?(?:[\w-]+\s+){0,6}?(?:zugesagt|versprochen|angeboten)",
    r"(?:dein|ihr)\s+wort\s+(?:zu\s+)?(?:halten|hältst)",
    r"(?:du\s+hast|sie\s+haben|hast\s+du|haben\s+sie)\s+(?:[\w-]+\s+){0,3}?(?:gesagt|versprochen|zugesagt)\s*,?\s+dass\s+"
    r"(?:du|sie)\s+(?:mir|mich)\b",
    r"(?:jetzt|nun|dann)\s+(?:musst|müssen)\s+(?:du|sie)\s+(?:\w+\s+)?(?:auch\s+)?(?:liefern|ran|mitziehen)",
    r"(?:fest|sicher)\s+davon\s+aus,?\s+dass\s+(?:du|sie|ihr)",
    r"niemand(?:en)?\s+(?:\w+\s+)?(?:sonst|anderen|außer\s+dir|außer\s+ihnen)",
    r"(?:wenn|falls)\s+(?:du|sie)\s+(?:\w+\s+)?nein\s+sag\w*,?\s+(?:weiß|bin|habe|stehe)\s+ich",
    r"weiß\s+ich\s+(?:echt\s+|wirklich\s+)?nicht\s+(?:mehr\s+)?weiter",
    r"(?:dauert|kostet)\s+(?:doch|ja)\s+nur",
    r"sonst\s+(?:ist|sind|war|wäre)\s+(?:die\s+\w+|alles|es|meine\s+\w+)\s+(?:weg|vorbei|verloren|futsch|umsonst|zu\s+spät)",
    r"sonst\s+platzt",
    r"(?:bin\s+(?:mir\s+)?sicher|bin\s+überzeugt),?\s+dass\s+(?:du|sie)\s+(?:[\w-]+\s+){0,6}?(?:finden|findest|"
    r"zeit\s+hast|zeit\s+haben|helfen|hilfst|machen|machst|nehmen|nimmst)",
    r"ich\s+warte(?=\s*[.!])",
    r"(?:nur|bloß|doch\s+nur)\s+(?:fair|gerecht|anständig)",
    r"nichts\s+(?:mehr\s+)?(?:von\s+(?:dir|ihnen|euch)\s+)?(?:höre|hören),?\s+(?:gehe|nehme)\s+ich",
    r"(?:meld|melde|antworte|antwortet|melden\s+sie\s+sich|antworten\s+sie)\s+(?:\w+\s+){0,2}?endlich",
    r"endlich\s+(?:mal\s+)?(?:antworten|melden|zurückschreiben|reagieren)",
    r"(?:hatte|hätte)\s+(?:\w+\s+)?(?:gehofft|erwartet|gedacht),?\s+dass\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,8}?(?:schneller|"
    r"früher|eher|wenigstens|zumindest)",
    r"(?:was|das)\s+ich\s+(?:\w+\s+){0,3}?(?:schade|enttäuschend|traurig|bedauerlich)\s+(?:fände|finde|fand|fänd)",
    # the silence counted ("Jetzt sind schon drei Wochen vergangen, ohne dass ich etwas von Ihnen gehört habe")
    r"(?:schon|bereits)\s+(?:[\w-]+\s+)?(?:wochen|tage|monate)\s+(?:vergangen|um|her)\s*,?\s+(?:ohne|seit)\b",
    r"ich\s+(?:habe|hab|hatte)\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,3}?(?:oft|so\s+oft|immer|ständig|x-mal|so\s+viel)\s+"
    r"(?:[\w-]+\s+)?geholfen",
    r"(?:warte\s+ich|ich\s+warte|warten\s+wir)\s+(?:schon\s+|jetzt\s+|immer\s+noch\s+|noch\s+immer\s+|nun\s+)?"
    r"(?:seit\s+\w+\s+\w+\s+)?auf\s+(?:deine|ihre|eure)\s+(?:antwort|rückmeldung|reaktion)",
    r"seit\s+(?:\w+\s+){1,3}?(?:warte\s+ich|ich\s+warte)",
    r"(?:ziemlich|schon|echt|sehr|etwas|wirklich|recht|ganz\s+schön)\s+(?:unhöflich|respektlos|unverschämt)",
    r"(?:komme|komm)\s+ich\s+mir\s+(?:\w+\s+)?(?:blöd|dumm|doof|aufdringlich|veräppelt)\s+vor",
    # a promise made for them to someone else ("ich habe Lena schon gesagt, dass du sie triffst")
    # (the writer said it: "Anna hat mir erzählt, dass du bei Siemens arbeitest" is a connection, not pressure)
    r"(?:ich\s+(?:habe|hab|hatte)|(?:habe|hab|hatte)\s+ich)\s+(?:[\w-]+\s+){0,6}?(?:gesagt|versprochen|zugesagt|erzählt|angekündigt)\s*,?\s*dass\s+du\s+"
    r"(?:(?:[\w-]+|\d{1,2}\.)\s+){0,8}?(?!(?:hast|bist|weißt|kennst|wohnst|arbeitest|warst|hattest|auskennst|verstehst|"
    r"magst)\b)\w+st\b",
    r"(?:ich\s+(?:habe|hab|hatte)|(?:habe|hab|hatte)\s+ich)\s+(?:[\w-]+\s+){0,8}?(?:gesagt|versprochen|zugesagt|erzählt|angekündigt)\s*,?\s*dass\s+(?:du|sie)\s+"
    r"(?:(?:[\w-]+|\d{1,2}\.)\s+){0,14}?"
    r"(?:hilfst|helfen|triffst|treffen|anrufst|anrufen|meldest|melden|vorstellst|vorstellen|empfiehlst|empfehlen|"
    r"übernimmst|übernehmen|machst|unterstützt|unterstützen|wirst|werden|würdest|würden|gibst|geben|zeigst|zeigen|"
    r"führst|führen|hältst|halten|sprichst|sprechen)\b",
    r"(?:ich\s+(?:habe|hab|hatte)|(?:habe|hab|hatte)\s+ich)\s+(?:[\w-]+\s+){0,3}?(?:deine|ihre)\s+(?:handy)?(?:nummer|e-mail|adresse|kontaktdaten)\s+"
    r"(?:schon\s+|bereits\s+)?(?:\w+\s+)?(?:gegeben|weitergegeben|geschickt)",
    # reproach for a silence, and comparing them with others
    r"(?:du|sie)\s+(?:hast|haben)\s+(?:[\w-]+\s+){0,6}?(?:nie|immer\s+noch\s+nicht|noch\s+immer\s+nicht|"
    r"nicht\s+einmal|nicht\s+mal)\s+(?:\w+\s+)?(?:geantwortet|reagiert|zurückgeschrieben)",
    r"(?:du|sie)\s+(?:reagierst|reagieren|antwortest|antworten|meldest|melden)\s+(?:dich\s+|sich\s+)?"
    r"(?:ja\s+|einfach\s+|leider\s+)?(?:nie|gar\s+nicht|einfach\s+nicht|nicht\s+mal)",
    r"(?:da|weil|nachdem)\s+(?:du|sie)\s+(?:dich\s+|sich\s+)?(?:\w+\s+){0,3}?(?:nicht|nie)\s+(?:\w+\s+)?"
    r"(?:gemeldet|geantwortet|reagiert)",
    r"davon\s+aus,?\s+dass\s+(?:du|sie)\s+(?:[\w-]+\s+){0,8}?kein\s+interesse",
    r"(?:scheint|wohl|anscheinend|offenbar|nehme\s+ich\s+an,?\s+dass)\s+(?:\w+\s+){0,2}?(?:dir|ihnen|euch)\s+"
    r"(?:\w+\s+){0,2}?(?:egal|wurscht|wurst|gleichgültig)",
    r"(?:zweite|dritte|vierte|fünfte)\s+(?:nachricht|mail|e-mail|anfrage|versuch)",
    r"(?:ist|war|wäre|finde\s+ich)\s+(?:[\w-]+\s+){0,3}?enttäuschend",
    r"alle\s+anderen\s+(?:[\w-]+\s+){0,4}?(?:haben|hat|sind)\s+(?:schon|bereits)",
    r"(?:der|die)\s+einzigen?\s+(?:wären|wärst|sind|bist|wäre|sein)",
    # put indirectly (round 7): the only one left, everyone else said no
    r"(?:du\s+bist|sie\s+sind|ihr\s+seid|bist\s+du|sind\s+sie|seid\s+ihr)\s+(?:\w+\s+){0,3}?(?:der|die|meine?)\s+"
    # (not the one the writer knows who did it: "die Einzige, die ich kenne, die das gemacht hat" is a reason)
    r"einzige\w*(?!\s*,?\s+(?:die|der|den)\s+ich\s+kenne)",
    r"alle\s+anderen\s+(?:[\w-]+\s+){0,3}?(?:abgesagt|nein\s+gesagt|keine\s+zeit|abgewunken|abgelehnt)",
    # round 10: the others' yes held up, with a clause between ("Alle anderen aus meinem Jahrgang, die ich gefragt
    # habe, haben sofort zugesagt"), or the reader asked because others did ("…, da dachte ich, ich frage Sie auch")
    r"(?:alle\s+anderen|alle\s+andere[nr]?|die\s+anderen)\b[^.!?\n]{0,80}?\b(?:haben|hatten|hat)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:zugesagt|ja\s+gesagt|geholfen|mitgemacht|sich\s+(?:sofort\s+)?gemeldet|geantwortet)",
    r"(?:da|also|deshalb|darum)\s+dachte\s+ich\s*,?\s+ich\s+frag\w*\s+(?:sie|dich|euch)\s+(?:jetzt\s+)?auch",
    # the reader's help promised to someone else ("Ich habe ihr erzählt, …, und dass Sie sich bestimmt nächste Woche bei
    # ihr melden")
    r"(?:erzählt|gesagt|versprochen|zugesagt|ausgerichtet)\b[^.!?\n]{0,80}?\bdass\s+(?:du|(?-i:Sie))\s+(?:dich\s+|sich\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?:meldest|melden|hilfst|helfen|kümmerst|kümmern|anrufst|anrufen|schreibst|schreiben|"
    r"zeit\s+hast|zeit\s+haben)\b",
    r"alle\s+anderen\s+(?:[\w-]+\s+){0,4}?(?:schon|bereits|längst)\s+(?:zugesagt|geantwortet|mitgemacht|unterschrieben|"
    r"gespendet|geliefert)",
    # what courtesy "surely" demands ("dass eine kurze Antwort unter Kollegen eigentlich selbstverständlich ist"); a
    # favour done for nothing, recalled ("Ich habe nie etwas dafür verlangt")
    r"(?:eigentlich|doch|wohl)\s+(?:[\w-]+\s+)?selbstverständlich",
    r"(?:nie|nichts)\s+(?:[\w-]+\s+)?dafür\s+(?:verlangt|gefordert|genommen)",
    # a promise made for them, with the subject dropped ("Hab dem Chef schon gesagt, dass du mir hilfst")
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?:hab|habe)\s+(?:[\w-]+\s+){0,5}?(?:gesagt|versprochen|zugesagt|erzählt|"
    r"angekündigt)\s*,?\s*dass\s+(?:du|sie)\s+(?:[\w-]+\s+){0,6}?\w+(?:st|en)\b",
    # a favour recalled next to the ask ("ich hab dir beim Umzug geholfen, das weißt du ja noch … Könntest du jetzt")
    r"(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,8}?(?:geholfen|ausgeholfen|unterstützt)\s*,?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weißt\s+du|wissen\s+sie|erinnerst\s+du|erinnern\s+sie)",
    r"(?<!(?:du|ie)\s)(?:habe|hab|hatte)\s+(?:ich\s+)?(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,8}?(?:geholfen|ausgeholfen)"
    r"[^?]{0,80}?\b(?:jetzt|nun)\b",
    # STRUCTURE (round 8): third parties counting on the reader's favour ("die Leute aus meinem Kurs freuen sich
    # schon drauf, dass du …", "mein Chef verlässt sich drauf, dass du …"): not the writer's own "ich freue mich"
    r"(?:freuen|freut|verlassen|verlässt)\s+sich\s+(?:[\w-]+\s+){0,2}?(?:darauf|drauf)\s*,?\s+dass\s+(?:du|(?-i:Sie)|ihr)\b",
    r"(?:zählen|zählt|rechnen|rechnet)\s+(?:fest\s+)?(?:darauf|drauf|damit|auf\s+(?:dich|(?-i:Sie)|euch))\b",
    # a favour presumed, with a tag that wants a yes ("Da können Sie mir doch kurz … geben, oder?")
    r"(?:kannst|können|könnt|könntest|könnten)\s+(?:du|sie|ihr)\s+(?:mir\s+|uns\s+)?doch\b[^.!?\n]{0,100}?,?\s*oder(?=\s*\?)",
    # status held against them ("hast du wohl Besseres zu tun, als …", "keine Zeit für Leute wie mich")
    r"(?:besseres|wichtigeres)\s+zu\s+tun\s*,?\s+als\b",
    r"(?:keine\s+zeit|zu\s+(?:wichtig|beschäftigt|fein|gut)|nichts\s+übrig|kein\s+interesse)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:leute|menschen)\s+wie\s+(?:mich|mir|uns|unsereins)\b",
    # the writer's old favour set beside the ask or the news ("wie ich dir damals bei der Prüfung")
    # (a favour: a helping verb follows; "wie ich dich damals in den Brunnen geschubst habe" is a memory)
    r"wie\s+ich\s+(?:damals|früher|seinerzeit)\s+für\s+(?:dich|(?-i:Sie)|euch)\b",
    # a favour compared ("dass mir nie jemand so unter die Arme gegriffen hat wie ich dir damals")
    r"so\s+(?:[\w-]+\s+){1,8}?wie\s+ich\s+(?:dir|dich|ihnen|euch|(?-i:Sie))\s+(?:damals|früher|seinerzeit)\b",
    r"wie\s+ich\s+für\s+(?:dich|(?-i:Sie)|euch)\s+(?:damals|früher|seinerzeit|letztes\s+jahr)\b",
    r"wie\s+ich\s+(?:dich|dir|(?-i:Sie|Ihnen)|euch)\s+(?:damals|früher|seinerzeit|letztes\s+jahr)\b"
    r"(?=[^.!?\n]{0,100}?\b(?:geholfen|ausgeholfen|gedeckt|abgeholt|gefahren|vertreten|geliehen|unterstützt|eingesprungen|"
    r"übernommen|gerettet|empfohlen|vorgestellt|besorgt|organisiert|gemacht|getan|gebracht|geschleppt|beigebracht|"
    r"erklärt|verschafft|vermittelt|eingearbeitet)\b)",
    r"wie\s+ich\s+(?:damals|früher|seinerzeit)\s+(?:bei\s+)?(?:dich|dir|(?-i:Sie|Ihnen)|euch)\b"
    r"(?=[^.!?\n]{0,100}?\b(?:geholfen|ausgeholfen|gedeckt|abgeholt|gefahren|vertreten|geliehen|unterstützt|eingesprungen|"
    r"übernommen|gerettet|empfohlen|vorgestellt|besorgt|organisiert|gemacht|getan|gebracht|geschleppt|beigebracht|"
    r"erklärt|verschafft|vermittelt|eingearbeitet)\b)",
    # others who already did it, and the wait for this one ("die anderen Mentorinnen haben sich alle gemeldet. Bei
    # dir warte ich noch")
    r"(?:die|alle)\s+anderen\s+(?:[\w-]+\s+){0,4}?(?:haben|hat)\s+(?:sich\s+)?(?:[\w-]+\s+){0,4}?(?:gemeldet|"
    r"geantwortet|zugesagt|geholfen|vorgestellt)\b",
    r"(?:bei|von)\s+(?:dir|(?-i:Ihnen)|euch)\s+warte\s+ich\s+(?:noch|immer\s+noch)\b",
    # others compared with them ("andere in Ihrer Position nehmen sich zehn Minuten")
    r"(?:andere|alle\s+anderen|jede[rs]?\s+andere)\s+(?:[\w-]+\s+){0,4}?(?:nehmen\s+sich|nimmt\s+sich|antworten|"
    r"antwortet|schaffen|schafft|melden\s+sich|meldet\s+sich|(?:haben|hat)\s+(?:auch\s+)?zeit)",
    # reproach for their status ("du kennst jetzt wichtigere Leute")
    r"wichtiger\w*\s+(?:leute|menschen|kontakte|termine|freunde)",
    # a sigh about their silence ("vielleicht landet diese Nachricht ja diesmal nicht im Papierkorb", "früher hast du
    # dich immer sofort gemeldet", "ich schau alle fünf Minuten aufs Handy")
    r"diesmal\s+(?:\w+\s+){0,3}?(?:nicht\s+im|endlich|wirklich)\b",
    r"früher\s+(?:hast|haben|hattest|hatten)\s+(?:du|sie)\s+(?:\w+\s+){0,4}?(?:gemeldet|geantwortet|zurückgeschrieben|"
    r"zeit)",
    r"(?:schaue|schau|gucke|guck|checke|check)\s+(?:[\w-]+\s+){0,4}?(?:aufs\s+handy|ins\s+postfach|in\s+mein\s+postfach|"
    r"meine\s+mails)",
    # someone else waits on their answer ("mein Chef rechnet fest damit, dass Sie …", "ich muss meiner Chefin morgen
    # sagen, ob Sie dabei sind")
    r"(?:rechne\w*|zähl\w*|verlass\w*)\s+(?:\w+\s+){0,2}?(?:fest\s+)?damit\s*,?\s+dass\s+(?:du|sie|ihr)\b",
    r"(?:muss|soll)\s+(?:\w+\s+){0,4}?(?:sagen|mitteilen|bescheid\s+geben|melden)\s*,?\s+ob\s+(?:du|sie|ihr)\b",
    # their yes presumed; a no taken personally; the stakes put on their answer
    r"(?:sagst|sagen|sagt)\s+(?:du|sie|ihr)\s+(?:\w+\s+)?(?:sowieso|eh|ohnehin|bestimmt|sicher|natürlich)\s+(?:zu|ja)\b",
    r"(?:würde|werde)\s+ich\s+(?:[\w-]+\s+){0,3}?(?:persönlich|übel|krumm)\s+nehmen",
    r"(?:wäre|fände\s+ich|fänd\s+ich)\s+(?:[\w-]+\s+){0,4}?(?:traurig|enttäuschend|bitter),?\s+wenn\s+(?:[\w-]+\s+){0,6}?"
    r"(?:nicht|nie|kein\w*)\b",
    r"(?:hängt|hängen)\s+(?:\w+\s+){0,3}?von\s+(?:deiner|ihrer|eurer|dir|ihnen|euch)\b",
    # what they can surely spare ("dass eine kurze Antwort bei Ihnen drin ist")
    r"(?:bei\s+(?:dir|ihnen|euch)\s+)(?:doch\s+|schon\s+|wohl\s+)?drin\s+(?:ist|sein\s+(?:sollte|müsste|dürfte))",
    r"von\s+(?:deiner|ihrer|eurer|dir|ihnen|euch)\s+(?:[\w-]+\s+)?(?:hängt|hängen)\s+(?:\w+\s+)?ab\b",
    r"mich\s+(?:[\w-]+\s+){0,3}?(?:nicht|kaum)\s+(?:[\w-]+\s+)?(?:hängen|im\s+stich|allein|sitzen)\s+lassen",
    # nothing comes back from them, said with a sigh ("hört man ja gar nichts mehr von dir", "von dir kommt halt nie
    # was zurück")
    r"(?:hört|hören|höre|kommt|kam)\s+(?:man\s+)?(?:(?:ja|halt|aber|auch|eben|so)\s+)*(?:gar\s+|überhaupt\s+)?"
    r"(?:nichts|nie\s+(?:was|etwas))\s+(?:mehr\s+)?(?:von\s+(?:dir|ihnen|euch)|zurück)",
    r"von\s+(?:dir|ihnen|euch)\s+(?:kommt|kam|hört\s+man|höre\s+ich)\s+(?:[\w-]+\s+){0,2}?(?:nie|nichts|kein\w*)",
    r"vielleicht\s+(?:[\w-]+\s+){0,4}?diesmal\b",
    # what the writer loses if they say no ("wenn du nicht mitmachst, platzt das Projekt und ich steh blöd da")
    r"(?:wenn|falls)\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,4}?(?:nicht|nein)\s+[\w-]+\s*,\s*(?:[\w-]+\s+){0,6}?"
    r"(?:platzt|scheitert|verliere|stehe|steh|bin\s+ich|ist\s+(?:alles|es)\s+(?:vorbei|aus)|muss\s+ich|weiß\s+ich|"
    r"kann\s+ich\s+(?:nicht|einpacken))",
    # someone waits on their yes ("unser Vorstand wartet schon auf Ihre Zusage")
    r"(?:wartet|warten|wartete)\s+(?:(?:schon|bereits|noch|gespannt)\s+)*auf\s+(?:deine|ihre|eure)\s+(?:zusage|antwort|"
    r"rückmeldung|entscheidung|bestätigung)",
    # a favour recalled, verb last ("wie ich dir damals bei der Hausarbeit geholfen habe")
    r"ich\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,8}?(?:geholfen|ausgeholfen)\s+(?:habe|hab|hatte)\b",
    # others answered long ago; a claim by a shared past ("Sie waren ja auch einmal in meiner Situation") put as a
    # tag question ("Da können Sie mir doch 15 Minuten schenken, oder?")
    r"(?:andere|alle\s+anderen|kolleg\w*|die\s+anderen)\s+(?:[\w-]+\s+){0,6}?längst\b",
    r"(?:können|kannst|könnt)\s+(?:sie|du|ihr)\s+(?:mir\s+)?doch\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*,\s*oder\s*\?",
    r"(?:waren|warst)\s+(?:sie|du)\s+(?:ja|doch)\s+(?:auch\s+)?(?:mal|einmal|selbst)\b",
    # "I don't want to push, but …" with no release after it
    r"(?:will|möchte)\s+(?:\w+\s+){0,2}?nicht\s+(?:drängeln|drängen|nerven|stressen|hetzen|aufdringlich\s+sein)\s*,?\s+"
    r"aber(?![^.!?]{0,80}(?:kein\w*\s+(?:stress|eile|druck)|in\s+ruhe|wann\s+immer|nur\s+wenn))",
    # waiting on it, said with a sigh ("Darauf warte ich nun"), or on them answering of their own accord
    r"(?:darauf|drauf)\s+warte\s+ich\s+(?:nun|jetzt|immer\s+noch|noch\s+immer|seitdem|seither)",
    r"von\s+(?:selbst|sich\s+aus)\s+(?:\w+\s+)?(?:melden|meldest|meldet|gemeldet|antworten|antwortest|geantwortet)",
    # what the writer may "expect" of them ("Da darf ich doch jetzt auch mal was von dir erwarten")
    r"(?:darf|kann)\s+ich\s+(?:[\w-]+\s+){0,8}?erwarten",
    # the writer's ruin put on their answer ("ohne den Job bei euch stehe ich auf der Straße")
    r"(?:stehe|steh)\s+ich\s+(?:\w+\s+)?(?:auf\s+der\s+straße|vor\s+dem\s+nichts|blöd\s+da|dumm\s+da|mit\s+leeren\s+händen)",
    # someone promised the writer the reader would act ("Ihre Assistentin hat mir versichert, dass Sie sich melden")
    r"(?:hat|haben|hatte)\s+mir\s+(?:\w+\s+)?(?:versichert|zugesagt|versprochen|garantiert)\s*,?\s+dass\s+(?:du|sie|ihr)\b",
)
REPROACH = _rx(
    # others who answered held up against the reader ("die drei anderen Verlegerinnen haben sich alle die Zeit
    # genommen", "alle anderen haben schon zugesagt")
    r"(?:die|alle)\s+(?:[\w-]+\s+){0,2}?anderen\b[^.!?\n]{0,80}?\b(?:geantwortet|zugesagt|gemeldet|zeit\s+genommen|"
    r"ja\s+gesagt|bestätigt)",
    r"(?:bist|sind)\s+(?:du|sie)\s+(?:\w+\s+){0,2}?zu\s+(?:beschäftigt|wichtig|gut|fein)",
    r"(?:wohl|anscheinend|offenbar)\s+zu\s+(?:beschäftigt|wichtig|fein)",
    r"(?:ignorierst|ignorieren\s+sie|ghostest)",
    r"(?:hast|haben)\s+mich\s+(?:\w+\s+)?(?:ignoriert|geghostet)",
    r"keine\s+(?:einzige\s+)?(?:antwort|reaktion|zeile)\s+(?:von\s+dir|von\s+ihnen|zurück)",
    r"(?:habe|hab)\s+(?:dir|ihnen)\s+(?:jetzt\s+)?(?:schon\s+)?(?:zweimal|dreimal|mehrmals|mehrfach|x-mal)",
    r"(?:zweimal|dreimal|viermal|mehrmals|mehrfach|x-mal|zum\s+(?:zweiten|dritten|vierten)\s+mal)\s+(?:\w+\s+)?"
    r"(?:g'?schrieben|geschrieben|angeschrieben|gefragt|nachgefragt|gemailt|angerufen|erinnert|gesagt)",
    r"schwer,?\s+(?:dich|sie)\s+zu\s+erreichen",
    r"(?:schade|enttäuschend),?\s+dass\s+(?:du|sie)\s+(?:\w+\s+){0,2}?(?:nicht|nie)",
)
#: The writer's own attempts counted, from the third on (lint_pressure.counted_attempt): "das ist jetzt meine vierte
#: Mail", "zum dritten Mal".
ATTEMPT_COUNT = _rx(
    r"(?:dritte|vierte|fünfte|sechste|siebte|x-te|zigste|\d+\.)[nrs]?\s+(?:(?!der\b|die\b|das\b|ein\w*\b)[\w-]+\s+){0,2}?(?:nachricht|mail|e-mail|"
    r"anfrage|versuch|erinnerung|mal|nachfrage|sms)\w*",
)
#: The reader as the owner just before a count ("Ihre dritte Anfrage", "deine vierte Mail").
READER_OWNED = quick(
    re.compile(r"\b(?:ihre|ihrer|ihren|deine|deiner|deinen|eure|eurer)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
)
#: The writer's own message to the reader, told in the past ("ich hab dir vor drei Wochen geschrieben").
WRITER_CONTACTED = _rx(
    r"ich\s+(?:hab|habe|hatte)\s+(?:dir|ihnen|euch|dich|sie)\b[^.!?\n]{0,80}?\b(?:geschrieben|gemailt|gefragt|"
    r"angefragt|geschickt|kontaktiert|gebeten|angeschrieben|nachgefragt)",
    r"(?:schrieb|fragte|mailte)\s+ich\s+(?:dir|ihnen|euch|dich|sie)",
)
#: A silence named bare ("und seitdem nichts", "kein einziges Wort", "Funkstille"), after WRITER_CONTACTED.
SILENCE_BARE = _rx(
    r"(?:und|aber)\s+(?:seitdem\s+|bisher\s+|immer\s+noch\s+|bis\s+heute\s+)?(?:nichts|nix|kein\s+(?:einziges\s+)?"
    r"(?:wort|pieps|mucks)|keine\s+(?:antwort|reaktion)|funkstille)",
    r"(?:seitdem|bisher|bis\s+heute)\s+(?:nichts|nix|funkstille|kein\s+(?:einziges\s+)?wort)",
)
#: A silence read kindly in the same sentence ("…sicher im Spam gelandet").
SILENCE_KIND = _rx(
    r"untergegangen|spam|verloren|beschäftigt|urlaub|viel\s+(?:zu\s+tun|los)|kein\w*\s+(?:stress|eile|druck)",
)
#: A date or a day (lint_pressure.dated_stake): "am Donnerstag", "Mittwochabend", "am 12.", "bis Ende der Woche".
TIME_POINT = _rx(
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*",
    r"(?:am|zum|bis\s+zum|vor\s+dem)\s+\d{1,2}\.",
    r"morgen|übermorgen|ende\s+(?:der|dieser|nächster)\s+woche|monatsende|weihnachten|ostern",
)
#: Something of the writer's that closes or happens then ("das Portal schließt", "die Bewerbung muss raus").
CLOSING = _rx(
    r"schließt|schliesst|endet|läuft\s+(?:\w+\s+)?ab|abgabe\w*|frist|muss\s+(?:\w+\s+){0,3}?raus|gehen\s+(?:\w+\s+){0,3}?raus|"
    r"geht\s+(?:\w+\s+){0,3}?raus|einreichen|unterschreibe",
)
#: The writer as the owner of what closes ("meine Bewerbung muss am Donnerstag raus"), not an opportunity's deadline.
WRITER_OWNED = quick(
    re.compile(
        r"\b(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren)\s+(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
#: What the writer loses once the date has passed ("sonst bringt es mir nichts mehr", "danach ist es zu spät").
STAKE = _rx(
    r"(?:bringt|nützt|nutzt|hilft)\s+(?:es|das|sie|er)\s+mir\s+(?:\w+\s+)?nichts\s+mehr",
    r"(?:ist\s+es|wäre\s+es|ist\s+das)\s+(?:\w+\s+)?zu\s+spät",
    r"sonst\s+(?:\w+\s+){0,3}?(?:verliere|verpasse|falle|platzt|bin\s+ich\s+raus)",
    # the reader's part named as what the writer still lacks by then ("Ihr Gutachten ist das letzte, was fehlt")
    r"(?:das\s+letzte|das\s+einzige|als\s+letztes|nur\s+noch)\s*,?\s+(?:was|\w+\s+)?(?:\w+\s+)?fehlt",
)
#: A time for the favour itself that lies past the writer's date ("irgendwann nächsten Monat").
LATER = _rx(r"nächste[nm]?\s+monat|irgendwann|danach|später|im\s+neuen\s+jahr")
#: What is not the reader's to give about a selection (read by awkward-position's confidential check when asked): a
#: named colleague's pay, the verb in the third person ("wie viel verdient eigentlich die Sandra"), the other
#: applicants' own work or names, the panel's own papers.
SELECTION_SECRETS = _rx(
    r"wie\s*viel\s+verdient\s+(?:eigentlich\s+|denn\s+|so\s+)?(?:die\s+|der\s+)?[\w-]+",
    r"(?:was|wie\s*viel)\s+(?:die|der)\s+[\w-]+\s+(?:\w+\s+){0,3}?verdient",
    r"(?:anderen|übrigen)\s+bewerber\w*\s+(?:\w+\s+){0,3}?(?:abgegeben|eingereicht|geschrieben|geantwortet|gemacht|geschickt)",
    r"wer\s+(?:sich\s+)?(?:noch|sonst\s+noch|außer\s+mir)\s+(?:\w+\s+)?beworben",
    r"(?:bewertungs|auswertungs|beurteilungs)(?:bogen|bögen|raster|matrix|schema|kriterien)\w*|musterlösung\w*",
)
#: A recommendation of things asked for ("Welche Kurse würden Sie jemandem wie mir empfehlen?"): no vouch.
RECOMMEND_THINGS = _rx(r"(?:welche\w*|was\s+für)\s+(?:[\w-]+\s+){0,6}?(?:empfehlen|empfiehlst|empfehlt)")
THANKS = _rx(
    r"(?:be)?dank\w*",
    r"merci",
    r"vergelt'?s\s+gott",
    r"wertschätz\w*",
    # "meine Anerkennung" is thanks; "die Anerkennung als Erzieherin" (of a foreign degree) is not
    r"(?:meine|große|volle|höchste)\s+anerkennung",
    r"(?:ihnen|dir|euch)\s+(?:\w+\s+)?verbunden",
    r"(?:weiß|wüsste)\s+(?:ich\s+)?(?:\w+\s+){0,4}?zu\s+schätzen",
    # "ich schätze es sehr, dass …", and the English loanwords of chat ("Thx schon mal", "Thanks im Voraus")
    r"ich\s+schätze\s+(?:es|das|ihre|deine|eure|ihr|dein|euer)\b",
    r"thx|thanks|thank\s+you|tnx",
)
# Something gone wrong, as the cause of what the writer apologises for (TROUBLE, and the blame in the apology's own
# sentence below): broken, late, wrong, unclear, overloaded, bad luck ("hat gesponnen", "war sehr ungenau", "eine alte
# Version", "hat mir niemand gesagt", "ein rabenschwarzer Tag"). Not a bare "nicht": "Das kommt nicht wieder vor".
_TROUBLE = (
    r"falsch\w*|kaputt\w*|ausgefallen|abgestürzt|gesponnen|spinnt|spinnen|gestreikt|streikt\w*|chaotisch|chaos",
    r"(?:sehr\s+|total\s+|ziemlich\s+|völlig\s+)?(?:ungenau|unklar|unverständlich|missverständlich|fehlerhaft|veraltet\w*|"
    r"unvollständig|überlastet|unterbesetzt|krank)",
    r"schlecht\s+(?:übersetzt|organisiert|geplant|erklärt|beschrieben|vorbereitet|kommuniziert)",
    r"(?:viele|einige|ein\s+paar|mehrere|grobe)\s+fehler",
    r"(?:alte|alten|veraltete|veralteten)\s+(?:version|tabelle|datei|nummer|adresse|liste|fassung|stand)",
    r"zu\s+spät|verspät\w*|verschlampt|vergessen|verbockt|vermasselt|verpennt|lahmgelegt|zugeschüttet",
    r"aufs\s+auge\s+gedrückt|auflaufen\s+lassen|im\s+stich\s+gelassen|den\s+geist\s+aufgegeben",
    r"(?<!noch\s)(?:nicht|nie)\s+(?:geklappt|funktioniert|gesagt|informiert|geliefert|geschickt|bescheid|mitgeteilt|erreichbar|"
    r"rechtzeitig|da|fertig|weitergeleitet)",
    r"(?:niemand|keiner|kein\s+mensch)\b|kein\s+wort|(?:stand|steht)\s+(?:da\s+|dort\s+)?nichts",
    r"pech|kein\s+glück|rabenschwarz\w*|zum\s+vergessen|mal\s+wieder|wieder\s+mal|schon\s+wieder|wie\s+immer",
    r"stau\w*|hängen\s*geblieben|verloren\s+gegangen|gelöscht|liegen\s*geblieben|liegen\s*(?:ge)?lassen|verschleppt|"
    r"verzögert|nicht\s+bearbeitet",
    # round 10: unfairness, bad luck said in everyday words, someone else acting on the writer ("war total unfair",
    # "hatte was gegen mich", "alles schiefgelaufen", "dumm gelaufen", "hat mich … eingeteilt / festgehalten")
    r"unfair|ungerecht|gegen\s+mich|auf\s+dem\s+kieker|schikan\w*",
    r"schief\s*(?:gelaufen|gegangen|ging)|(?:dumm|blöd|doof|saublöd|unglücklich)\s+gelaufen|shit\s+happens|höhere\s+gewalt",
    r"mich\s+(?:[\w-]+\s+){0,5}?(?:eingeteilt|eingetragen|festgehalten|aufgehalten|abgezogen|verdonnert|gesteckt|"
    r"nicht\s+gehen\s+lassen|nicht\s+weggelassen)",
    r"erst\s+(?:[\w-]+\s+){0,3}?(?:nach\s+dem|danach|zu\s+spät|hinterher)\s+(?:[\w-]+\s+){0,3}?(?:weitergegeben|weitergeleitet|"
    r"gesagt|geschickt|zugestellt|ausgerichtet)",
)
#: Something gone wrong, in the sentence after an apology (with BLAME_LEAD: someone or something else did it).
TROUBLE = _rx(*_TROUBLE)
#: A sentence led by someone or something other than the writer ("Die Agentur hat …", "Das war einfach Pech",
#: "Ehrlich gesagt war die Ausschreibung …"), not by the writer, a request, a thank-you or a sign-off.
BLAME_LEAD = quick(
    re.compile(
        r"^\s*(?:(?:aber|und|leider|ehrlich\s+gesagt|allerdings|naja|tja|also|denn|tatsächlich)\s*,?\s+)?"
        r"(?!(?:ich|wir|es|bitte|danke|vielen|herzlich\w*|sorry|entschuldig\w*|verzeih\w*|tut|hoffe|kann|könnt\w*|"
        r"würd\w*|wäre|hätte|soll\w*|wie|was|wann|warum|wo|ja|nein|ok|okay|anbei|hier|gern\w*|liebe|lieber|viele|beste|"
        r"grüße|mit|bis|nächste\w*|jetzt|dann|passt|melde|sag|schick|gib|lass|ruf|schreib|morgen|heute|gleich|"
        r"mein\s+fehler|meine\s+schuld)\b)"
        r"[a-zäöüß][\w-]*\b",
        re.IGNORECASE,
    )
)
#: The writer (or their side) as the one who acts: "ich", "wir".
WRITER_SUBJECT = quick(re.compile(r"\b(?:ich|wir)\b", re.IGNORECASE))
# A courtesy asked in passing ("Grüß dein Team schön von mir", "Richten Sie Frau Roth meinen Dank aus", "Sag ihr bitte,
# dass es mir leidtut"): no ask.
COURTESY = _rx(
    r"(?:grüß|grüße|grüßen\s+sie|grüßt)\s+(?:[\w-]+\s+){0,4}?(?:von\s+mir|von\s+uns|herzlich|schön|lieb)",
    r"(?:richte|richten\s+sie|richtet|bestell|bestelle|bestellen\s+sie)\s+(?:[\w-]+\s+){0,5}?(?:grüße|glückwünsche|dank|"
    r"gratulation|beileid|entschuldigung)",
    r"(?:liebe|herzliche|viele|schöne|beste)\s+grüße\s+an",
    r"(?:sag|sagen\s+sie|sagt|richte|richten\s+sie)\s+(?:ihr|ihm|ihnen|allen|dem\s+team|euren\s+leuten)\s+(?:bitte\s*)?,?\s*"
    r"dass\s+es\s+mir\s+(?:\w+\s+)?leid\s*tut",
)
APOLOGY = _rx(
    r"entschuldig\w*",
    r"tut\s+mir\s+(?:\w+\s+)?leid",
    r"sorry",
    r"verzeih\w*",
    r"bitte\s+um\s+nachsicht",
    r"mein\s+fehler",
)
BLAME = _rx(
    # STRUCTURE (round 9): in the apology's own sentence, a later clause led by someone or something else that went
    # wrong ("sorry für die späte Antwort, unsere IT hat mal wieder das Postfach lahmgelegt", "… – meine Chefin hat mich
    # mit Projekten zugeschüttet", "…, aber ehrlich gesagt hat der mich auflaufen lassen"); not a clause with the
    # writer in it ("… – ich hab mich im Tag vertan"), nor the apology's own "dass" clause
    r"(?:sorry|tut\s+mir\s+(?:\w+\s+)?leid|entschuldig\w*|verzeih\w*)\b[^.!?\n]{0,160}?(?:,|\s[–-])\s+"
    r"(?:(?:aber|und|denn|weil|da)\s+)?(?:(?:ehrlich\s+gesagt|leider|allerdings)\s+)?"
    r"(?:(?:der|die|das|den|dem|unser\w*|mein\w*|dein\w*|(?-i:Ihr)\w*|eur\w*|euer)\s+(?:[\w-]+\s+)?[\w-]+"
    r"|(?:hat|hatte|haben|hatten|war|waren|ist|sind)\s+(?:der|die|das|mein\w*|unser\w*))"
    r"\s(?:(?!\b(?:ich|wir|noch)\b)[^.!?\n,;–]){0,100}?\b(?:" + "|".join(_TROUBLE) + r")",
    r"(?:war\s+|ist\s+)?nicht\s+(?:ganz\s+|wirklich\s+|allein\s+|unbedingt\s+|nur\s+)?(?:meine\s+schuld|mein\s+fehler)",
    r"(?:seine|ihre|deren)\s+schuld",
    # the shrug at bad luck, whoever leads the sentence ("Es ist einfach alles schiefgelaufen", "Dumm gelaufen halt")
    r"(?:es|das|alles)\s+(?:ist|war)\s+(?:[\w-]+\s+){0,3}?(?:schief\s*gelaufen|schief\s*gegangen)",
    r"(?:dumm|blöd|doof|saublöd)\s+gelaufen|shit\s+happens",
    r"schuld\s+(?:war|ist|waren|sind)\s+(?:\w+\s+)?(?:der|die|das|mein|meine|unser\w*)",
    r"(?:die|der|das|welche)\s+(?:[\w-]+\s+){0,4}?falsch\s+\w+\s+(?:hat|hatte|haben|hatten)",
    # something or someone else did not do its part, verb-second ("Da hat mein Kalender nicht synchronisiert")
    r"(?:hat|hatte|haben|hatten)\s+(?:mein|meine|der|die|das|unser|unsere)\s+(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:\w+\s+)?"
    r"(?:nicht|nie)\s+\w+",
    r"(?:der|die|das|mein\w*|unser\w*)\s+(?-i:[A-ZÄÖÜ])[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:hat|hatte|haben|hatten)\s+"
    r"(?:\w+\s+){0,2}?(?:nicht|nie)\s+"
    r"(?:richtig\s+)?(?:funktioniert|synchronisiert|geklappt|geladen|gespeichert|reagiert|gehalten|mitgespielt)",
    r"(?:niemand|keiner)\s+(?:hat\s+)?(?:mir\s+)?(?:\w+\s+)?(?:gesagt|bescheid\s+gegeben|informiert|gewarnt)",
    r"(?:er|sie|die|der|mein|meine|unser|unsere)\s+(?:\w+\s+)?(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,2}?vergessen",
    r"(?:hat|haben|hatte)\s+mir\s+(?:\w+\s+){0,2}?(?:nicht|nie)\s+(?:bescheid|gesagt|mitgeteilt)",
    r"wegen\s+(?:der|des|dem|meines|meiner|meinem|unseres|unserer|unserem)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|team\w*|"
    r"kund\w*|verkehr\w*|zug\w*|bahn|system\w*|kolleg\w*|stau\w*|streik\w*|agentur)",
    r"(?:zug|bahn|bus|flug|s-bahn|tram)\w*\s+(?:\w+\s+){0,3}?(?:verspätung|ausgefallen|fiel\s+aus|gestrichen)",
    r"(?:laptop|computer|internet|wlan|handy|akku|babysitter\w*|tagesmutter|kita|system|server|software|tool|drucker|"
    r"app|programm|netz|vpn|cloud\w*|technik|beamer)\s+(?:\w+\s+){0,3}?"
    r"(?:abgestürzt|kaputt|ausgefallen|fiel\s+aus|streikte|abgesagt|leer|abstürzte|ging\s+nicht|lief\s+nicht)",
    r"(?:lag|liegt)\s+(?:\w+\s+)?nicht\s+(?:an\s+mir|in\s+meiner\s+hand|bei\s+mir)",
    r"(?:konnte|kann|könnte)\s+ich\s+(?:leider\s+|halt\s+|auch\s+)?(?:nichts|nicht\s+viel|wenig)\s+(?:\w+\s+)?"
    r"(?:dafür|machen|tun|ändern)",
    # nobody could have done better; others did something to the writer; things arrived late or failed
    r"(?:hätte|hätten)\s+(?:\w+\s+){0,3}?(?:niemand|keiner|kein\s+mensch)\s+(?:\w+\s+){0,3}?(?:besser|anders|was|etwas|"
    r"gut|hingekriegt|geschafft)",
    r"(?:niemand|keiner|kein\s+mensch)\s+(?:\w+\s+){0,3}?(?:hätte|hätten)\s+(?:\w+\s+){0,3}?(?:besser|anders|was|"
    r"etwas|verhindern)",
    r"(?:hat|hatte|haben|hatten)\s+(?:mir|uns)\s+(?:[\w-]+\s+){0,6}?(?:aufgehalst|aufgedrückt|untergejubelt|"
    r"(?:die|den|das|eine?n?)\s+(?:falschen?|alten?|veralteten?)\b)",
    r"(?:der|die|das|mein\w*|unser\w*)\s+(?:[\w-]+\s+)?(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,3}?(?:nicht|nie)\s+"
    r"(?:aktualisiert|geliefert|geschickt|weitergeleitet|freigegeben|informiert|erledigt|rechtzeitig\s+\w+)",
    r"(?:kam|kamen)\s+(?:\w+\s+){0,3}?(?:erst|zu\s+spät)",
    r"(?:eine|einer)\s+(?:dieser|von\s+diesen)\s+(?:wochen|tage|phasen)",
    r"(?:ihre|deine|eure|seine|meine|mein|unsere|unser|die|der)\s+(?:[\w-]+\s+)?(?:assistent\w*|sekretär\w*|kolleg\w*|"
    r"mitarbeiter\w*|chef\w*|vorgesetzt\w*|kund\w*|agentur|buchhaltung|personalabteilung|druckerei|post|spedition|"
    r"lieferant\w*)\s+(?:hat|hatte|haben|hatten)\s+(?:mir|uns)\b",
    r"(?:war|waren|ist)\s+(?:schon|bereits|von\s+anfang\s+an)\s+(?:\w+\s+)?(?:fehlerhaft|falsch|kaputt|veraltet|"
    r"unvollständig)",
    r"(?:aufgrund|infolge|wegen)\s+(?:[\w-]+\s+){0,3}?(?:umstrukturierung|reorganisation|engp|krankheitsfäll|urlaubszeit|"
    r"systemumstellung|personalmangel|überlastung)\w*",
    r"(?:hat|haben|hatte|hatten)\s+gestreikt",
    r"(?:war|ist)\s+(?:\w+\s+)?(?:die\s+hölle\s+los|land\s+unter)",
    r"(?:kolleg\w*|mitarbeiter\w*|leute)\s+(?:\w+\s+)?(?:ausgefallen|krank|im\s+urlaub)",
    r"(?:war|waren|ist|sind)\s+(?:\w+\s+)?(?:unterbesetzt|überlastet|geschlossen|ausgebucht)",
    r"(?:war|ist)\s+(?:halt\s+|einfach\s+|leider\s+|eben\s+)?nicht\s+mehr\s+drin",
    r"(?:war|ist|wurde|waren)\s+(?:\w+\s+)?falsch\s+(?:eingestellt|eingetragen|konfiguriert|verlinkt|adressiert|terminiert|"
    r"angegeben|ausgeschildert)",
    r"(?:hat|hatte)\s+mich\s+(?:\w+\s+)?nicht\s+(?:erinnert|informiert|gewarnt|benachrichtigt|geweckt)",
    r"(?:kam|kamen|waren|war)\s+(?:\w+\s+){0,2}?nicht\s+(?:pünktlich|rechtzeitig|fertig|da)",
    r"ohne\s+(?:die|den|das|diese\w*)\s+(?:\w+\s+)?(?:konnte|kann)\s+ich\s+(?:\w+\s+)?nicht",
    r"(?:konnte|kann|könnte)\s+(?:ja\s+|doch\s+|eh\s+)?(?:keiner|niemand)\s+(?:\w+\s+){0,2}?(?:mithalten|etwas|was|"
    r"machen|tun|schaffen)",
    r"(?:war|ist)\s+(?:ein|das|der\s+reinste|totales?|ein\s+totales?)\s+(?:\w+\s+)?chaos",
    r"(?:eingegangen|kaputtgegangen|den\s+geist\s+aufgegeben|abgeschmiert|abgeraucht)",
    r"(?:hatte|hatten|gab\s+es)\s+(?:[\w-]+\s+){0,3}?(?:einen|eine)\s+(?:\w+\s+)?[\w-]*(?:ausfall|störung|panne)",
    r"(?:kann|konnte)\s+man\s+(?:halt\s+|eben\s+|leider\s+|ja\s+)?nichts\s+(?:machen|tun|ändern)",
    r"(?:mein\w*|unser\w*|der|die|das)\s+(?:[\w-]+\s+)?(?:war|ist|wurde|wurden|waren)\s+(?:\w+\s+){0,3}?(?:krank|erkrankt|"
    r"ausgefallen|verhindert)",
    r"(?:im|in\s+meinem|in\s+den|im\s+)\s*[\w-]*(?:spam|junk)[\w-]*",
    r"(?:war|gab\s+es|gab's|hatte\s+ich|stand\s+ich\s+im)\s+(?:\w+\s+){0,2}?[\w-]*(?:stau|streik|unfall|störung|glatteis|"
    r"schneechaos|zugausfall)\b",
    r"(?:hat|hatte|haben|hatten)\s+mich\s+(?:[\w'-]+\s+){0,2}?(?:aufgehalten|aufg'halten|festgehalten|warten\s+lassen|"
    r"hängen\s+lassen|versetzt)",
    r"(?:der|die|das|mein\w*|unser\w*)\s+(?-i:[A-ZÄÖÜ])[\w-]+\s+(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:erst|zu\s+spät|viel\s+zeit|ewig|ewigkeiten)\b",
    r"(?:der|die|das|mein\w*|unser\w*|dein\w*|ihr\w*|eur\w*)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:hat|hatte|haben|hatten)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:falsch\s+\w+|zugestellt|vergessen|verschlampt|verbockt|verpennt|verschoben|abgesagt|"
    r"storniert|blockiert|vermasselt|verwechselt|verloren|gelöscht|übersehen|geändert|umgeworfen|umgestellt)",
    r"(?:hatte|hatten|hat)\s+(?:[\w-]+\s+){0,4}?verspätung",
    r"(?:war|ist)\s+(?:leider\s+|halt\s+|eben\s+)?nichts\s+(?:zu\s+)?(?:machen|tun|ändern)",
    r"nicht\s+(?:zaubern|hexen)",
    r"(?:taugt|taugen|taugte|taugten)\s+(?:\w+\s+)?(?:nix|nichts)",
    r"(?:hat|hatte|haben|hatten)\s+mir\s+(?:[\w-]+\s+){0,3}?nur\s+",
    r"(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?(?:nicht\s+mal|nicht\s+einmal)\s+(?:gesagt|bescheid|informiert|"
    r"erklärt|mitgeteilt|geantwortet)",
    r"(?:auf|von)\s+(?:allen|beiden)\s+seiten",
    r"fehler\s+(?:sind\s+)?(?:passiert|unterlaufen)",
    r"(?:hat|hatte|haben|hatten)\s+(?:leider\s+)?(?:auch\s+)?nicht\s+(?:geholfen|funktioniert|geklappt)",
    r"ohne\s+dass\s+(?:mir|uns)\s+(?:jemand|einer|wer)\s+(?:\w+\s+)?(?:bescheid|gesagt|informiert|gewarnt)",
    r"(?:hatte|hatten)\s+(?:einen|eine)\s+(?:\w+\s+)?(?:ausfall|störung|panne|serverausfall|systemausfall)",
    r"(?:tut\s+mir\s+leid|sorry),?\s+(?:falls|wenn|dass)\s+(?:du|sie)\s+(?:dich|sich)",
    r"(?:tut\s+mir\s+leid|sorry|bedaure),?\s+(?:falls|wenn|dass)\s+(?:du|sie)\s+(?:das\s+|den\s+)?(?:gefühl|eindruck)\s+"
    r"(?:hast|haben|hattest|hatten)",
    r"(?:tut\s+mir\s+leid|sorry|bedaure),?\s+(?:falls|wenn|dass)\s+(?:du|sie)\s+(?:das\s+|es\s+)?(?:so\s+)?(?:siehst|sehen|"
    r"empfindest|empfinden|wahrnimmst|wahrnehmen|verstanden\s+hast|verstanden\s+haben)",
    r"höhere\s+gewalt",
    r"(?:hat|haben|hatte|hatten)\s+(?:uns|mir)\s+(?:[\w-]+\s+){0,3}?(?:erst|zu\s+spät)\b",
    r"(?:haben|hat)\s+mir\s+(?:\w+\s+){0,2}?(?:die\s+)?(?:falsche|alte|veraltete)",
    # blame by implication: someone else "should have" (not the writer: "ich hätte … sollen" owns it)
    r"(?<!ich\s)(?:hätte|hätten|sollte|sollten|müsste|müssten)\s+(?!ich\b)(?:[\w-]+\s+){0,3}?eigentlich\b",
    # the reader had only given, never sent ("Du hattest mir ja auch nur die alte Nummer gegeben")
    r"(?:du|sie)\s+(?:hattest|hatten|hast|haben)\s+mir\s+(?:[\w-]+\s+){0,3}?(?:nur|keine?n?|nicht|nie|falsch\w*)\b",
    # someone kept the writer waiting or busy ("hat mich im Foyer stehen lassen", "lässt mich kaum Luft holen")
    r"(?:hat|hatte|haben|hatten)\s+mich\s+(?:[\w-]+\s+){0,4}?(?:stehen|warten|sitzen|hängen)\s+lassen",
    r"(?:lässt|ließ|lassen|ließen)\s+mich\s+(?:[\w-]+\s+){0,3}?(?:kaum|nicht|keine?n?)\b",
    # what was owed came late or never ("war halt erst am Freitag da", "die kam nie bei mir an")
    r"(?:war|waren|kam|kamen)\s+(?:(?:halt|eben|leider|aber|auch|ja|doch|allerdings)\s+)*erst\s+",
    r"(?:kam|kamen|ist|sind)\s+(?:[\w-]+\s+){0,2}?(?:nie|nicht)\s+(?:bei\s+(?:mir|uns)\s+)?an\b",
    # a thing or someone did it wrong ("hat mich in die falsche Richtung geschickt", "rechnet … falsch")
    r"(?:hat|hatte|haben|hatten)\s+(?:mich|uns)\s+(?:[\w-]+\s+){0,4}?falsch\w*",
    r"(?:rechnet|zeigt|zählt|läuft|speichert|sortiert|übersetzt|bucht)\s+(?:[\w-]+\s+){0,6}?(?:falsch|nicht\s+richtig)\b",
    r"(?:mir|uns)\s+(?:wurde|wurden)\s+(?:[\w-]+\s+){0,4}?(?:falsch\w*|nicht|nie|zu\s+spät)\b",
    # what the writer was given was bad ("Die Liste, die ich bekommen habe, war nicht sortiert")
    r"(?:die|den|das)\s+ich\s+(?:[\w-]+\s+){0,3}?(?:bekommen|erhalten|gekriegt)\s+(?:habe|hatte)\s*,?\s+"
    r"(?:war|waren)\b",
    # nobody told the writer, in any order; the writer knew nothing of it
    r"(?:hat|hatte)\s+mir\s+(?:das\s+|es\s+)?(?:niemand|keiner)\b",
    r"wusste\s+ich\s+nichts|ich\s+wusste\s+(?:[\w-]+\s+)?nichts\s+davon",
    # a shrug: nothing to be done, nobody could, it was out of the writer's hands
    r"(?:kann|konnte)\s+ich\s+(?:(?:ja|doch|halt|eben|leider|auch|wirklich|echt)\s+)+nichts",
    r"(?:halt|eben|ja)\s+(?:keiner|niemand|kein\s+mensch)\b",
    r"kein(?:en)?\s+einfluss|nicht\s+in\s+meiner\s+hand|außerhalb\s+meiner\s+(?:kontrolle|macht)",
    # a sentence whose subject is someone or something else that did not do its part, came late or dropped out
    # ("Die Zahlen aus dem Vertrieb haben mir bis zuletzt gefehlt", "Unser Buchungssystem übernimmt Stornos leider
    # nicht", "Die Kinderbetreuung ist kurzfristig abgesprungen"); the writer as its subject ("… habe ich nicht") is
    # not, nor a correction ("ist nicht am Montag, sondern …") or what is not done yet ("noch nicht")
    r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n)|(?<=\saber\s)|(?<=\sweil\s))(?:der|die|das|unser\w*|mein\w*|ihr\w*|dein\w*|euer|"
    r"eur\w*|sein\w*)\s+(?:(?-i:[a-zäöü])[\w-]*\s+)?(?-i:[A-ZÄÖÜ])[\w-]+(?:(?!\s(?:ich|wir|noch)\b)[^.!?\n]){0,80}?\s"
    r"(?:(?<!entschuldigt\ses\s)(?<!entschuldigt\sdas\s)nicht(?![^.!?\n]{0,40}\bsondern\b)|nie|erst|halt|kurzfristig|zu\s+spät|gefehlt|abgesprungen|ausgefallen|"
    r"abgesagt|verspätet|gestreikt|kaputt)\b",
    r"von\s+(?:deren|ihrer|seiner|eurer|der\s+anderen)\s+seite",
    # STRUCTURE (round 8): a sentence whose subject is someone or something else, with a hedge that hands them the
    # cause ("Die Telefonanlage spinnt anscheinend", "Bei Ihrer Assistenz ist da offenbar einiges verrutscht", "Die
    # Grafikabteilung hat mal wieder getrödelt"); not when the writer is in the clause ("… ist wohl meine Schuld")
    r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?!(?:ich|wir|sie|du)\b)(?:[\w-]+\s+){1,6}?(?:anscheinend|offenbar|"
    r"offensichtlich|scheinbar|mal\s+wieder|wieder\s+mal|wieder\s+einmal|wohl)\b(?![^.!?\n,]*\b(?:ich|mir|mich|mein\w*)\b)",
    r"(?<!ich\s)(?:war|ist|waren|sind)\s+(?:[\w-]+\s+){0,3}?(?:eine?\s+)?(?:einzige[rn]?\s+)?(?:katastrophe|desaster|"
    r"albtraum|zumutung|horror)\b",
    r"(?:im|in\s+der|in\s+unserem|in\s+ihrem)\s+[\w-]*(?:system|filter|postfach|outlook|kalender|tool|portal)\w*\s+"
    r"(?:\w+\s+)?(?:hängen\s*geblieben|stecken\s*geblieben|verschwunden|verloren\s+gegangen)",
    r"(?:kann|könnte|solche\s+dinge|sowas|so\s+was)\s+(?:halt\s+|eben\s+|ja\s+|mal\s+|schon\s+)*passier\w*",
    # sent on to someone else ("Da müssen Sie sich an die Post wenden")
    r"(?:müssen|musst|müsst)\s+(?:sie\s+sich|du\s+dich|ihr\s+euch)\s+(?:[\w-]+\s+){0,2}?an\s+(?:die|den|das)\s+"
    r"[\w-]+\s+wenden",
)
DEADLINE = _rx(
    r"bis\s+(?:spätestens\s+)?(?:morgen|heute|heute\s+abend|ende|(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag)\w*|nächste\w*|zum|\d{1,2}\.)",
    r"spätestens\s+(?:bis\s+|am\s+|zum\s+)?(?:morgen|heute|ende|(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag)\w*|nächste\w*|\d{1,2}\.)",
    r"vor\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|dem\s+wochenende)",
    r"asap",
    r"so\s+schnell\s+wie\s+möglich",
    r"schnellstmöglich",
    r"dringend",
    r"sofort(?!\s+(?:dabei|bereit|zur\s+stelle))",  # "ich wäre sofort dabei" is keenness, not a deadline
    r"umgehend",
    r"noch\s+heute",
    r"(?:diese|nächste)\s+woche\s+noch|noch\s+(?:diese|in\s+dieser)\s+woche|bis\s+ende\s+der\s+woche",
)
REPLY = _rx(
    r"antwort\w*",
    r"rückmeldung",
    r"(?:melde|melden|meldest)\s+(?:dich|sie\s+sich)",
    r"(?:dich|sich)\s+(?:[\w-]+\s+){0,4}?(?:melden|meldest)",
    r"(?:mir|uns)\s+(?:[\w-]+\s+){0,5}?bescheid",
    r"zurückschreiben",
    r"zurückmelden",
    r"hören",
    r"höre",
)
BUSY_BUT = re.compile(
    r"\b(?:ich\s+weiß|mir\s+ist\s+(?:schon\s+)?klar|ich\s+verstehe|klar)\s*,?\s*(?:dass\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:beschäftigt|viel\s+zu\s+tun|eingespannt|wenig\s+zeit|viel\s+verlangt|kurzfristig|im\s+stress|stress|"
    r"um\s+die\s+ohren|voll|ausgelastet|knapp|viel\s+los|unter\s+druck)\w*\s*(?:\w+\s+){0,2}?,?\s*"
    r"aber\s+(?P<after>[^.!?\n]{0,160})",
    re.IGNORECASE,
)
RELEASE = _rx(
    # (not when a "but" takes it back at once: "Kein Stress, aber falls du …, würde mir … helfen" asks all the same)
    r"kein\w*\s+(?:stress|eile|druck|problem|sorge|verpflichtung|muss)(?!\s*[,;–-]?\s*aber\b)",
    r"(?:völlig|total|ganz|absolut)\s+(?:in\s+ordnung|ok|okay)",
    r"falls\s+nicht",
    r"wenn\s+nicht",
    r"nur\s+wenn",
    r"wann\s+immer",
    r"in\s+ruhe",
    r"(?:fühl|fühlen\s+sie)\s+(?:dich|sich)\s+(?:bitte\s+)?(?:\w+\s+)?(?:nicht|zu\s+nichts)\s+(?:verpflichtet|gedrängt)",
    r"ich\s+verstehe,?\s+wenn",
    r"wenn\s+es\s+(?:\w+\s+)?nicht\s+passt",
    r"mach\s+dir\s+keinen",
    r"kein\s+thema",
    r"wenn\s+(?:du|sie)\s+(?:\w+\s+)?zeit",
    r"wenn\s+(?:dir|ihnen|euch)\s+(?:danach\s+ist|danach\s+zumute\s+ist|der\s+sinn\s+danach\s+steht)",
    r"(?:wenn|falls)\s+(?:du|sie|ihr)\s+(?:\w+\s+)?(?:lust|muße|musse)\s+(?:hast|haben|habt)",
    r"(?:ist|wäre)\s+(?:das|es)\s+(?:\w+\s+){0,2}?(?:in\s+ordnung|okay|ok|kein\s+problem)",
    r"wenn\s+es\s+(?:\w+\s+)?länger\s+dauert",
    # no hurry, said with the verb ("Es eilt überhaupt nicht", "eilt nicht")
    r"eilt\s+(?:\w+\s+){0,2}?nicht\b",
    # "Du musst nicht ausführlich antworten", "Sie müssen sich nicht melden": no obligation
    r"(?:du\s+musst|sie\s+müssen|ihr\s+müsst|du\s+brauchst|sie\s+brauchen)\s+(?:\w+\s+){0,2}?(?:nicht|nichts|keine?)\b",
)
OWNING = _rx(
    r"keine\s+(?:ausrede|entschuldigung)",
    r"(?:entschuldigt|rechtfertigt)\s+(?:es|das|nichts)\b(?:\s+\w+)?\s+nicht|(?:entschuldigt|rechtfertigt)\s+nichts",
    r"(?:meine|mein)\s+(?:eigene\w*\s+)?(?:verantwortung|fehler|schuld|versäumnis)",
    r"(?:geht|liegt)\s+(?:\w+\s+)?(?:auf\s+meine\s+kappe|bei\s+mir)",
    # (not the shrug "Was hätte ich da machen sollen?")
    r"(?:ich\s+hätte|(?<!was\s)(?<!wie\s)hätte\s+ich)\s+(?:\w+\s+){0,5}?(?:sollen|müssen|können)",
    r"ich\s+(?:übernehme|trage)\s+(?:\w+\s+){0,2}?verantwortung",
    r"ich\s+(?:habe|hab)\s+(?:\w+\s+){0,4}?(?:eingeplant|geplant|geprüft|nachgefragt)",
)
# The writer's own duty or lapse, named after the cause ("aber die Schlusskorrektur wäre meine Aufgabe gewesen", "die
# Prüfung war meine Sache", "Bescheid zu geben habe ich versäumt"): owning it as OWNING does, in other words. Apart from
# OWNING so that the second signal's OWNING feature (its key words) stays what the model was trained on.
OWNED_DUTY = _rx(
    r"(?:meine|mein)\s+(?:aufgabe|sache|pflicht|job)\b",
    r"(?:(?:habe|hab)\s+ich|ich\s+(?:habe|hab))\s+(?:\w+\s+){0,4}?(?:versäumt|verpasst|vergessen|verschlafen|verbockt|"
    r"verschlampt|übersehen)",
)

GO_AROUND = _rx(
    # behind someone's back, whoever they are ("ohne dass mein Teamleiter es mitbekommt")
    r"ohne\s+dass\s+(?:[\w-]+\s+){1,3}?(?:es\s+|das\s+|davon\s+)?(?:mitbekommt|mitkriegt|erfährt|weiß|merkt)",
    r"an\s+(?:deinem|deiner|ihrem|ihrer|seinem|dem|der)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|hr|personalabteilung|"
    r"manager\w*|prozess|bewerbungsprozess|portal|recruit\w*)\s+vorbei",
    r"(?:über\s+)?(?:den\s+)?kopf\s+(?:deines|deiner|ihres|ihrer|seines)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|manager\w*)",
    r"(?:prozess|portal|bewerbung\w*|hr|test|assessment|runde|gespräche?|auswahlverfahren|warteschlange)\s+"
    r"(?:zu\s+)?(?:überspringen|umgehen|auslassen)",
    r"(?:überspring|umgeh)\w*\s+(?:\w+\s+){0,2}?(?:prozess|portal|test|hr|assessment|bewerbung\w*)",
    r"(?:den|die|ihn|deinen|deine|euren|eure|ihren|seinen|seine)\s+(?:[\w-]+\s+)?(?:einfach\s+|mal\s+|kurz\s+)?"
    r"(?:überspringen|übergehen|umgehen|übergehst|überspringst)",
    r"ohne\s+(?:\w+\s+){0,2}?(?:hr|personalabteilung|bewerbungsportal|portal|prozess|ausschreibung|assessment\w*|"
    r"eignungstest|test|vorstellungsgespräch|bewerbungsgespräch|auswahlverfahren|probearbeit\w*|probefahrt|probetag|"
    r"probelektion|arbeitsprobe)",
    r"hinter\s+(?:dem\s+)?rücken",
    r"(?:statt|anstatt|anstelle)\s+(?:über|durch|via)\b",
    r"direkt\s+(?:\w+\s+){0,2}?(?:letzte|finale)\s+runde",
    r"(?:ganz\s+)?oben\s+auf\s+(?:den|dem)\s+stapel",
    r"(?:schauen|sorgen|zusehen|machen)\s*,?\s+dass\s+ich\s+(?:[\w-]+\s+){0,4}?(?:krieg\w*|bekomm\w*|genommen\s+werde|"
    r"eingestellt\s+werde|reinkomm\w*)",
    r"(?:schauen|sorgen|zusehen|aufpassen)\s*,?\s+dass\s+meine\s+(?:bewerbung|unterlagen|kandidatur|akte)",
    r"(?:fäden|strippen)\s+(?:für\s+mich\s+)?ziehen|(?:beziehungen|kontakte|connections)\s+(?:für\s+mich\s+)?spielen\s+lassen|"
    r"hebel\s+in\s+bewegung",
    r"(?:bewerbung|lebenslauf|cv|unterlagen|antrag)\s+(?:[\w-]+\s+){0,4}?(?:nach\s+vorne|nach\s+oben|vorziehen|vorschieben|"
    r"bevorzug\w*|priorisier\w*|schneller\s+bearbeiten|durchwinken)",
    r"ohne\s+(?:ihm|ihr|ihnen|deinem\s+chef|deiner\s+chefin|dem\s+chef|der\s+chefin|hr)\s+(?:etwas\s+|was\s+|davon\s+)?"
    r"(?:zu\s+)?(?:sagen|erzählen|bescheid)",
    r"ohne\s+dass\s+(?:[\w-]+\s+){1,3}?(?:es\s+|das\s+|davon\s+|etwas\s+)?(?:merkt|weiß|erfährt|mitbekommt)",
    r"(?:an\s+(?:der|dem|den|deinem|deiner|ihrem|ihrer|seinem|seiner|eurem|eurer)|am)\s+(?:[\w-]+\s+)?[\w-]+\s+vorbei\b"
    r"(?!\s*(?:kommen|schauen|bringen|fahren|gehen|laufen))",
    r"direkt\s+(?:[\w-]+\s+){0,3}?(?:auf\s+(?:den|dem|ihren|seinen|deren)\s+(?:schreib)?tisch|in\s+die\s+hand)",
    r"(?:offiziell|eigentlich)\s+(?:läuft|geht|muss)\s+(?:\w+\s+){0,3}?über\s+(?:die|das|den)\s+[\w-]+\s*,?\s*aber",
    r"bevor\s+(?:die\s+|das\s+)?(?:hr|personalabteilung|recruiting|recruiter\w*|(?:dein|euer|ihr)\w*\s+chef\w*)\s+",
    # the CV handed straight to a manager, past the portal or the recruiter ("meinen Lebenslauf direkt an …",
    # "damit ich nicht durchs Bewerbungsportal muss", "ohne den Umweg über das Bewerberportal")
    r"(?:lebenslauf|cv|bewerbung|unterlagen|bewerbungsunterlagen)\s+(?:[\w-]+\s+)?direkt\s+(?:an\s+)?(?:deinen|deine|"
    r"deinem|euren|eure|eurem|ihren|ihre|ihrem)\b",
    r"(?:lebenslauf|cv|bewerbung|unterlagen|bewerbungsunterlagen)\s+(?:[\w-]+\s+){0,2}?direkt\s+an\s+(?:ihn|sie|ihm|ihr)\s+"
    r"(?:[\w-]+\s+)?(?:geben|weiterleiten|weitergeben|schicken|reichen)",
    r"(?:nicht|ohne)\s+(?:den\s+umweg\s+)?(?:über\s+|durch\s+|durchs\s+|im\s+|ins\s+|beim\s+)?(?:das\s+|den\s+|die\s+)?"
    r"[\w-]*(?:portal|recruiting|recruiter\w*|personalabteilung|hr-abteilung|bewerbungsprozess|auswahlverfahren|"
    r"ausschreibung)",
    r"(?:recruiter\w*|personalabteilung|hr|portal|bewerbungsportal|bewerberportal|prozess|bewerbungsprozess)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:sparen|umgehen|überspringen|auslassen)",
    r"(?:chef\w*|vorgesetzt\w*|manager\w*|teamleit\w*|bereichsleit\w*|hr|personalabteilung)\s+(?:muss|braucht|soll)\s+"
    r"(?:\w+\s+){0,2}?(?:nicht|nichts)\s+(?:\w+\s+)?(?:wissen|erfahren|mitbekommen)",
)
CONFIDENTIAL = _rx(
    r"vertraulich\w*",
    r"intern\w*\s+(?:\w+\s+){0,2}?(?:dokument\w*|unterlagen|zahlen|daten|gehalt\w*|liste\w*|memo\w*|bericht\w*|pläne|roadmap|"
    r"strategie\w*|preise|präsentation\w*|protokoll\w*|checkliste\w*|leitfäden|leitfaden|vorlage\w*|handbuch\w*|"
    r"richtlinie\w*|briefing\w*|schulungsunterlagen|kalkulation\w*)",
    r"gehalts(?:bänder|band|stufen|spanne\w*|tabelle\w*|daten)\w*",
    r"lohn(?:bänder|band|tabelle)\w*",
    # STRUCTURE (round 8): internal material named and asked to be passed on in one sentence ("Sie hatten die internen
    # Leitfäden erwähnt – könnten Sie mir die kurz rüberschicken?")
    r"intern(?:e|en|es|er)\s+[\w-]+[^.!?\n]{0,120}?\b(?:schick|rüberschick|weiterleit|zeig|zukommen\s+lass|mail|"
    r"send|weitergeb|geb)\w*",
    r"(?:was|wie\s+viel)\s+(?:frau|herr|der|die|mein\w*|dein\w*|euer\w*|unser\w*|ihr\w*)\s+(?:[\w-]+\s+){0,3}?(?:verdient|"
    r"verdienen|bekommt|kriegt)",
    r"(?:zugriff|zugang)\s+(?:auf|zu)\s+(?:die|das|den|eure\w*|deine\w*|ihre\w*)\s+[\w-]*(?:daten\w*|datenbank\w*|"
    r"system\w*|akten|listen?|ordner|laufwerk)",
    r"[\w-]*(?:bewertungsmatrix|bewertungsbogen|bewertungsschema|punkteschema)\w*",
    r"zugangsdaten|passw(?:o|ö)rt(?:er)?|login-daten|logindaten",
    r"(?:was|wie\s+viel)\s+(?:[\w-]+\s+){0,4}?(?:gezahlt|bezahlt|verdient)\s+wird",
    r"(?:was|wie\s+viel)\s+(?:zahlt|zahlen|bezahlt|bezahlen)\s+(?:eure|ihre|deine|euer|ihr|dein|die|der)\b",
    r"wer\s+(?:\w+\s+){0,4}?(?:gekündigt|entlassen|abgebaut|gestrichen|gehen\s+muss|gehen\s+müssen)",
    r"liste\s+(?:für|der)\s+(?:die\s+)?(?:kündigungen|entlassungen|den\s+stellenabbau)",
    r"(?:wer\s+sonst\s+noch|die\s+anderen\s+(?:bewerber\w*|kandidat\w*))\s+(?:\w+\s+){0,3}?(?:beworben|eingeladen)",
    r"(?:liste|namen|unterlagen|daten|profile|lebensläufe)\s+(?:der|aller|von\s+den)\s+(?:\w+\s+)?(?:bewerber\w*|"
    r"kandidat\w*|interessent\w*|mitbewerber\w*)",
    r"(?:was|wie\s+viel)\s+(?:\w+\s+){0,3}?(?:die\s+anderen|andere\s+\w+)\s+verdien\w*",
    r"(?:welche|die)\s+(?:interview)?fragen\s+(?:\w+\s+){0,4}?(?:stellen\s+wird|stellen\s+werden|kommen\s+werden)",
    r"unter\s+der\s+hand",
    r"inoffiziell",
    r"bevor\s+(?:es|das)\s+(?:\w+\s+)?(?:bekannt|öffentlich|offiziell)",
    r"(?:niemand|keiner)\s+muss\s+(?:das\s+|es\s+|davon\s+)?wissen",
    # who else is in the running, what is budgeted, what others earn or charge, plans not yet announced
    r"(?:aufgaben|fragen|unterlagen|lösungen|fälle|fallstudie\w*)\s+(?:aus|vom|von\s+der|des|der)\s+(?:dem\s+)?"
    r"(?:[\w-]+\s+)?(?:assessment|auswahl|test|prüfung|interview|vorstellungsgespräch|eignungstest)\w*",
    r"[\w-]*(?:kunden|eigentümer|mandanten|lieferanten|bieter|interessenten|mitglieder|adress|patienten)(?:liste|listen|"
    r"daten|datei|kartei|datenbank|kontakte)\w*",
    r"(?:welche|was)\s+(?:[\w-]+\s+){0,4}?(?:eure|deine|ihre)\s+(?:firma|abteilung|chef\w*|geschäftsleitung|bank|agentur|"
    r"kanzlei|team|konzern|vorstand)\s+(?:[\w-]+\s+){0,4}?(?:plant|planen|bietet|bieten|vorhat|vorhaben|kauft|kaufen|"
    r"übernimmt|übernehmen|investiert|ausschreibt|streicht)",
    r"intern\w*\s+(?:[\w-]+\s+)?(?:wiki|laufwerk|system\w*|tool\w*|datenbank\w*|sharepoint|intranet|confluence|ordner|"
    r"chat\w*|kanal|kanäle)",
    r"zugang\s+zu\s+(?:eurem|deinem|ihrem|euren|deinen|ihren|dem|der|eurer|deiner|ihrer)\s+(?:internen?\s+)?[\w-]+",
    r"[\w-]*(?:bewerbermanagement|bewerbertool|bewerbungssystem|personalsystem|hr-system)\w*",
    r"(?:nachschauen|nachsehen|checken|gucken|schauen)\s*,?\s+(?:wie\s+weit|wie\s+es\s+um|was\s+mit|wo)\s+meine[rm]?\s+"
    r"bewerbung",
    r"(?:notizen|protokoll\w*|unterlagen|folien|präsentation\w*|zahlen|mails?|dokumente?)\s+(?:aus|von|vom|der|des)\s+"
    r"(?:der\s+|dem\s+|des\s+)?(?:letzten\s+|internen\s+|jüngsten\s+)?[\w-]*(?:sitzung|meeting|klausur|strategietag|vorstand\w*|geschäftsleitung|führungskreis|"
    r"aufsichtsrat\w*|betriebsrat\w*)",
    r"(?:wer|welche\w*)\s+(?:sonst\s+)?(?:noch\s+)?(?:[\w-]+\s+){0,8}?(?:engeren\s+auswahl|shortlist|im\s+rennen|"
    r"beworben|eingeladen|kandidat\w*)",
    r"intern\s+(?:[\w-]+\s+){0,3}?(?:freigegeben|budgetiert|geplant|vorgesehen|besprochen|entschieden|festgelegt|bewertet|"
    r"eingeschätzt|diskutiert|gerankt)",
    r"(?:die\s+anderen|andere[nr]?|übrigen|restlichen)\s+(?:bewerber\w*|kandidat\w*|interessent\w*|agenturen|anbieter|"
    r"bewerbungen|einreichungen|angebote|entwürfe|teilnehmer\w*)",
    r"bevor\s+(?:sie|es|er|die\s+\w+|das\s+\w+|der\s+\w+)\s+(?:\w+\s+)?(?:publiziert|veröffentlicht|ausgeschrieben|"
    r"bekannt\s*gegeben|offiziell|rausgeht|online\s+geht|verkündet)",
    r"vor\s+(?:der|dem|ihrer|seiner|eurer)\s+(?:offiziellen\s+)?(?:veröffentlichung|ausschreibung|bekanntgabe|freigabe|"
    r"ankündigung|verkündung)",
    r"(?:eure|deine|ihre|eurer|deiner|ihrer)\s+(?:[\w-]+\s+)?[\w-]*(?:kalkulation|konditionen|preisliste|budgetplanung|"
    r"umsatzzahlen|verträge|vertragsentwürfe|gehaltsliste|strategiepapier|roadmap)\w*",
    r"(?:wie\s+viel|was)\s+(?:[\w-]+\s+){0,5}?(?:eingeplant|budgetiert|vorgesehen|veranschlagt)",
    r"(?:was|wie\s+viel)\s+(?:die|andere|eure|deine|ihre)\s+(?:anderen\s+)?(?:[\w-]+\s+){0,5}?(?:verdien\w*|bekommen|"
    r"verlangen|kriegen|zahlen|bieten|anbieten)",
    r"(?:vorab|vorher|schon\s+jetzt)\s+(?:[\w-]+\s+){0,2}?(?:stecken|verraten|durchgeben|zuspielen|schicken|weiterleiten)",
    r"(?:mir|uns)\s+(?:\w+\s+){0,2}?(?:stecken|zuspielen)",
    r"(?:von|vom)\s+(?:der\s+|dem\s+)?(?:umstrukturierung|restrukturierung|stellenabbau|entlassungen|sparprogramm|"
    r"kündigungswelle|reorganisation)\w*\s+(?:\w+\s+)?betroffen",
)
VOUCH = _rx(
    r"(?:als\s+)?referenz\w*",
    r"(?:ein\s+)?gutes\s+wort",
    r"bürgen",
    r"empfehl\w*",
    r"(?:sag|sagen\s+sie)\s+(?:ihr|ihm|ihnen),?\s+dass",
    r"für\s+(?:ihn|sie|mich)\s+(?:stark\s+machen|einsetzen|verbürgen)",
    # a claim about the writer put in their mouth ("du kannst ihm ja sagen, dass ich gut bin")
    r"(?:sagen|schreiben|erwähnen|betonen|ausrichten|sagst|schreibst)\s*,?\s+dass\s+ich\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gut|zuverlässig|super|top|kompetent|fleißig|richtige|geeignet|ideal|perfekt|der\s+beste|die\s+beste)\w*",
    r"dass\s+(?:du|sie)\s+mein\w*\s+(?:[\w-]+\s+){1,2}?(?:\w+\s+)?kenn\w*",
    r"(?:erzählen|sagen|schreiben|behaupten|bestätigen|erzählst|sagst)\s*,?\s+dass\s+wir\b",
    r"(?:sagen|schreiben|erzählen|bestätigen|bescheinigen)\s*,?\s+dass\s+(?:du|sie)\s+(?:mein\w*|mich)\b",
    r"(?:rein|hinein|dazu)?schreib\w*\s*,?\s+dass\s+ich",
    r"(?:bestätigen|bescheinigen)\s*,?\s+dass\s+ich",
    r"zeugnis\w*",
    r"dass\s+ich\s+(?:[\w-]+\s+){0,5}?(?:geleitet|verantwortet|aufgebaut|entwickelt|organisiert|gemanagt)\s+(?:habe|hab|hatte)",
    # the claim, with or without "dass" ("könnten Sie sagen, dass ich sehr gründlich arbeite", "kannst du ihr sagen,
    # ich bin die beste …")
    r"(?:sagen|schreiben|erwähnen|betonen|sagst|schreibst)\s*,?\s+(?:dass\s+)?ich\s+(?:[\w-]+\s+){0,3}?(?:gründlich|"
    r"sorgfältig|engagiert|belastbar|zuverlässig|fleißig|kompetent|genau|die\s+beste|der\s+beste|gut)\w*",
    r"(?:sagen|sagst|schreiben|schreibst)\s*,\s+ich\s+(?:bin|sei|wäre|kann|hätte)\b",
)
CANNOT_JUDGE = _rx(
    r"(?:nie|nicht|noch\s+nie|kaum)\s+(?:\w+\s+){0,3}?(?:zusammengearbeitet|zusammen\s+gearbeitet|kennengelernt)",
    r"(?:meine|ihre|seine|deren)\s+arbeit\s+(?:\w+\s+){0,2}?(?:nie|nicht|kaum)",
    r"(?:nie|nicht|kaum)\s+(?:\w+\s+){0,2}?(?:meine|ihre|seine)\s+arbeit",
    r"(?:kennst|kennen|kennt)\s+(?:\w+\s+){0,2}?(?:nicht|kaum)",
    r"(?:nur|kaum|bloß)\s+(?:\w+\s+)?flüchtig",
    r"kennen\s+uns\s+(?:ja\s+)?(?:nur|kaum|bloß)\b",
    r"(?:kennst|kennen|kennt)\s+mich\s+(?:zwar\s+|ja\s+)?(?:nur|kaum|bloß)\b",
    r"(?:nachprüfen|prüfen|checken|kontrollieren)\s+(?:\w+\s+){0,3}?(?:eh|doch|sowieso)\s+nicht",
    r"(?:prüft|checkt|merkt|kontrolliert)\s+(?:\w+\s+){0,2}?(?:eh|doch|sowieso)\s+(?:keiner|niemand|nicht)",
    r"klingt\s+(?:\w+\s+)?besser",
    r"erst\s+(?:\w+\s+){0,3}?dazugekommen",
    r"(?:niemand|keiner)\s+wird\s+(?:es\s+|das\s+)?(?:merken|erfahren|prüfen|nachprüfen)",
    r"(?:ist|war)\s+(?:zwar\s+)?(?:nicht\s+ganz\s+so|so\s+nicht|nicht\s+ganz\s+richtig|nicht\s+wahr|geflunkert|gelogen)",
    r"nicht\s+ganz\s+(?:so\s+gewesen|richtig|wahr|korrekt|die\s+wahrheit)",
    # a claim they cannot know is true, or one nobody will check
    r"(?:merkt|prüft|checkt|weiß|sieht)\s+(?:doch\s+|eh\s+|ja\s+)?(?:keiner|niemand)",
    r"(?:warst|waren|war)\s+(?:\w+\s+){0,2}?(?:erst\s+)?(?:nach\s+mir|nicht\s+dabei|nie\s+dabei)",
    # asked to write that they know the writer's work: had they seen it, nobody would script it for them
    r"(?:schreib\w*|sag\w*|erwähn\w*)\s*,?\s+(?:\w+,?\s+){0,3}?dass\s+(?:du|sie)\s+mein\w*\s+(?:[\w-]+\s+){1,2}?(?:\w+\s+)?"
    r"kenn\w*",
    r"(?:nie|noch\s+nie|nicht|nix|nichts)\s+(?:\w+\s+){0,2}?(?:mit\s+mir\s+|von\s+mir\s+)?(?:gearbeitet|erlebt|gesehen)",
    r"(?:waren|warst|war)\s+(?:\w+\s+)?(?:zwar\s+)?(?:nie|noch\s+nie|nicht)\s+(?:\w+\s+){0,3}?(?:bei\s+mir|dabei|vor\s+ort)",
    r"mein\w*\s+(?:cousin\w*|bruder|schwester|freund\w*|sohn|tochter|partner\w*|frau|mann|neffe|nichte|mitbewohner\w*|"
    r"nachbar\w*|schwager|schwägerin)",
)
REFUSAL = _rx(
    r"(?:schreib|schreiben|kontaktier|kontaktieren|meld|melden|ruf|rufen)\w*\s+(?:sie\s+)?(?:mir|mich|sich)\s+"
    r"(?:bitte\s+)?nicht\s+mehr",
    r"kein\s+interesse",
    r"(?:kann|werde|möchte|will)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+){0,2}?(?:empfehlen|weiterempfehlen|helfen|"
    r"vorstellen|vermitteln|weiterleiten|zusagen|übernehmen|bürgen)",
    r"(?:ich\s+muss|muss\s+ich)\s+(?:\w+\s+)?(?:absagen|ablehnen|passen|nein\s+sagen)",
    r"nein,?\s+danke",
    r"(?:ich|wir)\s+(?:empfehle|empfehlen)\s+(?:grundsätzlich\s+)?(?:keine|niemanden)",
    r"(?:entfernen|streichen)\s+sie\s+mich",
    # "Lass mich damit in Ruhe", "Kein Bedarf", "Bitte nicht weiter anfragen", "Fragen Sie mich nicht mehr"
    r"(?:lass|lasst|lassen\s+sie)\s+mich\s+(?:[\w-]+\s+){0,6}?in\s+ruhe",
    r"kein(?:en)?\s+bedarf",
    r"(?:nicht|nie)\s+(?:mehr|weiter|wieder)\s+(?:\w+\s+)?(?:anfragen|anschreiben|kontaktieren|anrufen|schreiben|"
    r"fragen|melden)",
    r"(?:frag|fragt|fragen\s+sie|schreib|schreibt|schreiben\s+sie)\s+mich\s+(?:bitte\s+)?(?:\w+\s+)?nicht\s+"
    r"(?:mehr|wieder)",
    r"keine\s+(?:weiteren\s+)?(?:anfragen|nachrichten|mails|e-mails)\s+mehr",
    r"keine\s+weiteren\s+(?:anfragen|nachrichten|mails|e-mails)",
    r"ich\s+(?:\w+\s+)?(?:mache|gebe|schreibe|spreche|vergebe)\s+(?:grundsätzlich\s+|prinzipiell\s+)?keine\s+"
    r"(?:empfehlungen|referrals|vorstellungen|intros|gefälligkeiten)",
    r"(?:sehe|sehen)\s+(?:mich|uns)\s+(?:\w+\s+)?nicht\s+in\s+der\s+lage",
    r"kommt\s+(?:für\s+mich\s+)?nicht\s+in\s+frage",
    r"(?:nehmen\s+sie|nimm|nehmt)\s+mich\s+(?:bitte\s+)?(?:aus|von)\s+(?:ihrem|deinem|eurem|dem|der|ihrer|deiner)\s+"
    r"(?:[\w-]+\s+)?(?:verteiler|liste|newsletter|mailingliste|kartei)",
    r"(?:danke|merci)\s*,?\s+aber\s+nein",
    r"(?:bin|sind)\s+(?:dafür\s+|hier\s+)?nicht\s+(?:zuständig|die\s+richtige|der\s+richtige|die\s+richtigen)",
    r"in\s+der\s+adresse\s+geirrt",
    r"nicht\s+mein\s+(?:problem|bier|ding|thema)",
    r"geht\s+mich\s+nichts\s+an",
    r"(?:helfe|empfehle|vermittle|unterstütze)\s+(?:grundsätzlich\s+|prinzipiell\s+|generell\s+)?(?:keinen?|niemandem|"
    r"niemanden)\b",
    r"(?:ist|wäre|klingt)\s+(?:leider\s+)?nichts\s+für\s+mich",
    r"unterlassen\s+sie\s+(?:\w+\s+)?(?:weitere|jegliche|künftige)",
    r"(?:weitere|künftige|jegliche)\s+(?:kontaktversuche|kontaktaufnahmen|anfragen|nachrichten|anrufe)",
    r"(?:beantworte|bearbeite|unterstütze|mache|gebe|nehme|empfehle)\s+ich\s+(?:grundsätzlich\s+|prinzipiell\s+|"
    r"generell\s+)?(?:nicht|keine)\b",
    r"(?:dafür|für\s+so\s*was|für\s+sowas|für\s+solche\s+\w+)\s+(?:habe|hab)\s+ich\s+(?:\w+\s+)?keine\s+zeit",
    r"(?:das|so\s*was|sowas)\s+(?:mache|mach|tue)\s+ich\s+(?:grundsätzlich\s+)?nicht",
    r"^\s*nein(?=\s*[,.!])",
    # a recommendation refused as a plain statement ("Eine Empfehlung kann ich nicht aussprechen", "Eine Empfehlung
    # ist nicht möglich", "ich empfehle Sie nicht")
    r"(?:empfehlung|referenz|vorstellung|weiterleitung|fürsprache)\s+(?:[\w-]+\s+){0,3}?(?:nicht\s+möglich|"
    r"kann\s+ich\s+(?:\w+\s+){0,2}?nicht|werde\s+ich\s+(?:\w+\s+){0,2}?nicht|gibt\s+es\s+(?:\w+\s+)?nicht)",
    r"ich\s+(?:empfehle|vermittle|unterstütze)\s+(?:sie|dich|euch|ihn)\s+nicht\b",
    # "Ruf hier bitte nicht mehr an", "Nix für mich", "Dafür stehe ich nicht zur Verfügung"
    r"(?:ruf|rufen|rufst|ruft)\s+(?:[\w-]+\s+){0,3}?nicht\s+(?:mehr|wieder)\s+an\b",
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))(?:nix|nichts)\s+für\s+mich",
    r"(?:stehe|stehen)\s+(?:ich|wir)\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?zur\s+verfügung",
    # the writer's own verb of refusing, in either word order ("das lehne ich ab", "Ihr Anliegen muss ich
    # zurückweisen", "von einer Empfehlung sehe ich ab", "Da bin ich raus")
    r"(?:lehne|lehnen|winke|winken|blocke|blocken)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,3}?ab\b",
    r"(?:ich|wir)\s+(?:lehne|lehnen|winke|winken|blocke|blocken)\s+(?:[\w-]+\s+){1,5}?ab\b",
    r"(?:muss|müssen|werde|werden)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,3}?(?:zurückweisen|ablehnen|absagen)",
    r"(?:weise|weisen)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,3}?zurück\b",
    r"(?:sehe|sehen)\s+(?:ich|wir)\s+(?:[\w-]+\s+){0,3}?ab\b",
    r"(?:bin|sind)\s+(?:ich|wir)\s+(?:da\s+|hier\s+)?raus\b",
    r"(?:ich|wir)\s+(?:bin|sind)\s+(?:da\s+|hier\s+)?raus\b",
    # no more contact, asked for in any mood ("Hören Sie auf, mir zu schreiben", "Streich mich von der Liste", "von
    # weiteren Anfragen bitte ich abzusehen", "Ich möchte nicht mehr kontaktiert werden")
    r"(?:hör|hört|hören\s+sie)\s+(?:bitte\s+)?auf\s*,?\s+(?:mir|mich|uns)\s+(?:[\w-]+\s+){0,3}?(?:zu\s+)?(?:schreiben|"
    r"kontaktieren|anzuschreiben|anzurufen|nerven|belästigen)",
    r"(?:streich|streicht|streichen\s+sie)\s+mich\s+(?:[\w-]+\s+){0,3}?(?:von|aus)\b",
    r"(?:von|vor)\s+(?:weiteren|künftigen|solchen|derartigen)\s+[\w-]+\s+(?:[\w-]+\s+){0,6}?(?:abzusehen|absehen|"
    r"abstand)",
    r"(?:sehen|seht|sieh)\s+(?:sie\s+)?(?:bitte\s+)?(?:davon\s+ab|von\s+(?:[\w-]+\s+){1,5}?ab)\b",
    # the writer taken off a list or out of the contacts, in any mood ("mich aus Ihren Kontakten zu löschen")
    r"(?:mich|meine\s+(?:[\w-]+\s+)?(?:daten|kontaktdaten|adresse|e-mail-adresse|mailadresse|nummer|angaben))\s+"
    r"(?:[\w-]+\s+){0,5}?(?:zu\s+)?(?:löschen|entfernen|austragen|streichen)\b",
    # contact stopped by an imperative, any verb of contact, "mehr", "wieder" or "erneut" ("Schreiben Sie mir bitte
    # nicht wieder", "meld dich nie mehr")
    r"(?:(?:schreiben|melden|rufen|fragen|kontaktieren|mailen|belästigen)\s+sie|schreib|schreibt|meld|meldet|ruf|ruft|"
    r"frag|fragt|kontaktier|kontaktiert)\s+(?:mir\s+|mich\s+|uns\s+|sich\s+|dich\s+|euch\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:nicht|nie)\s+(?:mehr|wieder|erneut)\b",
    r"(?:anfragen|nachrichten|mails|e-mails)\s+(?:dieser|solcher)\s+art\s+(?:[\w-]+\s+){0,4}?(?:abstand|"
    r"abzusehen|absehen|unterlassen|nicht|keine)",
    r"nicht\s+mehr\s+(?:kontaktiert|angeschrieben|angerufen|angefragt|angemailt)",
    # dieselbe Absage noch einmal: "Die Antwort bleibt dieselbe", "meine Antwort ist nach wie vor nein"
    r"(?:die|meine|unsere)\s+antwort\s+(?:bleibt|ist\s+(?:weiterhin|immer\s+noch|nach\s+wie\s+vor|noch\s+immer))\s+"
    r"(?:dieselbe|die\s+gleiche|dieselbe\s+wie|nein|unverändert)",
)
# A no that is one only in a short reply that asks nothing (lint_parse reads it there and nowhere else): the
# writer's own act negated, in either word order ("Brauch ich nicht.", "Das übernehme ich nicht.", "Ich nehme keine
# Anfragen dieser Art an", "Dem kann ich nicht nachkommen"), or a no said without a person ("Passt nicht.", "Geht
# nicht.", "Daraus wird nichts.", "Nö.", "Ne, lass mal."). A verb of knowing or remembering is not a no ("Das habe
# ich nicht gewusst", "Ich weiß nicht, ob …").
_NEG = r"(?:nicht|nichts|nix|kein\w*|nie|niemals)"
# what is negated is knowing, noticing or getting, not doing ("… nicht gewusst", "… nicht bekommen")
_NOT_KNOWING = (
    # (nor "nichts dafür": "Da kann ich nichts für" shrugs off a fault, it refuses nothing)
    r"(?!\s+(?:dafür|für)(?=\s*[.!,]|\s*$))(?!\s+dafür\b)(?!(?:[\w-]+\s+){0,3}?(?:gewusst|gesehen|gemerkt|mitbekommen|vergessen|verstanden|gedacht|geglaubt|bekommen|"
    r"erhalten|gelesen|geschafft|erreicht|gefunden|sicher|erinnern|erwartet)\b)"
)
# a past act (what went wrong, in an apology) is no refusal: "Da konnte ich nicht früher liefern"
_PAST = r"konnte|wollte|durfte|sollte|musste|hab|habe|hatte|war|wurde"
# after a leading "ich": a verb of knowing or being, a past form or an article is no act refused
_NOT_AN_ACT = (
    rf"(?:weiß|weiss|wusste|weißt|glaube|denke|verstehe|erinnere|kenne|finde|hoffe|bin|{_PAST}|der|die|das|dem|den|es)"
)
# a clause that is not the main one ("…, dass ich gestern nicht da war")
_SUBORDINATE = r"(?:dass|ob|wenn|weil|als|wie|damit|bevor|nachdem|obwohl|falls|sodass|wo|was)"
_CLAUSE_START = r"(?:(?<=^)|(?<=\n)|(?<=[.!?,;:]\s)|(?<=\bund\s)|(?<=\baber\s))"
SHORT_REFUSAL = _rx(
    # subject first: "Ich nehme keine Anfragen dieser Art an", "ich mache keine Empfehlung für Sie"
    rf"{_CLAUSE_START}ich\s+(?!{_NOT_AN_ACT}\b)[\w-]+\s+(?:[\w-]+\s+){{0,4}}?{_NEG}\b{_NOT_KNOWING}",
    # verb second, the object in front: "Brauch ich nicht", "Dem kann ich nicht nachkommen"
    rf"(?!(?:{_NOT_AN_ACT}|{_SUBORDINATE})\b)[\w-]+\s+ich\s+(?:[\w-]+\s+){{0,3}}?{_NEG}\b{_NOT_KNOWING}",
    # a no said without a person
    r"(?:passt|geht|klappt|funktioniert)\s+(?:mir\s+|bei\s+mir\s+|für\s+mich\s+)?(?:gar\s+|so\s+)?nicht(?=\s*[,.!]|\s*$)",
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,]\s))(?:daraus\s+|das\s+|des\s+|da\s+)?wird\s+(?:wohl\s+|leider\s+)?(?:nix|nichts)",
    # the writer's own verb of declining, with no object ("Ich verzichte.", "Da passe ich."), and a state that says no
    # ("für Empfehlungen bin ich nicht zu haben", "ich bin dafür nicht bereit")
    r"(?:ich\s+(?:[\w-]+\s+)?(?:verzichte|passe)|(?:verzichte|passe)\s+ich)\b",
    r"(?:ich\s+bin|bin\s+ich|wir\s+sind|sind\s+wir)\s+(?:[\w-]+\s+){0,3}?(?:nicht|kein\w*)\s+(?:zu\s+haben|bereit|"
    r"verfügbar|interessiert|die\s+richtige|der\s+richtige)",
    r"(?:ist|wäre)\s+(?:bei\s+mir|für\s+mich|da)\s+nicht\s+drin",
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,]\s)|(?<=\baber\s))(?:nein|nö|nee|ne|nei|nope)(?=\s*[,.!]|\s*$)",
    r"(?:kommt|wird)\s+(?:[\w-]+\s+)?nicht\s+zustande",
    r"lass(?:t|en\s+sie)?\s+(?:mal|es)(?=\s*[,.!]|\s*$)",
    # die eigene Bedingung als nicht erfüllt erklärt: "…nur Leute, deren Arbeit ich kenne. Das ist hier nicht der Fall."
    r"(?:das|dies)\s+ist\s+(?:hier|bei\s+\w+(?:\s+beiden)?|in\s+\w+\s+fall)\s+nicht\s+der\s+fall",
)
# In a message written as a decline (lint_parse.DECLINE_SITUATIONS), the words that carry the no: any negation, dialect
# ones too ("des mach i ned"), or a verb or noun of refusing ("nehme ich Abstand", "eine Absage").
DECLINE_STATEMENT = _rx(
    r"nicht|nichts|nix|ned|net|nimmer|kein\w*|nie|niemals|nein|nö|nee|nope",
    r"(?:ablehn|abgelehnt|absag|abgesagt|verzicht|zurückweis|zurückgewiesen)\w*|abstand|absehen|absage\w*",
)
KIND_DECLINE = _rx(
    r"dank\w*",
    r"viel\s+(?:erfolg|glück)",
    r"alles\s+gute",
    r"wünsche\s+(?:dir|ihnen)",
    r"was\s+ich\s+(?:aber\s+)?(?:tun|machen|anbieten)\s+kann",
    r"stattdessen",
    r"gerne?",
    r"leider",
    r"tut\s+mir\s+leid",
    r"weil",
    r"da\s+ich",
    r"denn",
    # something instead: another person or way ("aber frag doch mal Jana", "wende dich an", "versuch es bei")
    r"aber\s+(?:frag|fragt|fragen\s+sie|wende|wenden\s+sie|schreib|schreiben\s+sie|versuch|versuchen\s+sie|meld|"
    r"melden\s+sie)\w*",
    r"(?:wende|wenden)\s+(?:dich|sie\s+sich|euch)\s+(?:[\w-]+\s+){0,3}?an\b",
    # a reason put as the writer's state ("wir sind mitten in der Produktion", "ich bin bis März ausgebucht")
    r"(?:ich\s+bin|wir\s+sind|bin\s+ich|sind\s+wir)\s+(?:[\w-]+\s+){0,5}?(?:mitten|ausgelastet|ausgebucht|"
    r"unterwegs|elternzeit|urlaub|krank|überlastet)",
    r"(?:nicht\s+drin|nicht\s+möglich|nicht\s+machbar)\s*(?:,|;|:|\s[–-])\s*(?:weil|da|denn|ich\s+(?:bin|habe|hab|stecke|sitze|"
    r"arbeite)|wir\s+(?:sind|haben|stecken))\b",
    r"(?:ich\s+(?:stecke|sitze)|(?:stecke|sitze)\s+ich|wir\s+(?:stecken|sitzen)|(?:stecken|sitzen)\s+wir)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|an|mitten|über)\b",
    # STRUCTURE (round 9): the no, and its reason in the next clause ("bis Ostern keine Kapazität, ich sitze an …",
    # "keine Luft – wir stecken …")
    r"(?:keine|kein)\s+(?:kapazität\w*|zeit|luft|spielraum|raum|möglichkeit)\b[^.!?\n]{0,40}?(?:,|;|:|\s[–-])\s*"
    r"(?:weil|da|denn|ich|wir)\b",
    # eine Einschränkung samt Grund (Regel 10: "ich empfehle nur Leute, mit denen ich gearbeitet habe" ist ein Grund),
    # die Arbeit des Lesers nicht gekannt ("ich kenne Ihre Arbeit nicht", "wir haben nie zusammengearbeitet"), und ein
    # Grund mit "deshalb", "daher"; eine Regel allein bleibt knapp ("ich empfehle keine Leute, die ich nicht kenne"),
    # ebenso den Leser nicht zu kennen ("Nein. Ich kenne Sie nicht.")
    r"(?:ich|wir)\s+(?:empfehle|empfehlen|schlage|schlagen|stelle|stellen|vermittle|vermitteln|leite|leiten|reiche|"
    r"reichen|nehme|nehmen)\s+(?:\w+\s+){0,2}?nur\b",
    r"kenne\s+(?:ihre|deine|eure)\s+(?:\w+\s+)?(?:arbeit\w*|projekte|code|texte|entwürfe|portfolio|mappe)\s+"
    r"(?:\w+\s+)?nicht",
    r"(?:nie|noch\s+nie|nicht)\s+(?:\w+\s+)?zusammengearbeitet",
    # ("darum" is left out: "ich bitte darum, mich … zu löschen" asks)
    r"deshalb|daher|aus\s+diesem\s+grund",
)
SENIOR = _rx(
    # the reader's standing meeting with someone is with their superior ("Jour fixe mit deiner Abteilungsleiterin")
    r"(?:jour\s+fixe|mitarbeitergespräch|einzelgespräch|one-on-one)\s+mit\s+[\w-]+",
    r"ceo",
    r"cto",
    r"cfo",
    r"coo",
    r"(?:mit)?gründer\w*",
    r"geschäftsführ\w*",
    r"geschäftsleitung",
    r"[\w-]*direktor\w*",
    r"[\w-]*vorstand\w*",
    r"(?:verwaltungs|aufsichts|bei)rat\w*",
    r"[\w-]*(?:bereichs|abteilungs|team|standort|werks|niederlassungs|gruppen)leit\w*",
    # an office of the reader's side, named with its article ("mit der Regionalleitung", "bei Ihrer Klinikleitung"); not
    # "eine Pflegedienstleitung", the post sought
    r"(?:der|die|dem|eure[rm]?|deine[rm]?|ihre[rm]?|unsere[rm]?)\s+(?:regional|gebiets|bezirks|landes|filial|klinik|"
    r"schul|heim|kita|praxis|pflegedienst|unternehmens|konzern|verlags|redaktions|institut\w*)leitung",
    r"(?:der|die)\s+(?:[\w-]+\s+){1,5}?leitet\b",
    # any head of a unit ("Filialleiterin", "Einkaufsleiter", "Leiterin der Steuerabteilung"); not the post itself
    # ("die Schichtleitung" is a job)
    r"[\w-]*leiter(?:in|innen|s|n)?",
    # the one who fills the post ("Herr Albers, der die Stelle in der Compliance vergibt")
    r"(?:der|die)\s+(?:die|den|das)\s+(?:[\w-]+\s+){0,5}?(?:vergibt|besetzt|einstellt|entscheidet|aussucht)",
    r"(?:bereichs|abteilungs|team)leit\w*",
    r"chef\w*",
    r"vorgesetzt\w*",
    r"partner(?:in)?",
    r"inhaber\w*",
    r"head\s+of\s+\w+",
    r"(?:dein\w*|ihr\w*|sein\w*)\s+(?:manager\w*|boss)",
    r"personalchef\w*",
    r"hiring\s+manager\w*",
    r"führungs(?:ebene|kreis|team)",
    r"professor\w*|prof|doktorvater|doktormutter|chefarzt|chefärztin|oberärzt\w*|oberarzt|dekan\w*|rektor\w*|"
    r"präsident\w*|bürgermeister\w*|intendant\w*|chefredakt\w*|gesellschafter\w*",
)
# The reader's own leadership (not the hiring process): a good word with them, asked of someone who may not know the
# writer, is a job ask and an awkward position both.
LEADERSHIP = _rx(
    r"ceo|cto|cfo|coo",
    r"(?:mit)?gründer\w*|geschäftsführ\w*|geschäftsleitung|inhaber\w*|gesellschafter\w*",
    r"[\w-]*direktor\w*|[\w-]*vorstand\w*|(?:verwaltungs|aufsichts|bei)rat\w*",
    r"[\w-]*(?:bereichs|abteilungs|standort|werks|niederlassungs)leit\w*",
    r"chef(?!arzt|ärztin|redakt)\w*|vorgesetzt\w*|professor\w*|prof|doktorvater|doktormutter|dekan\w*|rektor\w*|"
    r"präsident\w*|partner(?:in)?",
)
SPEAK_FOR = _rx(
    # something about the writer dropped in a clause ("fallen lassen könntest, dass die von mir ist und was taugt")
    r"(?:fallen\s+lass|erwähn|erzähl|durchblicken\s+lass|anklingen\s+lass|ausricht|steck|sag)\w*(?:\s+\w+)?\s*,?\s*dass\s+"
    r"(?:[\w-]+\s+){0,4}?(?:ich|mich|mir|mein\w*)\b",
    # (no second object or clause between: "mich … melden und dich dabei erwähnen" is the writer speaking)
    r"(?:mich|meinen\s+namen|mein\s+(?:profil|startup|projekt))\s+(?:(?!(?:und|oder|dich|ihn|uns|euch)\b)[\w-]+\s+){0,8}?"
    r"(?:erwähnen|empfehlen|"
    r"ins\s+gespräch\s+bringen|vorschlagen|ins\s+spiel\s+bringen)",
    r"(?:erwähn|empfiehl)\w*\s+(?:\w+\s+)?mich",
    r"(?:meinen\s+namen|mich)\s+(?:[\w-]+\s+){0,6}?fallen\s*(?:lassen|lässt|lassen\s+würdest|ließest|zu\s+lassen)",
    r"(?:fallen\s+lassen|erwähnen|erzählen|durchblicken\s+lassen|anklingen\s+lassen|ausrichten|stecken)\s*,?\s+dass\s+ich",
    # STRUCTURE (round 10): whatever the verb of telling and whatever stands between it and the claim (a modal, "mal",
    # "bei Gelegenheit"): "ans Herz legen, dass ich …", "stecken würdest, dass ich …", "fallen lassen könntest, dass
    # ich …", "zu verstehen geben, dass ich …"
    r"(?:sag|erzähl|steck|flüster|erwähn|beton|ausricht|mitteil|verklicker|andeut|nahe\s*leg|ans\s+herz\s+leg|"
    r"zu\s+verstehen\s+geb|wissen\s+lass|durchblicken\s+lass|fallen\s+lass|anklingen\s+lass|einfließen\s+lass)\w*"
    r"(?:\s+(?!(?:und|oder|aber|weil|wenn|ob)\b)[\w-]+){0,2}?\s*,?\s*dass\s+ich\b",
    r"werbung\s+für\s+mich|für\s+mich\s+(?:trommeln|werben|die\s+werbetrommel)",
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?(?:bei|einlegen|einzulegen|einlegst|einlegt)",
    r"(?:ein|ein\s+paar)\s+(?:gute[sn]?\s+)?wort\w*\s+für\s+mich",
    r"(?:sag|erzähl)\w*\s*,?\s+(?:\w+\s+){0,7}?(?:von\s+mir|dass\s+ich)",
    r"für\s+mich\s+(?:einsetzen|stark\s+machen|sprechen)",
    r"(?:ein\s+)?(?:gutes\s+|paar\s+)?wort\w*\s+(?:[\w-]+\s+){0,4}?einleg\w*",
    # the name whispered or dropped ("flüster deiner Chefin meinen Namen ins Ohr")
    r"(?:meinen\s+namen|mich)\s+(?:[\w-]+\s+){0,6}?(?:ins\s+ohr|zuflüstern|nennen)",
)
THIRD_PARTY_REFERRAL = _rx(
    # "sie bitten, mich … zu empfehlen", "ihn dazu bringen, mich … zu empfehlen", "ihn fragen, ob er mich … einträgt"
    r"(?:bitten|fragen|bringen|überreden|überzeugen|bewegen)\s*,?\s*(?:(?:ob|dass|damit)\s+(?:er|(?-i:sie))\s+)?mich\s+"
    r"(?:[\w-]+\s+){0,8}?(?:zu\s+empfehlen|einzustellen|vorzuschlagen|weiterzuempfehlen|empfiehlt|empfehlen\s+würde|"
    r"einstellt|vorschlägt|einträgt|einzutragen|zu\s+nominieren|als\s+referral|nimmt|zu\s+nehmen|aufnimmt)",
    r"(?:frag|fragen|bitte|bitten|überzeug\w*)\s+(?:sie\s+)?(?:sie|ihn|\w+)\s+(?:\w+\s+){0,3}?,?\s*ob\s+(?:sie|er)\s+"
    r"(?:\w+\s+){0,3}?(?:empfehlen|einstellen|weiterempfehlen|vorschlagen|bürgen)",
    r"(?:sie|ihn|ihr|ihm)\s+(?:\w+\s+)?(?:fragen|bitten),?\s+ob\s+(?:sie|er)\s+(?:\w+\s+){0,3}?(?:empfehlen|einstellen|"
    r"weiterempfehlen|vorschlagen)",
    r"(?:dass|damit)\s+(?:sie|er)\s+mich\s+(?:\w+\s+){0,2}?(?:empfiehlt|einstellt|vorschlägt|weiterempfiehlt)",
    r"(?:sie|ihn)\s+(?:\w+\s+){0,2}?bitten,?\s+mich\s+(?:\w+\s+){0,2}?(?:zu\s+empfehlen|einzustellen|vorzuschlagen)",
)
INFORMATION_ASK = _rx(
    # which employers, in the reader's experience ("Welche Kliniken bilden Ihrer Erfahrung nach …?")
    r"welche\s+(?:[\w-]+\s+)?(?:firmen|unternehmen|arbeitgeber|betriebe|praxen|kanzleien|agenturen|kliniken|häuser|"
    r"schulen|träger)",
    r"(?:ihrer|deiner|eurer)\s+erfahrung\s+nach",
    r"verstehen",
    r"lernen",
    r"erfahren",
    r"hören,?\s+wie",
    r"gespräch\w*",
    r"austausch\w*",
    r"telefonat",
    r"call",
    r"kaffee",
    r"unterhalten",
    r"sprechen",
    r"quatschen",
    r"rat",
    r"ratschl\w*",
    r"tipps?",
    r"einschätzung",
    r"sicht",
    r"meinung",
    r"perspektive",
    r"einblick\w*",
    r"feedback",
    r"wie\s+(?:dein|ihr|euer)\s+\w+",
    r"fragen",
    r"interessier\w*",
    r"wie\s+(?:\w+\s+){0,3}?(?:läuft|laufen|funktioniert|abläuft|ablaufen)",
    r"worauf",
    r"was\s+(?:\w+\s+){0,2}?(?:braucht|muss|sollte|zählt)",
    r"(?:welche|was\s+für)\w*\s+(?:[\w-]+\s+){0,7}?(?:empfehlen|empfiehlst|raten|rätst)",
    r"wie\s+(?:du|sie|ihr)\s+(?:[\w-]+\s+){0,5}?(?:gekommen|geschafft|gemacht|angefangen|eingestiegen|gewechselt|"
    r"vorgegangen)",
)
VAGUE_HELP = _rx(
    r"(?:kannst|könntest|können|könnten)\s+(?:du|sie)\s+mir\s+(?:\w+\s+)?helfen(?!,?\s+(?:zu\s+)?(?:verstehen|einzuschätzen))",
    r"irgendwie\s+helfen",
    r"jede\s+hilfe",
    r"(?:denk|denken\s+sie)\s+an\s+mich",
    r"(?:behalte|behalten\s+sie)\s+mich\s+(?:\w+\s+)?im\s+hinterkopf",
    r"(?:hilf|helfen\s+sie)\s+mir\s+(?:\w+\s+){0,3}?(?:finden|bekommen)",
)
SHARED_PAST = _rx(
    *_MEETING,
    *_EXCHANGE,
    _EVENT,
    r"(?:zusammen|gemeinsam)\s+(?:\w+\s+)?(?:studiert|gearbeitet|gespielt|gesungen|gewohnt|gemacht)",
    r"zusammengearbeitet",
    r"(?:lange?|ewig|ewigkeiten)\s+(?:nicht|nichts|nix)",
    r"(?:ist|sind)\s+(?:schon\s+)?(?:eine\s+)?(?:weile|ewig|ewigkeiten|lange\s+her|jahre\s+her)",
    r"seit\s+(?:unserer|unserem|wir)",
    r"erinner\w*",
    r"ehemalige[rn]?",
    r"alte[rn]?\s+(?:freund\w*|kolleg\w*|team\w*|mitbewohner\w*)",
    r"mein\w*\s+(?:alte[rn]?\s+)?(?:mitbewohner\w*|kommiliton\w*|teamkolleg\w*)",
    r"hier\s+(?:ist|schreibt)\s+\w+\s*,?\s+(?:aus|vom|von)\b",
)
KNOWN_TOGETHER = _rx(
    r"(?:seit|als)\s+wir\s+(?:\w+\s+){0,3}?(?:zusammengearbeitet|zusammen\s+gearbeitet|studiert|gewohnt|gespielt)",
    r"wir\s+(?:haben|hatten)\s+(?:\w+\s+){0,3}?(?:zusammengearbeitet|zusammen\s+gearbeitet|gemeinsam\s+gearbeitet)",
    r"(?:mein|meine|unser|unsere)\s+(?:alte[rn]?|ehemalige[rn]?)\s+(?:team\w*|kolleg\w*|chef\w*|mitbewohner\w*)",
    r"(?:du\s+kennst|sie\s+kennen)\s+meine\s+arbeit",
    r"(?:wir\s+sind|als)\s+(?:alte|gute)\s+freunde",
    r"(?:du\s+hast|sie\s+haben)\s+meine\s+arbeit\s+(?:\w+\s+)?gesehen",
)
ABOUT_THE_READER = _rx(
    r"ich\s+(?:habe|hab)\s+(?:\w+\s+){0,2}?(?:dein\w*|ihr\w*)\s+\w+\s+(?:gelesen|gesehen|gehört)",
    r"ich\s+(?:sehe|sah|las|lese|bewundere|mochte|mag)\s+(?:\w+\s+)?(?:dein\w*|ihr\w*|dass\s+(?:du|sie))",
    # a wish for them, thinking of them ("ich hoffe, bei der Stadt läuft alles gut", "ich hab an dich gedacht")
    r"ich\s+hoffe\s*,?\s+(?:[\w-]+\s+){0,5}?(?:läuft|geht|gehts|geht's|klappt)\s+(?:\w+\s+)?(?:alles\s+)?(?:gut|rund|"
    r"prima|bestens|super)",
    r"ich\s+hoffe\s*,?\s+(?:es\s+geht\s+)?(?:dir|ihnen|euch|du|sie|ihr)\b",
    r"an\s+(?:dich|sie|euch)\s+(?:[\w-]+\s+)?(?:gedacht|denken|denke)",
    r"(?:freue|freu)\s+mich\s+(?:\w+\s+)?(?:für\s+(?:dich|sie|euch)|über\s+(?:deinen|ihren|euren))",
    # curiosity about them ("Mich würde interessieren, wie Ihr Team …", "Ich würde gern verstehen, wie ihr …")
    r"mich\s+(?:würde|interessiert|interessieren)\s+(?:\w+\s+){0,2}?(?:interessieren|brennend|sehr|wie|was|ob)",
    r"ich\s+würde\s+(?:\w+\s+){0,2}?(?:gern|gerne)\s+(?:\w+\s+)?(?:wissen|erfahren|hören|verstehen|lernen),?\s+"
    r"(?:wie|was|ob|welche\w*|warum|wann)",
)
# Titles with a full stop ("Dr. Albers", "Mag. Huber"): not the end of a sentence when the opening is read.
TITLE_DOT = re.compile(r"\b(Dr|Prof|Hr|Fr|Mag|Dipl|Ing|DI|Bsc|Msc)\.(?=\s)")
# A clause about the writer: led by I/my, or (German is verb-second) by one phrase, a first-person verb and "ich"
# ("Seit zwölf Jahren bin ich Elektriker", "Nach acht Jahren wechsle ich ins UX-Design", any verb in -e), or by a
# first-person verb with the subject dropped ("Bin gelernter Brauer"). A question ("Darf ich …?") is not self-talk.
ME_LED = re.compile(
    r"^(?:ich|mein\w*|mir|mich)\b"
    r"|^(?![^\n]*\?\s*$)(?!(?:darf|dürfte|kann|könnte|soll|sollte|würde|wäre|hätte|wie|was|wo|wann|ob)\b)(?:[\w-]+\s+){0,4}?"
    r"(?:bin|habe|hab|war|hatte|kann|konnte|will|wollte|muss|musste|möchte|wechsel|(?!(?:würde|wäre|hätte|könnte|"
    r"dürfte|sollte|möchte|bitte|danke|gerne|ohne|wie|wo|da|wenn|ob|dass|als|weil)\b)[a-zäöüß]+e)\s+ich\b"
    r"|^(?:bin|arbeite|suche|studiere|komme)\s+(?!ich\b|du\b|sie\b|ihr\b)",
    re.IGNORECASE,
)
# ------------------------------------------------------------------ what the opening is about (connection-late)
# The reader as the topic of a sentence, whatever the words for it: their stand, app or workshop named with "Ihr" /
# "dein" / "euer" ("Ihr Stand beim Designmarkt", "deine neue Praxis"), or the reader doing or being something ("Sie
# haben beim Forum gesprochen", "ihr stellt ein"). Not a favour asked of them ("Ihre Zeit", "Ihren Rat"), not where they
# work alone ("Ihre Firma", "Ihr Team"), not the "Sie" of the asking ("Hätten Sie …"). Case matters: "Ihr" is the
# polite you, "ihr" the plural one.
_NOT_THE_READERS_WORK = (
    r"(?!(?:Zeit|Hilfe|Rat|Ratschlag|Aufmerksamkeit|Unterstützung|Meinung|Einschätzung|Erfahrung|Expertise|Antwort|"
    r"Rückmeldung|Firma|Unternehmen|Team|Arbeitgeber|Abteilung|Name|Namen|Profil|E-Mail|Branche|Kollegen|Kollegin|"
    r"Geduld|Mühe|Hilfsbereitschaft|Nachricht)\b)"
)
READER_NAMED = quick(
    re.compile(
        r"\b(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|[Dd]ein|[Dd]eine|[Dd]einem|[Dd]einen|[Dd]einer|[Dd]eines|[Ee]uer|[Ee]ure|"
        r"[Ee]urem|[Ee]uren|[Ee]urer)\s+[«»„“\"']?" + _NOT_THE_READERS_WORK + r"[\w-]+"
        r"|\b(?:Sie|du)\s+(?:haben|hast|hattest|hatten|sind|bist|waren|warst|leiten|leitest|führen|führst|betreiben|"
        r"betreibst|sitzen|sitzt|machen|machst|bauen|baust|gründeten|gründetest|sprachen|sprachst)\b"
        r"(?!\s+(?:doch\s+|jetzt\s+|ja\s+|noch\s+|inzwischen\s+)?(?:bei|für)\s)"
        r"|\bihr\s+(?:stellt|sucht|habt|seid|macht|baut|plant|wart|hattet)\b"
        # at the reader's place ("letzte Woche gab es bei Ihnen die beste Wildpastete")
        r"|\bbei\s+(?:Ihnen|dir|euch)\b"
    )
)
# A sentence led by the reader ("Ihr Stand beim Designmarkt ist mir nicht aus dem Kopf gegangen", "Sie sitzen im
# Auswahlgremium, oder?"): about them, even as a question.
READER_LED = quick(re.compile(r"^\W*(?:Sie|Ihr\w*|[Dd]u|[Dd]ein\w*|[Ee]uer\w*|[Ee]ure\w*)\b"))
# The writer met or admires the reader's work, named in their own words ("letzte Woche habe ich über die Brotzeit-App
# vorbestellt", "die Umbauten Ihres Büros kenne ich", "ich war auf Ihrem Stand"): a sentence about the writer that is
# the connection.
_MET_THEIR_WORK = (
    r"(?:benutzt|genutzt|verwendet|gespielt|besucht|probiert|ausprobiert|gekauft|bestellt|vorbestellt|gegessen|"
    r"getrunken|entdeckt|gelesen|gesehen|gehört|angeschaut|angesehen|getestet|heruntergeladen|installiert|verfolgt|"
    r"bewundert|übernachtet|erlebt|probiert|gebucht|angehört|erfahren|mitbekommen)"
)
# News heard or read about the world ("ich habe gelesen, dass viele Ingenieure in die Beratung wechseln") is not the
# reader's work: a "dass" after it must be about the reader.
_NOT_GENERAL_NEWS = r"(?!\s*,?\s*dass\s+(?!(?:Sie|du|ihr|Ihr\w*|dein\w*|euer\w*|eure\w*)\b))"
ENCOUNTER = _rx(
    r"(?:habe|hab|hatte)\s+ich\b[^.!?\n]{0,100}?\b" + _MET_THEIR_WORK + _NOT_GENERAL_NEWS,
    r"ich\s+(?:habe|hab|hatte)\b[^.!?\n]{0,100}?\b" + _MET_THEIR_WORK + _NOT_GENERAL_NEWS,
    r"ich\s+(?:bewundere|mag|liebe|verfolge|kenne|nutze|benutze|spiele|lese|höre)\s+(?:\w+\s+){0,2}?(?:Ihr|dein|eur)\w*",
    r"(?:kenne|bewundere|nutze|benutze|verfolge|liebe|mag)\s+ich\b",
    r"(?:ich\s+war|war\s+ich)\s+(?:\w+\s+){0,3}?(?:auf|in|bei|an)\s+(?:Ihr|dein|eur)\w*",
    # the reader's work as the subject, the writer touched by it ("der Vortrag über … hat mich überzeugt", "das Video
    # zum WIG-Schweißen hat mir durch die Prüfung geholfen", "Folge 41 von „Werkbank“ hat meinen Plan umgeworfen")
    r"^\W*(?:(?:der|die|das|dieser|diese|dieses|jener|jene|jenes|ein|eine|einen)\s+(?:[^.!?\n]{0,60}?\s)?)?[\w-]*"
    r"(?:newsletter|video|vortrag|folge|podcast|artikel|beitrag|buch|kurs|workshop|kanal|sendung|serie|blog|kolumne|"
    r"interview|vorlesung|keynote|webinar|session|seminar|film|ausstellung|tutorial|podium|führung)\b[^.!?\n]{0,100}?"
    r"\b(?:mich|mir|mein\w*|ich)\b",
)
# A sentence in which the writers say who they are as a firm or a team ("wir sind ein Familienbetrieb aus dem Allgäu",
# "Unsere Böden liegen in vierzig Hotels"): about the writer, as "ich" is.
WRITER_LED = _rx(
    r"^\W*(?:wir|unser\w*)",
    r"^(?![^\n]*\?\s*$)(?:[\w-]+\s+){0,4}?(?:sind|haben|machen|stellen|bieten|suchen|planen|überlegen|fertigen|"
    r"produzieren|betreiben|entwickeln|arbeiten)\s+wir",
)
# A pleasantry in front of the opening ("Ich hoffe, es geht Ihnen gut", "Na, wie läuft's bei euch?", "Frohes neues
# Jahr!"): like the greeting, it does not use up one of its two sentences (labelling call 8).
PLEASANTRY = _rx(
    r"^(?:[^,.!?\n]{0,25},\s*)?(?:ich\s+)?hoffe\b[^.!?\n]{0,60}?\b(?:gut|wohl|prima|bestens|gesund|super)",
    r"^(?:[^,.!?\n]{0,25},\s*)?wie\s+(?:geht|gehts|geht's|läuft|läufts|läuft's|war|ist)",
    r"^\W*(?:frohe|frohes|schöne|schönes|gutes|guten)\s+\w+",
)
# Sentences, as the about-me rule counts them ("most sentences are led by I"): a clause joined by "und ich" stays in
# its sentence, so one long sentence about the writer counts once.
CLAUSE_SPLIT = re.compile(r"[.!?…;:\n]+", re.IGNORECASE)
CLAUSE_GREETING = re.compile(
    # a closing formula on its own ("Vielen Dank und herzliche Grüße", "Danke im Voraus"): not a sentence about anyone
    r"^\s*(?:vielen|herzlichen|besten|lieben|tausend)?\s*(?:dank|danke|merci)(?:\s+(?:im\s+voraus|schon\s+mal|vorab|"
    r"dir|ihnen|euch|schön|sehr|vielmals|und|viele|liebe|herzliche|beste|freundliche|grüße|grüsse|gruß|gruss))*"
    r"[\s,!.]*$|"
    r"^\s*(?:hallo|hi|hey|liebe[rs]?|sehr\s+geehrte[rs]?|guten\s+\w+|servus|grüezi|grü(?:ß|ss)\s+gott|moin|hoi|salü)"
    r"\b[^,]{0,40},\s*",
    re.IGNORECASE,
)
LEADING_LINK = re.compile(r"^\s*(?:und|aber|also|auch|dann|jetzt|ehrlich\s+gesagt|übrigens)\b[,\s]*", re.IGNORECASE)
GREETING = re.compile(
    r"^\s*(?:hallo|hi|hey|liebe[rs]?|sehr\s+geehrte[rs]?|guten\s+(?:morgen|tag|abend)|servus|grüezi|"
    r"grü(?:ß|ss)\s+gott|moin|hoi|salü)\b[^\n]{0,60}\n",
    re.IGNORECASE,
)
FOR_ME = re.compile(
    r"\b(?:mich|mir|mein\w*|uns|unser\w*|brauche|brauch|benötige|ich\s+wäre|wäre\s+ich)\b", re.IGNORECASE
)
WRITER_DOES = re.compile(r"\bich\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# --------------------------------------------------------------------------- ideas added in English first (round 4)
# Asking the reader to speak for you to someone else: a good word, a recommendation, passing your name on.
ENDORSE = _rx(
    r"vitamin\s+b",
    # "Vielleicht können Sie ihn (den Lebenslauf) an die richtigen Leute weitergeben": needs the job context
    r"an\s+(?:die|den)\s+(?:richtigen?|zuständigen?)\s+(?:leute|stelle|person|personen|ansprechpartner\w*|kollegen|"
    r"abteilung)\s+(?:weitergeben|weiterleiten|weiterreichen|geben)",
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?einleg\w*",
    # the good word, separable or with its verb elsewhere ("leg ein gutes Wort für mich ein")
    r"gutes\s+wort\s+für\s+mich",
    r"wort\s+für\s+(?:mich|meine\s+bewerbung|meine\s+kandidatur)",
    r"(?:meinen\s+namen|mich)\s+(?:[\w-]+\s+){0,6}?(?:ins\s+ohr|zuflüstern)",
    r"(?:leg|legst|legt|legen\s+sie)\s+(?:\w+\s+){0,2}?(?:ein\s+)?gutes\s+wort\s+(?:[\w-]+\s+){0,4}?ein\b",
    r"(?:mich|meinen\s+namen)\s+(?:\w+\s+){0,3}?(?:empfehl\w*|vorschlag\w*|vorschläg\w*|weitergeb\w*|weiterleit\w*)",
    r"empfiehl\s+mich",
    r"für\s+mich\s+bürg\w*",
    r"(?:sagen|schreiben|erwähnen|betonen|sagst|schreibst)\s*,?\s+(?:dass\s+)?ich\s+(?:[\w-]+\s+){0,3}?(?:gründlich|"
    r"sorgfältig|engagiert|belastbar|zuverlässig|fleißig|kompetent|genau|die\s+beste|der\s+beste|gut)\w*",
    r"(?:meinen\s+namen|mein\s+profil|meinen\s+lebenslauf|meinen\s+cv)\s+(?:\w+\s+){0,3}?(?:weiter|an\s+\w+)",
)
# The message is about work: a job, a role, an application.
JOB_CONTEXT = _rx(
    # the reader's side asking for a worker ("falls Ihr Abteilungsleiter mal nach einem gründlichen Prüfer fragt")
    r"(?:fragt|fragen|fragte|sucht|suchen|umschaut|umschauen|umsieht)\s+(?:[\w-]+\s+){0,3}?nach\s+(?:einem|einer|einen)\b",
    r"nach\s+(?:einem|einer|einen)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:fragt|fragen|fragte|sucht|suchen|umschaut|umsieht)\b",
    r"(?:sucht|suchen)\s+(?:[\w-]+\s+){0,2}?(?:leute|verstärkung|mitarbeiter\w*|jemanden)\b",
    r"(?:leute|verstärkung|mitarbeiter\w*|jemanden)\s+(?:[\w-]+\s+){0,4}?(?:sucht|suchen|gesucht)\b",
    r"jobs?",
    r"stellen?",
    r"stellenanzeige\w*",
    r"rollen?",
    r"positionen?",
    r"bewerb\w*",
    r"lebenslauf",
    r"cv",
    r"vakanz\w*",
    r"einstell\w*",
    r"recruit\w*",
    r"arbeitsplatz",
)
# Talk between people who know each other well: they need no "how we know each other".
FAMILIAR = _rx(
    r"^\s*(?:na\s+du|moin\s+moin|servus\s+alter|hey\s+alter|yo)\b",
    r"(?:alter|digga|kumpel|mein\s+lieber|meine\s+liebe)\b",
    r"(?:vermiss\w*)\s+(?:dich|euch|unsere)",
    r"lange?\s+(?:nicht|nichts|nix)\s+(?:mehr\s+)?(?:gesehen|gehört|gesprochen|voneinander\s+gehört)",
    r"(?:schatz|schatzi|süße[rs]?|bussi|bussis|hdl|hdgdl|liebste[rs]?|mausi|alter\s+schwede|na\s+du|servus\s+du|"
    r"alles\s+fit|hey\s+du)\b",
    r"ich\s+schulde\s+dir\s+(?:was|ein\s+bier|einen\s+kaffee)",
    r"du\s+bist\s+(?:ein\s+schatz|der\s+beste|die\s+beste|spitze)",
    # teasing and hugs between people who know each other ("lebst du noch?", "Drück dich", "hab dich lieb")
    r"(?:ewig|ewigkeiten|eine\s+ewigkeit)\s+(?:nicht|nichts|nix)\s+(?:mehr\s+)?(?:gesehen|gehört|gesprochen|voneinander\s+gehört)",
    r"auch\s+mal\s+wieder\s+da|funkstille",
    r"lebst\s+du\s+noch|drück\s+dich|(?:fühl\s+dich\s+)?gedrückt|hab\s+dich\s+lieb|umarmung|knuddel\w*",
)
# A promise to keep something secret next to an ask: the reader is asked to leak.
SECRECY = _rx(
    # internal material named, with an ask for the writer elsewhere in the message ("… stehen intern in einer
    # Tabelle. Könnten Sie mir die kurz schicken?"): it isn't theirs to give either
    r"intern\s+(?:in|auf|im)\s+(?:einer|einem|der|dem|unserer|unserem)?\s*[\w-]*(?:liste|tabelle|datei|ordner|wiki|dokument|"
    r"laufwerk)\w*",
    r"(?:bleibt|bleibt\s+auch)\s+(?:unter\s+uns|vertraulich)",
    r"unter\s+uns\s+gesagt",
    r"(?:niemand|keiner)\s+(?:wird|muss|soll)\s+(?:es\s+|das\s+)?(?:erfahren|wissen)",
    r"ich\s+(?:sag|sage|verrat|verrate|erzähl|erzähle)(?:'s|s)?\s+(?:\w+\s+){0,2}?(?:niemandem|keinem|keiner\s+seele)",
    r"unter\s+uns\b",
    r"ich\s+behalte\s+(?:es|das)\s+für\s+mich",
)
# The writer makes an introduction both people already said yes to ("Ihr habt beide Ja gesagt", "Sie wollten sich
# beide austauschen"): the message is the act, it asks nothing of them (the idea lint.py reads as INTRODUCING).
INTRODUCING = _rx(
    # the writer makes the introduction, to both at once ("stelle ich Sie hiermit einander vor", "ich mache euch
    # miteinander bekannt", "wie mit Ihnen beiden abgesprochen")
    r"(?:stelle|mache)\s+ich\s+(?:euch|sie|dich)\s+(?:[\w-]+\s+){0,3}?(?:einander|gegenseitig|miteinander)",
    r"ich\s+(?:stelle|mache)\s+(?:euch|sie)\s+(?:[\w-]+\s+){0,3}?(?:einander|gegenseitig|miteinander)",
    r"(?:euch|ihnen)\s+beiden\s+(?:[\w-]+\s+){0,3}?(?:besprochen|abgesprochen|abgestimmt|vereinbart)",
    r"(?:ihr|sie|wir)\s+(?:habt|haben|wolltet|wollten|hattet|hatten)\s+(?:\w+\s+)?beide\b",
    r"beide\s+(?:schon\s+)?(?:ja\s+gesagt|zugestimmt|einverstanden)",
)
# An offer put as a question ("Soll ich dich vorstellen?"): not a request of the reader.
OFFER_QUESTION = _rx(
    r"soll\s+ich",
    r"(?:möchtest|willst|magst)\s+du,\s+dass\s+ich",
    r"(?:möchten|wollen)\s+sie,\s+dass\s+ich",
    r"kann\s+ich\s+(?:dir|ihnen|euch)\s+(?:helfen|etwas\s+abnehmen)",
)

# "… und ich …" inside a sentence led by the writer: two statements about them for about-me ("Ich bin Pflegekraft und
# ich will in die Datenanalyse"). Only with "ich" repeated: "Ich arbeite seit sechs Jahren in Köln und habe …" is one.
SELF_AND = re.compile(r",?\s+(?:und|aber|also)\s+(?=ich\b)", re.IGNORECASE)
# The writer congratulates the reader: with no situation chosen, a message that opens with it is a congratulation.
CONGRATULATION = _rx(
    r"(?:herzlichen\s+|herzliche\s+|alles\s+gute\s+und\s+)?glückw[uü]nsch\w*",
    r"gratulier\w*|gratuliere",
    r"(?:herzliche\s+)?gratulation\w*",
    r"congrats",
    r"(?:freue|freu)\s+mich\s+(?:so\s+|sehr\s+|riesig\s+)?(?:für\s+(?:dich|sie|euch)|mit\s+(?:dir|ihnen|euch))",
    r"(?:toll|super|stark|klasse|wahnsinn),?\s+(?:das\s+)?mit\s+(?:deiner|deinem|ihrer|ihrem)\s+(?:neuen|beförderung)",
)


# --------------------------------------------------------------------------- a good word asked sideways (round 9)
# The German form of the English structure ideas (lint.py reads them): the reader cast as the one who speaks in a hint
# ("Du könntest mich ja mal bei deiner Bereichsleiterin erwähnen", "falls du ihr sagst, dass ich …"), the writer's name
# or a word from the reader reaching someone ("wäre schön, wenn mein Name fiele", "ein Wort von Ihnen bei der
# Filialleiterin würde viel bewirken"), the writer told about, and what the writer is worth told.
#: The reader as the one who acts in a hinted ask, just before it (read on the words before the telling phrase).
READER_HINTED = quick(
    re.compile(
        r"\b(?:(?:wenn|falls)\s+(?:du|(?-i:Sie)|ihr)|(?:du|(?-i:Sie)|ihr)\s+(?:könntest|könnten|könntet|kannst|können|könnt|"
        r"würdest|würden|würdet)|vielleicht\s+(?:kannst|könntest|können|könnten)\s+(?:du|(?-i:Sie)))\s+(?:[\w-]+\s+){0,5}$",
        re.IGNORECASE,
    )
)
#: The writer's name, or a word from the reader, reaching a third person of the reader's side: a good word asked as a
#: wish ("wenn mein Name fiele", "falls mein Name fällt", "ein Wort von dir bei … würde viel bewirken").
NAME_REACHES = _rx(
    r"mein\s+name\s+(?:[\w-]+\s+){0,6}?(?:fiele|fällt|fallen\s+würde|aufkäme|auftauchte|auftaucht|genannt\s+würde|"
    r"ins\s+spiel\s+käme)",
    r"(?:ein|ein\s+kleines|ein\s+gutes|ein\s+kurzes)\s+wort\s+von\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:würde|wäre|könnte|dürfte)\s+(?:[\w-]+\s+){0,3}?(?:bewirken|helfen|wirken|gold\s+wert|viel\s+wert|den\s+unterschied)",
    r"(?:wenn|falls)\s+(?:sie|er)\s+(?:[\w-]+\s+){0,6}?(?:hört|erfährt|hören|erfahren|hörte|erführe)\s*,?\s+dass\s+ich\b",
    # what the writer is worth coming up there ("wenn da beiläufig rauskäme, dass ich …"), or the chance to drop the
    # name wished for ("falls sich die Gelegenheit ergibt, meinen Namen fallen zu lassen")
    r"(?:wenn|falls)\s+(?:[\w-]+\s+){0,5}?(?:rauskäme|herauskäme|rauskommt|herauskommt|zur\s+sprache\s+(?:käme|kommt)|"
    r"erwähnt\s+(?:würde|wird)|durchsickern\s+würde|bekannt\s+würde)\s*,?\s+dass\s+ich\b",
    r"(?:gelegenheit|möglichkeit|chance)\s+(?:[\w-]+,?\s+){0,4}?(?:meinen\s+namen|mich)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:fallen\s+zu\s+lassen|zu\s+erwähnen|ins\s+spiel\s+zu\s+bringen|ins\s+gespräch\s+zu\s+bringen|zu\s+nennen|"
    r"zu\s+empfehlen)",
    r"(?:schubs|tipp|hinweis|empfehlung|anstoß)\s+von\s+(?:dir|ihnen|euch)\s+(?:[\w-]+\s+){0,5}?(?:würde|wäre|könnte)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:bewirken|helfen|wirken|gold\s+wert|viel\s+wert)",
)
#: The reader asked to tell someone else about the writer, or to carry their papers to them (a job ask when a job is
#: named around it: JOB_NAMED).
WRITER_TOLD = _rx(
    r"(?:mich|meinen\s+namen)\s+(?:[\w-]+\s+){0,6}?(?:erwähn\w*|nennen|ins\s+spiel\s+bringen|ins\s+gespräch\s+bringen|"
    r"fallen\s+lassen)",
    r"(?:erzähl|sag|steck|flüster|schreib|erwähn|beton|ausricht)\w*(?:\s*,)?\s+(?:[\w-]+,?\s+){0,6}?(?:von\s+mir|über\s+mich|dass\s+ich)\b",
    r"(?:meinen\s+lebenslauf|meinen\s+cv|meine\s+(?:bewerbung|unterlagen|mappe)|mein\s+(?:portfolio|profil))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:an|zu)\s+(?:ihn|sie|ihm|ihr|den|die|der|dein\w*|ihr\w*|eur\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:geben|weiterleiten|weitergeben|zeigen|reichen|schicken|weiterreichen)",
)
#: The reader asked to tell someone what the writer is worth ("sagen Sie ihr, dass ich zuverlässig bin", "wenn sie
#: hört, dass ich gründlich arbeite"): from a reader who has not seen it, a blind vouch.
QUALITY_TOLD = _rx(
    r"(?:sag|sagen|sagst|steck|stecken|steckst|erzähl|erzählen|erzählst|schreib|schreiben|schreibst|ausrichten|erwähn\w*|"
    r"betonen|betonst|hört|hören|erfährt|erfahren|versicher\w*)\s*,?\s+(?:[\w-]+\s+){0,3}?dass\s+ich\s+(?:[\w-]+\s+){0,4}?"
    r"(?:zuverlässig|gründlich|gut|die\s+richtige|der\s+richtige|die\s+beste|der\s+beste|geeignet|ideal|perfekt|"
    r"kompetent|schnell|fleißig|sorgfältig|engagiert|belastbar|genau|top)\w*",
)
#: A particular job named: a post, an application, an opening, a side looking for workers.
JOB_NAMED = _rx(
    r"[\w-]*(?:stelle|stellen|job|jobs|position|positionen|praktikum|praktikumsplatz|ausbildungsplatz|vakanz|"
    r"anstellung)",
    r"bewerb\w*",
    r"(?:sucht|suchen|sucht\s+gerade|suchen\s+gerade)\s+(?:[\w-]+\s+){0,2}?(?:leute|jemanden|verstärkung|mitarbeiter\w*|"
    r"einen?\s+[\w-]+|eine\s+[\w-]+)",
    r"(?:frei|offen)\s+wird|was\s+frei|(?:aufträge|auftrag)\s+vergeben|vergeben\s+sie\s+aufträge|falls\s+sie\s+aufträge",
)

# An opening or a need on the reader's side put as a condition ("falls bei euch was frei wird", "falls ihr für die
# Planung noch jemanden braucht", "wenn in der Produktentwicklung jemand gesucht wird"), then the writer put forward for
# it ("denk doch an mich", "ich hätte ab März Luft", "ich wäre sofort dabei", "sag Bescheid"): a job ask in a hint,
# whatever form the sentence takes. Helping hands for a move are no opening ("noch jemanden zum Kistenschleppen").
_OPENING_CONDITION = (
    r"(?:falls|wenn|sollte|sollten|solltest|solltet|sobald)\s+(?:[\w-]+,?\s+){0,10}?"
    r"(?:(?:jemand|leute|wer|verstärkung|ein\w*\s+[\w-]+)\s+(?:[\w-]+\s+){0,4}?gesucht\s+(?:wird|werden|würde)"
    r"|(?:was|etwas|stellen|(?:eine|ein)\s+(?:[\w-]+\s+)?[\w-]*(?:stelle|platz|position|job))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:frei\s*(?:wird|werden|würde|würden|wäre)|aufgeht|ausgeschrieben\s+wird)"
    r"|(?:noch\s+)?(?:jemanden|leute|verstärkung|unterstützung)\s+(?!(?:[\w-]+\s+){0,3}?zum\s)(?:[\w-]+\s+){0,4}?(?:brauch\w*|such\w*)\b"
    # the team grows; who is hired; word of an opening reaches the reader
    r"|(?:team|abteilung|belegschaft|gruppe)\s+(?:[\w-]+\s+){0,2}?(?:vergrößert|vergrößern|aufstockt|aufstocken|erweitert|"
    r"erweitern)"
    r"|wer\s+(?:[\w-]+\s+)?eingestellt\s+wird"
    # another colleague needed or missing ("wenn dir mal eine zweite Friseurin fehlt", "eine zweite Physio, die
    # anpacken kann"); not a second hand for the move
    r"|(?:eine?n?|noch\s+eine?n?)\s+(?:zweite[nr]?|weitere[nr]?|neue[nr]?|zusätzliche[nr]?)\s+(?!hand\b|hände\b)[\w-]+"
    r"(?:\s*,\s*(?:die|der)\s+[^,.!?\n]{0,30}?,?)?\s+(?:brauch\w*|fehl\w*|such\w*)"
    r"|(?:wen|jemand)\s+(?:[\w-]+\s+){0,3}?(?:suchst|sucht|suchen|brauchst|braucht|brauchen)\b"
    r"|(?:von|über)\s+(?:etwas|was|(?:einer|eine)\s+(?:[\w-]+\s+)?[\w-]*(?:stelle|position))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:hörst|hören|hört|erfährst|erfahren|mitbekommst))"
)
_WRITER_PUT_FORWARD = (
    r"(?:denk\w*\s+(?:[\w-]+\s+){0,2}?an\s+mich|(?:an\s+mich|mich)\s+(?:[\w-]+\s+)?(?:zu\s+)?denken"
    r"|(?:ich\s+)?(?:wäre|wär|bin)\s+(?:ich\s+)?(?:[\w-]+\s+){0,2}?(?:dabei|zur\s+stelle|interessiert|bereit|verfügbar|"
    r"ganz\s+ohr)"
    r"|(?:hätte|habe|hab)\s+ich\s+(?:[\w-]+\s+){0,2}?interesse|wo\s+(?:du|sie|ihr)\s+mich\s+find\w*"
    r"|ich\s+(?:hätte|habe|hab)\s+(?:[\w-]+\s+){0,3}?(?:luft|zeit|kapazität\w*)|(?:melde|meld)\s+dich|sag\w*\s+(?:mir\s+)?bescheid"
    # put forward idiomatically ("du weißt ja, wo du mich findest", "ich könnte morgen anfangen")
    r"|(?:du\s+weißt|sie\s+wissen|ihr\s+wisst|weißt\s+du|wissen\s+sie|wisst\s+ihr)(?:\s+(?:ja|doch|schon))?\s*,?\s*"
    r"(?:wo\s+ich\s+(?:wohn\w*|zu\s+finden)|an\s+wen\b|wo\s+(?:du|sie|ihr)\s+mich\s+(?:find|erreich)\w*)"
    r"|ich\s+(?:könnte|kann|würde)\s+(?:[\w-]+\s+){0,2}?(?:anfangen|starten|loslegen|einspringen)"
    r"|behalt\w*\s+mich|(?:gib|geben\s+sie)\s+(?:mir\s+)?bescheid|(?:ruf|ruft)\s+mich"
    r"|(?:würde|werde)\s+ich\s+mich\s+(?:[\w-]+\s+){0,6}?freuen(?!\s*,?\s*(?:zu\s+helfen|ihnen\s+zu|dir\s+zu|euch\s+zu)))"
)
#: The writer offering themself for an opening of the reader's side: the condition, then the writer put forward.
CANDIDATE_FOR_OPENING = _rx(_OPENING_CONDITION + r"[^.!?\n]{0,80}?\b" + _WRITER_PUT_FORWARD)


# ------------------------------------------------------------------------ job-ask by what is asked of whom (round 12)
# Read by :mod:`netkit.exercises.outreach.lint_work_asked`: a request to the reader whose beneficiary is the writer
# and whose object is work. The same ideas as in the English data.

# Someone taken on, after an article or "noch": "eine Grafikerin", "noch ne Hiwi", "einen Azubi", "noch jemanden".
_TAKEN_ON = (
    r"(?:(?:noch\s+)?(?:jemand\w*|wen|leute|verstärkung|personal)"
    r"|(?:noch\s+)?(?:eine?n?|ne|nen|'ne|'nen|weitere\w*|zusätzliche\w*|neue\w*)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]+(?:er|erin|ist|istin|ant|antin|ent|entin|eur|eurin|grafin|login|kraft|kräfte)|[\w-]*(?:hiwi|azubi|koch|köchin|"
    r"praktikant|praktikantin|werkstudent|werkstudentin)))\b"
)
#: Work the reader's side gives: a job, a place, a shift, a contract (compounds too: "Nachtdienste", "Praktikumsplatz").
WORK_GIVEN = _rx(
    rf"{_JOB_NOUN}",
    r"[\w-]*(?:schicht|schichten|dienst|dienste|ausbildungsplatz|auftrag|aufträge)",
)
#: The writer given or placed: "mir … geben/vermitteln/überlassen", "mich … unterbringen/reinnehmen/einplanen", work
#: "für mich", "wo ich … anfangen könnte".
WRITER_RECEIVES = _rx(
    r"(?:mir|uns)\s+(?:[\w-]+\s+){0,6}?(?:geben|gebt|gib|geb|überlassen|zuschieben|zuschanzen|vermitteln|besorgen|"
    r"verschaffen|anbieten|abgeben|weitergeben|zuteilen)",
    r"(?:gib|gebt|geben\s+sie|überlass|überlasst|besorg|vermittel)\s+(?:\w+\s+)?(?:mir|uns)\b",
    r"(?:mich|uns)\s+(?:[\w-]+\s+){0,6}?(?:unterbringen|reinnehmen|reinholen|reinbringen|reinschieben|einplanen|einsetzen|"
    r"mitnehmen|anstellen|aufnehmen|nehmen|vormerken|einteilen|einstellen)",
    r"für\s+(?:mich|uns)\b",
    r"(?:ich|wir)\s+(?:[\w-]+\s+){0,4}?(?:anfangen|einsteigen|mitarbeiten|mithelfen|mitmachen)\s+(?:könnte|kann|dürfte|darf)",
)
#: The writer taken on for what they do, no work noun needed: "mich beauftragen", "mir … anvertrauen/übertragen".
WRITER_COMMISSIONED = _rx(
    r"(?:mich|uns)\s+(?:[\w-]+\s+){0,6}?(?:beauftragen|buchen|engagieren|einstellen|anheuern)",
    r"(?:mir|uns)\s+(?:[\w-]+\s+){0,6}?(?:anvertrauen|übertragen|in\s+auftrag\s+geben)",
    r"(?:beauftragen|buchen|engagieren)\s+sie\s+(?:mich|uns)",
)
#: The reader's side taking someone on, asked of the reader: "Braucht ihr noch jemanden", "sucht ihr noch ne Hiwi",
#: "Nehmen Sie noch einen Azubi", "Haben Sie schon eine Grafikerin?", "ob ihr noch wen sucht".
READER_TAKES_ON = _rx(
    rf"(?:sucht|suchen|suchst|braucht|brauchen|brauchst|nehmt|nehmen|nimmst|stellt|stellen|stellst)\s+(?:ihr|sie|du)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?{_TAKEN_ON}",
    rf"(?:ihr|sie|du)\s+(?:[\w-]+\s+){{0,4}}?{_TAKEN_ON}\s+(?:sucht|suchen|suchst|braucht|brauchen|brauchst|einstellt|"
    rf"einstellen|nehmt|nehmen|gebrauchen)",
    rf"(?:habt|haben|hast)\s+(?:ihr|sie|du)\s+(?:[\w-]+\s+){{0,5}}?schon\s+{_TAKEN_ON}",
    rf"(?:habt|haben|hast|hättet|hätten|hättest)\s+(?:ihr|sie|du)\s+(?:[\w-]+\s+){{0,5}}?(?:noch\s+)?(?:eine?n?|ne|nen|'ne|"
    rf"'nen)\s+{_JOB_NOUN}(?:\s+[\w-]+){{0,3}}?\s+frei\b",
)
#: The writer kept in mind: "denk an mich", "behalten Sie mich im Hinterkopf", "merken Sie mich vor".
REMEMBER_WRITER = _rx(
    r"(?:denk|denkt|denken\s+sie)\s+(?:\w+\s+)?an\s+mich",
    r"an\s+mich\s+(?:denken|denkst|denkt)",
    r"mich\s+(?:[\w-]+\s+){0,3}?(?:im\s+hinterkopf|auf\s+dem\s+schirm|in\s+erinnerung)",
    r"(?:merk|merkt|merken\s+sie)\s+mich\s+vor",
)
#: A question of how, what or which: asked to learn, not to be taken on ("how do you hire juniors?").
WH_QUESTION = quick(
    re.compile(
        r"(?:^|[,;:]\s*|\b(?:und|aber)\s+)\W*(?:was|wie|welche\w*|wer|wen|wem|wo|wann|warum|worauf|wonach|woran)\b",
        re.IGNORECASE,
    )
)
#: Words that open a condition just before a need ("wenn ihr eine Grafikerin braucht, kenne ich eine"): a need
#: supposed, not asked about.
CONDITION_BEFORE = quick(re.compile(r"\b(?:wenn|falls|sofern|sobald|sollte|sollten|solltet)\b[^,;:?]*$", re.IGNORECASE))
#: What is passed that is not work, just after the verb ("könnten Sie mir die Gehaltsspanne der Stelle geben?").
NOT_WORK_OBJECT = _rx(
    r"[\w-]*(?:gehalt|gehälter|gehaltsspanne|gehaltsband|kontakt|kontaktdaten|nummer|adresse|mail|link|infos?|"
    r"informationen|beschreibung|anforderungen|namen)",
)
#: The opening of a question whose "nicht"/"kein" asks all the more: "Braucht ihr nicht noch jemanden?".
NEGATIVE_QUESTION = quick(re.compile(r"^\W*(?:\w+\s+){0,3}?(?:ihr|sie|du)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE))
#: The opening of a condition or a possibility about the reader's side ("falls", "wenn", "vielleicht").
OPENING_SUPPOSED = _rx(r"falls|wenn|sollte|sollten|solltet|sobald|vielleicht|womöglich|eventuell")
#: The reader's side short of hands or with work left over: "unterbesetzt", "bleibt ein Manuskript liegen".
READER_SHORT = _rx(
    r"unterbesetzt|überlastet|knapp\s+besetzt|land\s+unter",
    r"(?:bleibt|bleiben|liegen\s*bleib\w*)\s+(?:[\w-]+\s+){0,6}?liegen|liegen\s*bleib\w*",
    r"platz\s+für\s+(?:eine?n?|noch\s+eine?n?|jemand\w*|mich)\b",
)
#: The writer offered in a statement, after an opening of the reader's side: "könnte ich ab sofort anfangen", "bin ich
#: am Montag da", "ich bin dabei", "für das ich einspringen könnte", "mein Lebenslauf hängt an", "schieb mich rein".
WRITER_OFFERED = _rx(
    r"(?:könnte|kann|wäre|bin|würde|werde)\s+ich\s+(?:[\w-]+\s+){0,3}?(?:anfangen|starten|einspringen|da|dabei|bereit|"
    r"verfügbar|zur\s+stelle|zur\s+verfügung|einsteigen|kommen|aushelfen)\b",
    r"ich\s+(?:bin|wäre|wär)\s+(?:[\w-]+\s+){0,3}?(?:dabei|da|bereit|verfügbar|zur\s+stelle)\b",
    r"ich\s+(?:[\w-]+\s+){0,3}?(?:anfangen|einspringen|aushelfen|einsteigen)\s+(?:könnte|kann|würde)",
    r"(?:mein|meinen)\s+(?:lebenslauf|cv|portfolio|mappe)\s+(?:hängt|liegt|ist|finden|schicke)",
    r"(?:würde|werde)\s+(?:ich\s+)?mich\s+(?:[\w-]+\s+){0,4}?freuen",
    r"(?:schieb|nimm|nehmt|holt|hol)\s+mich\b",
)


# ------------------------------------------------------------ job-ask: a need supposed, the writer offered (round 15)
# Read by :mod:`netkit.exercises.outreach.lint_need_supposed`: "falls [die Seite des Lesers] [etwas braucht], [ich
# mache es]". The same ideas as in the English data.

#: A wie, was oder welche inside a question, in the clause just before the reader's side takes people on ("ein Gespräch
#: darüber, wie Sie Schreiner einstellen?"): how they hire, not whether they would take the writer.
EMBEDDED_WH = quick(re.compile(r"\b(?:wie|was|welche\w*|wann|warum|wieso|weshalb)\b[^,;:?]*$", re.IGNORECASE))
#: The reader's side in a condition: "Sie", "Ihre Kanzlei", "ihr", "euch", "du", "dein Team", "Ihnen", "dir".
READER_SIDE = _rx(r"sie|ihr|ihre\w*|ihnen|euch|eure?\w*|du|dein\w*|dir|dich")
#: A need of the reader's side supposed: jemand fehlt, gesucht, gebraucht, eine Lücke, knapp besetzt, jemand geht in
#: Elternzeit oder hört auf, ein Team wird aufgebaut oder wächst.
READER_NEED = _rx(
    r"fehl\w*|brauch\w*|gebraucht|such\w*|gesucht|lücke|platz|engpass|knapp|unterbesetzt|überlastet|land\s+unter",
    r"elternzeit|mutterschutz|mutterschafts\w*|karenz|in\s+(?:rente|pension)|kündig\w*|aufhör\w*|weggeh\w*|ausfäll\w*|"
    r"aufbau\w*|aufbaut|ausbau\w*|ausbaut|wächst|wachsen|erweiter\w*|verstärk\w*",
)
#: The writer doing the work: a modal with "ich" and the verb at the clause's end ("könnte ich ab März übernehmen",
#: "kann ich jeden Morgen liefern", "ich würde gern zwei Mandate übernehmen").
WRITER_TAKES_IT = _rx(
    # the infinitive ends the clause in "-n" ("übernehmen", "liefern")
    r"(?:könnte|kann|würde|werde|könnten|können)\s+ich\s+(?:[\w-]+\s+){0,8}?[\w-]+n(?=\s*(?:[.,;!?]|$))",
    r"ich\s+(?:könnte|kann|würde|werde)\s+(?:[\w-]+\s+){0,8}?[\w-]+n(?=\s*(?:[.,;!?]|$))",
)
#: Help or talk offered, not work: the verb that ends the writer's offer ("kann ich Ihnen die Vorlage schicken").
HELP_OFFERED = _rx(
    r"(?:schicken|senden|zuschicken|weiterleiten|zeigen|erklären|erzählen|helfen|aushelfen\s+für\s+lau|vorstellen|"
    r"vermitteln|empfehlen|reden|sprechen|plaudern|treffen|geben|nennen|sagen|weiterhelfen|schauen|fragen|melden|"
    r"mitbringen|ausleihen|leihen|teilen|freuen)$",
)
#: The reader just after the writer's verb (rare in German, where the verb ends the clause): never, in effect.
READER_GIVEN = quick(re.compile(r"\s+(?:ihnen|dir|euch)\s*$", re.IGNORECASE))
#: When the writer starts, named in the offer ("ab Oktober", "ab sofort", "ab nächster Woche", "ab Montag").
START_NAMED = _rx(
    r"ab\s+(?:sofort|nächst\w+|kommend\w+|dem\s+\d+\w*|\d+\.|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|frühling|frühjahr|sommer|herbst|winter|montag|dienstag|mittwoch|donnerstag|freitag)",
)


# --------------------------------------------------------------------------- which question is the request
# (lint_question; labelling calls 7 and 18) A tag that ends a statement ("…, oder?", "…, gell?", "…, findest du
# nicht?"): the question is the tag's, not the request's.
QUESTION_TAG = re.compile(
    r"[,–—-]\s*\b(?:oder|oder\s+nicht|ne|nä|nee|gell|gelle|gelt|woll|wa|nich|ni|net|nicht|nicht\s+wahr|ja|stimmt'?s|"
    r"okay|ok|klar|(?:findest|meinst|oder|siehst)\s+(?:du|sie)\s+(?:das\s+)?(?:nicht|ni|net|nich|auch))\s*\?+[\s!.]*$",
    re.IGNORECASE,
)
# A statement led as a question after all ("Kannst du mir das schicken, oder?"): a verb or a question word in front.
QUESTION_LED = re.compile(
    r"^\W*(?:(?:kannst|könntest|würdest|hast|hättest|bist|wärst|willst|magst|möchtest|gibst|schickst|machst|weißt|"
    r"kennst|darfst|sollst|musst|kommst|nimmst)\s+du|(?:können|könnten|würden|haben|hätten|sind|wären|wollen|möchten|"
    r"mögen|geben|schicken|wissen|kennen|dürfen|sollen|kommen|nehmen)\s+sie|(?:kann|könnte|würde|hätte|wäre|darf|dürfte|"
    r"gibt|gäbe|ist|war)\s+(?:ich|es|das)|wann|wie|was|wo|wer|warum|weshalb|wieso|welche\w*|woher|wohin)\b",
    re.IGNORECASE,
)
# The writer as the object (not negated: "no me dejes mal, ¿vale?" asks no act) of a tagged statement ("Die
# schickst du mir …, oder?"): the tag then asks a favour.
WRITER_AS_OBJECT = re.compile(r"\b(?:mir|mich)\b", re.IGNORECASE)
# A request stated with the reader as its actor for the writer (labelling call 7), with no question: looking forward
# to the reader's answer, "wenn du mir … schickst" (not a past "wenn Sie mir damals nicht geholfen hätten"), the
# writer's plan that hands the reader a task ("dachte ich, du übernimmst Montag"; not "dachte, das freut dich"), the
# writer's need of the reader's answer or act by a date.
STATED_ASK = _rx(
    r"freue?\s+mich\s+(?:sehr\s+|schon\s+|jetzt\s+schon\s+)?auf\s+(?:ihre|deine|eure|ihr|dein|euer|ihren|deinen|euren)\s+"
    r"(?:[\w-]+\s+)?(?:rückmeldung|antwort|feedback|anruf|rückruf|nachricht|einschätzung|meinung|zusage|bescheid|input)",
    r"freue?\s+mich,?\s+(?:bald\s+)?von\s+(?:ihnen|dir|euch)\s+zu\s+hören",
    r"(?:wenn|falls|sobald)\s+(?:du|sie|ihr)\s+mir\b(?![^,.!?]{0,80}\b(?:hättest|hätten|hattest|hatten|damals|nicht\s+gewesen)"
    r"\b)",
    r"(?:dachte|denke|gedacht|überlegt|angenommen)\s*(?:ich)?\s*,\s*(?:dass\s+)?(?:du|sie|ihr)\s+"
    r"(?!(?:freust|freuen|magst|mögen|interessierst|interessieren|findest|finden|kennst|kennen|weißt|wissen|bist|sind)\b)"
    r"\w+",
    r"(?<!nicht\s)(?<!kein\s)brauch\w*\s+(?:[\w-]+\s+){1,6}?(?:bis|spätestens|vor)\s+(?:spätestens\s+)?(?:morgen|heute|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende|zum|\d)\w*",
    # a conditional offer of the writer's work that is the ask ("Falls Ihre Grafikerin … geht, könnte ich ab März
    # drei Tage übernehmen")
    r"(?:falls|wenn|sollte)\s+[^.!?\n]{0,100}?,\s*(?:könnte|kann|würde)\s+ich\s+(?:[\w-]+\s+){0,12}?(?:übernehmen|einspringen|"
    r"anfangen|aushelfen|mitarbeiten|beginnen|starten)",
    # gratitude promised for the reader's act, its "ich" left out ("… und wäre Ihnen für einen kurzen Rat dankbar")
    r"(?:wäre|wär)\s+(?:ich\s+)?(?:ihnen|dir|euch)\s+(?:[\w-]+\s+){0,8}?dankbar",
    r"(?:minuten|viertelstunde|stunde)\s+(?:ihrer|deiner|eurer)\s+(?:zeit|einschätzung|erfahrung)",
)

# --------------------------------------------------------------------------- the writer met the reader's work
# (connection-late) A plan, a wish or what would be in a sentence that names the reader's work ("I think we could do
# great things with your routing data", "you'll be sending three names"): not the writer having met that work.
# …nor is a reader named only as where they work, however it is praised: READER_NAMED's match read again.
WHERE_THEY_WORK = re.compile(
    r"(?:ihr|ihre|ihrem|ihren|ihrer|ihres|dein\w*|eue?r\w*)\s+(?:[\w-]+\s+)?(?:firma|unternehmen|team|organisation|abteilung|"
    r"arbeitgeber|konzern|behörde)\b",
    re.IGNORECASE,
)
WRITER_PLAN = re.compile(
    r"\b(?:könnten|könnte|würde|würden|werde|werden|wird|will|möchte|wollen|plane|planen)\b", re.IGNORECASE
)

# --------------------------------------------------------------------------- a reconnect's shared past as time since
# (connection-late, labelling call 8) The time since the two last met, told around the meeting ("seit der
# Meisterschule hab i nix mehr von dir g'hört", "das letzte Mal war beim Grünkohlessen"): a shared past, so the
# opening places the writer.
TIME_SINCE_MET = _rx(
    r"seit\s+(?:der|dem|den|unserer|unserem)\s+[^.!?\n]{0,60}?\b(?:nichts|nix|nicht|nimmer|kaum)\s+(?:mehr\s+)?"
    r"(?:von\s+(?:dir|ihnen|euch)\s+)?(?:gehört|gesehen|g'hört|gsehen|gesprochen)",
    r"das\s+letzte\s+mal\s+(?:war|haben\s+wir|hab\s+ich|habe\s+ich|sahen|sprachen|trafen)",
    # (not "lange nichts gehört!" alone: the meeting must be named)
    r"(?:lang|lange|ewig)\s+(?:nichts|nix|nich|nicht|net|nimmer)\s+(?:mehr\s+)?(?:voneinander\s+)?(?:gesehen|gsehen|gehört|"
    r"g'hört)\s+seit\s+(?:der|dem|den|unserer|unserem)\s+\w+",
)
