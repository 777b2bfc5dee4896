"""The German linter by class, on wordings of my own (issue #25): each case says the same thing another way, so a rule
that learnt one corpus writer's phrases instead of the idea fails here.

Each class has cases that must fire and near-misses that must stay silent, in both forms of address (du, Sie, ihr),
with German word order (verb-second, verb-last, separable verbs: "stellst du mich … vor"), regional wording (Austria:
"Servus", "heuer", "Jänner"; Switzerland: "Grüezi", "Merci", no ß) and English loanwords ("Referral", "Call").
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from netkit.exercises.outreach import lint_phrases_de
from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.lint_corpus import load_corpus
from netkit.exercises.outreach.lint_prefilter import QuickPattern


def rules(text: str, situation: str | None = "informational-interview", relationship: str | None = "stranger"):
    return {f.rule for f in lint(text, situation, relationship=relationship, language="de")}


# --------------------------------------------------------------------------- connection-late
CONNECTION_STATED = [
    # met, in any word order
    "Hallo Frau Vogel,\n\nbeim Datenfrühstück in Leipzig saßen wir am selben Tisch. Ich wechsle gerade aus der "
    "Buchhaltung ins Controlling. Hätten Sie 20 Minuten für ein Telefonat?\n\nDanke und viele Grüße\nMia",
    "Servus Toni, super, dass wir uns letzten Freitag beim Grillabend vom Ruderclub so lange unterhalten haben! "
    "Hättest du Zeit auf einen Kaffee? Danke dir, Vroni",
    "Grüezi Herr Käser\n\nAm Apéro der Zürcher Informatikerinnen haben Sie von Ihrer Arbeit bei der SBB erzählt. "
    "Wie sind Sie zur Bahn gekommen? Merci vielmals\nLea",
    # the reader's work, in a compound or a relative clause
    "Hallo Frau Dr. Ernst,\n\nIhre LinkedIn-Serie über Pflegeroboter hat mir die Augen geöffnet. Ich bin "
    "Altenpflegerin. Könnten Sie mir sagen, wo ich mehr darüber lernen kann?\n\nVielen Dank\nPia",
    "Hallo Herr Wirth,\n\nden Podcast, den Sie mit dem Bauhaus-Archiv gemacht haben, habe ich zweimal gehört. Wie "
    "sind Sie zum Ausstellungsdesign gekommen?\n\nDanke Ihnen\nOle",
    # where the name came from, or who sent them
    "Liebe Frau Haas,\n\nIhren Namen hat mir Herr Roth aus dem Mentoring-Programm genannt. Ich studiere "
    "Geoinformatik. Hätten Sie Zeit für ein kurzes Gespräch?\n\nDanke\nJana",
    "Hallo Herr Berisha,\n\nauf der Website der IHK Stuttgart bin ich auf Ihr Profil gestoßen. Ich mache gerade "
    "die Meisterschule. Wie haben Sie den Schritt in die Selbständigkeit geplant?\n\nDanke\nLuca",
    "Hallo Ines, Marie meinte, du kennst dich mit Förderanträgen aus. Hättest du 15 Minuten für mich? Danke, Kim",
    # a previous exchange the reader will remember
    "Hallo Herr Graf,\n\nwie versprochen schicke ich Ihnen den Link zu meinem Portfolio. Hätten Sie nächste Woche "
    "Zeit für ein kurzes Feedback?\n\nDanke\nTim",
]

CONNECTION_MISSING = [
    "Hallo Frau Lenz,\n\nich bin Bauingenieurin und möchte in die Projektsteuerung wechseln. Ich habe mich viel "
    "eingelesen. Hätten Sie 20 Minuten für ein Telefonat? Wir haben uns übrigens beim Baugipfel in Köln getroffen."
    "\n\nDanke\nAnne",
    "Sehr geehrter Herr Fuchs,\n\nich suche nach einem Einstieg in die Hotellerie. Welche Weiterbildung würden Sie "
    "empfehlen?\n\nVielen Dank\nTarek",
]


@pytest.mark.parametrize("text", CONNECTION_STATED)
def test_a_connection_stated_in_the_opening_is_read(text):
    assert "connection-late" not in rules(text, relationship="acquaintance")


@pytest.mark.parametrize("text", CONNECTION_MISSING)
def test_a_missing_or_late_connection_is_flagged(text):
    assert "connection-late" in rules(text)


def test_a_refusal_needs_no_connection():
    for text in ("Bitte streichen Sie mich aus Ihrem Verteiler.", "Lasst mich mit euren Umfragen in Ruhe."):
        found = rules(text, None)
        assert "connection-late" not in found and "curt-decline" in found


# --------------------------------------------------------------------------- job-ask
JOB_ASKS = [
    # separable verbs and verb-last ("schlägst du mich … vor")
    "Hallo Nora, schlägst du mich bei eurer Teamleitung für die offene Stelle als Data Engineer vor? Danke, Ben",
    "Hallo Herr Kurz, ich habe Ihren Vortrag gehört. Könnten Sie mich bei Ihrer Personalabteilung für das "
    "Traineeprogramm empfehlen? Danke, Lisa",
    # a job noun in a compound, in a relative clause, with "für mich"
    "Hallo Frau Yilmaz, ich habe Ihren Artikel gelesen. Gibt es bei Ihnen einen Ausbildungsplatz für mich? Danke, Ece",
    "Hi Jonas, dein Talk war klasse. Habt ihr Projekte, die ihr an Freelancer vergeben könnt? Danke, Sven",
    "Hallo Herr Auer, Ihr Vortrag war stark. Hätten Sie nicht eine Werkstudentenstelle für mich? Danke, Max",
    # openings, verb-second and verb-last
    "Hallo Frau Kranz, ich habe Ihren Beitrag über Logistik gelesen. Sind bei Ihnen im Lager gerade Stellen frei? "
    "Danke, Ali",
    "Grüezi Herr Meier, ich habe Ihr Referat am Swissdata-Tag gehört. Falls bei Ihnen eine Stelle frei wird, würde "
    "ich mich freuen, wenn Sie an mich denken. Merci, Nina",
    # conditional and subject-drop wishes
    "Hey Tom, hab deinen Post über euer Start-up gesehen. Würde echt gern bei euch einsteigen. Danke!",
    # a referral relayed to a third person
    "Hallo Aylin, deine Schwester arbeitet doch bei Bosch. Kannst du sie fragen, ob sie mich für die Stelle im "
    "Einkauf empfiehlt? Danke dir!",
]

NOT_JOB_ASKS = [
    # saying what you want and asking for information
    "Hallo Frau Kern,\n\nich habe Ihren Vortrag beim HR-Barcamp gehört. Ich suche eine Stelle im People Analytics "
    "und würde gern verstehen, wie Ihr Team arbeitet. Hätten Sie 20 Minuten?\n\nDanke\nOle",
    # a question about what it takes
    "Hallo Herr Thiel, ich habe Ihren Artikel gelesen. Worauf achten Sie bei Bewerbungen für Traineestellen? Danke, Ina",
    # an opening offered to the reader
    "Hallo Lars, wir haben uns beim Meetup gesehen. Bei uns ist eine Stelle frei, die gut zu dir passen würde. "
    "Soll ich dir die Ausschreibung schicken? Viele Grüße, Eva",
    # a refusal that names a referral
    "Hallo Herr Brandt, danke für Ihre Nachricht. Ich kann Sie leider nicht empfehlen, da wir nie zusammengearbeitet "
    "haben. Viel Erfolg bei der Suche!",
]


@pytest.mark.parametrize("text", JOB_ASKS)
def test_job_asks_in_every_form_are_flagged(text):
    assert "job-ask" in rules(text)


@pytest.mark.parametrize("text", NOT_JOB_ASKS)
def test_saying_what_you_want_or_offering_is_not_a_job_ask(text):
    assert "job-ask" not in rules(text, relationship="acquaintance")


def test_a_friend_may_be_asked_but_not_in_a_congratulation():
    text = "Hey Lina, kannst du mich bei euch für die Stelle im Vertrieb empfehlen? Danke dir!"
    assert "job-ask" not in rules(text, "introduction", "friend")
    congrats = "Gratuliere zur Beförderung, Lina! Brauchst du jetzt noch eine Assistentin? Ich wär dabei."
    assert "job-ask" in rules(congrats, "congratulate", "friend")


# --------------------------------------------------------------------------- pressure
PRESSURE = [
    # the writer's deadline on the reader's favour
    "Hallo Herr Lang, wir haben uns auf der Messe gesehen. Ich brauche Ihre Einschätzung unbedingt bis Mittwoch, "
    "weil ich dann zusagen muss. Danke!",
    # guilt, counting on them
    "Hi Mo, ich verlass mich da voll auf dich, du bist meine einzige Chance. Kannst du mit deiner Chefin reden? Danke!",
    "Hallo Sabine, ich habe dir damals bei deiner Masterarbeit geholfen, da wirst du mir doch wohl eine halbe Stunde "
    "schenken. Passt dir Montag?",
    # a promise made in their name
    "Hoi Urs, ich habe meinem Bruder schon versprochen, dass du ihm beim Lebenslauf hilfst. Er meldet sich morgen.",
    # reproach for silence
    "Hallo Frau Beck, ich habe Ihnen schon dreimal geschrieben. Ein kurzes Nein wäre ja wohl drin gewesen. "
    "Haben Sie jetzt Zeit?",
    "Hallo Jan, da du dich seit Wochen nicht gemeldet hast, nehme ich an, dass dir das egal ist. Oder doch ein Call?",
    # comparing them with others
    "Hallo Herr Graf, alle anderen aus dem Vorstand haben schon zugesagt, nur Sie fehlen noch. Passt Ihnen Dienstag?",
]

NO_PRESSURE = [
    # a deadline on something the reader may want
    "Hallo Petra, wir suchen bis Freitag noch Speakerinnen für unser Meetup. Hättest du Lust? Kein Stress, wenn "
    "nicht. Danke!",
    # busy, but released
    "Hallo Herr Weber, ich weiß, dass Sie viel zu tun haben, aber falls Sie irgendwann zehn Minuten finden, würde "
    "ich mich freuen. Kein Problem, wenn nicht. Danke!",
    # a friendly follow-up that owns the silence
    "Hallo Frau Adler, ich wollte kurz an meine Nachricht von letzter Woche erinnern, falls sie untergegangen ist. "
    "Hätten Sie Zeit für ein kurzes Gespräch? Danke!",
]


@pytest.mark.parametrize("text", PRESSURE)
def test_pressure_of_every_kind_is_flagged(text):
    assert "pressure" in rules(text, "follow-up", "acquaintance")


@pytest.mark.parametrize("text", NO_PRESSURE)
def test_deadlines_on_their_own_interest_and_released_asks_are_not_pressure(text):
    assert "pressure" not in rules(text, "follow-up", "acquaintance")


# --------------------------------------------------------------------------- apology-blame
BLAME = [
    "Hallo Frau Sommer, entschuldigen Sie, dass der Bericht zu spät kam. Die Grafikabteilung hat die Abbildungen "
    "vergessen, da war nichts zu machen.",
    "Sorry wegen gestern, Jonas. Der Zug hatte über eine Stunde Verspätung und mein Handy war leer.",
    "Tut mir leid, dass die Präsentation schiefging. Das Tool ist dauernd abgestürzt, das lag echt nicht an mir.",
    "Entschuldige die Verwirrung mit dem Termin. Deine Assistentin hat mir ja die falsche Adresse geschickt.",
    "Es tut mir leid wegen der Zahlen. Unterm Strich sind da auf beiden Seiten Fehler passiert.",
]

OWNED = [
    "Hallo Frau Sommer, entschuldigen Sie, dass der Bericht zu spät kam. Ich habe den Aufwand unterschätzt, das war "
    "mein Fehler. Sie bekommen ihn morgen früh.",
    "Sorry wegen gestern, Jonas. Mein Zug hatte Verspätung, aber das ist keine Ausrede: Ich hätte früher fahren sollen.",
]


@pytest.mark.parametrize("text", BLAME)
def test_an_apology_that_points_at_others_is_flagged(text):
    assert "apology-blame" in rules(text, "apology", "teammate")


@pytest.mark.parametrize("text", OWNED)
def test_an_apology_that_owns_the_cause_is_not(text):
    assert "apology-blame" not in rules(text, "apology", "teammate")


# --------------------------------------------------------------------------- awkward-position
AWKWARD = [
    # around a manager or the process
    "Hi Lea, kannst du meine Bewerbung direkt an deinen Abteilungsleiter geben? Dann muss ich nicht übers Portal. "
    "Danke!",
    "Hallo Chris, könntest du die Personalabteilung einfach umgehen und mich gleich zum Fachgespräch einladen? Danke!",
    # leaks
    "Hey Sam, du sitzt doch im Auswahlgremium. Kannst du mir sagen, wer sonst noch auf der Shortlist steht? Danke!",
    "Hallo Jonas, weißt du, welche Gehaltsspanne intern für die Stelle vorgesehen ist? Bleibt natürlich unter uns.",
    "Hi Kim, kannst du mir die Kundenliste von deinem alten Arbeitgeber schicken? Danke!",
    # speaking for the writer to someone senior
    "Hallo Anna, könntest du bei deiner Geschäftsführerin mal meinen Namen ins Spiel bringen? Danke dir!",
    # vouching blind
    "Hallo Herr Ott, wir haben zwar nie zusammengearbeitet, aber könnten Sie mir ein Empfehlungsschreiben "
    "ausstellen? Danke!",
]

NOT_AWKWARD = [
    "Hi Lea, wie läuft bei euch der Bewerbungsprozess für Quereinsteiger ab? Danke!",
    "Hallo Anna, würdest du es sinnvoll finden, wenn ich deine Geschäftsführerin selbst anschreibe? Danke dir!",
    "Hallo Herr Ott, Sie kennen meine Arbeit aus drei gemeinsamen Projekten. Wären Sie bereit, mir ein "
    "Empfehlungsschreiben zu geben? Danke!",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_positions_are_flagged(text):
    assert "awkward-position" in rules(text, "introduction", "friend")


@pytest.mark.parametrize("text", NOT_AWKWARD)
def test_honest_asks_are_not_awkward(text):
    assert "awkward-position" not in rules(text, "introduction", "teammate")


# --------------------------------------------------------------------------- about-me
def test_german_word_order_self_talk_is_read():
    """Verb-second ("Seit acht Jahren arbeite ich …") and subject drop ("Bin …") are self-talk too."""
    text = (
        "Hallo Frau Roth,\n\nIhren Namen habe ich im Alumni-Verzeichnis gefunden. Seit acht Jahren bin ich "
        "Rettungssanitäter. Nebenbei studiere ich Gesundheitsmanagement. Im Frühjahr habe ich meinen Abschluss "
        "gemacht. Bin jetzt auf der Suche nach einem Einstieg. Hätten Sie Zeit?\n\nDanke\nErik"
    )
    assert "about-me" in rules(text)


def test_a_message_about_them_is_not_about_me():
    text = (
        "Hallo Frau Roth,\n\nIhr Vortrag über Notfallversorgung auf dem Land hat mich beeindruckt. Wie sind Sie zu "
        "dem Thema gekommen? Und was würden Sie jemandem raten, der aus dem Rettungsdienst kommt? Ich bin seit acht "
        "Jahren Sanitäter.\n\nDanke\nErik"
    )
    assert "about-me" not in rules(text)


# --------------------------------------------------------------------------- thanks and refusals
def test_a_wish_for_an_answer_is_a_request_to_thank_for():
    text = (
        "Grüezi Frau Keller\n\nIhren Namen habe ich auf der Website des Verbands gefunden. Ich biete Buchhaltung "
        "für Arztpraxen an. Über einen kurzen Austausch würde ich mich freuen.\n\nFreundliche Grüsse\nSandra"
    )
    assert "unthanked-ask" in rules(text, "client-or-collaborator")


def test_anerkennung_of_a_degree_is_not_thanks():
    text = (
        "Sehr geehrte Frau Weiß,\n\nIhren Namen hat mir die Beratungsstelle genannt. Ich warte auf die Anerkennung "
        "meines Abschlusses als Ingenieurin. Wie haben Sie die Wartezeit genutzt?\n\nMit freundlichen Grüßen\nOlena"
    )
    assert "unthanked-ask" in rules(text, "starting-out")


@pytest.mark.parametrize(
    "text",
    [
        "Kein Interesse. Bitte keine weiteren Nachrichten.",
        "Fragen Sie mich bitte nicht wieder nach Empfehlungen.",
        "Nein. Melden Sie sich bitte nicht mehr bei mir.",
    ],
)
def test_curt_refusals_get_the_kind_line_hint(text):
    found = rules(text, None)
    assert "curt-decline" in found
    assert not found & {"no-question", "unthanked-ask", "connection-late"}


@pytest.mark.parametrize(
    "text",
    [
        "Danke für Ihre Nachricht. Ich kann Sie leider nicht empfehlen, wünsche Ihnen aber viel Erfolg.",
        "Danke, aber nein.",  # short, and it thanks
    ],
)
def test_a_kind_refusal_is_left_alone(text):
    found = rules(text, None)
    assert "curt-decline" not in found and "connection-late" not in found


# --------------------------------------------------------------------------- a second round of my own wordings
# (text, situation, relationship, rules that must fire, rules that must stay silent): written after the classes above
# were fixed, to see whether the fixes generalise; what failed was then fixed by class (loanword and separable verbs,
# help to get a job, favours called in, waiting "seit drei Wochen", agentless failures, ahead of HR, events with
# any determiner, "Ihnen sehr verbunden" as thanks, "Nein, dafür habe ich keine Zeit").
MORE = [
    # (text, situation, relationship, must_have, must_not)
    (
        "Hallo Herr Brenner, ich habe Ihren Vortrag auf der Hannover Messe gehört. Dürfte ich Sie bitten, meinen Lebenslauf an Ihre Personalabteilung weiterzuleiten? Vielen Dank, Kai",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Schulze, wir kennen uns vom Alumni-Treffen. Wäre es möglich, dass Sie mich Ihrem Geschäftsführer als neue Marketingleiterin vorschlagen? Danke, Ute",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Dana, schön dich beim Hackathon getroffen zu haben! Könntest du mich intern für die Stelle als Backend-Dev referren? Danke!",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Servus Herr Gruber, ich habe Ihren Artikel im Standard gelesen. Hätten S' vielleicht einen Job für mich in Ihrer Firma? Danke, Franz",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Adam, Ihr Buch über Teamführung hat mich begeistert. Ich bin auf Jobsuche – nehmen Sie mich doch in Ihr Team auf! Danke, Leo",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Ben, wir haben uns beim Meetup gesehen. Ich würde mich freuen, wenn du mich bei deiner Firma empfehlen könntest. Danke!",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Kaiser, Ihr Vortrag war super. Könnten Sie mir helfen, eine Stelle bei Ihnen zu bekommen? Danke, Mia",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    # pressure
    (
        "Hallo Frau Blum, ich brauche Ihre Antwort heute noch, sonst ist die Frist vorbei. Danke!",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hi Tom, ich hab dir echt oft geholfen. Jetzt bist du mal dran. Kannst du mich vorstellen?",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Herr Frey, ich hätte mir schon gewünscht, dass Sie wenigstens kurz antworten. Haben Sie Zeit?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Lisa, ich verstehe ja, dass du viel um die Ohren hast, aber ich brauche die Vorstellung bis Freitag. Danke.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Lisa, ich weiß, dass du viel zu tun hast, aber könntest du mir bis morgen antworten?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Lenz, seit drei Wochen warte ich auf Ihre Rückmeldung. Das finde ich schon ziemlich unhöflich.",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hi Max, es wäre echt enttäuschend, wenn du mir da nicht hilfst, nach all den Jahren.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Jana, du hast doch gesagt, dass du mir hilfst. Jetzt musst du auch liefern.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    # blame
    (
        "Entschuldigen Sie die Verspätung. Mein Kollege hat mir die Unterlagen zu spät weitergeleitet.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Sorry, dass ich nicht da war. Die S-Bahn ist mal wieder ausgefallen, was soll man machen.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Tut mir leid wegen des Fehlers. Schuld war eigentlich die Agentur, die die Daten falsch geliefert hat.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Es tut mir leid, dass der Termin geplatzt ist. Da hat mein Kalender nicht synchronisiert.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Entschuldige bitte, ich habe den Termin verschwitzt. Das war allein mein Fehler, kommt nicht wieder vor.",
        "apology",
        "friend",
        set(),
        {"apology-blame", "no-question"},
    ),
    # awkward
    (
        "Hi Paula, kannst du mir verraten, welche Fragen im Interview drankommen? Bleibt unter uns!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hey Timo, kannst du meine Bewerbung ganz oben auf den Stapel legen, bevor HR sie sieht?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ulla, kannst du bei eurem Vorstand ein gutes Wort für mich einlegen?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ulla, kannst du deinem CEO von mir erzählen und sagen, dass ich perfekt passe?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Deniz, kannst du mir die Präsentation vom internen Strategietag schicken? Ich sag's auch keinem.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Olli, kannst du für mich bürgen? Wir kennen uns zwar kaum, aber ich bin echt gut.",
        "introduction",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Sarah, weißt du, wie viel die in der Abteilung so verdienen? Ich will wissen, was ich verlangen kann.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # connection
    (
        "Hallo Frau Pohl,\n\nich bin eine ehemalige Kollegin von Sven Berger. Er hat vorgeschlagen, dass ich mich bei Ihnen melde. Hätten Sie Zeit?\n\nDanke\nRia",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Uhl,\n\nwir sind beide im Netzwerk Frauen in der Logistik. Wie sind Sie zur Disposition gekommen?\n\nDanke\nEva",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Uhl,\n\nSie waren Referent bei unserem Webinar letzte Woche. Wie sind Sie zur Disposition gekommen?\n\nDanke\nEva",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Liebe Frau Jäger,\n\nich folge Ihnen seit Jahren auf Instagram und liebe Ihre Keramik. Wie haben Sie Ihr Atelier aufgebaut?\n\nDanke\nBea",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Kohl,\n\nich arbeite als Schreiner und möchte in die Innenarchitektur. Wie haben Sie das gemacht?\n\nDanke\nJo",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    # no-question
    (
        "Hallo Frau Lind, ich habe Ihren Vortrag gehört. Ich würde gern mit Ihnen über Ihre Arbeit sprechen. Danke, Kai",
        "informational-interview",
        "acquaintance",
        {"no-question"},
        set(),
    ),
    (
        "Hallo Frau Lind, wir haben uns beim Barcamp gesehen. Melden Sie sich gerne, wenn Sie Zeit für einen Kaffee haben. Danke, Kai",
        "informational-interview",
        "acquaintance",
        {"no-question"},
        set(),
    ),
    # unthanked
    (
        "Hallo Frau Lind, ich habe Ihren Vortrag gehört. Hätten Sie Zeit für ein Gespräch? Viele Grüße, Kai",
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        set(),
    ),
    (
        "Hallo Frau Lind, ich habe Ihren Vortrag gehört. Hätten Sie Zeit für ein Gespräch? Ich bin Ihnen sehr verbunden. Kai",
        "informational-interview",
        "stranger",
        set(),
        {"unthanked-ask"},
    ),
    # curt
    ("Nein, dafür habe ich keine Zeit.", "", None, {"curt-decline"}, set()),
    (
        "Ich gebe grundsätzlich keine Empfehlungen für Leute, die ich nicht kenne.",
        "decline-referral",
        "stranger",
        {"curt-decline"},
        set(),
    ),
    ("Das mache ich nicht. Bitte nicht mehr fragen.", "", None, {"curt-decline"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", MORE)
def test_more_wordings_of_each_class(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- soft wordings, buried in longer messages
# A third round: the problem said softly inside a longer message ("sollte sich eine passende Gelegenheit ergeben",
# "ich hatte gehofft, dass Sie sich schneller melden", "die Post hat sich Zeit gelassen", "was die anderen
# Kandidaten mitbringen"), each next to a near-miss that says the same thing honestly.
SOFT = [
    # soft, buried job asks
    (
        "Liebe Frau Albrecht,\n\nIhr Interview im Handelsblatt über hybride Teams habe ich mit großem Interesse gelesen. Ich leite seit sechs Jahren ein kleines Serviceteam in einem Callcenter und möchte mich in Richtung Personalentwicklung weiterentwickeln. Mich würde sehr interessieren, wie Sie selbst in diesen Bereich gekommen sind. Und sollte sich in Ihrem Haus einmal eine passende Gelegenheit ergeben, würde ich mich über einen Hinweis sehr freuen.\n\nHerzlichen Dank und beste Grüße\nKatrin",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Pfister,\n\nwir haben uns am Zürcher Energieapéro über Wärmepumpen unterhalten. Ich bin Heizungsinstallateur und bilde mich gerade zum Energieberater weiter. Wie sind Sie zur Beratung gekommen? Und falls Sie jemanden im Team brauchen: Ich stünde ab Frühling zur Verfügung.\n\nMerci und freundliche Grüsse\nUrs",
        "career-change",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Seidl,\n\nIhr Beitrag auf LinkedIn zum Fachkräftemangel in der Pflege hat mich angesprochen. Ich bin examinierte Pflegefachkraft und suche eine neue Herausforderung. Vielleicht kennen Sie ja eine Einrichtung, die jemanden wie mich einstellen würde?\n\nVielen Dank\nMarta",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Jakob,\n\nschön, dass wir uns bei Annas Geburtstag mal wieder gesehen haben! Ich hab ja erzählt, dass ich aus der Agentur raus will. Wenn bei euch im Content-Team was aufgeht, sag mir doch Bescheid und leg ein gutes Wort für mich ein, ja?\n\nLiebe Grüße\nSofia",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # soft pressure
    (
        "Hallo Frau Brandt,\n\nich komme noch einmal auf meine Anfrage zurück. Ich hatte gehofft, dass Sie sich nach unserem netten Gespräch etwas schneller melden. Die Bewerbungsfrist läuft am Freitag ab, daher wäre ich froh, wenn ich Ihre Einschätzung bis Donnerstag hätte.\n\nDanke und viele Grüße\nLisa",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Markus,\n\nich weiß, du hast gerade viel um die Ohren, aber ich hab meinem Chef schon angekündigt, dass du nächste Woche kurz mit ihm telefonierst. Das kriegen wir doch hin, oder?\n\nDanke dir\nPaul",
        "make-introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Weiß,\n\nda ich bisher nichts von Ihnen gehört habe, schreibe ich Ihnen noch einmal. Vielleicht ist meine Nachricht ja untergegangen – oder Sie haben schlicht kein Interesse, was ich schade fände. Hätten Sie diese Woche Zeit?\n\nDanke\nJan",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    # soft blame
    (
        "Liebe Frau Kamm,\n\nes tut mir leid, dass meine Unterlagen so spät bei Ihnen ankamen. Die Post hat sich leider viel Zeit gelassen, und mein Steuerberater hat die Bescheinigung auch erst am Montag geschickt.\n\nViele Grüße\nAnton",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Elif,\n\nsorry, dass das Angebot für deinen Kunden so holprig war. Unser Vertrieb hatte mir eine alte Preisliste gegeben, und die Kalkulation war dadurch natürlich daneben.\n\nLG Kerem",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # soft awkward
    (
        "Hallo Bettina,\n\nschön, dass du jetzt im Recruiting bei der Allianz bist! Ich habe mich letzte Woche auf die Stelle im Risikomanagement beworben. Könntest du mal schauen, wie meine Bewerbung intern bewertet wurde, und mir sagen, was die anderen Kandidaten so mitbringen?\n\nDanke dir!\nRalf",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Herr Ziegler,\n\nwir kennen uns flüchtig vom Golfclub. Ihr Sohn arbeitet doch bei Porsche in der Entwicklung. Könnten Sie ihn bitten, mich dort dem Abteilungsleiter vorzustellen und ihm zu sagen, dass ich ein sehr guter Ingenieur bin? Er kennt mich zwar nicht, aber Sie haben ja einen guten Eindruck von mir.\n\nBeste Grüße\nFelix",
        "introduction",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Nadine, du sitzt doch an der Quelle: Kannst du mir die Gehaltsbänder für die Senior-Stellen rüberschicken? Ich behalt's für mich, versprochen!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # near-misses
    (
        "Hallo Frau Albrecht,\n\nIhr Interview im Handelsblatt hat mich sehr angesprochen. Ich leite ein Serviceteam und überlege, in die Personalentwicklung zu gehen. Was hat Ihnen beim Wechsel am meisten geholfen?\n\nHerzlichen Dank\nKatrin",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask", "about-me", "pressure", "connection-late", "unthanked-ask"},
    ),
    (
        "Hallo Jakob,\n\nschön, dass wir uns bei Annas Geburtstag gesehen haben! Du hast erwähnt, dass euer Content-Team wächst. Wie arbeitet ihr da eigentlich mit Freien zusammen? Ich würde gern verstehen, ob das was für mich wäre.\n\nLiebe Grüße\nSofia",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask", "connection-late", "unthanked-ask"},
    ),
    (
        "Hallo Frau Brandt,\n\nich komme noch einmal auf meine Anfrage zurück, falls sie untergegangen ist. Ich weiß, dass diese Wochen bei Ihnen voll sind – wenn es nicht passt, ist das überhaupt kein Problem.\n\nDanke und viele Grüße\nLisa",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hallo Bettina,\n\nich habe mich auf die Stelle im Risikomanagement beworben. Kannst du mir sagen, wie der Auswahlprozess bei euch grundsätzlich abläuft und worauf das Team achtet?\n\nDanke dir!\nRalf",
        "introduction",
        "friend",
        set(),
        {"awkward-position", "job-ask"},
    ),
    (
        "Liebe Frau Kamm,\n\nes tut mir leid, dass meine Unterlagen so spät kamen. Ich habe die Frist falsch notiert – das geht auf meine Kappe. Sie haben sie jetzt vollständig.\n\nViele Grüße\nAnton",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SOFT)
def test_soft_wordings_buried_in_longer_messages(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- the connection, a fourth round
# How people say how they know someone, in more ways (a member where the reader spoke, who recommended the reader to
# the writer, "über den Weg gelaufen", contact details from a careers service, a participant of the reader's course,
# students of the same degree, a relative of a shared friend, familiar talk to someone close), and plain cold openings.
CONNECTION_MORE = [
    # connection stated — must NOT fire connection-late
    (
        "Hallo Frau Berg,\n\nich bin Mitglied im Business Women's Club Hamburg, wo Sie letzten Monat gesprochen haben. Wie haben Sie Ihr Beratungsunternehmen aufgebaut?\n\nDanke\nLea",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Grüß Gott Herr Hofer,\n\nmein Professor, Dr. Wimmer, hat Sie mir als Ansprechpartner für Holzbau empfohlen. Hätten Sie Zeit für ein kurzes Telefonat?\n\nDanke vielmals\nFlorian",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Jung,\n\nwir sind uns letzte Woche in der Mittagspause beim Kunden über den Weg gelaufen. Wie lange sind Sie schon bei der Beratung?\n\nDanke\nPia",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Frau Reuter,\n\nich habe Ihre Kontaktdaten von der Karriereberatung der Uni Bonn bekommen. Ich studiere Agrarwissenschaften. Wie sind Sie zur Landwirtschaftskammer gekommen?\n\nDanke\nTom",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Liebe Frau Graf,\n\nals Teilnehmerin Ihres Online-Kurses zur Datenvisualisierung wollte ich mich melden. Wie sind Sie selbst zum Thema gekommen?\n\nDanke\nMira",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Jonas,\n\nwir studieren beide Maschinenbau an der RWTH, du ein paar Semester weiter. Wie hast du dein Praktikum bei Ford gefunden?\n\nDanke\nAli",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Frau Kraus,\n\nunser gemeinsamer Kollege Peter Lux hat vorgeschlagen, dass wir uns austauschen. Ich baue gerade ein Data-Team auf. Hätten Sie Zeit?\n\nDanke\nBea",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Sommer,\n\nich bin auf Ihren Blog über Lean Management gestoßen und lese ihn seitdem regelmäßig. Wie haben Sie das im Mittelstand eingeführt?\n\nDanke\nKai",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Servus Lukas,\n\nich bin der Bruder von Vroni, sie hat mir erzählt, dass du bei Red Bull im Marketing bist. Wie bist du da reingekommen?\n\nDanke dir\nSepp",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Ingrid,\n\nich hab dich im Vorstand vom Sportverein gesehen und weiß, dass du Steuerberaterin bist. Hättest du kurz Zeit für eine Frage?\n\nDanke\nRolf",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    # connection missing — must fire
    (
        "Sehr geehrte Frau Dr. Franke,\n\nich bin Chemielaborantin und möchte mich in Richtung Qualitätsmanagement entwickeln. Welche Weiterbildungen halten Sie für sinnvoll?\n\nVielen Dank\nSandra",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hallo Herr Böhm,\n\nich suche Kontakte in der Immobilienbranche in Leipzig. Wie sind Sie zu Ihrem Job gekommen? Ich habe übrigens Ihren Vortrag auf der Expo Real gehört.\n\nDanke\nTim",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hallo Frau Wolf,\n\nkönnten Sie mir sagen, wie man bei Ihnen als Quereinsteigerin in die IT-Sicherheit kommt?\n\nDanke\nEmma",
        "career-change",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Guten Tag Herr Esser,\n\nmein Name ist Jana Roth, ich bin Grafikerin aus Köln. Ich würde gern mehr über Ihre Arbeit in der Verpackungsentwicklung erfahren. Hätten Sie Zeit?\n\nDanke\nJana",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    # follow-up / reconnect with familiarity (relationship unknown)
    (
        "Hey Schatz, lang nicht gesehen! Wie läuft's in Berlin? Hättest du mal Zeit zum Telefonieren? Danke dir",
        "reconnect",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Na du, alles fit? Ich wollte mal hören, wie's dir mit dem neuen Job geht. Bussi, Kathi",
        "reconnect",
        None,
        set(),
        {"connection-late"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", CONNECTION_MORE)
def test_more_ways_of_stating_the_connection(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- a fifth round: regions, "ihr", formulas
# Austrian and Swiss wording and dialect spelling ("i hab dir scho dreimal g'schrieben", "a Stau"), the plural "ihr"
# ("Könnt ihr mich als Azubi nehmen?"), a CV attached "falls Sie eine Verwendung für mich haben", silence taken as
# consent, "nur fair", minutes of a board meeting, false claims nobody will check, thanks formulas ("Vergelt's Gott",
# "Tausend Dank vorab") and formal refusals ("Bitte unterlassen Sie weitere Kontaktversuche").
REGIONAL = [
    # job ask, conditional Sie forms / ihr plural
    (
        "Sehr geehrte Frau Nagel,\n\nIhr Vortrag beim Logistiktag hat mich überzeugt. Wäre es denkbar, dass Sie mich bei Ihrer Niederlassung als Disponent ins Gespräch bringen?\n\nDanke\nOmar",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo ihr beiden,\n\nich habe euren Podcast über Bäckereien gehört. Könnt ihr mich als Azubi nehmen? Danke!\n\nLeon",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Frank,\n\nich habe Ihr Profil auf XING gesehen. Mein Lebenslauf ist angehängt – vielleicht haben Sie ja eine Verwendung für mich.\n\nDanke\nAnke",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Lux,\n\nauf der Jobmesse haben Sie mir Ihre Karte gegeben. Könnten Sie meine Unterlagen an den zuständigen Teamleiter weitergeben?\n\nVielen Dank\nIda",
        "follow-up",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # pressure AT/CH
    (
        "Servus Gerhard, i hab dir scho dreimal g'schrieben. Jetzt meld di halt endlich! Danke.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Grüezi Frau Frei\n\nIch habe Sie nun schon mehrmals angeschrieben und warte immer noch auf eine Antwort. Können Sie sich bitte bis morgen melden?\n\nMerci\nReto",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Uwe, du weißt ja, dass ich dich damals bei Siemens reingebracht habe. Da wäre es nur fair, wenn du mich jetzt bei deinem Chef empfiehlst.",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Ritter, falls ich bis Freitag nichts von Ihnen höre, gehe ich davon aus, dass Sie zustimmen.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    # blame
    (
        "Grüezi Herr Zaugg\n\nEntschuldigen Sie die verspätete Offerte. Unser Lieferant hat die Preise erst gestern bestätigt, dafür kann ich leider nichts.\n\nFreundliche Grüsse\nMarco",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Servus Franz, tut ma leid wegen gestern. Der Chef hat mich no aufg'halten, und dann war a Stau auf der Tangente.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Mia, sorry, dass ich zu spät war. Ehrlich gesagt hat mir keiner gesagt, dass wir um neun anfangen.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # awkward
    (
        "Hallo Paul, kannst du mir die Notizen aus der Vorstandssitzung weiterleiten? Ich möchte wissen, ob mein Projekt gestrichen wird.",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Nina, ihr habt doch Zugriff aufs Bewerbertool. Kannst du nachschauen, wer sich noch auf die Stelle beworben hat?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Bernd, könntest du meinen Namen bei eurer Geschäftsführerin erwähnen, wenn ihr beim Mittagessen seid?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Sophie, könntest du in dein Empfehlungsschreiben schreiben, dass ich zwei Jahre im Team war? Du warst zwar erst nach mir da, aber das merkt keiner.",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    # thanks forms (no unthanked-ask)
    (
        "Hallo Frau Brenner, Ihr Vortrag auf der re:publica hat mich begeistert. Hätten Sie 15 Minuten für ein Gespräch? Tausend Dank vorab! Mia",
        "informational-interview",
        "stranger",
        set(),
        {"unthanked-ask", "connection-late"},
    ),
    (
        "Grüß Gott Herr Mayr, Ihr Artikel in der Presse war spannend. Hätten Sie kurz Zeit? Vergelt's Gott! Sepp",
        "informational-interview",
        "stranger",
        set(),
        {"unthanked-ask"},
    ),
    (
        "Hallo Frau Hahn, Ihr Buch hat mir sehr geholfen. Hätten Sie Zeit für ein Gespräch? Ich wäre Ihnen sehr dankbar. Lena",
        "informational-interview",
        "stranger",
        set(),
        {"unthanked-ask"},
    ),
    # curt decline
    ("Bitte unterlassen Sie weitere Kontaktversuche.", "", None, {"curt-decline"}, set()),
    ("Ich habe kein Interesse an einem Austausch.", "", None, {"curt-decline"}, set()),
    ("Solche Anfragen beantworte ich grundsätzlich nicht.", "decline-referral", "stranger", {"curt-decline"}, set()),
    (
        "Danke für die Anfrage, aber ich muss leider absagen. Alles Gute!",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline", "no-thanks"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", REGIONAL)
def test_regional_wordings_plural_address_and_formulas(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- job asks and their near-misses, again
# Saying what you look for and asking for information, a question about what it takes, an opening seen and applied for
# through the portal, against the ask itself said softly ("suche eine neue Herausforderung … melden Sie sich, wenn Sie
# jemanden brauchen", "ich bräuchte dringend einen Job … kannst du mir irgendwie helfen?").
JOB_NEAR = [
    (
        "Hallo Herr Kern, ich habe Ihren Vortrag gehört. Ich suche einen Job im Controlling. Kennen Sie jemanden, mit dem ich über den Einstieg sprechen könnte? Danke, Ina",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Frau Eck, Ihr Artikel war klasse. Ich suche gerade eine neue Stelle als UX-Designerin und würde gern hören, wie Sie Ihr Team aufgebaut haben. Hätten Sie 15 Minuten? Danke, Pia",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Herr Lutz, ich habe Ihren Vortrag gehört. Welche Qualifikationen braucht man für eine Stelle in Ihrem Team? Danke, Ben",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Frau Roth, wir haben uns beim Meetup gesehen. Ich bin auf Jobsuche im Marketing – haben Sie einen Tipp, welche Firmen in Köln gerade wachsen? Danke, Jo",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Jens, ich habe gesehen, dass bei euch eine Stelle ausgeschrieben ist. Ich bewerbe mich über das Portal. Kannst du mir erzählen, wie das Team so tickt? Danke, Lea",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask", "awkward-position"},
    ),
    (
        "Hallo Frau Ahmed, Ihr Post über Pflegeinformatik hat mich neugierig gemacht. Gibt es bei Ihnen Hospitationen, bei denen man reinschnuppern kann? Danke, Tim",
        "informational-interview",
        "stranger",
        set(),
        {"awkward-position"},
    ),
    (
        "Hallo Herr Vogt, Sie haben auf dem Panel gesagt, dass Sie Quereinsteiger einstellen. Worauf achten Sie dabei? Danke, Nico",
        "career-change",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Maja, wir haben uns bei Tims Geburtstag kennengelernt. Ich würde gern verstehen, wie man bei euch in die Datenanalyse kommt. Magst du mir davon erzählen? Danke, Ole",
        "career-change",
        "acquaintance",
        set(),
        {"job-ask", "connection-late"},
    ),
    (
        "Hallo Frau Stein, ich habe Ihren Artikel gelesen. Haben Sie offene Stellen? Danke, Ali",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Fink, Ihr Vortrag war stark. Ich bin Data Scientist und suche eine neue Herausforderung. Melden Sie sich, wenn Sie jemanden brauchen. Danke, Eda",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Lars, dein Post war super. Ich bräuchte dringend einen Job, egal was. Kannst du mir irgendwie helfen? Danke, Kim",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_NEAR)
def test_job_asks_against_their_near_misses(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- about-me, verb-second in more verbs
# Self-talk led by any first-person verb after a fronted phrase ("Nebenbei engagiere ich mich …", "Jetzt möchte ich
# …"), or by "mein …" throughout, against messages about the reader that mention the writer once.
ABOUT_ME = [
    (
        "Hallo Frau Peters,\n\nmeine Kollegin Anja hat mir Ihren Namen gegeben. Seit 2015 arbeite ich als Pflegerin auf der Intensivstation. Nebenbei engagiere ich mich im Betriebsrat. Letztes Jahr habe ich eine Weiterbildung in Gesundheitsökonomie gemacht. Jetzt möchte ich ins Krankenhausmanagement. Hätten Sie Zeit für ein Gespräch?\n\nDanke\nSusi",
        "informational-interview",
        "stranger",
        {"about-me"},
        set(),
    ),
    (
        "Hallo Herr Graf,\n\nwir haben uns bei der Tagung in Kassel kurz unterhalten. Mein Name ist Tim Berger, ich bin Elektroniker. Mein Schwerpunkt liegt auf Steuerungstechnik. Meine Ausbildung habe ich bei Siemens gemacht. Mein Ziel ist die Automatisierung. Wie sind Sie dorthin gekommen?\n\nDanke\nTim",
        "informational-interview",
        "acquaintance",
        {"about-me"},
        set(),
    ),
    (
        "Hallo Frau Peters,\n\nmeine Kollegin Anja hat mir Ihren Namen gegeben. Sie leiten die Pflegedirektion am Klinikum – wie sind Sie dahin gekommen? Was würden Sie jemandem raten, der von der Station kommt? Ich arbeite seit 2015 auf der Intensivstation.\n\nDanke\nSusi",
        "informational-interview",
        "stranger",
        set(),
        {"about-me"},
    ),
    (
        "Hallo Herr Graf,\n\ngestern habe ich Ihren Vortrag gehört und fand besonders spannend, wie Sie Sensorik und KI verbinden. Welche Rolle spielt das bei Ihnen im Alltag? Und wie kam Ihr Team zu dem Projekt? Ich bin Elektroniker und lerne gerade Python.\n\nDanke\nTim",
        "informational-interview",
        "stranger",
        set(),
        {"about-me"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", ABOUT_ME)
def test_about_me_reads_verb_second_self_talk(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ an eighth round: new words for old problems
# Written after everything above passed, and 13 of 18 failed at first: leaks described freshly (a jury's other entries,
# tender papers before publication, a rival's price calculation, what is budgeted), going past a waiting list or onto
# the boss's desk, "fallen lassen, dass ich …", a reference from a fleeting acquaintance, a claim that "was not quite
# so", blame on a hotel's equipment or a spam folder, a promise recalled, "nobody else to ask", "ich warte.".
EIGHTH = [
    # awkward: leaks in new words
    (
        "Hallo Frank,\n\ndu hast doch Einblick in die Budgetplanung. Kannst du mir verraten, wie viel für meine Stelle nächstes Jahr eingeplant ist? Das bleibt natürlich unter uns.\n\nDanke\nEike",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Julia, du bist ja jetzt in der Jury vom Förderpreis. Kannst du mir vorab sagen, wie die anderen Bewerbungen so sind? Danke!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Herr Kraus, Sie sind doch im Aufsichtsrat der Stadtwerke. Könnten Sie mir die Ausschreibungsunterlagen schon vor der Veröffentlichung zukommen lassen? Danke!",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Marc, kannst du mir eure Preiskalkulation für das Angebot an die Bahn schicken? Ich will sie nur als Orientierung. Danke!",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # awkward: around
    (
        "Hallo Nele, ich weiß, offiziell läuft alles über die Personalabteilung, aber könntest du meine Bewerbung nicht einfach direkt deiner Chefin auf den Tisch legen? Danke!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Ben, kannst du mich an der Warteliste vorbei in den Kurs bringen? Du kennst doch die Kursleitung.",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # awkward: speak to seniors
    (
        "Hallo Petra, du sitzt doch jeden Montag mit eurem Geschäftsführer im Jour fixe. Könntest du da mal fallen lassen, dass ich mich für die Teamleitung interessiere? Danke!",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    # awkward: vouch
    (
        "Hallo Herr Lehmann, wir kennen uns nur flüchtig vom Tennis. Würden Sie trotzdem als Referenz für mich auftreten? Danke!",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Sven, kannst du bei deinem Kunden erzählen, dass wir zusammen an dem Projekt gearbeitet haben? Ist zwar nicht ganz so gewesen, aber das hilft mir sehr.",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # blame
    (
        "Sehr geehrte Frau Koch,\n\nich bitte um Entschuldigung für die fehlerhafte Rechnung. Unser Buchhaltungsprogramm hat nach dem Update leider falsch gerundet, und die Kollegin, die die Rechnungen prüft, war im Urlaub.\n\nMit freundlichen Grüßen\nMarkus Heim",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hi Anna, sorry für das Chaos beim Workshop. Die Technik vom Hotel hat einfach nicht mitgespielt und der Caterer kam eine Stunde zu spät.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Herr Dietz, entschuldigen Sie, dass ich das Gespräch verpasst habe. Ihre Einladung ist leider in meinem Spam-Ordner gelandet.",
        "apology",
        "stranger",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Lisa, es tut mir leid, dass ich mich nicht gemeldet habe. Ich hatte die Nachricht gesehen und dann vergessen. Das war nicht in Ordnung von mir.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    # pressure
    (
        "Sehr geehrter Herr Wagner,\n\nich möchte Sie höflich daran erinnern, dass Sie mir beim Kongress Ihre Unterstützung zugesagt haben. Ich gehe fest davon aus, dass Sie Ihr Wort halten.\n\nMit freundlichen Grüßen\nJörg",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Kim, ich hab wirklich niemanden sonst, den ich fragen kann. Wenn du nein sagst, weiß ich nicht weiter.",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Otto, eine kurze Antwort dauert doch nur zwei Minuten. Ich warte.",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Herr Ruf, ich bräuchte Ihre Rückmeldung wirklich bis spätestens morgen früh, sonst platzt alles.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Kai, kein Stress, aber falls du bis Freitag Zeit findest, wäre das super. Wenn nicht, auch okay!",
        "follow-up",
        "friend",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", EIGHTH)
def test_new_words_for_old_problems(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a ninth round, with near-misses for each rule
# 11 of 21 failed at first: a placement asked as "Kann ich bei euch eins machen?", "mich beauftragen", a promise
# counted on, a threat of what happens "wenn du mir nicht hilfst", "wäre nett gewesen", a client who changed the brief
# three times, a sick child without owning the late notice, access to an internal wiki, "ohne Assessment", "weißt du
# noch, unser Roadtrip", a bare "Nein." (and "bitte entschuldigen Sie" is not a request).
NINTH = [
    # job-ask
    (
        "Guten Tag Frau Said,\n\nauf dem Karrieretag der Hochschule Fulda standen Sie am Stand der Sparkasse. Ich schließe im Sommer mein BWL-Studium ab. Nehmen Sie noch Trainees für den Herbst? Ich würde sehr gerne bei Ihnen anfangen.\n\nVielen Dank\nJonas",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Busch,\n\nich habe Ihren Artikel zur Energiewende gelesen. Ich bin Projektingenieur und suche eine Festanstellung. Könnten Sie meine Bewerbung an die richtige Person bei Ihnen weiterreichen?\n\nDanke\nSven",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Clara, ich hab deinen Talk auf der Tincon gesehen. Ich suche ein Pflichtpraktikum. Kann ich bei euch eins machen? Danke!",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Merz,\n\nIhr Vortrag auf der re:publica war großartig. Ich bin freie Journalistin. Hätten Sie Interesse, mich für Ihre nächste Ausgabe zu beauftragen?\n\nDanke\nLea",
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Merz,\n\nIhr Vortrag auf der re:publica war großartig. Ich bin freie Journalistin. Wie finden Sie bei Ihnen freie Autorinnen, und worauf achten Sie bei Themenvorschlägen?\n\nDanke\nLea",
        "client-or-collaborator",
        "stranger",
        set(),
        {"job-ask"},
    ),
    # pressure
    (
        "Hallo Herr Kunz,\n\nich hatte Sie vor zehn Tagen angeschrieben und würde mich über eine Antwort freuen. Ich muss mich bis Montag entscheiden, deshalb wäre eine Antwort bis Freitag wichtig.\n\nDanke\nUte",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Tina, du hast mir beim Abschied versprochen, dass ich mich jederzeit melden kann. Jetzt ist es so weit, und ich zähle auf dein Versprechen. Passt dir Dienstag?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Rolf, wenn du mir jetzt nicht hilfst, verliere ich meine Wohnung. Bitte stell mich deinem Chef vor.",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Stark, ich habe gesehen, dass Sie meine Nachricht gelesen haben. Eine kurze Reaktion wäre nett gewesen. Haben Sie diese Woche Zeit?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Stark, ich melde mich noch einmal, weil ich weiß, wie voll Postfächer sein können. Falls es gerade nicht passt, ist das völlig in Ordnung – vielleicht im neuen Jahr?",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    # blame
    (
        "Hallo Nils, sorry für die verspätete Abgabe. Der Kunde hat die Vorgaben dreimal geändert, da konnte ja keiner mehr mithalten.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Liebe Frau Kern,\n\nbitte entschuldigen Sie meine Abwesenheit beim Termin. Mein Kind war krank und die Kita hat angerufen.\n\nHerzliche Grüße\nIna",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Liebe Frau Kern,\n\nbitte entschuldigen Sie meine Abwesenheit beim Termin. Mein Kind war krank – ich hätte Ihnen aber früher absagen müssen, das tut mir leid.\n\nHerzliche Grüße\nIna",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    # awkward
    (
        "Hallo Jan, kannst du mir Zugang zu eurem internen Wiki geben? Ich würde mich gern auf das Vorstellungsgespräch vorbereiten.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Ela, du kennst doch den Personalchef gut. Kannst du ihn überreden, dass er mich ohne Assessment nimmt?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ralf, kannst du deinem Bereichsleiter sagen, dass ich der Beste für die Stelle bin? Danke!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ralf, weißt du, ob dein Bereichsleiter offen für Initiativbewerbungen ist? Dann schreibe ich ihn selbst an. Danke!",
        "introduction",
        "friend",
        set(),
        {"awkward-position", "job-ask"},
    ),
    # connection: unknown relationship, du, shared history
    (
        "Hey Sarah, weißt du noch, unser Roadtrip nach Kroatien? Ich bin jetzt bei der Telekom. Wie läuft's bei dir in München? Hättest du mal Zeit zum Quatschen?",
        "reconnect",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Abel,\n\nich bin Studentin der Informatik und suche Kontakte in der Cybersecurity. Könnten Sie mir sagen, wie Sie angefangen haben? Ich habe Ihren Vortrag auf der it-sa gehört.\n\nDanke\nMei",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    # curt
    ("Nein. Ich kenne Sie nicht.", "decline-referral", "stranger", {"curt-decline"}, set()),
    (
        "Nein, ich kenne Sie leider nicht gut genug, um Sie zu empfehlen. Viel Erfolg trotzdem!",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NINTH)
def test_a_ninth_round_with_near_misses(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- pressure's look-alikes stay silent
# The same words as pressure, meaning something else: someone else told the writer about the reader, a number given
# to the writer, praise with "ja wohl", "es hängt davon ab", an apology that calls the writer's own act "daneben".
@pytest.mark.parametrize(
    "text, situation",
    [
        ("Hallo Tom, Anna hat mir erzählt, dass du bei Siemens arbeitest. Wie bist du da reingekommen? Danke!", None),
        ("Hallo Frau Roth, Frau Weber hat mir Ihre Nummer gegeben. Hätten Sie kurz Zeit? Danke!", None),
        ("Herzlichen Glückwunsch, Lisa! Das hast du dir ja wohl mehr als verdient.", "congratulate"),
        ("Hallo Jo, ob Dienstag oder Mittwoch, es hängt davon ab, wann du Zeit hast. Danke!", None),
        ("Sorry, Ben, das war echt daneben von mir. Mein Fehler, kommt nicht wieder vor.", "apology"),
        (
            "Hallo Frau Graf, ich hatte mir von Ihrem Vortrag schon viel erwartet, und er war noch besser. Danke!",
            "thank-you",
        ),
    ],
)
def test_pressure_look_alikes_stay_silent(text, situation):
    assert "pressure" not in rules(text, situation, "acquaintance")


# ------------------------------------------------------------------------ a tenth round: the situations mixed
# 8 of 15 failed at first: a word with the reader's senior in a follow-up, pay looked up in a thank-you, the shortlist
# asked of a professor, figures that "kamen nicht pünktlich", busy-but in new words ("im Stress", "Terminkalender
# voll"), "sonst ist die Stelle weg", a job ask in a congratulation and in a share, "Ich bin nicht zuständig"; and a
# wish for a job followed by questions about how hiring works is not a job ask.
TENTH = [
    # mixed situations, realistic longer messages
    (
        "Liebe Frau Hansen,\n\nvielen Dank noch einmal für das Gespräch letzte Woche, es hat mir sehr geholfen. Ich habe inzwischen mit Ihrer Kollegin Frau Berg gesprochen. Nun wollte ich fragen: Könnten Sie bei Ihrer Bereichsleiterin ein Wort für mich einlegen, damit meine Bewerbung schneller durchgeht?\n\nHerzliche Grüße\nTeresa",
        "follow-up",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Stefan,\n\ndanke dir fürs Weiterleiten meines Profils! Kannst du vielleicht auch mal schauen, was die Stelle intern an Gehalt hergibt? Dann weiß ich, was ich verlangen kann.\n\nLG Ines",
        "thank-you",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Sehr geehrter Herr Prof. Stein,\n\nich bin Doktorandin bei Prof. Maier und bewerbe mich auf die Postdoc-Stelle in Ihrer Gruppe. Könnten Sie mich vorab wissen lassen, welche Kandidatinnen noch in der engeren Wahl sind?\n\nMit freundlichen Grüßen\nAnna Lorenz",
        "",
        "stranger",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Herr Schmid,\n\nentschuldigen Sie bitte, dass ich den Bericht nicht rechtzeitig geschickt habe. Die Zahlen aus dem Controlling kamen nicht pünktlich, und ohne die konnte ich nicht weitermachen.\n\nViele Grüße\nNora",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Herr Schmid,\n\nentschuldigen Sie bitte, dass ich den Bericht nicht rechtzeitig geschickt habe. Ich hätte früher beim Controlling nachfragen müssen. Sie haben ihn morgen um neun.\n\nViele Grüße\nNora",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Hey Jo, ich weiß, du bist im Stress, aber ich brauch die Vorstellung bei Kim wirklich diese Woche noch. Sonst ist die Stelle weg.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Vogel, ich weiß, dass Ihr Terminkalender voll ist, aber ich bin sicher, dass Sie für eine ehemalige Studentin zehn Minuten finden.",
        "informational-interview",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Vogel, ich weiß, dass Ihr Terminkalender voll ist – falls Sie irgendwann zehn Minuten finden, würde ich mich freuen, sonst verstehe ich das gut. Danke!",
        "informational-interview",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hallo Tarek,\n\nwir kennen uns aus dem Coworking in Kreuzberg. Ich suche gerade einen Job als Backend-Entwickler. Kannst du mich bei euch reinbringen?\n\nDanke\nJule",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Tarek,\n\nwir kennen uns aus dem Coworking in Kreuzberg. Ich suche gerade einen Job als Backend-Entwickler. Wie läuft bei euch die Einstellung ab, und worauf achtet ihr?\n\nDanke\nJule",
        "introduction",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hi Finn, Glückwunsch zum neuen Job bei Spotify! Könntest du mich da vielleicht auch unterbringen? 😉",
        "congratulate",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Marie, hier der Artikel über Wärmepumpen, den ich erwähnt hatte. Und falls ihr noch jemanden im Vertrieb sucht, ich wäre interessiert!",
        "share-no-ask",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Kaya, ich bin Ihnen sehr dankbar für Ihre Hilfe. Ohne Ihren Tipp hätte ich die Stelle nie bekommen.",
        "thank-you",
        "acquaintance",
        set(),
        {"pressure", "no-thanks", "job-ask"},
    ),
    ("Kein Interesse, danke.", "", None, set(), {"curt-decline"}),
    ("Sie haben sich in der Adresse geirrt. Ich bin nicht zuständig.", "", None, {"curt-decline"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", TENTH)
def test_a_tenth_round_across_situations(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ an eleventh round: idioms
# 8 of 16 failed at first: "Vitamin B … mich intern pushen", "schauen, dass ich den Job krieg", "Fäden ziehen", "ich
# hoffe, Sie leiten meine Bewerbung … weiter", an application moved "nach vorne", "mehr Respekt erwartet", "du scheinst
# mich zu ignorieren", a calendar "falsch eingestellt" and Outlook that "hat mich nicht erinnert".
ELEVENTH = [
    (
        "Hallo Frau Bach,\n\nwir sind beide im Alumni-Netzwerk der Uni Mannheim. Ich bewerbe mich gerade bei Ihrer Bank. Vitamin B schadet ja nie – könnten Sie mich intern ein bisschen pushen?\n\nDanke\nKarl",
        "introduction",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Servus Hias, du kennst doch jeden bei der Raiffeisen. Kannst du da mal anrufen und schauen, dass ich den Job krieg?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Miriam, kannst du bei deinem Vater, dem Geschäftsführer, ein paar Fäden für mich ziehen?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Jonas, könntest du mir vorab stecken, wer bei der Reorganisation gehen muss?",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Herr Pohl, wir kennen uns nicht, aber ich hoffe, Sie leiten meine Bewerbung trotzdem an Ihren Vorgesetzten weiter.",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Eva, du bist doch mit der Personalerin befreundet. Frag sie doch mal, ob sie meine Bewerbung ein bisschen nach vorne schieben kann.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Frau Jung, seit Wochen keine Reaktion. Ich hätte mir etwas mehr Respekt erwartet.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hi Ole, ich hab's dir ja schon dreimal gesagt, aber du scheinst mich zu ignorieren. Passt dir Freitag?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Kraft, ich möchte nicht drängeln, aber meine Kündigungsfrist läuft und ich brauche spätestens Mittwoch Ihre Entscheidung.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Kraft, kein Druck – wenn Sie in den nächsten Wochen Zeit für ein Telefonat finden, freue ich mich. Danke!",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Tut mir leid wegen des verpassten Calls. Mein Kalender war falsch eingestellt und Outlook hat mich nicht erinnert.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Sorry, Chef, die Präsi ist noch nicht fertig. Das Team hat mir die Zahlen zu spät geliefert.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Sorry, Chef, die Präsi ist noch nicht fertig. Ich habe mich verschätzt – bis 15 Uhr haben Sie sie.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    (
        "Hallo Kerstin, herzlichen Glückwunsch zur Beförderung! Du hast es dir verdient. Wenn bei dir im neuen Team eine Stelle frei wird, denk an mich.",
        "congratulate",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Kerstin, herzlichen Glückwunsch zur Beförderung! Du hast es dir verdient. Lass uns bald mal feiern.",
        "congratulate",
        "acquaintance",
        set(),
        {"job-ask", "no-question"},
    ),
    (
        "Hallo Herr Ziegler,\n\nich bin Quereinsteigerin aus der Gastronomie und interessiere mich für Eventmanagement. Über einen Austausch mit Ihnen würde ich mich sehr freuen.\n\nBeste Grüße\nNina",
        "career-change",
        "stranger",
        {"connection-late", "no-question", "unthanked-ask"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", ELEVENTH)
def test_an_eleventh_round_of_idioms(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a twelfth round: ultimatums and pitches
# 10 of 12 failed at first: "mein letzter Versuch … Freitag oder nie", "dein Schweigen sagt alles", an interview
# invitation asked for, "etwas für mich", "wann kann ich für Sie shooten?", doctoral students taken on, the
# applicant tracking system, "sag dem Gremium, dass ich das Projekt geleitet habe … niemand wird es merken", "eine
# dieser Wochen", "war nicht mehr drin".
TWELFTH = [
    (
        "Hallo Frau Kroll, das ist mein letzter Versuch, Sie zu erreichen. Freitag oder nie.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hi Lukas, dein Schweigen sagt eigentlich alles. Wenn du dich nicht meldest, weiß ich, was unsere Freundschaft wert ist.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Herr Stein, gäbe es irgendeine Möglichkeit, bei Ihnen zu einem Vorstellungsgespräch eingeladen zu werden? Danke!",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Rau, Ihr Podcast hat mich inspiriert. Hätten Sie vielleicht etwas für mich, auch nur ein paar Stunden die Woche? Danke!",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Voss, ich bin freie Fotografin, mein Tagessatz liegt bei 600 Euro. Wann kann ich für Sie shooten? Danke!",
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Nguyen, falls Sie Ihre erste Mitarbeiterin suchen: Ich wäre interessiert. Danke!",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hi Tobi, kannst du im Bewerbermanagementsystem nachschauen, wie weit meine Bewerbung ist?",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Nina, sag dem Gremium einfach, dass ich das Projekt geleitet habe. Du bist zwar erst am Ende dazugekommen, aber niemand wird es merken.",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Frau Prof. Lang, nehmen Sie derzeit Doktorandinnen auf? Ich würde sehr gern in Ihrer Arbeitsgruppe promovieren. Vielen Dank!",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Frau Prof. Lang, ich überlege zu promovieren und würde gern verstehen, wie Sie Ihre Doktorandinnen auswählen. Hätten Sie 15 Minuten? Vielen Dank!",
        "starting-out",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Entschuldige, dass ich dich versetzt habe. Es war einfach eine dieser Wochen, du kennst das.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Sorry, dass die Analyse falsch war – mit den Daten, die ich bekommen habe, war nicht mehr drin.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", TWELFTH)
def test_a_twelfth_round_of_ultimatums_and_pitches(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a thirteenth round
# 7 of 12 failed at first: a CV "an die richtigen Leute weitergeben" (a job ask only in a message about work),
# "dafür sorgen, dass meine Bewerbung nicht untergeht", "ich rechne fest mit Ihrer Unterstützung – schließlich habe
# ich Ihnen geholfen", a carrier on strike, "Nicht mein Problem.", "Ich helfe grundsätzlich keinen Fremden."
THIRTEENTH = [
    (
        "Hallo Frau Engel,\n\nich habe mich sehr über Ihre Antwort gefreut. Wie besprochen schicke ich Ihnen meinen Lebenslauf. Vielleicht können Sie ihn ja an die richtigen Leute weitergeben.\n\nViele Grüße\nMaja",
        "follow-up",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Paul, da du ja im Einstellungsgremium sitzt: Könntest du dafür sorgen, dass meine Bewerbung nicht untergeht? Danke dir!",
        "introduction",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Herr Berg, ich bewerbe mich bei Ihnen. Können Sie mir sagen, welche Gehaltsvorstellungen die anderen Bewerber genannt haben?",
        "",
        "stranger",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Frau Licht, ich rechne fest mit Ihrer Unterstützung – schließlich habe ich Ihnen damals auch geholfen.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Licht, ich hoffe, es geht Ihnen gut. Falls Sie diesen Monat Zeit für ein kurzes Telefonat finden, würde ich mich freuen – und falls nicht, ganz entspannt. Danke!",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hallo Stefan, es tut mir leid, dass die Lieferung zu spät war. Unser Spediteur hat gestreikt und das Lager war unterbesetzt.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Ulrike, ich möchte mich für den missglückten Termin entschuldigen. Ich hatte ihn falsch eingetragen, das war mein Versäumnis. Passt Ihnen nächste Woche?",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Hallo Herr Ott, mein Name ist Lara Jung. Ich studiere Architektur und interessiere mich sehr für Ihr Büro. Hätten Sie Zeit für ein kurzes Gespräch? Danke!",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hallo Herr Ott, wir haben letztes Jahr beim Architektursommer kurz über Holzbau gesprochen. Hätten Sie Zeit für ein kurzes Gespräch? Danke!",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Tom, danke für deine Nachricht. Leider habe ich gerade keine Kapazitäten, dich vorzustellen. Ich drück dir aber die Daumen!",
        "kind-decline",
        "stranger",
        set(),
        {"curt-decline"},
    ),
    ("Nicht mein Problem.", "", None, {"curt-decline"}, set()),
    (
        "Ich helfe grundsätzlich keinen Fremden. Bitte verstehen Sie das.",
        "decline-referral",
        "stranger",
        {"curt-decline"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", THIRTEENTH)
def test_a_thirteenth_round(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ----------------------------------------------- a fourteenth round: thanks, questions and the connection
# 0 of 8 failed at first (kept as a check): thank-yous without thanks, asks stated without a question,
# thanks said in advance, familiar reconnects, a kind decline.
FOURTEENTH = [
    (
        "Hallo Frau Graf,\n\nwie versprochen melde ich mich nach dem Gespräch. Ich habe die Stelle angenommen!\n\nViele Grüße\nTim",
        "thank-you",
        "acquaintance",
        {"no-thanks"},
        set(),
    ),
    (
        "Hallo Herr Brand,\n\nich wollte mich noch einmal melden, ob Sie meine Nachricht von letzter Woche gesehen haben. Ich würde mich über ein kurzes Telefonat freuen.\n\nViele Grüße\nLea",
        "follow-up",
        "acquaintance",
        {"no-thanks", "no-question"},
        set(),
    ),
    (
        "Hallo Frau Horn,\n\nich bin Softwareentwickler und würde gerne mit Ihnen über Ihre Erfahrungen im Produktmanagement sprechen.\n\nViele Grüße\nMax",
        "informational-interview",
        "stranger",
        {"connection-late", "no-question", "unthanked-ask"},
        set(),
    ),
    (
        "Hallo Frau Horn,\n\nIhr Interview im t3n über Produktmanagement hat mich angesprochen. Hätten Sie 20 Minuten für ein Gespräch? Ich würde mich sehr freuen.\n\nViele Grüße\nMax",
        "informational-interview",
        "stranger",
        {"unthanked-ask"},
        {"connection-late", "no-question"},
    ),
    (
        "Hallo Frau Horn,\n\nIhr Interview im t3n über Produktmanagement hat mich angesprochen. Hätten Sie 20 Minuten für ein Gespräch? Schon mal ein herzliches Dankeschön!\n\nViele Grüße\nMax",
        "informational-interview",
        "stranger",
        set(),
        {"unthanked-ask", "connection-late", "no-question"},
    ),
    (
        "Moin Jan, lange nichts voneinander gehört! Ich bin jetzt in Hamburg. Lust auf ein Bier?",
        "reconnect",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Frau Dr. Weiß, ich bin Ärztin in Weiterbildung und würde gern in die Pharmaindustrie wechseln. Wie haben Sie den Schritt gemacht? Vielen Dank!",
        "career-change",
        "stranger",
        {"connection-late"},
        {"job-ask"},
    ),
    (
        "Lieber Herr Sander, herzlichen Dank für die Einladung zum Panel! Leider bin ich an dem Tag auf Dienstreise. Ich wünsche Ihnen eine tolle Veranstaltung.",
        "kind-decline",
        "acquaintance",
        set(),
        {"curt-decline", "no-thanks", "connection-late"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", FOURTEENTH)
def test_fourteenth_round(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a fifteenth round: leaks and excuses
# 6 of 10 failed at first: a colleague's salary looked up ("schau doch mal"), an evaluation matrix, the
# list of dismissals, the reader's assistant and a faulty template as causes, "aufgrund interner Umstrukturierungen".
FIFTEENTH = [
    (
        "Hallo Martin, du hast doch Zugriff auf die Gehaltsdatenbank. Schau doch mal, was Frau Klein verdient, dann kann ich besser verhandeln.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Sandra, kannst du mir die Bewertungsmatrix für die Ausschreibung zeigen? Dann weiß ich, worauf ich achten muss.",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ben, du bist doch im Betriebsrat. Wer steht denn auf der Liste für die Kündigungen?",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Ben, du bist doch im Betriebsrat. Wie läuft so ein Sozialplan eigentlich ab?",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
    (
        "Hallo Frau Ernst, könnten Sie bei Ihrem Vorstandskollegen ein Treffen für mich arrangieren und dabei erwähnen, dass ich Ihr Wunschkandidat bin? Wir kennen uns ja kaum, aber das muss er nicht wissen.",
        "introduction",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hey Lars, wärst du so nett, mir als Referenz zur Verfügung zu stehen? Wir haben zwar nie zusammengearbeitet, aber du kennst mich ja vom Fußball.",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Frau Pauli, es tut mir leid wegen der Verwechslung. Ihre Assistentin hatte mir zwei verschiedene Termine genannt.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hi Kai, sorry für den Fehler in der Präsentation. Die Vorlage vom Marketing war schon fehlerhaft.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Hi Kai, sorry für den Fehler in der Präsentation. Ich hätte die Zahlen noch einmal prüfen müssen.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    (
        "Sehr geehrte Frau Berger, ich entschuldige mich für die Verzögerung. Aufgrund interner Umstrukturierungen war eine frühere Antwort leider nicht möglich.",
        "apology",
        "stranger",
        {"apology-blame"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", FIFTEENTH)
def test_fifteenth_round(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a sixteenth round: formal connections
# 4 of 9 failed at first: "Sie wurden mir von Herrn Kurz … empfohlen" (passive), "auf Empfehlung von", "wir hatten …
# Kontakt", "ich habe mit Interesse verfolgt, wie Ihr Start-up …"; with near-misses for job asks and seniors.
SIXTEENTH = [
    (
        "Hallo zusammen, ich bin neu im Verband und würde gern ehrenamtlich im Orga-Team mitmachen. Wen kann ich ansprechen? Danke!",
        "",
        None,
        set(),
        {"job-ask"},
    ),
    (
        "Hallo Frau Wendt, Sie wurden mir von Herrn Kurz als Expertin für Fördermittel empfohlen. Hätten Sie 15 Minuten? Danke!",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Frau Wendt, wir hatten vor zwei Jahren im Rahmen des Förderprojekts Kontakt. Hätten Sie 15 Minuten? Danke!",
        "reconnect-advice",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Frau Wendt, ich schreibe Ihnen auf Empfehlung von Herrn Kurz. Hätten Sie 15 Minuten? Danke!",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hallo Herr Kurz, ich habe mit Interesse verfolgt, wie Ihr Start-up gewachsen ist. Ich bin Vertriebler. Stellen Sie gerade ein? Danke!",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hallo Herr Kurz, ich habe mit Interesse verfolgt, wie Ihr Start-up gewachsen ist. Ich bin Vertriebler. Wie haben Sie Ihr erstes Vertriebsteam aufgebaut? Danke!",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask", "connection-late"},
    ),
    (
        "Hallo Jana, kurze Frage: Wärst du bereit, mich mit deiner Chefin bekannt zu machen? Ich würde sie gern selbst fragen, wie sie das Team aufgebaut hat. Danke!",
        "introduction",
        "friend",
        set(),
        {"awkward-position", "job-ask"},
    ),
    (
        "Hallo Jana, kurze Frage: Könntest du deiner Chefin sagen, dass ich die Richtige für die offene Stelle bin? Danke!",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hi Paul, ich will dich nicht drängen, aber ich brauche die Antwort bis heute Abend, sonst springt der Kunde ab.",
        "follow-up",
        "teammate",
        {"pressure"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SIXTEENTH)
def test_a_sixteenth_round_of_formal_connections(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ a seventeenth round
# 4 of 8 failed at first: "Werbung für mich machen" with the club's president, login details for a customer portal,
# "ich gehe davon aus, dass Sie mir bis Ende der Woche Bescheid geben", and a deadline that is released ("wenn es
# länger dauert, ist das aber auch in Ordnung") must not be pressure.
SEVENTEENTH = [
    (
        "Grüezi Frau Huber\n\nIch bin auf Stellensuche im Treuhandbereich. Könnten Sie mir sagen, ob bei Ihnen etwas frei ist, und mich gegebenenfalls empfehlen?\n\nMerci\nReto",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Servus Bernd, du sitzt ja im Vorstand vom Skiclub. Kannst du beim Präsidenten ein bisserl Werbung für mich machen? Ich hätt gern den Trainerposten.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Sven, kannst du mir die Zugangsdaten zu eurem Kundenportal geben? Ich will nur kurz was nachschauen.",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Frau Engel, tut mir leid, dass ich Ihren Anruf verpasst habe. Der Akku war leer und das Netz im Zug eine Katastrophe.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Frau Engel, tut mir leid, dass ich Ihren Anruf verpasst habe – mein Fehler, ich hatte das Handy lautlos. Wann passt es Ihnen besser?",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Hallo Jonas, schade, dass du dich nie meldest. Ich dachte, wir sind Freunde.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Wagner, ich gehe davon aus, dass Sie mir bis Ende der Woche Bescheid geben. Danke!",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hallo Frau Wagner, es wäre schön, bis Ende der Woche von Ihnen zu hören – wenn es länger dauert, ist das aber auch in Ordnung. Danke!",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SEVENTEENTH)
def test_a_seventeenth_round(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# ------------------------------------------------------------------------ an eighteenth round
# 2 of 6 failed at first: "was in deinem Team so gezahlt wird", "bei uns war die Hölle los, weil zwei Kollegen
# ausgefallen sind"; with near-misses (where to find pay comparisons; how applications work).
EIGHTEENTH = [
    (
        "Hallo Anja, du hast mir beim letzten Treffen erzählt, dass ihr Leute sucht. Ich hab echt Lust, bei euch mitzumachen – wie läuft das bei euch mit Bewerbungen?",
        "introduction",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Hallo Herr Schulz, ich bin Maschinenbauingenieur und suche eine Stelle in der Windbranche. Falls Sie jemanden kennen, der Leute wie mich sucht, wäre ich für einen Kontakt dankbar.",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hallo Nicole, die Sache mit dem Gehalt: Kannst du mir sagen, was in deinem Team so gezahlt wird? Ganz grob reicht.",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hallo Nicole, die Sache mit dem Gehalt: Weißt du, wo man gute Gehaltsvergleiche für die Branche findet?",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
    (
        "Hallo Tim, sorry, dass ich mich so spät melde. Bei uns war die Hölle los, weil zwei Kollegen ausgefallen sind.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Hallo Frau Braun, wie Sie sicher wissen, bin ich auf Ihre Unterstützung angewiesen. Ich erwarte Ihre Antwort bis morgen.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", EIGHTEENTH)
def test_an_eighteenth_round(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- the patterns work with the pre-check
def test_every_german_pattern_works_behind_the_literal_pre_check():
    """Each German pattern, wrapped in :class:`QuickPattern`, finds exactly what the bare pattern finds on every
    labelled German message and every text above (upper-cased too), and most have literals to pre-check: the
    look-behinds and case-sensitive groups ("(?-i:Ihr)") the German data uses never hide a match."""
    folder = Path(__file__).parent / "fixtures" / "messages"
    texts = [
        m["text"]
        for p in sorted(folder.glob("*.de.toml"))
        for m in tomllib.loads(p.read_text("utf-8")).get("message", [])
    ]
    texts += CONNECTION_STATED + CONNECTION_MISSING + JOB_ASKS + NOT_JOB_ASKS + PRESSURE + NO_PRESSURE + BLAME + OWNED
    texts += (
        AWKWARD
        + NOT_AWKWARD
        + [
            case[0]
            for case in MORE
            + SOFT
            + CONNECTION_MORE
            + REGIONAL
            + JOB_NEAR
            + ABOUT_ME
            + EIGHTH
            + NINTH
            + TENTH
            + ELEVENTH
        ]
    )
    texts += [case.values[0] if hasattr(case, "values") else case[0] for case in ROUND8_SETS]
    patterns = {
        n: v for n, v in vars(lint_phrases_de).items() if n.isupper() and isinstance(v, (re.Pattern, QuickPattern))
    }
    with_literals = 0
    for name, value in patterns.items():
        # the German ideas are QuickPatterns already (checked against their own regex); the rest are wrapped here
        pattern = value.regex if isinstance(value, QuickPattern) else value
        quick = value if isinstance(value, QuickPattern) else QuickPattern(value)
        with_literals += quick.literals is not None
        for text in texts + [t.upper() for t in texts]:
            expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in quick.finditer(text)] == expected, (name, text[:80])
            found = quick.search(text)
            assert (found and found.span()) == ((m := pattern.search(text)) and m.span()), (name, text[:80])
    assert with_literals >= 0.8 * len(patterns)


@pytest.mark.parametrize(
    ("text", "pressure"),
    [
        # "letzte Nachricht" is the previous message in a follow-up, not an ultimatum
        (
            "Hallo Ana, ich hole meine letzte Nachricht kurz wieder nach oben. Passt dir ein Telefonat? Danke dir!",
            False,
        ),
        ("Hallo Herr Roth, kurz zu meiner letzten Anfrage: Hätten Sie nächste Woche Zeit? Danke!", False),
        ("Hallo Herr Roth, das ist meine allerletzte Nachricht an Sie. Melden Sie sich bis Freitag.", True),
        ("Hallo Frau Kroll, das ist mein letzter Versuch, Sie zu erreichen. Bitte antworten Sie.", True),
    ],
)
def test_a_last_message_is_an_ultimatum_only_when_it_says_so(text, pressure):
    assert ("pressure" in rules(text, "follow-up", "acquaintance")) is pressure


# --------------------------------------------------------------------------- round 7: class by class
# Each class has a first set (written before the fix, the fix was made against it) and a second set (written after,
# never fixed against: the honest figure for the class). Cases: (text, situation, relationship, must, must_not).
CL = "connection-late"
#: A case of a second set that the linter got wrong when the set was first measured: kept, as the honest record, and
#: expected to fail until a later round fixes its class (strict: a fix makes the test say so).
SECOND_SET_MISS = pytest.mark.xfail(strict=True, reason="second set, measured once and not fixed against")
#: A first-set case whose class the fix did not reach (vouching blind is read only with a "cannot judge" cue, and an
#: acquaintance from a sport is not one): kept as the record, strict like the above.
NOT_REACHED = pytest.mark.xfail(strict=True, reason="first set, not reached by this round's fix")

# connection-late must stay silent when the opening says how they know each other in a form of its own (met with a
# verb of its own, a referrer who "meinte, ich soll", a favour or offer the reader made, a course or a neighbourhood,
# a reply); and must fire where there is none, or it comes late, or "ich habe gehört/gelesen" is about anything else.
CONNECTION_FIRST = [
    (
        "Grüezi Herr Huber\n\nAm Jobanlass der FHNW in Olten haben Sie mir Ihre Visitenkarte gegeben. Darf ich Sie "
        "fragen, wie Sie vom Bauingenieurwesen in die Logistik gekommen sind?\n\nMerci und freundliche Grüsse\nRahel",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Frau Petrović,\n\nSimon Albrecht aus Ihrem früheren Team hat gemeint, ich soll mich unbedingt bei "
        "Ihnen melden. Ich bin Logopädin und überlege, in die Forschung zu gehen. Hätten Sie im Dezember 20 Minuten "
        "für mich?\n\nVielen Dank\nLaura",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hi Jonas,\n\nich bin die Kollegin von Fatma, die dir letzte Woche von mir erzählt hat. Sie sagt, du hast den "
        "Wechsel von der Schule in die Erwachsenenbildung gemacht. Hättest du Lust auf einen kurzen Call?\n\nDanke "
        "dir!\nSelin",
        "career-change", "stranger", set(), {CL},
    ),
    (
        "Sehr geehrte Frau Professorin Wagner,\n\nich saß im Sommersemester in Ihrer Vorlesung Umweltökonomie, in der "
        "dritten Reihe mit den vielen Fragen. Inzwischen arbeite ich bei einem Energieversorger. Dürfte ich Sie "
        "fragen, wie Sie Ihre Doktorandinnen auswählen?\n\nHerzlichen Dank\nFelix Braun",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Servus Herr Leitner,\n\nSie haben mir nach der Führung durch die Brauerei in Zwettl angeboten, dass ich mich "
        "melden darf. Das mache ich hiermit: Hätten Sie im Jänner Zeit für ein kurzes Telefonat über die Ausbildung "
        "zum Braumeister?\n\nDanke vielmals\nStefan",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Frau Schmidt,\n\nwir wohnen im selben Haus in der Körnerstraße, ich bin die Nachbarin aus dem dritten "
        "Stock mit dem Lastenrad. Sie arbeiten doch bei der Stadtbibliothek. Darf ich Sie bei Gelegenheit fragen, wie "
        "man dort als Quereinsteigerin anfängt?\n\nDanke!\nJule",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Tobias,\n\ndu erinnerst dich vielleicht: Ich bin die mit dem platten Reifen vor dem Hackerspace, du "
        "hast mir deine Luftpumpe geliehen. Ich fange gerade als Junior-Entwicklerin an. Magst du mir erzählen, wie "
        "dein erstes Jahr war?\n\nDanke!\nMeike",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Frau Kaya,\n\nunsere Töchter sind in derselben Kita-Gruppe, wir haben uns beim Abholen schon ein paar "
        "Mal gegrüßt. Ich habe mitbekommen, dass Sie im Personalwesen arbeiten. Hätten Sie irgendwann zehn Minuten "
        "für ein paar Fragen?\n\nDanke und viele Grüße\nNina",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Liebe Frau Neumann,\n\nnach Ihrer Antwort auf meine Frage im Forum des Berufsverbands wollte ich mich direkt "
        "bei Ihnen melden. Ich bin Ergotherapeutin und möchte mich selbständig machen. Hätten Sie Zeit für ein kurzes "
        "Gespräch?\n\nVielen Dank\nCarla",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Herr Brenner,\n\nwir haben 2019 bei der Bahn im selben Großraumbüro gesessen. Seitdem bin ich in die "
        "IT-Sicherheit gewechselt. Hätten Sie Lust, mir bei einem Kaffee zu erzählen, wie Ihr Wechsel nach Frankfurt "
        "war?\n\nDanke\nMaik",
        "reconnect", "acquaintance", set(), {CL},
    ),
    (
        "Guten Tag Frau Lorenz,\n\nwir kennen uns nicht persönlich, aber Ihre Stellungnahme im Ausschuss für "
        "Digitales hat mich überzeugt. Ich arbeite in der Kommunalverwaltung. Wären Sie zu einem kurzen Austausch "
        "bereit?\n\nVielen Dank\nJan Heise",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Herr Peters,\n\nentschuldigen Sie die späte Rückmeldung auf Ihre Mail von letzter Woche. Der Donnerstag "
        "passt mir gut. Rufen Sie mich um 10 Uhr an?\n\nDanke und Gruß\nAnke",
        "", "stranger", set(), {CL},
    ),
    (
        "Hi Frau Sommer, Ihre Kollegin Dilara hat mir Ihre Nummer weitergegeben, weil ich eine Ausbildungsstelle als "
        "Zahntechniker suche und sie meinte, Sie wissen, wie das bei Ihnen im Labor läuft. Wie läuft das? Danke!",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Sehr geehrter Herr Dr. Vogt,\n\nauf Empfehlung Ihres ehemaligen Doktoranden Paul Simon wende ich mich an Sie. "
        "Ich schreibe meine Masterarbeit über Bodenmikrobiologie. Hätten Sie kurz Zeit für zwei Fragen?\n\nMit "
        "bestem Dank\nHanna Reiter",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Frau Brandt,\n\nich bin Elektronikerin und will in die Medizintechnik. Ich habe gelesen, dass das viele "
        "machen. Hätten Sie Zeit für ein kurzes Telefonat?\n\nDanke\nSvenja",
        "career-change", "stranger", {CL}, set(),
    ),
    (
        "Sehr geehrter Herr Kühn,\n\nich schreibe Ihnen, weil ich mich für den Vertrieb interessiere. Wie sind Sie "
        "dorthin gekommen? Ihren Namen habe ich übrigens von Frau Albers.\n\nVielen Dank\nDaniel",
        "informational-interview", "stranger", {CL}, set(),
    ),
    (
        "Hallo Frau Ahmadi,\n\nich habe gehört, dass man in der Verwaltung gut Teilzeit arbeiten kann. Stimmt das bei "
        "Ihnen auch?\n\nDanke\nLisa",
        "informational-interview", "stranger", {CL}, set(),
    ),
    (
        "Grüezi Frau Meier\n\nIch arbeite seit zehn Jahren als Pflegefachfrau im Unispital und möchte in die "
        "Informatik. Dürfte ich Ihnen ein paar Fragen stellen?\n\nMerci vielmal\nSandra",
        "career-change", "stranger", {CL}, set(),
    ),
    (
        "Hallo Herr Lang, hätten Sie Zeit für ein Gespräch über Ihren Beruf? Ich bin in der zehnten Klasse. Danke, Max",
        "informational-interview", "stranger", {CL}, set(),
    ),
]  # fmt: skip

# written after the fix above and never fixed against: the honest figure for the class (2/6 clean drafts flagged,
# 3/3 near-misses caught); the train-compartment case passes since round8.de's inverted "haben wir … zusammen"
CONNECTION_SECOND = [
    (
        "Liebe Frau Engel,\n\nletzten Herbst haben wir im Zug nach Hamburg nebeneinander gesessen und über "
        "Kinderbücher geredet. Ich habe inzwischen mein Volontariat angefangen. Dürfte ich Sie fragen, wie Sie zum "
        "Lektorat gekommen sind?\n\nHerzlichen Dank\nMira",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Herr Yilmaz,\n\nmein Onkel Ahmet spielt mit Ihnen im selben Fußballverein und hat mir erzählt, dass Sie "
        "eine Kfz-Werkstatt leiten. Ich mache im Sommer meinen Realschulabschluss. Könnte ich mir bei Ihnen einen Tag "
        "anschauen, wie die Arbeit aussieht?\n\nDanke\nEmre",
        "informational-interview", "stranger", set(), {CL},
    ),
    (  # a round-7 second-set miss, read since round 8 (what the reader did, as a statement)
        "Grüezi Frau Keller\n\nSie haben letzte Woche meinen Beitrag im Forum der Pflegeinformatik kommentiert, "
        "merci dafür. Ich möchte das Thema gern vertiefen. Hätten Sie Zeit für einen kurzen Austausch?\n\nFreundliche "
        "Grüsse\nLuca",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Sehr geehrter Herr Albers,\n\nals Teilnehmerin Ihres Online-Kurses zur Bilanzierung schreibe ich Ihnen mit "
        "einer Frage. Welche Zertifizierung würden Sie für den Einstieg ins Controlling empfehlen?\n\nVielen Dank\n"
        "Olga",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Carina,\n\nich bin Jakob, der Freund von Lea aus deiner Laufgruppe. Sie hat gesagt, ich darf mich bei "
        "dir melden. Ich überlege, Physiotherapie zu studieren. Wie hast du dich damals entschieden?\n\nDanke dir!\n"
        "Jakob",
        "career-change", "stranger", set(), {CL},
    ),
    (
        "Hallo Frau Hahn,\n\nnach unserem kurzen Gespräch an der Kasse im Baumarkt wollte ich mich noch einmal melden. "
        "Sie hatten gesagt, dass Sie Azubis suchen. Wie bewirbt man sich am besten?\n\nViele Grüße\nKevin",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Frau Berger,\n\nich bin Physikerin und möchte in die Unternehmensberatung wechseln. Ich habe gehört, "
        "dass die Einstiegsgehälter dort hoch sind. Welche Firmen würden Sie sich anschauen?\n\nDanke\nAnna",
        "career-change", "stranger", {CL}, set(),
    ),
    (
        "Sehr geehrte Frau Lux,\n\nwie sieht der Berufsalltag einer Gutachterin aus? Ich bin Bauingenieur und "
        "überlege zu wechseln. Ihren Namen habe ich übrigens im Verzeichnis der Kammer gefunden.\n\nDanke\nRalf",
        "informational-interview", "stranger", {CL}, set(),
    ),
    (
        "Hi Herr Otto, ich will Fachinformatiker werden und habe mitbekommen, dass viele Betriebe dringend suchen. "
        "Wissen Sie, welche in Dresden ausbilden? Danke!",
        "informational-interview", "stranger", {CL}, set(),
    ),
]  # fmt: skip

AB = "apology-blame"
# apology-blame by implication: a cause put on others or on bad luck without the word "Schuld" (someone else "should
# have", the reader "had only given me", a thing that "did not", "nobody told me" in any order, "da kann man nichts
# machen"), against apologies that name a cause and own it, or name none.
BLAME_FIRST = [
    (
        "Entschuldigen Sie die Verspätung. Ihr Empfang hat mich zwanzig Minuten im Foyer stehen lassen.",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Hi Jana, sorry, dass der Entwurf so spät kommt. Die Vorlage von eurer Grafikabteilung war halt erst am "
        "Freitag da. LG Nils",
        "apology", "teammate", {AB}, set(),
    ),
    (
        "Sehr geehrter Herr Roth,\n\nes tut mir leid, dass die Präsentation nicht lief. Den Adapter hätte eigentlich "
        "die Haustechnik bereitstellen sollen.\n\nMit freundlichen Grüßen\nAnja Weber",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Entschuldige, dass ich nicht zurückgerufen habe. Du hattest mir ja auch nur die alte Nummer gegeben.",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Hallo Frau Demir, tut mir leid mit dem Termin. Ehrlich gesagt hat mir das niemand rechtzeitig gesagt. "
        "Viele Grüße, Timo",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Verzeihung, dass ich das Vorstellungsgespräch verpasst habe. Das Navi hat mich in die völlig falsche Richtung "
        "geschickt.",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Entschuldigen Sie bitte, dass die Unterlagen fehlen. Ihre Sekretärin sollte sie eigentlich weiterleiten.",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Sorry wegen des Fehlers in der Rechnung, Herr Graf. Das Programm rechnet die Mehrwertsteuer seit dem Update "
        "falsch.",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Entschuldige bitte die späte Antwort, aber mein Chef lässt mich gerade kaum Luft holen.",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Grüezi Frau Frei\n\nEs tut mir leid, dass das Paket nicht angekommen ist. Da müssen Sie sich an die Post "
        "wenden, ich habe es ordnungsgemäss abgegeben.\n\nFreundliche Grüsse\nReto",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Servus Andi, sorry, dass ich so spät war. Bei dem Wetter kommt halt keiner pünktlich über den Pass.",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Entschuldigung für die Verwechslung. Die Namensliste, die ich bekommen habe, war nicht sortiert.",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Liebe Frau Ott, es tut mir leid, dass Sie warten mussten. Mir wurde vom Veranstalter eine falsche Uhrzeit "
        "mitgeteilt. Herzliche Grüße, Lea",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Sorry, dass ich beim Kundentermin gefehlt habe. Von der Änderung wusste ich nichts, die kam nie bei mir an.",
        "apology", "teammate", {AB}, set(),
    ),
    (
        "Entschuldigen Sie die Verspätung. Der Zug fiel aus, aber ich hätte früher losfahren sollen, das nehme ich auf "
        "mich.",
        "apology", "stranger", set(), {AB},
    ),
    (
        "Tut mir leid, dass ich den Termin verpasst habe. Das war mein Fehler, ich hatte ihn falsch eingetragen.",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Hey Mo, sorry für die späte Antwort, ich lag zwei Wochen flach. Hätte dir trotzdem kurz Bescheid geben "
        "können, das war nicht okay.",
        "apology", "friend", set(), {AB},
    ),
    (
        "Entschuldige, dass ich gestern so kurz angebunden war. Das hattest du nicht verdient.",
        "apology", "friend", set(), {AB},
    ),
    (
        "Es tut mir leid, dass die Zahlen falsch waren. Ich habe sie nicht noch einmal geprüft, das hole ich jetzt "
        "nach.",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Tut mir leid, dass Ihr Team so lange warten musste. Ich kläre mit unserer Buchhaltung, dass so etwas nicht "
        "wieder vorkommt.",
        "apology", "stranger", set(), {AB},
    ),
    # sorry for a slip of the writer's own, with a plain fact after it: no one is blamed
    (
        "Sorry für die Verwirrung: Der Workshop ist nicht am Montag, sondern am Dienstag. Bis dann!",
        "", "acquaintance", set(), {AB},
    ),
    (
        "Tut mir leid, dass du umsonst gekommen bist. Das Café hat montags leider zu, das hätte ich prüfen müssen.",
        "apology", "friend", set(), {AB},
    ),
    (
        "Entschuldige die späte Antwort! Die Fotos vom Sommerfest sind jetzt online, schau mal rein.",
        "", "friend", set(), {AB},
    ),
    (
        "Sorry, dass es so lange gedauert hat. Der Vertrag ist jetzt unterschrieben, ich schicke ihn dir gleich.",
        "apology", "acquaintance", set(), {AB},
    ),
]  # fmt: skip

BLAME_SECOND = [
    (
        "Sehr geehrte Frau Winter,\n\nentschuldigen Sie, dass mein Bericht unvollständig war. Die Zahlen aus dem "
        "Vertrieb haben mir bis zuletzt gefehlt.\n\nMit freundlichen Grüßen\nBernd Falk",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Sorry Tina, dass ich dich versetzt habe. Die Kinderbetreuung ist kurzfristig abgesprungen, was hätte ich "
        "machen sollen?",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Hallo Herr Gruber, tut mir leid wegen der doppelten Buchung. Unser neues Buchungssystem übernimmt Stornos "
        "leider nicht automatisch. Grüße, Eva",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Entschuldigung, dass ich nicht zum Probetag kam. Mir hatte keiner gesagt, dass er schon um sieben anfängt.",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Liebe Sabine, es tut mir leid, dass der Kuchen nicht fertig war. Der Ofen in der Vereinsküche heizt halt "
        "nicht richtig. Liebe Grüße, Gitti",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Servus Herr Pichler, verzeihen Sie die Verspätung beim Angebot. Ihr Einkauf hat die Pläne erst gestern "
        "geschickt, früher ging es also nicht.",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Tut mir leid, dass ich das Meeting vergessen habe. Ich hatte keinen Reminder gestellt, das mache ich ab jetzt "
        "immer.",
        "apology", "teammate", set(), {AB},
    ),
    (
        "Entschuldigen Sie die späte Rückmeldung. Ich war zwei Wochen im Urlaub und habe vergessen, eine "
        "Abwesenheitsnotiz einzurichten, das war unprofessionell von mir.",
        "apology", "stranger", set(), {AB},
    ),
    (
        "Sorry für den Tippfehler in deinem Namen auf der Einladung, Jörg. Wird in der nächsten Version korrigiert.",
        "apology", "acquaintance", set(), {AB},
    ),
]  # fmt: skip

# BLAME_SECOND scored 1/6 (0/3 near-misses wrongly) after the phrase fix (the phrases had learnt the first set's
# words); the sentence-subject pattern was then written against the class, and this third set, written after it, is
# its honest figure
BLAME_THIRD = [
    (
        "Hallo Frau Krüger, entschuldigen Sie, dass das Gutachten noch fehlt. Das Labor hat die Proben erst am "
        "Donnerstag ausgewertet. Gruß, Tom Hein",
        "apology", "stranger", {AB}, set(),
    ),
    pytest.param(
        "Sorry Lukas, dass ich beim Umzug nicht helfen konnte. Mein Auto ist mitten auf der A9 liegen geblieben, und "
        "der ADAC kam nach drei Stunden.",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Grüezi Herr Zürcher\n\nEntschuldigen Sie den Fehler in der Offerte. Die Preise vom Lieferanten stimmten "
        "nicht mehr.\n\nFreundliche Grüsse\nMartina",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Tut mir leid, dass ich so spät zurückschreibe. Euer Postfach schickt meine Mails ständig in den Spam.",
        "apology", "acquaintance", {AB}, set(),
    ),
    pytest.param(
        "Hallo Chris, sorry für den schiefen Schnitt im Video. Die Vorlage vom Kunden hatte einfach zu wenig Material.",
        "apology", "teammate", {AB}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Liebe Frau Aydın, es tut mir leid, dass ich die Frist verpasst habe. Ich habe mich in der Woche vertan, das "
        "passiert mir nicht wieder.",
        "apology", "stranger", set(), {AB},
    ),
    (
        "Sorry Ben, dass ich gestern so gereizt war. Die Woche war anstrengend, aber das ist keine Ausrede.",
        "apology", "friend", set(), {AB},
    ),
    (
        "Entschuldigen Sie die späte Antwort auf Ihre Frage. Der Kurs beginnt am 3. März, die Anmeldung läuft über "
        "unsere Website.",
        "", "stranger", set(), {AB},
    ),
]  # fmt: skip

PR = "pressure"
# pressure put indirectly: a sigh, a hint, a comparison, a favour recalled, someone else waiting on the reader, a
# presumption that they will say yes; against follow-ups with a release, thanks for an old favour and deadlines on an
# opportunity.
PRESSURE_FIRST = [
    (
        "Hallo Frau Becker,\n\nvielleicht landet diese Nachricht ja diesmal nicht im Papierkorb. Hätten Sie kurz "
        "Zeit für ein Telefonat?\n\nGruß\nPetra",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hi Jonas, ich weiß ja, dass du jetzt Teamleiter bist und wichtigere Leute kennst. Trotzdem würde ich mich "
        "über eine Antwort freuen.",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Sehr geehrte Frau Sommer,\n\nmein Chef rechnet fest damit, dass Sie am Freitag bei uns vorbeikommen. Passt "
        "Ihnen 14 Uhr?\n\nDanke\nMarco",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Tim, früher hast du dich immer sofort gemeldet. Na ja, Zeiten ändern sich wohl. Kira",
        "follow-up", "friend", {PR}, set(),
    ),
    (
        "Hallo Herr Schulte, andere in Ihrer Position nehmen sich für so etwas zehn Minuten. Hätten Sie vielleicht "
        "doch Zeit? Danke, Jana",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Liebe Anne, ich hab dir damals beim Umzug zwei Tage lang geholfen, das weißt du ja noch. Könntest du jetzt "
        "mal meinen Lebenslauf lesen?",
        "", "friend", {PR}, set(),
    ),
    (
        "Sehr geehrte Frau Lang,\n\nich gehe davon aus, dass eine kurze Antwort bei Ihnen drin ist. Wann passt es "
        "Ihnen?\n\nGrüße\nUwe",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hey Mara, ich sitz hier seit Tagen und schau alle fünf Minuten aufs Handy. Meld dich doch einfach mal.",
        "follow-up", "friend", {PR}, set(),
    ),
    (
        "Hallo Herr Wolf, ich muss meiner Chefin morgen sagen, ob Sie dabei sind. Sie wollen mich doch nicht hängen "
        "lassen? Danke!",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Kai, so wie ich dich kenne, sagst du sowieso zu. Also, bist du am Samstag beim Umzug dabei?",
        "", "friend", {PR}, set(),
    ),
    (
        "Hallo Frau Roth, eine Absage würde ich ehrlich gesagt persönlich nehmen. Haben Sie nächste Woche eine halbe "
        "Stunde? Danke, Ida",
        "informational-interview", "acquaintance", {PR}, set(),
    ),
    (
        "Servus Florian, nur damit du's weißt: Von deiner Antwort hängt ab, ob ich die Wohnung in München nehmen "
        "kann. Wie schaut's aus bei euch?",
        "", "friend", {PR}, set(),
    ),
    (
        "Liebe Frau Kim, es wäre schon ein bisschen traurig, wenn ausgerechnet Sie als Mentorin mir nicht antworten. "
        "Viele Grüße, Jule",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Paul, du bist der Einzige, den ich noch fragen kann, alle anderen haben schon abgesagt. Hilfst du mir "
        "am Samstag beim Streichen?",
        "", "friend", {PR}, set(),
    ),
    (
        "Hallo Frau Becker,\n\nich melde mich noch einmal, falls meine Nachricht untergegangen ist. Kein Problem, "
        "wenn es gerade nicht passt.\n\nDanke und Gruß\nPetra",
        "follow-up", "stranger", set(), {PR},
    ),
    (
        "Hallo Jonas, Glückwunsch zur Teamleitung! Du hast jetzt sicher viel um die Ohren, also lass dir Zeit mit "
        "einer Antwort.",
        "congratulate", "acquaintance", set(), {PR},
    ),
    (
        "Hallo Herr Schulte, mehrere Leute aus Ihrer Branche haben mir geraten, mit Ihnen zu sprechen. Hätten Sie 15 "
        "Minuten? Danke, Jana",
        "informational-interview", "stranger", set(), {PR},
    ),
    (
        "Liebe Anne, du hast mir damals beim Umzug so geholfen, dafür bin ich dir immer noch dankbar. Magst du mal "
        "auf einen Kaffee vorbeikommen?",
        "", "friend", set(), {PR},
    ),
    (
        "Hallo Herr Wolf, die Anmeldung zum Hackathon endet am Freitag, falls Sie mitmachen möchten. Viele Grüße, Eva",
        "share-no-ask", "acquaintance", set(), {PR},
    ),
    (
        "Hallo Kai, ich hoffe, du kannst am Samstag. Wenn nicht, ist das völlig okay. Danke dir!",
        "", "friend", set(), {PR},
    ),
]  # fmt: skip

# measured after the first fix: 1/6 fired, 0/3 near-misses wrongly (the phrases had learnt the first set's words);
# the second fix (sighs, stakes, someone waiting, a favour recalled verb-last) was written against the class, and
# PRESSURE_THIRD, written after it, is its honest figure
PRESSURE_SECOND = [
    (
        "Hallo Herr Maurer, ich versuche es einfach noch mal, vielleicht haben Sie diesmal ja ein paar Minuten für "
        "mich übrig. Gruß, Lena",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hi Sophie, weißt du noch, wie ich dir damals die ganze Nacht bei der Hausarbeit geholfen habe? Jetzt "
        "bräuchte ich mal deine Hilfe beim Anschreiben.",
        "", "friend", {PR}, set(),
    ),
    (
        "Hallo Frau Thiel, unser Vorstand wartet schon auf Ihre Zusage für die Podiumsdiskussion. Können Sie mir das "
        "heute noch bestätigen?",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hey Basti, seit du in Berlin wohnst, hört man ja gar nichts mehr von dir. Hast du am Wochenende Zeit?",
        "reconnect", "friend", {PR}, set(),
    ),
    (
        "Sehr geehrter Herr Kraus,\n\nmeine Kolleginnen haben von ihren Ansprechpartnern längst eine Antwort "
        "bekommen. Darf ich mit Ihrer Rückmeldung bis Freitag rechnen?\n\nGruß\nIlse Baum",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hallo Nina, ehrlich, wenn du nicht mitmachst, platzt das ganze Projekt und ich steh blöd da. Bist du dabei?",
        "", "teammate", {PR}, set(),
    ),
    (
        "Hallo Herr Maurer, ich hake noch einmal freundlich nach, falls meine Mail untergegangen ist. Wenn es gerade "
        "nicht passt, ist das völlig in Ordnung. Danke, Lena",
        "follow-up", "stranger", set(), {PR},
    ),
    (
        "Hi Sophie, danke nochmal, dass du mir damals bei der Hausarbeit geholfen hast. Hättest du Lust, dass ich dir "
        "jetzt beim Umzug helfe?",
        "", "friend", set(), {PR},
    ),
    (
        "Hallo Frau Thiel, die Anmeldung für die Podiumsdiskussion schließt am Freitag. Falls Sie Lust haben, sagen "
        "Sie einfach Bescheid.",
        "share-no-ask", "acquaintance", set(), {PR},
    ),
]  # fmt: skip

# measured after the second fix: 1/5 fired, 0/3 near-misses wrongly; a third fix ("will nicht drängeln, aber" with no
# release, waiting with a sigh, "von selbst melden", what the writer may "erwarten", ruin put on their answer, a
# promise made for them by someone else) was then written against the class: PRESSURE_FOURTH is its honest figure
PRESSURE_THIRD = [
    (
        "Hallo Frau Vogel, ich hatte ja gehofft, dass Sie sich nach unserem Gespräch von selbst melden. Haben Sie die "
        "Unterlagen inzwischen angeschaut?",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Hi Lena, ich will ja nicht drängeln, aber meine Wohnung ist ab März gekündigt und ohne den Job bei euch stehe "
        "ich auf der Straße. Hast du schon mit deinem Chef geredet?",
        "", "friend", {PR}, set(),
    ),
    (
        "Grüezi Herr Moser\n\nIhre Assistentin hat mir versichert, dass Sie sich diese Woche melden. Darauf warte ich "
        "nun.\n\nFreundliche Grüsse\nUrs",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hallo Tom, bei deiner Hochzeit stand ich selbstverständlich parat. Da darf ich doch jetzt auch mal was von dir "
        "erwarten, oder?",
        "", "friend", {PR}, set(),
    ),
    (
        "Sehr geehrter Herr Busch,\n\nso viel Zeit kostet eine Antwort ja eigentlich nicht. Können Sie mir bis morgen "
        "sagen, ob es klappt?\n\nGrüße\nKarin",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hallo Frau Vogel, ich melde mich noch einmal wegen der Unterlagen. Lassen Sie sich ruhig Zeit, ich weiß, dass "
        "der Dezember voll ist. Danke!",
        "follow-up", "acquaintance", set(), {PR},
    ),
    (
        "Hi Lena, kleine Info: Die Stelle bei euch ist bis 15. Januar ausgeschrieben, falls du jemanden kennst. Danke "
        "dir!",
        "share-no-ask", "friend", set(), {PR},
    ),
    (
        "Hallo Tom, bei deiner Hochzeit war es wunderschön, danke nochmal für die Einladung! Wollen wir bald mal wieder "
        "essen gehen?",
        "reconnect", "friend", set(), {PR},
    ),
]  # fmt: skip

JA, AW = "job-ask", "awkward-position"
# job-ask and awkward-position in indirect forms: a referral or a job put as a wish or a hint, a word with the
# reader's boss asked in passing, what is not theirs to share asked as curiosity; against information asks, offers
# and declines that use the same words.
INDIRECT_FIRST = [
    (
        "Hallo Frau Jansen,\n\nwir haben uns beim Stadtwerke-Infotag kennengelernt. Falls bei Ihnen im Netzbetrieb "
        "etwas frei wird, wäre ich sofort dabei, vielleicht mögen Sie ja an mich denken.\n\nDanke\nOle",
        "informational-interview", "acquaintance", {JA}, set(),
    ),
    (
        "Hallo Herr Stein,\n\nIhr Vortrag beim Logistiktag war großartig. Schön wäre es, wenn Sie meinen Lebenslauf "
        "an Ihre Fachabteilung geben würden.\n\nVielen Dank\nIrina",
        "informational-interview", "stranger", {JA}, set(),
    ),
    pytest.param(
        "Hi Sven, wir kennen uns vom Bouldern. Ich hab gesehen, dass ihr Entwickler sucht. Ein kleiner Tipp an eure "
        "Personalerin, dass ich gut bin, wäre Gold wert. Danke!",
        "", "acquaintance", {JA, AW}, set(),
        marks=NOT_REACHED,
    ),
    (
        "Hallo Frau Maier,\n\nwir kennen uns vom Elternabend. Sie sitzen ja direkt neben Ihrem Geschäftsführer, "
        "vielleicht können Sie beim Mittagessen mal erwähnen, dass ich mich beworben habe?\n\nDanke\nNadine",
        "introduction", "acquaintance", {AW}, set(),
    ),
    (
        "Servus Flo, erzähl doch deinem Chef beim nächsten Feierabendbier mal von mir. Ich such ja grad was Neues. "
        "Danke dir!",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hallo Herr Öztürk,\n\ndanke für das nette Gespräch auf der Messe. Wie viel zahlt Ihre Firma denn so im "
        "Vertrieb? Nur damit ich weiß, was ich verlangen kann.\n\nGruß\nDeniz",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hallo Lisa, du sitzt doch in der Jury vom Förderpreis. Magst du mir verraten, welche Projekte es in die "
        "engere Wahl geschafft haben? Bleibt auch unter uns. Danke!",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Sehr geehrter Herr Kraft,\n\nIhr Name stand im Programm der Personalmesse. Ich suche eine Festanstellung "
        "als Elektroniker, und ich fände es super, wenn Sie mich bei Ihrem Personalchef ins Gespräch bringen.\n\n"
        "Danke\nMarvin",
        "informational-interview", "stranger", {JA}, set(),
    ),
    (
        "Hallo Frau Jansen,\n\nwir haben uns beim Stadtwerke-Infotag kennengelernt. Ich suche eine Stelle im "
        "Netzbetrieb. Wie sind Sie dort eingestiegen, und worauf achten Sie bei Bewerbungen?\n\nDanke\nOle",
        "informational-interview", "acquaintance", set(), {JA, AW},
    ),
    (
        "Hallo Herr Stein,\n\nIhr Vortrag beim Logistiktag war großartig. Ich habe mich auf die Stelle als "
        "Disponent beworben. Was würden Sie mir für das Gespräch raten?\n\nVielen Dank\nIrina",
        "informational-interview", "stranger", set(), {JA, AW},
    ),
    (
        "Hi Sven, wir kennen uns vom Bouldern. Falls dein Team mal einen Entwickler braucht, sag gern Bescheid, ich "
        "kenne ein paar gute Leute, die ich dir vorstellen kann.",
        "", "acquaintance", set(), {JA, AW},
    ),
    (
        "Hallo Frau Maier,\n\nwir kennen uns vom Elternabend. Ich bewerbe mich gerade bei Ihrer Firma. Wie ist "
        "denn die Stimmung im Team so?\n\nDanke\nNadine",
        "introduction", "acquaintance", set(), {AW},
    ),
    (
        "Hallo Herr Öztürk,\n\ndanke für das nette Gespräch auf der Messe. Wissen Sie, wo man verlässliche "
        "Gehaltsvergleiche für den Vertrieb findet?\n\nGruß\nDeniz",
        "", "acquaintance", set(), {AW},
    ),
]  # fmt: skip

# measured after the first fix: 1/7 fired, 0/5 near-misses wrongly; a second fix ("ein Wort … einlegen" without
# "gutes", the name whispered, the applicants' list, more imperatives with a particle, "den einen oder anderen Auftrag
# für mich", "gern bei euch im Team") was written against the class: INDIRECT_THIRD is its honest figure
INDIRECT_SECOND = [
    (
        "Hallo Herr Brandl,\n\nich habe Ihren Beitrag im Fachforum gelesen. Es wäre großartig, wenn Sie bei Ihrer "
        "Bereichsleitung ein Wort für meine Bewerbung einlegen könnten.\n\nDanke\nEmil",
        "informational-interview", "stranger", {JA, AW}, set(),
    ),
    (
        "Hi Mareike, wir haben uns bei Jonas' Geburtstag unterhalten. Weißt du zufällig, ob bei euch im Labor bald "
        "eine Stelle frei wird? Ich würde sie sofort nehmen!",
        "", "acquaintance", {JA}, set(),
    ),
    (
        "Hallo Frau Peters,\n\nwir kennen uns aus dem Chor. Könnten Sie mir die Liste der Bewerber auf die "
        "Kantorenstelle zeigen? Ich wüsste gern, mit wem ich es zu tun habe.\n\nDanke\nRuth",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Servus Leo, flüster deiner Chefin doch beim nächsten Meeting mal meinen Namen ins Ohr, ich wär so gern bei "
        "euch im Team.",
        "", "acquaintance", {JA, AW}, set(),
    ),
    (
        "Hallo Herr Kurz,\n\nauf dem Gründerabend haben Sie von Ihrer Agentur erzählt. Ich bin freie Texterin: "
        "Vielleicht hätten Sie ja den einen oder anderen Auftrag für mich übrig?\n\nDanke\nPia",
        "client-or-collaborator", "stranger", {JA}, set(),
    ),
    (
        "Hallo Herr Brandl,\n\nich habe Ihren Beitrag im Fachforum gelesen. Ich bewerbe mich gerade bei Ihnen. "
        "Welche Fähigkeiten sind in Ihrem Bereich am wichtigsten?\n\nDanke\nEmil",
        "informational-interview", "stranger", set(), {JA, AW},
    ),
    (
        "Hi Mareike, wir haben uns bei Jonas' Geburtstag unterhalten. Wie bist du eigentlich ins Labor gekommen? "
        "Ich überlege, auch in die Forschung zu gehen.",
        "", "acquaintance", set(), {JA, AW},
    ),
    (
        "Hallo Herr Kurz,\n\nauf dem Gründerabend haben Sie von Ihrer Agentur erzählt. Falls Sie mal eine Texterin "
        "empfehlen sollen, hier ist mein Portfolio. Wie arbeiten Sie eigentlich mit Freien zusammen?\n\nDanke\nPia",
        "client-or-collaborator", "stranger", set(), {AW},
    ),
]  # fmt: skip

UA = "unthanked-ask"
# unthanked-ask must stay silent where thanks or appreciation comes in a form of its own (a loanword, "zu schätzen
# wissen" with words between, "ich schätze …"), or where nothing is asked of the reader (an offer, a heads-up, a
# wish for them); and must fire on a plain ask with only a greeting or "ich freue mich auf Ihre Antwort".
UNTHANKED_FIRST = [
    (
        "Hallo Herr Braun, ich studiere Logistik in Bremen und habe Ihren Vortrag beim Hafentag gehört. Hätten Sie 15 "
        "Minuten für ein Gespräch? Thx schon mal, Pia",
        "informational-interview", "stranger", set(), {UA},
    ),
    (
        "Guten Tag Frau Roth,\n\nIhr Buch über Stadtplanung hat mich begeistert. Dürfte ich Ihnen zwei Fragen zum "
        "Berufseinstieg stellen? Ich weiß Ihre Zeit wirklich sehr zu schätzen.\n\nGrüße\nTim",
        "informational-interview", "stranger", set(), {UA},
    ),
    (
        "Sehr geehrter Herr Alić,\n\nIhren Namen habe ich im Alumni-Verzeichnis gefunden. Wären Sie zu einem kurzen "
        "Telefonat bereit? Ich schätze es sehr, dass Sie sich das überlegen.\n\nMit freundlichen Grüßen\nLea",
        "informational-interview", "stranger", set(), {UA},
    ),
    (
        "Hi Frau Koch, auf Ihrem Blog habe ich von der Zimmerei gelesen. Darf ich Sie mal anrufen? Thanks im Voraus!",
        "informational-interview", "stranger", set(), {UA},
    ),
    (
        "Hallo Herr Weiß,\n\nIhr Artikel über Wärmepumpen hat mir geholfen. Falls Sie einmal eine Elektrikerin für "
        "Ihre Baustellen suchen, melden Sie sich gern, ich helfe Ihnen dann gern weiter.\n\nViele Grüße\nJana",
        "", "stranger", set(), {UA},
    ),
    (
        "Guten Tag Frau Ziegler,\n\nich habe Ihren Beitrag zur Pflegereform gelesen. Nur als Hinweis: Die Zahlen "
        "aus Tabelle 2 wurden vom Ministerium inzwischen aktualisiert.\n\nBeste Grüße\nUlf",
        "", "stranger", set(), {UA},
    ),
    (
        "Hallo Herr Nguyen,\n\nauf der Jobmesse in Halle stand Ihr Name am Stand der Stadtwerke. Könnten Sie mir "
        "sagen, wie der Einstieg als Anlagenmechaniker bei Ihnen läuft?\n\nGrüße\nKevin",
        "informational-interview", "stranger", {UA}, set(),
    ),
    (
        "Sehr geehrte Frau Dr. Wenzel,\n\nIhre Studie zu Schichtarbeit habe ich gelesen. Hätten Sie Zeit für ein "
        "kurzes Gespräch? Ich freue mich auf Ihre Antwort.\n\nMit freundlichen Grüßen\nAnja",
        "informational-interview", "stranger", {UA}, set(),
    ),
    (
        "Hi Herr Stahl, hab Ihr Profil auf LinkedIn gesehen. Können Sie mir sagen, wie man Schreiner im Messebau "
        "wird? LG Finn",
        "informational-interview", "stranger", {UA}, set(),
    ),
]  # fmt: skip

UNTHANKED_SECOND = [
    (
        "Grüezi Frau Baumann\n\nIhr Referat an der ZHAW hat mich inspiriert. Hätten Sie Zeit für einen Kaffee? "
        "Merci viumal!\n\nLorenz",
        "informational-interview", "stranger", set(), {UA},
    ),
    pytest.param(
        "Hallo Herr Schenk,\n\nich habe Ihren Podcast über Ladenbau gehört. Darf ich Ihnen ein paar Fragen zum "
        "Einstieg stellen? Das wäre mir viel wert, und ich bin für jede Antwort erkenntlich.\n\nGrüße\nOlli",
        "informational-interview", "stranger", set(), {UA},
        marks=SECOND_SET_MISS,
    ),
    (
        "Sehr geehrte Frau Engel,\n\nim Newsletter des Verbands habe ich Ihren Beitrag gelesen. Könnten Sie mir "
        "einen Tipp zum Quereinstieg geben? Schon jetzt ein dickes Dankeschön.\n\nHerzlich\nDana",
        "informational-interview", "stranger", set(), {UA},
    ),
    (
        "Hallo Frau Lindner,\n\nauf der Seite Ihrer Kanzlei habe ich gelesen, dass Sie Mietrecht machen. Hier der "
        "Link zu einem Urteil, das Sie interessieren könnte. Alles Gute!\n\nRalf",
        "", "stranger", set(), {UA},
    ),
    (
        "Hallo Herr Petersen,\n\nIhr Interview im Radio über Küstenschutz hat mich beeindruckt. Ich bin "
        "Wasserbauerin. Wie sind Sie zum Landesbetrieb gekommen?\n\nSchöne Grüße\nMaren",
        "informational-interview", "stranger", {UA}, set(),
    ),
    (
        "Sehr geehrter Herr Dr. Fuchs,\n\nIhr Aufsatz zur Arbeitsmedizin war sehr hilfreich. Wäre ein Gespräch "
        "nächste Woche möglich? Ich melde mich sonst noch mal.\n\nMfG\nSven",
        "informational-interview", "stranger", {UA}, set(),
    ),
    (
        "Hi Frau Krause, Ihr Name kam beim Gründerstammtisch. Wollen wir mal telefonieren? Bis bald, Nico",
        "informational-interview", "stranger", {UA}, set(),
    ),
]  # fmt: skip

NQ = "no-question"
# no-question must stay silent on messages that ask nothing (an offer, thanks, a heads-up, "bitte" that is not a
# request, a wish to stay in touch, an introduction both sides agreed to) and fire on a request put as a statement.
NO_QUESTION_FIRST = [
    (
        "Hallo Frau Graf, anbei wie versprochen die Folien vom Workshop. Bitte schön, und viel Erfolg beim Projekt! "
        "Viele Grüße, Ben",
        "", "acquaintance", set(), {NQ},
    ),
    (
        "Hi Jule, danke dir für den Tipp mit der Stiftung! Ich habe den Antrag gestern abgeschickt. Ich halte dich auf "
        "dem Laufenden.",
        "thank-you", "friend", set(), {NQ},
    ),
    (
        "Hallo Herr Lenz, falls Sie für Ihr Team mal jemanden mit SAP-Kenntnissen brauchen, kann ich Ihnen gern "
        "zwei frühere Kolleginnen vorstellen. Beste Grüße, Ina",
        "", "acquaintance", set(), {NQ},
    ),
    (
        "Liebe Frau Adler, es war schön, Sie beim Sommerfest wiederzusehen. Ich würde mich freuen, wenn wir in "
        "Kontakt bleiben. Herzliche Grüße, Tom",
        "reconnect", "acquaintance", set(), {NQ},
    ),
    (
        "Hallo Max, nur als Info: Die Ausschreibung für das Stipendium läuft noch bis Ende Januar. Dachte, das "
        "interessiert dich. Grüße, Lea",
        "share-no-ask", "friend", set(), {NQ},
    ),
    (
        "Liebe Ana, lieber Jonas, ihr habt beide gesagt, dass ihr euch gern kennenlernen wollt, also mache ich euch "
        "hiermit bekannt. Ana baut Lastenräder, Jonas plant Radwege. Viel Spaß!",
        "make-introduction", "friend", set(), {NQ},
    ),
    (
        "Hallo Herr Brandt,\n\nich würde mich sehr über ein kurzes Telefonat mit Ihnen freuen, um mehr über Ihren "
        "Weg in die Medizintechnik zu erfahren.\n\nVielen Dank\nEla",
        "informational-interview", "stranger", {NQ}, set(),
    ),
    (
        "Hallo Frau Sommer,\n\nIhre Kollegin hat mir Ihren Namen gegeben. Ich bräuchte Ihre Einschätzung zu meinem "
        "Businessplan, idealerweise noch diesen Monat.\n\nDanke\nKai",
        "informational-interview", "stranger", {NQ}, set(),
    ),
    (
        "Hi Tarek, wir kennen uns vom Hackathon. Schick mir doch mal deinen Kalender-Link, dann suche ich uns einen "
        "Termin raus. Danke dir!",
        "informational-interview", "acquaintance", {NQ}, set(),
    ),
    (
        "Guten Tag Herr Koch,\n\nauf Empfehlung von Frau Aydin schreibe ich Ihnen. Es wäre toll, wenn wir uns "
        "nächste Woche kurz austauschen könnten.\n\nBesten Dank\nMia",
        "informational-interview", "stranger", {NQ}, set(),
    ),
]  # fmt: skip

PRESSURE_FOURTH = [
    (
        "Hallo Frau Brandt, wie Sie wissen, hängt meine Verlängerung am Institut an Ihrem Gutachten. Schicken Sie es "
        "mir bitte bis Freitag. Grüße, Dario",
        "", "acquaintance", {PR}, set(),
    ),
    pytest.param(
        "Hey Svenja, du hattest doch gesagt, du meldest dich nach dem Urlaub. Der ist jetzt drei Wochen vorbei. "
        "Wie sieht's aus mit dem Praktikumsplatz?",
        "follow-up", "friend", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Sehr geehrter Herr Pohl,\n\nunter Nachbarn hilft man sich doch, finde ich. Hätten Sie am Samstag eine "
        "Stunde für meinen Lebenslauf?\n\nGrüße\nAylin",
        "", "acquaintance", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Hi Marc, ich hab schon allen erzählt, dass du beim Firmenlauf für unser Team startest. Wär peinlich, wenn "
        "nicht. Bist du dabei?",
        "", "teammate", {PR}, set(),
    ),
    (
        "Hallo Frau Brandt, ich weiß, das Gutachten ist viel Arbeit. Wenn Sie es nicht schaffen, sagen Sie mir einfach "
        "Bescheid, dann frage ich jemand anderen. Danke, Dario",
        "", "acquaintance", set(), {PR},
    ),
    (
        "Hey Svenja, willkommen zurück aus dem Urlaub! Wenn du magst, erzähl mir bei Gelegenheit, wie es war. Danke "
        "für die Postkarte!",
        "reconnect", "friend", set(), {PR},
    ),
    (
        "Hi Marc, der Firmenlauf ist am 12. Mai, unser Team hat noch Plätze frei. Hast du Lust? Kein Stress, wenn "
        "nicht.",
        "", "teammate", set(), {PR},
    ),
]  # fmt: skip

INDIRECT_THIRD = [
    pytest.param(
        "Hallo Frau Winkler,\n\nwir haben uns beim Sommerfest der Stadtwerke unterhalten. Vielleicht ergibt sich ja "
        "in Ihrem Bereich etwas für mich, ich würde mich jedenfalls sehr freuen.\n\nViele Grüße\nOle",
        "informational-interview", "acquaintance", {JA}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Hi Dana, du kennst doch den Gründer von Lumen persönlich. Kannst du ihm nicht einfach stecken, dass ich die "
        "Richtige für den Vertrieb bin?",
        "", "acquaintance", {JA, AW}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Sehr geehrter Herr Weber,\n\nals Mitglied im Alumni-Verein schreibe ich Ihnen. Bei Ihnen wird eine "
        "Projektleitung gesucht, und ich wäre dankbar, wenn Sie meine Unterlagen weitergeben.\n\nMfG\nJonas",
        "informational-interview", "stranger", {JA}, set(),
    ),
    pytest.param(
        "Hallo Martina, wir kennen uns aus dem Yoga. Sag mal, was verdient man bei euch als Sachbearbeiterin so "
        "ungefähr?",
        "", "acquaintance", {AW}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Hallo Herr Hartmann, schön, dass wir uns beim IHK-Abend getroffen haben! Kriegen Sie raus, ob meine "
        "Bewerbung schon beim Abteilungsleiter liegt? Danke, Nils",
        "", "acquaintance", {AW}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Hallo Frau Winkler,\n\nwir haben uns beim Sommerfest der Stadtwerke unterhalten. Ich interessiere mich für "
        "Ihren Bereich. Was macht eine gute Bewerbung bei Ihnen aus?\n\nViele Grüße\nOle",
        "informational-interview", "acquaintance", set(), {JA, AW},
    ),
    (
        "Hi Dana, du kennst doch den Gründer von Lumen. Meinst du, es wäre okay, wenn ich ihm selbst schreibe und "
        "mich kurz vorstelle?",
        "", "acquaintance", set(), {JA, AW},
    ),
    (
        "Hallo Martina, wir kennen uns aus dem Yoga. Weißt du, wo ich Tarifinfos für den öffentlichen Dienst finde?",
        "", "acquaintance", set(), {AW},
    ),
]  # fmt: skip

ROUND7_SETS = (
    CONNECTION_FIRST
    + CONNECTION_SECOND
    + BLAME_FIRST
    + BLAME_SECOND
    + BLAME_THIRD
    + PRESSURE_FIRST
    + PRESSURE_SECOND
    + PRESSURE_THIRD
    + INDIRECT_FIRST
    + INDIRECT_SECOND
    + UNTHANKED_FIRST
    + UNTHANKED_SECOND
    + NO_QUESTION_FIRST
    + PRESSURE_FOURTH
    + INDIRECT_THIRD
)


@pytest.mark.parametrize("text, situation, relationship, must, must_not", ROUND7_SETS)
def test_round7_classes_first_and_second_sets(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- round 8: structure, class by class
# Each class again has a first set (written before the fix, fixed against) and a second set (written after, measured
# once, never fixed against: the honest figure). This round reads structure rather than phrases: a refusal is the
# writer's own act negated in a short reply that asks nothing (lint_parse SHORT_REFUSAL), in either word order.
CD = "curt-decline"
#: A first-set case this round's fix did not reach: kept as the record, strict.
NOT_REACHED_8 = pytest.mark.xfail(strict=True, reason="first set, not reached by this round's fix")

# curt-decline must fire on a no with no kind line however it is put (a negated act, a verb of refusing, a stop to
# contact, a bare "Nö"), and must not take away no-question / connection-late from a message that asks; a no with a
# reason, a wish or another person to ask, and a negation that is no refusal, stay silent.
CURT_FIRST = [
    (
        "Passt nicht.",
        "", "", {CD}, {CL, NQ},
    ),
    (
        "Brauch ich nicht.",
        "", "", {CD}, {CL, NQ},
    ),
    (
        "Sehr geehrte Frau Lang,\n\ndas lehne ich ab.\n\nMfG\nK. Berger",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Grüezi Herr Meier\n\nIch stehe für Empfehlungen nicht zur Verfügung.\n\nFreundliche Grüsse\nU. Suter",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Servus, des wird nix.",
        "", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Hallo Herr Krüger,\n\nvon einer Empfehlung sehe ich ab.\n\nGruß\nAnna Roth",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Das übernehme ich nicht.",
        "", "teammate", {CD}, {NQ},
    ),
    (
        "Sehr geehrter Herr Okoye,\n\nauf Ihre Anfrage gehe ich nicht ein.\n\nMit freundlichen Grüßen\nH. "
        "Brandt",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Ich möchte nicht mehr kontaktiert werden.",
        "", "", {CD}, {CL, NQ},
    ),
    (
        "Hallo, ich mache keine Empfehlung für Sie. Gruß",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Ihr Anliegen muss ich zurückweisen.",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Von Anfragen dieser Art bitte ich künftig Abstand zu nehmen.",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Streich mich bitte von der Liste.",
        "", "", {CD}, {CL, NQ},
    ),
    (
        "Damit will ich nichts zu tun haben.",
        "", "", {CD}, {CL, NQ},
    ),
    (
        "Ne, lass mal.",
        "", "friend", {CD}, {NQ},
    ),
    (
        "Daraus wird nichts.",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Hören Sie auf, mir zu schreiben.",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Guten Tag\n\nEine Weiterempfehlung ist bei mir nicht drin.\n\nJ. Weber",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Passt leider nicht, aber viel Erfolg!",
        "kind-decline", "acquaintance", set(), {CL, CD},
    ),
    (
        "Ich kann Sie nicht empfehlen, weil ich Ihre Arbeit nicht kenne.",
        "decline-referral", "stranger", set(), {CL, CD},
    ),
    (
        "Hallo Jana, am Dienstag kann ich nicht, passt dir Mittwoch?",
        "", "friend", set(), {CD},
    ),
    (
        "Kein Problem, ich schicke es dir morgen.",
        "", "friend", set(), {CD},
    ),
    (
        "Das habe ich nicht gewusst, danke für den Hinweis!",
        "", "friend", set(), {CD},
    ),
    (
        "Das übernehme ich nicht, aber frag doch mal Jana, die macht so was.",
        "", "teammate", set(), {CD},
    ),
    (
        "Sehr geehrter Herr Okoye,\n\nauf Ihre Anfrage gehe ich nicht ein, da ich grundsätzlich nur ehemalige "
        "Kollegen empfehle.\n\nMit freundlichen Grüßen\nH. Brandt",
        "decline-referral", "stranger", set(), {CD},
    ),
    (
        "Hallo Frau Stein,\n\nwir haben uns beim Kongress in Linz gesehen. Ich will Ihnen nicht zur Last "
        "fallen: Hätten Sie zehn Minuten für mich?\n\nDanke\nPia",
        "informational-interview", "acquaintance", set(), {CD},
    ),
]  # fmt: skip

# (measured once: 3 of 8 refusals read, near-misses all silent; later fixed against, with the third and fourth sets)
CURT_SECOND = [
    (
        "Grüß Gott Herr Leitner,\n\nfür Empfehlungen bin ich nicht zu haben.\n\nMfG\nE. Brunner",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Moin, wird nichts. Gruß Hauke",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Sehr geehrte Frau Osei,\n\nIhre Bitte um eine Weiterleitung Ihres Lebenslaufs kann ich nicht "
        "erfüllen.\n\nMit freundlichen Grüßen\nC. Vogt",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hoi Jan\n\nIch verzichte.\n\nGruss Beat",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Nee du, da mach ich nicht mit.",
        "", "friend", {CD}, {NQ},
    ),
    (
        "Guten Tag, ich vermittle keine Kontakte an Unbekannte. K. Schulte",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hallo Herr Demir,\n\nich bitte darum, mich aus Ihren Kontakten zu löschen.\n\nGruß\nF. Lorenz",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Bitte sehen Sie davon ab, mich erneut anzuschreiben.",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hallo Tarek,\n\nich mache keine Empfehlungen für Leute, mit denen ich nicht gearbeitet habe, das "
        "verstehst du sicher. Viel Erfolg trotzdem!\n\nJulia",
        "decline-referral", "acquaintance", set(), {CD},
    ),
    (
        "Hi Sara, ich brauche keine Hilfe mehr, hat sich erledigt. Danke trotzdem!",
        "", "friend", set(), {CD},
    ),
    (
        "Hallo Frau Kern,\n\nwir kennen uns vom Stammtisch der Bauingenieure. Ich komme mit meiner Bewerbung "
        "nicht weiter und würde mich über einen Rat freuen.\n\nViele Grüße\nPaul",
        "informational-interview", "acquaintance", {NQ}, {CD},
    ),
]  # fmt: skip

# connection-late must stay silent where the opening says how they know each other as structure: what the reader did,
# as a statement ("haben Sie gezeigt"), a referrer telling about them, "wir … uns" in the past, a time the two shared
# ("seit unserem …"), a reply, a community; and fire where there is none (the writer's own company "wir" is not one).
# no-question must stay silent on an introduction made to both at once, and on a refusal.
CONNECTION_FIRST_8 = [
    (
        "Hallo Frau Brandl,\n\nbeim Tag der Logistik in Linz haben Sie gezeigt, wie Ihr Lager ohne Papier "
        "auskommt. Ich bin Disponentin und möchte in die Planung. Hätten Sie 15 Minuten für "
        "mich?\n\nDanke\nSabine",
        "career-change", "stranger", set(), {CL},
    ),
    (
        "Hi Murat,\n\nin der LinkedIn-Gruppe „Quereinstieg IT“ hat Jonas erzählt, dass du vom Handwerk in die "
        "Softwareentwicklung gewechselt bist. Wie bist du das angegangen?\n\nDanke dir!\nLena",
        "career-change", "stranger", set(), {CL},
    ),
    (
        "Guten Tag Herr Wolf,\n\nich habe Ihren Name auf der Referentenliste vom Digitaltag Kassel gefunden. "
        "Ich arbeite in der Verwaltung und will in die IT. Darf ich Ihnen zwei Fragen stellen?\n\nVielen "
        "Dank\nAnastasia",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Kai,\n\nwir hatten auf der Bauma in München zwei Tage lang den Stand nebeneinander. Ich suche "
        "gerade Kontakte im Vertrieb von Baumaschinen. Kennst du jemanden, mit dem ich sprechen "
        "sollte?\n\nDanke\nTom",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Servus Gerti,\n\nweißt du noch, die Kaffeepausen aus unserer Lehrzeit bei der Voest? Ich überlege, "
        "mich selbstständig zu machen. Hättest du mal Zeit für ein Telefonat?\n\nDanke dir\nFranz",
        "reconnect-advice", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Frau Ruiz,\n\nseit unserem Telefonat im Frühjahr ist viel passiert. Ich habe die Weiterbildung "
        "abgeschlossen. Hätten Sie Lust auf einen kurzen Austausch, wie es bei Ihnen "
        "weitergeht?\n\nDanke\nPetra",
        "reconnect", "acquaintance", set(), {CL},
    ),
    (
        "Hallo Herr Baumann,\n\nnach dem Projekt in Bremen haben wir uns leider aus den Augen verloren. Ich "
        "bin jetzt in der Energieberatung. Wie geht es Ihnen in Ihrer neuen Rolle?\n\nHerzliche Grüße\nIna",
        "reconnect", "acquaintance", set(), {CL},
    ),
    (
        "Sehr geehrte Frau Kaya,\n\nverzeihen Sie, dass ich erst jetzt antworte. Ihre Nachricht hat mich sehr "
        "gefreut. Darf ich Sie nächste Woche anrufen?\n\nDanke und beste Grüße\nJörg",
        "follow-up", "acquaintance", set(), {CL},
    ),
    (
        "Grüezi Frau Gerber\n\nIm Forum der Berner Fachhochschule haben Sie auf meine Frage zu BIM so "
        "ausführlich geantwortet. Dürfte ich noch eine Frage nachschieben?\n\nMerci vielmals\nLuca",
        "follow-up", "stranger", set(), {CL},
    ),
    (
        "Hallo Herr Stein,\n\nim Mentoring-Netzwerk der IHK bin ich auf Ihr Profil aufmerksam geworden. Ich "
        "bin Elektrikerin. Wie sind Sie zum Facility Management gekommen?\n\nDanke\nMeike",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Frau Brandl,\n\nich bin Disponentin und möchte in die Planung. Sie haben sicher viel zu tun. "
        "Hätten Sie 15 Minuten für mich? Wir haben uns übrigens beim Tag der Logistik "
        "gesehen.\n\nDanke\nSabine",
        "career-change", "stranger", {CL}, set(),
    ),
    (
        "Sehr geehrter Herr Albers,\n\nunser Unternehmen sucht neue Partner im Bereich Solar. Wir haben viele "
        "Projekte umgesetzt. Hätten Sie Interesse an einem Gespräch?\n\nDanke\nM. Kurz",
        "client-or-collaborator", "stranger", {CL}, set(),
    ),
    (
        "Hallo Herr Roth,\n\nhaben Sie schon einmal mit Quereinsteigern gearbeitet? Ich komme aus der Pflege. "
        "Würden Sie mir einen Tipp geben?\n\nDanke\nNele",
        "informational-interview", "stranger", {CL}, set(),
    ),
    (
        "Hallo Frau Lenz,\n\nich habe gelesen, dass viele Ingenieure in die Beratung wechseln. Wie schwer ist "
        "das?\n\nDanke\nAnne",
        "career-change", "stranger", {CL}, set(),
    ),
]  # fmt: skip

NO_QUESTION_FIRST_8 = [
    (
        "Liebe Frau Roth, lieber Herr Adeyemi,\n\nwie mit Ihnen beiden abgesprochen, mache ich Sie hiermit "
        "miteinander bekannt. Frau Roth baut Lernplattformen, Herr Adeyemi sucht genau so jemanden. Ich lasse "
        "Sie jetzt allein – viel Erfolg!\n\nBeste Grüße\nAnja",
        "make-introduction", "acquaintance", set(), {NQ},
    ),
    (
        "Hallo ihr zwei,\n\nich stelle euch hiermit einander vor: Kim macht Datenvisualisierung, Ben sucht "
        "jemanden für seine Bachelorarbeit. Den Rest macht ihr am besten direkt aus.\n\nLiebe Grüße\nMara",
        "make-introduction", "friend", set(), {NQ},
    ),
    (
        "Nein. Bitte sehen Sie von weiteren Anfragen ab.",
        "decline-referral", "stranger", set(), {CL, NQ},
    ),
    (
        "Hallo Herr Kolb,\n\nwir haben uns beim Stammtisch der Gründer getroffen. Ich würde mich über ein "
        "kurzes Gespräch zu Ihrem Weg sehr freuen.\n\nDanke\nAnja",
        "informational-interview", "acquaintance", {NQ}, set(),
    ),
    (
        "Hallo Jana,\n\nich stelle dir gern Ben vor, wenn du magst. Ich bräuchte aber vorher deinen "
        "Lebenslauf.\n\nLG\nMara",
        "make-introduction", "friend", {NQ}, set(),
    ),
]  # fmt: skip

CONNECTION_SECOND_8 = [
    (
        "Hallo Herr Nowak,\n\nIhr Kollege Herr Sommer hat mir geraten, mich direkt an Sie zu wenden. Ich bin "
        "Mechatronikerin und interessiere mich für die Instandhaltungsplanung. Hätten Sie Zeit für ein kurzes "
        "Gespräch?\n\nVielen Dank\nJule",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Moin Frau Petersen,\n\nauf dem Hafengeburtstag standen wir zusammen im Regen und haben über "
        "Windparks geredet. Ich würde gern mehr über Ihre Arbeit erfahren. Hätten Sie im Januar Zeit für "
        "einen Kaffee?\n\nDanke!\nHauke",
        "informational-interview", "acquaintance", set(), {CL},
    ),
    (
        "Servus Herr Gruber,\n\nim Podcast „Bauen in Tirol“ haben Sie über Holzbau in den Alpen erzählt. Ich "
        "bin Zimmerin. Wie findet man in dieser Nische einen Einstieg?\n\nDanke vielmals\nVroni",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Liebe Frau Yilmaz,\n\nich komme noch einmal auf unsere Unterhaltung in der Mensa zurück. Darf ich "
        "Ihnen meine Bewerbung für das Masterprogramm zeigen, bevor ich sie abschicke?\n\nDanke Ihnen\nSeda",
        "follow-up", "acquaintance", set(), {CL},
    ),
    (
        "Grüezi Herr Baumgartner\n\nIn der Slack-Community der Swiss Data Alliance haben Sie letzte Woche "
        "eine Frage zu dbt beantwortet. Ich stehe gerade vor dem gleichen Problem. Darf ich kurz nachfragen, "
        "wie Sie es gelöst haben?\n\nMerci\nNadia",
        "informational-interview", "stranger", set(), {CL},
    ),
    (
        "Hallo Frau Schäfer,\n\nich möchte mich beruflich neu orientieren und suche Menschen aus dem "
        "Stiftungswesen. Wie sind Sie dazu gekommen?\n\nDanke\nOlaf",
        "career-change", "stranger", {CL}, set(),
    ),
    (
        "Hallo Herr Demir,\n\nich bin Quereinsteiger und habe schon viele Bewerbungen geschrieben. Welche "
        "Weiterbildung würden Sie empfehlen? Ihr Vortrag in Essen hat mich übrigens sehr "
        "inspiriert.\n\nDanke\nRené",
        "informational-interview", "stranger", {CL}, set(),
    ),
    (
        "Sehr geehrte Frau Weber,\n\nunser Team hat im letzten Jahr drei Förderprojekte gewonnen. Wir suchen "
        "Partner in der Kommune. Hätten Sie Interesse an einem Austausch?\n\nDanke\nK. Roth",
        "client-or-collaborator", "stranger", {CL}, set(),
    ),
]  # fmt: skip

NO_QUESTION_SECOND_8 = [
    pytest.param(
        "Hallo Frau Engel, hallo Herr Otieno,\n\nwie Sie beide mir gesagt haben, wäre ein Austausch für Sie "
        "spannend – also bringe ich Sie hiermit zusammen. Alles Weitere gern direkt zwischen Ihnen.\n\nViele "
        "Grüße\nTim",
        "make-introduction", "acquaintance", set(), {NQ},
        marks=SECOND_SET_MISS,
    ),
    (
        "Sehr geehrter Herr Pohl,\n\nvon einer Empfehlung sehe ich ab.\n\nMit freundlichen Grüßen\nE. Kern",
        "decline-referral", "stranger", set(), {CL, NQ},
    ),
    (
        "Hallo Frau Arslan,\n\nwir haben uns beim Frauen-Netzwerk in Mainz kennengelernt. Ich würde mich "
        "freuen, wenn Sie mir ein paar Tipps für den Einstieg ins Projektmanagement geben "
        "könnten.\n\nDanke\nSusanne",
        "informational-interview", "acquaintance", {NQ}, set(),
    ),
]  # fmt: skip

# pressure must fire on a favour put on them through others (third parties promised or counting on them), presumed
# with a tag ("…, oder?"), status held against them, an old favour set beside the ask, others who already did it; and
# stay silent on a plain ask, a release, a thank-you that remembers a favour. apology-blame must fire where a sentence
# hands the cause to someone or something else with a hedge ("anscheinend", "mal wieder") or calls it a disaster, and
# stay silent where the writer owns it ("das ist keine Entschuldigung", "das entschuldigt es nicht").
PRESSURE_FIRST_8 = [
    (
        "Hallo Frau Krause,\n\nich habe meinem Neffen schon gesagt, dass Sie ihm nächste Woche bei der "
        "Bewerbung für die Ausbildung in Ihrem Betrieb helfen werden. Er ruft Sie Montag an.\n\nViele "
        "Grüße\nRenate",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hi Ben, die Leute aus meinem Kurs freuen sich schon drauf, dass du ihnen deinen Workflow zeigst. Ich "
        "hab ihnen gesagt, Donnerstag passt dir. Danke!",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Herr Rauch,\n\nSie waren doch auch mal Berufsanfänger. Da können Sie mir doch kurz Ihre "
        "Meinung zu meinem Portfolio geben, oder?\n\nDanke\nMila",
        "informational-interview", "stranger", {PR}, set(),
    ),
    (
        "Hey Lisa, seit du Teamleiterin bist, hast du wohl Besseres zu tun, als alten Freunden zu antworten. "
        "Egal. Hast du meine Frage zur Stelle gesehen?",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Frau Gül,\n\nich weiß, eine Frau in Ihrer Position hat keine Zeit für Leute wie mich. "
        "Trotzdem: Könnten Sie kurz auf meinen Lebenslauf schauen?\n\nDanke\nAyse",
        "", "stranger", {PR}, set(),
    ),
    (
        "Liebe Tanja,\n\nGlückwunsch zur Beförderung! Schade nur, dass mir nie jemand so unter die Arme "
        "gegriffen hat wie ich dir damals bei der Prüfung.\n\nLiebe Grüße\nSteffi",
        "congratulate", "friend", {PR}, set(),
    ),
    (
        "Servus Hannes, mein Chef verlässt sich drauf, dass du uns die Kontakte zum Tourismusverband gibst. "
        "Meldest du dich bis Freitag? Danke!",
        "", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Herr Schmid,\n\ndas ist nun schon meine vierte Mail. Eine kurze Antwort wäre doch das "
        "Mindeste.\n\nGruß\nP. Lang",
        "follow-up", "stranger", {PR}, set(),
    ),
    (
        "Hallo Paula, die anderen Mentorinnen haben sich alle innerhalb eines Tages gemeldet. Bei dir warte "
        "ich noch. Hast du Zeit für mich?",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Frau Krause,\n\nmein Neffe sucht eine Ausbildung im Handwerk. Wäre es für Sie in Ordnung, wenn "
        "er Sie anruft? Wenn nicht, ist das völlig okay.\n\nDanke und viele Grüße\nRenate",
        "", "acquaintance", set(), {PR},
    ),
    (
        "Hi Ben, ich habe meinem Kurs erzählt, dass du einen tollen Workflow hast. Hättest du Lust, ihn mal "
        "zu zeigen? Kein Muss!",
        "", "acquaintance", set(), {PR},
    ),
    (
        "Hey Lisa, Glückwunsch zur Teamleitung! Du hast bestimmt gerade viel um die Ohren, also lass dir Zeit "
        "mit meiner Frage.",
        "follow-up", "friend", set(), {PR},
    ),
    (
        "Liebe Tanja,\n\nGlückwunsch zur Beförderung! Ich erinnere mich gern an die Zeit, als wir zusammen "
        "für die Prüfung gelernt haben.\n\nLiebe Grüße\nSteffi",
        "congratulate", "friend", set(), {PR},
    ),
    (
        "Hallo Herr Rauch,\n\nSie waren auch mal Berufsanfänger, darum frage ich Sie: Was hätten Sie damals "
        "gern gewusst?\n\nDanke\nMila",
        "informational-interview", "stranger", set(), {PR},
    ),
]  # fmt: skip

BLAME_FIRST_8 = [
    (
        "Hallo Frau Seidel,\n\nentschuldigen Sie das Durcheinander mit dem Termin. Bei Ihrer Assistenz ist da "
        "offenbar einiges verrutscht.\n\nViele Grüße\nMarko",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Sorry, dass die Folien erst heute kommen. Die Grafikabteilung hat mal wieder getrödelt.",
        "apology", "teammate", {AB}, set(),
    ),
    (
        "Hallo Herr Ott,\n\nes tut mir leid, dass mein Anruf ausgefallen ist. Die Telefonanlage im Büro "
        "spinnt anscheinend seit Tagen.\n\nGruß\nDana",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Liebe Frau Haller,\n\nverzeihen Sie bitte, dass ich gestern nicht da war. Die S-Bahn war wieder "
        "einmal ein Albtraum.\n\nHerzliche Grüße\nCem",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Grüezi Herr Frei\n\nEntschuldigung für die doppelte Rechnung. Unsere Buchhaltungssoftware verschickt "
        "scheinbar alles zweimal.\n\nFreundliche Grüsse\nM. Huber",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Servus Lukas, sorry wegen gestern! Da haben die Kollegen vom Lager wohl was verwechselt, die "
        "Lieferung war einfach nicht da.",
        "apology", "teammate", {AB}, set(),
    ),
    (
        "Hallo Frau Kim, Entschuldigung für die späte Antwort. Ihre Mail ist offensichtlich in irgendeinem "
        "Filter gelandet.",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Sehr geehrter Herr Jansen,\n\nich bitte um Entschuldigung für die fehlenden Unterlagen. Die "
        "Kommunikation mit der Personalvermittlung lief leider nicht optimal.\n\nMit freundlichen Grüßen\nT. "
        "Becker",
        "apology", "stranger", {AB}, set(),
    ),
    (
        "Hallo Frau Seidel,\n\nentschuldigen Sie das Durcheinander mit dem Termin. Ich habe den falschen Tag "
        "eingetragen, das war mein Fehler.\n\nViele Grüße\nMarko",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Sorry, dass die Folien erst heute kommen. Ich habe mich verschätzt, wie lange die Grafiken dauern.",
        "apology", "teammate", set(), {AB},
    ),
    (
        "Liebe Frau Haller,\n\nverzeihen Sie bitte, dass ich gestern nicht da war. Die Bahn fiel aus, aber "
        "das ist keine Entschuldigung – ich hätte früher losfahren müssen.\n\nHerzliche Grüße\nCem",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Hallo Herr Ott,\n\nes tut mir leid, dass ich Ihren Anruf verpasst habe. Ich war unkonzentriert und "
        "habe das Handy lautlos gelassen.\n\nGruß\nDana",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Hallo Tom, sorry für die späte Antwort! Die Woche war voll, aber das entschuldigt es nicht. Hier die "
        "Zahlen.",
        "apology", "teammate", set(), {AB},
    ),
]  # fmt: skip

PRESSURE_SECOND_8 = [
    pytest.param(
        "Hallo Frau Albrecht,\n\nmeine Tochter weiß schon Bescheid, dass Sie sich ihre Bewerbungsmappe "
        "anschauen. Sie schickt sie Ihnen heute Abend.\n\nLiebe Grüße\nMonika",
        "", "acquaintance", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Servus Michi, der Verein hat schon fest mit dir als Sponsor gerechnet. Sag bitte bis Montag zu!",
        "", "acquaintance", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Hallo Jens, du bist doch jetzt der große Abteilungsleiter, da wirst du für einen alten Kumpel wohl "
        "fünf Minuten übrig haben, oder?",
        "", "friend", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Hallo Herr Wiese,\n\nbei allen anderen Firmen bekomme ich innerhalb von zwei Tagen eine Antwort. Nur "
        "bei Ihnen nicht.\n\nGruß\nT. Hahn",
        "follow-up", "stranger", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Liebe Sandra, ohne mich hättest du die Stelle bei Bosch nie bekommen. Jetzt bin ich mal dran: "
        "Stellst du mich deinem Chef vor?",
        "", "friend", {PR}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Grüezi Frau Meier\n\nWie ich Ihnen bereits dreimal geschrieben habe, brauche ich Ihre Unterschrift. "
        "Ich erwarte sie bis morgen.\n\nGruss\nR. Brunner",
        "follow-up", "acquaintance", {PR}, set(),
    ),
    (
        "Hallo Frau Albrecht,\n\nmeine Tochter bewirbt sich gerade. Wären Sie bereit, einen Blick auf ihre "
        "Mappe zu werfen? Nur wenn es passt!\n\nLiebe Grüße\nMonika",
        "", "acquaintance", set(), {PR},
    ),
    (
        "Hallo Jens, Glückwunsch zur Abteilungsleitung! Wenn du mal fünf Minuten übrig hast, würde ich dich "
        "gern was fragen – aber wirklich nur, wenn es passt.",
        "", "friend", set(), {PR},
    ),
    (
        "Liebe Sandra, danke nochmal, dass du damals bei Bosch an mich gedacht hast. Hättest du Lust auf "
        "einen Kaffee?",
        "", "friend", set(), {PR},
    ),
]  # fmt: skip

BLAME_SECOND_8 = [
    (
        "Hallo Frau Weiß,\n\nentschuldigen Sie die Verspätung. Der Zug aus Hamburg hatte mal wieder eine "
        "Störung, da kann man nichts machen.\n\nViele Grüße\nKai",
        "apology", "acquaintance", {AB}, set(),
    ),
    (
        "Sorry für das Chaos beim Kundentermin. Unsere Vertriebsleitung hat offenbar vergessen, Ihnen die "
        "neue Uhrzeit zu schicken.",
        "apology", "acquaintance", {AB}, set(),
    ),
    pytest.param(
        "Hallo Ralf, sorry, dass du die Unterlagen nicht bekommen hast. Das Sekretariat scheint die Post "
        "verschlampt zu haben.",
        "apology", "teammate", {AB}, set(),
    ),
    pytest.param(
        "Sehr geehrte Frau Jung,\n\nbitte entschuldigen Sie, dass die Präsentation unvollständig war. Die "
        "Zuarbeit aus der Controlling-Abteilung kam reichlich spät.\n\nMit freundlichen Grüßen\nH. Peters",
        "apology", "stranger", {AB}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Servus Vroni, tut mir leid wegen Samstag. Der Babysitter hat kurzfristig abgesagt – und dann war eh "
        "schon alles zu spät.",
        "apology", "friend", {AB}, set(),
    ),
    (
        "Hallo Frau Weiß,\n\nentschuldigen Sie die Verspätung. Der Zug hatte eine Störung, aber ich hätte "
        "einen früheren nehmen sollen.\n\nViele Grüße\nKai",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Sorry für das Chaos beim Kundentermin. Ich hätte Ihnen die neue Uhrzeit selbst schicken müssen, das "
        "nehme ich auf meine Kappe.",
        "apology", "acquaintance", set(), {AB},
    ),
    (
        "Servus Vroni, tut mir leid wegen Samstag. Ich hab den Termin total verpeilt. Darf ich dich zum "
        "Ausgleich auf ein Bier einladen?",
        "apology", "friend", set(), {AB},
    ),
]  # fmt: skip

# awkward-position must fire on internal material named and asked to be passed on in one sentence, on a third party
# who must not find out, and on a scripted claim that they know the writer's work; and stay silent on asks for what
# anyone could be told. (Material named in one sentence and asked for with a pronoun in the next is not read: the
# rule reads the request sentence alone.)
AWKWARD_FIRST_8 = [
    (
        "Hallo Frau Brenner,\n\ndanke für das nette Gespräch gestern! Sie hatten die internen Leitfäden für "
        "die Assessment-Tage erwähnt – könnten Sie mir die kurz rüberschicken?\n\nViele Grüße\nJan",
        "thank-you-conversation", "acquaintance", {AW}, set(),
    ),
    pytest.param(
        "Hoi Sandro, du hast doch Zugriff auf die internen Lohnbänder bei euch. Kannst du mir die für "
        "Senior-Stufe schicken? Merci!",
        "", "teammate", {AW}, set(),
        marks=NOT_REACHED_8,
    ),
    (
        "Hi Lea, du sitzt doch im Auswahlteam. Es wäre mega hilfreich, wenn ich die Aufgaben vom Assessment "
        "vorher mal sehen könnte. Schickst du sie mir?",
        "", "friend", {AW}, set(),
    ),
    (
        "Hallo Herr Vogt,\n\nwir haben uns beim Stammtisch getroffen. Könnten Sie meinen Vorschlag direkt dem "
        "Vorstand geben, ohne dass Ihr Bereichsleiter davon erfährt?\n\nDanke\nKim",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hallo Tina, könntest du mir die Präsentation aus der letzten Geschäftsleitungssitzung weiterleiten? "
        "Niemand muss davon wissen. Danke!",
        "", "teammate", {AW}, set(),
    ),
    (
        "Hallo Frau Adler,\n\nwir kennen uns vom Netzwerkabend. Wenn Ihr Personalchef Sie fragt, könnten Sie "
        "sagen, dass Sie meine Projekte gut kennen?\n\nDanke\nMilan",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hallo Frau Brenner,\n\ndanke für das nette Gespräch gestern! Worauf sollte ich mich bei den "
        "Assessment-Tagen am besten vorbereiten?\n\nViele Grüße\nJan",
        "thank-you-conversation", "acquaintance", set(), {AW},
    ),
    (
        "Hoi Sandro, welche Lohnspanne ist für eine Senior-Stelle in Zürich realistisch, was meinst du? "
        "Merci!",
        "", "teammate", set(), {AW},
    ),
    (
        "Hi Lea, gibt es bei euch interne Weiterbildungen für Quereinsteiger? Danke dir!",
        "", "friend", set(), {AW},
    ),
    (
        "Hallo Herr Vogt,\n\nwir haben uns beim Stammtisch getroffen. Wissen Sie, wie ich meinen Vorschlag am "
        "besten über Ihren Bereichsleiter einreiche?\n\nDanke\nKim",
        "", "acquaintance", set(), {AW},
    ),
]  # fmt: skip

AWKWARD_SECOND_8 = [
    (
        "Hallo Frau Lutz,\n\nim Kundengespräch letzte Woche haben Sie die interne Preiskalkulation kurz "
        "gezeigt. Könnten Sie mir die Tabelle zukommen lassen? Es bleibt unter uns.\n\nDanke\nOliver",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hi Svenja, kannst du meinen Antrag einfach direkt beim Abteilungsleiter einreichen, ohne dass die "
        "Teamleitung was davon mitbekommt? Danke!",
        "", "teammate", {AW}, set(),
    ),
    pytest.param(
        "Hallo Herr Kraft,\n\nwir haben auf der Messe kurz gesprochen. Könnten Sie Ihrer Personalabteilung "
        "schreiben, dass Sie mit meiner Arbeit bestens vertraut sind?\n\nDanke\nLina",
        "", "acquaintance", {AW}, set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Servus Flo, du kennst ja die Prüfer von der IHK. Kannst du mir sagen, welche Aufgaben heuer in der "
        "Abschlussprüfung drankommen? Danke!",
        "", "friend", {AW}, set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Grüezi Frau Steiner\n\nSie sitzen ja in der Jury. Wäre es möglich, mir die Bewertungen der anderen "
        "Einreichungen zu zeigen?\n\nMerci\nJonas",
        "", "acquaintance", {AW}, set(),
    ),
    (
        "Hallo Frau Lutz,\n\ndanke für das Kundengespräch! Wie kalkulieren Sie in Ihrer Branche ungefähr, "
        "wenn Sie grob erklären mögen?\n\nDanke\nOliver",
        "", "acquaintance", set(), {AW},
    ),
    (
        "Servus Flo, du hast die Abschlussprüfung ja letztes Jahr gemacht. Wie hast du dich vorbereitet? "
        "Danke!",
        "", "friend", set(), {AW},
    ),
    (
        "Hi Svenja, weißt du, wie der Antrag für die Weiterbildung bei uns normalerweise läuft? Danke!",
        "", "teammate", set(), {AW},
    ),
]  # fmt: skip

# curt-decline, three more sets. The third and the fourth were each measured once (3 of 8 refusals read, near-misses
# all silent, both times) and then fixed against (an imperative stop to contact with any verb and "wieder"; "winke
# ich ab"; data to be deleted; a no after "aber"; and: a message written as a decline says no wherever it negates,
# lint_parse.DECLINE_SITUATIONS); the fifth was measured once after that and not fixed against: the honest figure.
#: A case of the last set of a class that the linter got wrong when the set was measured: kept as the record, strict.
LAST_SET_MISS = pytest.mark.xfail(strict=True, reason="last set, measured once and not fixed against")
CURT_THIRD = [
    (
        "Sehr geehrter Herr Şahin,\n\neine Vermittlung an unsere Geschäftsführung kommt nicht "
        "zustande.\n\nMfG\nA. Richter",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hi Jonas, nee, ich empfehl dich da nicht.",
        "decline-referral", "acquaintance", {CD}, {NQ},
    ),
    (
        "Guten Tag,\n\nbei solchen Anfragen winke ich grundsätzlich ab.\n\nGrüße\nS. Thiel",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Servus, da spiel ich nicht mit. Lg Resi",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Grüezi\n\nMeine Kontaktdaten bitte umgehend aus Ihrer Datenbank entfernen.\n\nP. Roth",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hallo Frau Kowalski, das muss ich ablehnen. Grüße, T. Meier",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hallo Herr Baumann,\n\nfür so etwas fehlt mir die Zeit. Schreiben Sie mir bitte nicht wieder.\n\nF. "
        "Engel",
        "kind-decline", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Sorry, aber nö.",
        "kind-decline", "teammate", {CD}, {NQ},
    ),
    (
        "Hallo Frau Kowalski, das muss ich leider ablehnen, ich kenne Ihre Arbeit ja kaum. Alles Gute für die "
        "Bewerbung! T. Meier",
        "decline-referral", "stranger", set(), {CD},
    ),
    (
        "Hi Jonas, ich empfehl dich da nicht direkt, aber schick mir gern deinen Lebenslauf, dann schau ich "
        "ihn durch.",
        "decline-referral", "acquaintance", set(), {CD},
    ),
    (
        "Hallo Frau Stein, ich habe Ihre Mail erst heute gesehen. Morgen passt mir gut, 10 Uhr?",
        "", "acquaintance", set(), {CD},
    ),
]  # fmt: skip

CURT_FOURTH = [
    (
        "Hallo Herr Akın,\n\nich gebe Ihren Lebenslauf nicht weiter.\n\nGruß\nM. Franke",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Moin Jan, lass gut sein, wird eh nix mit uns beiden. Tschüss",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Sehr geehrte Damen und Herren,\n\nan einer Zusammenarbeit besteht unsererseits kein "
        "Interesse.\n\nMit freundlichen Grüßen\nGeschäftsleitung",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Griaß di Sepp, des mach i ned. Servus",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
    ),
    pytest.param(
        "Hallo,\n\nIhre Anfrage betrachte ich als erledigt. Weitere Mails werden ignoriert.\n\nK. Wolff",
        "decline-referral", "stranger", {CD}, {CL, NQ},
        marks=NOT_REACHED_8,
    ),
    (
        "Hi Tim, auf gar keinen Fall stelle ich dich meinem Chef vor.",
        "decline-referral", "acquaintance", {CD}, {CL, NQ},
    ),
    (
        "Grüezi Frau Keller\n\nIch möchte von Ihnen keine Nachrichten mehr erhalten.\n\nR. Suter",
        "", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Sehr geehrter Herr Petrov,\n\nvon einer Weiterempfehlung nehme ich Abstand.\n\nMfG\nDr. L. Hahn",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Hallo Herr Akın,\n\nich gebe Ihren Lebenslauf nicht weiter, weil wir gerade einen Einstellungsstopp "
        "haben. Versuchen Sie es gern im Frühjahr wieder!\n\nGruß\nM. Franke",
        "decline-referral", "stranger", set(), {CD},
    ),
    (
        "Hi Tim, ich hab deinen Lebenslauf noch nicht gelesen, komme aber am Wochenende dazu.",
        "", "friend", set(), {CD},
    ),
    (
        "Grüezi Frau Keller\n\nIch habe Ihre Nachricht leider nicht rechtzeitig gesehen – passt Ihnen "
        "Freitag?\n\nR. Suter",
        "", "acquaintance", set(), {CD},
    ),
]  # fmt: skip

CURT_FIFTH = [
    pytest.param(
        "Hallo Frau Nowak,\n\nbei mir sind Sie da an der falschen Adresse.\n\nGruß\nB. Kühn",
        "decline-referral", "stranger", {CD}, {CL, NQ},
        marks=LAST_SET_MISS,
    ),
    pytest.param(
        "Hoi Mäx, sicher nöd. Gruess",
        "kind-decline", "acquaintance", {CD}, {CL, NQ},
        marks=LAST_SET_MISS,
    ),
    (
        "Sehr geehrter Herr Lindner,\n\nIhr Ersuchen um eine Fürsprache bei der Geschäftsleitung weise ich "
        "zurück.\n\nHochachtungsvoll\nDr. K. Brandt",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    pytest.param(
        "Vergiss es.",
        "", "friend", {CD}, {NQ},
        marks=LAST_SET_MISS,
    ),
    (
        "Hallo, ich bin raus aus der Nummer. Such dir wen anders.",
        "", "acquaintance", {CD}, {CL, NQ},
    ),
    pytest.param(
        "Guten Tag Frau Okafor,\n\nohne mich.\n\nR. Weiß",
        "kind-decline", "stranger", {CD}, {CL, NQ},
        marks=LAST_SET_MISS,
    ),
    (
        "Sehr geehrte Frau Demir,\n\nbitte nehmen Sie zur Kenntnis, dass ich für Empfehlungen nicht mehr zur "
        "Verfügung stehe.\n\nMfG\nH. Lorenz",
        "decline-referral", "stranger", {CD}, {CL, NQ},
    ),
    (
        "Servus Lisi, mag ich nicht. Pfiat di",
        "", "friend", {CD}, {NQ},
    ),
    (
        "Hallo Frau Nowak,\n\nbei mir sind Sie da leider an der falschen Adresse – versuchen Sie es doch bei "
        "Frau Peters aus dem Einkauf. Viel Erfolg!\n\nGruß\nB. Kühn",
        "decline-referral", "stranger", set(), {CD},
    ),
    (
        "Servus Lisi, mag ich nicht so gern, das Thema, aber danke, dass du an mich gedacht hast!",
        "", "friend", set(), {CD},
    ),
    pytest.param(
        "Hi Kai, ich kann morgen nicht zum Training, meine Tochter ist krank. Bis Donnerstag!",
        "", "friend", set(), {CD},
        marks=LAST_SET_MISS,
    ),
]  # fmt: skip

ROUND8_SETS = (
    CURT_FIRST
    + CURT_SECOND
    + CONNECTION_FIRST_8
    + NO_QUESTION_FIRST_8
    + CONNECTION_SECOND_8
    + NO_QUESTION_SECOND_8
    + PRESSURE_FIRST_8
    + BLAME_FIRST_8
    + PRESSURE_SECOND_8
    + BLAME_SECOND_8
    + AWKWARD_FIRST_8
    + AWKWARD_SECOND_8
    + CURT_THIRD
    + CURT_FOURTH
    + CURT_FIFTH
)


@pytest.mark.parametrize("text, situation, relationship, must, must_not", ROUND8_SETS)
def test_round8_classes_first_and_second_sets(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- round 9: the fresh sets, class by class
# tests/fixtures/messages/round13.de.toml holds the messages written before each class was fixed (connection-late read
# wrongly, apology-blame in the apology's own sentence, the good word asked sideways, pressure said sideways, a no with
# its reason, job asks in hints and chat, the confidential asked as a wish): each must be read exactly as labelled.
ROUND13 = Path(__file__).parent / "fixtures" / "messages" / "round13.de.toml"


@pytest.mark.parametrize("message", load_corpus(ROUND13), ids=lambda m: m.id)
def test_round9_fresh_sets_are_read_as_labelled(message):
    found = {
        f.rule
        for f in lint(message.text, message.situation or None, relationship=message.relationship or None, language="de")
    }
    assert message.expect <= found, (sorted(found), message.id)
    assert not found - message.expect - message.may, (sorted(found), message.id)


# Two small fixes from the training errors (written after the fix, so not a before/after set): the writer placing
# themself with a comma ("Hier ist Basti, von der Klassenfahrt") is a shared past, and a question put as the writer's
# wish to ask ("Ich wollte nur kurz nachfragen, ob …") asks something of a stranger.
ROUND9_SMALL = [
    ("Hallo Ines,\n\nhier ist Jana, von der Skifreizeit 2015 in Ischgl. Hättest du mal Zeit für einen Anruf über "
     "deinen Job in der Pflegeberatung?\n\nJana", "", None, set(), {"unthanked-ask"}),
    ("Hallo Herr Rausch,\n\nhier schreibt Olaf, aus dem Kurs von Frau Lenz. Wie sind Sie zur Denkmalpflege "
     "gekommen?\n\nOlaf", "", None, set(), {"unthanked-ask", "connection-late"}),
    ("Guten Tag Frau Sommer,\n\nich wollte kurz nachfragen, ob meine Mail vom 2. Mai angekommen ist.\n\nGrüße\nPia",
     "follow-up", "stranger", {"unthanked-ask", "no-thanks"}, set()),
    ("Guten Tag Frau Sommer,\n\nich wollte kurz nachfragen, ob meine Mail vom 2. Mai angekommen ist. Danke "
     "Ihnen!\n\nPia", "follow-up", "stranger", set(), {"unthanked-ask", "no-thanks"}),
]  # fmt: skip


@pytest.mark.parametrize("text, situation, relationship, must, must_not", ROUND9_SMALL)
def test_round9_small_fixes(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not must_not & found, (sorted(found), text)


# --------------------------------------------------------------------------- round 10: the fresh sets, class by class
# tests/fixtures/messages/round18.de.toml holds, per class, the messages written before the class was fixed and a
# second small set written after the fix and measured once; that set's misses stay strict xfails, never fixed against.
ROUND18 = Path(__file__).parent / "fixtures" / "messages" / "round18.de.toml"
ROUND18_SECOND_SET_MISSES = {
    "r18de-ap2-gehalt-kollegin",
    "r18de-ap2-nm-gehaltsspanne-anzeige",
    "r18de-ap2-referenz-ohne-arbeit",
    "r18de-ja2-swiss-praktikum-wunsch",
    "r18de-ja2-in-frage-kaeme",
    "r18de-ja2-plaetzchen-im-team",
    "r18de-ja2-mitarbeiten-duerfte",
    "r18de-ab2-kollege-termin-weggeschnappt",
    "r18de-ab2-wetter-reifen",
    "r18de-ab2-nm-auf-meine-kappe",
    "r18de-pr2-vier-wochen-nichts",
    "r18de-pr2-kollegin-angekuendigt",
}
# connection-late is rewritten by another tuner this round: its finding on a shared past said first ("lang ist's her
# seit der HTL") is theirs to fix, so this one is not strict (it may pass once their work is merged)
ROUND18_CONNECTION_LATE = {"r18de-ja-htl-einen-wie-mich"}
CONNECTION_LATE_ELSEWHERE = pytest.mark.xfail(strict=False, reason="connection-late, rewritten by tune-conn this round")


def _round18_marked(message):
    if message.id in ROUND18_SECOND_SET_MISSES:
        return pytest.param(message, marks=SECOND_SET_MISS)
    if message.id in ROUND18_CONNECTION_LATE:
        return pytest.param(message, marks=CONNECTION_LATE_ELSEWHERE)
    return message


@pytest.mark.parametrize("message", [_round18_marked(m) for m in load_corpus(ROUND18)], ids=lambda m: m.id)
def test_round10_class_sets_are_read_as_labelled(message):
    """Does each message of round 10's class sets (a good word upstairs, a process gone around, a blind vouch or the
    confidential asked sideways; a job asked in a hint or a wish; an apology that blames in everyday words; guilt,
    others' yes and promised help as pressure; and their near misses) get exactly its labels?"""
    found = {
        f.rule
        for f in lint(message.text, message.situation or None, relationship=message.relationship or None, language="de")
    }
    assert message.expect <= found, (sorted(found), message.id)
    assert not found - message.expect - message.may, (sorted(found), message.id)
