"""The Spanish linter read by class (issue #25): each rule on wordings of its own, not the training corpus's.

Every case below was written for this file, in several voices (tú, usted, vos, vosotros; Spain, Mexico, the
Southern Cone, the Andes, the Caribbean), so a pattern that only learnt the corpus's phrasing fails here. Each
class has cases that must fire and near misses that must not.
"""

from __future__ import annotations

import pytest

from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.lint_parse import parse_message

#: A case of a second (or third) set that the linter got wrong when the set was first measured: kept, as the honest
#: record, and not fixed against (that set is the class's honest figure).
SECOND_SET_MISS = pytest.mark.xfail(strict=True, reason="second or third set, measured once and not fixed against")


def rules(text: str, situation: str | None = None, relationship: str | None = None) -> set[str]:
    return {f.rule for f in lint(text, situation, relationship=relationship, language="es")}


# --------------------------------------------------------------------------- requests in every form of address
@pytest.mark.parametrize(
    "text",
    [
        "Querría pedirle diez minutos de su tiempo.",
        "Me encantaría que me contaras cómo llegaste a producto.",
        "¿Te importaría echarle un ojo a mi portafolio?",
        "Vos podés contarme cómo es el día a día en tu equipo.",
        "¿Podéis decirme cómo organizáis las guardias?",
        "Le agradecería mucho que me dedicara un rato.",
        "Me vendría genial tu opinión sobre el máster.",
        "Tendrías media hora la semana que viene",
    ],
)
def test_polite_asks_are_requests(text):
    """Conditionals, wishes and statements of need are requests in tú, usted, vos and vosotros."""
    message = parse_message(text, language="es")
    assert message.requests and message.requests[0].kind in ("question", "polite"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ahí lo tienes, el enlace del que te hablé.",
        "Creo que tienes toda la razón.",
        "Quería pedirte disculpas por lo del martes.",
    ],
)
def test_statements_are_not_asks(text):
    """A "tienes" that asks for nothing, or an apology, is no request that needs a question mark."""
    assert "no-question" not in rules(text, "thank-you")


# --------------------------------------------------------------------------- job-ask: what is asked, of whom
@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, leí tu artículo sobre logística inversa. ¿Me podrías recomendar para la vacante de analista? Gracias",
        "Buenas, vi tu charla en la Ekoparty. ¿Tenés algún proyecto para pasarme? Gracias",
        "Estimado Sr. Ruiz: asistí a su ponencia en Sevilla. ¿Habría alguna plaza para mí en su equipo? Gracias",
        "Hola Iván, vi tu post en LinkedIn. ¿Me consigues una entrevista en tu empresa? Mil gracias",
        "Hola Paula, leí tu entrevista en El País. Si se abre algo en tu equipo, ¿me tendrías en cuenta? Gracias",
        "Buenos días, vi su conferencia en Lima. ¿Podría proponerme para el puesto de jefe de obra? Muchas gracias",
        "Hola Rafa, leí tu hilo. ¿Me metes en el proceso de selección de tu empresa? Gracias",
    ],
)
def test_job_asks_of_a_stranger_are_flagged(text):
    """A job, work, a place or a referral asked of someone who does not know the writer's work."""
    assert "job-ask" in rules(text, "informational-interview", "stranger"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hola Marta, leí tu artículo. ¿Qué libro me recomendarías para empezar en logística? Gracias",
        "Hola Marta, vi tu charla. ¿Me recomiendas algún curso de SQL? Gracias",
        "Hola Marta, vi tu charla. Busco mi primer puesto en datos. ¿Qué habilidades te sirvieron más? Gracias",
        "Hola Marta, vi tu charla. ¿A quién me recomendarías escribir en tu sector? Gracias",
        "Hola Marta, leí tu post. Una agencia me ofrece un contrato fijo. ¿Cómo lo pensaste tú? Gracias",
    ],
)
def test_asking_for_advice_is_not_a_job_ask(text):
    """Saying what you look for and asking what to read, learn or whom to ask is information, not a job ask."""
    assert "job-ask" not in rules(text, "informational-interview", "stranger"), text


def test_a_relayed_referral_is_flagged_even_to_a_friend():
    """Asking a friend to get a third person (who has never seen the work) to refer the writer."""
    text = "Juli, tu cuñado está en Globant, ¿no? ¿Le podrías pedir que me recomiende para el puesto de QA? Gracias"
    assert "job-ask" in rules(text, "introduction", "friend")


def test_a_question_opening_with_no_still_asks():
    """ "¿No me consigues…?" asks all the same: the "no" that opens a question is no negation."""
    text = "¡Felicidades por el ascenso, Lupe! Ahora que eres la jefa, ¿no me consigues un puesto en tu área?"
    assert "job-ask" in rules(text, "congratulate", "friend")


# --------------------------------------------------------------------------- pressure
@pytest.mark.parametrize(
    "text",
    [
        # the writer's deadline on the reader's answer
        "Hola Nuria, ¿podemos hablar de tu equipo? Necesito tu respuesta a más tardar el martes. Gracias",
        "Hola Nuria, ¿me pasas el contacto de Rosa? Lo necesito sí o sí para mañana. Gracias",
        # don't let me down, committed to others
        "Hola Pepe, ya le he dicho a Laura que la vas a llamar el lunes, así que no me dejes mal. Gracias",
        "Hola Pepe, cuento con tu ayuda para la feria, no me vayas a fallar. Gracias",
        # favours owed, promises, everyone else
        "Hola Pepe, yo te eché una mano con la tesis, así que ahora te toca a ti. ¿Me presentas a tu jefa? Gracias",
        "Hola Pepe, en la cena me prometiste que me ibas a presentar a Julia. ¿Cuándo lo haces? Gracias",
        "Hola Pepe, el resto del equipo ya aceptó tomarse un café conmigo; serías el único que no. ¿Te va el jueves?",
        # reproach for silence
        "Hola Pepe, te mandé un correo hace un mes y nada. ¿Sigues vivo?",
        "Hola Pepe, ya van cuatro mensajes sin respuesta. ¿Te va bien hablar el jueves?",
        "Hola Pepe, como no me has contestado, supongo que ya no te interesa. ¿Hablamos igual?",
        "Hola Pepe, veo que ahora eres demasiado importante para contestar. ¿Hablamos?",
    ],
)
def test_pressure_is_flagged(text):
    """Deadlines on their favour, guilt, debts, promises held against them, reproach for silence."""
    assert "pressure" in rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hola Nuria, ¿podemos hablar de tu equipo? Sin prisa, cuando te venga bien. Gracias",
        "Hola Nuria, la convocatoria cierra el viernes, por si te interesa. Gracias",
        "Hola Nuria, me dijiste que la entrevista iba a ser dura, y tenías razón. ¡Gracias!",
        "Hola Nuria, te escribo de nuevo por si se perdió mi mensaje. ¿Te viene bien el jueves? Gracias",
    ],
)
def test_no_pressure_in_releases_and_news(text):
    """A release, an opportunity's own deadline, a memory of their advice or a plain second note is no pressure."""
    assert "pressure" not in rules(text), text


# --------------------------------------------------------------------------- apology-blame
@pytest.mark.parametrize(
    "text",
    [
        "Perdona que llegara tarde: la de recursos humanos me apuntó mal la hora.",
        "Disculpe la ausencia, se me cayó el internet justo antes de la llamada.",
        "Lo siento, el problema fue de la empresa de mensajería, que no entregó a tiempo.",
        "Perdón por no ir. Mi jefa me retuvo en una reunión a última hora.",
        "Siento lo de ayer, pero tú tampoco me dijiste que era en la otra sede.",
        "Perdón por faltar, fue pura mala suerte, cosas que pasan.",
    ],
)
def test_apologies_that_blame_others_or_luck(text):
    """The cause is someone else's act, a thing that broke, or luck, and the writer never owns it."""
    assert "apology-blame" in rules(text, "apology"), text


@pytest.mark.parametrize(
    "text",
    [
        "Perdona que llegara tarde. Se me cayó el internet, pero debí conectarme antes. No volverá a pasar.",
        "Lo siento mucho: se me pasó la hora y fue mi error. ¿Puedo proponerte otro día?",
    ],
)
def test_apologies_that_own_it(text):
    """Naming a cause and then owning it is honest."""
    assert "apology-blame" not in rules(text, "apology"), text


# --------------------------------------------------------------------------- awkward-position
@pytest.mark.parametrize(
    "text",
    [
        "Hola Bea, ¿le podrías mandar mi CV directo a la directora para no pasar por el portal? Gracias",
        "Hola Bea, ¿me podrías decir cuánto pagan a los analistas senior en tu empresa? Gracias",
        "Hola Bea, ¿sabes quiénes más están en la terna para la plaza? Gracias",
        "Hola Bea, ¿me avisas qué áreas entran en el ERE antes de que lo comuniquen? Gracias",
        "Hola Bea, ¿podrías hablar con tu directora general y contarle mi caso? Gracias",
        "Hola Bea, mi primo busca trabajo. ¿Puedes hablar bien de él? Nunca has trabajado con él, pero es majo.",
        "Hola Bea, ¿me pasas la presentación interna del plan de ventas? Nadie se va a enterar. Gracias",
    ],
)
def test_awkward_positions_are_flagged(text):
    """Going around the process or the boss, leaking pay or plans, speaking to seniors, vouching blind."""
    assert "awkward-position" in rules(text, "introduction", "friend"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hola Bea, ¿cómo es el proceso de selección en tu empresa? Gracias",
        "Hola Bea, ¿qué valora tu directora en un perfil junior? Gracias",
    ],
)
def test_asking_how_things_work_is_not_awkward(text):
    assert "awkward-position" not in rules(text, "introduction", "friend"), text


# --------------------------------------------------------------------------- about-me (the subject dropped)
def test_sentences_led_by_a_first_person_verb_are_about_the_writer():
    """Spanish drops "yo": "Trabajo…", "Estudié…", "He liderado…" lead sentences about the writer."""
    text = (
        "Hola Irene:\n\nTe escribo tras tu charla en el Codemotion. Estudié Física en Granada. Trabajé cinco años "
        "en banca. He liderado dos migraciones a la nube. Domino Python y Spark. Busco dar el salto a datos. "
        "¿Podríamos hablar 15 minutos?\n\nGracias,\nNacho"
    )
    assert "about-me" in rules(text, "informational-interview", "stranger")


def test_first_person_verbs_that_turn_to_the_reader_are_not_self_talk():
    """ "Vi tu charla", "Espero que estés bien", a name under the message: not sentences about the writer."""
    text = (
        "Hola Irene:\n\nVi tu charla en el Codemotion. Espero que estés bien. Me encantó tu ejemplo de Spark. "
        "Admiro cómo explicaste tu migración. ¿Podríamos hablar 15 minutos?\n\nGracias,\nAlvaro Prieto"
    )
    assert "about-me" not in rules(text, "informational-interview", "stranger")


# --------------------------------------------------------------------------- connection-late
@pytest.mark.parametrize(
    "text",
    [
        "Hola Sonia, qué gusto coincidir en el congreso de Bilbao. ¿Tienes 15 minutos el jueves? Gracias",
        "Estimado Sr. Paz: encontré su perfil en la red de exalumnos del Tec. ¿Podría dedicarme 15 minutos? Gracias",
        "Hola Sonia, Marcos Gil me animó a escribirte. ¿Tienes 15 minutos el jueves? Gracias",
        "Hola Sonia, soy Rocío, de la promoción 2018 del máster. ¿Tienes 15 minutos el jueves? Gracias",
        "Hola Sonia, leí en Expansión que abrís oficina en Valencia. ¿Tienes 15 minutos el jueves? Gracias",
    ],
)
def test_the_connection_is_found_in_many_wordings(text):
    """A shared event, where the writer found them, a referrer, a shared group, where they read about them."""
    assert "connection-late" not in rules(text, "informational-interview", "stranger"), text


def test_incidental_words_are_not_a_connection():
    """ "Vi que…" or "sigo siendo" says nothing about how they know each other."""
    text = (
        "Hola Sonia, sigo buscando mi camino en datos y vi que trabajas en Cabify. ¿Tienes 15 minutos el jueves? "
        "Gracias"
    )
    assert "connection-late" in rules(text, "informational-interview", "stranger")


# --------------------------------------------------------------------------- curt-decline
@pytest.mark.parametrize(
    "text",
    [
        "No le puedo recomendar. No me escriba más.",
        "No puedo ayudarte con eso.",
        "No hago presentaciones a desconocidos. No insistáis.",
        "No nos es posible atenderle.",
        "Dejad de escribirme, por favor.",
    ],
)
def test_curt_refusals_in_every_form_of_address(text):
    """A no, clitic before or after the verb, in tú, usted and vosotros, with no kind line."""
    assert "curt-decline" in rules(text, "decline-referral", "stranger"), text


def test_a_kind_no_is_not_curt():
    text = "No puedo recomendarte porque no conozco tu trabajo, pero gracias por pensar en mí y mucha suerte."
    assert "curt-decline" not in rules(text, "decline-referral", "stranger")


# --------------------------------------------------------------------------- more wordings, every class at once
#: (draft, situation, relationship, rules that must fire, rules that must not)
MORE = [
    # job-ask variants
    (
        "Hola Bruno, vi tu charla en la DevFest. ¿Sabés si en tu equipo están tomando gente? Me encantaría entrar. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Buenas tardes, Sra. León: asistí a su taller en Quito. ¿Habría manera de que me consideren para la plaza de auditor? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Vale, leí tu post. ¿Me echás una mano para entrar en Despegar? Te paso mi CV. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Lola, vi tu charla en el T3chfest. ¿Podrías reenviar mi currículum a tu responsable de RR. HH.? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Gabo, vi tu perfil en LinkedIn. ¿Me recomendarías con tu jefe para la vacante de soporte? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sara, vi tu charla. Estoy buscando trabajo como QA. ¿Me contratarías para un proyecto corto? Gracias",
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sara, vi tu charla. Estoy buscando trabajo como QA, y me gustaría entender cómo es el día a día en tu equipo. ¿Tendrías 15 minutos? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Sara, vi tu charla. ¿Cómo consiguió tu equipo su primer cliente grande? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Sara, ¡felicidades por el ascenso! ¿Ya tienes equipo o me apunto? Jaja. Un abrazo",
        "congratulate",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # pressure variants
    (
        "Hola Quim, ¿te va bien hablar mañana? Es que el plazo vence el viernes y dependo de tu respuesta. Gracias",
        "informational-interview",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Quim, te he escrito tres veces ya. Entiendo que estés liado, pero un 'no' también vale. ¿Hablamos? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Quim, con todo lo que hice por ti cuando entraste, esperaba un poco más. ¿Me presentas a Irene? Gracias",
        "introduction",
        "teammate",
        {"pressure"},
        set(),
    ),
    (
        "Hola Quim, sé que estás muy liado, pero necesito que me contestes hoy. Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Quim, es urgente: ¿me pasas hoy mismo el contacto de Irene? Gracias",
        "introduction",
        "teammate",
        {"pressure"},
        set(),
    ),
    (
        "Hola Quim, sé que estás muy liado, así que no hace falta que contestes si no puedes. Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Quim, ¿quedamos el viernes para el café? Si no te viene bien, lo movemos. Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    # apology-blame
    (
        "Perdona por el retraso con el informe; me pasaron los datos tarde desde contabilidad.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpa que no te avisara: mi compañero tenía que mandarte el correo y se le pasó.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento no haber llegado, el Uber nunca apareció y la app no dejaba cancelar.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdón por no ir a la entrevista. Me confundí de día, fue culpa mía. ¿Puedo pedirle a tu jefa otra fecha?",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    # awkward
    (
        "Hola Cris, ¿me podrías reenviar el correo interno donde hablan de los ascensos? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    ("Hola Cris, ¿le puedes comentar a tu CEO que existo? Gracias", "", "teammate", {"awkward-position"}, set()),
    (
        "Hola Cris, ¿le mandás mi perfil directamente al gerente sin pasar por selección? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Cris, ¿sabes cuánto cobra la gente de tu equipo? Es para negociar. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Cris, ¿me pasas las preguntas que hacen en la prueba técnica? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    ("Hola Cris, ¿qué tal es trabajar con tu jefa? Gracias", "", "friend", set(), {"awkward-position"}),
    # curt
    ("No me interesa. Saludos.", "kind-decline", "stranger", {"curt-decline"}, set()),
    ("No, no puedo.", "kind-decline", "stranger", {"curt-decline"}, set()),
    ("Ahora no puedo, lo siento mucho. Suerte con la búsqueda.", "kind-decline", "stranger", set(), {"curt-decline"}),
    # connection-late FPs for known people
    (
        "Hola prima, ¿me pasás el contacto de tu amiga de Globant? Te quiero, gracias",
        "introduction",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Hola profe, soy Luis, su alumno de Estadística del año pasado. ¿Podría darme 10 minutos? Gracias",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Laura, fui tu alumna en el bootcamp de Ironhack. ¿Tendrías 15 minutos? Gracias",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Ana, te sigo en LinkedIn desde hace tiempo. ¿Tendrías 15 minutos? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Ana, ¿tendrías 15 minutos para una llamada? Estoy cambiando de carrera. Te escribo porque nos presentó Lucía en la boda de Carlos.",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    # about-me
    (
        "Hola Ana, vi tu charla. Tengo diez años en retail. Manejo equipos de veinte personas. Hablo tres idiomas. Busco un cambio. ¿Hablamos?",
        "informational-interview",
        "stranger",
        {"about-me"},
        set(),
    ),
    (
        "Hola Ana, vi tu charla sobre la logística de Mercadona y me impresionó cómo contaste el piloto. ¿Cómo decidisteis empezar por Valencia? Yo vengo de retail. ¿Tendrías 15 minutos? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"about-me"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", MORE)
def test_more_wordings(text, situation, relationship, must, must_not):
    """Asks for a place worded as a wish or an offer of oneself, stakes put on the reader, causes that slip away from
    the writer, leaks of pay, tests and internal mail, speaking of the writer to a CEO, a bare "no", family words."""
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Longer drafts: clean ones with unusual wordings of the connection, and problems worded anew.
LONGER = [
    # clean, varied connection wordings (stranger/acquaintance): nothing relational should fire
    (
        "Buenas tardes, Dra. Ibáñez:\n\nLa profesora Elvira Soto, mi tutora de TFG, me habló de su trabajo en epidemiología de campo. Estoy en el último curso de Biología y me gustaría saber cómo fue su camino hasta Médicos Sin Fronteras. ¿Le vendría bien una llamada de 20 minutos?\n\nMuchas gracias,\nCarmen",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late", "job-ask", "about-me", "no-question", "unthanked-ask"},
    ),
    (
        "Hola, Tomás:\n\nCompartimos mesa en la cena de la Cámara de Comercio de Monterrey el jueves, yo era la de logística. Me quedé pensando en lo que contaste de la planta de Saltillo. ¿Te puedo invitar un café la próxima semana para que me cuentes cómo lo organizaron?\n\nGracias,\nRocío",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late", "job-ask", "about-me", "unthanked-ask"},
    ),
    (
        "Estimado Sr. Quiroga:\n\nMi nombre es Pedro Salas; su colega Andrea Mena me sugirió que le escribiera. Trabajo en control de calidad en una láctea y quiero entender mejor la certificación BRC. ¿Podría dedicarme quince minutos por Teams?\n\nLe agradezco de antemano,\nPedro Salas",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late", "job-ask", "about-me"},
    ),
    (
        "Hola Vicky!\n\nTe escribo porque estuvimos en el mismo grupo de mentoría de Chicas en Tecnología el año pasado. Vi que ahora liderás QA en Mercado Libre. ¿Tendrías un rato para contarme cómo armaste el equipo?\n\n¡Gracias!\nCami",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late", "job-ask", "about-me", "unthanked-ask"},
    ),
    (
        "Hola Iñaki:\n\nAcabo de escuchar tu episodio en el podcast de Kaizen sobre fábricas pequeñas y me encantó la idea de las reuniones de cinco minutos. ¿Cómo conseguiste que la gente de turno de noche se sumara?\n\nGracias por compartirlo,\nAmaia",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late", "job-ask", "about-me", "no-question"},
    ),
    (
        "Buen día, Ing. Medina:\n\nLe escribo de parte de Julián Vera, con quien trabajé en Siderar. Él me dijo que usted conoce muy bien el mercado de mantenimiento predictivo. ¿Le parecería bien que conversemos media hora?\n\nSaludos cordiales y gracias,\nMartín",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late", "job-ask", "about-me"},
    ),
    # clean: saying what you want + info
    (
        "Hola Lucía:\n\nNos conocimos en el meetup de R-Ladies Bogotá. Estoy buscando mi primer trabajo como analista de datos y me gustaría saber qué proyectos te sirvieron más para tu portafolio. ¿Te animas a una llamada corta?\n\nGracias,\nDaniela",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Nico, vi tu charla en la PyCon Argentina. Quiero pasarme a backend y me interesa cómo evaluán en tu equipo a la gente que viene de soporte. ¿Me contás un poco? Gracias",
        "career-change",
        "stranger",
        set(),
        {"job-ask", "connection-late"},
    ),
    # clean follow-up and thank-you
    (
        "Hola Marisa:\n\nSolo quería volver a escribirte por si mi mensaje del martes se perdió entre tantos correos. Si no es buen momento, lo entiendo. ¿Te viene bien hablar la semana que viene?\n\nGracias otra vez,\nJorge",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure", "no-question", "no-thanks"},
    ),
    (
        "Querida Sonia:\n\nGracias de corazón por presentarme a Luis. Hablamos ayer casi una hora y me dio tres contactos en Sevilla. Ya te contaré cómo sigue.\n\nUn abrazo,\nPilar",
        "thank-you",
        "friend",
        set(),
        {"no-thanks", "about-me", "pressure"},
    ),
    # apology owned
    (
        "Hola Ernesto:\n\nTe pido perdón por no haber enviado el informe el viernes. Me organicé mal la semana y no te avisé a tiempo; eso fue lo peor. Te lo mando mañana antes de las diez.\n\nUn saludo,\nAna",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    # kind decline
    (
        "Hola Gonzalo:\n\nGracias por acordarte de mí. Esta vez no puedo recomendarte, porque no conozco tu trabajo de primera mano, pero si quieres te cuento cómo funciona el proceso en mi empresa.\n\nSuerte,\nEva",
        "decline-referral",
        "acquaintance",
        set(),
        {"curt-decline"},
    ),
    # congratulate clean
    (
        "¡Felicitaciones por la publicación en Nature, Dr. Rojas! La leí de punta a punta y la parte de los métodos es impecable. Un abrazo desde Valparaíso.\n\nClaudia",
        "congratulate",
        "acquaintance",
        set(),
        {"job-ask", "no-question", "about-me"},
    ),
    # reconnect clean (usted, Caribe)
    (
        "Saludos, Don Félix:\n\n¿Cómo le va? Hace tiempo que no hablamos desde que coincidimos en la junta de la cooperativa en Santiago de los Caballeros. Me acordé de usted al ver la noticia de la nueva planta. Le deseo mucho éxito.\n\nAtentamente,\nYanira",
        "reconnect",
        "acquaintance",
        set(),
        {"connection-late", "job-ask", "no-question", "about-me"},
    ),
    # problems in different wordings
    (
        "Hola Raúl, soy Marta. ¿Me podrías presentar a tu jefa? Es que nadie me contesta y ya no sé a quién más pedírselo. Gracias",
        "introduction",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
    (
        "Hola Leire: ya sé que no nos conocemos, pero necesito que me recomiendes en Inditex esta misma semana. Gracias",
        "",
        "stranger",
        {"job-ask", "pressure"},
        set(),
    ),
    (
        "Hola Pau, perdona lo del lunes, pero es que el cliente cambió la hora sin avisar y mi coche se quedó sin batería. Ya sabes cómo va esto.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Oye Juanca, ¿me puedes pasar el Excel de sueldos del área? Lo borro después, nadie lo va a saber. Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Mili, ¿me harías el favor de hablar con el dueño de la agencia y convencerlo de que me contrate? Vos tenés llegada. Gracias",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", LONGER)
def test_longer_drafts(text, situation, relationship, must, must_not):
    """Clean drafts stay clean however the connection is said; problems are caught however they are worded."""
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Softer wordings: a job asked as "if you hear of something", a good word as "una palabrita", a deadline as "sería
#: ideal tenerla antes del lunes", blame as "entre una cosa y otra", a no as "Ahora no."; and clean near misses.
SOFTER = [
    (
        "Hola Sr. Paredes, vi su charla en el Foro Minero. Soy geólogo junior. Si sabe de algo en su empresa, ¿me avisa? Muchas gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Romi, vi tu post. Estoy entre trabajos. ¿Te enteraste de alguna búsqueda en tu empresa? Cualquier dato sirve. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Mauri, vi tu charla. ¿Me harías el paro con tu jefe para que me den una entrevista? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Ceci, vi tu charla. ¿Podrías poner una palabrita por mí con la directora de RR. HH.? Gracias",
        "introduction",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ceci, vi tu charla. Me urge tu respuesta, el plazo es el lunes. ¿Me dices algo? Gracias",
        "informational-interview",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola Ceci, vi tu charla. Sería ideal tener tu carta antes del lunes, porque cierra la convocatoria. ¿Te da tiempo? Gracias",
        "informational-interview",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Ceci, te escribo otra vez porque la otra vez no me contestaste. Entiendo que no tengas tiempo para gente como yo. ¿Hablamos?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Perdón por el silencio, entre una cosa y otra, y con el lío que hubo en la oficina, se me hizo imposible escribirte.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento no haber contestado: tu correo se fue a spam y el filtro de la empresa es un desastre.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdona que no me presentara a la entrevista. Mi exjefe no me firmó el permiso a tiempo.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    ("Ahora no. Saludos.", "kind-decline", "stranger", {"curt-decline"}, set()),
    ("No es posible. No vuelvas a escribir.", "decline-referral", "stranger", {"curt-decline"}, set()),
    (
        "Hola Ceci, ¿podrías mandarme el organigrama con los sueldos de tu área? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ceci, ¿me dices en confianza quién se va a quedar con el puesto? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ceci, ¿podrías saltarte a tu jefe y pasarle mi propuesta al director? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ceci, ¿podrías decirle al director de obra que soy muy bueno? Nunca hemos trabajado juntos, pero tengo buena pinta. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    # clean near misses
    (
        "Hola Ceci, nos conocimos en el taller de Fundación Telefónica. ¿Cómo fue tu paso de docente a diseño instruccional? Si no tienes tiempo, lo entiendo perfectamente. Gracias",
        "career-change",
        "acquaintance",
        set(),
        {"job-ask", "pressure", "connection-late", "about-me", "no-question", "unthanked-ask"},
    ),
    (
        "Hola Ceci, nos conocimos en el taller. La beca de Fundación Carolina cierra el viernes; te lo paso por si te interesa. Un abrazo",
        "share-no-ask",
        "acquaintance",
        set(),
        {"pressure", "job-ask", "no-question"},
    ),
    (
        "Hola Ceci, nos conocimos en el taller. Mi jefa me pidió que te escribiera por la auditoría: ¿tienes un rato el martes? Gracias",
        "",
        "acquaintance",
        set(),
        {"apology-blame", "pressure", "awkward-position", "connection-late"},
    ),
    (
        "Hola Ceci, nos conocimos en el taller. ¿Cómo es el proceso de prácticas en tu empresa y qué suelen mirar en un CV? Gracias",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask", "awkward-position"},
    ),
    (
        "Perdón por el retraso en contestar, Ceci: fue una semana de locos, pero eso no es excusa. ¿Seguimos el jueves?",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Gracias por escribirme, Marcos. Ahora mismo no puedo ayudarte con una recomendación, pero te deseo mucha suerte.",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline"},
    ),
    (
        "Hola Ceci, nos conocimos en el taller. Yo trabajo en compras desde hace seis años. ¿Cómo fue tu cambio a sostenibilidad? Me encantaría escucharte. Gracias",
        "career-change",
        "acquaintance",
        set(),
        {"about-me", "job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SOFTER)
def test_softer_wordings(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Regional voices and loanwords: referral, forwardear, intro, call, DM, dejar en visto; Caribbean and Andean usted,
#: Mexican compa, Rioplatense vos.
REGIONAL = [
    (
        "Hola Kevin, vi tu post en LinkedIn sobre growth. ¿Me podrías dar un referral para la vacante de marketing en Rappi? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Kevin, vi tu post. ¿Me referís para el rol de data analyst en tu empresa? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Kevin, vi tu post. ¿Podrías forwardear mi CV al hiring manager? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Kevin, vi tu post. ¿Me harías un intro con tu VP de producto para que me contrate? Gracias",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Kevin, vi tu post. ¿Agendamos una call de 15 minutos para que me des feedback sobre mi portafolio? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask", "no-question"},
    ),
    (
        "Hola Kevin, te dejé un DM hace tres semanas y me dejaste en visto. ¿Hablamos?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Buenas, don Julio. Le cuento que no pude llegar a la cita porque el bus se varó en la vía y no había señal. Qué pena con usted.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Mija, ¿usted me haría el favor de hablarle a su jefe de mí? Es que necesito el puesto ya mismo. Gracias, mi amor",
        "introduction",
        "friend",
        {"awkward-position", "pressure"},
        set(),
    ),
    (
        "Compa, ¿me echas la mano con tu jefe para que me den la chamba? Nunca has visto mi trabajo pero soy bien chambeador.",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Vos sabés que te quiero, pero si no me ayudás con esto te lo voy a reprochar toda la vida. ¿Me presentás a tu jefe?",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Leo, ¿vos podrías averiguar cuánto le pagan al que está ahora en el puesto? Así negocio mejor. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Estimada Lic. Pérez, me permito escribirle porque la vi en el panel de Endeavor. Quisiera saber si usted me podría recomendar con el gerente de su área para la vacante de compras. Agradezco su atención.",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Estimada Lic. Pérez, me permito escribirle porque la vi en el panel de Endeavor. Quisiera saber qué habilidades valora más su equipo en un comprador junior. Agradezco su atención.",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask", "connection-late", "about-me"},
    ),
    ("No doy recomendaciones a gente que no conozco. Suerte.", "decline-referral", "stranger", set(), {"curt-decline"}),
    ("Mirá, no. No tengo tiempo para esto.", "kind-decline", "stranger", {"curt-decline"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", REGIONAL)
def test_regional_voices_and_loanwords(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The reader as the last hope, surprise or hurt at their silence, being kept waiting; "not on my side"; a trial day;
#: the client list; vouching for what they only know the gist of; a bare "lo siento" is no kind line.
LAST_HOPE = [
    (
        "Hola Marta, eres la única persona que puede ayudarme con esto. ¿Me presentas a Julián? Gracias",
        "introduction",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Marta, si me dices que no, de verdad no sé qué voy a hacer. ¿Me presentas a Julián? Gracias",
        "introduction",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Marta, me sorprende que todavía no me hayas contestado. ¿Hablamos esta semana? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Marta, me decepcionó un poco que no vinieras a mi presentación. ¿Me presentas a Julián? Gracias",
        "introduction",
        "teammate",
        {"pressure"},
        set(),
    ),
    (
        "Hola Marta, no me gusta que me hagan esperar, así que te agradecería una respuesta rápida. Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Perdona lo de la demo: por mi parte estaba todo listo, fue cosa del equipo de sistemas.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpa el error en el informe; los datos venían mal de origen.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola Pau, vi tu charla. ¿Me dejarías hacer un día de prueba en tu restaurante? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Pau, ¿me podrías pasar la lista de clientes de tu empresa? Es para mi startup. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Pau, ¿me recomendarías para el puesto? Aunque no estuviste en el proyecto, ya sabes más o menos de qué va. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Pau, tu jefa va a estar en la cena del viernes, ¿no? ¿Podrías hablarle de mí? Gracias",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Pau, vi tu charla. Me encantaría saber cómo tú llegaste a producto y qué te ayudó más. Yo vengo de ventas. ¿Tendrías 15 minutos? Gracias",
        "career-change",
        "stranger",
        set(),
        {"about-me"},
    ),
    ("No me interesa, gracias.", "kind-decline", "stranger", set(), {"curt-decline"}),
    (
        "Gracias por escribir, pero no doy referencias a gente que no conozco.",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline"},
    ),
    ("No recomiendo a nadie que no conozca. Lo siento.", "decline-referral", "stranger", {"curt-decline"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", LAST_HOPE)
def test_last_hope_gist_and_bare_sorry(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The connection comes last, after the ask.
LATE = [
    (
        "Hola Ana:\n\nEstoy pensando en dejar la docencia y pasarme a la formación corporativa. Me gustaría saber cómo lo hiciste tú y qué te costó más. ¿Tendrías 20 minutos?\n\nPor cierto, nos conocimos en la boda de Lucía.\n\nGracias,\nMar",
        "career-change",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
    (
        "Buenos días, Sr. Vidal:\n\nSoy ingeniera química con seis años en la industria cosmética. Quisiera preguntarle por su experiencia en regulación europea. ¿Le vendría bien una llamada? Me dio su contacto Laura Gil.\n\nGracias,\nAna",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola Joaquín, ¿cómo estás? Te escribo porque quiero empezar en el mundo de la logística y me dijeron que sos un referente. ¿Tenés un rato? Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola Iratxe:\n\nQuería preguntarte cómo es trabajar en el equipo de sostenibilidad de Iberdrola. Estoy acabando un máster y me interesa mucho. ¿Te vendría bien un café?\n\nGracias,\nUnai",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola Rocío, ¿me podrías contar cómo es el proceso de selección en Inditex? Estoy preparando mi candidatura. Por cierto, te vi en la charla de ESIC. Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", LATE)
def test_late(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Thanks in regional and borrowed words, and thank-yous that never thank.
THANKS_VARIANTS = [
    ("¡Thanks por la intro con Pablo, Majo! Ya quedamos para el jueves.", "thank-you", "friend", set(), {"no-thanks"}),
    (
        "Muy amable de su parte por recibirme ayer, doctora. Sus consejos me sirvieron mucho.",
        "thank-you-conversation",
        "acquaintance",
        set(),
        {"no-thanks"},
    ),
    (
        "Dios le pague, don Efraín, por hablar con el gerente. Ya me llamaron.",
        "thank-you",
        "acquaintance",
        set(),
        {"no-thanks"},
    ),
    (
        "Te agradezco un montón la charla de ayer, Nati. Me ordenó la cabeza.",
        "thank-you-conversation",
        "acquaintance",
        set(),
        {"no-thanks"},
    ),
    (
        "Hola Nati, ayer hablé con Pablo, el contacto que me pasaste. Me contó un montón de cosas útiles. Nos vemos pronto.",
        "thank-you",
        "friend",
        {"no-thanks"},
        set(),
    ),
    (
        "Hola Nati, te escribo de nuevo por lo del café. ¿Te viene bien el jueves?",
        "follow-up",
        "acquaintance",
        {"no-thanks"},
        set(),
    ),
    (
        "Agradecida por tu tiempo, Nati. Lo que me contaste de tu paso a UX me abrió los ojos.",
        "thank-you-conversation",
        "acquaintance",
        set(),
        {"no-thanks"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", THANKS_VARIANTS)
def test_thanks_variants(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


def test_a_condolence_is_no_excuse():
    """ "Lamento mucho…" opens a condolence too; a death is not a cause the writer is blamed for hiding behind."""
    text = "Hola Marga, lamento muchísimo lo de tu abuela. Me enteré ayer de que se murió en casa, tranquila. Un abrazo"
    assert "apology-blame" not in rules(text, None, "friend")


@pytest.mark.parametrize(
    "text, late",
    [
        ("Hola Sr. Lobo:\n\n¡Cuánto tiempo! Le cuento que ahora estoy en Siemens. A ver si nos vemos.\n\nCarlos", True),
        (
            "Hola Sr. Lobo:\n\n¡Cuánto tiempo desde aquel proyecto en Cádiz! Le cuento que ahora estoy en Siemens.\n\nCarlos",
            False,
        ),
        (
            "Hola Andrea:\n\nCuánto tiempo sin vernos, desde que estábamos trabajando juntas en Iberia. ¿Cómo va todo?",
            False,
        ),
    ],
)
def test_long_time_no_see_alone_does_not_say_how_they_know_each_other(text, late):
    """ "¡Cuánto tiempo!" says they met, not where; "desde aquel proyecto en Cádiz" says it."""
    assert ("connection-late" in rules(text, "reconnect", "acquaintance")) is late


@pytest.mark.parametrize(
    "text, rule, fires",
    [
        ("Perdón, el tren no llegó y me quedé en el andén.", "apology-blame", True),
        ("Perdón, hoy no llego a la reunión; lo muevo yo. ¿Te va el jueves?", "apology-blame", False),
        ("Hola Pepe, me ignoraste en la feria. ¿Hablamos?", "pressure", True),
        ("Hola Pepe, ignoro si sigues en Repsol. ¿Hablamos? Gracias", "pressure", False),
        ("perdon x no contestar antes, el sistema se cayo toda la mañana", "apology-blame", True),
    ],
)
def test_a_dropped_accent_is_read_except_where_it_changes_who_acted(text, rule, fires):
    """ "perdon", "se cayo" are read without their accents; a word-final "ó" keeps it: "llegó" (the train) is not
    "llego" (I arrive), "ignoró" is not "ignoro" (I don't know)."""
    assert (rule in rules(text, "apology" if "apology" in rule else None, "acquaintance")) is fires


#: Classes from the second new writer, in wordings of my own.
SECOND_WRITER = [
    (
        "Hola Rebe, ¿le podrías decir al jefe de cocina del hotel de la playa que sería ideal para la partida de "
        "pescado? Nunca me has visto cocinar, pero confía. Gracias",
        "introduction",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Rebe, ¿le dices a tu gerente que me has visto liderar equipos? Solo me conoces del club de lectura, "
        "pero no lo van a comprobar. Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Rebe, prometiste que me presentarías a tu socia. Si no lo haces, sentiré que me fallaste. ¿Cuándo?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Rebe, soy fisioterapeuta y me gustaría trabajar en tu clínica de Chamberí. ¿Hablamos? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Rebe, ¿podrías escribirle a la directora para que me pasen a la siguiente fase? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Rebe, me gustó mucho el mural que pintaste en la fachada del mercado de Lavapiés. Yo hago "
        "rotulación. ¿Te animas a un café? Gracias",
        "client-or-collaborator",
        "stranger",
        set(),
        {"connection-late"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SECOND_WRITER)
def test_second_writer_classes(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ojalá pudieras presentarme a alguien de tu equipo de datos.",
        "Me harías un gran favor si me presentas a tu socia.",
        "Si no es mucha molestia, me gustaría hacerle un par de preguntas.",
        "Agradecería que me dedicara diez minutos.",
        "Estaría encantada de poder charlar contigo un rato.",
        "Quisiera saber si podría dedicarme unos minutos.",
        "Te pido por favor que me presentes a Julia.",
        "Me preguntaba si tendrías un rato esta semana.",
        "Sería un honor poder conversar con usted.",
        "Necesitaría que me mandes el contacto de Juli.",
    ],
)
def test_requests_without_a_question_mark(text):
    """A wish (ojalá), a favour, thanks in advance, delight, need: requests, even with no "¿…?"; "si no es mucha
    molestia" is politeness before the ask, not a release that makes it an offer."""
    message = parse_message(text, language="es")
    assert message.requests and message.requests[0].kind == "polite", message.requests


@pytest.mark.parametrize(
    "text, must",
    [
        (
            "Hola Julia, vi tu charla en el Codemotion. Ojalá pudieras recomendarme para la vacante de analista en tu "
            "empresa. Un saludo",
            {"job-ask", "unthanked-ask"},
        ),
        (
            "Estimada Sra. Ruiz: leí su artículo en Cinco Días. Me haría un gran favor si me dedicara diez minutos para "
            "hablar de su paso a banca privada. Un saludo",
            {"unthanked-ask"},
        ),
        ("Hola Julia, cuento con que me presentes a tu socia esta semana. Gracias", {"pressure"}),
    ],
)
def test_asks_without_a_question_mark_are_read_as_asks(text, must):
    assert must <= rules(text, "informational-interview", "stranger")


#: The answer taken for granted, friendship as a debt, a reply wanted today; and their near misses.
TAKEN_FOR_GRANTED = [
    (
        "Hola Bea, como amiga sé que no me vas a decir que no. ¿Me presentas a tu jefa? Gracias",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, seguro que a ti no te cuesta nada pasarle mi nombre. ¿Lo haces? Gracias",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, ¿me mandas el contacto de Julia? Espero tu respuesta hoy. Gracias",
        "introduction",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, ¿me confirmas mañana a primera hora si puedes presentarme? Lo necesito para cerrar el trato. Gracias",
        "introduction",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, sé que no me vas a fallar con lo de tu jefa. ¿Cuándo le escribes? Gracias",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, después de tantos años de amistad, creo que me merezco que me ayudes con esto. ¿Me presentas a Julia?",
        "introduction",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Bea, ¿me presentas a Julia? Espero tu respuesta, gracias.",
        "introduction",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Bea, ¿tendrías un rato el jueves? Si no, otro día, sin problema. Gracias",
        "informational-interview",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Bea, preguntar no cuesta nada: ¿tu equipo trabaja con freelancers? Gracias",
        "client-or-collaborator",
        "acquaintance",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", TAKEN_FOR_GRANTED)
def test_the_answer_taken_for_granted(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Classes from the second writer's later batches, in wordings of my own.
LATER_BATCHES = [
    (
        "Hola Dra. Paz, ¿aceptan becarios en su laboratorio? Me encantaría hacer prácticas con ustedes. Gracias",
        "starting-out",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Oye Tere, ¿no tendrás un enchufe en Mapfre? Necesito entrar como perito ya. Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Rosa, si no me dices nada esta semana, tomaré tu silencio como un no, lo cual sería decepcionante después de tantas horas que le dediqué.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Rosa, ya vi que me dejaste en visto. ¿Tanto te cuesta responder? Contéstame hoy.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "oye, mándame el examen del año pasado de tu jefa, no le digo nada a nadie",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Rosa, ¿me pasas las bases del concurso antes de que las publiquen? Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Perdona el retraso: la imprenta fue lentísima y mi socio se despistó mientras yo estaba de viaje.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento que te hayas sentido mal, pero tú me vendiste muy bien y las expectativas eran demasiado altas.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Gracias por pensar en mí, pero no es para mí. ¡Mucha suerte!",
        "kind-decline",
        "stranger",
        set(),
        {"curt-decline", "connection-late"},
    ),
    (
        "¡Enhorabuena por el ascenso, Luis! Ya no tienes excusa para no ficharme, ¿eh?",
        "congratulate",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola profesora Gil: soy Marta, de su curso de Derecho Mercantil. La convocatoria cierra el 15 y quería preguntarle si una carta para esa fecha le sería posible, o si es muy justo. Gracias de todos modos.",
        "",
        "acquaintance",
        set(),
        {"no-question", "connection-late", "pressure"},
    ),
    (
        "Perdón por lo de ayer: se me pasó la hora, no tengo excusa. ¿Lo movemos al jueves?",
        "apology",
        "acquaintance",
        set(),
        {"pressure", "apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", LATER_BATCHES)
def test_later_batch_classes(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


def test_the_spanish_patterns_compile_without_warnings():
    """An accented vowel is made optional by rewriting it as a character class, so a pattern that already wrote one
    ("[áa]") would become a nested set that ``re`` warns about and reads wrongly."""
    import importlib
    import warnings

    from netkit.exercises.outreach import lint_phrases_es

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        importlib.reload(lint_phrases_es)


#: Indirect wordings: strings pulled, a door opened, a CV kept on file, paid work offered; news before it is out, who is
#: cut; "tic tac", a favour called in, avoidance; "una de esas semanas", a department as the agent, "no fue mío";
#: "ni loca", "no es lo mío". Near misses after them.
INDIRECT = [
    (
        "Hola Tina, ¿podrías mover algunos hilos en Telefónica para que me llamen? Gracias",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Tina, ¿me podrías abrir la puerta en tu empresa? Estoy buscando trabajo. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Tina, vi tu charla. ¿Podrías guardar mi CV por si aparece algo que encaje? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Tina, ¿me avisas antes de que salga el anuncio de los despidos? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    ("Hola Tina, ¿sabes a quién van a despedir en tu área? Gracias", "", "friend", {"awkward-position"}, set()),
    ("Hola Tina, tic tac, sigo sin tu carta. ¿Me la mandas?", "follow-up", "teammate", {"pressure"}, set()),
    (
        "Hola Tina, acuérdate de quién te cubrió los turnos en agosto. ¿Me presentas a tu jefa?",
        "introduction",
        "teammate",
        {"pressure"},
        set(),
    ),
    ("Hola Tina, ¿me estás evitando? Te escribí tres veces.", "follow-up", "acquaintance", {"pressure"}, set()),
    (
        "Perdona lo del informe, fue una de esas semanas. Contabilidad no me pasó nada a tiempo.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdona lo del informe; el error no fue mío, venía en la plantilla.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Estimada Sra. Vera: sería un honor formar parte de su equipo si se abre una plaza. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Tina, vi tu tienda online. Soy desarrollador freelance, ¿te hago la web nueva? Gracias",
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        set(),
    ),
    ("Ni loca. A mí no me metas en esto.", "kind-decline", "stranger", {"curt-decline"}, set()),
    ("No es lo mío, prueba con otra persona.", "decline-referral", "stranger", {"curt-decline"}, set()),
]
INDIRECT += [
    (
        "Hola Tina, ¿te hago una pregunta rápida sobre tu equipo? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    ("Hola Tina, recuerda que el jueves es la charla. ¿Vienes?", "", "teammate", set(), {"pressure"}),
    (
        "Perdona lo del informe: fue una semana de locos y no lo revisé bien. Es mi error; te lo corrijo hoy.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", INDIRECT)
def test_indirect_wordings(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


@pytest.mark.parametrize(
    "text",
    [
        "Qué onda, carnal. ¿Me pasas el contacto de tu jefa de compras? Va, gracias",
        "Hola pana, ¿me presentas a tu amigo de Polar? Gracias",
        "Ey loco, ¿me pasás el mail de Juli? Gracias",
        "Holi! ¿Me presentas a tu jefa? Gracias",
        "Hola crack, ¿me pasas el contacto de Laura? Gracias",
        "Buenas, máquina, ¿me pasas el contacto de Laura? Gracias",
        "Amigui, ¿me pasas el contacto de Laura? Gracias",
        "Hola guapa, ¿me presentas a tu amiga de Zara? Gracias, un besito",
    ],
)
def test_nicknames_and_endearments_show_they_know_each_other(text):
    """With no relationship chosen, a nickname or endearment as the greeting shows the reader knows the writer: no
    "how we know each other" is wanted."""
    assert "connection-late" not in rules(text, "introduction")


def test_a_stranger_greeted_plainly_still_needs_the_connection():
    assert "connection-late" in rules("Hola Laura, ¿me presentas a tu jefa? Gracias", "introduction")


#: Self-talk led by a time or place ("Hace dos años dejé…", "En mi trabajo actual lidero…", "Actualmente estudio…"),
#: and a wish for oneself ("me gustaría pasarme a producto") that is no ask of the reader.
SELF_TALK = [
    (
        "Hola Irene:\n\nVi tu charla en el Codemotion. En mi trabajo actual lidero un equipo de cinco analistas. Hace dos años dejé la banca para entrar en una startup. Actualmente estudio un máster de IA por las tardes. Además doy clases de Python los sábados. ¿Podríamos hablar 15 minutos?\n\nGracias,\nNacho",
        "informational-interview",
        "stranger",
        {"about-me"},
        set(),
    ),
    (
        "Hola Irene:\n\nVi tu charla en el Codemotion. Yo soy ingeniero de datos desde 2018. Llevo tres años en Glovo. Me encargo de los pipelines de pagos. Me gustaría pasarme a producto. ¿Podríamos hablar 15 minutos?\n\nGracias,\nNacho",
        "informational-interview",
        "stranger",
        {"about-me"},
        set(),
    ),
    (
        "Hola Irene:\n\nVi tu charla en el Codemotion y me quedé con la idea de los equipos pequeños. ¿Cómo decidís qué proyectos entran en el trimestre? Yo trabajo en datos en Glovo y me pregunto si ese modelo funcionaría allí. ¿Tendrías 15 minutos?\n\nGracias,\nNacho",
        "informational-interview",
        "stranger",
        set(),
        {"about-me"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", SELF_TALK)
def test_self_talk_led_by_a_time_or_place(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Job asks in follow-ups, thank-yous, introductions and reconnects (#29), relayed in the conditional; saying what you
#: look for and asking how a team works stays clean.
EVERY_SITUATION = [
    (
        "Hola Sr. Ortiz, le escribo de nuevo tras su charla en la Cámara. ¿Me podría referir para la vacante de analista? Gracias",
        "follow-up",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Muchas gracias por la charla de ayer, Sra. Paz. Ya que estamos: ¿me recomendaría para la plaza de su equipo?",
        "thank-you-conversation",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Marga, ¿me presentarías a tu amiga de Iberia y le pedirías que me recomiende? Gracias",
        "introduction",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Marga, estoy buscando un puesto en data engineering, así que me encantaría entender cómo trabaja tu equipo. ¿Hablamos 20 minutos? Gracias",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Marga, ¡cuánto tiempo! Vi que ahora estás en Iberia. ¿Me recomendarías allí? Un abrazo",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", EVERY_SITUATION)
def test_job_asks_in_every_situation(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Awkward positions worded anew: past HR, a CV carried to the CEO, who else applied, a colleague's pay, management's
#: mail with a promise of silence, a guarantee or a signature for work never seen, interceding with management, "lo
#: mío" to the owner, the case study in advance; near misses that ask how things work.
AWKWARD = [
    (
        "Hola Edu, ¿podrías hablar con el director de tu área y pedirle que me entreviste directamente, sin pasar por RR. HH.? Gracias",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿le mandarías mi CV a tu CEO por WhatsApp? Así me salto la cola. Gracias",
        "introduction",
        "friend",
        {"awkward-position"},
        set(),
    ),
    ("Hola Edu, ¿me chivas quién más se ha presentado a la plaza? Gracias", "", "friend", {"awkward-position"}, set()),
    (
        "Hola Edu, ¿me cuentas cuánto le pagan a tu compañera que tiene mi mismo puesto? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿me reenvías el mail de dirección sobre los bonus? Prometo no decir nada. Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿me podrías avalar ante el banco? Aunque no hemos trabajado juntos, sabes que soy serio. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿podrías firmar que trabajé contigo en el proyecto de Iberdrola? Técnicamente no coincidimos, pero nadie lo va a comprobar. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿podrías interceder por mí ante la gerencia para que me aprueben el traslado? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, tu tío es el dueño de la constructora, ¿no? ¿Le podrías comentar lo mío? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Edu, ¿me adelantas de qué va el caso práctico de la entrevista del jueves? Nadie se entera. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    # near misses
    ("Hola Edu, ¿cómo es el proceso para entrar en tu empresa? Gracias", "", "friend", set(), {"awkward-position"}),
    (
        "Hola Edu, ¿qué tipo de preguntas suelen hacer en las entrevistas de tu equipo? Gracias",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Edu, ¿me presentarías a tu directora para pedirle consejo sobre el máster? Si no te parece bien, no pasa nada. Gracias",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
]
AWKWARD.append(
    (
        "Hola Elena, desde que trabajamos juntos han pasado muchas cosas. ¿Podrías pasar mi CV a tu jefa? ¡Gracias!",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    )
)


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD)
def test_awkward_positions_worded_anew(text, situation, relationship, must, must_not):
    """…and a CV to the reader's own manager is the ordinary referral route, not going over anyone's head."""
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A no with good wishes or somewhere useful to turn is kind; a bare "lo siento" is not.
KIND_NO = [
    (
        "No puedo ayudarte con la recomendación. ¡Éxitos en la búsqueda!",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline"},
    ),
    (
        "No puedo recomendarte, pero te sugiero escribir a Ana López, que lleva la selección. Que te vaya bien.",
        "decline-referral",
        "stranger",
        set(),
        {"curt-decline"},
    ),
    ("Ahora mismo no puedo, quizá más adelante. Ánimo con todo.", "kind-decline", "stranger", set(), {"curt-decline"}),
    ("No puedo ayudarte, ojalá encuentres algo pronto.", "kind-decline", "stranger", set(), {"curt-decline"}),
    ("No voy a poder esta vez, lo siento. Te deseo lo mejor.", "kind-decline", "stranger", set(), {"curt-decline"}),
    ("No me interesa. No me escriba más.", "kind-decline", "stranger", {"curt-decline"}, set()),
    ("No puedo. Lo siento.", "kind-decline", "stranger", {"curt-decline"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", KIND_NO)
def test_kind_no(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The application pushed along, someone like me hired, a first hire, a day rate; quiet leaks; a judgement of the
#: reader, a sacrifice held over them; blame caused by a provider, "though I did warn your team".
MORE_INDIRECT = [
    (
        "Hola Sr. Díaz, vi su charla. ¿Habría alguna posibilidad de una entrevista en su empresa? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sr. Díaz, vi su charla. ¿Podría empujar un poco mi candidatura para analista? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sr. Díaz, vi su charla. ¿Contrataría a alguien como yo? Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sr. Díaz, vi su charla. Si busca a su primer empleado, me interesa. Gracias",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sr. Díaz, vi su charla. Mi tarifa por día es de 300 euros, ¿le encaja para su próximo proyecto? Gracias",
        "client-or-collaborator",
        "stranger",
        {"job-ask"},
        set(),
    ),
    ("Hola Ana, ¿me pasas por lo bajo la lista de candidatos? Gracias", "", "friend", {"awkward-position"}, set()),
    (
        "Hola Ana, ¿me mandas en secreto el presupuesto del proyecto? Sin que nadie se entere. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ana, te escribí hace un mes y ni un 'recibido'. Muy poco profesional por tu parte. ¿Hablamos?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Ana, compré el billete de tren solo para verte, así que no me canceles. ¿Nos vemos el jueves?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Perdona la caída del servicio, fue causada por nuestro proveedor de IT, aunque ya avisé a tu equipo.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", MORE_INDIRECT)
def test_more_indirect(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Phone style: all lower case, no accents, abbreviations ("x", "porfa", "15 min").
PHONE = [
    ("hola! oye me podrias recomendar en tu chamba? porfa", "", "stranger", {"job-ask"}, set()),
    ("ola q tal, vi tu post. tenes algun laburo para pasarme? gracias", "", "stranger", {"job-ask"}, set()),
    ("perdon x la demora, el micro se retraso y no pude llegar", "apology", "acquaintance", {"apology-blame"}, set()),
    ("porfa pasame las preguntas de la entrevista, no le digo a nadie", "", "friend", {"awkward-position"}, set()),
    ("no. no me escribas mas", "kind-decline", "stranger", {"curt-decline"}, set()),
    (
        "hola, nos conocimos en la feria de empleo. tendrias 15 min para una llamada? gracias!",
        "informational-interview",
        "acquaintance",
        set(),
        {"job-ask", "connection-late", "no-question", "pressure"},
    ),
    ("ya te escribi 3 veces y nada. contestame hoy", "follow-up", "acquaintance", {"pressure"}, set()),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PHONE)
def test_phone_style(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Whole messages, every rule, in usted, vosotros and vos; a favour put as a condition ("si le dices que soy…").
WHOLE = [
    (
        "Buenas tardes, Sra. Aranda:\n\nCoincidimos en la mesa redonda de Mujeres en Logística en Zaragoza. Ahora que usted dirige la planta de Plaza, ¿podría hablar con el responsable de personal para que me tengan en cuenta en la próxima convocatoria? Se lo agradecería muchísimo.\n\nAtentamente,\nRaquel",
        "introduction",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola chicos:\n\nOs escribo porque estuvimos juntos en el bootcamp de Ironhack. ¿Podéis decirme si en vuestras empresas estáis buscando gente para QA? Me vendría genial. ¡Gracias!\n\nMarc",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Querida Lucía:\n\nSiento muchísimo no haber llegado a la comida con tu socio. Mi asistente me apuntó la cita para el día siguiente y el calendario no me avisó. Espero que lo entiendas.\n\nUn abrazo,\nMarta",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Estimado Sr. Vallejo:\n\nLe escribí el 3 de marzo y el 20 de marzo sin recibir respuesta. Entiendo que está ocupado, pero creo que un simple 'no' es lo mínimo. ¿Podría contestarme esta semana?\n\nGracias,\nTomás",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola Inés:\n\nTe escribo de parte de Joaquín Ruiz, que me habló de tu trabajo en la Fundación Once. Soy terapeuta ocupacional y me gustaría saber cómo es el paso de la clínica a la consultoría en accesibilidad. ¿Tendrías media hora en las próximas semanas? Si no te viene bien, lo entiendo perfectamente.\n\nMuchas gracias,\nElena",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask", "connection-late", "pressure", "about-me", "no-question", "unthanked-ask"},
    ),
    (
        "Hola Pedro, ¿me haces un favor? Tu cuñada es la directora financiera de Repsol, ¿no? Si le dices que soy de confianza, seguro que me da el puesto de controller. Nunca hemos trabajado juntos, pero ya me conoces del pádel. Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Señora Medina:\n\nNo puedo recomendar a alguien a quien no conozco. Le pido que no vuelva a escribirme por este tema.\n\nJ. Ortega",
        "decline-referral",
        "stranger",
        {"curt-decline"},
        set(),
    ),
    (
        "Hola Vero, ¡qué alegría tu ascenso a gerente! Te lo mereces. Ya que ahora contratás vos, ¿me tenés en cuenta para el equipo? Abrazo",
        "congratulate",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sergio:\n\nSoy Lola. Trabajé ocho años en hostelería. Luego estudié un ciclo de administración. Ahora hago prácticas en una gestoría. Me gustan mucho los números. Busco mi primer empleo en contabilidad. ¿Podrías darme algún consejo?\n\nGracias,\nLola",
        "starting-out",
        "stranger",
        {"about-me"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", WHOLE)
def test_whole_messages(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


@pytest.mark.parametrize(
    "text, late",
    [
        ("Hola Ana, ¿hablamos la semana que viene sobre tu trabajo en Inditex? Gracias", True),
        ("Hola Ana, ¿charlamos 15 minutos? Quiero saber cómo es tu trabajo en Inditex. Gracias", True),
        ("Hola Ana, hablamos en la feria de Ifema. ¿Tendrías 15 minutos? Gracias", False),
    ],
)
def test_a_proposal_in_the_present_is_no_shared_past(text, late):
    """ "¿Hablamos el jueves?" proposes a talk; "hablamos en la feria" recalls one. Only the second is a connection."""
    assert ("connection-late" in rules(text, "informational-interview", "stranger")) is late


@pytest.mark.parametrize(
    "text, late",
    [
        ("Hola Ana, en mi empresa trabajamos con datos de salud. ¿Tendrías 15 minutos? Gracias", True),
        ("Hola Ana, compartimos la pasión por el diseño. ¿Tendrías 15 minutos? Gracias", True),
        ("Hola Ana, trabajamos con tu equipo en el proyecto de Renfe. ¿Tendrías 15 minutos? Gracias", False),
        ("Hola Ana, ¿hablamos mañana? Quiero saber cómo es tu trabajo. Gracias", True),
    ],
)
def test_the_present_of_what_the_writer_does_is_no_shared_past(text, late):
    """Spanish "trabajamos" is both "we work" and "we worked": only with the reader ("con tu equipo") is it theirs."""
    assert ("connection-late" in rules(text, "informational-interview", "stranger")) is late


#: With no relationship given: a cold request without thanks, a met acquaintance, familiar talk.
NO_RELATIONSHIP = [
    (
        "Estimada Sra. Gil: leí su artículo sobre economía circular en El País. ¿Podría dedicarme 15 minutos para contarme cómo llegó a Ecoembes? Un saludo, Marta",
        "informational-interview",
        None,
        {"unthanked-ask"},
        set(),
    ),
    (
        "Hola Luis, nos conocimos en el congreso de Bilbao. ¿Tendrías 15 minutos para una llamada? Un saludo",
        "informational-interview",
        None,
        set(),
        {"unthanked-ask", "connection-late"},
    ),
    (
        "Hola Luis, ¿tienes 15 minutos para hablar de tu paso a producto? Un saludo",
        "informational-interview",
        None,
        {"connection-late"},
        set(),
    ),
    (
        "Querida Sonia, ¡cuánto tiempo sin vernos! ¿Me pasas el contacto de tu amiga de Zara? Un beso",
        "introduction",
        None,
        set(),
        {"connection-late", "unthanked-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NO_RELATIONSHIP)
def test_no_relationship_given(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


@pytest.mark.parametrize(
    "text, asks",
    [
        ("Hi Kevin! Vi tu talk en la conference de data. ¿Me haces un intro con tu hiring manager? Thanks", True),
        ("Hola Kevin, vi tu charla. ¿Me presentarías a tu responsable de selección? Gracias", True),
        (
            "Hola Kevin, vi tu charla. ¿Me presentarías a alguien de tu equipo de datos para preguntarle cómo trabajan? "
            "Gracias",
            False,
        ),
    ],
)
def test_an_introduction_to_whoever_hires_is_a_job_ask(text, asks):
    """Spanglish too: an intro to the hiring manager asks for the job; one to a future colleague asks for a talk."""
    assert ("job-ask" in rules(text, "informational-interview", "stranger")) is asks


@pytest.mark.parametrize(
    "text, pressed",
    [
        ("Hola Ana, ¿me pasas el contacto de Julia? Es urgente. Gracias", True),
        ("Hola Ana, ¿me pasas el contacto de Julia? Me corre prisa. Gracias", True),
        ("Hola Ana, ¿me pasas el contacto de Julia? No es urgente, cuando puedas. Gracias", False),
    ],
)
def test_urgency_pinned_on_the_favour(text, pressed):
    assert ("pressure" in rules(text, "introduction", "teammate")) is pressed


def test_the_literal_pre_check_never_changes_a_spanish_match():
    """Each Spanish phrase pattern runs its regular expression only when a word it needs is in the text; on every
    Spanish corpus message the quick pattern finds exactly what the expression finds (the speed oracle checks the
    findings on thousands more drafts)."""
    import tomllib
    from pathlib import Path

    from netkit.exercises.outreach import lint_phrases_es
    from netkit.exercises.outreach.lint_prefilter import QuickPattern

    patterns = [v for v in vars(lint_phrases_es).values() if isinstance(v, QuickPattern)]
    assert len(patterns) >= 30
    texts = []
    for path in sorted((Path(__file__).parent / "fixtures" / "messages").glob("*.es.toml")):
        for message in tomllib.loads(path.read_text("utf-8")).get("message", []):
            texts.append(message["text"])
    for pattern in patterns:
        for text in texts:
            quick = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert quick == [(m.start(), m.end()) for m in pattern.regex.finditer(text)], (pattern.pattern[:60], text)
            assert (pattern.search(text) is None) == (pattern.regex.search(text) is None)


# --------------------------------------------------------------------------- round 7 classes, each in two sets:
# the first set was written before the fix and fixed against; the second was written after it and never fixed
# against (its figure is the honest one for the class). Both are kept as tests.

#: connection-late must stay silent where the text shows the connection in a form of its own: where the writer found
#: the reader ("vi que trabajas en…"), a past exchange ("lo que me pidió", "como quedamos"), familiar talk with no
#: relationship given, a short no. Beside them, near misses that must still fire.
CONNECTION_SHOWN = [
    (
        "Hola, Carla: vi que trabajas en Glovo, en el equipo de datos. Estoy aprendiendo SQL y me encantaría saber "
        "cómo es tu día a día. ¿Tendrías 15 minutos esta semana? Gracias, Leo",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Vi que estás en el equipo de pagos de BBVA; yo también vengo de banca. ¿Te puedo preguntar cómo diste el "
        "salto a producto? Gracias, Rosa",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Estimada Dra. Salas: le mando el informe que me pidió la semana pasada. ¿Le parece bien que lo comentemos el "
        "viernes? Gracias, Julio",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Iñaki: como quedamos en la feria, te paso mi portafolio. ¿Cuándo te viene bien una llamada? Gracias, "
        "Bea",
        "",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Buenas tardes, Sra. Pardo. Disculpe la demora; aquí tiene los documentos que me solicitó. ¿Necesita algo "
        "más? Un saludo, Andrés",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Pedro: soy la que te preguntó por Kubernetes al final del meetup. ¿Me pasas las diapositivas? Gracias, "
        "Sol",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "¡Qué tal, güey! ¿Cómo vas? Oye, ¿me pasas el contacto de tu jefa de diseño? Quiero preguntarle por su "
        "equipo. Gracias, carnal",
        "introduction",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "¡Ey, parce! ¿Todo bien? Necesito un favorcito: ¿me presentas a tu prima la de Rappi? Gracias, hermano",
        "introduction",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Buenas, ¿cómo andás, boludo? ¿Me pasás el mail de tu amigo el de Globant? Quiero preguntarle cómo entró. "
        "¡Gracias, genio!",
        "introduction",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Esta vez no me va a ser posible, Sergio, pero ¡mucho ánimo con el proyecto!",
        "",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Ahora mismo no puedo, Mar, lo siento. ¡Suerte con la mudanza!",
        "",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Mariana: di con tu perfil buscando mentoras de UX en Guadalajara. ¿Te animarías a una videollamada "
        "corta? Gracias, Fer",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Buenos días, Sr. Quispe. Sé que usted lleva la cooperativa cafetalera de Villa Rica, lo leí en la web de la "
        "cámara. ¿Podría contarme cómo exportan? Muchas gracias, Rocío",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    # near misses: no connection in the opening
    (
        "Hola, Rita: estoy aprendiendo diseño y vi que trabajas en Canva. ¿Me cuentas cómo es tu equipo? Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Carla: ¿tendrías 15 minutos para contarme cómo es trabajar en datos? Vi que trabajas en Glovo. Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Mario: estoy buscando cambiar a producto y llevo meses estudiando. ¿Podrías contarme cómo empezaste? "
        "Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Vero: vi que ahora estás en Cencosud. ¿Me contás cómo es el equipo? Gracias",
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Andrés, ¿qué tal? Quería preguntarte por las prácticas en tu empresa. ¿Tienes un rato? Gracias",
        "informational-interview",
        None,
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Luis: te escribo porque necesito consejo sobre el máster. ¿Qué me recomiendas? Gracias",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", CONNECTION_SHOWN)
def test_the_connection_shown_in_forms_of_its_own(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for the class above, written after the fix and never fixed against.
CONNECTION_SHOWN_SECOND = [
    (
        "Buen día, Ing. Cárdenas. Leí que usted dirige la planta de Arca Continental en Guadalupe. ¿Podría contarme "
        "qué certificaciones valoran más? Muchas gracias, Abril",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Joaquín: te mando el enlace al repositorio que me pediste en el hackathon. ¿Le echas un vistazo cuando "
        "puedas? Gracias, Dani",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Ceci. Tal como acordamos el martes, te adjunto mi propuesta de talleres. ¿Te parece si la vemos la "
        "semana que viene? Gracias, Maite",
        "client-or-collaborator",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "¡Quiubo, mano! ¿Cómo va todo por Bogotá? Oye, ¿me pasas el número de tu socio el del estudio de animación? "
        "Gracias, parce",
        "introduction",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Por ahora no puedo, Rodrigo, pero gracias por acordarte de mí.",
        "",
        "acquaintance",
        set(),
        {"connection-late", "curt-decline"},
    ),
    (
        "Estimada Sra. Ibáñez: soy el que le consultó por el programa de becas al final de la jornada de puertas "
        "abiertas. ¿Podría enviarme el folleto? Gracias, Mateo",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    # near misses
    (
        "Hola, Ingrid: me estoy formando en ciberseguridad y he visto que trabajas en Entelgy. ¿Tendrías 20 minutos? "
        "Gracias, Raúl",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Buenas, Sr. Lozano. Me gustaría conocer cómo funciona la exportación de vino a China. ¿Podría dedicarme "
        "media hora? Gracias, Elena",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Marcos: ahora no puedo pagar un curso de UX. ¿Me recomendarías recursos gratuitos para empezar? "
        "Gracias, Lía",
        "informational-interview",
        "stranger",
        {"connection-late"},
        {"curt-decline"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", CONNECTION_SHOWN_SECOND)
def test_the_connection_shown_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Pressure put as a hint or a sigh: a group that "should help each other", the answer taken for granted, the reader
#: promised to others, a silence counted in days, a reproach dressed as resignation, a favour called in. Beside them,
#: the same situations with no pressure in them.
PRESSURE_HINTED = [
    (
        "Hola, Ruth: entre paisanos tenemos que echarnos una mano, ¿no? ¿Me pasas el contacto de tu jefe? Gracias",
        "introduction",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Germán: confío en que no me vas a dejar colgado con esto. ¿Me revisas el CV esta semana? Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Sole. Ya les dije a mis compañeros de la ONG que vos ibas a dar la charla. ¿Me confirmás? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Nerea: llevo dos semanas esperando tu respuesta sobre la carta. ¿Podrías decirme algo? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Jaime. Veo que ya no respondes mis correos desde que te ascendieron. En fin. ¿Tendrías un rato? Gracias",
        "reconnect",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Lucía: claro, ahora que eres directora ya no tienes tiempo para los de abajo. ¿Me contestas al menos "
        "lo del taller? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Beto. Bueno, ya me lo esperaba: nadie contesta a los recién egresados. Gracias de todas formas.",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Rebe: te acordarás de que te cubrí todo agosto. Pues ahora necesito que me cubras tú el jueves. "
        "¿Puedes? Gracias",
        "",
        "teammate",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Marcelo: imagino que no me vas a negar una llamadita, después de tantos asados juntos. ¿El martes? "
        "Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Inés: hace ya un mes que te mandé el portafolio y ni un triste «lo vi». ¿Lo pudiste mirar? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Tere. No sé si te llegó mi mensaje o si simplemente no te interesa lo que te cuento. ¿Me dices algo? "
        "Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Sara. Ya van dos semanas sin saber nada de ti. ¿Pudiste leer mi propuesta? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Pili: entre mujeres en tecnología deberíamos apoyarnos, así que cuento con tu voto para la beca. "
        "¿Me lo das? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Kike: mi madre ya le contó a toda la familia que me ibas a meter en tu empresa. ¿Me llamas? Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    # near misses: the same situations, nobody pressed
    (
        "Hola, Nerea: te escribí hace dos semanas sobre la carta. Sé que estás liadísima, así que sin prisa. "
        "¿Pudiste verla? Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Jaime: nos conocimos en la boda de Olga y vi que te ascendieron, ¡enhorabuena! ¿Tendrías un rato "
        "para contarme cómo fue? Gracias",
        "informational-interview",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Sole: les conté a mis compañeros de la ONG lo de tu charla y les encantó la idea. ¿Te animarías a "
        "darla? Sin compromiso. Gracias",
        "",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Rebe: ¿me podrías cubrir el jueves? Yo te cubro cuando lo necesites. Gracias",
        "",
        "teammate",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Marcelo: llevo dos semanas aprendiendo Python con tu curso y me encanta. ¿Tienes un rato para dudas? "
        "Gracias",
        "",
        "friend",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Inés: hace un mes te mandé el portafolio; ningún apuro. ¿Lo pudiste mirar? Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Pili: en la asociación de mujeres en tecnología nos apoyamos mucho. ¿Te interesaría presentarte a la "
        "beca? Gracias",
        "",
        "acquaintance",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_HINTED)
def test_pressure_put_as_a_hint(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for pressure put as a hint, written after the fix and never fixed against.
PRESSURE_HINTED_SECOND = [
    (
        "Hola, Ale: entre egresados de la misma facultad uno tiene que apoyarse, ¿o no? ¿Me das una mano con la "
        "entrevista? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Caro. Ya son tres semanas sin una palabra tuya. ¿Leíste mi propuesta? Gracias",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Raúl: le comenté a mi jefa que usted nos daría la formación en marzo. ¿Me confirma las fechas? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Querida Amparo: supongo que ya te habrás olvidado de mí, como todos. ¿Te acuerdas del proyecto de Cádiz? "
        "Un beso",
        "reconnect",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Fede: vos sabés que yo siempre estuve cuando me necesitaste. ¿Me das una mano con la mudanza el "
        "sábado? Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Estimado Sr. Vidal: es mi cuarto correo. Entiendo que está ocupado, pero una respuesta no cuesta nada. "
        "¿Podría contestarme? Gracias",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    # near misses
    (
        "Hola, Caro: hace tres semanas te mandé la propuesta; entiendo que son semanas de cierre. ¿La pudiste ver? "
        "Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Fede: ¿te vendría bien echarme una mano con la mudanza el sábado? Si no puedes, no pasa nada. Gracias",
        "",
        "friend",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Raúl: le comenté a mi jefa que quizá podríamos invitarle a dar la formación. ¿Le interesaría? Gracias",
        "",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Querida Amparo: ¡cuánto tiempo! Me acordé de ti al pasar por Cádiz. ¿Cómo estás? Un beso",
        "reconnect",
        "acquaintance",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_HINTED_SECOND)
def test_pressure_put_as_a_hint_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Blame by implication: someone else or something else is the subject of what went wrong ("Iberia me canceló el
#: vuelo", "la mensajería lo entregó en la dirección equivocada", "así no hay manera"), and nothing owns it after.
#: Beside them, the same apologies owned.
BLAME_IMPLIED = [
    (
        "Hola, Rosa: perdona que no llegara a la reunión. El autobús de la línea 27 no pasó en media hora y no tenía "
        "otra forma de ir. Nos vemos el jueves.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Estimado Sr. Gómez: lamento el retraso en la entrega. Nuestro proveedor de Valencia nos falló a última hora. "
        "Le enviaré el pedido el lunes.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola, Maite: siento no haberte mandado el informe. Es que el becario me borró la carpeta compartida. Te lo "
        "paso mañana.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpa, Quique, por lo de ayer. Zoom se cerró solo tres veces; así no hay manera de dar una clase.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola, Julia: perdón por el error en la factura. Contaduría me cargó los datos del cliente equivocado.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento no haber asistido, Sra. Ponce. Iberia me canceló el vuelo y me dejó tirada en Barajas.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdóname, Vane, por no contestar. Movistar me tuvo sin línea cinco días.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento lo del pedido, Álex. La mensajería lo entregó en la dirección equivocada.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpe, Dr. Paredes, que la presentación saliera así. Los datos del laboratorio eran un desastre. No fue "
        "culpa de nadie del equipo.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola, Tomás: perdona el malentendido. Tu asistente me apuntó la cita para el martes y no para el lunes.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento mucho lo de la feria, Sra. Vera. El montaje de la organización falló y nos quedamos sin stand.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdón, profe, por entregar tarde. La plataforma del campus rechazó mi archivo dos veces. Ya está subido.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    # near misses: the cause named, and owned
    (
        "Hola, Rosa: perdona que no llegara a la reunión. El autobús no pasó, pero debí salir antes; no volverá a "
        "pasar.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    (
        "Estimado Sr. Gómez: lamento el retraso en la entrega. Calculé mal los plazos del proveedor; es "
        "responsabilidad mía. Le envío el pedido el lunes.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Hola, Maite: siento no haberte mandado el informe. Se me pasó por completo; te lo paso mañana a primera hora.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    (
        "Disculpa, Quique, por lo de ayer: no probé la conexión antes de la clase. La próxima vez lo reviso con "
        "tiempo.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Perdóname, Vane, por no contestar. Estuve desbordada y lo dejé pasar; no tengo excusa.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento lo del pedido, Álex: me equivoqué de dirección al rellenar el formulario. Ya pedí que lo reenvíen.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", BLAME_IMPLIED)
def test_blame_by_implication(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for blame by implication, written after the fix and never fixed against.
BLAME_IMPLIED_SECOND = [
    (
        "Hola, Chelo: perdona que el catering llegara frío. El restaurante nos mandó a un repartidor nuevo que se "
        "perdió. Ya hablé con ellos.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpe la demora, Sra. Miranda. La paquetería retuvo el envío en aduanas una semana entera.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento lo de la cena, Lalo. El local cerró sin avisar y los demás no contestaban en el grupo.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        # an unnamed "they" ("lo dejaron") as the cause: read since round 8 (BLAME_ON_THEM)
        "Perdona, Irene, que no te mandara el contrato. Lo tenían que firmar en Legal y lo dejaron para el final.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento lo del informe, don Julio. Los números de Finanzas no cuadraban, así que no pude terminarlo.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola, Marta: siento la confusión con la fecha. El calendario compartido me marcó la reunión para el día 14.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # near misses
    (
        "Hola, Chelo: perdona que el catering llegara frío. Elegí un restaurante que no conocía; la próxima vez lo "
        "pruebo antes.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Disculpe la demora, Sra. Miranda. El envío se retrasó en aduanas, pero debí mandarlo con más margen.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento lo de la cena, Lalo: se me olvidó confirmar la reserva. Te invito yo la próxima.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Lamento lo del informe, don Julio: me confundí con los números de Finanzas y no lo revisé a tiempo. Se lo "
        "mando hoy corregido.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", BLAME_IMPLIED_SECOND)
def test_blame_by_implication_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A third set for blame by implication, written after the second fix (the account's subject is someone else) and
#: never fixed against.
BLAME_IMPLIED_THIRD = [
    (
        "Perdona, Nacho, por llegar tarde al ensayo. El ascensor del edificio se quedó atascado media hora.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento el malentendido con el presupuesto, Sr. Ferrer. Su departamento de compras nos pidió otra cifra y "
        "nosotros solo la copiamos.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento no haber mandado las fotos, Mari. Los del laboratorio tardaron dos semanas en revelarlas.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Hola, Bruno: perdón por el lío del viernes. Las instrucciones del cliente venían en inglés y nadie las "
        "tradujo.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # near misses
    (
        "Perdona, Nacho, por llegar tarde al ensayo. Salí con el tiempo justo y me quedé media hora en el ascensor; "
        "la próxima vez salgo antes.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento no haber mandado las fotos, Mari. Las dejé en el laboratorio más de lo previsto; culpa mía.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Lamento muchísimo lo de tu tío, Carmen. La familia nos avisó ayer por la tarde. Un abrazo fuerte.",
        "",
        "friend",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", BLAME_IMPLIED_THIRD)
def test_blame_by_implication_third_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: What is no request and needs no question, and what shows the connection in a past exchange with the reader: the
#: introduction made ("os presento"), a treat offered ("me encantaría invitarte a un café"), "me comentaste", "lo que
#: contaste", "gracias otra vez por…". Beside them, requests stated without a question, and openings with no
#: connection, that must still be flagged.
NOT_ASKED_AND_SHOWN = [
    (
        "Hola, Rocío y Dani: Rocío, Dani es el ebanista del que te hablé. Dani, Rocío abre una tienda de muebles en "
        "Cádiz. Los dos queríais conoceros, así que os presento. ¡Suerte! Tere",
        "make-introduction",
        None,
        set(),
        {"no-question"},
    ),
    (
        "Hola Juan y Pedro: les presento. Juan lleva la logística de Frutas Sur; Pedro busca un socio para exportar. "
        "Ya hablé con los dos y les encantó la idea. ¡Éxitos! Marce",
        "make-introduction",
        None,
        set(),
        {"no-question"},
    ),
    (
        "Queridas Ana y Lola: aquí las dejo conectadas, que ya sé que tienen mucho de qué hablar. Un abrazo, Bea",
        "make-introduction",
        None,
        set(),
        {"no-question"},
    ),
    (
        "Mil gracias por la charla del martes, Sr. Rivas. Su consejo me ayudó mucho. Si algún día viene a Quito, me "
        "encantaría invitarle a un almuerzo. Un saludo, Pablo",
        "thank-you",
        "acquaintance",
        set(),
        {"no-question"},
    ),
    (
        "¡Gracias por todo, Lupe! Cuando vuelvas a Monterrey me encantaría llevarte a cenar. Abrazo, Memo",
        "thank-you",
        "friend",
        set(),
        {"no-question"},
    ),
    (
        "Hola, Marga: en la cena de la asociación me comentaste que conoces a la directora del museo. Me gustaría "
        "preguntarle por las prácticas. ¿Te importaría presentarnos? Gracias, Alba",
        "introduction",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Santi, me quedé pensando en lo que contaste en la mesa redonda sobre cooperativas. ¿Tendrías un rato "
        "para seguir la conversación? Gracias, Flor",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Rosa: gracias otra vez por el café de la semana pasada. Terminé el curso que me dijiste. ¿Qué "
        "harías ahora tú? Juliana",
        "reconnect-advice",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Mica, tu posteo sobre el paso de editorial a UX circuló por todo el curso. ¿Con qué proyecto "
        "arrancarías vos? ¡Gracias! Nico",
        "starting-out",
        None,
        set(),
        {"connection-late"},
    ),
    (
        "Buenas, Sr. Paredes. Como me dijo usted en la feria, le escribo para lo del voluntariado. ¿Cuándo empiezan? "
        "Gracias, Leo",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
    ),
    # near misses: an ask stated as a wish, a request with no question; openings with no connection
    (
        "Hola, Marga: me encantaría que me presentaras a la directora del museo. Gracias, Alba",
        "introduction",
        "acquaintance",
        {"no-question"},
        set(),
    ),
    (
        "Hola, Sr. Rivas: me encantaría que me diera media hora para hablar de su sector. Gracias, Pablo",
        "informational-interview",
        "stranger",
        {"no-question"},
        set(),
    ),
    (
        "Hola Santi, estoy armando una cooperativa de diseño. ¿Tendrías un rato para contarme cómo empezaste? "
        "Gracias, Flor",
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
    (
        "Hola, Rosa: terminé el curso de SAP y dudo entre un máster o buscar trabajo. ¿Qué harías tú? Gracias, Juliana",
        "reconnect-advice",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NOT_ASKED_AND_SHOWN)
def test_nothing_asked_and_the_connection_in_a_past_exchange(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for the class above, written after the fix and never fixed against.
NOT_ASKED_AND_SHOWN_SECOND = [
    (
        "Hola, Vale y Nico: tal como hablamos, os pongo en contacto. Vale organiza ferias de cómic; Nico dibuja "
        "fanzines. ¡A disfrutar! Carla",
        "make-introduction",
        None,
        set(),
        {"no-question"},
    ),
    (
        "Gracias de nuevo por recibirme, Sra. Olmos. Cuando venga a Rosario, la invito a comer al puerto. Saludos, "
        "Tomás",
        "thank-you",
        "acquaintance",
        set(),
        {"no-question"},
    ),
    (
        "Hola, Fede: en el asado del sábado mencionaste que tu estudio busca ilustradores. ¿Me contás cómo trabajan? "
        "Gracias, Juli",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Estimado Sr. Ortiz: tal y como me indicó en la feria de empleo, le envío mi portafolio. ¿Podría revisarlo? "
        "Gracias, Vera",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    (
        "Hola, Lina: seguí tu consejo de la charla del jueves y me apunté al bootcamp. ¿Qué proyecto me recomiendas "
        "para empezar? Gracias, Dani",
        "starting-out",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    # near misses
    (
        "Hola, Vale: me gustaría que me pusieras en contacto con Nico, el de los fanzines. Gracias, Carla",
        "introduction",
        "friend",
        {"no-question"},
        set(),
    ),
    (
        "Hola, Sra. Olmos: nos vimos en la feria. Me encantaría que me invitara a la próxima reunión del comité. "
        "Gracias, Tomás",
        "informational-interview",
        "acquaintance",
        {"no-question"},
        set(),
    ),
    (
        "Hola, Fede: estoy buscando estudios de ilustración en Córdoba. ¿Me contás cómo trabajan en el tuyo? "
        "Gracias, Juli",
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NOT_ASKED_AND_SHOWN_SECOND)
def test_nothing_asked_and_the_connection_in_a_past_exchange_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A job or a referral asked as a wish or a hint: "si armás equipo, pensá en mí", "ya sabes dónde estoy", "ojalá sea
#: yo", "¿me podrías meter ahí?", "¿le preguntarías si necesita a alguien más?", "que mi CV llegara a manos de su
#: jefe". Beside them, wishes that ask for nothing for the writer, and questions about the work.
JOB_HINTED = [
    (
        "¡Felicidades por la nueva agencia, Rocío! Si algún día buscáis redactora, acordaos de mí. Un abrazo, Paula",
        "congratulate",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "¡Enhorabuena por el ascenso, Toni! Si necesitas a alguien de confianza en tu equipo, ya sabes dónde "
        "encontrarme. Un abrazo",
        "congratulate",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hola, Sr. Medina: vi que abre una clínica en Puebla. Cuando contrate a su primera enfermera, ojalá sea yo. "
        "Saludos, Karla",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Cris, tanto tiempo. Vi que en tu empresa están buscando gente. ¿Me podrías meter ahí? Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Lucho, hace años que no hablamos. ¿Tu hermano sigue con la constructora? ¿No le preguntarías si "
        "necesita un arquitecto más? Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Buenos días, Dra. Pinto: la encontré en el directorio de egresados. Me haría muy feliz que mi currículum "
        "llegara a manos de su directora. Mil gracias, Luz",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "¡Felicitaciones, Pato! Si armás equipo nuevo, pensá en mí. Abrazo, Nico",
        "congratulate",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola, Marisa: leí tu artículo sobre agroecología. Si en tu cooperativa hiciera falta una técnica, aquí me "
        "tienes. Gracias, Irene",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola, Quique: te vi en la charla de Tech Madrid. Me encantaría formar parte de tu equipo. Gracias, Ana",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Vane, ¿cómo va la vida? Oye, ¿no habrá un huequito para mí en tu restaurante? Gracias",
        "reconnect",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # near misses: nothing asked for the writer, or a question about the work
    (
        "¡Felicidades por la nueva agencia, Rocío! Ojalá te vaya genial. Un abrazo, Paula",
        "congratulate",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "¡Enhorabuena por el ascenso, Toni! Si necesitas algo para la mudanza, ya sabes dónde encontrarme. Un abrazo",
        "congratulate",
        "friend",
        set(),
        {"job-ask"},
    ),
    (
        "Hola, Marisa: leí tu artículo sobre agroecología. ¿Qué formación pide tu cooperativa a sus técnicas? "
        "Gracias, Irene",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hola, Quique: te vi en la charla de Tech Madrid. Me encantaría saber cómo es trabajar en tu equipo. "
        "¿Tendrías 15 minutos? Gracias, Ana",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_HINTED)
def test_a_job_asked_as_a_wish_or_a_hint(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Pressure by a commitment made for the reader in the present, by "everyone else already did", by a deadline on
#: the reader's favour in the plural. Beside them, the same facts with no pressure.
PRESSURE_COMMITTED = [
    (
        "Ya le dije a la jefa que tú me ayudas con el informe del lunes. ¿Vale?",
        "",
        "teammate",
        {"pressure"},
        set(),
    ),
    (
        "Che Lu, ya le avisé al comité que la carta la mandás vos. ¡Gracias, genia!",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Pato, para la muestra ya confirmaron todos los estudios, solo falta el de ustedes. ¿Se suman? Gracias",
        "client-or-collaborator",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Irene: todos los ponentes han mandado ya su resumen; solo faltas tú. ¿Me lo pasas? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Necesito tus comentarios sobre mi carta para mañana a primera hora. Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Elena: la verdad es que esperaba algo más de alguien que siempre habla de ayudar a los jóvenes. "
        "¿Podríamos hablar? Gracias",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Tito: le comenté a mi socio que vos nos hacés la presentación el jueves. ¿Te va? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Sr. Pineda: necesito sus firmas en el convenio antes del viernes. ¿Me las envía? Gracias",
        "",
        "stranger",
        {"pressure"},
        set(),
    ),
    # near misses
    (
        "Le conté a la jefa que a lo mejor me echas una mano con el informe, si te viene bien. ¿Te cuadra?",
        "",
        "teammate",
        set(),
        {"pressure"},
    ),
    (
        "Hola Pato, para la muestra ya confirmaron varios estudios. ¿Les interesaría sumarse? Sin compromiso. Gracias",
        "client-or-collaborator",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Irene: el plazo para los resúmenes de los ponentes cierra el viernes, por si te interesa. Gracias",
        "",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Cuando puedas, me vendrían bien tus comentarios sobre mi carta. Sin prisa. Gracias",
        "",
        "friend",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_COMMITTED)
def test_pressure_by_a_commitment_or_everyone_else(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for a job asked as a wish or a hint, written after the fix and never fixed against.
JOB_HINTED_SECOND = [
    (
        "¡Qué alegría lo de tu bufete, Elvira! Si en algún momento contratáis a una abogada laboralista, aquí me "
        "tienes. Besos, Marta",
        "congratulate",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Kike, ¿cómo va todo? Vi que tu estudio crece. ¿No tendrás un lugarcito para un dibujante más? Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Estimado Sr. Barrios: leí su entrevista en la revista de la cámara. Me ilusionaría mucho trabajar en su "
        "constructora. Gracias, Ramiro",
        "informational-interview",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "¡Felicidades por la cafetería, Anto! Cuando busques barista, pensá en mí. Abrazo",
        "congratulate",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Hola, Dra. León: la conocí en el congreso de pediatría. ¿Podría preguntarle a su jefe de servicio si "
        "necesitan una residente más? Gracias, Clara",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # near misses
    (
        "¡Qué alegría lo de tu bufete, Elvira! Si algún día necesitas una mano con la inauguración, aquí me tienes. "
        "Besos, Marta",
        "congratulate",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Estimado Sr. Barrios: leí su entrevista en la revista de la cámara. ¿Qué cualidades busca en un jefe de "
        "obra joven? Gracias, Ramiro",
        "informational-interview",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "¡Felicidades por la cafetería, Anto! Cuando abras, pienso ir el primer día. Abrazo",
        "congratulate",
        "friend",
        set(),
        {"job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_HINTED_SECOND)
def test_a_job_asked_as_a_wish_or_a_hint_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for pressure by a commitment or "everyone else", written after the fix and never fixed against.
PRESSURE_COMMITTED_SECOND = [
    (
        "Hola, Caro: ya le confirmé a la organizadora que vos moderás la mesa del sábado. ¿Todo bien? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Jorge: todos los del grupo ya pusieron su parte para el regalo de Ana, menos tú. ¿Me haces el Bizum? "
        "Gracias",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Estimada Sra. Campos: el resto de los patrocinadores ya firmó. ¿Podría enviarnos su firma hoy? Gracias",
        "client-or-collaborator",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola, Iván: les prometí a mis alumnos que tú les dabas la charla de robótica. ¿Me confirmas? Gracias",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    # near misses
    (
        "Hola, Caro: la organizadora me preguntó si te interesaría moderar la mesa del sábado. ¿Qué te parece? Gracias",
        "",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola, Jorge: estamos juntando para el regalo de Ana; si te apetece sumarte, genial, y si no, ningún "
        "problema. Gracias",
        "",
        "friend",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_COMMITTED_SECOND)
def test_pressure_by_a_commitment_or_everyone_else_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A good word or a reference asked for what the reader has not seen, or the writer's name slipped to someone
#: senior, put indirectly. Beside them, a reference from someone who has seen the work, and questions about the route.
AWKWARD_INDIRECT = [
    (
        "Hola Sara, dile a tu jefa que conoces mi trabajo de cerca, aunque nunca hayamos coincidido. ¡Gracias!",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Dani, ¿me firmarías una carta diciendo que hice las prácticas contigo? Total, nadie lo va a comprobar. "
        "Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Nina, si en la cena con tu directora sale mi nombre de casualidad, no me voy a enfadar. ¿Me harías ese "
        "favor? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Luis, ¿podrías comentarle a tu gerente lo mucho que valgo? No conoces mi trabajo, pero te caigo bien. "
        "Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Rafa, ¿podrías deslizarle mi nombre al director general en la reunión del lunes? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Bea, ¿me recomendarías ante tu socia como si me conocieras de años? Solo nos vimos una vez, pero da "
        "igual. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Pablo, si alguien de recursos humanos te llama, ¿les dices que fui tu mano derecha? Nunca trabajamos "
        "juntos, pero no lo van a chequear. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    # near misses
    (
        "Hola Pablo, ¿te parece bien que te ponga como referencia? Trabajamos juntos tres años en Ferrovial. Gracias",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Luis, ¿sabes si tu directora acepta mensajes directos de candidatos, o es mejor ir por recursos "
        "humanos? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Rafa, no te pido que hables con tu director, solo quería saber cómo es el proceso. ¿Me lo cuentas? "
        "Gracias",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD_INDIRECT)
def test_a_good_word_asked_indirectly(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for a good word asked indirectly, written after the fix and never fixed against.
AWKWARD_INDIRECT_SECOND = [
    (
        "Hola Tere, ¿le podrías soltar mi nombre a tu vicepresidenta cuando la veas? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Iker, ¿me pones en tu lista de referencias como si hubiéramos trabajado juntos? En realidad solo "
        "coincidimos en un curso. Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Nacho, cuando hables con el director, ¿le cuentas lo bien que trabajo? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Vero, ¿podrías decirle a tu socio que yo llevé la cuenta de Bimbo? Nunca lo viste, pero te lo juro. "
        "Gracias",
        "",
        "acquaintance",
        {"awkward-position"},
        set(),
    ),
    # near misses
    (
        "Hola Tere, ¿crees que tendría sentido que le escribiera yo directamente a tu vicepresidenta? Gracias",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Iker, ¿me dejarías ponerte como referencia? Trabajamos dos años juntos en el mismo proyecto. Gracias",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD_INDIRECT_SECOND)
def test_a_good_word_asked_indirectly_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A no given as a reason ("no sería justo que te recomendara", "prefiero no recomendar a quien no conozco") is a
#: refusal: no request in it needs a question, however it goes on ("ahí puedes preguntar lo que quieras").
NO_BY_A_REASON = [
    (
        "Hola, Daniela: gracias por pensar en mí. No conozco tu trabajo, así que no sería justo que te recomendara. "
        "En la feria de empleo puedes preguntar lo que quieras. Suerte, Mercedes",
        "decline-referral",
        "stranger",
        set(),
        {"no-question", "curt-decline"},
    ),
    (
        "Hola Tomás, gracias por escribirme. Prefiero no recomendar a personas con las que no he trabajado. Puedes "
        "mirar las ofertas en nuestra web. Un saludo",
        "decline-referral",
        "stranger",
        set(),
        {"no-question", "curt-decline"},
    ),
    (
        "Estimado Sr. Vidal: le agradezco el mensaje. No me parece correcto recomendarle sin conocer su trabajo. "
        "Le deseo suerte.",
        "decline-referral",
        "stranger",
        set(),
        {"no-question", "curt-decline"},
    ),
    (
        "No sería justo recomendarte. Puedes aplicar por la web.",
        "decline-referral",
        "stranger",
        {"curt-decline"},
        {"no-question"},
    ),
    # near miss: an ask, not a no
    (
        "Hola Ana, no sería justo pedirte más de diez minutos, así que me encantaría que me contaras cómo llegaste a "
        "producto. Gracias",
        "informational-interview",
        "acquaintance",
        {"no-question"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NO_BY_A_REASON)
def test_a_no_given_as_a_reason(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for a no given as a reason, written after the fix and never fixed against.
NO_BY_A_REASON_SECOND = [
    (
        "Hola Iván, gracias por acordarte de mí. Como no hemos trabajado juntos, no me parecería honesto avalarte "
        "ante mi jefa. Puedes escribir a selección directamente. ¡Suerte!",
        "decline-referral",
        "acquaintance",
        set(),
        {"no-question", "curt-decline"},
    ),
    (
        "Buenas, Carla. Te agradezco la confianza, pero prefiero no presentar a gente que no conozco bien. Ojalá "
        "encuentres algo pronto.",
        "decline-referral",
        "stranger",
        set(),
        {"no-question", "curt-decline"},
    ),
    (
        "Hola Luis: no es justo que te pida esto sin conocerte, pero me encantaría que me presentaras a tu jefa. "
        "Gracias",
        "introduction",
        "stranger",
        {"no-question"},
        set(),
    ),
    (
        "Lo siento, no sería serio recomendarte.",
        "decline-referral",
        "stranger",
        {"curt-decline"},
        {"no-question"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", NO_BY_A_REASON_SECOND)
def test_a_no_given_as_a_reason_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A good word with the reader's leadership, however it is put (round 8): any verb of telling or carrying with the
#: writer as what is told ("hablarle de mí a tu supervisora", "que le mencionara mi nombre al gerente", "dejarles
#: caer que estoy disponible"), to a boss however named ("tu superior", "los de arriba", "el decano"). Asked of someone
#: who may not know the writer it is a job ask too (the reader's leadership, not the hiring route). Beside them, the
#: writer acting, a refusal, the writer's own boss, a question about what the boss values.
AWKWARD_LEADERSHIP = [
    (
        "Hola Clara, nos conocimos en el congreso de enfermería de Valencia. ¿Podrías hablarle de mí a tu "
        "supervisora? Está buscando gente para la UCI. Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Buenas, Sr. Medina: coincidimos en la feria de Expoagro. Me encantaría que le mencionara mi nombre "
        "al gerente de planta cuando surja la vacante. Muchas gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Che, Facu, ¿le podés tirar un buen comentario sobre mí a tu jefe? Así me llama para la entrevista. "
        "Gracias, genio",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Irene, sé que los socios del despacho confían mucho en ti. Si les dijeras algo bueno de mí, "
        "seguro que me tienen en cuenta para la plaza. Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Oye Marcos, ¿podrías saltarte a tu jefe y llevarle mi propuesta directamente a la directora "
        "comercial? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Estimada Lic. Paredes: vi su ponencia en el foro de recursos humanos de Lima. Le agradecería que "
        "recomendara mi perfil a los de arriba; sé que su palabra pesa. Gracias",
        "",
        "stranger",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Hola Tomás, ¿te animarías a comentarle a tu superior que yo podría llevar el proyecto de Chile? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Ane, ¿le harías llegar mi CV a tu directora con unas palabras tuyas? Solo nos vimos una vez en "
        "el máster. Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Profe, ¿usted podría interceder por mí ante el decano para la plaza de ayudante? Muchas gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Hola Vane, ¿me harías el favor de ponerme en buen lugar con tu jefa? Trabajamos juntas en el "
        "hospital. Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Buenas tardes, Ing. Salas: nos presentó Jorge en el asado. ¿Habría forma de que usted me recomiende "
        "con el dueño de la constructora? Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Hola Jon, nos vimos en la boda de Leire. Sé que eres amigo del CEO. ¿Le podrías decir que valgo la "
        "pena para el puesto de producto? Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    (
        "Querida Maite: tú que tienes línea directa con la gerencia, ¿podrías dejarles caer que estoy "
        "disponible para dirigir la tienda nueva? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    # near misses
    (
        "Hola Clara, ¿crees que sería buena idea que yo le escribiera directamente a tu supervisora? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Irene, no te pido que hables con los socios; solo quería saber cómo es el proceso para la "
        "plaza. ¿Me lo cuentas? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Tomás, mi jefe me habló muy bien de ti. ¿Te apetece un café la semana que viene? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position", "job-ask"},
    ),
    (
        "Hola Ane, ¿qué valora tu directora cuando contrata a alguien para el equipo? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position", "job-ask"},
    ),
    (
        "Hola Marcos, ya le mandé mi CV a tu jefa por el portal, como me dijiste. ¡Gracias por la pista!",
        "",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Jon, cuando hables con tu jefe, dale recuerdos de mi parte. ¡Un abrazo!",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD_LEADERSHIP)
def test_a_good_word_with_the_leadership(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for a good word with the leadership, written after the fix and measured once (1 of 6 found, 0 of 3
#: near misses flagged): naming verbs with the writer as their object ("nombrarme", "¿me recomendarías?"), the senior
#: person far from the verb, "me ayudaría que" as an ask, a proposal carried to a regional manager. The first and the
#: third lesson were then read as structure (the writer as the object of a naming verb; "me ayudaría que" as an ask):
#: three cases pass since, so the honest figure after that is the third set below.
AWKWARD_LEADERSHIP_SECOND = [
    (
        "Hola Rocío, ¿me harías la gauchada de nombrarme delante de tu gerente cuando se arme el equipo nuevo? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    pytest.param(
        "Estimado Sr. Ibáñez: coincidimos en el seminario de riego de Mendoza. ¿Sería posible que usted le "
        "hablara a la dueña de la bodega sobre mí para el puesto de enólogo? Se lo agradezco",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Hola Quique, tú que comes con el director cada semana, ¿no le podrías contar que yo estoy detrás del "
        "informe de ventas? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    (
        "Buenas, Dra. Vela: la escuché en las jornadas de pediatría. Me ayudaría muchísimo que le comentara "
        "al jefe de servicio que existo; busco plaza de residente. Gracias",
        "",
        "stranger",
        {"awkward-position", "job-ask"},
        set(),
    ),
    pytest.param(
        # (a second-set miss of its round, reached in round 18 by the class "a process gone around": the boss kept
        # out with the verb first)
        "Oye Lu, sin que se entere tu supervisora, ¿le mandas mi propuesta al gerente de zona? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    (
        "Hola Germán, nos cruzamos en la charla de Agile Venezuela. Cuando los socios revisen candidatos, ¿me "
        "recomendarías tú? Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
    ),
    # near misses
    (
        "Hola Rocío, ¿sabes cómo prefiere tu gerente que le lleguen las propuestas? Gracias",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Quique, el director me habló de tu proyecto y me encantó. ¿Me lo cuentas tomando un café? Gracias",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
    (
        "Hola Germán, ¿podrías decirme qué piensa tu jefa de los perfiles que vienen de consultoría? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position", "job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD_LEADERSHIP_SECOND)
def test_a_good_word_with_the_leadership_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: A job asked as a wish, a hint or through a third person (round 8): an opening that may come up and the writer
#: put forward ('si hubiera un huequito…, aquí estaría yo'), help asked 'para entrar', someone who hires asked about
#: ('¿no sabrá de alguien que necesite una contable?'), a third person asked to give the writer a chance ('preguntarle
#: a tu socio si me daría una oportunidad'), vosotros forms ('que me metáis'). Beside them, information asked, a
#: share, an offer, the writer's own application, a refusal to ask.
JOB_ASK_INDIRECT = [
    (
        "Hola Marina, vi tu charla en el Women in Tech de Bogotá. Si en tu equipo sale algo de análisis de "
        "datos, me encantaría que pensaras en mí. Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Estimado Sr. Ortega: leí su artículo sobre logística en frío. Le agradecería que me tuviera presente "
        "si se abre alguna posición en su área. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Buenas, Joaco. Nos conocimos en la Nerdearla. Si te enterás de alguna búsqueda de QA en tu empresa, "
        "pasá mi nombre, ¿dale? Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Sofía, coincidimos en el curso de Ironhack. ¿Le podrías pasar mi CV a tu jefa? Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Raúl, te escribo porque vi que Repsol busca ingenieros de procesos. Ojalá pudieras echarme un "
        "cable para entrar. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Estimada Dra. Molina: fui alumna de su curso de bioética. Quisiera saber si podría usted proponerme "
        "para la beca de investigación de su grupo. Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Nacho, vi tu post en LinkedIn. No quiero molestar, pero si hubiera un huequito en tu equipo "
        "para una diseñadora junior, aquí estaría yo. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Clau, ¡cuánto tiempo! Hace cinco años que no hablamos. Oye, ¿en tu empresa necesitan gente? "
        "Porque yo estoy buscando curro y me vendría genial. Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Buenos días, Sr. Pardo: nos presentó Elena en la feria de empleo. ¿Sería mucho pedir que le diga a "
        "su hermano que me contrate para la temporada? Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Ema, vi tu charla en la JSConf. ¿Me darías una mano para que me llamen de tu empresa? Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Leo, vi que trabajáis en Mercadona. ¿Hay manera de que me metáis en la próxima tanda de "
        "contrataciones? Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Estimado Sr. Ríos: usted que conoce a medio sector, ¿no sabrá de alguien que necesite una contable "
        "con experiencia? Sería para mí, claro. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Pau, nos vimos una vez en el Sónar. ¿Podrías preguntarle a tu socio si me daría una oportunidad "
        "en el estudio? Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # near misses
    (
        "Hola Marina, vi tu charla en el Women in Tech. ¿Qué habilidades buscan en tu equipo para los puestos "
        "de datos? Gracias",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Estimado Sr. Ortega: leí su artículo. Estoy buscando trabajo en logística y me encantaría conocer su "
        "opinión sobre el sector. ¿Tendría 15 minutos? Gracias",
        "",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Raúl, vi que Repsol busca ingenieros de procesos y pensé en ti, por si te interesa. ¡Un abrazo!",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Clau, ¡qué alegría lo de tu nuevo puesto! Si en algún momento necesitas una mano con la "
        "mudanza, cuenta conmigo.",
        "congratulate",
        "friend",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Sofía, ya envié mi CV por la web de tu empresa. ¿Sabes cuánto suele tardar el proceso? Gracias",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Pau, no te pido que me recomiendes, solo saber cómo es el ambiente en el estudio. ¿Me cuentas? Gracias",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_ASK_INDIRECT)
def test_a_job_asked_as_a_wish_a_hint_or_through_someone(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for a job asked indirectly, written after the fix and measured once (1 of 6 found, 0 of 3 near
#: misses flagged): the misses asked the reader to act on the writer's hiring in verbs the fix did not read ("no dudes
#: en llamarme", "me diera la oportunidad de trabajar", "que me haga una entrevista", "¿me hacés un lugar?", "que
#: considere mi candidatura"). That was then read as structure (the writer as the clitic of the reader's verb, with a
#: chance, a place or an interview as what is given; "le ruego que", "me sentiría honrado si" as asks): all pass since,
#: so the honest figure after that is the third set below.
JOB_ASK_INDIRECT_SECOND = [
    (
        "Hola Maite, coincidimos en el congreso de Sevilla. Si alguna vez necesitáis refuerzo en el "
        "laboratorio, no dudes en llamarme. Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Estimado Ing. Vargas: leí su entrevista en El Comercio. Me sentiría muy honrado si me diera la "
        "oportunidad de trabajar en su planta de Arequipa. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Ceci, nos conocimos en el after de Ekoparty. ¿Le podrías decir a tu líder que me haga una "
        "entrevista? Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    (
        "Buenas Javi, vi tu post sobre la nueva sede de Málaga. Si os falta alguien para montar el almacén, "
        "yo me ofrezco encantado. Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Fer, ¡tanto tiempo! Te escribo porque me quedé sin laburo. ¿Me hacés un lugar en tu estudio "
        "aunque sea medio tiempo? Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    (
        "Estimada Sra. Bravo: soy exalumna del colegio donde usted daba clases. Le ruego que considere mi "
        "candidatura para la plaza de orientadora. Gracias",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    # near misses
    (
        "Hola Maite, coincidimos en el congreso de Sevilla. ¿Cómo fue tu paso del laboratorio a la industria? Gracias",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Ceci, ¿tu líder suele contestar los mensajes de candidatos o es mejor ir por el portal? Gracias",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Buenas Javi, si os falta alguien para montar el almacén, te paso el contacto de mi primo, que es "
        "carretillero. Un saludo",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_ASK_INDIRECT_SECOND)
def test_a_job_asked_as_a_wish_a_hint_or_through_someone_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Blame put on an unnamed 'they' (round 8): a third-person plural preterite with the writer's thing as its object
#: ('lo dejaron para el final', 'la tuvieron parada', 'las vendieron todas', 'lo apuntaron mal'), a 'se' verb ('se
#: tardaron muchísimo'), the wrong thing told ('me dijeron que era el jueves'). Beside them, the same causes owned,
#: news that arrived, a condolence.
BLAME_ON_THEM = [
    (
        "Perdona, Irene, que el informe llegara tarde. El lunes me cambiaron las prioridades y lo dejaron "
        "todo para última hora.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento mucho el retraso con la factura. En administración la tuvieron parada dos semanas.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpa que no te llegara la invitación: la mandaron a una lista de correo vieja.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Lo siento, Pedro, no pude entregarlo a tiempo porque no me pasaron los datos hasta el jueves.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdón por la demora con tu contrato. Se tardaron muchísimo en aprobarlo arriba.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Mil disculpas, Sra. Núñez. Al final lo programaron para el mismo día que el congreso y no pude ir.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento no haber ido a la entrevista. Me dijeron que era el jueves, no el martes.",
        "apology",
        "stranger",
        {"apology-blame"},
        set(),
    ),
    (
        "Perdoná el lío con las entradas, pero las vendieron todas antes de que abrieran la web.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento el malentendido, Jorge; en la oficina lo apuntaron mal en la agenda.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpa que no te contestara: me tienen con tres proyectos a la vez y así no hay quien llegue.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # near misses
    (
        "Perdona, Irene, que el informe llegara tarde. Lo dejé para el final y no calculé bien el tiempo; fue "
        "culpa mía.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento mucho el retraso con la factura. Me la devolvieron porque puse mal el NIF; debí revisarlo.",
        "apology",
        "acquaintance",
        set(),
        {"apology-blame"},
    ),
    (
        "Perdona que no te escribiera antes. Me dieron la noticia ayer y quería contártelo en persona.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento mucho lo de tu padre. Nos avisaron ayer y no pudimos llegar al funeral. Un abrazo fuerte.",
        "",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Lo siento, Pedro: me equivoqué con la fecha y lo mandé tarde. Ya lo tienes en tu correo.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", BLAME_ON_THEM)
def test_blame_put_on_an_unnamed_they(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for blame on an unnamed 'they', written after the fix and measured once (5 of 6 found, 1 of 3 near
#: misses flagged: an operation, 'me operaron', read as someone else's doing).
BLAME_ON_THEM_SECOND = [
    (
        "Perdón, Leti, por no mandarte las fotos. Me borraron la carpeta compartida sin preguntar.",
        "apology",
        "friend",
        {"apology-blame"},
        set(),
    ),
    (
        "Lamento muchísimo lo de la reunión, licenciado. Nos reprogramaron la auditoría a última hora.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Disculpá que no llegara el pedido: lo despacharon a otra sucursal.",
        "apology",
        "acquaintance",
        {"apology-blame"},
        set(),
    ),
    (
        "Siento lo del lunes, Marc. Nos tuvieron dos horas esperando en el control de seguridad.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    # (found since round 9: the sentence after the apology, led by a third party, with "como siempre" as its trouble)
    (
        "Perdona el retraso, Nuria. Como siempre, los de compras se lo tomaron con calma.",
        "apology",
        "teammate",
        {"apology-blame"},
        set(),
    ),
    (
        "Mis disculpas, Sr. Lara: el presupuesto salió con el precio viejo porque así venía en la tarifa que "
        "nos mandaron.",
        "apology",
        "stranger",
        {"apology-blame"},
        set(),
    ),
    # near misses
    (
        "Perdón, Leti, por no mandarte las fotos. Borré la carpeta sin querer; lo siento de verdad, mañana "
        "las recupero.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
    ),
    (
        "Siento lo del lunes, Marc. Me quedé dormido y no tengo excusa.",
        "apology",
        "teammate",
        set(),
        {"apology-blame"},
    ),
    pytest.param(
        "Lamento no haber ido a la boda. Me operaron de la rodilla esa semana. Espero que lo pasaran genial.",
        "apology",
        "friend",
        set(),
        {"apology-blame"},
        marks=SECOND_SET_MISS,
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", BLAME_ON_THEM_SECOND)
def test_blame_put_on_an_unnamed_they_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Pressure put indirectly (round 8): the reader's answer demanded in a hurry ('espero su respuesta a la mayor
#: brevedad'), a favour claimed back ('después de lo mucho que te ayudé… me merezco al menos una respuesta'), time for
#: anything but the writer, the writer's loss put on the reader ('si no me ayudas hoy mismo la pierdo. Tú sabrás.'), a
#: wait held against them ('me quedé esperando tu llamada… pensé que éramos amigas'). Beside them, a release, a
#: congratulation, a deadline on an opportunity, a resend with no pressure, a thank-you.
PRESSURE_INDIRECT = [
    (
        "Hola Bea, ya van tres correos sin respuesta; entiendo que estés liada, pero empiezo a pensar que no "
        "te importa.",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Estimado Sr. Gil: mi solicitud sigue pendiente desde hace un mes. Espero su respuesta a la mayor "
        "brevedad. Gracias",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola Toni, supongo que ahora que eres director ya no tienes tiempo para los de siempre. ¿Me pasas el "
        "contacto de Ruth?",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Che, Vicky, todos los del grupo ya me pasaron un contacto; solo me faltás vos. ¿Me pasás alguno?",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Ana, le dije a mi jefe que tú nos darías la charla del jueves, así que cuento con ello. ¡Gracias!",
        "",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Hola Raúl, después de lo mucho que te ayudé con la mudanza, creo que me merezco al menos una respuesta.",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Buenas, Sra. Pinto: le envié mi propuesta hace tres semanas y sigo sin noticias suyas. Necesito una "
        "respuesta antes del viernes.",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    (
        "Hola Marta, no sé si viste mis mensajes anteriores. Será que ya no contestas a la gente del pueblo. "
        "¿Me dices algo?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
    ),
    (
        "Oye Dani, veo que sí tienes tiempo para subir fotos a Instagram, pero no para contestarme. ¿Me "
        "ayudas con lo del CV?",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Luis, la entrevista es mañana y si no me ayudas hoy mismo la pierdo. Tú sabrás. ¿Me llamas?",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Hola Carmen, me quedé esperando tu llamada toda la semana. Pensé que éramos amigas. ¿Hablamos?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    (
        "Estimado Dr. Vidal: me permito insistir por cuarta vez con mi consulta sobre la residencia. Gracias",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
    ),
    # near misses
    (
        "Hola Bea, sé que estás liada, así que sin prisa: cuando puedas, me dices. Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Toni, ¡enhorabuena por el puesto de director! Me alegro muchísimo por ti.",
        "congratulate",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Ana, la convocatoria cierra el viernes, por si te interesa presentarte. ¡Suerte!",
        "share-no-ask",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Marta, te escribí la semana pasada; por si se perdió entre tantos correos, te lo reenvío. Sin "
        "ninguna presión. Gracias",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Carmen, gracias por tu llamada de ayer, me ayudó muchísimo.",
        "thank-you",
        "friend",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_INDIRECT)
def test_pressure_put_indirectly(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The second set for pressure put indirectly, written after the fix and measured once (1 of 6 found, 0 of 3 near
#: misses flagged): a silence called a void, a threat to escalate, an unmet expectation, a count of asks in words
#: ('es la cuarta vez que te lo pido'), 'sin falta; si no, me quedo fuera'.
PRESSURE_INDIRECT_SECOND = [
    pytest.param(
        "Hola Nico, te escribo otra vez porque parece que mis mensajes se pierden en el vacío. ¿Pudiste ver "
        "lo del contrato?",
        "follow-up",
        "acquaintance",
        {"pressure"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Estimada Sra. Rey: dado que no he recibido contestación, entiendo que tendré que escalar el tema. "
        "Quedo atenta.",
        "follow-up",
        "stranger",
        {"pressure"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    pytest.param(
        "Hola Juanjo, con lo que yo hice por ti cuando entraste en la empresa, no esperaba este silencio. ¿Me llamas?",
        "follow-up",
        "teammate",
        {"pressure"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Hola Paula, mi madre ya les contó a todos que me vas a conseguir las prácticas, así que no me dejes colgada.",
        "",
        "friend",
        {"pressure"},
        set(),
    ),
    pytest.param(
        # found since round 12 (tune-press: the writer's own attempts counted, lint_pressure.counted_attempt)
        "Oye Rober, es la cuarta vez que te lo pido y sigues sin decir nada. ¿Me pasas el enlace?",
        "follow-up",
        "friend",
        {"pressure"},
        set(),
    ),
    pytest.param(
        "Hola Elena, necesito que me firmes la carta hoy sin falta; si no, me quedo fuera de la beca. ¿Puedes?",
        "",
        "teammate",
        {"pressure"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    # near misses
    (
        "Hola Nico, vuelvo a escribirte por si mi mensaje se perdió. Si no es buen momento, lo entiendo perfectamente.",
        "follow-up",
        "acquaintance",
        set(),
        {"pressure"},
    ),
    (
        "Hola Elena, la beca cierra el viernes; ¿crees que llegarías a firmar la carta? Si no te da tiempo, "
        "busco a otra persona, tranquila.",
        "",
        "teammate",
        set(),
        {"pressure"},
    ),
    (
        "Hola Juanjo, me encantó trabajar contigo en la mudanza de la oficina. ¿Te apetece un café?",
        "reconnect",
        "teammate",
        set(),
        {"pressure"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", PRESSURE_INDIRECT_SECOND)
def test_pressure_put_indirectly_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: Connections in other forms, from the training false positives of connection-late (round 8; 13 → 1 there): the
#: reader who did something for the writer ("me invitaste a tu pódcast", "Usted revisó… mi pull request"), something
#: done together ("tuvimos los stands pegados"), shared times ("nuestros turnos de noche"), a silence since something
#: shared, a reply ("sobre tu pregunta"), an apology for something past between them, a follow-up ("te escribo de
#: nuevo"). Written after the fix and measured once (0 of 5 connections missed but 1 flagged late: "me corrigió usted";
#: 3 of 3 late ones still found): the class's honest figure.
CONNECTION_OTHER_FORMS_SECOND = [
    pytest.param(
        "Hola, Sra. Prieto:\n\nEl año pasado me corrigió usted el trabajo final del diplomado de archivística. Ahora estoy pensando en hacer el doctorado. ¿Tendría quince minutos para orientarme?\n\nGracias,\nRoberto",
        "informational-interview",
        "stranger",
        set(),
        {"connection-late"},
        marks=SECOND_SET_MISS,
    ),
    (
        "Hola Mati:\n\nMe ayudaste a cargar las cajas en la mudanza de la cooperativa, ¿te acordás? Estoy armando una huerta comunitaria y me vendría bien tu consejo. ¿Charlamos un rato?\n\nGracias,\nFlor",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Buenas, Iñaki:\n\nPerdona que tardara tanto en contestar a lo de la furgoneta. Al final me quedo con ella. ¿Quedamos el sábado para firmar?\n\nGracias,\nAlba",
        "follow-up",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Hola Graciela:\n\nFuimos juntas al taller de cerámica de la casa de cultura hace un par de años. Vi tus piezas en la feria y me encantaron. ¿Das clases particulares?\n\nGracias,\nMónica",
        "informational-interview",
        "acquaintance",
        set(),
        {"connection-late"},
    ),
    (
        "Estimado Dr. Fuentes:\n\nSobre su consulta de ayer: sí, el laboratorio acepta muestras externas los martes. Le paso el formulario.\n\nSaludos,\nPatricia",
        "",
        "stranger",
        set(),
        {"connection-late"},
    ),
    # still late
    (
        "Hola, Sr. Ramos:\n\n¿Podría contarme cómo entró en la consultoría ambiental? Me interesa mucho el sector. Por cierto, nos conocimos en la feria de Ifema.\n\nGracias,\nLucía",
        "informational-interview",
        "acquaintance",
        {"connection-late"},
        set(),
    ),
    (
        "Hola Bruno:\n\nEstoy buscando consejo sobre certificaciones de ciberseguridad. ¿Cuál me recomendarías para empezar? Gracias,\nDiego",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
    (
        "Estimada Lic. Ortiz:\n\nMe gustaría saber cómo es trabajar en su fundación. ¿Tendría veinte minutos la próxima semana? Le escribo porque la escuché en un pódcast.\n\nGracias,\nMaru",
        "informational-interview",
        "stranger",
        {"connection-late"},
        set(),
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", CONNECTION_OTHER_FORMS_SECOND)
def test_connections_in_other_forms_second_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The third set for a good word with the leadership, written after the structural reading of the second set's
#: lessons and measured once (4 of 5 found, 0 of 3 near misses flagged; 2 strict xfails: 'le nombras mi candidatura'
#: not read, and '¿me propondrías al comité de dirección…?' found as awkward but not as the job ask it also is).
AWKWARD_LEADERSHIP_THIRD = [
    pytest.param(
        "Hola Rubén, ¿me propondrías al comité de dirección para llevar la nueva delegación? Nos vimos una vez en Bilbao. Gracias",
        "",
        "acquaintance",
        {"awkward-position", "job-ask"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Buenas, Sole: vos que tenés llegada a la dueña, ¿le podrías comentar que existo? Gracias",
        "",
        "friend",
        {"awkward-position"},
        set(),
    ),
    pytest.param(
        "Hola Jaime, cuando veas al presidente del club, ¿le nombras mi candidatura para el banquillo? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Estimada Sra. Lagos: sé que su palabra cuenta mucho con los socios del bufete. ¿Podría hablarles de mí? Gracias",
        "",
        "stranger",
        {"awkward-position"},
        set(),
    ),
    (
        "Oye Nerea, ¿le puedes decir a tu jefa que yo estaría encantado de cubrir la baja? Gracias",
        "",
        "teammate",
        {"awkward-position"},
        set(),
    ),
    # near misses
    (
        "Hola Rubén, el comité de dirección me propuso para la delegación nueva. ¿Me cuentas cómo fue tu primer año? Gracias",
        "",
        "acquaintance",
        set(),
        {"awkward-position"},
    ),
    (
        "Buenas, Sole: ¿sabés si a la dueña le gusta que le escriban directamente? Gracias",
        "",
        "friend",
        set(),
        {"awkward-position"},
    ),
    (
        "Oye Nerea, mi jefa me habló bien de ti. ¿Tomamos algo el viernes?",
        "",
        "teammate",
        set(),
        {"awkward-position"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", AWKWARD_LEADERSHIP_THIRD)
def test_a_good_word_with_the_leadership_third_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


#: The third set for a job asked indirectly, written after the structural reading of the second set's lessons and
#: measured once (3 of 5 found, 0 of 3 near misses flagged; 2 strict xfails: 'me das la chance de…', 'si necesitáis
#: un par de manos en el taller, avisadme'; the first is found since round 12's lint_work_asked).
JOB_ASK_THIRD = [
    pytest.param(
        "Hola Olga, vi tu presentación en el Salón del Vino. ¿Me das la chance de hacer una degustación de prueba en tu bodega? Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
        # found since round 12 (tune-jobask): "me das la chance", the writer given work, read by lint_work_asked
    ),
    (
        "Estimado Sr. Crespo: nos conocimos en la boda de los Ibarra. Le estaría muy agradecido si me concediera una entrevista para el puesto de almacén. Saludos",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
    ),
    pytest.param(
        "Hola Tato, coincidimos en el curso de soldadura. Si necesitáis un par de manos en el taller, avisadme. ¡Gracias!",
        "",
        "acquaintance",
        {"job-ask"},
        set(),
        marks=SECOND_SET_MISS,
    ),
    (
        "Buenas, Cris: te vi exponer en la Semana de la Ciencia. ¿Podrías convencer a tu directora de que me acepte como becaria? Gracias",
        "",
        "stranger",
        {"job-ask"},
        set(),
    ),
    (
        "Hola Mili, ¡años sin hablar! Oye, ¿me guardarías un lugar en tu equipo para cuando vuelva a Lima? Gracias",
        "reconnect",
        "friend",
        {"job-ask"},
        set(),
    ),
    # near misses
    (
        "Hola Olga, vi tu presentación en el Salón del Vino. ¿Cómo te preparaste para tu primera cata como sumiller? Gracias",
        "",
        "stranger",
        set(),
        {"job-ask"},
    ),
    (
        "Estimado Sr. Crespo: me concedieron por fin la entrevista en Logística Norte; gracias por el consejo. Saludos",
        "thank-you",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
    (
        "Hola Tato, si necesitáis un par de manos para la mudanza del taller, avisadme, que tengo la furgo libre.",
        "",
        "acquaintance",
        set(),
        {"job-ask"},
    ),
]


@pytest.mark.parametrize("text, situation, relationship, must, must_not", JOB_ASK_THIRD)
def test_a_job_asked_through_the_reader_third_set(text, situation, relationship, must, must_not):
    found = rules(text, situation or None, relationship)
    assert must <= found and not (must_not & found), found


# --------------------------------------------------------------------------- round 9 classes (tune-es)
# Each class was written before its fix into ``round13.es.toml`` (the file says which class each message belongs to)
# and measured as written; every message there must now get exactly its labels (``may`` either way).


def _round13_es() -> list:
    from pathlib import Path

    from netkit.exercises.outreach.lint_corpus import load_corpus

    return load_corpus(Path(__file__).parent / "fixtures" / "messages" / "round13.es.toml")


#: Left as they are after the fixes (said in the round's report): the job named two sentences before the good word.
ROUND13_ES_LEFT = {"r13es-t9-lado-me-conoces-bien"}


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(m, marks=pytest.mark.xfail(reason="left after round 9", strict=True))
        if m.id in ROUND13_ES_LEFT
        else m
        for m in _round13_es()
    ],
    ids=lambda message: message.id,
)
def test_round9_classes_get_exactly_their_labels(message):
    found = rules(message.text, message.situation or None, message.relationship or None)
    assert message.expect <= found and not (found - message.expect - message.may), found


# --------------------------------------------------------------------------- round 18's class sets (tune-es)
#: The second-set messages the linter got wrong when they were first measured (kept as the honest record).
_ROUND18_SECOND_SET_MISSES = frozenset(
    {
        "r18es-aw2-01",
        "r18es-aw2-03",
        "r18es-aw2-04",
        "r18es-pr2-01",
        "r18es-pr2-02",
        "r18es-pr2-03",
        "r18es-pr2-04",
        "r18es-jh2-01",
        "r18es-jh2-02",
        "r18es-jh2-03",
        "r18es-jh2-04",
        "r18es-am2-02",
        "r18es-am2-05",
        # r18es-wk2-02 is found since round 12 (tune-jobask: the writer given work, read by lint_work_asked)
    }
)
#: First-set messages the class's fix did not reach (kept as a record of what is left).
_ROUND18_NOT_REACHED = frozenset({"r18es-aw-08", "r18es-pr-04", "r18es-jh-03", "r18es-nq-12"})
NOT_REACHED = pytest.mark.xfail(strict=True, reason="first set, not reached by this round's fix")


def _round18():
    from pathlib import Path

    from netkit.exercises.outreach.lint_corpus import load_corpus

    messages = load_corpus(Path(__file__).parent / "fixtures" / "messages" / "round18.es.toml")
    return [
        pytest.param(
            m,
            id=m.id,
            marks=[SECOND_SET_MISS]
            if m.id in _ROUND18_SECOND_SET_MISSES
            else [NOT_REACHED]
            if m.id in _ROUND18_NOT_REACHED
            else [],
        )
        for m in messages
    ]


@pytest.mark.parametrize("message", _round18())
def test_round18_class_sets(message, monkeypatch):
    """Does each message written for a class in round 18 (what is not the reader's to give and a process gone around,
    asked indirectly; a favour claimed back and the writer's deadline on the favour; the writer offered for an opening
    of the reader's side; courtesies and offers that are no ask; self-talk led by a hedge; whether there is room for
    the writer asked straight out) get exactly its labels, by the rules alone (the learned second signal is retrained
    by the lead, not here)?"""
    monkeypatch.setenv("NETKIT_LINT_LEARNED", "0")
    fired = rules(message.text, message.situation or None, message.relationship or None) - {"english-only"}
    assert message.expect <= fired, f"missed {sorted(message.expect - fired)}"
    assert fired <= message.expect | message.may, f"wrong {sorted(fired - message.expect - message.may)}"
