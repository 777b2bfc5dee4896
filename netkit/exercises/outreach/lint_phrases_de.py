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

from netkit.exercises.outreach.lint_phrases import ANGLE_PLACEHOLDER, HTML_TAGS, PLACEHOLDER, SENTENCE_SPAN

__all__ = ["ANGLE_PLACEHOLDER", "HTML_TAGS", "LANGUAGE", "PLACEHOLDER", "SENTENCE_SPAN"]

LANGUAGE = "de"
_W = r"(?:[\w-]+\s+)"  # one word and its space
# One word that is not a negation: German negates after the verb ("du musst nicht antworten" is a release).
_NOT_NEG = r"(?:(?!nicht\b|nichts\b|kein\w*\b|nie\b)\w+\s+)"


def _rx(*alternatives: str) -> re.Pattern:
    """One pattern for an idea; ``ß`` also matches the Swiss ``ss``."""
    body = "|".join(alternatives).replace("ß", "(?:ß|ss)")
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


NEGATION_BEFORE = re.compile(r"\b(?:nicht|nie|niemals|kein\w*|ohne|weder)\b[^.!?\n,;:]{0,40}$", re.IGNORECASE)

JOB_REQUEST = _rx(
    r"(?:mich|meinen\s+namen)\s+" + _W + r"{0,4}?(?:empfehlen|weiterempfehlen|vorschlagen|ins\s+spiel\s+bringen)",
    r"(?:empfiehl|empfehlen\s+sie)\s+mich",
    r"(?:ein(?:e)?\s+)?(?:referral|interne\s+empfehlung)",
    r"(?:job|stelle|praktikum|position|auftrag|aufträge|projekte?|vertrag|vorstellungsgespräch|interview)\s+"
    + _W
    + r"{0,4}?(?:besorgen|verschaffen|vermitteln|zuschanzen|geben|anbieten|organisieren)",
    r"mir\s+(?:einen?|eine)\s+(?:\w+\s+)?(?:job|stelle|praktikum|position|auftrag|vertrag)\s+(?:geben|anbieten)",
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?(?:einlegen|einlegst|einlegen\s+könntest)",
    r"für\s+mich\s+ein\s+gutes\s+wort",
    r"(?:meinen\s+|meine\s+)?(?:lebenslauf|cv|bewerbung|unterlagen|portfolio)\s+" + _W + r"{0,6}?"
    r"(?:weiterleiten|weitergeben|weiterreichen|vorlegen|zeigen|reichen)",
    r"(?:stell|stellen\s+sie|stellt)\s+mich\s+ein",
    r"mich\s+einstellen",
    r"mich\s+" + _W + r"{0,2}?(?:reinbringen|unterbringen|reinholen)",
    r"(?:aufträge|projekte|kunden|arbeit|jobs)\s+"
    + _W
    + r"{0,3}?(?:zuschanzen|zuschieben|rüberschicken|zukommen\s+lassen)",
    r"für\s+mich\s+bürgen",
)
JOB_TOPIC = _rx(
    r"(?:offene|freie)\s+(?:stellen?|positionen?|jobs?)",
    r"stellenangebot\w*",
    r"vakanz\w*",
    r"(?:sucht|suchen|stellt|stellen)\s+(?:ihr|ihre\s+firma|dein\s+team|ihr\s+team|euer\s+team|sie)\s+(?:gerade\s+|"
    r"aktuell\s+|zurzeit\s+)?(?:leute|jemanden|mitarbeiter\w*|ein\b)",
    r"(?:suche|such|brauche|will|möchte)\s+" + _W + r"{0,2}?(?:einen?\s+|eine\s+)?(?:neuen?\s+|neue\s+)?"
    r"(?:job|stelle|position|arbeit)",
    r"(?:job|stelle|position)\s+(?:bei|in)\s+(?:euch|eurer|ihrer|deiner|eurem|ihrem|deinem)",
    r"(?:wird|werden)\s+(?:bei\s+euch\s+|bei\s+ihnen\s+)?(?:stellen|jobs)\s+frei",
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
    r"welche\s+(?:fähigkeiten|erfahrung\w*|qualifikation\w*|kenntnisse|skills)",
    r"worauf\s+(?:\w+\s+)?(?:achtet|achten|schaut|schauen)",
    r"vorbereiten",
    r"was\s+(?:es\s+)?braucht",
    r"wie\s+(?:stellt|stellen)\s+(?:ihr|sie|dein\s+team)\s+ein",
)
SELF_WANT = _rx(r"ich\s+(?:\w+\s+)?(?:suche|brauche|will|möchte|hoffe)", r"(?:bin|sind)\s+(?:\w+\s+)?auf\s+der\s+suche")

ASK_PHRASE = _rx(
    r"(?:würdest|könntest|kannst|würden|könnten|können|hättest|hätten|wärst|wären)\s+(?:du|sie)",
    r"wäre\s+es",
    r"bitte",
    r"(?:gib|geben\s+sie|sag|sagen\s+sie)\s+mir\s+(?:\w+\s+)?bescheid",
    r"(?:lass|lassen\s+sie)\s+mich\s+(?:\w+\s+)?wissen",
    r"ich\s+würde\s+(?:mich\s+)?(?:\w+\s+)?(?:gerne?|freuen)",
    r"ich\s+möchte\s+(?:dich|sie|gerne?)",
    r"darf\s+ich",
    r"ich\s+wollte\s+(?:dich|sie|fragen)",
    r"ich\s+frage\s+mich,?\s+ob",
    r"es\s+wäre\s+(?:\w+\s+)?(?:toll|schön|super|großartig|hilfreich|klasse)",
    r"ich\s+wäre\s+(?:dir|ihnen)\s+(?:\w+\s+)?dankbar",
    r"ich\s+brauche\s+(?:dich|deine\s+hilfe|ihre\s+hilfe)",
    r"ich\s+hoffe,?\s+(?:du|sie)\s+(?:kannst|können|könntest|könnten)",
)
REQUEST = _rx(
    r"(?:würdest|könntest|kannst|würden|könnten|können)\s+(?:du|sie)",
    r"bitte",
    r"wäre\s+es\s+(?:\w+\s+)?möglich",
    r"gibt\s+es\s+(?:\w+\s+)?(?:chance|möglichkeit)",
    r"ich\s+wäre\s+(?:dir|ihnen)\s+(?:\w+\s+)?dankbar,?\s+wenn",
    r"es\s+wäre\s+(?:\w+\s+)?(?:toll|schön|super|großartig|hilfreich|klasse),?\s+wenn\s+(?:du|sie)",
    r"ich\s+würde\s+mich\s+(?:\w+\s+)?freuen,?\s+wenn\s+(?:du|sie)",
    r"(?:frag|fragen\s+sie|bitte|bitten\s+sie)\s+(?:sie|ihn)",
    r"(?:du\s+musst|sie\s+müssen|du\s+solltest|das\s+mindeste)\s+(?:\w+\s+){0,3}?(?:helfen|besorgen|geben|empfehlen)",
    r"(?:behalte|behalten\s+sie)\s+mich\s+(?:\w+\s+)?im\s+hinterkopf",
    r"(?:denk|denken\s+sie)\s+an\s+mich",
    r"ich\s+brauche\s+(?:dich|deine|ihre)",
    r"(?:hilf|helfen\s+sie)\s+mir",
)
OFFER_OF_HELP = _rx(
    r"wenn\s+ich\s+(?:\w+\s+){0,4}?(?:helfen|revanchieren|tun)\s+kann",
    r"falls\s+ich",
    r"revanchier\w*",
    r"wenn\s+(?:du|sie)\s+(?:\w+\s+)?(?:möchtest|möchten|willst|magst|brauchst|interesse)",
    r"helfe\s+(?:dir|ihnen)\s+gern",
    r"behilflich",
)

CONNECTION = _rx(
    r"(?:wir\s+)?(?:haben|hatten)\s+uns\s+" + _W + r"{0,8}?(?:kennengelernt|getroffen|gesehen|gesprochen|unterhalten)",
    r"wir\s+(?:\w+\s+){0,4}?(?:zusammengearbeitet|zusammen\s+gearbeitet|zusammen\s+studiert)",
    r"(?:schön|toll|nett|super|klasse)\s+(?:war\s+es,?\s+)?(?:dich|sie|euch)\s+" + _W + r"{0,3}?"
    r"(?:kennenzulernen|zu\s+treffen|zu\s+sehen|getroffen|gesehen|kennengelernt)",
    r"(?:hat|hatte|haben)\s+mir\s+(?:\w+\s+){0,2}?(?:deinen|ihren|deine|ihre)\s+(?:namen|kontakt|adresse|e-mail)",
    r"(?:hat|hatte)\s+mir\s+(?:\w+\s+){0,2}?(?:empfohlen|geraten|vorgeschlagen)",
    r"(?:hat|hatte)\s+mich\s+(?:\w+\s+){0,2}?(?:an\s+dich|an\s+sie|zu\s+dir|zu\s+ihnen)\s+(?:verwiesen|vermittelt|geschickt)",
    r"(?:dein|deine|deinen|deinem|ihr|ihre|ihren|ihrem)\s+(?:\w+\s+)?(?:vortrag\w*|beitrag|beiträge|artikel|post|posts|"
    r"buch|podcast|talk|workshop|panel|webinar|newsletter|interview|keynote|präsentation|video|blog\w*|kolumne|"
    r"rede|referat|auftritt|kurs|seminar|vorlesung)",
    r"gemeinsame[rn]?\s+(?:bekannte\w*|freund\w*|kolleg\w*)",
    r"über\s+(?:\w+\s+){0,2}?(?:alumni\w*|netzwerk|verein|meetup|kurs|mentor\w*|freundin|freund|kollegin|kollegen)",
    r"(?:unsere|unserer|unserem)\s+(?:zeit|jahre|tage)\s+(?:bei|in|an)",
    r"(?:lange|ewig|ewigkeiten)\s+(?:nicht|nichts)\s+(?:\w+\s+)?(?:gesehen|gehört|gesprochen|voneinander)",
    r"(?:ist|sind)\s+(?:schon\s+)?(?:eine\s+)?(?:weile|ewig|ewigkeiten|lange\s+her|jahre\s+her)",
    r"erinnerst\s+du\s+dich|erinnern\s+sie\s+sich",
    r"ich\s+(?:habe|hab)\s+(?:[\w-]+\s+){0,6}?(?:gelesen|gehört|gesehen|besucht)",
    r"als\s+wir",
    r"seit\s+(?:wir|unsere[rm]?)",
    r"ehemalige[rn]?\s+\w+",
    r"alte[rn]?\s+(?:kolleg\w*|team\w*|studienfreund\w*|mitbewohner\w*|chef\w*)",
    r"(?:kollege|kollegin|kommilitone|kommilitonin|mitglied)\s+(?:von|aus)",
    r"kennen\s+uns",
    r"(?:woher|wie)\s+wir\s+uns\s+kennen",
    r"uns\s+(?:\w+\s+)?(?:von|aus|über)\s+\w+\s+kennen",
    r"(?:vermittelt|weiterempfohlen|vorgestellt)",
    r"wir\s+waren\s+(?:\w+\s+){0,3}?(?:zusammen|gemeinsam|beide)",
    r"(?:du|sie)\s+(?:hast|haben)\s+(?:\w+\s+){0,4}?(?:gesprochen|präsentiert|geschrieben|erzählt)",
    r"(?:hast|haben)\s+(?:du|sie)\s+(?:[\w-]+\s+){0,6}?(?:gesprochen|präsentiert|vorgetragen|referiert|geschrieben|"
    r"erzählt)",
    r"wir\s+(?:hatten|haben|machten|waren|besuchten)\s+(?:\w+\s+)?(?:zusammen|gemeinsam)",
)

FIRST_PERSON = re.compile(r"\b(?:ich|mich|mir|mein\w*)\b", re.IGNORECASE)
SECOND_PERSON = re.compile(r"\b(?:du|dich|dir|dein\w*|ihnen|euch|eue?r\w*)\b|\b(?:Sie|Ihr\w*)\b")

PRESSURE = _rx(
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
)
REPROACH = _rx(
    r"(?:bist|sind)\s+(?:du|sie)\s+(?:\w+\s+){0,2}?zu\s+(?:beschäftigt|wichtig|gut|fein)",
    r"(?:wohl|anscheinend|offenbar)\s+zu\s+(?:beschäftigt|wichtig|fein)",
    r"(?:ignorierst|ignorieren\s+sie|ghostest)",
    r"(?:hast|haben)\s+mich\s+(?:\w+\s+)?(?:ignoriert|geghostet)",
    r"keine\s+(?:einzige\s+)?(?:antwort|reaktion|zeile)\s+(?:von\s+dir|von\s+ihnen|zurück)",
    r"(?:habe|hab)\s+(?:dir|ihnen)\s+(?:jetzt\s+)?(?:schon\s+)?(?:zweimal|dreimal|mehrmals|mehrfach|x-mal)",
    r"schwer,?\s+(?:dich|sie)\s+zu\s+erreichen",
    r"(?:schade|enttäuschend),?\s+dass\s+(?:du|sie)\s+(?:\w+\s+){0,2}?(?:nicht|nie)",
)
THANKS = _rx(r"(?:be)?dank\w*", r"merci", r"vergelt'?s\s+gott", r"wertschätz\w*", r"anerkennung")
APOLOGY = _rx(
    r"entschuldig\w*",
    r"tut\s+mir\s+(?:\w+\s+)?leid",
    r"sorry",
    r"verzeih\w*",
    r"bitte\s+um\s+nachsicht",
    r"mein\s+fehler",
)
BLAME = _rx(
    r"(?:war\s+|ist\s+)?nicht\s+(?:ganz\s+|wirklich\s+|allein\s+)?meine\s+schuld",
    r"(?:seine|ihre|deren)\s+schuld",
    r"schuld\s+(?:war|ist|waren|sind)\s+(?:der|die|das|mein|meine|unser\w*)",
    r"(?:niemand|keiner)\s+(?:hat\s+)?(?:mir\s+)?(?:\w+\s+)?(?:gesagt|bescheid\s+gegeben|informiert|gewarnt)",
    r"(?:er|sie|die|der|mein|meine|unser|unsere)\s+(?:\w+\s+)?(?:hat|haben|hatte|hatten)\s+(?:\w+\s+){0,2}?vergessen",
    r"(?:hat|haben|hatte)\s+mir\s+(?:\w+\s+){0,2}?(?:nicht|nie)\s+(?:bescheid|gesagt|mitgeteilt)",
    r"wegen\s+(?:der|des|dem|meines|meiner|meinem|unseres|unserer|unserem)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|team\w*|"
    r"kund\w*|verkehr\w*|zug\w*|bahn|system\w*|kolleg\w*|stau\w*|streik\w*|agentur)",
    r"(?:zug|bahn|bus|flug|s-bahn|tram)\w*\s+(?:\w+\s+){0,3}?(?:verspätung|ausgefallen|fiel\s+aus|gestrichen)",
    r"(?:laptop|computer|internet|wlan|handy|akku|babysitter\w*|tagesmutter|kita)\s+(?:\w+\s+){0,3}?"
    r"(?:abgestürzt|kaputt|ausgefallen|fiel\s+aus|streikte|abgesagt|leer)",
    r"(?:lag|liegt)\s+nicht\s+(?:an\s+mir|in\s+meiner\s+hand)",
    r"konnte\s+ich\s+(?:leider\s+)?nichts\s+(?:dafür|machen|tun)",
    r"(?:tut\s+mir\s+leid|sorry),?\s+(?:falls|wenn|dass)\s+(?:du|sie)\s+(?:dich|sich)",
    r"höhere\s+gewalt",
    r"(?:hat|haben|hatte|hatten)\s+(?:uns|mir)\s+(?:[\w-]+\s+){0,3}?(?:erst|zu\s+spät)\b",
    r"(?:haben|hat)\s+mir\s+(?:\w+\s+){0,2}?(?:die\s+)?(?:falsche|alte|veraltete)",
)
DEADLINE = _rx(
    r"bis\s+(?:spätestens\s+)?(?:morgen|heute|heute\s+abend|ende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|nächste\w*|zum|\d{1,2}\.)",
    r"vor\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|dem\s+wochenende)",
    r"asap",
    r"so\s+schnell\s+wie\s+möglich",
    r"schnellstmöglich",
    r"dringend",
    r"sofort",
    r"umgehend",
    r"noch\s+heute",
)
REPLY = _rx(
    r"antwort\w*",
    r"rückmeldung",
    r"(?:melde|melden)\s+(?:dich|sie\s+sich)",
    r"bescheid",
    r"zurückschreiben",
    r"zurückmelden",
    r"hören",
)
BUSY_BUT = re.compile(
    r"\b(?:ich\s+weiß|mir\s+ist\s+(?:schon\s+)?klar|ich\s+verstehe)\s*,?\s*(?:dass\s+)?(?:du|sie|es)\s+(?:\w+\s+){0,4}?"
    r"(?:beschäftigt|viel\s+zu\s+tun|eingespannt|wenig\s+zeit|viel\s+verlangt|kurzfristig)\w*\s*(?:\w+\s+){0,2}?,?\s*"
    r"aber\s+(?P<after>[^.!?\n]{0,160})",
    re.IGNORECASE,
)
RELEASE = _rx(
    r"kein\w*\s+(?:stress|eile|druck|problem|sorge|verpflichtung|muss)",
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
)
OWNING = _rx(
    r"keine\s+ausrede",
    r"(?:meine|mein)\s+(?:eigene\w*\s+)?(?:verantwortung|fehler|schuld|versäumnis)",
    r"(?:geht|liegt)\s+(?:\w+\s+)?(?:auf\s+meine\s+kappe|bei\s+mir)",
    r"ich\s+hätte\s+(?:\w+\s+){0,5}?(?:sollen|müssen)",
    r"ich\s+(?:übernehme|trage)\s+(?:\w+\s+){0,2}?verantwortung",
    r"ich\s+(?:habe|hab)\s+(?:\w+\s+){0,4}?(?:eingeplant|geplant|geprüft|nachgefragt)",
)

GO_AROUND = _rx(
    r"an\s+(?:deinem|deiner|ihrem|ihrer|seinem|dem|der)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|hr|personalabteilung|"
    r"manager\w*|prozess|bewerbungsprozess|portal|recruit\w*)\s+vorbei",
    r"(?:über\s+)?(?:den\s+)?kopf\s+(?:deines|deiner|ihres|ihrer|seines)\s+(?:\w+\s+)?(?:chef\w*|vorgesetzt\w*|manager\w*)",
    r"(?:prozess|portal|bewerbung\w*|hr|test|assessment|runde|gespräche?|auswahlverfahren|warteschlange)\s+"
    r"(?:zu\s+)?(?:überspringen|umgehen|auslassen)",
    r"(?:überspring|umgeh)\w*\s+(?:\w+\s+){0,2}?(?:prozess|portal|test|hr|assessment|bewerbung\w*)",
    r"ohne\s+(?:\w+\s+){0,2}?(?:hr|personalabteilung|bewerbungsportal|portal|prozess|ausschreibung)",
    r"hinter\s+(?:dem\s+)?rücken",
    r"direkt\s+(?:\w+\s+){0,2}?(?:letzte|finale)\s+runde",
)
CONFIDENTIAL = _rx(
    r"vertraulich\w*",
    r"intern\w*\s+(?:\w+\s+){0,2}?(?:dokument\w*|unterlagen|zahlen|daten|gehalt\w*|liste\w*|memo\w*|bericht\w*|pläne|"
    r"strategie\w*|preise|präsentation\w*|protokoll\w*)",
    r"gehalts(?:bänder|band|stufen|spanne\w*|tabelle\w*|daten)",
    r"(?:wer\s+sonst\s+noch|die\s+anderen\s+(?:bewerber\w*|kandidat\w*))\s+(?:\w+\s+){0,3}?(?:beworben|eingeladen)",
    r"(?:was|wie\s+viel)\s+(?:\w+\s+){0,3}?(?:die\s+anderen|andere\s+\w+)\s+verdien\w*",
    r"(?:welche|die)\s+(?:interview)?fragen\s+(?:\w+\s+){0,4}?(?:stellen\s+wird|stellen\s+werden|kommen\s+werden)",
    r"unter\s+der\s+hand",
    r"inoffiziell",
    r"bevor\s+(?:es|das)\s+(?:\w+\s+)?(?:bekannt|öffentlich|offiziell)",
    r"(?:niemand|keiner)\s+muss\s+(?:das\s+|es\s+|davon\s+)?wissen",
)
VOUCH = _rx(
    r"(?:ein\s+)?gutes\s+wort",
    r"bürgen",
    r"empfehl\w*",
    r"(?:sag|sagen\s+sie)\s+(?:ihr|ihm|ihnen),?\s+dass",
    r"für\s+(?:ihn|sie|mich)\s+(?:stark\s+machen|einsetzen|verbürgen)",
)
CANNOT_JUDGE = _rx(
    r"(?:nie|nicht|noch\s+nie|kaum)\s+(?:\w+\s+){0,3}?(?:zusammengearbeitet|zusammen\s+gearbeitet|kennengelernt)",
    r"(?:meine|ihre|seine|deren)\s+arbeit\s+(?:\w+\s+){0,2}?(?:nie|nicht|kaum)",
    r"(?:nie|nicht|kaum)\s+(?:\w+\s+){0,2}?(?:meine|ihre|seine)\s+arbeit",
    r"(?:kennst|kennen)\s+(?:\w+\s+){0,2}?(?:nicht|kaum)",
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
)
SENIOR = _rx(
    r"ceo",
    r"cto",
    r"cfo",
    r"coo",
    r"(?:mit)?gründer\w*",
    r"geschäftsführ\w*",
    r"geschäftsleitung",
    r"direktor\w*",
    r"vorstand\w*",
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
)
SPEAK_FOR = _rx(
    r"(?:mich|meinen\s+namen|mein\s+(?:profil|startup|projekt))\s+(?:\w+\s+){0,4}?(?:erwähnen|empfehlen|"
    r"ins\s+gespräch\s+bringen|vorschlagen|ins\s+spiel\s+bringen)",
    r"(?:erwähn|empfiehl)\w*\s+(?:\w+\s+)?mich",
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?(?:bei|einlegen)",
    r"(?:sag|erzähl)\w*\s*,?\s+(?:\w+\s+){0,3}?(?:von\s+mir|dass\s+ich)",
    r"für\s+mich\s+(?:einsetzen|stark\s+machen|sprechen)",
)
THIRD_PARTY_REFERRAL = _rx(
    r"(?:frag|fragen|bitte|bitten|überzeug\w*)\s+(?:sie\s+)?(?:sie|ihn|\w+)\s+(?:\w+\s+){0,3}?,?\s*ob\s+(?:sie|er)\s+"
    r"(?:\w+\s+){0,3}?(?:empfehlen|einstellen|weiterempfehlen|vorschlagen|bürgen)",
    r"(?:sie|ihn|ihr|ihm)\s+(?:\w+\s+)?(?:fragen|bitten),?\s+ob\s+(?:sie|er)\s+(?:\w+\s+){0,3}?(?:empfehlen|einstellen|"
    r"weiterempfehlen|vorschlagen)",
    r"(?:dass|damit)\s+(?:sie|er)\s+mich\s+(?:\w+\s+){0,2}?(?:empfiehlt|einstellt|vorschlägt|weiterempfiehlt)",
    r"(?:sie|ihn)\s+(?:\w+\s+){0,2}?bitten,?\s+mich\s+(?:\w+\s+){0,2}?(?:zu\s+empfehlen|einzustellen|vorzuschlagen)",
)
INFORMATION_ASK = _rx(
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
    r"(?:wir\s+)?(?:haben|hatten)\s+uns\s+" + _W + r"{0,5}?(?:kennengelernt|getroffen|gesehen|gesprochen|unterhalten)",
    r"(?:zusammen|gemeinsam)\s+(?:\w+\s+)?(?:studiert|gearbeitet|gespielt|gesungen|gewohnt|gemacht)",
    r"zusammengearbeitet",
    r"(?:schön|toll|nett|super)\s+(?:war\s+es,?\s+)?(?:dich|sie)\s+" + _W + r"{0,3}?(?:getroffen|gesehen|kennengelernt|"
    r"kennenzulernen|zu\s+sehen)",
    r"kennen\s+uns",
    r"(?:woher|wie)\s+wir\s+uns\s+kennen",
    r"(?:lange|ewig|ewigkeiten)\s+(?:nicht|nichts)",
    r"(?:ist|sind)\s+(?:schon\s+)?(?:eine\s+)?(?:weile|ewig|ewigkeiten|lange\s+her|jahre\s+her)",
    r"seit\s+(?:unserer|unserem|wir)",
    r"als\s+wir",
    r"erinner\w*",
    r"ehemalige[rn]?",
    r"alte[rn]?\s+(?:freund\w*|kolleg\w*|team\w*|mitbewohner\w*)",
    r"mein\w*\s+(?:alte[rn]?\s+)?(?:mitbewohner\w*|kommiliton\w*|teamkolleg\w*)",
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
)
# Titles with a full stop ("Dr. Albers", "Mag. Huber"): not the end of a sentence when the opening is read.
TITLE_DOT = re.compile(r"\b(Dr|Prof|Hr|Fr|Mag|Dipl|Ing|DI|Bsc|Msc)\.(?=\s)")
ME_LED = re.compile(r"^(?:ich|mein\w*|mir|mich)\b", re.IGNORECASE)
CLAUSE_SPLIT = re.compile(r"[.!?…;:\n]+|,\s*(?:und|aber|also)\s+(?=ich\b)|\s+und\s+(?=ich\b)", re.IGNORECASE)
CLAUSE_GREETING = re.compile(
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
FOR_ME = re.compile(r"\b(?:mich|mir|mein\w*|uns|unser\w*)\b", re.IGNORECASE)
WRITER_DOES = re.compile(r"\bich\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# --------------------------------------------------------------------------- ideas added in English first (round 4)
# Asking the reader to speak for you to someone else: a good word, a recommendation, passing your name on.
ENDORSE = _rx(
    r"(?:ein\s+)?gutes\s+wort\s+(?:für\s+mich\s+)?einleg\w*",
    r"(?:mich|meinen\s+namen)\s+(?:\w+\s+){0,3}?(?:empfehl\w*|vorschlag\w*|vorschläg\w*|weitergeb\w*|weiterleit\w*)",
    r"empfiehl\s+mich",
    r"für\s+mich\s+bürg\w*",
    r"(?:meinen\s+namen|mein\s+profil|meinen\s+lebenslauf|meinen\s+cv)\s+(?:\w+\s+){0,3}?(?:weiter|an\s+\w+)",
)
# The message is about work: a job, a role, an application.
JOB_CONTEXT = _rx(
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
    r"lange\s+nicht\s+(?:gesehen|gehört|gesprochen)",
    r"ich\s+schulde\s+dir\s+(?:was|ein\s+bier|einen\s+kaffee)",
    r"du\s+bist\s+(?:ein\s+schatz|der\s+beste|die\s+beste|spitze)",
)
# A promise to keep something secret next to an ask: the reader is asked to leak.
SECRECY = _rx(
    r"(?:bleibt|bleibt\s+auch)\s+(?:unter\s+uns|vertraulich)",
    r"unter\s+uns\s+gesagt",
    r"(?:niemand|keiner)\s+(?:wird|muss|soll)\s+(?:es\s+|das\s+)?(?:erfahren|wissen)",
    r"ich\s+(?:sage|verrate|erzähle)\s+(?:es\s+|das\s+)?(?:niemandem|keinem)",
    r"ich\s+behalte\s+(?:es|das)\s+für\s+mich",
)
# An offer put as a question ("Soll ich dich vorstellen?"): not a request of the reader.
OFFER_QUESTION = _rx(
    r"soll\s+ich",
    r"(?:möchtest|willst|magst)\s+du,\s+dass\s+ich",
    r"(?:möchten|wollen)\s+sie,\s+dass\s+ich",
    r"kann\s+ich\s+(?:dir|ihnen|euch)\s+(?:helfen|etwas\s+abnehmen)",
)

# Placeholder from lint-en (round 6): "… and I …" inside a sentence led by I (see lint_phrases.SELF_AND). It never
# matches until this language defines it; see /work/notes/lint-names-r6.md.
SELF_AND = re.compile(r"(?!)")
# Placeholder from lint-en (round 6): the writer congratulates the reader (see lint_phrases.CONGRATULATION); it never
# matches until this language defines it.
CONGRATULATION = re.compile(r"(?!)")
