"""The phrases the outreach linter looks for in Spanish drafts: the same ideas as :mod:`lint_phrases`, in Spanish.

One compiled pattern per idea, under the same names as the English data (see ``lint_parse.PHRASES``).
All three forms of address: **tú** ("¿podrías…?"), **usted** ("¿le importaría…?", "¿podría usted…?") and
**vos** ("vos podés", "¿me pasás…?"), Spain and Latin America ("quería pedirte", "¿me echas una mano?",
"un cafecito", "una llamada"), and the English loanwords Spanish work mail uses ("networking", "feedback",
"LinkedIn", "call", "referral"). Accents are optional where people drop them on a phone keyboard
("podrias", "tambien"). Measured against ``tests/fixtures/messages/corpus.es.toml``.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach import lint_phrases as _english
from netkit.exercises.outreach.lint_phrases import ANGLE_PLACEHOLDER, HTML_TAGS, SENTENCE_SPAN
from netkit.exercises.outreach.lint_prefilter import QuickPattern, quick

__all__ = ["ANGLE_PLACEHOLDER", "HTML_TAGS", "LANGUAGE", "PLACEHOLDER", "SENTENCE_SPAN"]

LANGUAGE = "es"
# Ideas the English data reads first (round 8, tune-en): they never match in Spanish until Spanish data for them follows
# (replace a name here by its Spanish pattern further down).
_NOT_YET = QuickPattern(re.compile(r"(?!)x", re.IGNORECASE))  # never matches; the literal lets the pre-check skip it
# round 11 (tune-en): the awkward-position ideas read in English first
CARRIED_UP = EXCUSE = GOOD_WORD = PROMISED_FOR_THEM = READER_SUPERIOR = RESTRICTED = _NOT_YET
VOUCH_FOR_WRITER = VOUCH_GIVEN = VOUCH_WRITTEN = WANT_TO_KNOW = _NOT_YET
# Spanish writes titles and quotations between «» («Gaceta Sanitaria», el pódcast «Obra Viva», me dijo «no le tenga
# miedo»): there a «…» is a mail-merge field only when it names one («Nombre», «EMPRESA», «el sector de destino»,
# «first_name»): a field word after at most a determiner and one more word, then only lower-case words («Nombre del
# contacto», not the title «Proyecto Aurora»), or a name written with "_".
_FIELD_WORDS = (
    r"nombre|apellidos?|empresa|compañía|organización|institución|cargo|puesto|rol|fecha|día|hora|ciudad|país|"
    r"evento|sector|área|campo|tema|motivo|universidad|escuela|equipo|proyecto|contacto|tratamiento|destinatario|"
    r"destinataria|name|first|last|company|title|x+"
)
_MERGE_FIELD = (
    r"«\s*(?:(?i:(?:(?:el|la|los|las|tu|su|mi|del)\s+)?(?:[a-záéíóúñ]+\s+)?(?:" + _FIELD_WORDS + r"))\b"
    r"(?:\s+[a-záéíóúñ]+){0,4}|[^«»\s]{1,20}_[^«»\n]{0,20})\s*»"
)
#: a gap left from a template: the English marks, with «…» read as Spanish uses it
PLACEHOLDER = _english.placeholder_with_merge_fields(_MERGE_FIELD)
_ACCENTS = {"á": "[áa]", "é": "[ée]", "í": "[íi]", "ó": "[óo]", "ú": "[úu]"}


# A word-final "ó" after a consonant keeps its accent: it tells the preterite from the present of the first person
# ("llegó" the train, "llego" I arrive; "ignoró" / "ignoro"; "presentó" / "me presento"), where a dropped accent
# changes who acted. After "i"/"y" there is no such twin ("se cayo", "murio", "envio" are read as "cayó", "murió").
_FINAL_O = re.compile(r"(?<![iy])ó(?![^\W\d_]|\[)")


def _rx(*alternatives: str) -> QuickPattern:
    """One pattern for an idea; an accented vowel also matches the same vowel without its accent (people drop them on
    a phone keyboard), except a word-final "ó"."""
    body = _FINAL_O.sub("\0", "|".join(alternatives))  # set aside while the other accents are folded
    for accented, either in _ACCENTS.items():
        body = body.replace(accented, either)
    body = body.replace("\0", "ó")
    # with the literal pre-check of lint_prefilter: the regular expression runs only when a word it needs is there
    return quick(re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE))


# A "no" that opens a question is no negation: "¿No me consigues chamba?", "¿no podrías presentarme?" ask all the same;
# nor does it reach past "pero" ("no es pública, pero ¿me dices…?").
NEGATION_BEFORE = re.compile(
    r"(?<!¿)(?<!¿\s)(?<!excusa\spara\s)(?<!excusas\spara\s)\b(?:no|nunca|jamás|ni|sin|tampoco)\b"
    r"(?!\s+(?:tienes|tenés|tiene|tenéis|hay)\s+(?:\w+\s+)?excusa)(?:(?!\bpero\b|\bsino\b)[^.!?\n,;:]){0,40}$",
    re.IGNORECASE,
)

# What follows "recomiéndame" when the writer is the one recommended ("para el puesto", "con tu jefa", "?"), not a
# thing or a person to talk to ("¿me recomendarías algún curso / a alguien?", "…para empezar").
_ME_RECOMMENDED = (
    r"(?:\s+\w+mente|\s+(?:usted|tú|vos))?(?=\s*[?.,;!)]|\s*$|\s+(?:allí|ahí|allá|aquí|acá)\b|"
    r"\s+(?:con|en|ante|como|a\s+(?!alguien|algun|alguna|algunos|gente|personas?)|"
    r"para\s+(?!empezar|ponerme|aprender|arrancar|mejorar|prepararme|profundizar|formarme|leer|estudiar)))"
)
# The writer put forward as a hint: "acordaos de mí", "pensá en mí", "ya sabes dónde encontrarme", "aquí me tienes",
# "ojalá sea yo": it asks the reader to think of the writer.
_THINK_OF_ME = (
    r"(?:(?:acuérdate|acordate|acordaos|acuérdese|acuérdense|piensa|pensá|pensad|piense|piensen)\s+(?:en|de)\s+mí|"
    r"ya\s+(?:sabes|sabés|sabe|sabéis|saben)\s+dónde\s+(?:estoy|encontrarme|me\s+tienes|me\s+tenés|me\s+tiene)|"
    r"(?:aquí|acá)\s+me\s+(?:tienes|tenés|tiene|tenéis)|"
    r"no\s+(?:dudes|dude|dudés|dudéis|duden)\s+en\s+(?:llamarme|contactarme|escribirme|avisarme|contar\s+conmigo)|(?:aquí|acá)\s+(?:estaría|estoy|estaré)\s+yo|"
    r"ojalá\s+(?:sea|fuera|fuese)\s+yo)"
)
# ...when the reader hires: "si armás equipo nuevo", "cuando contrate a su primera enfermera", "si algún día buscáis
# redactora", "si necesitas a alguien de confianza", "si hiciera falta una técnica" (not "si necesitas algo para la
# mudanza": a role or a person is wanted)
_WHEN_HIRING = (
    r"(?:si|cuando)\s+[^.!?]{0,40}?(?:(?:contrat|incorpor)\w*|arm\w*\s+(?:un\s+)?equipo|"
    # the reader's team built or grown: "cuando montes tu brigada", "si armás equipo", "si su tienda crece y…"
    r"(?:mont|arm|amplí|agrand)\w*\s+(?:tu|su|un|una|el|la|vuestr[oa])?\s*(?:equipo|brigada|plantilla|cuadrilla|"
    r"estudio|oficina|departamento|área)|"
    r"abr\w*\s+(?:una\s+|la\s+)?(?:vacante|plaza|puesto|búsqueda)|"
    r"(?:bus(?:c|qu)\w*|necesit\w*|hiciera\s+falta|haga\s+falta|hace\s+falta|falta)\s+(?:(?:allá|allí|ahí|acá|aquí)\s+)?"
    r"(?:a\s+)?(?:alguien|gente|personal|refuerzos?|"
    r"(?:un|una|otro|otra)?\s*\w+(?:ora|or|ista|era|ero|ante|ente|ica|ico|ólogo|óloga|ario|aria)s?\b|"
    r"(?:un|una|otro|otra)\s+\w+\s+de\s+confianza)|"
    # …or an opening comes up: "si hubiera un huequito en tu equipo", "si queda una plaza", "si surge alguna búsqueda"
    # (also "si en tu equipo llega a haber una vacante", "si queda libre alguna plaza", "si abrís algo en diseño", "si
    # llegara a abrirse algo para mi perfil")
    r"(?:hay|haya|hubiera|hubiese|habría|haber|queda|quede|quedara|sale|salga|saliera|surge|surja|surgiera|se\s+abre|"
    r"se\s+abra|se\s+abriera|abrirse)\s+(?:libre\s+)?(?:un|una|algún|alguna|otro|otra)?\s*(?:hueco|huequito|plaza|vacante|"
    r"lugar|lugarcito|puesto|puestito|sitio|posición|búsqueda|oportunidad|cupo)|"
    r"(?:abrís|abres|abren|abrís|abrimos|abriera|abrieran|abrieras|abráis|abran|abras|llegara\s+a\s+abrirse|"
    r"llega\s+a\s+abrirse|se\s+abre|se\s+abra|se\s+abriera)\s+algo|"
    # word of an opening reaching the reader: "si te enteras de algo en tu equipo", "si sabe de alguna vacante"
    r"(?:enter|sab|oy|escuch)\w*\s+de\s+(?:algo\s+(?:en|por)\s+(?:tu|su|vuestr[oa]|ahí|allí|allá)\b|(?:alguna|algún|una|un)\s+"
    r"(?:vacante|plaza|puesto|hueco|oportunidad|búsqueda|trabajo|proyecto)))"
)
# The writer put forward for that opening, in more forms than a plea to think of them: "me encantaría que pensara en
# mí", "¿te acordarías de mí?", "levanto la mano", "soy todo oídos", "me apunto", "aquí tienes a un segundo de cocina
# con ganas", "me tiene a la orden", "estaré encantado de presupuestar", "tenme en cuenta", "avísame" (not help
# offered: "estaría encantada de ayudar", nor "cuenta conmigo", which offers a hand as often as it asks for a post: "si
# todavía necesitan gente para la próxima feria, cuenta conmigo")
_WRITER_PUT_FORWARD = (
    r"(?:" + _THINK_OF_ME + r"|"
    r"(?:pens|acord|acuérd|acuerd)\w*\s+(?:en|de)\s+mí|"
    r"levant\w*\s+la\s+mano|(?:soy|estoy)\s+todo\s+oídos|me\s+apunt(?:o|aría)\b|"
    r"(?:aquí|acá)\s+(?:tienes|tenés|tiene|tenéis|tienen)\s+a\b|"
    r"me\s+(?:tiene|tienes|tenés|tienen|tenéis)\s+(?:a\s+la\s+orden|a\s+(?:su|tu|vuestra)\s+disposición|disponible|"
    r"para\s+lo\s+que)|"
    r"(?:estaré|estaría|estoy)\s+(?:más\s+que\s+|muy\s+)?(?:encantad[oa]|feliz|dispuest[oa]|disponible|list[oa])"
    r"(?!\s+(?:de|a)\s+(?:ayudar|echar|colaborar\s+como\s+voluntari|apoyar))|"
    r"(?:tenme|téngame|tenedme|tenerme|tenéme)\s+(?:en\s+cuenta|presente)|"
    r"(?:avísame|avisame|avíseme|avisadme|avísenme|me\s+avisas|me\s+avisás|me\s+avisa|me\s+avisarías))"
)
#: The writer offering themself for an opening of the reader's side (a hint that asks for the job): an opening put as
#: a condition, then the writer put forward for it, in one sentence. Read as a job ask whatever form the sentence
#: takes (a wish, a statement, an imperative, a question).
CANDIDATE_FOR_OPENING = _rx(_WHEN_HIRING + r"[^.!?\n]{0,80}?" + _WRITER_PUT_FORWARD)
# Any verb of telling or carrying with the writer as what is told, to someone else: "hablarle de mí", "¿le dirías algo
# bueno de mí?", "que le mencionara mi nombre", "que recomendara mi perfil", "comentarle a tu superior que yo podría…",
# "decirle que valgo la pena", "dejarles caer que estoy disponible". Not the writer told ("decirme qué piensas de mi
# perfil", "¿me cuentas…?"), nor a question of what or how ("¿podrías decir qué te parece mi trabajo?").
_TELLS_OF_ME = (
    r"(?<!\bme\s)(?:habl|dec|dic|dij|dir|dig|coment|mencion|cont|cuent|recomend|recomiend|suger|sugier|propon|"
    r"propong|dej\w*\s+caer|tir|transmit)\w*(?<!me)(?<!nos)(?<!ó)(?<!aron)\s+(?:(?!qué\b|cómo\b|cuánto\b)\w+\s+){0,4}?"
    r"(?:(?:de|sobre|por)\s+(?:mí|mi\s+trabajo)|mi\s+(?:nombre|perfil|candidatura|caso|situación)|"
    r"que\s+(?:yo\s+\w+|(?:soy|estoy|valgo|sirvo|tengo|puedo|podría|sería|estaría|encajo|encajaría|existo|busco|"
    r"quiero|sé)\b))"
)
JOB_REQUEST = _rx(
    _WHEN_HIRING + r"[^.!?]{0,80}?" + _THINK_OF_ME,
    # a CV put before someone's boss: "que mi hoja de vida llegara a manos de su jefe"
    r"mi\s+(?:cv|currículum|curriculum|hoja\s+de\s+vida|candidatura|portafolio)\s+(?:\w+\s+){0,2}?"
    r"(?:llegara|llegue|llegase|llegaría|esté|estuviera)\s+(?:a|en)\s+(?:manos|la\s+mesa|el\s+escritorio)",
    # the reader to ask someone whether they need one more: "¿no le preguntarías si necesita un diseñador más?"
    r"pregunt\w*\s+(?:\w+\s+){0,5}?si\s+(?:necesita|necesitan|busca|buscan|tiene|tienen|hay)\s+(?:lugar|sitio|hueco|"
    r"alguien|gente|(?:un|una|otro|otra)\s+\w+\s+más|\w+(?:ora|or|ista|ero|era)s?\s+más)",
    r"(?:recomendarme|recomiéndame|recomendame|recomiénde(?:me|nos))" + _ME_RECOMMENDED,
    # "¿Tenés algún laburo para pasarme?", "¿Tienes algún proyecto que me puedas dar?", "¿Tenéis plaza para mí?"
    r"(?:tienes|tenés|tiene|tenéis|tienen|tendrás|tendrías|tendría|tendréis|hay|habrá|habría)\s+"
    r"(?:algún|alguna|algo\s+de|un|una)?\s*(?:\w+\s+)?"
    r"(?:laburo|trabajo|chamba|curro|proyecto|encargo|plaza|puesto|cargo|vacante|hueco|prácticas?|pasantía|lugar|"
    r"huequito|lugarcito|trabajito|chambita|laburito|puestito|currito|algo)s?\s+"
    r"(?:\w+\s+){0,3}?(?:para\s+(?:mí|pasarme|darme|ofrecerme|(?:un|una|otro|otra)\s+\w+\s+más)|que\s+me|"
    r"en\s+(?:el|la)\s+que\s+me)",
    r"(?:hay|tenés|tienes|tiene|tenéis|tienen|habrá|habría)\s+algo\s+(?:abierto|libre|disponible|para\s+mí)",
    # (round 18) whether the reader's side has room for or needs the writer, asked straight out: "¿habría sitio en tu
    # equipo para alguien junior como yo?", "¿buscan a alguien con mi perfil?", "¿no te vendría bien una analista como
    # yo?", "¿no estarán buscando gente por ahí?" (not how they hire, "¿cómo buscan gente?", nor the writer's own
    # search, "estoy buscando a alguien que me cuente…")
    r"(?:hay|habría|habrá|tendrás|tendrías|tendrán|tendrían|tienen|tenéis|tenés|queda|quedaría)\s+(?:\w+\s+){0,4}?"
    r"(?:sitio|hueco|huequito|lugar|lugarcito|espacio|cabida)\s+(?:\w+\s+){0,4}?para\s+(?:mí|alguien\s+(?:\w+\s+){0,2}?"
    r"como\s+yo|alguien\s+con\s+mi\s+(?:perfil|experiencia))",
    r"(?:busc|necesit|contrat|vendría\s+bien|vendrían\s+bien|serviría|servirían|cabría)\w*\s+(?:\w+\s+){0,3}?(?:a\s+)?"
    r"(?:alguien|gente|un[oa]?\s+\w+)\s+(?:\w+\s+)?(?:como\s+yo|con\s+mi\s+(?:perfil|experiencia))",
    r"(?<!cómo\s)(?<!como\s)(?:estás|está|están|estáis|estarás|estará|estarán|estaréis|andás|andas|anda|andan|andáis)\s+"
    r"(?:buscando|necesitando|contratando|incorporando)\s+(?:a\s+)?(?:gente|alguien|"
    r"personal|refuerzos?)\b",
    # "¿me consigues chamba?", "¿Me podrías conseguir una práctica?", "para que me den la gerencia"
    r"me\s+(?:\w+\s+)?(?:consig(?:as|ás|a|ues|ués)|conseguir\w*|des|dés|dé|das|dás|dar|darías|daría|ofrezcas|"
    r"ofrezca|ofreces|ofrecés|ofrecer\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:trabajo|empleo|puesto|entrevista|contrato|chamba|laburo|curro|prácticas?|pasantía|plaza|hueco|proyecto|"
    r"encargo)",
    r"(?:considerarme|considérame|considéreme|me\s+(?:consideren|considere|consideres|considerés|considerarías|"
    r"consideraría|tengan\s+en\s+cuenta))\s+(?:\w+\s+)?(?:para|como|en)\b",
    # "¿me metes en tu equipo?", "proponerme para una entrevista", "me tuvieras en cuenta / presente"
    r"me\s+(?:metes|metés|mete|metas|meta|metáis|metan|meterías|metería|meteríais|metieras|metiera|metierais|"
    r"colocas|colocás|coloques|coloquéis|enchufas|enchufes|enchufás|enchuféis)\b",
    r"me\s+(?:\w+\s+)?(?:meter|colocar|enchufar)\s+(?:en|a|ahí|allí|allá|acá|aquí)\b",
    r"(?:algún|alguna)\s+(?:\w+\s+)?(?:cargo|puesto|plaza|hueco|vacante|trabajo|chamba|laburo|curro|proyecto|"
    r"encargo)\s+para\s+mí",
    r"(?:proponerme|propóngame|propónme|proponeme|me\s+propong\w+|me\s+propon\w+)\s+(?:\w+\s+){0,2}?(?:para|como)",
    r"(?:tenerme|tenéme|tenme|téngame)\s+(?:en\s+cuenta|presente|en\s+mente)",
    r"me\s+(?:tengas|tenga|tuvieras|tuviera|tuvieses|tendrías|tendría|tenés|tienes|tiene)\s+(?:en\s+cuenta|presente|"
    r"en\s+mente)",
    r"necesito\s+(?:su|tu)\s+(?:carta\s+de\s+)?recomendación",
    # an introduction to whoever hires: "¿me haces un intro con tu hiring manager?"
    r"(?:intro|presentación|present\w+|contacto)\s+(?:\w+\s+){0,2}?(?:con|a)\s+(?:tu|su|el|la|vuestr[oa])\s+"
    r"(?:hiring\s+manager|reclutador\w*|recruiter|responsable\s+de\s+(?:selección|contratación|rrhh|personal)|"
    r"rrhh|rr\.?\s*hh|recursos\s+humanos|headhunter)",
    # the application pushed along, someone like the writer hired, a first hire, a day rate pitched
    r"(?:empuj|impuls|mov|adelant|priorizar|prioric|agiliz)\w*\s+(?:\w+\s+){0,2}?mi\s+(?:candidatura|solicitud|"
    r"postulación|cv|currículum|aplicación)",
    r"contrat\w*\s+a\s+(?:alguien|una\s+persona|gente)\s+como\s+yo",
    r"mi\s+tarifa\s+(?:por\s+(?:día|hora|jornada|proyecto)|diaria|es)",
    # a CV kept for later: "¿Podrías guardar mi CV por si aparece algo?"
    r"(?:guardar|guardes|guarde|guardás|tener|tengas|tenga|tenés)\s+(?:\w+\s+)?mi\s+(?:cv|currículum|curriculum|"
    r"hoja\s+de\s+vida|perfil|candidatura)\s+(?:a\s+mano|en\s+cuenta|presente|por\s+si|para\s+cuando|en\s+(?:tu|su))",
    # paid work offered as a favour to a stranger: "¿te hago la web nueva?"
    r"(?:te|le|os|les)\s+(?:hago|haría|diseño|diseñaría|armo|armaría|monto|montaría|construyo|desarrollo|programo|"
    r"preparo|rediseño)\s+(?:la|el|una|un|tu|su|vuestr[oa])\s+(?:\w+\s+)?(?:web|página|app|aplicación|logo|tienda|"
    r"campaña|diseño|marca|identidad|video|vídeo|sitio|catálogo|menú)",
    # "if you hear of something, let me know": "Si sabe de algo en su empresa, ¿me avisa?"
    r"(?:si|cuando)\s+(?:\w+\s+){0,2}?(?:sabes|sabés|sabe|sepas|sepa|enteras|enterás|entera|ves|ve|escuchas|oyes|"
    r"surge|surja|sale|salga|aparece|hay)\s+(?:de\s+)?(?:algo|alguna|algún)\b[^.?!]{0,60}?(?:(?:avís|avis|me\s+dic|"
    r"me\s+dec|me\s+cuent|me\s+escrib)\w*|acuérdate|acordate|acuérdese|pens\w+\s+en\s+mí|tenme|téngame)",
    r"recomend(?!ó|aron)\w*\s+mi\s+(?:nombre|perfil|candidatura|cv|currículum|hoja\s+de\s+vida)",
    # The reader (or whoever they ask) acting on the writer's hiring, whatever the verb: the writer as the clitic of a
    # second-person or subjunctive form, and a chance, a place or an interview as what is given ("me diera la
    # oportunidad de trabajar", "que me haga una entrevista", "¿me hacés un lugar en tu estudio?"). Not a feeling ("me
    # encantaría una entrevista") nor the reader telling of theirs ("¿me cuentas la entrevista?").
    r"(?<!\bte\s)(?:(?<=que\s)me\s+(?:\w+\s+)?\w+(?:a|e)\s+(?:una|la|un|el|algún|alguna)\s+(?:\w+\s+)?"
    r"(?:entrevista|oportunidad\s+(?:de\s+(?:trabajar|entrar|demostrar|sumarme|unirme)|laboral|en)|lugar(?:cito)?\s+en|"
    r"hueco\s+en|huequito\s+en|plaza|puesto|contrato|periodo\s+de\s+prueba|período\s+de\s+prueba)|"
    r"me\s+(?:\w+\s+)?(?!(?:gust|encant|interes|apetec|ilusion|preocup|parec|qued|sirv|cuest|motiv|cuent|"
    r"cont|expli|dic|dig|dij|habl|coment|describ|mand|envi|pas|fue|ha\b)\w*)\w+(?:as|es|ás|és|ía|ías|iera|ieras|"
    r"ara|aras|iese|ase)\s+(?:una|la|un|el|algún|alguna)\s+(?:\w+\s+)?(?:entrevista|oportunidad\s+(?:de\s+(?:trabajar|"
    r"entrar|demostrar|sumarme|unirme)|laboral|en)|lugar(?:cito)?\s+en|hueco\s+en|huequito\s+en|plaza|puesto|contrato|"
    r"periodo\s+de\s+prueba|período\s+de\s+prueba))",
    # the writer's application weighed: "que considere mi candidatura", "que tengas en cuenta mi CV"
    r"(?:consider(?!ó|aron)|ten|teng|tuvier|valor(?!ó|aron))\w*\s+(?:en\s+cuenta\s+)?mi\s+(?:candidatura|cv|currículum|"
    r"curriculum|perfil|solicitud|postulación|hoja\s+de\s+vida)",
    r"(?:un|una|tu|su)\s+(?:referral|referencia\s+interna|recomendación\s+interna)",
    r"referirme",
    # any form that asks for it ("me recomiendes", "me recomendara", "me podrías contratar"), not a past
    # recommendation ("Ana me recomendó que te escribiera": that is a connection) nor advice ("¿qué me recomiendas?")
    # (nor a person or place the reader recommends, in the indicative after "que" and the reader named: "¿hay otra
    # persona en su equipo que usted me recomienda?"; "que usted me recomiende para el puesto" asks, and so does "¿le
    # dirías que soy buena y que me recomiendas?")
    r"(?!(?:(?<=\bque\susted\s)|(?<=\bque\stú\s)|(?<=\bque\svos\s))me\s+recomiendas?\b)"
    r"(?<!qu\u00e9\s)me\s+(?:\w+\s+)?(?:(?:recomend(?!ó|aron|ación)\w*|recomiend\w*)"
    + _ME_RECOMMENDED
    + r"|referir\w*|refieras|refiera|refieran|refieres|refiere|referís|contrat(?!ó|aron)\w*)",
    r"(?:conseguir|consigas|consiga|conseguís|dar|des|dé|ofrecer|ofrezcas)(?:me)?\s+(?:\w+\s+){0,2}?(?:un|una|el|la)\s+"
    r"(?:\w+\s+)?(?:trabajo|empleo|puesto|entrevista|contrato|prácticas|pasantía|chamba|laburo|curro)",
    r"me\s+(?:consigas|consigás|consiga|des|dés|dé|ofrezcas)\s+(?:\w+\s+)?(?:trabajo|empleo|puesto|entrevista|"
    r"contrato|chamba|laburo|curro)",
    r"contrat(?:arme|ame|ame)",
    r"(?:decir|digas|diga|hablar|hables|hable)\s+(?:\w+\s+)?(?:una\s+)?buena\s+palabra",
    # (also carried or sent by hand to someone of theirs: "llevarle mi carpeta en persona a tu gerente", "¿le podrías
    # mandar mi portfolio al dueño?")
    r"(?:pasar|pases|pase|pasás|reenviar|reenvíes|reenvíe|enviar|envíes|entregar|entregues|entregue|hacer(?:le|les)?\s+llegar|"
    r"forwardear|forwardees|forwardee|forwardeás|forwardearías|llevar|lleves|lleve|llevás|mandar|mandes|mande|mandás|"
    r"(?:hagas|haga|harías|haría|hicieras|hiciera)\s+llegar)(?:le|les)?\s+(?:\w+\s+)?mi\s+(?:cv|currículum|curriculum|hoja\s+de\s+vida|"
    r"candidatura|solicitud|postulación|portafolio|portfolio|carpeta|dossier|book)",
    r"(?:pasar|pases|pase|pasás|mandar|mandes|mande|mandás)(?:me)?\s+(?:\w+\s+){0,2}?(?:trabajo|proyectos?|clientes?|"
    r"encargos?|chambas?|laburos?)",
    r"(?:meterme|colocarme|enchufarme)",
    r"responder\s+por\s+mí",
)
JOB_TOPIC = _rx(
    # openings at the reader's place, asked about ("¿hay vacantes en tu equipo?"), not vacancies in general
    # ("¿dónde se enteran de las vacantes personas como yo?")
    r"(?:hay|tenéis|tienen|tenés|tienes|tiene|abren|abrís|abrirán|abriréis|saldrá|saldrán|sale|salen)\s+"
    r"(?:\w+\s+)?(?:vacantes?|ofertas?\s+de\s+(?:empleo|trabajo)|puestos?\s+(?:abiertos?|libres?|vacantes?))",
    r"(?:vacantes?|ofertas?\s+de\s+(?:empleo|trabajo)|puestos?\s+(?:abiertos?|libres?|vacantes?))\s+(?:\w+\s+)?"
    r"(?:en|para)\s+(?:tu|su|vuestr[oa]s?)",
    r"(?:se\s+(?:abre|abra|abriera|abriese)|sale|salga|saliera|surge|surja|surgiera)\s+(?:algo|alguna\s+\w+|algún\s+\w+)",
    r"(?:alguna\s+)?oportunidad\s+para\s+mí",
    r"por\s+si\s+(?:aparece|sale|surge|se\s+abre|hay|queda)\s+(?:algo|alguna?|algún)\b",
    # "si busca a su primer empleado, me interesa"
    r"(?:busca|buscas|buscás|buscáis|buscan)\s+(?:a\s+)?(?:su|tu|vuestr[oa])\s+primer\s+(?:empleado|contratación|fichaje|"
    r"\w+)\w*[^.?!]{0,30}?(?:me\s+interesa|aquí\s+estoy|cuenta\s+conmigo|me\s+apunto)",
    # what a favour asked of the reader is for: "¿podrías hablar con tu jefe para que me deje en la lista corta?" (the
    # favour itself may be an awkward position too: this is the job it is for)
    r"para\s+que\s+me\s+(?:den|dé|contraten|contrate|llamen|llame|entrevisten|tengan\s+en\s+cuenta|consideren)",
    r"para\s+que\s+me\s+(?:\w+\s+){0,3}?(?:lista\s+corta|terna|shortlist|siguiente\s+(?:fase|ronda)|entrevista|"
    r"puesto|plaza|trabajo)",
    # "¿Reciben practicantes?", "¿aceptáis becarios?"
    r"(?:reciben|recibís|recibe|aceptan|aceptáis|acepta|toman|tomáis|admiten|admitís|buscan|buscáis)\s+"
    r"(?:\w+\s+)?(?:practicantes|becari[oa]s|pasantes|trainees|aprendices|alumn[oa]s\s+en\s+prácticas)",
    # an inside line asked for: "¿no tendrás una palanca en Laboratorios Pisa?", "un enchufe en tu empresa"
    r"(?:una|alguna|algún|un)\s+(?:palanca|enchufe|pituto|cuña|padrino)\s+(?:en|para)\b",
    r"(?:entrar|meterme|colocarme)\s+(?:a\s+trabajar\s+)?como\s+\w+",
    # a trial at the reader's place: "¿Me dejarías hacer un día de prueba en tu restaurante?"
    r"(?:días?|semanas?|turnos?|periodo|período|jornadas?)\s+de\s+prueba",
    # "¿Sabe de alguna vacante en su equipo?", "¿Te enteraste de alguna búsqueda en tu empresa?"
    r"(?:sabes|sabés|sabe|sabéis|saben|te\s+enteraste|se\s+enteró|conoces|conocés|conoce|has\s+visto|viste)\s+"
    r"(?:de\s+)?(?:alguna?|algún)\s+(?:\w+\s+)?(?:búsquedas?|vacantes?|puestos?|plazas?|trabajos?|chambas?|laburos?|"
    r"curros?|ofertas?\s+de\s+(?:empleo|trabajo)|oportunidad(?:es)?\s+(?:laboral(?:es)?|de\s+trabajo))",
    r"(?:están|estan|está|estás|estáis)\s+(?:\w+\s+)?(?:contratando|incorporando|(?:buscando|tomando|sumando)\s+"
    r"(?:gente|personal|perfiles|personas))",
    r"(?:buscan|buscáis|busca|toman|tomáis|incorporan|incorporáis)\s+(?:gente|personal|perfiles|personas)",
    # the writer wants in at the reader's place: "me encantaría entrar en tu equipo", "para entrar en Despegar"
    r"(?:entrar|meterme|colocarme|incorporarme|sumarme|unirme)\s+(?:a\s+trabajar\s+)?(?:en|a|al)\s+"
    r"(?:tu\s+|su\s+|vuestr[oa]\s+|el\s+|la\s+)?(?:equipo|empresa|compañía|área|departamento|oficina|startup|"
    r"agencia|estudio|(?-i:[A-Z]\w+))",
    r"me\s+(?:encantaría|gustaría)\s+entrar\b",
    # "Me encantaría dar clases en tu estudio", "me gustaría trabajar con tu equipo"
    r"(?<!\bes\s)(?<!sería\s)(?<!siente\s)(?:trabajar|dar\s+clases|enseñar|colaborar|entrar|sumarme|unirme|formar\s+parte|"
    r"hacer\s+(?:mis\s+|las\s+|unas\s+)?prácticas)\s+(?:con\s+(?:ustedes|vosotros|vosotras|usted|vos|ti)\b|(?:\w+\s+)?"
    r"(?:en|con|de|a|para)\s+(?:tu|su|vuestr[oa])\s+(?:estudio|equipo|empresa|restaurante|escuela|academia|agencia|"
    r"oficina|clínica|local|negocio|compañía|proyecto|startup|área|departamento|laboratorio|grupo|bufete|despacho|"
    r"consultora|cocina|firma|fundación|ong|\w+(?:dora|tora|ería|ica)))",
    r"(?:yo\s+)?me\s+(?:sumo|apunto|ofrezco|postulo|anoto|candidateo)\b(?!\s+(?:a|al)\s+(?:\w+\s+)?(?:café|"
    r"cerveza|plan|charla|evento|taller|curso|webinar|meetup|comida|almuerzo|cena|llamada))",
    r"(?:busco|buscando|necesito|quiero)\s+(?:\w+\s+){0,2}?(?:un\s+|una\s+)?(?:nuevo\s+|nueva\s+)?(?:trabajo|empleo|"
    r"puesto|chamba|laburo|curro)",
    # (not the work as it is done there: "cómo es el trabajo en su equipo")
    r"(?<!\bel\s)(?:trabajo|empleo|puesto)\s+(?:en\s+)?(?:tu|su|vuestra)\s+(?:empresa|equipo|compañía)",
    r"(?:algún|alguna|algun)\s+(?:puesto|vacante|oportunidad\s+laboral|trabajo|cargo|plaza|búsqueda|posición|hueco|"
    r"huequito)",
    # someone who hires, asked about: "¿no sabrá de alguien que necesite una contable?", "¿conoces a alguien que busque
    # diseñadora?"
    r"(?:sabes|sabés|sabe|sabrá|sabrás|sabéis|conoces|conocés|conoce|conocerá|conocerás)\s+(?:de\s+|a\s+)?(?:alguien|"
    r"alguna\s+empresa|algún\s+\w+)\s+que\s+(?:necesite|busque|esté\s+buscando|ande\s+buscando|contrate|quiera\s+contratar)",
    # help asked to get in: "echarme un cable para entrar", "una mano para entrar en Inditex"
    r"para\s+(?:poder\s+)?(?:entrar|meterme|colocarme)\b",
)
OFFER_TO_READER = _rx(
    r"(?:me\s+)?acordé\s+de\s+(?:ti|vos|usted)",
    r"pensé\s+en\s+(?:ti|vos|usted)",
    r"(?:encaja|encajaría|va)\s+(?:\w+\s+)?contigo",
    r"para\s+(?:ti|vos|usted)",
    r"(?:te|le)\s+(?:puede|podría|pueda)\s+interesar",
    r"por\s+si\s+(?:te|le)\s+interesa",
    r"(?:quieres|querés|quiere)\s+que\s+(?:te|le)",
    r"si\s+(?:te|le)\s+interesa",
)
QUALIFYING = _rx(
    r"(?:qué|que)\s+(?:habilidades|experiencia|requisitos|perfil|conocimientos)",
    r"(?:en\s+qué|que)\s+(?:\w+\s+)?(?:fijan|fijáis|buscan)",
    r"prepar(?:arme|arse|o)",
    r"(?:qué|que)\s+hace\s+falta",
    r"cómo\s+contratan",
    # how long or how much: "¿Cuánto suele durar el periodo de prueba?"
    r"¿\s*(?:cuánto|cuánta|cuántos|cuántas)\b",
)
SELF_WANT = _rx(
    r"(?:estoy|ando)\s+buscando",
    r"busco",
    r"necesito",
    r"quiero",
    r"me\s+(?:gustaría|ilusionaría|encantaría)\s+(?:mucho\s+)?(?:encontrar|conseguir|trabajar|cambiar)",
    r"me\s+interesa(?:ría)?\s*[.!]",
    # the writer offers themself for a place: "¿Ya tienes equipo o me apunto?", "Yo me sumo mañana mismo"
    r"(?:yo\s+)?me\s+(?:sumo|apunto|ofrezco|postulo|anoto|candidateo)\b(?!\s+(?:a|al)\s+(?:\w+\s+)?(?:café|"
    r"cerveza|plan|charla|evento|taller|curso|webinar|meetup|comida|almuerzo|cena|llamada))",
)

# Requests without a question mark: a wish (ojalá pudieras…), a favour (me harías un gran favor si…), gratitude in
# advance (agradecería que…), delight (estaría encantada de…), need (necesitaría que…), a plain "te pido que". Read
# both as any request and as a request of the reader.
_UNMARKED_REQUESTS = (
    # the reader's part needed, stated: "necesito tus comentarios para mañana", "la necesito sí o sí para el miércoles"
    r"necesito\s+(?:tu|tus|su|sus|vuestr[oa]s?)\s+\w+",
    r"(?:la|lo|las|los)\s+necesito\s+(?:\w+\s+){0,3}?(?:para|antes)",
    r"si\s+[^.!?]{0,80}?,\s*no\s+me\s+(?:voy\s+a\s+|iba\s+a\s+)?(?:quejar|enfadar|enojar|molestar|ofender)\w*",
    _WHEN_HIRING + r"[^.!?]{0,80}?" + _THINK_OF_ME,
    r"me\s+haría\s+(?:muy\s+)?(?:feliz|ilusión)\s+que",
    r"ojalá\s+(?:\w+\s+)?(?:pudieras|pudiera|pudieses|pudiese|puedas|pueda|podás|quisieras|quisiera|me)",
    r"me\s+(?:harías|haría|haces|hacés|hace)\s+(?:un\s+)?(?:gran\s+|enorme\s+|tremendo\s+)?favor",
    r"(?:hazme|hágame|haceme|háganme)\s+(?:el|un)\s+favor",
    r"agradecería(?:mos)?\s+(?:\w+\s+)?(?:que|si)",
    r"(?:estaría|estaríamos)\s+(?:encantad[oa]s?|feliz|felices)\s+(?:de|si)",
    r"(?:sería|seria)\s+un\s+(?:honor|placer|lujo|gusto)",
    r"necesitaría\s+que",
    r"(?:te|le|les|os)\s+pido\s+(?:por\s+favor\s+)?que",
    # "le ruego que considere…", "me sentiría muy honrado si me diera…", "me ayudaría muchísimo que…"
    r"(?:te|le|les|os)\s+ruego\s+(?:encarecidamente\s+)?que",
    r"me\s+(?:sentiría|sentiríamos)\s+(?:muy\s+|tan\s+)?(?:honrad|agradecid|feliz|afortunad)\w*\s+(?:si|de\s+que)",
    r"me\s+(?:ayudaría|serviría)\s+(?:\w+\s+)?(?:que|si)\b",
)

ASK_PHRASE = _rx(
    r"(?:podrías|podrias|puedes|podés|podrás)",
    r"(?:me|nos)\s+(?:podría|puede|podrá)",
    r"(?:podría|puede)\s+usted",
    r"(?:te|le)\s+(?:importaría|molestaría|importa)",
    # "¿tienes 20 minutos?", also without its question marks; not any "tienes" ("ahí lo tienes", "tienes razón")
    r"(?:tendrías|tenés|tienes|tendría|tiene|tenéis|tendríais|tendrán|tienen)\s+(?:\w+\s+){0,2}?(?:tiempo|minutos|"
    r"rato|hueco|disponibilidad|momento|media\s+hora|un\s+minuto|\d+|cinco|diez|quince|veinte|treinta|algún|alguna|"
    r"espacio|un\s+café|agenda)",
    r"necesito\s+(?:su|tu|vuestra)\s+\w+",
    r"me\s+vendría\s+(?:muy\s+)?(?:bien|genial|bárbaro|de\s+maravilla|fenomenal)",
    r"(?:estarías|estaría)\s+(?:dispuest[oa]|abiert[oa])",
    r"por\s+favor",
    r"(?:avísame|avisame|avíseme|me\s+avisas|me\s+avisás|me\s+dices|me\s+decís)",
    # not a warm wish ("me encantaría saber de ti") nor an offer to introduce ("me gustaría presentártela")
    # ("me gustaría pasarme a producto" is the writer's own wish for themself, no ask of the reader)
    r"me\s+(?:encantaría|gustaría)(?!\s+(?:saber\s+de\s+(?:ti|vos|usted|ustedes|vosotros)|present\w+|pasarme|cambiar|"
    r"dedicarme|especializarme|moverme|reorientarme|crecer|dar\s+el\s+salto|dar\s+un\s+giro)\b)",
    r"(?:quería|quisiera|queria|querría)\s+(?:pedirte|pedirle|preguntarte|preguntarle|saber|consultarte|consultarle)"
    r"(?!\s+(?:perdón|disculpas|disculpa|una\s+disculpa))",
    r"(?:te|le)\s+(?:quería|quisiera|querría)\s+(?:pedir|preguntar|consultar)",
    r"(?:sería|seria)\s+(?:\w+\s+)?(?:genial|estupendo|fantástico|de\s+gran\s+ayuda|útil|un\s+placer|ideal|"
    r"perfecto|buenísimo|maravilloso|increíble|bárbaro|chévere)",
    r"(?:te|le)\s+(?:estaría|quedaría)\s+(?:muy\s+)?agradecid[oa]",
    r"(?:te|le|les|os)\s+agradecería(?:mos)?\s+(?:\w+\s+)?(?:que|si)",
    r"me\s+(?:preguntaba|pregunto)\s+si",
    r"necesito\s+que",
    *_UNMARKED_REQUESTS,
    r"¿",
)
REQUEST = _rx(
    r"(?:podrías|podrias|puedes|podés)",
    r"(?:me|nos)\s+(?:podría|puede)",
    r"(?:podría|puede)\s+usted",
    r"(?:te|le)\s+(?:importaría|molestaría|importa)",
    r"por\s+favor",
    r"(?:habría|hay)\s+(?:alguna\s+)?(?:posibilidad|forma|chance)",
    r"(?:te|le)\s+(?:estaría|quedaría)\s+(?:muy\s+)?agradecid[oa]\s+si",
    r"(?:te|le|les|os)\s+agradecería(?:mos)?\s+(?:\w+\s+)?(?:que|si)",
    r"(?:sería|seria)\s+(?:\w+\s+)?(?:genial|estupendo|de\s+gran\s+ayuda|útil)\s+si",
    r"me\s+(?:encantaría|gustaría)\s+que",
    r"(?:quería|quisiera|querría)\s+(?:pedirte|pedirle)(?!\s+(?:perdón|disculpas|disculpa|una\s+disculpa))",
    r"(?:pídele|pidele|pedile|pídale|dile|decile|dígale)\s+(?:a\s+(?:\w+\s+){1,3})?que",
    r"necesito\s+que",
    *_UNMARKED_REQUESTS,
    r"(?:tienes|tenés|tiene)\s+que\s+(?:ayudarme|conseguirme|darme|recomendarme)",
    r"lo\s+mínimo",
    r"(?:tenme|téngame|tenéme)\s+en\s+cuenta",
    r"(?:ayúdame|ayudame|ayúdeme)",
    # an imperative with its clitic asks: "pasame las preguntas", "mándame el contacto", "decime", "dígame", "hazme"
    # (the stems carry the tú stress accent, optional like every accent here: pásame and vos pasame alike)
    r"(?:pás|mánd|enví|reenví|cont|cuént|avís|escríb|llám|presént|recomiénd|recomend|ayúd|éch|consíg|confírm|explíc|"
    r"respónd|contést|agénd|apúnt|resérv|guárd|revís|fírm)(?:a|e|i|á|é|í|ue)(?:me|nos)\b",
    r"(?:di|decí|deci|díga|diga|da|de|dé|haz|hacé|hace|hága|haga|pon|poné|pone|pónga|ponga)(?:me|nos)\b",
    # a favour put as a condition: "Si le dices que soy de confianza, seguro que me da el puesto"
    r"si\s+(?:le|les)\s+(?:dices|decís|dice|hablas|hablás|habla|comentas|comentás|comenta|pasas|pasás|pasa|mandas|"
    r"mandás|manda|dijeras|dijera|dijeses|dijese|hablaras|hablara|comentaras|comentara|pasaras|pasara|mandaras|"
    r"mandara|mencionaras|mencionara)\b",
    # sending someone your CV asks them to consider it: "Le adjunto mi CV por si tiene algún cargo para mí"
    r"(?:te|le|os|les)\s+(?:adjunto|envío|mando|paso|dejo|comparto)\s+mi\s+(?:cv|currículum|curriculum|"
    r"hoja\s+de\s+vida|portafolio|portfolio|reel|candidatura)",
)
OFFER_OF_HELP = _rx(
    r"si\s+(?:yo\s+)?(?:puedo|pudiera)\s+(?:\w+\s+){0,3}?(?:ayudar|devolver|hacer)",
    r"devolver(?:te|le)?\s+el\s+favor",
    r"si\s+(?:alguna\s+vez\s+|algún\s+día\s+|en\s+algún\s+momento\s+)?(?:te|le)\s+(?:sirve|interesa|viene\s+bien|apetece)",
    # (not "si necesitas a alguien en tu equipo, ya sabes dónde encontrarme": that puts the writer forward for a post;
    # "si necesitas que alguien te prepare, ya sabes dónde encontrarme" is a favour offered)
    r"si\s+(?:quieres|querés|quiere|necesitas|necesitás|necesita)(?:(?=\s+que\b)|(?![^.!?]{0,120}?"
    + _THINK_OF_ME
    + "))",
    r"encantad[oa]\s+de\s+ayudar",
    r"cuenta\s+conmigo",
    # whatever the reader may need: "cualquier cosa que necesites, avísame", "lo que te haga falta, me decís"
    r"(?:cualquier\s+cosa|lo|todo\s+lo|para\s+lo)\s+que\s+(?:\w+\s+)?(?:necesites|necesités|necesite|necesiten|"
    r"necesitéis|precises|precise|(?:te|le|les|os)\s+haga\s+falta)",
    r"me\s+(?:gustaría|encantaría)\s+present\w+",
    r"(?:quedo|quedamos)\s+pendiente\s+para\s+(?:hacer|el)\s+(?:el\s+)?contacto",
    # a treat offered: "si pasa por Cali, me encantaría invitarlo a un café", "cuando vuelvas, te invito a cenar"
    r"me\s+(?:gustaría|encantaría)\s+(?:invitar|llevar|convidar)\w*",
    r"(?:te|le|lo|la|os|les|los)\s+invito\s+(?:a|yo)",
)
# The writer makes the introduction, to both at once (the message is the act, nothing is asked): "así que os
# presento", "les presento: Juan…", "aquí las dejo conectadas", "os pongo en contacto". Not "te presento a Daniela":
# one reader introduced to someone is usually asked to act ("escríbele cuando puedas"); nor "me presento".
INTRODUCING = _rx(
    r"(?:os|les|las|los)\s+presento",
    r"(?:aquí|acá)\s+(?:os|les|las|los)\s+dejo",
    r"(?:os|les|las|los)\s+(?:pongo|dejo)\s+en\s+contacto",
    r"(?:os|les|las|los)\s+conecto",
)

CONNECTION = _rx(
    # a past exchange with the reader, told by them: "en la cena me comentaste que…", "lo que contaste de tu
    # hermana", "el curso que me dijiste", "como me dijo usted en la feria", "gracias otra vez por el café"
    r"(?:me|nos)\s+(?:comentaste|contaste|dijiste|explicaste|recomendaste|sugeriste|mencionaste|hablaste|"
    r"enseñaste|mostraste|prometiste|comentasteis|contasteis|dijisteis)",
    r"(?:lo\s+)?que\s+(?:me\s+|nos\s+)?(?:contaste|comentaste|dijiste|explicaste|mencionaste|compartiste|"
    r"contó\s+usted|dijo\s+usted)",
    r"como\s+(?:me|nos)\s+(?:dijo|comentó|sugirió|recomendó|indicó|pidió)(?:\s+usted)?",
    r"(?:mencionaste|comentaste|contaste|dijiste|explicaste|contabas|decías|comentabas)\s+que",
    r"gracias\s+(?:otra\s+vez|de\s+nuevo|nuevamente)\s+por",
    r"nos\s+(?:conocimos|vimos|cruzamos|presentaron|escribimos|conocemos)",
    # (the present doubles as a proposal: "¿Hablamos el jueves?" says nothing of a past)
    # (nor the present of what the writer's team does: "en mi empresa trabajamos con datos", "compartimos la pasión")
    r"(?<!¿)(?:trabajamos(?!\s+con\s+(?!tu\b|su\b|vos\b|usted\b|ti\b|vosotr))|estudiamos|coincidimos|hablamos|"
    r"charlamos|compartimos(?!\s+(?:la\s+|el\s+|una\s+|un\s+)?(?:pasión|interés|gusto|visión|valores|objetivo)))"
    r"(?!\s*\?|\s+(?:mañana|pronto|luego|después|la\s+semana|esta\s+semana|este\s+\w+|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|cuando|un\s+rato|por\s+teléfono|por\s+zoom|por\s+meet|\d))",
    # "qué bien charlar anoche", "qué gusto haberla conocido", "qué bueno cruzarte en la Nerdearla"
    r"(?:qué|que)\s+(?:bien|bueno|buena|gusto|placer|alegría|lindo|padre|chévere|bacán|guay)\s+(?:fue\s+)?"
    r"(?:haber(?:te|la|lo|le|os)?\s+)?(?:volver\s+a\s+)?(?:conoc|cruz|ver|vist|charl|habl|coincid|platic|conversar|encontr)\w*",
    r"(?:me\s+)?(?:encantó|gustó|alegró)\s+(?:mucho\s+)?(?:conocer|cruzar|ver|charlar|hablar|coincidir|platicar|"
    r"conversar)\w*",
    r"(?:fue\s+un\s+)?(?:gusto|placer|genial|lindo|bueno)\s+(?:conocerte|conocerle|conocerlo|conocerla|verte|verle|"
    r"charlar|hablar|coincidir)",
    r"me\s+(?:dio|pasó|compartió|facilitó|(?:ha|han)\s+(?:dado|pasado|compartido|facilitado))\s+(?:tu|su|vuestro)\s+"
    r"(?:contacto|nombre|correo|mail|email|número|perfil)",
    r"me\s+(?:sugirió|recomendó|aconsejó|dijo)\s+que\s+(?:te|le)\s+(?:escribiera|contactara|escriba)",
    # a referrer: "me sugirió escribirte", "me animó a contactarle", "me dijo que tú también…", "me habló de ti"
    r"me\s+(?:sugirió|recomendó|aconsejó|animó\s+a|pidió\s+que)\s+(?:que\s+)?(?:escrib|contact|habl|busc|"
    r"llam)\w*",
    r"me\s+(?:dijo|contó|comentó|explicó)\s+que\s+(?:tú|usted|vos|ustedes|trabajas|trabaja|trabajás|estás|está|"
    r"sabes|sabe|sabés|eres|es\s+(?:la|el)\s+persona|podrías|podría)",
    r"me\s+habló\s+(?:muy\s+)?(?:bien\s+)?de\s+(?:ti|usted|vos|tu|su)",
    # what the referrer told of the reader, verb first: "Manuel me dijo que llevas años en…", "me contó que pasaste
    # de contadora a analista"
    r"me\s+(?:dijo|contó|comentó|explicó)\s+que\s+(?:ya\s+|también\s+)?\w{3,}?(?:as|es|ás|és|aste|iste)\b",
    # the reader seen at work: "te vi moderar la mesa…", "la escuché presentar en…"
    r"(?:te|la|lo|le|os)\s+(?:vi|escuché|oí)\s+\w{2,}?(?:ar|er|ir)\b",
    r"(?:tu|su)\s+(?:nombre|contacto|correo|perfil|número)\s+me\s+l[oa]\s+(?:dio|pasó|facilitó|compartió|dieron|"
    r"pasaron)",
    # where the writer found them: "encontré su nombre en la lista de…", "te encontré en el grupo de…"
    r"(?:encontré|vi|saqué|conseguí|tomé|busqué|di\s+con)\s+(?:tu|su)\s+(?:nombre|perfil|contacto|correo|datos|número)",
    # where the reader works, as the writer found it: "vi que trabajas en Glovo", "leí que usted coordina el área…"
    # said as the reason for writing, not in passing after the writer's own news ("sigo buscando … y vi que trabajas
    # en Cabify"); not news of a change ("vi que ahora estás en…"), nor "vi que estás muy ocupada"
    r"(?<!\by\s)(?<!\be\s)(?:vi|veo|leí|he\s+visto|he\s+leído)\s+que\s+(?:usted\s+|tú\s+|vos\s+)?(?:también\s+)?"
    r"(?:(?:trabaj\w+|estás|está|estáis)\s+(?:\w+\s+){0,3}?(?:en|a\s+cargo|al\s+frente)|"
    r"(?:coordin|dirig|lider|fund|gestion)\w+\s+(?:el|la|los|las|un|una)|llevas?\s+(?:el|la|los|las))\b",
    # a past exchange: "el informe que me pidió", "el libro que me recomendaste", "como quedamos en la feria",
    # "soy la que te preguntó por Kubernetes"
    # (not someone else's word: "el manual que me recomendó mi tutora")
    r"que\s+(?:me|nos)\s+(?:pidió|pediste|pidieron|pidieran|solicitó|solicitaste|encargó|encargaste|recomendó|"
    r"recomendaste|sugirió|sugeriste|prometió|prometiste|comentó|comentaste|mencionó|mencionaste)"
    r"(?!\s+(?:mi|mis|un|una|nuestr[oa]s?)\s)",
    r"como\s+(?:quedamos|acordamos|habíamos\s+quedado|te\s+prometí|le\s+prometí|os\s+prometí)",
    r"soy\s+(?:el|la)\s+que\s+(?:te|le|os)\s+\w+",
    r"(?:encontré|he\s+encontrado|descubrí|he\s+descubierto|conocí)\s+(?:tu|su|vuestr[oa]s?)\s+(?:\w+\s+)?"
    r"(?:en|a\s+través|por|gracias)",
    r"(?:estuvimos|estábamos)\s+(?:\w+ando|\w+iendo|juntos|juntas|en\s+(?:el|la))",
    r"(?<!¿)(?:platicamos|conversamos|nos\s+escribimos|nos\s+saludamos|nos\s+presentaron)"
    r"(?!\s*\?|\s+(?:mañana|pronto|luego|después|la\s+semana|esta\s+semana|este\s+\w+|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|cuando|un\s+rato|por\s+teléfono|por\s+zoom|por\s+meet|\d))",
    r"(?:te|la|lo|le|os)\s+(?:encontré|vi|conocí|descubrí|escuché|leí)\s+(?:en|a\s+través|por|gracias)",
    r"(?:tu|su)\s+(?:nombre|perfil)\s+(?:aparece|figura|sale|está|salió|apareció)\s+en",
    # the writer places themself in a shared group: "Soy Greta, de la promoción 2019…", "soy Carlos, el de la taquería"
    r"soy\s+\w+(?:\s+\w+)?\s*,\s+(?:de\s+la|de\s+los|de\s+las|del|de\s+su|de\s+tu|de\s+vuestr[oa]|el\s+del?|la\s+del?|"
    r"tu|su|ex|estuve|compañer\w*|"
    r"alumn\w*|quien|que)",
    r"(?:estuve|estuvimos|participé|fui)\s+(?:\w+\s+)?en\s+(?:tu|su|vuestr[oa])\s+\w+",
    # an earlier exchange: "gracias por responder a mi pregunta en el foro", "el CV que te mandé"
    r"gracias\s+por\s+(?:responder|contestar|comentar|aceptar|tu\s+respuesta|su\s+respuesta|tu\s+comentario|"
    r"su\s+comentario|atender)",
    r"(?:te|le|os)\s+(?:mandé|envié|pasé|comenté|conté|escribí|pregunté|prometí|he\s+mandado|he\s+enviado|"
    r"he\s+escrito)",
    r"(?:sugerencia|recomendación)\s+de\s+\w+",
    r"de\s+parte\s+de",
    r"(?:tu|su)\s+(?:\w+\s+)?(?:charla|ponencia|intervención|exposición|keynote|artículo|columna|post|"
    r"publicación|posteo|reportaje|libro|podcast|pódcast|póster|poster|entrada|ensayo|episodio|tuit|reel|tesis|paper|investigación|taller|panel|mesa\s+redonda|webinar|newsletter|entrevista|presentación|video|"
    r"vídeo|blog|conferencia|hilo|curso|clase)",
    r"(?:amig[oa]|colega|compañer[oa])\s+(?:en\s+)?común",
    r"(?:a\s+través|por\s+medio)\s+de\s+(?:\w+\s+){0,2}?(?:amig[oa]|colega|compañer[oa]|red|asociación|alumni|"
    r"comunidad|grupo|mentor[a]?|meetup|curso)",
    r"(?:nuestr[oa]s?)\s+(?:época|tiempo|tiempos|años|días)\s+(?:en|de)",
    # ("¡Cuánto tiempo!" alone says they met, not where: the reader who may not place the writer is none the wiser;
    # "cuánto tiempo desde aquella temporada en Canarias volando juntos" says it)
    r"\w+(?:ando|iendo)\s+junt[oa]s",
    r"(?:desde|de)\s+(?:aquel(?:l[oa]s?)?|aquella|esa|ese|esos|esas)\s+(?:\w+\s+)?(?:temporada|época|etapa|año|años|días|tiempos|"
    r"verano|curso|proyecto|viaje)",
    r"(?:te|se)\s+acuerdas?|(?:te|se)\s+acordás|(?:te|se)\s+acorda(?:i|ís|is)\b|recuerdas|recordás|recuerda",
    # "I saw/read/follow your…": the reader's work, not any "vi que…" or "sigo siendo"
    r"(?:leí|escuché|vi|seguí|sigo|he\s+leído|he\s+visto|he\s+seguido|he\s+escuchado)\s+(?:con\s+\w+\s+)?"
    r"(?:tu|tus|su|sus|vuestr[oa]s?|el|la|los|las|un|una)\b",
    r"asistí\s+a",
    # the reader's work praised: "me encantaron las estanterías que subiste en Instagram"
    r"(?:me\s+(?:encantó|encantaron|gustó|gustaron|impresionó|impresionaron|sirvió|sirvieron)|admiro)\s+[^.!?]{0,60}?"
    r"que\s+(?:\w+aste|\w+iste|\w+aron|\w+ieron|subió|publicó|hizo|compartió|diseñó|escribió|armó|montó|pintó|"
    r"construyó|creó)",
    r"(?:acabo\s+de|terminé\s+de|estuve|estaba)\s+(?:leer|escuchar|ver|leyendo|escuchando|viendo)\s+(?:tu|su|vuestr)",
    r"(?:te|le|os)\s+sigo\s+(?:en|desde|hace)",
    r"(?:fui|era|soy)\s+(?:tu|su|vuestr[oa])\s+(?:ex\s*)?(?:alumn[oa]|estudiante|compañer[oa]|colega|becari[oa]|"
    r"practicante|paciente|cliente|vecin[oa]|proveedor[a]?)",
    # where the writer read about them: "Vi en LinkedIn que…", "Leí en El Observador que tu productora…"
    # (not news of a change, "Vi en LinkedIn que ahora estás en Cencosud": that is no reason they would place you)
    r"(?:vi|leí|escuché|supe|me\s+enteré|descubrí|he\s+visto|he\s+leído)\s+(?:\w+\s+)?(?:en|por)\s+\w+"
    r"(?!\s+que\s+(?:ahora|ya)\b)",
    r"cuando\s+(?:\w+\s+)?(?:estábamos|trabajábamos|estudiábamos|coincidimos)",
    r"(?:ex|antigu[oa])\s+(?:compañer[oa]|colega|jef[ea]|equipo)",
    r"(?:compañer[oa]|colega|alumn[oa]|miembro)\s+de",
    # "Ana me presentó" (the accent kept: "me presento" is the writer introducing themself, no connection)
    r"(?:me\s+|nos\s+)?(?:present\u00f3|presentaron|refiri\u00f3|deriv\u00f3)",
    # "desde que nos vimos", "no hablamos desde la boda", "cuánto tiempo desde el máster" (not "pasar a UX desde el
    # diseño editorial", "desde el lunes": a start, no shared past)
    r"desde\s+que\s+nos",
    r"(?:no\s+(?:nos\s+)?(?:hablamos|vemos|vimos|escribimos|sabemos|coincidimos)|tiempo|años|meses)\s+"
    r"(?:\w+\s+){0,3}?desde\s+(?:la|el|aquel|aquella)\b",
    r"desde\s+(?:la|el|aquel|aquella)\s+(?:\w+\s+){1,5}?(?:pasaron|pasó|han\s+pasado|ha\s+pasado|ha\s+llovido|llovió)",
    r"(?:hicimos|estuvimos|fuimos|tuvimos|compartimos|estudiamos|trabajamos)\s+(?:\w+\s+){0,4}?junt[oa]s",
    r"(?:habló|hablaste|presentó|presentaste|expuso|expusiste)\s+(?:usted\s+)?(?:sobre|de|acerca)",
    # (round 8) A past exchange in other forms. The reader did something to or for the writer: a second-person
    # preterite with the writer as its object ("me invitaste a tu pódcast", "nos atendiste en la feria"), or the reader
    # named doing it to the writer's work ("Usted revisó en abril mi pull request").
    r"(?<!\bte\s)(?:me|nos)\s+\w{2,}(?:aste|iste|asteis|isteis)\b",  # (not "te me viniste a la cabeza")
    r"(?:usted|tú|vos)\s+(?:me\s+)?\w{2,}(?:ó|aste|iste)\s+(?:\w+\s+){0,3}?(?:mi|mis|conmigo)\b",
    r"(?:usted|tú|vos)\s+(?:ya\s+)?(?:vio|viste|leyó|leíste|oyó|oíste|probó|probaste)\s+(?:\w+\s+){0,2}?(?:mi|mis)\b",
    # the two did something together: "tuvimos los stands pegados", "fuimos al mismo instituto", "hicimos el máster"
    r"(?<!¿)(?<!¿\s)(?:tuvimos|hicimos|fuimos|estuvimos)\b",
    # shared times named as theirs: "nuestros turnos de noche", "nuestras clases de alemán"
    r"nuestr[oa]s\s+(?:\w+\s+)?(?:turnos|guardias|clases|cursos|prácticas|viajes|noches|partidos|ensayos|"
    r"reuniones|comidas|cafés|charlas|tardes|veranos|campamentos)",
    # a silence since something shared: "desde el taller de vocería no sabía nada de ti"
    r"desde\s+(?:el|la|los|las|aquel|aquella|nuestr[oa]s?)\s+[^.!?]{0,80}?no\s+(?:\w+\s+)?(?:sabía|sé|sabemos|"
    r"sabíamos|hablamos|hablábamos|vemos|vimos|veo|vi|coincidimos)\b",
    # a reply: the reader wrote first ("sobre tu pregunta", "tu mensaje se fue a spam", "perdona que no te contestara")
    r"(?:tu|su|vuestr[oa])\s+(?:mensaje|correo|pregunta|consulta|mail|email|e-mail|audio|whatsapp)",
    r"no\s+(?:te|le|os|les)\s+(?:contestara|contestase|respondiera|respondiese|contesté|respondí|haya\s+contestado|"
    r"haya\s+respondido)",
    # an apology for something past between them ("Siento mucho que las ilustraciones llegaran tarde"), not for
    # writing now ("perdona que te escriba sin conocerte")
    r"(?:siento|lamento|perdona|perdoná|perdone|perdón|disculpa|disculpá|disculpe)\s+(?:mucho\s+|muchísimo\s+)?"
    r"(?:que\s+(?:no\s+)?(?:\w+\s+){0,6}?\w+(?:ara|iera|aran|ieran|ase|iese)\b|(?:lo\s+de|lo\s+del|el\s+retraso|"
    r"la\s+demora|el\s+malentendido|el\s+error|lo\s+ocurrido|lo\s+que\s+pasó))",
    # a follow-up: "perdón que te escriba de nuevo", "le escribo otra vez", "disculpe que la moleste otra vez"
    r"(?:te|le|la|lo|os|les)\s+(?:escribo|escriba|vuelvo\s+a\s+escribir|moleste|molesto|vuelvo\s+a\s+molestar|"
    r"vuelva\s+a\s+molestar)\s+(?:\w+\s+)?(?:de\s+nuevo|otra\s+vez|nuevamente)",
    # (round 9) A meeting recalled with the reader as its object: "qué gusto haberla saludado en el bautizo", "un gusto
    # haberte visto el sábado"
    r"(?:un|qué|que)\s+(?:gusto|placer|alegría)\s+(?:fue\s+)?haber(?:te|la|lo|le|os)\s+(?:saludado|visto|conocido|"
    r"encontrado|escuchado)",
    # the formal reader told the writer something: "Usted me comentó en la feria…", "allá me contó que su cuñado…"
    r"(?:usted|ud|allá|allí|ahí|entonces)\s+(?:me|nos)\s+(?:comentó|contó|dijo|explicó|mencionó|recomendó|sugirió|"
    r"habló|enseñó|mostró|prometió)",
    # the writer places themself by what they did with the reader: "Soy Matías, el estudiante que te pidió tu tarjeta",
    # "soy Mía, la practicante que le hizo tantas preguntas"
    r"soy\s+\w+(?:\s+\w+)?\s*,\s+(?:el|la)\s+\w+(?:\s+\w+)?\s+(?:que|con\s+quien)\s+(?:te|le|os|les|usted|"
    r"estuv|conoci|coincid|habl)",
    # the same group: "estuvimos en la misma generación", "entramos en la misma promoción de becarios"
    r"(?:entramos|empezamos|estuvimos|fuimos|éramos|estábamos|salimos|egresamos|terminamos)\s+(?:\w+\s+){0,2}?"
    r"(?:la\s+misma|el\s+mismo|los\s+mismos|las\s+mismas)\s+\w+",
    # where the writer found the reader: "di con usted por su artículo", "llegué a ti por el podcast"
    r"(?:di|he\s+dado|llegué|he\s+llegado)\s+(?:con|a)\s+(?:usted|ustedes|ti|vos|vosotr[oa]s)\s+"
    r"(?:por|a\s+través|gracias|en|desde)\b",
    # "Tanto tiempo, desde el taller de cerámica" (the comma between the two)
    r"(?:tanto|cuánto|mucho)\s+tiempo\s*[,.…!]*\s+desde\s+(?:la|el|los|las|aquel|aquella|aquellos|aquellas|nuestr[oa]s?)\b",
    # how things are since a shared moment: "¿qué tal desde el congreso de Pontevedra?", "¿cómo va todo desde la
    # capacitación?"; after a talk they had: "después de hablar en la feria"
    r"(?:qué\s+tal|cómo\s+(?:va|vas|estás|está|andas|anda|te\s+va|le\s+va))(?:\s+todo)?\s+desde\s+(?:el|la|los|las|"
    r"aquel|aquella|aquellos|aquellas|nuestr[oa]s?)\b",
    r"después\s+de\s+(?:hablar|charlar|vernos|conocernos|coincidir)\s+(?:en|con|el|la|aquel|aquella)\b",
    # an event both were at, recalled: "Qué buena estuvo la juntada de Gophers el jueves"
    r"qué\s+(?:buena|bueno|lind[oa]|divertid[oa]|genial|grande)\s+(?:estuvo|fue)\s+(?:la|el|aquel|aquella)\b",
    # someone who knows the reader sent the writer: "Tamara, que trabajó contigo, me dijo que eras la persona indicada"
    r"me\s+dijo\s+que\s+(?:eras|era\s+usted|usted\s+era|tú\s+eras|podrías|podría|sabrías|sabría)\b",
    r"(?:trabajó|estudió|coincidió)\s+(?:contigo|con\s+usted|con\s+vos)\b",
    # the reader's work praised with a vosotros preterite: "me encantó el mural que pintasteis"
    r"(?:me\s+(?:encantó|encantaron|gustó|gustaron|impresionó|impresionaron)|admiro)\s+[^.!?]{0,60}?"
    r"que\s+\w+(?:asteis|isteis)",
    # followed for a long time: "sigo desde hace años el boletín de…", "leo hace tiempo tu blog"
    r"(?:sigo|leo|escucho|veo)\s+(?:desde\s+)?hace\s+(?:\w+\s+)?(?:años|meses|tiempo|rato)\s+(?:tu|tus|su|sus|"
    r"vuestr[oa]s?|el|la|los|las)\b",
    # an apology for what the writer failed to do for the reader, or for a silence the reader met: "perdón por no
    # conectarme a la videollamada", "lamento que nadie te haya escrito después de la entrevista"
    r"(?:sorry|perdón|perdona|perdoná|perdone|disculpa|disculpá|disculpe|disculpas|siento|lamento)\s+(?:mucho\s+)?"
    r"(?:por\s+)?no\s+(?:haber(?:me|te|le)?\s+)?\w+(?:ar|er|ir|arme|erme|irme|ado|ido)\b",
    r"(?:siento|lamento)\s+(?:mucho\s+)?que\s+(?:no\s+|nadie\s+)?(?:te|le|os|les)\s+(?:haya|hayan|hayamos)\s+\w+(?:ado|ido|ito|to)\b",
    # a group both belong to: "somos del mismo grupo de running", "estamos en la misma asociación", "fuimos a la misma
    # escuela" (with or without accents)
    r"(?:somos|éramos|eramos|fuimos|estamos|estábamos|estabamos|estuvimos|vamos|íbamos|ibamos)\s+(?:\w+\s+){0,2}?"
    r"(?:del|de\s+la|de\s+los|de\s+las|en\s+el|en\s+la|en\s+los|en\s+las|al|a\s+la)\s+mism[oa]s?\b",
)

# Spanish drops the subject: "Soy analista. Trabajo con SQL. Quiero pasarme a datos." A first-person verb leading a
# sentence is the writer talking about themself: the present in -o (trabajo, quiero, llevo), the preterite in -é/-í
# (dejé, aprendí, dirigí), the common irregulars (soy, estoy, voy, fui, hice, tuve, estuve) and "he + participle".
# Words that end the same way but are no such verb (como, todo, pero, así, qué, gerunds, participles) are left out,
# and so are the ones that usually turn to the reader (espero, siento, sé).
# A hedge or a sentence adverb before a first-person verb (round 18): "Igual me falta experiencia", "Sinceramente, me he
# quedado estancado", "Por eso ahora estudio…", "La verdad es que llevo años…", "Personalmente, siempre he querido…".
_HEDGE = (
    r"igual|sinceramente|honestamente|francamente|personalmente|realmente|en\s+realidad|de\s+hecho|por\s+eso|"
    r"por\s+ello|la\s+verdad(?:\s+es\s+que)?|es\s+que|siempre|todavía|aún|aun\s+así|sin\s+embargo|mientras\s+tanto|"
    r"por\s+ahora|de\s+momento"
)
_NOT_FIRST_VERB = (
    r"(?!(?:como|cómo|cuando|cuándo|todo|pero|luego|claro|algo|solo|sólo|mucho|poco|tanto|cuanto|cuánto|otro|esto|eso|"
    r"este|mismo|nuevo|primero|segundo|tercero|último|ultimo|año|caso|centro|equipo|ejemplo|gusto|saludo|abrazo|"
    r"beso|tampoco|pronto|dentro|encima|cerca|lejos|nosotros|vosotros|ellos|uno|ninguno|alguno|cada|asimismo|"
    r"adjunto|quedo|mientras|así|aquí|allí|ahí|allá|sí|qué|por\s*qué|café|bebé|espero|siento|sé|se|lo|yo|no|o|"
    r"perdón|quizá|ojalá|hoy|ayer|desde|hacia|sobre|tras|perfecto|obvio|cierto|seguro|correcto|exacto|listo|anexo|"
    r"efectivamente|respecto|mediante|durante|excepto|incluso|tampoco|apenas|encanto|saludos)\b)"
)
_FIRST_VERB = (
    _NOT_FIRST_VERB
    + r"(?:soy|estoy|tengo|voy|hago|doy|vengo|salgo|pongo|conozco|ofrezco|sigo|fui|hice|tuve|estuve|pude|quise|dije|"
    r"vine|puse|supe|traje|he\s+\w+(?:ado|ido|to|cho)|"
    # (round 9) the irregular preterites in -uje / -uve / -use: "Reduje las mermas", "Conduje el laboratorio"
    r"(?:re|con|tra|pro|intro|de)duje|(?:ob|man|de|con|re)?tuve|anduve|(?:pro|im|com|dis|su)puse|"
    # a regular form, not a participle or gerund (encantado, agradecido, hablando)
    r"[^\W\d_]{2,}(?:o|é|í)\b(?<!ado)(?<!ido)(?<!ndo))"
)
# Counted over the whole message, a name before a surname ("Álvaro Prieto" under the message) is no verb; a sentence
# (about-me reads sentences of three words or more) may well go on with a name: "Estudié Física en Granada".
_NOT_A_NAME = r"(?!\s+(?-i:[A-ZÁÉÍÓÚÑ]\w*\s*$))"
# The verb-led sentence is about the writer unless it turns to the reader ("Vi tu charla", "Creo que tienes razón").
_TO_THE_READER = r"(?![^\n.!?]*\b(?:tú|tu|tus|te|ti|contigo|vos|usted|ustedes|os|vuestr[oa]s?)\b)"
FIRST_PERSON = re.compile(
    r"\b(?:yo|me|mi|mis|mí|conmigo)\b|(?:^|(?<=[.!?…\n]))[\s¡¿]*(?:(?:"
    + _HEDGE
    + r")\b[,\s]+)*"
    + _FIRST_VERB
    + _NOT_A_NAME,
    re.IGNORECASE | re.MULTILINE,
)
SECOND_PERSON = re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|vos|usted|ustedes|su|sus|le)\b", re.IGNORECASE)

PRESSURE = _rx(
    r"me\s+(?:debes|debés|debe)(?!\s+nada)",
    r"cuento\s+contigo|cuento\s+con\s+(?:vos|usted|que)",
    r"como\s+amig[oa]\s+(?:deberías|tienes\s+que|tenés\s+que|debes)",
    # the answer taken for granted: "sé que no me vas a decir que no / fallar", "seguro que a ti no te cuesta nada"
    r"(?:sé|estoy\s+segur[oa]\s+de|seguro|imagino|me\s+imagino|supongo|confío\s+en|doy\s+por\s+hecho)\s+que\s+no\s+"
    r"me\s+(?:vas|va|vais)\s+a\s+(?:decir\s+que\s+no|fallar|dejar\s+(?:mal|tirad[oa]|colgad[oa]|plantad[oa])|negar)",
    # a group that owes itself help: "entre paisanos tenemos que echarnos una mano", "entre docentes deberíamos
    # ayudarnos" (not what a group does: "en la asociación nos apoyamos mucho")
    r"(?:tenemos\s+que|deberíamos|debemos|hay\s+que|habría\s+que)\s+(?:\w+\s+)?(?:ayudarnos|apoyarnos|cuidarnos|"
    r"echarnos\s+(?:una\s+mano|un\s+cable)|darnos\s+(?:una\s+)?mano|tendernos\s+(?:una\s+)?mano)",
    r"nos\s+(?:tenemos\s+que|debemos|deberíamos)\s+(?:ayudar|apoyar|echar\s+una\s+mano)",
    r"(?:uno|una)\s+(?:tiene\s+que|debe|debería)\s+(?:ayudarse|apoyarse|echarse\s+una\s+mano)",
    # "yo siempre estuve cuando me necesitaste", "siempre he estado ahí para ti": the writer's loyalty as a debt
    r"(?:estuve|he\s+estado|estaba|te\s+ayudé|le\s+ayudé|aparecí)\s+(?:\w+\s+){0,2}?cuando\s+(?:tú\s+|vos\s+|usted\s+)?"
    r"me\s+(?:necesit|ped|llam)\w+",
    r"siempre\s+(?:estuve|he\s+estado|estoy)\s+(?:ahí\s+|allí\s+)?para\s+(?:ti|vos|usted)",
    # the hint of a reproach in advance: "espero que no seas de las que se olvidan de dónde vienen"
    r"no\s+(?:seas|sea|seás|seáis)\s+(?:un[oa]\s+|de\s+)?(?:los|las|esos|esas|aquellos|aquellas)\s+que",
    # the reader promised to others: "ya les dije a mis compañeros que vos ibas a dar la charla", "mi madre le contó a
    # toda la familia que me ibas a meter en tu empresa" ("ibas", "vas": the reader; "iba" may be the writer)
    r"(?:dije|he\s+dicho|conté|contó|dijo|ha\s+contado|prometí|he\s+prometido|aseguré|avisé|comenté|anuncié)\s+"
    r"[^.!?\n]{0,60}?que\s+(?:tú\s+|vos\s+|usted\s+)?(?:me\s+|nos\s+|les?\s+|l[oa]s?\s+)?"
    r"(?:ibas|ibais|vas|vais|(?<=usted\s)iba|(?<=usted\sme\s)iba|\w+rías)\b",
    # …in the present: "ya le dije a la jefa que tú me ayudas", "le avisé al comité que la carta la mandás vos"
    r"(?:dije|he\s+dicho|conté|contó|dijo|prometí|aseguré|avisé|he\s+avisado|comenté|anuncié|confirmé)\s+"
    r"[^.!?\n]{0,60}?que\s+(?:[^.!?\n]{0,30}?\s)?(?:(?:tú|vos)\s+(?:me\s+|nos\s+|le\s+|les\s+|l[oa]s?\s+)?"
    r"\w+(?:as|es|ás|és)|(?:me|nos|le|les|l[oa]s?)\s+\w+(?:ás|és|as|es)\s+(?:vos|tú))\b",
    r"(?:dije|he\s+dicho|conté|contó|dijo|prometí|aseguré|avisé|comenté|anuncié)\s+[^.!?\n]{0,60}?que\s+usted\s+"
    r"(?:me\s+|nos\s+|les?\s+|l[oa]s?\s+)?(?:iba\s+a|\w+ría)\b",
    # a favour called back in: "¿Te acuerdas de que te ayudé con la tesis? Bueno, ahora me toca a mí pedirte algo"
    r"(?:te\s+acuerdas|te\s+acordás|te\s+acordarás|se\s+acuerda|se\s+acordará|recuerdas|recordás|recuerda)\s+"
    r"(?:de\s+)?(?:que|cuando)\s+(?:yo\s+)?(?:te|le)\s+(?:ayudé|cubrí|eché|hice|presenté|recomendé|di|presté|pasé|"
    r"apoyé|llevé|conseguí)[^\n]{0,120}?(?:[.!?:;,…]\s*|\b(?:pues|bueno|y)\s+)(?:(?:pues|bueno|y|mira)\s+)*"
    r"(?:ahora|así\s+que|por\s+eso)\b",
    # (the turn leads its clause: in "¿te acuerdas de que te presenté a Clara? Me contó que ahora trabajáis juntos" the
    # past introduction is the connection)
    r"ahora\s+me\s+toca\s+a\s+mí\s+pedir\w*",
    # the claim itself, whatever favour came before it: "hoy por ti, mañana por mí", "ahora me toca a mí", "ahora soy
    # yo la que necesita algo", "es justo que ahora me presentes", "devuélveme el favor" (not the writer's turn to act:
    # "ahora me toca a mí invitarte", "ahora me toca decidir a mí")
    r"hoy\s+por\s+ti,?\s+mañana\s+por\s+mí",
    r"favor\s+con\s+favor\s+se\s+paga",
    r"ahora\s+(?:me\s+toca(?:\s+a\s+mí)?|es\s+mi\s+turno)(?=\s*[:.;!…]|\s*,\s*(?:pues|así\s+que|y)\b)",
    r"ahora\s+(?:soy\s+yo|el\s+que|la\s+que)\s+(?:(?:el|la)\s+que\s+)?(?:necesit\w+|pid\w+|te\s+pid\w+|le\s+pid\w+)",
    r"(?:es|sería)\s+(?:lo\s+)?justo\s+que\s+(?:ahora\s+)?(?:tú\s+|usted\s+|vos\s+)?me\b",
    r"(?:devolverme|devuélveme|devolveme|devuélvame|me\s+devuelvas|me\s+devuelva|me\s+devolvás)\s+el\s+favor",
    # an ultimatum on their reply: "si no me dices nada antes, tendré que…", "si no me contestás hoy"
    r"si\s+no\s+me\s+(?:dices|decís|dice|contestas|contestás|contesta|respondes|respondés|responde|escribes|escribís|"
    r"avisas|avisás|avisa)\s+(?:\w+\s+){0,2}?(?:antes|hoy|mañana|esta\s+semana|pronto|ya)\b",
    r"(?:a\s+ti|para\s+ti|a\s+usted|para\s+usted|a\s+vos|para\s+vos)\s+no\s+(?:te|le)\s+cuesta\s+nada",
    r"seguro\s+que\s+no\s+(?:te|le)\s+cuesta",
    # friendship as a debt: "después de tantos años de amistad, me merezco que me ayudes"
    r"(?:me\s+merezco|me\s+lo\s+merezco|me\s+debes)\s+(?:\w+\s+)?que",
    r"(?:después\s+de|con)\s+tantos\s+años\s+de\s+amistad",
    r"(?:tienes|tenés|tiene|debes|debés)\s+que\s+ayudarme",
    r"(?:después\s+de|con)\s+todo\s+lo\s+que\s+(?:\w+\s+){0,3}?(?:hice|he\s+hecho|hicimos|te\s+di|te\s+ayudé)",
    r"esperaba\s+(?:un\s+poco\s+|algo\s+|bastante\s+)?más\s+(?:de\s+(?:ti|usted|vos|alguien|una\s+persona)|\W)",
    # everyone else already did: "solo falta el de ustedes", "solo faltas tú"
    r"(?:solo|sólo|nada\s+más|únicamente)\s+(?:me\s+)?(?:falta|faltan|faltas|faltás|faltáis)\s+(?:el\s+de\s+|la\s+de\s+|"
    r"los\s+de\s+)?(?:ustedes|vosotr[oa]s|vos|tú|ti|usted|tu\b|su\b|vuestr[oa])",
    # the writer's stakes put on the reader: "dependo de tu respuesta", "todo depende de ti"
    r"dependo\s+de\s+(?:ti|usted|vos|tu|su|vuestra)\b",
    r"depende\s+de\s+(?:ti|usted|vos|tu\s+respuesta|su\s+respuesta)",
    r"no\s+me\s+(?:falles|fallés|falle|decepciones)",
    r"espero\s+que\s+(?:me\s+)?(?:ayudes|respondas|contestes)",
    r"me\s+lo\s+prometiste",
    # (not the writer's own duty: "lo mínimo que puedo hacer es invitarla a un café")
    r"lo\s+mínimo\s+que(?!\s+(?:yo\s+)?(?:puedo|podría|debo|debería|podemos|debemos)\b)",
    r"(?:mi|eres\s+mi|sos\s+mi)\s+(?:única|última)\s+(?:esperanza|oportunidad)",
    r"(?:me\s+)?(?:decepcionaría|quedaría\s+muy\s+decepcionad[oa])",
    r"(?:respóndeme|contéstame|respondeme|contestame|respóndame)\s+(?:\w+\s+)?(?:ya|hoy|cuanto\s+antes|de\s+inmediato)",
    r"necesito\s+(?:una\s+|tu\s+|la\s+)?(?:respuesta|contestación)\s+(?:\w+\s+)?(?:hoy|ya|antes|para)",
    r"necesito\s+(?:esto|eso|la\s+\w+|tu\s+\w+|una\s+\w+|el\s+\w+)\s+(?:\w+\s+)?(?:para|antes\s+del?)\s+(?:mañana|hoy|"
    r"el\s+lunes|el\s+martes|el\s+miércoles|el\s+jueves|el\s+viernes|fin\s+de|final\s+de|la\s+semana)",
    r"si\s+(?:de\s+verdad\s+)?(?:fueras|fuera|fueses)\s+(?:un\s+|una\s+)?(?:buen[oa]?|verdader[oa])\s+amig[oa]",
    r"no\s+(?:puedes|podés|puede)\s+decir(?:me)?\s+que\s+no",
    r"(?:por\s+qué|porque)\s+no\s+(?:me\s+)?(?:has|habéis|ha)\s+(?:respondido|contestado|escrito)",
    r"(?:segunda|tercera|cuarta|quinta)\s+vez\s+que\s+(?:te|le)\s+(?:escribo|pregunto|pido)",
    r"(?:nunca|todavía\s+no|aún\s+no)\s+(?:me\s+)?(?:has|ha)\s+(?:respondido|contestado)",
    r"(?:nunca|todavía\s+no|aún\s+no)\s+(?:me\s+)?(?:respondiste|contestaste|respondió|contestó)",
    r"(?:significaría|significaria)\s+(?:mucho|muchísimo)\s+(?:para\s+mí\s+)?si",
    r"sigo\s+esperando\s+(?:tu|su|una)\s+respuesta",
    # the reader's answer demanded in a hurry: "espero su respuesta a la mayor brevedad", "quedo a la espera de
    # tu respuesta cuanto antes"
    r"(?:espero|necesito|quiero|exijo|aguardo|(?:quedo|estoy)\s+a\s+la\s+espera\s+de)\s+(?:tu|su|vuestra|una)\s+"
    r"(?:respuesta|contestación|confirmación|decisión)\s+(?:\w+\s+){0,2}?(?:a\s+la\s+mayor\s+brevedad|cuanto\s+antes|"
    r"lo\s+antes\s+posible|con\s+urgencia|sin\s+(?:más\s+)?demora|de\s+inmediato|en\s+breve)",
    # a favour claimed back, however much: "después de lo mucho que te ayudé", "tras todo lo que te apoyé"
    r"(?:después\s+de|con|tras)\s+(?:todo\s+)?lo\s+(?:mucho\s+|tanto\s+)?que\s+(?:yo\s+)?(?:te|le|os)\s+"
    r"(?:ayudé|apoyé|cubrí|di|presté|he\s+ayudado|he\s+apoyado|he\s+dado)",
    r"me\s+(?:merezco|merecería|merecía)\s+(?:al\s+menos\s+|por\s+lo\s+menos\s+|como\s+mínimo\s+)?(?:una\s+respuesta|"
    r"una\s+explicación|algo|que)",
    # time for anything but the writer: "sí tienes tiempo para Instagram, pero no para contestarme"
    r"(?:tienes|tenés|tiene|tenéis)\s+tiempo\s+para\s+[^.!?]{0,60}?pero\s+no\s+para\s+(?:contestar\w*|responder\w*|"
    r"escribir\w*|mí|ayudar\w*|los\s+amigos)",
    # the writer's loss put on the reader: "si no me ayudas hoy mismo la pierdo", "tú sabrás"
    r"si\s+no\s+me\s+(?:ayudas|ayudás|ayuda|ayudáis|contestas|contestás|contesta|respondes|respondés|responde)\s+"
    r"[^.!?]{0,40}?(?:pierdo|perderé|voy\s+a\s+perder|me\s+quedo\s+sin|me\s+quedaré\s+sin|no\s+(?:podré|puedo|llego))",
    r"(?:tú|vos|usted|ustedes)\s+(?:sabrás|sabrá|sabrán|verás|verá|verán)\s*[.!]",
    # a wait held against them: "me quedé esperando tu llamada", "pensé que éramos amigas"
    r"me\s+(?:quedé|he\s+quedado|quedo|estuve)\s+esperando\s+(?:tu|su|vuestra)",
    r"(?:pensé|creí|creía|pensaba)\s+que\s+(?:éramos|eras|era\s+usted)\s+(?:amig|mi\s+amig|de\s+confianza|"
    r"diferente|distint)\w*",
    # the writer's deadline on the reader's answer or favour: "necesito su respuesta como muy tarde el jueves",
    # "lo necesito sí o sí antes del lunes"
    # "me urge tu respuesta", "espero tu respuesta hoy", "tu confirmación mañana a primera hora"
    r"(?:me\s+)?urge\w*\s+(?:tu|su|vuestra)\s+(?:respuesta|contestación|confirmación|ayuda|carta|firma)",
    r"(?:espero|necesito|quiero)\s+(?:tu|su|una)\s+(?:respuesta|contestación|confirmación)\s+(?:\w+\s+)?(?:hoy|mañana|ya|"
    r"esta\s+(?:tarde|noche|mañana))\b",
    r"necesito\s+(?:su|tu|sus|tus|vuestra|vuestros|vuestras|una|la|el|esto|eso)\s+(?:\w+\s+){0,4}?(?:como\s+muy\s+tarde|a\s+más\s+tardar|"
    r"antes\s+del?|para\s+(?:el|la|mañana|hoy|esta)|hoy|ya|sí\s+o\s+sí|cuanto\s+antes|urgente)",
    r"(?:l[oa]s?)\s+necesito\s+(?:\w+\s+){0,2}?(?:sí\s+o\s+sí|como\s+muy\s+tarde|a\s+más\s+tardar|antes|"
    r"para\s+(?:el|la|mañana|hoy|esta)|hoy|ya|urgente)",
    # don't let me down: no me vayas a fallar / quedar mal, no me dejes mal, no me digas que no
    r"no\s+me\s+(?:vayas|vaya|vayás|vayáis)\s+a\s+(?:fallar|dejar|quedar|decir\s+que\s+no)",
    r"no\s+me\s+(?:dejes|deje|dejés|dejéis|quedes|quede)\s+(?:mal|tirad[oa]|colgad[oa]|plantad[oa]|en\s+visto)",
    r"no\s+me\s+(?:digas|diga|digás|digáis)\s+que\s+no",
    # the reader committed to others by the writer: "ya le dije a Lena que te vas a reunir con ella"
    r"ya\s+(?:le|les)\s+(?:he\s+dicho|dije|prometí|he\s+prometido|conté|aseguré|he\s+asegurado|avisé)\s+"
    r"[^.!?]{0,50}?que\s+(?:te\s+|l[oa]s?\s+|le\s+)?(?:vas|va|vais|van)\s+a",
    # a favour owed: "te ayudé con la mudanza, así que…", "alguien te dio una mano a vos, así que espero que ahora me…"
    r"(?:yo\s+)?(?:te|le)\s+(?:ayudé|eché\s+una\s+mano|hice\s+(?:el|un|ese|aquel)\s+favor|presenté|recomendé|"
    r"cubrí|apoyé|di\s+una\s+mano)[^.!?]{0,80}?(?:así\s+que|por\s+eso|ahora\s+te\s+toca|digo\s+yo)",
    r"ahora\s+(?:te|le|os)\s+toca",
    r"espero\s+que\s+ahora\s+(?:tú\s+|usted\s+|vos\s+)?me",
    r"digo\s+yo\s+que\s+(?:podrás|podrías|podés|puedes|podrá)",
    r"alguien\s+(?:te|le)\s+(?:dio|echó|tendió)\s+una\s+mano",
    # a promise held against them
    r"me\s+(?:lo\s+)?prometiste|usted\s+me\s+(?:lo\s+)?prometió",
    r"una\s+promesa\s+es\s+una\s+promesa",
    r"tic[\s,-]*tac",
    # urgency pinned on the favour: "¿Me pasas el contacto? Es urgente." (not "no es urgente")
    r"(?<!no\s)(?:es|muy|súper|super)\s+urgente",
    r"(?<!no\s)me\s+corre\s+(?:mucha\s+)?prisa",
    r"(?:compré|pagué|reservé|saqué)\s+(?:el|un|los)\s+(?:\w+\s+){0,3}?solo\s+para\s+(?:verte|verle|hablar\s+contigo)",
    r"no\s+me\s+(?:canceles|cancele|cancelés|dejes\s+plantad[oa]|falles)",
    r"(?:sigo|seguimos|estoy)\s+sin\s+(?:tu|su)\s+(?:carta|respuesta|referencia|firma|ayuda|contacto)",
    r"todavía\s+no\s+tengo\s+(?:tu|su)\s+(?:carta|respuesta|referencia|firma)",
    # a favour called in: "acuérdate de quién te cubrió los turnos en agosto"
    r"(?:acuérdate|acordate|acuérdese|recuerda|recordá|recuerde|no\s+te\s+olvides)\s+de\s+(?:quién|quien|lo\s+que|todo\s+lo\s+que)\s+"
    r"(?:te\s+|le\s+)?(?:cubrió|ayudó|echó|hizo|hice|ayudé|cubrí|di|dio)",
    r"me\s+(?:estás|está|estáis)\s+(?:evitando|esquivando|ignorando|ghosteando)",
    r"me\s+(?:fallaste|fallarías|fallaría|has\s+fallado|habrás\s+fallado|habrías\s+fallado)",
    # a promise claimed: "dijiste que le hablarías bien de mí"
    r"(?:me\s+)?(?:dijiste|prometiste|quedaste\s+en|aseguraste)\s+que\s+(?:me\s+|le\s+|lo\s+|la\s+|les\s+)?\w+rías\b",
    # a threat on a no: "si no me ayudás con esto te lo voy a reprochar toda la vida"
    r"(?:te|se)\s+lo\s+(?:voy\s+a\s+|vaya\s+a\s+)?(?:reproch|echar\s+en\s+cara|recordar\s+siempre)\w*",
    r"no\s+(?:te|se)\s+lo\s+(?:voy\s+a\s+)?perdon\w*",
    r"si\s+no\s+me\s+(?:ayud|present|recomiend|contest|respond|ech)\w*[^.?!]{0,60}?(?:enfad|enoj|decepcion|olvid|"
    r"quedar\s+mal|dejar\s+de\s+hablar)\w*",
    r"me\s+dijiste\s+que\s+(?:me\s+)?ibas\s+a\s+(?:ayudar|presentar|recomendar|pasar|llamar|escribir|conseguir)",
    # everyone else did: "sería una pena que usted fuera la única que no"
    r"(?:tod[oa]s\s+(?:los|las)\s+demás|el\s+resto)\s+(?:\w+\s+){0,4}?(?:ya\s+)?(?:aceptaron|aceptó|respondieron|"
    r"contestaron|dijeron\s+que\s+sí|me\s+ayudaron|me\s+dieron)",
    r"(?:la|el)\s+únic[oa]\s+que\s+no",
    r"(?:todos|todas|el\s+resto)\s+[^.!?\n]{0,60}?,?\s+(?:menos|excepto|salvo)\s+(?:tú|vos|usted|ustedes|vosotr[oa]s)\b",
    r"(?:tod[oa]s\s+(?:los|las)\s+demás|el\s+resto(?:\s+de\s+(?:los|las)\s+\w+)?)\s+(?:\w+\s+){0,2}?ya\s+"
    r"\w+(?:ó|aron|ieron)\b",
    r"sería\s+una\s+pena\s+que",
    # (round 9) the others who said yes, however many words name them: "todas las demás personas a las que escribí ya
    # me respondieron", "casi todas … ya me contestaron", "todas me dieron su tiempo sin ningún problema"
    r"(?:casi\s+)?(?:tod[oa]s|(?:l[oa]s\s+)?demás)\s+(?:\w+\s+){0,7}?(?:ya\s+)?(?:me\s+)?(?:respondieron|contestaron|"
    r"dijeron\s+que\s+sí|dieron\s+su\s+tiempo|aceptaron|ayudaron)\b",
    # the writer's own need with a date, on the reader: "necesito hablar con usted antes del viernes", "necesito que
    # me mandes el contacto antes del viernes" (not the writer's own plan: "necesito decidir antes de fin de año")
    r"(?:yo\s+)?necesit(?:o|amos|aría|aríamos|aba)\s+(?:que\s+(?:me\s+)?(?:tú\s+|usted\s+|vos\s+)?\w+|hablar\s+con\s+(?:usted|vos|ti|ustedes)|"
    r"hablar(?:te|le|les)|ver(?:te|le|la|lo)|reunirme\s+con\s+(?:usted|vos|ti|ustedes)|(?:tu|su)\s+\w+|contigo)"
    r"[^.!?\n]{0,80}?\b(?:antes\s+del?|para\s+el|para\s+mañana|para\s+hoy|a\s+más\s+tardar|hasta\s+el)",
    # the reader's help promised to someone else: "a mi director ya le he dicho que usted nos presentará su cambio"
    r"(?:le|les)\s+(?:he\s+|había\s+)?(?:dicho|dije|contado|conté|comentado|comenté|prometido|prometí|asegurado|"
    r"aseguré)\s+(?:a\s+(?:mi|mis|nuestr[oa]s?)\s+\w+\s+)?que\s+(?:tú|usted|vos|ustedes)\s+(?:\w+\s+){0,2}?"
    r"(?:\w+(?:rás|rá|rán)|vas\s+a|va\s+a|van\s+a)\b",
    # the reader as the last hope: "eres la única persona que puede ayudarme", "si me dices que no, no sé qué haré"
    r"(?:eres|sos|es\s+usted|usted\s+es)\s+(?:\w+\s+)?(?:únic[oa]|últim[oa])\s+(?:persona|opción|contacto|salida|que)",
    r"(?:únic[oa]|últim[oa])\s+(?:persona\s+)?que\s+(?:puede|podés|puedes|podría|podrías)\s+ayudarme",
    r"si\s+(?:me\s+)?(?:dices|decís|dice|contestas|respondes)\s+que\s+no[^.?!]{0,30}?no\s+sé\s+(?:qué|que)\s+"
    r"(?:voy\s+a\s+hacer|haré|hago|hacer)",
    r"no\s+sé\s+(?:qué|que)\s+(?:voy\s+a\s+hacer|haré|hacer)\s+si\s+(?:no|me\s+dices\s+que\s+no)",
    r"no\s+me\s+(?:hagas|haga|hagás|hagáis|hagan)\s+esperar",
    r"no\s+me\s+gusta\s+que\s+me\s+hagan\s+esperar",
)
REPROACH = _rx(
    # a reply owed as the least ("lo mínimo es responder", "entre colegas lo mínimo sería contestar")
    r"lo\s+mínimo\s+(?:es|sería|era|hubiera\s+sido|habría\s+sido)\s+(?:\w+\s+){0,2}?(?:contestar|responder|avisar)",
    # others who answered held up against the reader ("las otras cuatro editoriales ya me han contestado todas")
    r"(?:los|las)\s+(?:\w+\s+){0,2}?otr[oa]s\b[^.!?\n]{0,80}?\bya\s+(?:me\s+)?(?:han|habían)\s+(?:\w+\s+)?"
    r"(?:contestado|respondido|confirmado|dicho\s+que\s+sí|aceptado)",
    # a silence counted: "llevo dos semanas esperando", "ya van tres días sin respuesta", "hace un mes que espero"
    r"(?:llevo|llevamos)\s+(?:ya\s+)?(?:\w+\s+)?(?:días|semanas|meses)\s+esperando",
    r"(?:van|son|pasaron|han\s+pasado|llevo|llevamos)\s+(?:ya\s+)?(?:\w+\s+)?(?:días|semanas|meses)\s+sin\s+"
    r"(?:(?:una\s+|ninguna\s+|ni\s+una\s+)?(?:respuesta|palabra|noticia|señal|contestación)|noticias|señales|saber\s+nada|que\s+(?:me\s+)?(?:contestes|respondas|contestés|respondás|conteste|responda))",
    r"hace\s+(?:ya\s+)?(?:\w+\s+)?(?:días|semanas|meses?)\s+que\s+(?:espero|no\s+sé\s+nada|"
    r"no\s+(?:me\s+)?(?:contestas|respondes|contestás|respondés|contesta|responde|dices\s+nada))",
    # "veo que ya no respondes mis correos", "ahora que eres directora ya no tienes tiempo para los de abajo"
    r"ya\s+no\s+(?:me\s+)?(?:respondes|responde|respondés|contestas|contesta|contestás|escribes|escribe|escribís|"
    r"llamas|llamás)\b",
    r"ahora\s+que\s+(?:eres|sos|es|estás|está)\s+[^.!?\n]{0,40}?ya\s+no\s+(?:tienes|tenés|tiene|te\s+acuerdas|"
    r"te\s+acordás|se\s+acuerda)",
    r"(?:para|a)\s+(?:los|las)\s+de\s+abajo",
    # resignation as a reproach: "ya me lo esperaba", "ya estoy acostumbrada a que nadie conteste", "o si
    # simplemente no te interesa lo que te cuento"
    r"ya\s+me\s+lo\s+(?:esperaba|imaginaba|suponía|temía)",
    r"(?:es|este\s+es|va)\s+(?:mi|el)\s+(?:segundo|tercer|tercero|cuarto|quinto)\s+(?:correo|mensaje|mail|email|intento)",
    r"(?:olvidad[oa]|olvidaste|olvidó|olvidás|olvidas)\s+de\s+mí,?\s+como\s+(?:todos|todas|todo\s+el\s+mundo|"
    r"los\s+demás|siempre)",
    r"(?:ya\s+)?estoy\s+acostumbrad[oa]\s+a\s+que",
    r"nadie\s+(?:contesta|responde|lee|escribe)\s+a\s+(?:los|las|gente|personas)",
    r"o\s+(?:si\s+)?(?:es\s+que\s+)?(?:simplemente|directamente)\s+no\s+(?:te|le|os)\s+(?:interes|import)\w*",
    r"(?:supongo|parece|veo|será|claro|se\s+ve|imagino)\s+que\s+(?:ahora\s+|ya\s+)?(?:estás|estas|está|sos|eres|es)\s+(?:demasiado\s+)?"
    r"(?:muy\s+)?(?:ocupad[oa]|important[e]|famos[oa])",
    # silence held against them: "te escribí hace dos semanas y nada", "nunca dices nada", "ya van tres mensajes"
    r"nunca\s+(?:me\s+)?(?:dices|dice|decís|contestas|contesta|contestás|respondes|responde|respondés|escribes|"
    r"escribe|escribís)\s+nada",
    r"(?:te|le|os)\s+(?:escribí|mandé|envié|pregunté|he\s+escrito|he\s+mandado|he\s+enviado)\s+[^.!?]{0,40}?"
    r"y\s+(?:nada|ni\s+(?:caso|pío|una|un)|sin\s+respuesta|no\s+(?:me\s+)?(?:has|ha|contestaste|contestó|"
    r"respondiste|respondió))",
    r"no\s+(?:te\s+|le\s+)?cuesta\s+(?:tanto|mucho)",
    r"(?:al|por\s+lo)\s+menos\s+(?:se\s+)?(?:contesta\w*|respond\w*)",
    r"(?:tenés|tienes|tiene|puedes|podés|puede|quieres|querés|quiere)\s+o\s+no",
    r"como\s+no\s+me\s+(?:has|ha|habéis|han)\s+(?:contestado|respondido|escrito|dicho\s+nada)",
    r"como\s+no\s+(?:me\s+)?(?:contestaste|respondiste|contestó|respondió|contestás|contestas|respondes)",
    r"supongo\s+que\s+(?:ya\s+)?no\s+(?:te|le|os)\s+interesa",
    # (round 9) "supongo que ya no tienes tiempo para los compañeros de la práctica", and the silence excused with a
    # sneer: "supongo que cuando una es tan solicitada el correo se acumula"
    r"(?:supongo|imagino|veo|parece|será)\s+que\s+ya\s+no\s+(?:tienes|tenés|tiene|tenéis|tienen)\s+tiempo\s+(?:para|de)",
    r"(?:una|uno)\s+es\s+tan\s+(?:solicitad[oa]|ocupad[oa]|important[e]|famos[oa]|exitos[oa]|popular)",
    # what would be proper, held up to the reader: "lo profesional sería al menos decir que no"
    r"lo\s+(?:profesional|educado|correcto|normal|lógico|cortés|decente|serio)\s+(?:sería|es|habría\s+sido|"
    r"hubiera\s+sido)\s+(?:al\s+menos\s+|por\s+lo\s+menos\s+)?(?:decir|contestar|responder|avisar|escribir)\w*",
    # a favour claimed back before the ask: "yo te conseguí la visita…, así que confío en que ahora me eches la mano"
    r"(?:yo\s+)?(?:te|le)\s+(?:conseguí|ayudé|presenté|llevé|hice|di|pasé|cubrí|recomendé|eché)\b[^.!?]{0,160}?"
    r"(?:así\s+que|por\s+eso)\s+(?:ahora\s+)?(?:confío\s+en\s+que|cuento\s+con\s+que|espero\s+que|me\s+debes|"
    r"te\s+toca|me\s+toca)",
    r"ya\s+van\s+(?:dos|tres|cuatro|cinco|varios|\d+)\s+(?:mensajes|correos|mails|veces|whatsapps|intentos)",
    r"por\s+(?:tercera|cuarta|quinta|enésima)\s+vez",
    r"(?:siempre|otra\s+vez)\s+me\s+toca\s+(?:a\s+mí)?",
    r"nunca\s+(?:es|eres|sos)\s+(?:la|el)\s+que\s+(?:escribe|llama|da\s+el)",
    r"siempre\s+(?:soy|tengo\s+que\s+ser)\s+yo\s+(?:la|el)\s+que",
    r"(?:solo|sólo)\s+(?:hace|hacen|haces|hacés|responde|responden|contesta|contestan|escribe|escriben)\s+(?:\w+\s+){0,2}?"
    r"cuando\s+(?:le|les|te)\s+conviene",
    r"(?:mejor\s+)?ya\s+no\s+(?:te|le|os)\s+molesto",
    r"(?:tiempo|un\s+minuto|un\s+rato)\s+para\s+(?:gente|personas|alguien)\s+como\s+yo",
    r"(?:muy|qué|bastante|un\s+poco)\s+poco\s+(?:profesional|serio|seria|educad[oa]|considerad[oa])",
    r"(?:qué|vaya)\s+falta\s+de\s+(?:educación|respeto|profesionalidad|seriedad)",
    r"ni\s+(?:un|una)\s+['\"«“]?(?:recibido|ok|vale|acuse)",
    r"(?:contestar(?:le)?|responder(?:le)?|escribir(?:le)?)\s+a\s+(?:gente|personas|alguien)\s+como\s+yo",
    r"(?:es|resulta|sería|me\s+parece|me\s+parecería)\s+(?:un\s+poco\s+|bastante\s+|muy\s+)?decepcionante",
    r"(?:tomaré|tomo|voy\s+a\s+tomar|entenderé|entiendo)\s+(?:tu|su)\s+silencio\s+como",
    r"después\s+de\s+(?:todas?\s+)?(?:las|los|el|la|tantas|tantos)\s+(?:horas|tiempo|esfuerzo|trabajo|noches)\s+que\s+"
    r"(?:le\s+|te\s+)?(?:metí|dediqué|invertí|puse|eché)",
    # "me clavaste el visto", "¿tanto te cuesta contestar?", "decime algo hoy"
    r"(?:clavaste|clavó|dejaste|dejó|dejás|dejas)\s+(?:el\s+|en\s+)?visto",
    r"(?:tanto|mucho)\s+(?:te|le|os)\s+cuesta\s+(?:contestar|responder|escribir|decir)",
    r"(?:decime|dime|dígame|contestame|contéstame|contésteme|respondeme|respóndeme|respóndame|escribime|escríbeme|"
    r"avisame|avísame|avíseme)\s+(?:algo\s+)?(?:hoy|ya|mañana|cuanto\s+antes|ahora)\b",
    r"no\s+(?:tienes|tenés|tenéis)\s+(?:ninguna\s+)?excusa\s+para",
    # "me sorprende que todavía no me hayas contestado", "me decepcionó que no vinieras"
    r"me\s+(?:sorprende|sorprendió|extraña|extrañó|llama\s+la\s+atención)\s+que\s+(?:todavía\s+|aún\s+|ni\s+)?no",
    r"me\s+(?:decepcionó|decepciona|dolió|duele|molestó|molesta|sentó\s+mal)\s+(?:un\s+poco\s+|bastante\s+|mucho\s+)?"
    r"que\s+no",
    r"demasiado\s+(?:ocupad[oa]|important[e])\s+para",
    r"(?:me\s+)?(?:ignoraste|ignoras|ignorás|ignoró|dejaste\s+en\s+visto|dejó\s+en\s+visto|ghosteaste)",
    r"ni\s+(?:una\s+)?(?:respuesta|palabra|contestación)",
    r"(?:ya\s+)?(?:te|le)\s+(?:he\s+)?(?:escrito|escribí|mandé)\s+(?:\w+\s+)?(?:dos|tres|varias)\s+veces",
    r"(?:difícil|imposible)\s+(?:dar\s+contigo|localizarte|que\s+(?:me\s+)?respondas)",
    r"(?:qué\s+pena|me\s+decepciona|lástima)\s+que\s+(?:no|nunca)",
    r"(?:nunca|no)\s+(?:das|des|dás|da|dé)\s+señales\s+de\s+vida",
)
#: The writer's own attempts counted, from the third on (lint_pressure.counted_attempt): "este es ya mi cuarto
#: correo", "por tercera vez".
ATTEMPT_COUNT = _rx(
    r"(?:tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|enésimo|enésima)\s+(?:(?!el\b|la\b|un\w*\b|de\b)\w+\s+)?(?:correo|mensaje|"
    r"mail|email|e-mail|intento|recordatorio|vez|solicitud|whatsapp|audio)\w*",
)
#: The reader as the owner just before a count ("su tercera solicitud", "tu cuarto mensaje").
READER_OWNED = quick(re.compile(r"\b(?:su|sus|tu|tus|vuestr[oa]s?)\s+(?:\w+\s+)?$", re.IGNORECASE))
#: The writer's own message to the reader, told in the past ("te escribí hace quince días", "le pregunté en octubre").
WRITER_CONTACTED = _rx(
    r"(?:te|le|os|les)\s+(?:escribí|pregunté|mandé|envié|pedí|contacté|consulté|dejé\s+un\s+mensaje)",
    r"(?:te|le|os|les)\s+(?:he|había)\s+(?:escrito|preguntado|mandado|enviado|pedido|contactado)",
)
#: A silence named bare ("y ni una palabra", "y todavía nada", "y nada de nada"), after WRITER_CONTACTED.
SILENCE_BARE = _rx(
    r"(?:y|pero)\s+(?:todavía\s+|aún\s+|desde\s+entonces\s+|hasta\s+ahora\s+)?(?:nada|ni\s+(?:una\s+)?(?:palabra|pío|"
    r"respuesta|mu)|silencio)",
    r"ni\s+(?:una\s+)?(?:palabra|pío|respuesta)\s+(?:desde|todavía|aún)",
)
#: A silence read kindly in the same sentence ("…seguro que se perdió").
SILENCE_KIND = _rx(
    r"perdi\w*|spam|ocupad[oa]s?|liad[oa]s?|vacaciones|sin\s+prisa|mil\s+cosas",
)
#: A date or a day (lint_pressure.dated_stake): "el lunes", "el día 12", "antes del 15".
TIME_POINT = _rx(
    r"(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
    r"(?:el|del|al)\s+(?:día\s+)?\d{1,2}",
    r"antes\s+de\s+\d{1,2}",
    r"mañana|fin\s+de\s+mes|final\s+de\s+mes",
)
#: Something of the writer's that closes or happens then ("el lunes firmo", "la convocatoria cierra", "el plazo").
CLOSING = _rx(
    r"cierra|cierre|vence|plazo|firmo|entrego|se\s+acaba",
)
#: The writer as the owner of what closes ("mi solicitud vence el 20"), not an opportunity's deadline ("la convocatoria
#: cierra el viernes, por si te interesa").
WRITER_OWNED = quick(re.compile(r"\b(?:mi|mis|nuestr[oa]s?)\s+(?:\w+\s+){0,3}$", re.IGNORECASE))
#: What the writer loses once the date has passed ("después ya no me sirve", "o pierdo la beca", "me cae la bronca").
STAKE = _rx(
    r"(?:después|luego|entonces)\s+ya\s+no\s+(?:me\s+)?(?:sirve|vale|tiene\s+sentido)",
    r"ya\s+no\s+me\s+sirve|ya\s+será\s+tarde|será\s+demasiado\s+tarde",
    r"(?:o|si\s+no)\s+(?:\w+\s+){0,4}?(?:no\s+apruebo|pierdo|suspendo|me\s+quedo\s+sin|me\s+cae)",
    # the reader's part named as what the writer still lacks by then ("su carta es lo único que me falta")
    r"(?:lo\s+único|lo\s+último)\s+que\s+(?:me\s+)?falta",
)
#: A time for the favour itself that lies past the writer's date ("el mes que viene", "más adelante").
LATER = _rx(r"el\s+mes\s+que\s+viene|el\s+próximo\s+mes|más\s+adelante|después\s+de\s+eso|algún\s+día")
#: What is not the reader's to give about a selection (read by awkward-position's confidential check when asked): a
#: named colleague's pay ("¿cuánto gana la Marisa?", "cuánto cobra el Gustavo"), the other candidates' own work or
#: names, the panel's own papers.
SELECTION_SECRETS = _rx(
    r"cuánto\s+(?:gana|cobra)\s+(?!usted\b)(?:el\s+|la\s+)?\w+",
    r"(?:lo\s+que|qué)\s+(?:\w+\s+){0,2}?(?:entregaron|presentaron|hicieron|respondieron|contestaron)\s+(?:los|las)\s+"
    r"(?:otr[oa]s|demás)\s+(?:candidat|aspirant|postulant|concursant)\w*",
    r"(?:los|las)\s+(?:otr[oa]s|demás)\s+(?:candidat|aspirant|postulant|concursant)\w*\s+(?:\w+\s+){0,2}?(?:entregaron|"
    r"presentaron|hicieron|respondieron)",
    r"quiénes?\s+más\s+(?:se\s+)?(?:presentaron|postularon|aplicaron|están\s+en)",
    r"plantilla\s+(?:interna|de\s+evaluación|de\s+puntuación)|rúbrica|baremo\s+interno|hoja\s+de\s+evaluación|"
    r"con\s+la\s+que\s+puntúa",
)
#: A recommendation of things asked for ("¿Qué grupos o cursos le recomendaría a alguien como yo?"): no vouch.
RECOMMEND_THINGS = _rx(r"(?:qué|cuál|cuáles)\s+(?:\w+\s+){0,5}?(?:me\s+|le\s+|te\s+|nos\s+)?recomend\w*")
THANKS = _rx(
    r"gracias",
    r"agradec\w*",
    r"agradez\w*",
    r"agradecid[oa]s?",
    r"te\s+lo\s+agradezco",
    r"mil\s+gracias",
    # regional and borrowed thanks: "Dios le pague" (Andes), "muy amable de su parte", "¡thanks!"
    r"dios\s+(?:te|le|se\s+lo|te\s+lo)\s+pague",
    r"(?:muy|súper|super|qué)\s+amable\s+(?:de\s+(?:tu|su)\s+parte|por)",
    r"thanks|thank\s+you|thx",
)
# A courtesy asked in passing ("dale recuerdos a tu madre de mi parte", "transmítale mi enhorabuena a su equipo",
# "saluda a Carlos de mi parte", "mandale un abrazo a tu viejo", "felicita a Lucía por mí"): no ask.
_GREETINGS = (
    r"(?:mis\s+|nuestr[oa]s\s+|un\s+|muchos\s+|mil\s+)?(?:(?:más\s+)?(?:sinceras?\s+|cariños[oa]s\s+|afectuos[oa]s\s+|"
    r"grandes?\s+|fuertes?\s+)?(?:recuerdos|saludos|saludo|besos|beso|abrazos?|felicitaciones|felicidades|enhorabuena|"
    r"condolencias|pésame|agradecimientos?|gracias|cariños?))"
)
COURTESY = _rx(
    r"(?:da|dale|dales|dé|dele|deles|den|denle|dadle|manda|mandale|mándale|mándales|mande|mándele|mándeles|envía|envíale|"
    r"envíe|envíele|transmite|transmítele|transmitile|transmítales|transmita|transmítale|traslada|trasládale|traslade|"
    r"trasládele|haz|hazle|hacele|haga|hágale|lleva|llévale|lleve|llévele)\s+(?:por\s+favor\s+)?(?:\w+\s+){0,2}?"
    + _GREETINGS,
    r"(?:saluda|saludá|salude|saluden|saludad|saludes|felicita|felicitá|felicite|feliciten|abraza|abrazá|abrace)\s+"
    r"(?:\w+\s+){0,4}?(?:de\s+mi\s+parte|por\s+mí|de\s+nuestra\s+parte|en\s+mi\s+nombre)",
    r"(?:un\s+)?(?:saludo|saludos|recuerdos|abrazos?|besos?)\s+(?:\w+\s+){0,2}?(?:a\s+(?:tu|su|vuestr[oa]|todos|todas|"
    r"la|el|los|las)\b|para\s+(?:tu|su|vuestr[oa]|todos|todas|la|el|los|las)\b)",
)
APOLOGY = _rx(
    r"(?:lo\s+)?siento",
    r"perdón\w*",
    r"disculp\w*",
    r"mil\s+disculpas",
    r"lament\w*",
    r"(?:qué|que)\s+pena\s+con\s+(?:usted|vos|ustedes|tigo)",
    r"fue\s+mi\s+culpa",
    r"sorry",
)
BLAME = _rx(
    r"no\s+(?:fue|es)\s+(?:del\s+todo\s+|realmente\s+)?(?:mi\s+culpa|culpa\s+mía)",
    r"(?:la\s+)?culpa\s+(?:fue|es)\s+(?:de|del)",
    r"(?:su|tu)\s+culpa",
    r"(?:nadie|ninguno)\s+me\s+(?:avisó|dijo|informó|explicó)",
    r"(?:se\s+)?(?:olvidó|olvidaron)\s+de\s+(?:avisarme|decirme|mandarme)",
    r"no\s+me\s+(?:avisaron|avisó|dijeron|dijo)",
    r"por\s+culpa\s+de",
    r"(?:el|la|mi)\s+(?:tren|metro|bus|autobús|colectivo|camión|vuelo|avión|portátil|computadora|ordenador|compu|"
    r"internet|wifi|conexión|celular|móvil|niñera)\s+(?:\w+\s+){0,2}?(?:se\s+)?(?:retrasó|canceló|cancelaron|"
    r"falló|se\s+cayó|cayó|murió|llegó\s+tarde|se\s+colgó|se\s+estropeó|se\s+rompió|venía\s+tarde)",
    r"(?:el|un)\s+(?:tráfico|trancón|atasco|embotellamiento|paro|huelga)",
    r"no\s+(?:estaba|está)\s+en\s+mis\s+manos",
    r"(?:nos|me)\s+(?:mandó|mandaron|envió|enviaron|pasó|pasaron|dio|dieron|entregó|entregaron)\s+(?:\w+\s+){0,3}?"
    r"(?:apenas|recién|hasta|tarde)",
    r"no\s+(?:pude|podía)\s+hacer\s+nada",
    r"(?:siento|lamento)\s+(?:que\s+)?(?:te|le)\s+(?:haya\s+)?(?:sentido|sentiste|molestado|parecido)",
    r"me\s+(?:dieron|pasaron|mandaron)\s+(?:\w+\s+)?(?:la\s+)?(?:información\s+)?(?:equivocada|vieja|incorrecta|errónea)",
    # someone else acted: "la reclutadora me dio mal la hora", "el supervisor me pasó la planificación equivocada",
    # "tu compañera no me mandó el enlace", "mi antiguo jefe me llamó a último momento y no me dejó salir"
    r"me\s+(?:dio|dieron|pasó|pasaron|puso|pusieron|mandó|mandaron|envió|enviaron|apuntó|anotó)\s+mal",
    r"(?:me|nos)\s+(?:dio|dieron|pasó|pasaron|mandó|mandaron|envió|enviaron)\s+(?:\w+\s+){1,3}?(?:equivocad[oa]s?|"
    r"incorrect[oa]s?|erróne[oa]s?|viej[oa]s?|mal)",
    r"(?:el|la|los|las|mi|tu|su)\s+(?:\w+\s+){0,3}?no\s+me\s+(?:firmó|firmaron|aprobó|aprobaron|pagó|pagaron|"
    r"entregó|entregaron|dio|dieron|mandó|mandaron|envió|enviaron|pasó|pasaron|avisó|"
    r"avisaron|dijo|dijeron|dejó|dejaron|confirmó|confirmaron|respondió|contestó)",
    r"(?:el|la|mi|tu|su)\s+(?:\w+\s+){0,2}?(?:jef[ea]|gerente|supervisor[a]?|manager|cliente|compañer[oa]|colega|"
    r"recruiter|reclutador[a]?|secretari[oa]|equipo|empresa|proveedor)\s+(?:\w+\s+){0,3}?(?:me|nos)\s+"
    r"(?:ha\s+)?(?:llamó|llamaron|cargó|cargado|tiene|tuvo|retuvo|entretuvo|pidió|cambió|canceló|movió)",
    r"(?:se\s+)?(?:equivocó|equivocaron|confundió|confundieron|olvidó|olvidaron)\s+(?:\w+\s+){0,2}?"
    r"(?:con\s+(?:las?|los?)|de)\s+(?:fecha|fechas|hora|horas|enlace|link|sala|dirección|correo|avisar\w*)",
    # things broke: "se averió el metro", "el TransMilenio se varó", "se me murió el celular"
    # (after "se" no first person can follow, so the final accent is optional here: "el micro se retraso")
    r"se\s+(?:me\s+|nos\s+)?(?:averió|detuvo|var(?:ó|o)|cayó|colg(?:ó|o)|estrope(?:ó|o)|rompió|retras(?:ó|o)|"
    r"cancel(?:ó|o)|bloque(?:ó|o)|qued(?:ó|o)\s+(?:parad[oa]|sin)|fue\s+la\s+luz|cort(?:ó|o))",
    r"se\s+(?:me|nos)\s+(?:murió|descargó|apagó|acabó\s+la\s+batería)",  # (not "se murió": a condolence is no excuse)
    # luck, force majeure, nothing to be done
    r"(?:muy\s+)?mala\s+suerte",
    r"cosas\s+que\s+pasan",
    r"fuerza\s+mayor",
    r"ajen[oa]s?\s+a\s+(?:mí|nosotros|nuestra|nuestro)",
    r"no\s+(?:había|hubo|era|es)\s+(?:mucho|nada|gran\s+cosa)\s+que\s+(?:hacer|se\s+pudiera\s+hacer)",
    r"no\s+(?:sirve|sirven|servía|servían|funciona|funcionan|funcionaba|funcionaban|andaba|andaban)\b",
    r"hech[oa]\s+un\s+(?:desorden|desastre|caos|lío)",
    r"(?:errores|fallos|culpa)\s+(?:de|por)\s+(?:todas\s+las\s+partes|ambas\s+partes|todos|ambos\s+lados)",
    r"tampoco\s+(?:ayudó|ayudaron|ayuda|ayudaba)",
    r"entre\s+una\s+cosa\s+y\s+otra",
    r"(?:causad[oa]|provocad[oa]|ocasionad[oa])\s+por\s+(?:el|la|los|las|nuestr[oa]s?|un|una)",
    r"(?:aunque|y\s+eso\s+que)\s+(?:ya\s+)?(?:avisé|advertí|dije|comenté)\s+a\s+(?:tu|su|vuestr[oa])",
    r"(?:fue|ha\s+sido)\s+(?:una|uno)\s+de\s+esas?\s+(?:semanas|días|rachas|temporadas|mañanas)",
    # a department as the agent: "Contabilidad no me pasó nada a tiempo"
    r"(?:contabilidad|rrhh|rr\.?\s*hh\.?|recursos\s+humanos|sistemas|logística|compras|legal|finanzas|"
    r"administración|el\s+departamento\s+de\s+\w+)\s+(?:no\s+)?(?:me|nos)\s+(?:\w+\s+)?(?:pasó|mandó|envió|dio|avisó|"
    r"dejó|respondió|confirmó|aprobó|firmó)",
    r"no\s+(?:fue|era|es)\s+(?:mío|mía|cosa\s+mía)",
    r"(?:ya\s+)?(?:venía|venían)\s+(?:así\s+)?(?:en|de)\s+(?:la|el)\s+(?:plantilla|original|archivo|documento|sistema|"
    r"origen)",
    # others slow or careless while the writer was away: "mi equipo se descuidó mientras yo estaba de vacaciones, y la
    # paquetería fue lenta"
    r"(?:fue|fueron|estuvo|estuvieron|anduvo)\s+(?:muy\s+|súper\s+|bastante\s+|tan\s+)?lent[oa]s?",
    r"se\s+(?:descuidó|descuidaron|despistó|despistaron|durmió|durmieron|retrasaron)",
    r"mientras\s+yo\s+(?:estaba|estuve)\s+(?:de\s+vacaciones|fuera|de\s+baja|de\s+viaje|de\s+licencia)",
    # regret for their feelings, and the blame turned on them: "siento que pienses que te dejé mal… me vendiste
    # demasiado bien"
    r"(?:siento|lamento)\s+que\s+(?:pienses|piense|creas|crea|lo\s+veas|lo\s+vea|te\s+parezca|le\s+parezca|"
    r"lo\s+sientas|lo\s+sienta|te\s+hayas\s+sentido|se\s+haya\s+sentido)",
    r"me\s+(?:vendiste|vendió|pintaste|pintó)\s+(?:demasiado|muy)\s+bien",
    r"(?:las\s+)?expectativas\s+(?:nunca\s+)?(?:fueron|eran)\s+(?:poco\s+)?(?:realistas|irreales|demasiado\s+altas)",
    # "por mi parte estaba todo listo, fue cosa del equipo de sistemas", "los datos venían mal de origen"
    r"por\s+mi\s+parte\s+(?:estaba|estuvo|todo|no\s+hubo)",
    r"(?:fue|era)\s+cosa\s+(?:de|del)\b",
    r"(?:venía|venían|llegó|llegaron|vino|vinieron)\s+(?:\w+\s+)?(?:mal|equivocad\w+|incomplet\w+|corrupt\w+|tarde|"
    r"con\s+retraso|a\s+última\s+hora|fuera\s+de\s+plazo)",
    r"(?:con|por)\s+(?:el|todo\s+el)\s+(?:lío|caos|desorden|jaleo|follón|quilombo|relajo|despelote|desmadre)",
    r"se\s+me\s+hizo\s+imposible",
    r"se\s+fue\s+(?:a|al)\s+(?:spam|correo\s+no\s+deseado|la\s+papelera)",
    r"(?:es|fue|era)\s+un\s+(?:desastre|caos|horror)",
    r"se\s+(?:le|les)\s+(?:pasó|olvidó|escapó|fue\s+(?:la\s+olla|el\s+santo))",
    r"(?:nunca|no)\s+(?:apareció|aparecieron|llegó|llegaron|vino|vinieron|funcionó|arrancó|cargó|abrió|sonó|"
    r"avisó|avisaron|confirmó|confirmaron)",
    r"no\s+(?:me\s+)?(?:dejaba|dejaban|permitía|permitían)",
    r"(?:lamento|siento)\s+que\s+(?:haya|hayan)\s+salido\s+así",
    r"poco\s+(?:podía|pude|podíamos)\s+hacer",
    r"un\s+día\s+de\s+esos",
    r"(?:el\s+)?(?:problema|fallo|error)\s+(?:fue|era|estuvo|vino)\s+(?:del?|de\s+la|en\s+el|en\s+la)",
    r"ya\s+(?:sabes|sabés|sabe)\s+cómo\s+(?:son|es)",
    r"(?:es\s+)?imposible\s+con\s+(?:él|ella|ellos)",
    # blame turned on the reader: "tú tampoco me avisaste", "si me lo hubieras dicho"
    r"(?:tú|usted|vos)\s+tampoco",
    r"si\s+me\s+lo\s+(?:hubieras|hubiera|hubieses|hubiese)\s+(?:dicho|avisado|explicado)",
    # Someone else did it to the writer: a third-person preterite (-ó, -aron, -ieron: never the writer's own "-é",
    # nor the reader's "-aste") with the writer as its object: "Iberia me canceló el vuelo", "el becario me borró la
    # carpeta", "nuestro proveedor nos falló". Not what is told, asked or felt ("me contó", "me pidió", "me dolió"),
    # nor the writer's own lapse ("se me pasó").
    r"(?<!\bse\s)(?:me|nos)\s+(?!(?:contó|contaron|dijo|dijeron|comentó|comentaron|escribió|escribieron|preguntó|"
    r"preguntaron|pidió|pidieron|solicitó|solicitaron|encargó|encargaron|recomendó|recomendaron|invitó|invitaron|"
    r"presentó|presentaron|explicó|explicaron|enseñó|enseñaron|ayudó|ayudaron|ofreció|ofrecieron|llamó|llamaron|"
    r"mandó|mandaron|envió|enviaron|pasó|pasaron|llegó|llegaron|gustó|gustaron|encantó|encantaron|alegró|sirvió|"
    r"dolió|impactó|afectó|entristeció|sorprendió|conmovió|emocionó|enteró|animó|animaron|respondió|contestó|"
    r"respondieron|contestaron|agradeció|felicitó|felicitaron|quedó|quedaron|costó|preocupó|acompañó|acompañaron|"
    r"abrazó|recibió|recibieron|atendió|atendieron|salvó|dio|dieron|avisó|avisaron|informó|informaron|comunicó|"
    r"comunicaron|habló|hablaron|consiguió|consiguieron|refirió|refirieron)\b)(?:\w+ó|\w+aron|\w+ieron|tuvo|tuvieron|"
    r"puso|pusieron|hizo|hicieron|trajo|trajeron)(?!\w)(?!\s+(?:al\s+(?:día|tanto|corriente)|un\s+hueco|el\s+favor|"
    r"un\s+favor))",
    # (round 9) nobody told the writer: "a nosotros nadie nos avisó de que el plazo se había adelantado"
    r"nadie\s+(?:\w+\s+){0,3}?(?:me|nos)\s+(?:avisó|dijo|informó|comunicó|explicó|advirtió|avisaron|dijeron)",
    # An unnamed "they" did it, to the writer's thing: a third-person plural preterite with the thing as its object
    # ("lo dejaron para el final", "la mandaron a una lista vieja", "la tuvieron parada", "las vendieron todas", "lo
    # apuntaron mal"), or as a "se" verb ("se tardaron muchísimo"); not news, a farewell or a hospital ("nos lo
    # contaron", "lo enterraron", "la ingresaron"), nor anything owned afterwards (OWNING).
    r"(?<!\bse\s)(?:lo|la|los|las)\s+(?!(?:contaron|dijeron|comunicaron|anunciaron|enterraron|despidieron|velaron|"
    r"operaron|ingresaron|internaron|hospitalizaron|felicitaron|recibieron|agradecieron|aplaudieron|conocieron|"
    r"quisieron|pasaron\s+(?:bien|genial))\b)(?:\w+aron|\w+ieron|tuvieron|pusieron|hicieron|trajeron|retuvieron)(?!\w)",
    r"se\s+(?!(?:fueron|casaron|conocieron|enteraron|alegraron|murieron|jubilaron|mudaron|despidieron|quedaron\s+"
    r"(?:content|encantad|feliz))\w*)(?:\w+aron|\w+ieron)(?!\w)",
    # the writer told the wrong thing: "me dijeron que era el jueves", "nos indicaron que empezaba a las diez"
    r"(?:me|nos)\s+(?:dijeron|dijo|avisaron|avisó|informaron|informó|indicaron|indicó|pusieron|puso)\s+(?:\w+\s+){0,2}?"
    r"que\s+(?:era|sería|iba|estaba|empezaba|tocaba|tenía|había)\b",
    # a thing that failed, or the wrong one handed over: "el montaje falló", "Cercanías volvió a fallar", "el
    # autobús de la 27 no pasó", "lo entregó en la dirección equivocada", "Zoom se cerró solo"
    r"(?:falló|fallaron|volvió\s+a\s+fallar|volvieron\s+a\s+fallar)",
    r"(?:el|la|los|las)\s+\w+(?:\s+\w+){0,4}?\s+no\s+(?:pasó|pasaron)(?!\s+nada)",
    r"\w+(?:ó|aron|ieron)\s+[^.!?\n]{0,50}?(?:equivocad|incorrect|erróne)\w*",
    r"se\s+(?:\w+ó|\w+aron)\s+sol[oa]s?",
    # The account of what went wrong has someone or something else as its subject, in the past: a sentence (or a
    # clause after "es que", "porque", "y") that opens on "el/la/los/las/nuestro/su/tu …" and whose verb is a
    # third-person preterite, or a plural imperfect ("El local cerró sin avisar", "La paquetería retuvo el envío",
    # "Los números de Finanzas no cuadraban"). Not news that arrived or was told, nor a death ("La noticia me llegó",
    # "la familia nos avisó ayer", "tu padre nos dejó"): a condolence is no excuse; nor a favour ("El que me habló de
    # usted fue Julián", "la entrevista que usted me consiguió").
    r"(?:(?<=[.!?;:]\s)|(?<=\n)|(?<=es\sque\s)|(?<=porque\s)|(?<=\by\s))(?:el|la|los|las|nuestr[oa]s?|su|sus|tu|tus)\s+"
    r"(?:\w+\s+){0,4}?(?:no\s+|ya\s+|tampoco\s+)?(?:(?:me|nos|lo|la|los|las|le|les|se)\s+)?"
    r"(?!(?:llegó|llegaron|dejó|dejaron|fue|fueron|gustó|gustaron|encantó|pasó|murió|falleció|avisó|avisaron|"
    r"contó|contaron|informó|informaron|comunicó|comunicaron|escribió|escribieron|llamó|llamaron|habló|hablaron|"
    r"recomendó|recomendaron|presentó|presentaron|consiguió|consiguieron|ayudó|ayudaron)\b)"
    r"(?:\w+ó|\w+aron|\w+ieron|\w+aban|\w+ían|tuvo|tuvieron|retuvo|retuvieron|hizo|hicieron|puso|pusieron|trajo|"
    r"quiso|quisieron|pudo|pudieron|vino|vinieron|estuvo|estuvieron)(?!\w)",
    # the writer's things undone by someone else: "la plataforma rechazó mi archivo", "me borraron el borrador"
    r"(?:rechaz|bloque|borr|perd|elimin|cancel|extravi|traspapel|rompi|romp)\w*(?:ó|aron|ieron)\s+(?:mi|mis|nuestr[oa]s?)\b",
    r"(?:eran|fueron|estaba|estaban)\s+un\s+(?:desastre|caos|horror)",
    r"no\s+(?:fue|es|ha\s+sido)\s+culpa\s+de\s+(?:nadie|ninguno|ninguna)",
    r"no\s+(?:me|nos|le|les)\s+\w+(?:ó|aron|ieron)\s+(?:bien|a\s+tiempo|nunca|nada)",
    # the circumstances, or the reader's side, blamed: "así no hay manera", "ya sabes cómo está Renfe", "espero que
    # la próxima vez la organización sea mejor"
    r"así\s+(?:es\s+imposible|no\s+hay\s+(?:manera|forma|quien)|no\s+se\s+puede)",
    r"ya\s+(?:sabes|sabés|sabe)\s+cómo\s+(?:está|están|anda|andan|funciona|funcionan|se\s+pone|se\s+ponen)",
    r"(?:la\s+próxima\s+vez|para\s+la\s+próxima)\s+(?:\w+\s+){0,4}?(?:sea|esté|funcione|sean|estén|funcionen)\s+"
    r"(?:mejor|más)",
)
DEADLINE = _rx(
    r"(?:para|antes\s+del?|hasta)\s+(?:mañana|hoy|esta\s+noche|(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo)|el\s+fin\s+de|fin\s+de|final\s+de|la\s+semana|el\s+\d{1,2})",
    r"como\s+muy\s+tarde",
    r"(?:mañana|hoy|el\s+lunes|el\s+martes|el\s+miércoles|el\s+jueves|el\s+viernes)\s+a\s+primera\s+hora",
    r"(?:esta|este)\s+mism[oa]\s+(?:semana|mes|tarde|noche|mañana)",
    r"a\s+más\s+tardar",
    r"cuanto\s+antes",
    r"lo\s+antes\s+posible",
    r"urgente(?:mente)?",
    r"de\s+inmediato",
    r"(?:respuesta|contestación)\s+(?:rápida|pronta|inmediata)",
    r"hoy\s+mismo",
    r"asap",
)
REPLY = _rx(
    r"respond\w*",
    r"respuesta",
    r"contest\w*",
    r"avís\w*|avis\w*",
    r"me\s+dices",
    r"me\s+decís",
    r"escríbeme",
    # their view wanted by then: "necesito saber qué piensas antes de esta noche"
    r"necesito\s+saber",
    r"(?:qué|que)\s+(?:piensas|pensás|opinas|opinás|piensa|opina|te\s+parece|le\s+parece)",
)
BUSY_BUT = re.compile(
    r"\b(?:sé|se|entiendo|imagino|me\s+imagino|soy\s+consciente\s+de)\s+(?:que\s+)?(?:\w+\s+){0,4}?"
    r"(?:ocupad[oa]|liad[oa]|much[oa]\s+(?:trabajo|pedir)|poco\s+tiempo|sin\s+tiempo|con\s+poca\s+antelación)"
    r"\s*(?:\w+\s+){0,2}?,?\s*pero\s+(?P<after>[^.!?\n]{0,160})",
    re.IGNORECASE,
)
RELEASE = _rx(
    r"sin\s+(?:prisa|presión|compromiso|problema)",
    r"ningún\s+problema",
    r"no\s+(?:hay\s+)?(?:prisa|problema|pasa\s+nada)",
    r"(?:está|esta)\s+(?:totalmente\s+|perfectamente\s+)?bien",
    # (not "si no es mucha molestia", "si no te importa": politeness before an ask, no release)
    # (nor the writer's loss put on the reader: "si no me ayudas hoy, la pierdo")
    # (nor an ultimatum on the reply: "si no me dices nada antes del miércoles"; nor a threat on the favour, "si no me
    # ayudás con esto te lo voy a reprochar", which RELEASE_HOLDS would otherwise carry to the reproach)
    r"si\s+no(?!\s+(?:es\s+(?:\w+\s+)?molestia|te\s+(?:molesta|importa)|le\s+(?:molesta|importa)|les\s+importa|"
    r"me\s+(?:dices|decís|dice|contestas|contestás|contesta|respondes|respondés|responde|escribes|escribís|avisas|"
    r"avisás|avisa)\s+(?:\w+\s+){0,2}?(?:antes|hoy|mañana|esta\s+semana|pronto|ya)\b|"
    r"me\s+(?:ayud\w*|ech\w*\s+(?:una\s+)?(?:mano|cable|capote))\b|"
    r"me\s+\w+\s+[^.!?]{0,40}?(?:pierdo|perderé|voy\s+a\s+perder|me\s+quedo\s+sin|me\s+quedaré\s+sin)))",
    r"solo\s+si",
    r"cuando\s+(?:puedas|podás|pueda|puedan|quieras|quiera|te\s+venga\s+bien|le\s+venga\s+bien|"
    r"(?:te|le|os|les)\s+(?:apetezca|parezca|acomode|cuadre|quede\s+bien|venga\s+mejor))",
    r"(?:lo\s+)?entiendo\s+(?:perfectamente\s+)?si",
    r"(?:no\s+)?(?:te|se)\s+sientas?\s+(?:obligad[oa]|presionad[oa])",
    r"tranquil[oa]",
    r"con\s+toda\s+(?:confianza|libertad)",
    r"o\s+si\s+(?:es|sería|te\s+resulta|le\s+resulta|va)\s+(?:muy\s+|demasiado\s+)?(?:encima|justo|mucho|complicado|"
    r"difícil|tarde|apretado)",
    r"lo\s+entendería\s+(?:perfectamente|totalmente|sin\s+problema)?",
)
#: The words between a release and a pressing phrase after it in the same clause, when the release still holds there
#: (no clause end, no "pero" / "sino" turning it): "sin ninguna prisa si este mes lo tienes complicado". The rest of a
#: sentence may end in its own stop ("…estaría encantada de ayudarte, sin compromiso."); a stop with more after it
#: (the next sentence) ends the release.
RELEASE_HOLDS = quick(re.compile(r"^(?:(?!\bpero\b|\bsino\b)[^.!?;\n])*[.!?…]*$", re.IGNORECASE))
OWNING = _rx(
    r"no\s+(?:es|fue|sirve\s+de)\s+excusa",
    r"no\s+(?:tiene|tengo|hay)\s+excusa",
    r"sin\s+excusas",
    r"(?:fue|es)\s+(?:mi\s+(?:responsabilidad|error|culpa)|culpa\s+mía)",
    r"mi\s+(?:responsabilidad|error)",
    # "debí salir antes", "debería haber avisado", "tendría que haber revisado"
    r"debí\s+(?:de\s+)?(?:haber\s+)?\w+",
    r"(?:debería|debiera|debía)\s+(?:de\s+)?haber",
    r"(?:tendría|tenía)\s+que\s+haber",
    r"(?:la\s+culpa\s+es|fue)\s+mía",
    r"(?:asumo|me\s+hago\s+cargo\s+de)\s+(?:\w+\s+)?(?:responsabilidad|error)",
    r"(?:no\s+)?(?:calculé|planifiqué|revisé|previ|preví)",
)
# The writer's own duty or lapse in other words ("salir a tiempo era responsabilidad mía", "el error fue mío",
# "revisarla me tocaba a mí", "era mi tarea"): owning it as OWNING does. Apart from OWNING so that the second
# signal's OWNING feature (its key words) stays what the model was trained on.
OWNED_DUTY = _rx(
    r"(?:responsabilidad|error|culpa|falla|fallo|descuido)\s+(?:fue\s+|era\s+|es\s+)?mí[oa]",
    r"(?:me|nos)\s+(?:tocaba|correspondía)\s+a\s+(?:mí|nosotr[oa]s)",
    r"(?:era|fue|es)\s+mi\s+(?:tarea|trabajo|deber|obligación)",
)

GO_AROUND = _rx(
    # behind someone's back, whoever they are ("sin que Iñigo se entere"), or around a process ("sin que tenga que pasar
    # por el portal")
    r"sin\s+que\s+(?:\w+\s+){1,3}?(?:se\s+entere|lo\s+sepa|se\s+enteren|lo\s+sepan)",
    r"sin\s+que\s+(?:\w+\s+){0,2}?tenga\s+que\s+pasar\s+por",
    r"saltar(?:me|nos|te)?\s+(?:\w+\s+){0,2}?(?:el\s+proceso|la\s+fila|la\s+cola|rrhh|recursos\s+humanos|la\s+prueba|"
    r"el\s+examen|la\s+entrevista|las\s+entrevistas|el\s+portal|la\s+convocatoria)",
    r"(?:sin\s+pasar\s+por|evitar|evitando|esquivar|saltándo(?:me|nos)?)\s+(?:\w+\s+){0,2}?(?:rrhh|recursos\s+humanos|"
    r"proceso|portal|convocatoria|fila|cola|prueba|selección|filtro|la\s+web|la\s+plataforma)",
    r"(?:por\s+encima|a\s+espaldas)\s+de\s+(?:tu|su)\s+(?:\w+\s+)?(?:jef[ea]|gerente|manager|responsable)",
    r"directamente\s+a\s+la\s+(?:última|final)\s+(?:ronda|fase|entrevista)",
    # "para no tener que pasar por el portal", "mi CV directo al director", "nos saltamos al doctor"
    r"no\s+(?:tener\s+que\s+)?pasar\s+por\s+(?:el|la|los|las)\s+(?:\w+\s+)?(?:portal|proceso|rrhh|recursos|"
    r"convocatoria|selección|filtro|web|plataforma|oficial)",
    r"(?:cv|currículum|curriculum|hoja\s+de\s+vida|candidatura|perfil)\s+(?:\w+\s+)?(?:directamente|directo)\s+"
    r"(?:a|al|a\s+la|con)\b",
    r"(?:saltarme|saltarnos|saltarse|saltarte|nos\s+saltamos|me\s+salto|me\s+salte|nos\s+saltemos)\s+(?:a\s+|al\s+)?"
    r"(?:la|el|los|las|tu|su|mi)?\s*\w+",
    r"sin\s+que\s+(?:tu|su)\s+(?:jef[ea]|gerente|manager|responsable|equipo)\s+(?:se\s+entere|lo\s+sepa|sepa)",
    # the same, the verb first ("sin que se entere tu jefa", "sin que lo sepa su gerente")
    r"sin\s+que\s+(?:se\s+entere|lo\s+sepa|sepa\s+nada|se\s+enteren|lo\s+sepan)\s+(?:tu|su|vuestr[oa])\s+"
    r"(?:jef[ea]|gerente|manager|responsable|supervisor[a]?|director[a]?)",
    # a step of the process spared: "así me ahorro la entrevista con selección", "para ahorrarme la criba"
    r"(?:me\s+ahorro|ahorrarme|me\s+ahorre|me\s+ahorraría|nos\s+ahorramos|ahorrarnos)\s+(?:\w+\s+)?(?:la|el|las|los)\s+"
    r"(?:entrevistas?|proceso|criba|filtros?|selección|pruebas?|examen|portal|cola|fila|convocatoria)",
)
CONFIDENTIAL = _rx(
    r"confidencial\w*",
    # the company's clients and contacts: "la lista de clientes de tu empresa"
    r"(?:lista|listado|cartera|base\s+de\s+datos|contactos|agenda|excel)\s+de\s+(?:clientes|proveedores|contactos|"
    r"candidatos|leads|donantes|inversores)",
    # a file of pay: "el Excel de sueldos del área"
    r"(?:sueldos|salarios|nóminas|bonos|remuneraciones)\s+(?:de|del)\s+(?:\w+\s+){0,2}?(?:tu|su|vuestr[oa]|área|equipo|"
    r"gente|departamento|empresa|compañeros)",
    # who will get the job (not who runs the opening: "quien lleva la vacante")
    r"(?:quién|quien)\s+(?:(?:se\s+)?(?:va\s+a\s+)?(?:quedar|quedará|queda)\s+con|se\s+(?:va\s+a\s+)?(?:llevar|"
    r"llevará|lleva)|(?:va\s+a\s+)?(?:ganar|ganará|gana))\s+(?:el|la)\s+(?:puesto|plaza|vacante|ascenso|proyecto|licitación|concurso)",
    r"(?:excel|hoja|lista|listado|tabla|archivo|planilla|fichero)\s+de\s+(?:sueldos|salarios|nóminas|bonos|"
    r"remuneraciones|evaluaciones|despidos)",
    r"(?:documentos?|datos|cifras|listas?|informes?|planes|estrategia|precios|presentaciones?|actas|presupuestos?|"
    r"salarios?|sueldos?|números|métricas|evaluaciones|notas|correos?|mails?|emails?|chats?|hilos?|memos?|"
    r"comunicados?|reuniones?|canal(?:es)?)\s+(?:\w+\s+)?intern[oa]s?",
    r"(?:cuánto|cuanto)\s+(?:\w+\s+){0,2}?(?:gana|ganan|cobra|cobran|pagan|paga|cobráis|ganáis)\s+(?:\w+\s+){0,3}?"
    r"(?:tu|su|vuestr[oa]|(?:los|las)\s+(?:otros|otras|demás))\b",
    # the actual questions or answers of a test: "¿me pasas las preguntas de la prueba técnica?" (not "what kind of
    # questions do they ask?", which anyone could be told)
    r"(?:pás|mánd|enví|compárt|reenví|fíltr|consíg|consegu)\w*\s+(?:\w+\s+)?(?:las|los|el|la)\s+"
    r"(?:preguntas|casos?|"
    r"ejercicios?|respuestas|enunciados?|soluciones|examen|exámenes|prueba|test)\b",
    # (not the market's: "qué rango salarial es normal para una analista junior", "…en el sector")
    r"(?:bandas?|rangos?|tablas?|escalas?)\s+(?:salarial(?:es)?|de\s+(?:salarios?|sueldos?))"
    r"(?!\s+(?:\w+\s+)?(?:es|sería|suele\s+ser|se\s+considera)\s+(?:\w+\s+)?(?:normal|habitual|razonable|típic[oa]|"
    r"lógic[oa]|de\s+mercado)|\s+(?:hay\s+)?(?:en|del|para)\s+(?:el\s+)?(?:mercado|sector|país|un|una))",
    r"(?:cuánto|cuanto)\s+(?:\w+\s+){0,2}?(?:pagan|paga|pagáis|ofrecen|presupuestaron|tienen\s+presupuestado)",
    r"(?:quién|quien|quiénes|quienes)\s+(?:más\s+)?(?:está|están|queda|quedan|va|van)\s+(?:\w+\s+){0,2}?"
    r"(?:terna|proceso|shortlist|lista\s+corta|final|finalistas|candidat\w*)",
    r"(?:la\s+)?terna",
    r"antes\s+de\s+que\s+(?:\w+\s+){0,3}?(?:anunci\w+|oficial\w*|comunicad\w+)",
    # who is cut or promoted: "¿sabes a quién van a despedir en tu área?"
    r"(?:a\s+)?(?:quién|quiénes|quien|quienes)\s+(?:van\s+a|vais\s+a|se\s+va\s+a|piensan)\s+(?:despedir|echar|cortar|"
    r"recortar|ascender|subir|promocionar|dejar\s+fuera)",
    r"(?:el\s+)?pliego\s+de\s+(?:la\s+)?(?:licitación|concurso|condiciones)",
    r"(?:mail|correo|email|documento|informe|comunicado|memo|acta)\s+de\s+(?:la\s+)?(?:dirección|gerencia|rrhh|"
    r"recursos\s+humanos|junta|directiva)",
    r"chism\w+",
    # the committee's own rubric: "¿me pasas la pauta de evaluación que usan?"
    r"(?:pauta|rúbrica|matriz|plantilla|baremo)\s+(?:interna\s+)?de\s+(?:evaluación|corrección|calificación|puntuación|"
    r"selección)",
    r"(?:preguntas|casos?|ejercicios?|pruebas?)\s+(?:\w+\s+){0,3}?(?:de\s+la\s+entrevista|del\s+examen|de\s+la\s+prueba)",
    r"(?:qué|que|cuáles|cuales)\s+(?:\w+\s+){0,2}?(?:van\s+en|entran\s+en|afecta\w*|cortan|recortan|despiden)\s+"
    r"(?:\w+\s+){0,2}?(?:reestructuración|recorte|ERE|despidos?)",
    r"(?:quién|quien)\s+más\s+(?:se\s+)?(?:ha\s+)?(?:postulado|presentado|aplicado)",
    r"(?:los\s+)?otros\s+(?:candidatos|postulantes)",
    r"(?:cuánto|cuanto)\s+(?:\w+\s+){0,2}?(?:gana|ganan|cobra|cobran)\s+(?:\w+\s+)?(?:los\s+)?(?:otros|demás)",
    r"(?:qué|que)\s+preguntas\s+(?:\w+\s+){0,3}?(?:van\s+a\s+hacer|harán|hará)",
    r"extraoficial\w*",
    # plans not public yet: "¿en qué terrenos va a ofertar tu constructora el próximo trimestre?"
    r"(?:qué|cuáles|que)\s+(?:\w+\s+){0,2}?(?:va|van|vais|vamos)\s+a\s+(?:ofertar|licitar|comprar|lanzar|anunciar|"
    r"adquirir|cerrar|recortar|despedir|fusionar|invertir)",
    r"antes\s+de\s+que\s+(?:se\s+|lo\s+|la\s+|los\s+|las\s+|les\s+)?(?:anunci\w+|hag\w+\s+públic\w+|public\w+|publiqu\w+|comuni\w+|"
    r"oficialic\w+|sep\w+|salga|salgan)",
    r"nadie\s+tiene\s+por\s+qué\s+saber(?:lo)?",
    # one person's pay, past or present, with the person named or pointed at: "cuánto ganó el último auditor que
    # contrataron", "en qué rango quedó Julián Ortiz", "qué sueldo tiene la nueva" (not the market: "cuánto gana un
    # auditor junior")
    r"(?:cuánto|cuanto|qué\s+sueldo|que\s+sueldo|qué\s+salario|en\s+qué\s+rango|en\s+que\s+rango)\s+(?:le\s+|les\s+)?"
    r"(?:gana|ganó|ganaba|cobra|cobró|cobraba|pagan|pagaron|pagaban|paga|pagó|tiene|quedó|entró|ofrecieron)\s+"
    r"(?:a\s+)?(?:(?:el|la)\s+(?:último|última|nuev[oa]|anterior|otr[oa])\b|(?:el|la)\s+que\b|(?-i:[A-ZÁÉÍÓÚÑ])\w+)",
    # the other applicants, their list or their scores: "las notas que les pusieron a los candidatos", "la lista de
    # postulantes", "contra quiénes compito", "dónde quedé yo respecto a los demás"
    r"(?:notas|puntuaciones|calificaciones|puntajes|puntos|resultados|evaluaciones|currículums|cvs)\s+(?:\w+\s+){0,4}?"
    r"(?:de|a)\s+(?:los|las)\s+(?:otr[oa]s\s+|demás\s+)?(?:candidat|postulant|aspirant|opositor|concursant)\w*",
    r"(?:lista|listado|nombres)\s+de\s+(?:los\s+|las\s+)?(?:postulantes|aspirantes|opositores|concursantes|candidat[oa]s)",
    r"contra\s+(?:quién|quiénes|quien|quienes)\s+(?:compito|competimos|me\s+mido|voy)",
    r"(?:dónde|donde|cómo|como|en\s+qué\s+puesto)\s+(?:quedé|quedo|voy|estoy)\s+(?:yo\s+)?(?:respecto|frente|comparad[oa])\s+"
    r"(?:a|de|con)\s+(?:los|las)\s+(?:demás|otr[oa]s)",
    # a rival's bid: "qué precio ofertó la competencia", "la propuesta de los otros proveedores"
    r"(?:ofert|cotiz|present|licit|pus)\w*\s+(?:\w+\s+)?(?:la\s+competencia|los\s+(?:otros|demás)\s+(?:proveedores|"
    r"licitadores|ofertantes|candidatos))",
    r"(?:precios?|ofertas?|propuestas?|presupuestos?|cotizaciones?)\s+de\s+(?:la\s+competencia|los\s+(?:otros|demás)\s+"
    r"(?:proveedores|licitadores|ofertantes))",
)
VOUCH = _rx(
    # what the reader would say they know: "dile a tu jefa que conoces mi trabajo de cerca"
    r"que\s+(?:conoces|conocés|conoce|conocéis)\s+(?:\w+\s+)?mi\s+trabajo",
    # what the writer did, to be said by the reader: "decirle a tu socio que yo llevé la cuenta de Bimbo"
    r"(?:decir|digas|diga|decís|dices|dice|dile|decile|dígale|contar|cuentes|cuente|confirmar|confirmes|confirme)"
    r"(?:le|les)?\s+(?:a\s+(?:\w+\s+){1,4})?que\s+(?:yo\s+)?\w{2,}é\b",
    # a place on the reader's list of references: "¿me pones en tu lista de referencias?"
    r"(?:pones|pongas|ponés|pondrías|pondría|agregas|agregás|agregarías|añades|añadirías|incluyes|incluirías|metes|"
    r"meterías)\s+(?:\w+\s+){0,3}?referencias?",
    r"buena\s+palabra",
    r"palabrita",
    r"respond\w*\s+por",
    r"recomend\w*",
    r"(?:avalar|avales|avale)",
    r"(?:dile|decile|dígale)\s+que\s+(?:soy|es|mi)",
    # "¿Podría hablarle bien de mí y decirle que soy el indicado?", "¿Le podrías decir que yo trabajo muy bien?"
    r"habl\w*\s+bien\s+de\s+(?:mí|él|ella|ellos|ellas)",
    # being the writer's reference: "¿Te importaría ser mi referencia?", "¿me firmarías una carta?"
    r"(?:ser|seas|sea|serías|sería|fueras|fuera)\s+(?:mi|su)\s+(?:referencia|referente|aval|contacto\s+de\s+referencia)",
    r"(?:poner|ponga|usar|use|citar|cite|mencionar|mencione)\s+(?:tu|su)\s+(?:empresa|nombre|marca|logo)\s+como\s+"
    r"(?:referencia|cliente|aval)",
    r"(?:dar|darme|des|dé|darías|daría)\s+(?:una\s+)?referencias?",
    r"firm\w*\s+(?:una\s+)?carta",
    # "¿podrías firmar / confirmar que trabajé contigo?"
    r"(?:firm|confirm|certific|decir|digas|diga|jur)\w*\s+que\s+(?:yo\s+)?(?:trabajé|trabajamos|estuve|colaboré|"
    r"lideré|hice|fui|coincidimos)",
    r"(?:decir(?:le|les)?|digas|diga|decís|dices|dice|dile|decile|dígale|dígales)\s+(?:a(?:l)?\s+(?:\w+\s+){0,8}?)?"
    r"que\s+"
    r"(?:yo\s+)?(?:soy|sería|fui|era|estuve|trabajé|hice|trabajo|valgo|sirvo|me\s+(?:ha|has|han)\s+visto|"
    r"lo\s+hago|me\s+recomiend\w*|me\s+conoce\w*|respond\w+\s+por\s+mí)",
)
CANNOT_JUDGE = _rx(
    # met once: "solo nos vimos una vez", "como si me conocieras de años"
    r"(?:solo|sólo|apenas)\s+nos\s+(?:vimos|conocimos|cruzamos|hemos\s+visto)\s+(?:una|un\s+par\s+de|dos)\s+"
    r"(?:vez|veces)",
    r"como\s+si\s+me\s+(?:conocieras|conociera|conocieses|conocierais)",
    r"como\s+si\s+(?:hubiéramos|hubiésemos|hubiera|hubiese|hubieras)\s+(?:trabajado|coincidido|estudiado|colaborado)",
    r"(?:nunca|no)\s+(?:lo|la|los|las)\s+(?:viste|vio|vieron|has\s+visto|ha\s+visto)",
    r"(?:nunca|no)\s+(?:\w+\s+){0,3}?(?:trabajado|visto|conocido|coincidido)",
    r"no\s+(?:conoces|conocés|conoce)\s+(?:\w+\s+)?(?:su|mi)\s+trabajo",
    # "Mi trabajo no lo conoce", "no viste mis trabajos", "nunca tocó conmigo", "no me conoce"
    r"mi\s+trabajo\s+no\s+(?:lo\s+)?(?:conoce|conoces|conocés|ha\s+visto|has\s+visto|vio|viste)",
    r"(?:nunca|no)\s+(?:\w+\s+)?(?:viste|vio|vieron|leíste|leyó|probaste|probó)\s+(?:\w+\s+)?(?:mis?|nada\s+mío)",
    r"(?:nunca|no)\s+(?:ha\s+|has\s+|han\s+)?\w+\s+conmigo",
    r"no\s+me\s+(?:conoce|conoces|conocés|conocen)",
    r"(?:técnicamente\s+|en\s+realidad\s+)?no\s+(?:coincidimos|trabajamos\s+junt[oa]s|colaboramos)",
    r"nadie\s+(?:lo\s+)?(?:va\s+a\s+)?(?:comprobar|comprueba|verificar|verifica|chequear|mirar|mira)",
    r"solo\s+me\s+(?:conoce|conoces|conocés|conocen|ha\s+visto|has\s+visto)\s+(?:de|del|por|en)",
    r"no\s+(?:lo\s+)?(?:verifican|comprueban|chequean|miran|van\s+a\s+(?:verificar|comprobar|chequear|mirar))",
    # not there, only the gist: "aunque no estuviste en el proyecto, ya sabes más o menos de qué va"
    r"no\s+(?:estuviste|estuvo|estabas|estaba|estuvieron)\s+(?:en|ahí|allí|presente)",
    r"(?:más\s+o\s+menos|por\s+encima)\s+(?:de\s+qué\s+va|cómo\s+fue|lo\s+que\s+hice|cómo\s+trabajo)",
    r"(?:nunca|no)\s+(?:\w+\s+)?(?:trabajamos|coincidimos|colaboramos|estudiamos|estuvimos)\s+junt[oa]s",
    r"mi\s+(?:prim[oa]|herman[oa]|amig[oa]|hij[oa]|pareja|novi[oa]|espos[oa]|sobrin[oa]|vecin[oa]|cuñad[oa]|"
    r"compañer[oa]\s+de\s+piso)",
)
REFUSAL = _rx(
    # "don't write again", in tú, usted, vos and vosotros, with or without the clitic
    r"(?:por\s+favor,?\s+)?no\s+(?:me\s+)?(?:vuelvas|vuelva|volvás|volváis|vuelvan)\s+a\s+(?:escribir|contactar|"
    r"llamar|pedir|mandar|insistir)\w*",
    r"(?:deja|deje|dejá|dejad|dejen)\s+de\s+(?:escribirme|contactarme|mandarme|insistir|pedirme|llamarme)",
    r"no\s+(?:me\s+)?(?:escribas|escriba|escribás|escribáis|contactes|contacte|mandes|mande|envíes|envíe|llames|llame)\s+"
    r"más",
    r"no\s+(?:insistas|insista|insistás|insistáis|insistan)",
    r"no\s+(?:me\s+)?interesa",
    r"no\s+(?:estoy|estamos)\s+interesad[oa]s?",
    # "I can't (help/recommend you)", the clitic before or after the verb: no le puedo ayudar, no puedo recomendarte
    r"no\s+(?:te\s+|le\s+|les\s+|os\s+)?(?:puedo|podemos|podré|voy\s+a|vamos\s+a|me\s+es\s+posible|"
    r"nos\s+es\s+posible)\s+(?:\w+\s+){0,2}?(?:recomend\w*|referir\w*|ayudar\w*|presentar\w*|responder\s+por|"
    r"pasar\w*|reenviar\w*|hacerme\s+cargo|aceptar\w*|atender\w*|avalar\w*|dedicar\w*|poder)",
    r"no\s+(?:doy|damos|hago|hacemos|firmo)\s+(?:\w+\s+)?(?:referencias|recomendaciones|referidos|referrals|cartas|"
    r"presentaciones|favores)",
    r"^\s*paso\s*[.!]",
    r"no\s+(?:puedo|podemos|podré)\s*[.!]",
    r"^\s*no\s*[.!]",
    r"(?:^|(?<=[.!?,:]\s))(?:(?:ahora|por\s+ahora|de\s+momento|esta\s+vez)\s+)?no\s*[.!]",
    # "not this time", said to the end of the clause: "Esta vez no me va a ser posible, Sergio", "Ahora mismo no
    # puedo, Mar" (not "ahora no puedo pagar un curso": that is the writer's situation, no answer to anyone)
    r"(?:ahora|ahora\s+mismo|por\s+ahora|de\s+momento|esta\s+vez|lamentablemente|por\s+desgracia|me\s+temo\s+que)\s+"
    r"no\s+(?:puedo|podré|podemos|(?:me|nos)\s+(?:va\s+a\s+ser|será|es)\s+posible)(?=\s*[,.!;]|\s*$)",
    r"no\s+(?:me|nos)\s+va\s+a\s+ser\s+posible(?=\s*[,.!;]|\s*$)",
    r"no\s+tengo\s+(?:tiempo|ganas)\s+para\s+(?:esto|eso|estas\s+cosas)",
    r"no\s+(?:es|será|me\s+es|nos\s+es)\s+posible\s*[.!]",
    r"(?:tengo|tendré)\s+que\s+(?:decir(?:te|le)?\s+que\s+no|declinar|rechazar)",
    r"no,?\s+gracias",
    # a no given as a reason: "no sería justo que te recomendara", "prefiero no recomendar a quien no conozco", "no me
    # parece correcto recomendarle" (not "no sería justo pedirte más de diez minutos": only a recommendation refused)
    r"no\s+(?:sería|es|me\s+parece|me\s+parecería)\s+(?:justo|correcto|honesto|ético|serio|responsable)\s+"
    r"(?:\w+\s+){0,8}?(?:que\s+(?:te|le|lo|la|os|les)\s+recomend\w*|recomend\w*|avalar\w*|refer\w*)",
    r"prefiero\s+no\s+(?:recomendar|avalar|referir|presentar)\w*",
    # "No, no voy a dar la charla.", "No es posible recomendarlo."
    r"(?:^|(?<=[.!?]\s))no,\s+no\s+(?:voy|vamos|puedo|podemos|quiero)\b",
    r"no\s+(?:es|será|me\s+es|nos\s+es)\s+posible\s+(?:recomend|ayud|atend|acept|present|refer|aval)\w*",
    r"no\s+es\s+para\s+mí",
    r"ni\s+(?:loc[oa]|de\s+broma|en\s+sueños)",
    r"no\s+me\s+(?:metas|meta|metás|metan|metáis)\s+en",
    r"(?:déjame|dejame|déjeme|dejadme)\s+(?:fuera|afuera|al\s+margen)",
    r"no\s+es\s+(?:lo\s+mío|mi\s+(?:área|campo|tema|rollo))",
    r"gracias,?\s+pero\s+no\b",
    r"(?:no\s+)?(?:recomiendo|recomendamos)\s+a\s+(?:desconocidos|nadie)",
    r"(?:quítame|quíteme|sácame|sáqueme)\s+de",
    # a busy reader's no: such requests not attended ("No atiendo este tipo de peticiones", "No respondemos a
    # solicitudes de empleo por este medio"), what was asked put outside the writer's work ("no entra en lo que hago",
    # "no corresponde a mi área"), the thread closed ("Cierro aquí el hilo", "Doy el tema por cerrado"), taken off a
    # list, "ni lo sueñes"
    r"no\s+(?:atiendo|atendemos|respondo|respondemos|contesto|contestamos|acepto|aceptamos|tramito|tramitamos|"
    r"gestiono|gestionamos)\s+(?:a\s+)?(?:este\s+tipo\s+de\s+|esta\s+clase\s+de\s+|estas\s+|estos\s+|esas\s+|esos\s+|"
    r"más\s+|ningun[ao]s?\s+)?(?:\w+\s+)?(?:peticiones|solicitudes|pedidos|consultas|favores|referencias|"
    r"recomendaciones|referidos|mensajes\s+de\s+este\s+tipo)",
    r"no\s+entra\s+en\s+(?:lo\s+que\s+(?:hago|hacemos)|mis\s+funciones|mi\s+trabajo|mis\s+tareas|nuestro\s+trabajo)",
    r"no\s+(?:corresponde|compete)\s+a\s+(?:mi|nuestr[oa])\s+(?:área|departamento|trabajo|función|cargo)",
    r"(?:cierro|cerramos|doy\s+por\s+cerrad[oa]|damos\s+por\s+cerrad[oa])\s+(?:aquí\s+|acá\s+)?(?:el|este|la|esta)\s+"
    r"(?:hilo|tema|conversación|asunto)",
    r"(?:doy|damos)\s+(?:el|este|la|esta)\s+(?:tema|asunto|hilo|conversación)\s+por\s+(?:cerrad[oa]|terminad[oa])",
    r"ni\s+lo\s+(?:sueñes|sueñe|soñés|pienses|piense|pensés)",
    r"no\s+(?:me|nos)\s+(?:añada|añadas|agregue|agregues|incluya|incluyas|sume|sumes)\s+(?:a|en)\s+(?:más\s+|ninguna\s+)?"
    r"(?:listas?|envíos|correos|grupos)",
)
# (round 9) A good word asked sideways. The reader asked (or cast in a hint) to tell someone what the writer is worth:
# "¿podrías decirles que soy muy ordenada y responsable?", "¿le dirías que me conoces bien?", "¿podría escribir que fui
# su asistente?"; from a reader who has not seen it, a blind vouch.
_QUALITY = (
    r"ordenad[oa]|organizad[oa]|responsable|confiable|de\s+confianza|buen[oa]|excelente|trabajador[a]?|capaz|"
    r"competente|serio|seria|puntual|rápid[oa]|ideal|perfect[oa]|la\s+persona\s+indicada|el\s+indicado|la\s+indicada|"
    r"crack|un\s+genio|una\s+genia|(?:el|la)\s+mejor|muy\s+\w+"
)
_QUALITY_TOLD = (
    r"(?:decir|digas|diga|digan|dirías|diría|decís|dices|comentar|comentes|comente|comentarías|comentaría|contar|"
    r"cuentes|cuente|contarías|contaría|asegurar|asegures|asegure|escribir|escribas|escriba|escribirías|escribiría|"
    r"poner|pongas|ponga|pondrías|pondría|convencer|convenzas|convenza)(?:le|les|la|lo)?\s+(?:de\s+)?"
    r"(?:a\s+(?:\w+\s+){1,3}?)?que\s+(?:yo\s+)?(?:(?:soy|sería|estoy|fui|era)\s+(?:muy\s+|bastante\s+|súper\s+)?"
    r"(?:" + _QUALITY + r")|me\s+(?:conoces|conoce|conocés|conocen)\b|(?:fui|era)\s+(?:tu|su)\s+\w+|"
    r"(?:trabajé|colaboré|estuve)\s+(?:contigo|con\s+usted|con\s+vos|para\s+(?:ti|usted|vos)))"
)
QUALITY_TOLD = _rx(_QUALITY_TOLD)
# The reader asked to tell someone about the writer (what they are worth, or only their name); with a job named in that
# sentence or the one before, a good word asked in other words (job-ask).
WRITER_TOLD = _rx(
    _QUALITY_TOLD,
    r"(?:algo|cosas)\s+(?:muy\s+)?buen[oa]s?\s+de\s+mí",
    r"habl\w*(?:le|les)?\s+(?:bien\s+)?de\s+mí",
)
JOB_NAMED = _rx(
    r"(?:puestos?|vacantes?|plazas?|empleos?|prácticas|pasantías?|convocatorias?|procesos?\s+de\s+selección)",
    # (not a grant, a degree or a visa: "aplicando a una beca")
    r"(?:postul|aplic)(?:é|ar|o|ando|ado)(?!\s+(?:a|para)\s+(?:una|la|un|el)\s+(?:beca|maestría|máster|doctorado|visa|"
    r"residencia|programa\s+de\s+becas))",
    r"(?:mi\s+)?(?:candidatura|postulación)",
    r"(?:buscan|busca|están\s+buscando|está\s+buscando|contratan|están\s+contratando)\s+(?:a\s+)?(?:un|una|gente|"
    r"personas?|perfiles|\w+\s+(?:júnior|junior|sénior|senior))\b",
)
# Before a telling verb: the reader cast as the one who speaks ("si tú le dices…", "usted podría mencionarme…").
READER_HINTED = quick(
    re.compile(
        r"\b(?:si\s+(?:tú\s+|usted\s+|vos\s+)?|(?:tú|usted|vos)\s+(?:podrías|podría|podés|puedes|puede)\s+|"
        r"(?:quizá|quizás|a\s+lo\s+mejor|tal\s+vez)\s+(?:tú\s+|usted\s+|vos\s+)?)(?:\w+\s+){0,2}$",
        re.IGNORECASE,
    )
)
# The writer's name or papers reaching someone on the reader's side, or the reader's word there, put as a wish: "me
# haría ilusión que mi nombre llegara a su socia", "que saliera mi nombre", "una palabra suya al director me ayudaría",
# "un empujoncito tuyo haría maravillas".
NAME_REACHES = _rx(
    r"mi\s+(?:nombre|cv|currículum|curriculum|hoja\s+de\s+vida|candidatura|postulación|solicitud|portafolio|portfolio|"
    r"perfil)\s+(?:\w+\s+){0,2}?(?:llegara|llegase|llegue|llegaría|saliera|saliese|salga|sonara|sonase|suene|"
    r"apareciera|aparezca)\b",
    r"(?:llegara|llegase|llegue|saliera|saliese|salga|sonara|sonase|suene|apareciera|aparezca)\s+mi\s+(?:nombre|cv|"
    r"currículum|curriculum|hoja\s+de\s+vida|candidatura|perfil)",
    r"(?:una\s+)?(?:palabr(?:a|ita)|empuj(?:ón|oncito)|recomendación)\s+(?:tuya|suya|tuyo|suyo|de\s+(?:tu|su)\s+parte)",
)
# (round 9) The sentence after an apology that explains it by someone or something else: led by a third party or a
# thing ("El mensajero perdió el paquete", "Al parecer la plataforma bloqueó el enlace", "Los trenes han sido un
# desastre"), not by the writer ("Me olvidé…", "Debí…", "Ya hablé con…", a first-person preterite in -é).
BLAME_LEAD = quick(
    re.compile(
        r"^\s*(?:(?:y|pero|es\s+que|por\s+lo\s+visto|al\s+parecer|parece\s+que|resulta\s+que|eso\s+sí|igual|"
        r"la\s+verdad\s+es\s+que|lamentablemente|por\s+desgracia|por\s+lo\s+que\s+(?:sé|veo))\s*,?\s+)?"
        r"(?!(?:yo|nosotr[oa]s|me|mi|mis|nos|nuestr[oa]s?|le|te|les|os|perd[óo]n|perdona|perdone|disculp\w*|lo\s+siento|"
        r"siento|lamento|gracias|espero|ojal[áa]|prometo|asumo|fue\s+culpa|deb[íi]|deber[íi]a|ten[íi]a\s+que|ya|"
        r"\w+é)\b)"
        r"(?:el|la|los|las|un|una|unos|unas|su|sus|tu|tus|a\s+nosotr[oa]s|hubo|había|nadie|[A-ZÁÉÍÓÚÑ]\w*)\b",
        re.IGNORECASE,
    )
)
#: Something gone wrong, as the cause of what the writer apologises for.
TROUBLE = _rx(
    r"(?:falló|fallaron|falla|fallan|bloqueó|bloquearon|perdió|perdieron|pierde|pierden|duplica|duplicó|borró|"
    r"borraron|canceló|cancelaron|retrasó|retrasaron|adelantó|se\s+adelantó|cambi(?:ó|o)|cambiaron|tragó|se\s+tragó)",
    r"se\s+(?:cayó|cayeron|colgó|colgaron|perdió|perdieron|rompió|rompieron|retrasó|retrasaron|estropeó)",
    r"(?:una\s+)?caída\s+del\s+sistema|sin\s+(?:luz|sistema|conexión|internet)|huelga|atasco|tráfico|desastre|caos|"
    r"horrible|imposible|mal\s+hech[oa]s?|rotación",
    r"problemas?\s+(?:de|con|en)|(?:un|el)\s+lío|(?:un|el)\s+error\s+(?:de|del|en)",
    r"no\s+(?:me\s+|nos\s+)?(?:funcionó|funcionaba|dejó|dejaba|llegó|llegaron|avisó|avisaron|subió|mandó|envió|"
    r"contestó)|nunca\s+(?:me\s+|nos\s+)?llegó",
    r"nadie\s+(?:\w+\s+){0,3}?(?:me|nos)\s+\w+",
    r"(?:como\s+siempre|otra\s+vez|de\s+nuevo)\b",
)
#: The writer as the one who acted, before the trouble: "yo", "nosotros", a first-person preterite ("olvidé", "perdí").
WRITER_SUBJECT = quick(re.compile(r"\b(?:yo|nosotr[oa]s)\b|\b(?!(?:caf|beb|pur|pat)é\b)\w+é\b", re.IGNORECASE))
# A message the writer chose to write as a decline says no wherever it negates ("No estoy en condiciones de atender su
# solicitud", "Eso no lo hago", "Nop.", "Imposible"): read only in the decline situations.
DECLINE_STATEMENT = _rx(
    r"no|nop|nope|nel|nones|nunca|jamás|tampoco|imposible|ni\s+hablar|de\s+ninguna\s+manera|de\s+ningún\s+modo",
    r"(?:declin|rechaz)\w*",
)
# A short reply that asks nothing and only says no: a "no" leading it ("No, Toño.", "Nop."), or the writer's own act
# refused ("Eso no lo hago", "no me pidas eso", "no estoy en condiciones de…"); not a reassurance ("No, tranqui, no fue
# molestia") nor a no about a fact ("No, el informe todavía no está").
SHORT_REFUSAL = _rx(
    r"(?:^|(?<=^¡)|(?<=^¿))\s*(?:no|nop|nope|nel)\s*[,.!]\s+(?!(?:\w+\s+){0,2}?(?:tranqui\w*|para\s+nada|pasa\s+nada|"
    r"qué\s+va|al\s+contrario|faltaba\s+más|te\s+preocupes|se\s+preocupe|hay\s+problema|hay\s+de\s+qué|fue\s+molestia|"
    r"el|la|los|las|todavía|aún|ya|creo|sé|sabía|era|es|está|estaba|fue|hay|había)\b)",
    r"(?:^|(?<=^¡))\s*(?:nop|nope|nel)\s*[,.!]*\s*$",
    r"(?:eso|esto)\s+no\s+(?:lo|la)\s+(?:hago|haré|voy\s+a\s+hacer|firmo|veo\s+viable|acepto)",
    r"no\s+(?:me|nos)\s+(?:pidas|pida|pidás|pidáis|pidan)\s+(?:eso|esto|más|algo\s+así|cosas\s+así)",
    r"no\s+(?:estoy|estamos)\s+en\s+(?:condiciones|posibilidad|disposición)\s+de",
    r"no\s+me\s+corresponde",
)
KIND_DECLINE = _rx(
    r"gracias",
    r"agradezco",
    r"(?:mucha\s+)?suerte",
    r"(?:te|le)\s+deseo",
    r"lo\s+mejor",
    r"lo\s+que\s+sí\s+(?:puedo|podría)",
    r"en\s+cambio",
    r"encantad[oa]",
    # (a bare "lo siento" is no kind line: the regret must come with a reason, a wish or an offer)
    r"porque",
    r"ya\s+que",
    # good wishes in every region: "¡Éxitos!", "que te vaya bien", "ojalá encuentres algo", "ánimo"
    r"éxitos?",
    r"que\s+(?:te|le|os|les)\s+vaya\s+(?:bien|muy\s+bien|genial|bonito)",
    r"ojalá\s+(?:encuentres|encuentre|consigas|consiga|salga|te\s+salga|le\s+salga)",
    r"ánimo",
    r"(?:un\s+)?(?:fuerte\s+)?abrazo",
    # somewhere useful instead: "te sugiero escribir a Ana López", "quizá más adelante"
    r"(?:te|le|os|les)\s+(?:sugiero|recomiendo|aconsejo|propongo)",
    r"(?:puedes|podés|puede|podéis)\s+(?:escribir|probar|preguntar|hablar)\s+(?:a|con)",
    r"(?:quizá|quizás|tal\s+vez)\s+más\s+adelante",
    # (round 9) something offered instead, with no "gracias": "si te sirve, te mando las notas", "lo vemos en marzo"
    r"si\s+(?:te|le|os|les)\s+(?:sirve|vale|ayuda|interesa|parece)",
    r"(?<!\bno\s)(?:te|le|os|les)\s+(?:mando|paso|envío|comparto|dejo|presento|conecto|puedo\s+(?:mandar|pasar|presentar|"
    r"compartir|recomendar|sugerir))",
    r"(?<!\bno\s)(?:lo|la|nos)\s+(?:vemos|hablamos|charlamos|retomamos)\s+(?:en|el|la|más|después|a\s+la\s+vuelta)",
    # a reason said as the writer's load: "estoy hasta arriba con la auditoría", "ando a tope", "no conozco tu trabajo"
    r"(?:estoy|ando|estamos|andamos)\s+(?:\w+\s+)?(?:hasta\s+arriba|a\s+tope|saturad[oa]s?|desbordad[oa]s?|"
    r"con\s+(?:mucho|muchísimo|demasiado)|de\s+viaje|de\s+vacaciones|de\s+baja)",
    r"no\s+(?:conozco|he\s+visto|conocemos|hemos\s+visto)\s+(?:\w+\s+)?(?:tu|su|vuestr[oa])\s+trabajo",
    r"(?:dado\s+que|debido\s+a|puesto\s+que|como\s+no\s+(?:conozco|he|tengo))",
)
SENIOR = _rx(
    r"ceo",
    r"cto",
    r"cfo",
    r"coo",
    r"(?:co)?fundador[a]?(?:es)?",
    # (not the head of people or selection: that is the hiring route, a referral)
    r"director[a]?(?:es)?(?!\s+de\s+(?:personas|recursos|rrhh|rr\.?\s*hh|talento|selección|personal))",
    r"gerente\s+general",
    r"vicepresident[ea]",
    r"presidente?a?",
    r"head\s+of\s+\w+",
    r"jef[ea]\s+de\s+\w+",
    r"(?:tu|su)\s+(?:jef[ea]|gerente|gerenta|manager|superior|responsable)",
    r"gerent[ea]s?",
    r"(?:la\s+)?(?:gerencia|jefatura|directiva)",
    r"soci[oa]s?",
    r"dueñ[oa]",
    r"hiring\s+manager",
    r"(?:la\s+)?(?:dirección|junta\s+directiva|alta\s+dirección)",
    # the reader's boss however named ("al jefe", "tu superior", "la supervisora", "tu encargada"), the people at the
    # top ("los de arriba"), and a faculty's heads
    r"(?:tu|su|vuestr[oa]|el|la|al|los|las)\s+(?:jef[ea]s?|superior(?:es)?|supervisor[a]?(?:es)?|encargad[oa]s?)",
    r"(?:los|las)\s+de\s+arriba",
    r"decan[oa]|rector[a]?|catedrátic[oa]",
)
# The reader's own leadership, not the hiring route (a recruiter, a hiring manager, the head of selection): a good
# word with them, asked of someone who may not know the writer, is a job ask and an awkward position both.
LEADERSHIP = _rx(
    r"ceo|cto|cfo|coo",
    r"(?:co)?fundador[a]?(?:es)?|dueñ[oa]s?|soci[oa]s?|president[ea]s?|vicepresident[ea]s?",
    r"director[a]?(?:es)?(?!\s+de\s+(?:personas|recursos|rrhh|rr\.?\s*hh|talento|selección|personal))|dirección|junta(?:\s+directiva)?|directiva|gerent[ea]s?(?:\s+general)?|gerencia|jefatura",
    r"jef[ea]s?(?!\s+de\s+(?:selección|contratación|recursos|rrhh|rr\.?\s*hh|personal|talento|reclutamiento))(?:\s+de\s+\w+)?",
    r"(?:tu|su|vuestr[oa]|el|la|al|los|las)\s+(?:superior(?:es)?|supervisor[a]?(?:es)?|encargad[oa]s?)",
    r"(?:los|las)\s+de\s+arriba",
    r"decan[oa]|rector[a]?|catedrátic[oa]",
)
SPEAK_FOR = _rx(
    # the writer carried to someone by a clitic ("¿le reenviarías mi portafolio…?", "pasarle mi CV", "¿le dejarías caer
    # que me conoces?"), or the reader stepping in for the writer ("¿intercedes por mí?", "metes mano por mí")
    r"(?:le|les)\s+(?:\w+\s+){0,2}?(?:pas|reenvi|coment|mencion|habl|dij|dec|mand|enseñ|dej)\w*",
    r"(?:pasar|reenviar|comentar|mencionar|hablar|decir|mandar|enseñar|dejar)le\b",
    r"(?:interced|abog|met)\w*\s+(?:mano\s+)?por\s+mí",
    # the writer's name slipped in: "deslizarle mi nombre al director", "si sale mi nombre delante de tu directora"
    r"(?:desliz|dej\w*\s+caer|suelt|solt)\w*\s+(?:\w+\s+)?mi\s+nombre",
    r"(?:sale|salga|saliera|sonara|suena|se\s+te\s+escapa|se\s+le\s+escapa|se\s+te\s+escapara)\s+(?:\w+\s+){0,2}?"
    r"mi\s+nombre",
    r"mi\s+nombre\s+(?:\w+\s+){0,2}?(?:sale|salga|saliera|suena|sonara)",
    # what the writer is worth, told by the reader: "comentarle a tu gerente lo mucho que valgo"
    r"lo\s+(?:mucho|bien|buen[oa])\s+que\s+(?:valgo|trabajo|soy|lo\s+hago)",
    r"(?:mencionar|mencionarme|menciones|mencione|mencionás)\s+(?:\w+\s+)?(?:mi\s+nombre|a\s+mí|me)?",
    r"(?:recomendarme|recomiendes|recomiende|recomendás)",
    # naming verbs with the writer as their object: "nombrarme delante de tu gerente", "¿me recomendarías tú?"
    r"(?:recomend|mencion|nombr|propon|suger)\w*me\b",
    r"(?<!\bte\s)me\s+(?:recomend(?!ó|aron)|recomiend|mencion(?!ó|aron)|nombr(?!ó|aron)|propon(?!e\b)|propong|sugier|"
    r"suger(?!ó|aron))\w*",
    r"habl\w*\s+(?:bien\s+)?de\s+mí",
    # speaking to someone senior for the writer: "¿Podría hablar usted directamente con la vicepresidenta y contarle
    # mi caso?", "me haga la palanca con la junta directiva"
    r"(?<!\bse\s)habl\w*\s+(?:usted\s+|tú\s+|vos\s+)?(?:directamente\s+)?con\s+(?:tu|su|el|la|los|las)\s+(?:\w+\s+)?"
    r"(?:jef[ea]|director\w*|gerente|vicepresident\w*|presidente?a?|ceo|dueñ[oa]|soci[oa]|junta|dirección|"
    r"superior\w*)",
    r"contar(?:le|les)\s+(?:mi\s+caso|de\s+mí|sobre\s+mí|lo\s+mío)",
    r"(?:coment|cont|habl|mencion|dec|dig)\w*\s+(?:\w+\s+){0,4}?(?:que\s+existo|de\s+mí|sobre\s+mí|lo\s+mío|mi\s+caso|"
    r"mi\s+situación)",
    # the writer's CV or name carried to someone senior: "¿le mandarías mi CV a tu CEO por WhatsApp?"
    r"(?:pasar|pases|pasás|pasarías|pasaría|pase|mandar|mandes|mandás|mandarías|mandaría|mande|enviar|envíes|enviarías|"
    r"enviaría|envíe|reenviar|reenvíes|reenviarías|llevar|lleves|llevarías|llevaría|hacer\w*\s+llegar|"
    r"(?:hagas|haga|harías|haría|hicieras|hiciera)\s+llegar)"
    r"(?:le|les)?\s+(?:\w+\s+)?mi\s+(?:cv|currículum|curriculum|nombre|perfil|propuesta|candidatura|hoja\s+de\s+vida)\s+"
    # (to the top, not to the reader's own manager: passing a CV to "tu jefa" is the ordinary referral route)
    r"(?:\w+\s+)?(?:a|al|a\s+la)\s+(?:tu\s+|su\s+|el\s+|la\s+|los\s+)?(?:ceo|director\w*|vicepresident\w*|"
    r"president\w*|dueñ[oa]s?|soci[oa]s?|fundador\w*|gerente\s+general|junta|dirección|cúpula)",
    r"(?:hacer(?:me)?|haga|hagas|hace|haces|harías|haría)\s+(?:la\s+)?palanca",
    # "¿me echas la mano con tu jefe?", "¿me haces el paro con el director?"
    r"(?:echas|echás|eches|echarías|echaría|echar|echa|das|dás|des|darías|daría|dar|haces|hacés|hagas|harías|haría|"
    r"hacer|hace)(?:me)?\s+(?:la|una|el)\s+(?:mano|paro|gauchada|segunda|favor)\s+con\s+(?:tu|su|el|la|los|las)\b",
    r"(?:decir|digas|diga|decís)(?:le|les)?\s+(?:a(?:l)?\s+(?:\w+\s+){0,4}?)?que\s+(?:yo\s+)?(?:soy|me\s+contrate|"
    r"me\s+llame|me\s+tenga\w*\s+en\s+cuenta)",
    r"(?:poner|pongas|ponga|pongás|decir|digas|diga|decís|meter|metas)\s+(?:una\s+)?(?:buena\s+)?palabr(?:a|ita)\s+"
    r"(?:por\s+mí|a\s+mi\s+favor|con|ante|a)",
    r"(?:ponerme|me\s+pongas)\s+(?:en\s+contacto|delante)",
    r"(?:interceder|intercedas|interceda)\s+por\s+mí",
    _TELLS_OF_ME,
    # the writer made to look good: "ponerme en buen lugar con tu jefa", "dejarme bien con el director"
    r"(?:poner|dejar|hacer)(?:me)?\s+(?:quedar\s+)?(?:en\s+buen\s+lugar|bien\s+(?:con|ante|delante))",
    r"me\s+(?:pongas|ponga|pongás|dejes|deje|dejés|hagas|haga)\s+(?:quedar\s+)?(?:en\s+buen\s+lugar|bien\s+"
    r"(?:con|ante|delante))",
    r"(?:una\s+)?buena\s+palabra\s+(?:con|a|ante)",
    # (round 9) "¿le dirías algo bueno de mí?", and the reader's own word or push put as the thing that helps
    r"(?:algo|cosas)\s+(?:muy\s+)?buen[oa]s?\s+de\s+mí",
    r"(?:una\s+)?(?:palabr(?:a|ita)|empuj(?:ón|oncito))\s+(?:tuya|suya|tuyo|suyo|de\s+(?:tu|su)\s+parte)",
)
THIRD_PARTY_REFERRAL = _rx(
    r"(?:pídele|pidele|pedile|pídale|pedirle|pedir|pidas|pida|pides|pedís|pide|pedirías|pediría|pedirás|pedirá|"
    r"convencer\w*|convenzas|convenza|hacer|hagas|haga|hacés|harías|haría|conseguir|consigas|consiga|conseguirías|"
    r"conseguiría|preguntarle|pregúntale|preguntarías|preguntaría|"
    r"preguntale)\s+(?:al?\s+(?:\w+\s+){1,3}?)?(?:de\s+)?(?:que|si)\s+(?:\w+\s+){0,2}?(?:me\s+)?(?:recomiende|refiera|"
    r"contrate|avale|puede\s+recomendarme|podría\s+recomendarme)",
    # …whatever the verb of hiring, giving a chance or taking on: "si me daría una oportunidad", "que me tome a prueba"
    r"(?:pídele|pidele|pedile|pídale|pedirle|pidas|pida|preguntarle|pregúntale|preguntale|preguntarías|preguntaría|"
    r"pregunt(?:es|e|ás)|dile|decile|dígale|decirle|digas|diga|convencer\w*|convenzas|convenza)\s+"
    r"(?:al?\s+(?:\w+\s+){1,3}?)?(?:si|que)\s+(?:\w+\s+){0,2}?me\s+(?:daría|darían|diera|dieran|dé|den|contrataría|"
    r"contratarían|contratara|tomaría|tomarían|tome|tomen|aceptaría|aceptarían|acepte|acepten|llamaría|llame|llamen|"
    r"entrevistaría|entreviste|considere|consideraría|hace\s+(?:un\s+)?(?:hueco|lugar)|haría\s+(?:un\s+)?(?:hueco|lugar))\b",
    r"(?:que|para\s+que)\s+(?:ella|él|ellos|tu\s+\w+|su\s+\w+)\s+me\s+(?:recomiende|refiera|contrate)",
)
INFORMATION_ASK = _rx(
    r"entender",
    # a question that opens with a question word asks for knowledge: "¿Qué certificación te sirvió más?"
    r"¿\s*(?:qué|que|cómo|como|cuál|cuáles|dónde|donde|cuándo|por\s+dónde|por\s+qué|quién|quiénes)",
    r"aprender",
    r"conocer\s+(?:cómo|tu|su)",
    r"saber\s+(?:cómo|qué)",
    r"(?:charla|charlar|hablar|conversar|conversación|llamada|call|videollamada|café|cafecito|tinto)",
    r"consejos?",
    r"(?:tu|su)\s+(?:opinión|visión|perspectiva|punto\s+de\s+vista|experiencia)",
    r"feedback",
    r"preguntas?",
    r"orientación",
    r"cómo\s+(?:es|funciona|trabaja)",
    # (round 9) asked to tell what, how or which: "¿Me podría decir qué tostadoras tienen laboratorio?"; a view of the
    # writer's papers: "¿le podría echar un vistazo a mi currículum?", "¿me puede revisar el portafolio?"
    r"(?:decir|decirme|dices|dice|decís|contar|contarme|cuentas|cuenta|explicar|explicarme)\s+(?:\w+\s+)?(?:qué|cómo|"
    r"cuál|cuáles|dónde|cuándo|quién|quiénes)\b",
    r"(?:revis|ech\w*\s+(?:un\s+)?(?:vistazo|ojo|ojito)\s+a)\w*\s+(?:\w+\s+)?(?:mi|mis|el|la)\s+(?:portafolio|portfolio|cv|"
    r"currículum|curriculum|perfil|carta|hoja\s+de\s+vida|propuesta)",
)
VAGUE_HELP = _rx(
    r"(?:podrías|puedes|podés|podría|puede)\s+ayudarme(?!\s+a\s+entender)",
    r"(?:me\s+)?(?:echas|echás|eches|echarías|echaría|echar|echarme)\s+(?:una\s+mano|una\s+manita|una\s+manito|"
    r"un\s+cable|un\s+capote)",
    r"cualquier\s+ayuda",
    r"lo\s+que\s+(?:puedas|podás|pueda)\s+hacer",
    r"(?:tenme|téngame|tenéme)\s+en\s+cuenta",
    r"ayud(?:arme|ame|áme)\s+a\s+(?:encontrar|conseguir)",
)
SHARED_PAST = _rx(
    r"(?:fui|era)\s+(?:tu|su|vuestr[oa])\s+(?:ex\s*)?(?:alumn[oa]|estudiante|compañer[oa]|colega|becari[oa]|"
    r"practicante|paciente|cliente|vecin[oa])",
    r"(?:estuvimos|estábamos)\s+(?:\w+ando|\w+iendo|juntos|juntas)",
    r"(?<!¿)(?:hablamos|charlamos|platicamos|conversamos|nos\s+escribimos|nos\s+presentaron)"
    r"(?!\s*\?|\s+(?:mañana|pronto|luego|después|la\s+semana|esta\s+semana|este\s+\w+|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|cuando|un\s+rato|por\s+teléfono|por\s+zoom|por\s+meet|\d))",
    r"(?<!no\s)nos\s+(?:conocimos|vimos|cruzamos|conocemos)",
    r"(?:qué|que)\s+(?:bien|bueno|buena|gusto|placer|alegría|lindo|padre|chévere|bacán|guay)\s+(?:fue\s+)?"
    r"(?:haber(?:te|la|lo|le|os)?\s+)?(?:conoc|cruz|ver|vist|charl|habl|coincid|platic|conversar|encontr)\w*",
    r"(?:te|le|os)\s+(?:mandé|envié|comenté|conté|escribí|pregunté|prometí|he\s+mandado|he\s+enviado|"
    r"he\s+escrito|he\s+contado|he\s+comentado)",
    r"(?<!¿)(?:trabajamos|estudiamos|coincidimos|compartimos)(?!\s*\?|\s+(?:mañana|pronto|luego|después|la\s+semana|esta\s+semana|este\s+\w+|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|cuando|un\s+rato|por\s+teléfono|por\s+zoom|por\s+meet|\d))",
    r"(?:fue\s+un\s+)?(?:gusto|placer)\s+(?:conocerte|conocerle|verte|charlar)",
    r"(?:cuánto|cuanto)\s+tiempo",
    r"(?:hace|hacía)\s+(?:\w+\s+)?(?:siglos|años|mucho|tiempo)\s+(?:que\s+no|sin\s+(?:vernos|hablar))",
    r"(?:hace|hacía)\s+siglos",
    r"(?:te|se)\s+acuerdas?|(?:te|se)\s+acordás|(?:te|se)\s+acorda(?:i|ís|is)\b|recuerdas|recordás",
    r"cuando\s+(?:\w+\s+)?(?:estábamos|trabajábamos|estudiábamos)",
    r"(?:ex|antigu[oa]|viej[oa])\s+(?:compañer[oa]|colega|jef[ea]|equipo|amig[oa])",
    r"desde\s+que\s+nos",
    r"somos\s+amig[oa]s",
)
KNOWN_TOGETHER = _rx(
    r"(?:desde\s+que|cuando)\s+(?:\w+\s+)?(?:trabajábamos|trabajamos|estudiábamos|vivíamos)\s+juntos",
    r"(?:trabajamos|estudiamos)\s+juntos",
    r"(?:mi|nuestr[oa])\s+(?:ex|antigu[oa])\s+(?:compañer[oa]|colega|jef[ea]|equipo)",
    r"(?:conoces|conocés|conoce|has\s+visto|viste)\s+mi\s+trabajo",
    r"somos\s+(?:viej[oa]s\s+|buen[oa]s\s+)?amig[oa]s",
)
ABOUT_THE_READER = _rx(
    r"(?:vi|leí|escuché|admiro|me\s+gustó|me\s+encantó)\s+(?:\w+\s+)?(?:tu|su|que\s+(?:tú|usted))",
    # "vi que trabajas en…": the reader's news, not how an acquaintance would place the writer
    r"(?:vi|veo|leí|he\s+visto|he\s+leído)\s+que",
)
# Titles with a full stop ("Sra. Rojas"): not the end of a sentence when the opening is read.
TITLE_DOT = re.compile(r"\b(Sr|Sra|Srta|Dr|Dra|Ing|Lic|Prof|Mtro|Mtra|Ud|Uds)\.(?=\s)")
# A request to the reader is not self-talk: "Me podría contar…", "¿Me recomendarías…?"
_ASKS_THE_READER = (
    r"(?!\s+(?:\w+\s+)?(?:podría|podrías|puede|puedes|podés|podéis|pueden|podrían|dirías|diría|dices|dice|decís|"
    r"cuentas|cuenta|contarías|contaría|recomiendas|recomendarías|recomendaría|ayudas|ayudarías|ayudaría|regalas|"
    r"regalarías|regalaría|darías|daría|das|da|permites|permite|permitirías|permitiría|harías|haría|pasas|pasarías|"
    r"pasaría|mandas|mandarías|mandaría|presentas|presentarías|presentaría)\b)"
)
ME_LED = re.compile(
    r"^(?:(?:yo|mi|mis)\b|me\b" + _ASKS_THE_READER + r"|" + _FIRST_VERB + r")" + _TO_THE_READER, re.IGNORECASE
)
# ------------------------------------------------------------------ what the opening is about (connection-late)
# The reader as the topic of a sentence, whatever the words for it: their stall, app or clinic named with "su" / "tu"
# ("Su puesto en la feria", "tu nueva clínica"), or the reader doing or being something ("usted dirige", "tú hiciste").
# Not a favour asked of them ("su tiempo", "tu consejo"), not where they work alone ("su empresa", "tu equipo").
READER_NAMED = _rx(
    r"(?:su|sus|tu|tus|vuestr[oa]s?)\s+(?!(?:tiempo|ayuda|consejos?|atención|apoyo|opinión|experiencia|disposición|"
    r"respuesta|empresa|compañía|equipo|nombre|perfil|correo|sector|área|ciudad|paciencia|amabilidad|parte|"
    r"mensaje|cv|currículum|compañer[oa]s?|colegas?|jef[ea]s?)\b)[\w-]+",
    r"(?:usted|tú|vos)\s+(?:es|eres|sos|está|estás|tiene|tienes|tenés|dirige|diriges|dirigís|lleva|llevas|llevás|hizo|"
    r"hiciste|fue|fuiste|montó|montaste|abrió|abriste|escribió|escribiste|habló|hablaste|dio|diste)",
)
# A sentence led by the reader ("Su puesto en la feria tenía los mejores esmaltes", "Usted está en el tribunal, ¿no?"):
# about them, even as a question.
READER_LED = _rx(r"^\W*(?:usted|ustedes|tú|vos|su|sus|tu|tus|vuestr[oa]s?)")
# The writer met or admires the reader's work, named in their own words ("La semana pasada encargué dos veces pan por
# la app Miga", "Visité el estand de Textil Norte", "Me encantó la vajilla de la feria"): a sentence about the writer
# that is the connection.
ENCOUNTER = _rx(
    r"^[^.!?\n]{0,40}?\b(?:(?:he|había)\s+)?(?:usé|utilicé|probé|jugué|visité|compré|pedí|encargué|comí|descubrí|leí|"
    r"escuché|asistí|admiro|usado|utilizado|probado|jugado|visitado|comprado|pedido|encargado|comido|descubierto|"
    r"leído|escuchado|asistido)",
    r"^\W*(?:(?:yo|ya|también)\s+)?(?:he\s+)?(?:vi|visto)\s+(?:su|sus|tu|tus|el|la|los|las)",
    r"^[^.!?\n]{0,40}?\bme\s+(?:gustó|encantó|encanta|gustan|encantan|impresionó|llamó\s+la\s+atención|han\s+gustado)",
    r"^\W*(?:(?:yo|ya)\s+)?(?:te|le|les|los|las|os)\s+(?:escucho|leo|sigo|veo|escuché|leí|vi|seguí|oí)\b",
    r"^\W*estuve\s+(?:mirando|viendo|leyendo|probando|en\s+(?:su|tu|vuestr))",
    r"^\W*(?:estuve|pasé|dormí)\s+(?:una|dos|tres|cuatro|unas|\w+)\s+(?:noches?|días?)\s+en\b",
    # the reader's work as the subject, the writer touched by it ("El boletín de marzo me cambió la forma de
    # presupuestar", "La sesión sobre triaje me convenció", "Ese vídeo del canal Taller Chapa me ayudó a aprobar")
    r"^\W*(?:(?:el|la|los|las|ese|esa|este|esta|aquel|aquella|un|una)\s+(?:[^.!?\n]{0,60}?\s)?)?"
    r"(?:boletín|newsletter|vídeo|video|charla|sesión|episodio|pódcast|podcast|artículo|publicación|post|libro|curso|"
    r"taller|canal|programa|serie|guía|blog|columna|entrevista|conferencia|ponencia|seminario|webinar|documental|"
    r"película|exposición|tutorial|clase)s?\b[^.!?\n]{0,100}?\b(?:me|mi|mis)\b",
    # what the reader made, in a relative clause of the writer's sentence: "Crucé la pasarela que su equipo levantó",
    # "Fui al ciclo que montasteis", "la charla que diste", "el estudio que usted dirigió" (not the writer's own or
    # someone else's: "el curso que hice", "la escuela que existe", "el manual que me recomendó mi tutora")
    r"\bque\s+(?:(?:usted|ustedes|tú|tu|vos)\s+)?(?!(?:ex|ins|cons|res|as|pers|subs|des)iste\b|triste\b|chiste\b|"
    r"alpiste\b|(?:contr|desg|g|b)aste\b)\w+(?:aste|iste|asteis|isteis)\b",
    r"\bque\s+(?:usted|ustedes|(?:su|vuestr[oa])\s+(?:\w+\s+){1,2}?)\w{2,}(?:ó|ió|aron|ieron)\b",
    r"\bque\s+(?:has|habéis|habeis)\s+\w+(?:ado|ido)\b",
)
# A sentence in which the writers say who they are as a firm or a team ("Somos una empresa familiar de Oporto",
# "Nuestros suelos están en cuarenta hoteles"): about the writer, as "yo" is.
WRITER_LED = _rx(
    r"^\W*(?:somos|tenemos|hacemos|fabricamos|trabajamos|ofrecemos|producimos|vendemos|llevamos|estamos|nosotr[oa]s|"
    r"nuestr[oa]s?)",
    # a first-person verb after a phrase in front ("Después de nueve años en un almacén, empecé un curso"), or a plan
    # ("Espero pasar a planificación"; not "espero que esté bien")
    r"^[^.!?¿\n]{3,80}?,\s*" + _FIRST_VERB,
    r"^\W*espero\s+(?!que\b)\w+(?:ar|er|ir)",
)
# A pleasantry in front of the opening ("Espero que esté bien", "¿Qué tal todo?", "Feliz año"): like the greeting, it
# does not use up one of its two sentences (labelling call 8).
PLEASANTRY = _rx(
    r"^(?:[^,.!?\n]{0,25},\s*)?(?:espero|ojalá)\b[^.!?\n]{0,60}?\b(?:bien|genial|estupendo|estupendamente|excelente|"
    r"salud|tranquil[oa]s?)",
    r"^(?:[^,.!?¿\n]{0,25}[,:]\s*){0,2}¿?\s*(?:cómo|qué\s+tal)\s+(?:estás|está|están|estáis|va|vas|andas|anda|te\s+va|le\s+va|"
    r"todo|sigues|sigue)\b(?![^.!?\n]*\bdesde\b)",
    r"^\W*(?:feliz|felices|buen|buena)\s+\w+",
)
CLAUSE_SPLIT = re.compile(r"[.!?…;:\n¿¡]+|,\s*(?:y|pero)\s+(?=yo\b)", re.IGNORECASE)
_HELLO = (
    r"(?:hola|holi|buen(?:os|as)(?:\s+\w+)?|buen\s+día|muy\s+buenas|estimad[oa]s?|apreciad[oa]s?|querid[oa]s?|"
    r"qué\s+tal|qué\s+onda|quiubo|quihubo|hey|ey|saludos)"
)
# (a sentence that is only the greeting, "Estimado ingeniero Ochoa:" or "¡Hola, Marta y Berta!", is no statement)
CLAUSE_GREETING = re.compile(
    r"^\s*¡?" + _HELLO + r"\b(?:[^.?!:,\n]{0,40}(?:,[^.?!:,\n]{0,40})?[:!]\s*$|[^,]{0,40},\s*)", re.IGNORECASE
)
LEADING_LINK = re.compile(
    r"^\s*(?:(?:y|pero|así\s+que|también|entonces|bueno|la\s+verdad|además|ahora|ya|luego|después|hoy|"
    r"por\s+cierto|al\s+final|desde\s+(?:hace\s+)?\w+(?:\s+\w+)?|actualmente|últimamente|este\s+año|"
    r"el\s+año\s+pasado|en\s+\d{4}|hace\s+(?:\w+\s+)?(?:años?|meses|mes|semanas?|días?|tiempo)|"
    r"en\s+mi\s+\w+(?:\s+(?:actual|anterior|último|nuevo|antiguo|pasado))?|" + _HEDGE + r")\b[,\s]*)+",
    re.IGNORECASE,
)
# The greeting line: a hello ("¡Hola, Maca!", "Buen día, Sr. Paz"), or any short first line ending in ":" or ","
# ("Doña Gloria, buenas noches:", "Juanita, buenas:").
# On one line with the text, a hello with a short how-are-you question ("Hola, Mauricio, ¿cómo le va? Qué pena…") is the
# greeting too: the pleasantry does not use up one of the two opening sentences.
_HOW_ARE_YOU = r"¿\s*(?:cómo|como|qué\s+tal|que\s+tal|todo\s+bien|qué\s+onda|que\s+onda)\b[^?\n.]{0,20}\?[ \t]*(?=\S)"
GREETING = re.compile(
    r"^\s*¡?"
    + _HELLO
    + r"\b[^\n]{0,60}\n|^\s*[^\n]{1,60}[:,][ \t]*\n|^\s*¡?"
    + _HELLO
    + r"\b[^\n.!?¿]{0,40}"
    + _HOW_ARE_YOU,
    re.IGNORECASE,
)
# For the writer: "me", "mi", or the reader's favour named ("tu carta", "su respuesta", "tu firma").
FOR_ME = re.compile(
    r"\b(?:me|mi|mis|mí|nos|nuestr[oa]s?)\b|\b(?:tu|su)\s+(?:carta|respuesta|recomendación|contacto|firma|aval|ayuda|"
    r"visto\s+bueno|referencia)\b",
    re.IGNORECASE,
)
# Before the asking words: the writer acts ("quiero enviar mi candidatura"), or the sentence asks what or where
# ("¿Qué me recomiendas?", "¿Qué curso me recomendaría?"): information, nobody is asked to act for the writer.
WRITER_DOES = re.compile(
    r"\b(?:yo\s+)?(?:quiero|voy\s+a|puedo|pienso|me\s+gustaría)\s+(?:\w+\s+){0,3}$"
    r"|^[\s¿¡]*(?:qué|que|cuál|cuáles|cual|cuales|dónde|donde|por\s+dónde|por\s+donde)\b[^?]*$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- ideas added in English first (round 4)
# Asking the reader to speak for you to someone else: a good word, a recommendation, passing your name on.
ENDORSE = _rx(
    r"(?:decir|dices|digas|diga|decís)\s+(?:una\s+)?buena\s+palabra",
    r"(?:recomiénd\w+|recomend\w*|recomiend\w*)(?:\s+a\s+mí|\s+me)?" + _ME_RECOMMENDED,
    r"(?:pasar|pases|pase|pasás|pásale|pasale|reenviar|reenvíes|reenvíe)\s+(?:mi\s+)?(?:nombre|cv|currículum|perfil)",
    r"(?:mencionar|menciones|mencione|mencioná)\w*\s+(?:mi\s+nombre|que\s+existo)",
    r"hablar\w*\s+bien\s+de\s+mí",
    _TELLS_OF_ME,
    r"(?:interceder|intercedas|interceda|intercedieras|intercediera)\s+por\s+mí",
)
# The message is about work: a job, a role, an application.
JOB_CONTEXT = _rx(
    # (not the writer's own work shown or seen: "no has visto mi trabajo" is about vouching, no post)
    r"(?<!\bmi\s)(?<!\bmis\s)trabajos?",
    r"gerencia",
    r"jefatura",
    r"plazas?",
    r"prácticas?",
    r"pasantías?",
    r"trainees?",
    r"entrevistas?",
    r"laburos?",
    r"chambas?",
    r"curros?",
    r"proceso\s+de\s+selección",
    r"empleos?",
    r"puestos?",
    r"vacantes?",
    r"posici(?:ón|on|ones)",
    r"roles?",
    r"postula\w*",
    r"candidatur\w*",
    r"contrat\w*",
    r"cv",
    r"currículum",
    r"recruit\w*",
    r"reclut\w*",
    r"(?:busca|buscan|buscando|buscáis|incorpora\w*|sumando|tomando)\s+(?:a\s+)?(?:gente|personal|perfiles)",
)
# Talk between people who know each other well: they need no "how we know each other".
FAMILIAR = _rx(
    r"^\s*¡?(?:qué\s+onda|que\s+onda|quiubo|quihubo|wena|hola\s+hola)\b",
    r"(?:güey|wey|parce|parcero|tío|tía|boludo|boluda|che|mi\s+hermano|hermano|compa|bro|carnal|cuate)\b",
    r"(?:te\s+extraño|te\s+echo\s+de\s+menos|te\s+extrañamos)",
    r"(?:cuánto|cuanto)\s+tiempo\s+sin\s+(?:vernos|hablar)",
    r"te\s+debo\s+(?:una|un\s+café|una\s+cerveza)",
    r"eres\s+(?:un\s+sol|lo\s+máximo|un\s+crack|una\s+crack)",
    # family words and nicknames as the greeting, love in the closing
    r"^\s*¡?(?:hola\s+|hey\s+|ey\s+|buenas,?\s+|oye,?\s+|che,?\s+)?(?:prim[oa]|amig[oa]|amigui|amiguis|cuñad[oa]|"
    r"herman[oa]|hermanit[oa]|compadre|comadre|manit[oa]|man[oa]|mij[oa]|viej[oa]|tía|tío|ma|pa|má|pá|pana|loc[oa]|"
    r"crack|máquina|guap[oa]|bonit[oa]|cariño|cielo|corazón|reina|rey|bro|brother|bróder|carnal|carnala|chamo|chama|"
    r"mae|wey|güey|cumpa|cuate)\b",
    r"^\s*¡?holi+s?\b",
    r"te\s+quiero",
    r"(?:un\s+)?(?:beso|besito|besote)s?\b",
    # a confidence between the two: "una pregunta entre nosotras"
    r"entre\s+(?:nosotr[oa]s|tú\s+y\s+yo|vos\s+y\s+yo)",
)
# A promise to keep something secret next to an ask: the reader is asked to leak.
SECRECY = _rx(
    r"no\s+(?:tiene|tienen|tendría|tendrían)\s+por\s+qué\s+(?:saber(?:lo)?|enterarse)",
    r"(?:queda|quedará)\s+entre\s+nosotr[oa]s",
    r"entre\s+nosotr[oa]s",
    r"entre\s+nos\b",
    r"entre\s+(?:tú|vos|usted|ti)\s+y\s+yo",
    # the thing asked for is not out yet: "todavía no lo han hecho público", "aún no es oficial"
    r"(?:todavía|aún|aun)\s+no\s+(?:lo|la|los|las|se)\s+(?:han|ha)\s+(?:hecho\s+)?(?:públic\w+|oficial\w*|anunciado|comunicado)",
    r"prometo\s+no\s+(?:decir|contar|comentar)(?:lo|le|les|selo)?\s+(?:nada|a\s+nadie)",
    r"en\s+confianza",
    r"(?:por\s+lo\s+bajo|bajo\s+cuerda|bajo\s+mano|de\s+tapadillo|en\s+secreto|a\s+escondidas|sin\s+que\s+nadie\s+"
    r"(?:se\s+entere|lo\s+sepa))",
    r"off\s+the\s+record",
    r"(?:nadie|ninguno)\s+(?:se\s+va\s+a\s+enterar|se\s+entera|se\s+enterará|lo\s+(?:sabrá|va\s+a\s+saber|sabe)|"
    r"tiene\s+por\s+qué\s+saberlo|va\s+a\s+saber)",
    r"(?:lo|la|los|las)\s+(?:borro|elimino|destruyo)\s+(?:después|luego|enseguida|al\s+(?:leerlo|verlo))",
    r"no\s+(?:se\s+lo\s+|le\s+|les\s+|lo\s+)?(?:diré|digo|contaré|cuento|voy\s+a\s+decir)\s+(?:nada\s+)?a\s+nadie",
    r"(?:lo\s+guardo|me\s+lo\s+guardo)\s+para\s+mí",
)
# An offer put as a question ("¿Quieres que te presente?"): not a request of the reader.
OFFER_QUESTION = _rx(
    r"(?:quieres|querés|quiere|queréis|quieren|(?:te|le|os|les)\s+(?:gustaría|interesaría|parece\s+bien))\s+que\s+"
    r"(?:te|le|les|os)?\s*(?:present\w*|conect\w*|pas\w*|mand\w*|envíe\w*|envi\w*|ayud\w*|pong\w*\s+en\s+contacto)",
    # the two people introduced arrange it between themselves: "¿Les parece si ustedes cuadran la reunión?"
    r"(?:les|os)\s+parece\s+(?:bien\s+)?(?:si|que)",
    r"¿?\s*te\s+(?:presento|paso|mando|ayudo)\s*\?",
    r"(?:puedo|podría)\s+(?:ayudarte|ayudarle|hacer\s+algo\s+por)",
)

# "… y yo …" inside a sentence led by the writer: two statements about the writer ("Soy enfermera y yo quiero…").
# Used with ``.split`` by about-me. Only with the pronoun: "soy brasileño y vivo en Montevideo" is one introduction.
SELF_AND = re.compile(r",?\s+(?:y|e)\s+(?=yo\b)", re.IGNORECASE)
# The writer congratulates the reader: with no situation chosen, a message that opens with it is a congratulation.
CONGRATULATION = _rx(
    r"(?:muchas\s+)?felicidades",
    r"(?:muchas\s+)?felicitaciones",
    r"enhorabuena",
    r"(?:te|le|les|os)\s+felicito",
    r"(?:qué|que)\s+(?:alegría|orgullo|bien|buena\s+noticia|buenísimo)\s+(?:lo\s+de\s+)?(?:tu|su)",
    r"me\s+(?:alegra|alegró|alegro)\s+(?:mucho\s+|un\s+montón\s+)?(?:por\s+(?:ti|usted|vos)|(?:de\s+)?(?:saber|ver|leer)\s+"
    r"(?:lo\s+de\s+)?(?:tu|su|que))",
)


# ------------------------------------------------------------------------ job-ask by what is asked of whom (round 12)
# Read by :mod:`netkit.exercises.outreach.lint_work_asked`: a request to the reader whose beneficiary is the writer
# and whose object is work. The same ideas as in the English data.

# Someone taken on: "a alguien", "gente", "meseras", "un asistente", "otra mano".
_TAKEN_ON = (
    r"(?:a\s+)?(?:alguien|gente|personal|refuerzos?|(?:más|otra)\s+gente|(?:una|otra)\s+mano"
    r"|(?:un|una|otro|otra|algún|alguna|unos|unas)\s+(?:\w+\s+)?\w+(?:or|ora|ero|era|ista|ante|ente|ico|ica)"
    r"|\w+(?:ores|oras|eros|eras|istas|antes|entes|icos|icas))\b"
)
#: Work the reader's side gives: a job, a place, a shift, an internship, a commission; "chance" in an event.
WORK_GIVEN = _rx(
    r"(?:trabajos?|trabajito|chambas?|chambita|curro|pega|empleos?|puestos?|plazas?|vacantes?|vagas?|prácticas|"
    r"pasantías?|turnos?|encargos?|contratos?|chance|lugar|lugarcito|cupos?)"
    r"(?!\s+(?:de\s+(?:trabajo|búsqueda)|ideal|soñado))",
)
#: The writer given or placed: a clitic "me"/"nos" on a verb of giving or placing ("darme prácticas", "nos pueda dar
#: chance", "indicarme para alguna vaga", "me podrías meter en tu cuadrilla"), or work "para mí".
WRITER_RECEIVES = _rx(
    r"(?:me|nos)\s+(?:(?:pued\w*|podr\w*|quier\w*|querr\w*)\s+)?(?:da|dar|darías|daría|daríais|darían|dará|darán|des|dé|den|dan|das|dais|diera|dieras|dieran|dio|consig\w*|pas\w*|mand\w*|met\w*|"
    r"indic\w*|acomod\w*|coloc\w*|hac\w*\s+(?:un\s+)?lugar|consider\w*|tom\w*|acept\w*|llam\w*)(?!\s+(?:a|al)\s)",
    r"(?:dar|darías|daría|da|dé|consegui|consegu\w*|pasa|pasar|pasarías|pasaría|pasaríais|ofrecer|mandar|meter|indicar|"
    r"acomodar|colocar|considerar|tomar|aceptar|llamar)(?:me|nos)(?:lo|la|los|las)?(?!\s+(?:a|al)\s+(?!mí\b))",
    r"para\s+(?:mí|mi|nosotros|nosotras)\b(?!\s+(?:es|era|sería|fue))",
)
#: The writer taken on for what they do, no work noun needed: "me encargaríais la maqueta", "contratarme".
WRITER_COMMISSIONED = _rx(
    r"(?:me|nos)\s+(?:(?:pued\w*|podr\w*|quier\w*)\s+)?(?:encarg|contrat|encomend|encomiend)\w*",
    r"(?:encarg|contrat|encomend)\w*(?:me|nos)(?:lo|la|los|las)?",
)
#: The reader's side taking someone on, asked of the reader: "¿No ocupan a alguien?", "¿Buscan meseras?", "¿Su equipo
#: estaría contratando a alguien?", "¿Ya tienen fotógrafo?".
READER_TAKES_ON = _rx(
    rf"(?:necesit|ocup|busc|contrat|requier|requer|sum)\w*\s+(?:de\s+)?{_TAKEN_ON}",
    r"(?:ya\s+)?(?:tienen|tiene|tenéis|tienes)\s+(?:ya\s+)?(?:\w+\s+){0,2}?\w+(?:or|ora|ero|era|ista|ógrafo|ógrafa)\b"
    r"(?=[^?]*\?)",
)
#: The writer kept in mind: "¿me podría tener presente?", "tenedme en cuenta", "acuérdese de mí", "piense en mí".
REMEMBER_WRITER = _rx(
    r"(?:me|nos)\s+(?:(?:pued\w*|podr\w*)\s+)?(?:tener|tenga|tengan|tengas|tenés|tienes|tendría\w*)\s+(?:presente|en\s+cuenta)",
    r"(?:tener|tengan|tened)(?:me|nos)\s+(?:presente|en\s+cuenta)",
    r"(?:piens|pens)\w*\s+en\s+(?:mí|mi)\b",
)
#: A question of how, what or which: asked to learn, not to be taken on ("how do you hire juniors?").
WH_QUESTION = quick(
    re.compile(
        r"¿\s*(?:qué|que|cómo|como|cuál|cuáles|dónde|donde|cuándo|quién|quiénes|por\s+qué)\b|\b(?:decir|decirme|contar|"
        r"contarme|saber|explicar|explicarme)\s+(?:\w+\s+)?(?:qué|cómo|cuál|cuáles|dónde|cuándo|quién)\b",
        re.IGNORECASE,
    )
)
#: Words that open a condition just before a need ("si tu cooperativa necesita una diseñadora, conozco a una"): a need
#: supposed, not asked about.
CONDITION_BEFORE = quick(re.compile(r"\b(?:si|cuando|en\s+caso\s+de\s+que)\b[^,;:?¿]*$", re.IGNORECASE))
#: What is passed that is not work, just after the verb ("¿me pasás la banda salarial del puesto?").
NOT_WORK_OBJECT = _rx(
    r"(?:banda|bandas|rango|escala)\s+salarial\w*|sueldo|salario|contacto|correo|número|datos|información|descripción|"
    r"requisitos|enlace|link|nombre",
)
#: The opening of a question whose "no" asks all the more: "¿Usted no podría…?", "¿De casualidad no ocupan…?".
NEGATIVE_QUESTION = quick(re.compile(r"¿\s*(?:[\w,]+\s+){0,3}?no\s+(?:[\w,]+\s+){0,3}?$", re.IGNORECASE))
#: The opening of a condition or a possibility about the reader's side ("si", "quizá", "a lo mejor").
OPENING_SUPPOSED = _rx(r"si|cuando|quizás?|tal\s+vez|a\s+lo\s+mejor|en\s+caso\s+de\s+que|ojalá")
#: The reader's side short of hands or with work left over: "les falta gente", "os quede algún libro sin corrector",
#: "no dan abasto".
READER_SHORT = _rx(
    rf"(?:falt|sobr)\w*\s+(?:de\s+)?{_TAKEN_ON}",
    r"(?:qued|sobr)\w*\s+(?:\w+\s+){0,4}?sin\s+\w+",
    r"no\s+(?:dan|da|damos|dais)\s+abasto",
    r"(?:lugar|sitio|espacio|hueco)\s+para\s+(?:alguien|otr[oa]|un[oa]?\s+más|mí)\b",
)
#: The writer offered in a statement, after an opening of the reader's side: "puedo incorporarme de inmediato", "yo
#: mañana mismo estoy allá", "ahí estaría yo", "cuenta conmigo", "me encantaría sumarme", "le adjunto mi currículum".
WRITER_OFFERED = _rx(
    r"(?:puedo|podría|podríamos|podemos)\s+(?:\w+\s+)?(?:incorporarme|empezar|comenzar|arrancar|sumarme|unirme|ir|estar|"
    r"cubrir\w*|entrar)",
    r"(?:estoy|estaría|estaré)\s+(?:\w+\s+){0,3}?(?:allá|allí|ahí|disponible|list[oa]|encantad[oa])"
    r"(?!\s+de\s+(?:ayudar|echar\s+una\s+mano|colaborar|apoyar))",
    r"ahí\s+(?:estaría|estoy|estaré)",
    r"cuent(?:a|e|en|as)\s+conmigo",
    r"me\s+(?:encantaría|gustaría|alegraría)\s+(?:mucho\s+)?(?:sumarme|unirme|incorporarme|formar\s+parte|colaborar)",
    r"(?:le|te|les|os)\s+(?:adjunto|dejo|mando|envío)\s+mi\s+(?:currículum|curriculum|cv|hoja\s+de\s+vida|portafolio|portfolio)",
)


# ------------------------------------------------------------ job-ask: a need supposed, the writer offered (round 15)
# Read by :mod:`netkit.exercises.outreach.lint_need_supposed`: "si [el lado del lector] [necesita algo], [yo lo hago]".
# The same ideas as in the English data.

#: A cómo, qué o cuál inside a question, in the clause just before the reader's side takes people on ("¿una charla
#: sobre cómo contratan carpinteros?"): how they hire, not whether they would take the writer.
EMBEDDED_WH = quick(
    re.compile(r"\b(?:cómo|como\s+(?:es\s+que\s+)?(?=\w+an\b)|qué|cuál\w*|cuándo|por\s+qué)[^,;:?]*$", re.IGNORECASE)
)
#: The reader's side in a condition: "usted", "su estudio", "tu ilustradora", "les", "os", "vos", "te", or the verb
#: of the need addressed to them with the subject dropped.
READER_SIDE = _rx(
    r"usted|ustedes|su|sus|tu|tus|te|ti|vos|os|vosotr[oa]s|vuestr[oa]s?|les|le",
    # the subject dropped, the need's verb addressed to the reader ("si todavía busca proveedor", "si necesitan")
    r"(?:busc|necesit)(?:a|an|as|ás|áis)",
)
#: A need of the reader's side supposed: falta alguien, buscan, necesitan, un hueco, corto de personal, alguien se va
#: de baja o se jubila, arman o amplían el equipo.
READER_NEED = _rx(
    r"falt\w*|necesit\w*|busc\w*|huec\w*|lugar|espacio|vacante|cort[oa]s?\s+de|no\s+(?:dan|da)\s+abasto|sobrepasad\w*",
    r"(?:se\s+(?:va|vaya|fuera|jubila|retira)|de\s+baja|de\s+licencia|de\s+maternidad)",
    r"arm(?:ando|an|as|a)\s+(?:el|un|su|tu)\s+equipo|ampli\w*|crec\w*|(?:montando|formando)\s+(?:el|un|su|tu)\s+equipo",
)
#: The writer doing the work: a modal and its verb ("puedo llevárselo", "podría cubrir"), or "yo" and a verb of theirs
#: ("yo me encargo", "yo me prendo", "yo manejo").
WRITER_TAKES_IT = _rx(
    # (no accented letters in a class: the accent folding of the phrase data rewrites them)
    r"(?:puedo|podría|podemos|podríamos|pudiera)\s+(?:\w+\s+)?\w+",
    r"yo\s+(?:me\s+|te\s+|le\s+|les\s+|se\s+l[oa]s?\s+|l[oa]s?\s+)?\w+",
)
#: Help or talk offered, not work: the verb of the writer's offer ("puedo pasarte la plantilla", "puedo contarte").
HELP_OFFERED = _rx(
    r"(?:pas|mand|envi|enseñ|mostr|present|cont|explic|recomend|ayud|habl|charl|ech|prest|compart|reenvi|escrib|"
    r"pregunt|avis|invit)(?:ar|arte|arle|arles|aros|o|a)?$",
    r"(?:pas|mand|envi|enseñ|mostr|present|cont|explic|recomend|ayud|habl|charl|prest|compart|reenvi|escrib|pregunt|"
    r"avis|invit)\w*$",
)
#: The reader just after the writer's verb ("puedo pasar a usted…"): rare in Spanish, where a clitic carries it.
READER_GIVEN = quick(re.compile(r"\s+a\s+(?:usted|ustedes|ti|vos)\b", re.IGNORECASE))
#: When the writer starts, named in the offer ("a partir de septiembre", "desde el lunes", "de inmediato").
START_NAMED = _rx(
    r"(?:a\s+partir\s+de|desde)\s+(?:el\s+|la\s+|este\s+|el\s+próximo\s+|la\s+próxima\s+)?(?:enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|"
    r"semana|mes|primavera|verano|otoño|invierno|ya|hoy|mañana|\d+)",
    r"de\s+inmediato|ya\s+mismo|mañana\s+mismo",
)


# --------------------------------------------------------------------------- which question is the request
# (lint_question; labelling calls 7 and 18) A tag that ends a statement ("…, ¿no?", "…, ¿verdad?", "…, ¿cachái?"): the
# question is the tag's, not the request's.
QUESTION_TAG = re.compile(
    r"[,–—-]\s*¿?\s*\b(?:no|verdad|cierto|sí|vale|va|ya|eh|ok|okay|cachái|cachai|cacháis|viste|me\s+entiendes|me\s+explico|"
    r"o\s+no|no\s+es\s+cierto|de\s+acuerdo|dale|sale|listo)\s*\?+[\s!.]*$",
    re.IGNORECASE,
)
# A statement led as a question after all ("¿Me lo mandas, no?"): its own opening question mark, or a question word.
QUESTION_LED = re.compile(r"¿|^\W*(?:qué|cómo|cuándo|dónde|quién|cuál|cuánto|por\s+qué)\b", re.IGNORECASE)
# The writer as the object (not negated: "no me dejes mal, ¿vale?" asks no act) of a tagged statement ("Die
# schickst du mir …, oder?"): the tag then asks a favour.
WRITER_AS_OBJECT = re.compile(r"\bme\b", re.IGNORECASE)
# A request stated with the reader as its actor for the writer (labelling call 7), with no question: waiting for the
# reader's answer, "si me mandas …" (not "si me necesitas": an offer), the writer's plan that hands the reader a task
# ("pensé que tú cubres mi turno"; not "pensé que te interesaría": a share), the writer's need of the reader's answer
# or act by a date.
STATED_ASK = _rx(
    r"(?:espero|esperamos|quedo\s+(?:atent[oa]|a\s+la\s+espera)\s+(?:a|de)|a\s+la\s+espera\s+de)\s+(?:su|tu|vuestra|sus|"
    r"tus)\s+(?:pronta\s+)?(?:respuesta|confirmación|comentarios|opinión|llamada|noticias|visto\s+bueno)",
    r"espero\s+noticias\s+(?:suyas|tuyas|vuestras)",
    r"si\s+(?:me|nos)\s+(?:l[oae]s?\s+)?(?!(?:necesitas|necesitás|necesitáis|quieres|querés|recuerdas|recordás|"
    r"equivoco|permites|permitís|dejas\s+ayudar)\b)\w+(?:as|es|ás|és)\b",
    r"(?:pensé|pense|supuse|di\s+por\s+hecho|me\s+imaginé)\s+que\s+(?:tú|usted|vos)\s+(?!(?:eres|sos|es|estás|está)\b)\w+",
    r"(?:pensé|pense|supuse|di\s+por\s+hecho|me\s+imaginé)\s+que\s+(?:me\s+)?(?!(?:eres|estás|te|le|les|os|es)\b)"
    r"\w+(?:as|ás|es|és)\b",
    r"(?<!no\s)necesit\w+\s+(?:[\w-]+\s+){1,6}?(?:para|antes\s+del?|a\s+más\s+tardar|hasta)\s+(?:el\s+|la\s+|este\s+|"
    r"esta\s+)?(?:mañana|hoy|lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin|\d)\w*",
    # a conditional offer of the writer's work that is the ask ("si en el varadero os falta gente, yo puedo entrar ya")
    r"si\s+[^.!?\n]{0,100}?,?\s*(?:yo\s+)?(?:puedo|podría)\s+(?:[\w-]+\s+){0,6}?(?:entrar|empezar|cubrir|trabajar|"
    r"incorporarme|suplir|reemplazar)",
    # the reader's time or advice as the thing wanted ("quince minutos de tu consejo me vendrían de maravilla")
    r"(?:minutos|rato|momento|hora)\s+de\s+(?:su|tu|vuestro)\s+(?:tiempo|consejo|experiencia|ayuda)",
)

# --------------------------------------------------------------------------- the writer met the reader's work
# (connection-late) A plan, a wish or what would be in a sentence that names the reader's work ("I think we could do
# great things with your routing data", "you'll be sending three names"): not the writer having met that work.
# …nor is a reader named only as where they work, however it is praised: READER_NAMED's match read again.
WHERE_THEY_WORK = re.compile(
    r"(?:su|tu|vuestr[oa])\s+(?:[\w-]+\s+)?(?:empresa|compañía|firma|equipo|organización|institución|oficina|"
    r"departamento)\b",
    re.IGNORECASE,
)
WRITER_PLAN = re.compile(
    r"\b(?:podríamos|podría|podrías|podremos|voy\s+a|vamos\s+a|quiero|queremos|quisiera|me\s+gustaría|\w+rí(?:a|an|amos))\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- a reconnect's shared past as time since
# (connection-late, labelling call 8) The time since the two last met, told around the meeting ("¡tanto tiempo desde
# Cerro Pardo!", "la última vez que hablamos fue en …"): a shared past, so the opening places the writer.
TIME_SINCE_MET = _rx(
    r"(?:tanto|cuánto|cuanto|mucho)\s+tiempo\s+(?:sin\s+\w+\s+)?desde",
    r"la\s+última\s+vez\s+que\s+(?:nos\s+vimos|hablamos|coincidimos|nos\s+cruzamos|te\s+vi|le\s+vi|nos\s+escribimos)",
    r"desde\s+[^.!?\n]{0,60}?\bno\s+(?:nos|te|le)\s+(?:vemos|veo|hablamos|escribo)",
)
