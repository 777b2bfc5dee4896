"""The linter's learned second signal (netkit/exercises/outreach/lint_learned.py) and its training script."""

from __future__ import annotations

import importlib.util
import json
import sys
import zlib
from pathlib import Path

import pytest

from netkit.exercises.outreach import lint_learned
from netkit.exercises.outreach.lint import RULEBOOK, lint
from netkit.exercises.outreach.lint_learned import (
    MESSAGES,
    MODEL_PATH,
    SWITCH,
    LearnedRule,
    SecondSignal,
    features,
    load_model,
    score,
)
from netkit.exercises.outreach.lint_parse import parse_message
from netkit.languages import gettext_for

pytest.importorskip("sklearn")
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("train_lint_model", ROOT / "tools" / "train_lint_model.py")
assert _spec and _spec.loader
trainer = importlib.util.module_from_spec(_spec)
sys.modules["train_lint_model"] = trainer  # its dataclasses look themselves up there
_spec.loader.exec_module(trainer)

SHIPPED = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
#: A model that fires on anything: for the tests of where the second signal may speak at all.
ALWAYS = LearnedRule(bias=0.0, threshold=float("-inf"))


def _module(name: str):
    """A test module, imported the way the training script reads its tables."""
    trainer.table_cases(name)
    return sys.modules[name]


def _with_model(monkeypatch: pytest.MonkeyPatch, models: dict) -> None:
    monkeypatch.setattr(lint_learned, "load_model", lambda: models)
    monkeypatch.setenv(SWITCH, "1")


def _rules(text: str, situation: str | None = None, relationship: str | None = None, language: str | None = None):
    return {f.rule for f in lint(text, situation, relationship=relationship, language=language)}


def test_pure_python_scores_equal_scikit_learns_decision_function():
    """Does score() over features() give what scikit-learn's fitted model says, message for message?"""
    messages = trainer.load_corpus(trainer.MESSAGES / "corpus.toml")[:160]
    parsed = [parse_message(m.text, m.situation or None, m.relationship or None) for m in messages]
    rows = [
        trainer.Example(0, "job-ask" in m.expect, False, features(p)) for m, p in zip(messages, parsed, strict=True)
    ]
    assert len({r.label for r in rows}) == 2
    fitted = LogisticRegression(solver="liblinear", random_state=0).fit(trainer.matrix(rows), [r.label for r in rows])
    weights = {int(i): float(fitted.coef_[0][i]) for i in fitted.coef_[0].nonzero()[0]}
    model = LearnedRule(float(fitted.intercept_[0]), 0.0, weights)
    expected = fitted.decision_function(trainer.matrix(rows))
    assert [score(model, r.slots) for r in rows] == pytest.approx(list(expected), abs=1e-9)


def test_features_are_stable_hashes_not_pythons_hash():
    """Is a feature's slot the same in every process (crc32), so weights trained once keep their meaning?"""
    m = parse_message("Hi Ana, could you refer me?", None, "stranger")
    names = lint_learned.feature_names(m)
    assert "w:refer" in names and "b:refer me" in names and "r:stranger" in names and "p:question" in names
    assert zlib.crc32(b"w:refer") % lint_learned.BUCKETS in features(m)


def test_accents_are_folded_like_the_linter_reads_them():
    """Do "Dirección" and "direccion" give the same feature?"""
    a = lint_learned.feature_names(parse_message("Hola, ¿me pasas la dirección?", None, None, "es"))
    b = lint_learned.feature_names(parse_message("Hola, ¿me pasas la direccion?", None, None, "es"))
    assert "w:direccion" in a and a == b


@pytest.mark.parametrize("language", sorted(SHIPPED["training"]))
def test_the_shipped_model_was_trained_on_the_current_training_files(language):
    """Does the model file's fingerprint match today's training files? If not, the training data changed since the
    model was written: run `python tools/train_lint_model.py` and commit netkit/data/lint_model.json."""
    paths = trainer.training_files(language)
    recorded = SHIPPED["training"][language]
    assert set(recorded["files"]) == {p.name for p in paths}, "run `python tools/train_lint_model.py`"
    assert recorded["fingerprint"] == trainer.fingerprint(paths), (
        f"the {language} training files changed since netkit/data/lint_model.json was written: "
        "run `python tools/train_lint_model.py` and commit the model file"
    )


def test_no_sealed_or_blind_file_is_training_data():
    """Are the model's training files free of the sealed third and every blind set?"""
    names = [name for lang in SHIPPED["training"].values() for name in lang["files"]]
    assert names and not [n for n in names if n.startswith("sealed") or "blind" in n]
    for language in trainer.FILES_BY_LANGUAGE:
        assert not [p for p in trainer.training_files(language) if "sealed" in p.name or "blind" in p.name]


def test_the_training_script_refuses_a_sealed_file(monkeypatch):
    """Does the script stop when someone lists a sealed file as training data?"""
    monkeypatch.setitem(trainer.FILES_BY_LANGUAGE, "en", ("corpus.toml", "sealed.toml"))
    with pytest.raises(SystemExit, match="sealed"):
        trainer.training_files("en")


def test_the_shipped_model_is_small_and_only_for_rules_with_a_finding_text():
    """Is every shipped model for a rule the second signal has words for, all under 320 KiB (it grows with the
    training files and the pairs shipped: 166 KiB at round 10, 185–243 KiB in round 12), did each pass the script's
    shipping bar out of fold (combined precision, precision of what it adds, true positives gained), and is each pair
    on by default exactly one that passed its bar (since round 12, the shipping bar)?"""
    assert MODEL_PATH.stat().st_size < 320 * 1024
    for language, rules in load_model().items():
        assert language in ("en", "de", "es")
        assert set(rules) <= set(MESSAGES) and {"connection-late", "no-question"}.isdisjoint(rules)
    for language, report in SHIPPED["out_of_fold"].items():
        for rule, figures in report.items():
            shipped = SHIPPED["models"].get(language, {}).get(rule)
            assert figures["model"] == (shipped is not None)
            assert figures["default"] == bool(shipped and shipped["default"])
            if not figures["model"]:
                continue
            # Since round 12 a pair that meets the shipping bar is on by default too (ON_AT_SHIP_BAR).
            bar = trainer.DEFAULT if figures["default"] and not trainer.ON_AT_SHIP_BAR else trainer.SHIP
            assert figures["rules_and_model"]["precision"] >= bar.precision
            gained = figures["rules_and_model"]["tp"] - figures["rules_alone"]["tp"]
            wrong = figures["rules_and_model"]["fp"] - figures["rules_alone"]["fp"]
            assert gained >= bar.gain and gained / (gained + wrong) >= bar.added_precision


def test_the_tuners_tables_are_read_as_labelled_cases():
    """Are the tuners' hand-written cases read from the test modules' own tables, with their labels: a case's
    must-fire rules as expected, its must-stay-silent rules as negatives, and nothing said about the rest?"""
    cases = {c.id: c for c in trainer.table_cases("test_lint_de")}
    assert len(cases) > 300
    job = [c for k, c in cases.items() if k.startswith("test_lint_de.test_job_asks_in_every_form_are_flagged-")]
    assert job and all(c.expect == {"job-ask"} and c.relationship == "stranger" for c in job)
    owned = [c for k, c in cases.items() if k.startswith("test_lint_de.test_an_apology_that_owns_the_cause_is_not")]
    assert owned and all(not c.expect and "apology-blame" not in c.may and "job-ask" in c.may for c in owned)
    relational = trainer.table_cases("test_lint_relational")
    assert any(not c.expect and not (set(trainer.RULES) & c.may) for c in relational)  # the near-misses


def test_a_case_the_tuners_mark_xfail_is_not_training_data():
    """Is a strict xfail (a wording measured once and not fixed against) left out, so fitting it cannot turn the
    tuners' record of a miss into a pass?"""
    relational = {c.text for c in trainer.table_cases("test_lint_relational")}
    marked = [
        value
        for mark in _module(
            "test_lint_relational"
        ).test_each_round_8_set_s_problems_are_found_and_its_near_misses_left_alone.pytestmark
        if mark.name == "parametrize"
        for value in mark.args[1]
        if getattr(value, "marks", ())
    ]
    assert marked and not {v.values[3] for v in marked} & relational


def test_it_never_speaks_for_a_language_it_has_no_weights_for(monkeypatch):
    """With weights for English only, does a German draft get nothing from the second signal?"""
    _with_model(monkeypatch, {"en": {"pressure": ALWAYS}})
    german = "Hallo Tom, wie geht es dir? Ich wollte nur kurz Hallo sagen. Viele Grüße, Ana"
    assert "pressure" not in _rules(german, None, "friend", "de")
    assert "pressure" in _rules("Hi Tom, how are you? Just saying hello. Best, Ana", None, "friend")


def test_it_never_speaks_where_the_rule_does_not_apply_or_the_calls_forbid_it(monkeypatch):
    """With a model that fires on anything: no apology-blame without an apology, no job-ask to a friend, none where
    the draft owns its apology."""
    _with_model(monkeypatch, {"en": dict.fromkeys(MESSAGES, ALWAYS)})
    hello = "Hi Tom, how are you? Just saying hello. Best, Ana"
    fired = _rules(hello, None, "friend")
    assert "apology-blame" not in fired and "job-ask" not in fired and "unthanked-ask" not in fired
    assert "job-ask" in _rules(hello, None, "stranger")
    owned = "Hi Tom, sorry the report was late. That was my fault. Best, Ana"
    assert "apology-blame" not in _rules(owned, "apology", "teammate")
    assert "apology-blame" in _rules("Hi Tom, sorry the report was late. Best, Ana", "apology", "teammate")
    # a share, a thank-you, an apology or a decline asks nothing that needs thanks: unthanked-ask is not asked there
    sorry = "Hi Tom, I let you down at Acme. Could we talk this week so I can make it right? Ana"
    assert "unthanked-ask" not in _rules(sorry, "apology", None)
    assert "unthanked-ask" in _rules(sorry, None, "stranger")
    # only a no can be curt: a bare greeting is short, not a refusal; a draft written as a decline, or one whose
    # words refuse, is asked
    assert "curt-decline" not in _rules("Hi!", None, "stranger")
    assert "curt-decline" not in _rules(hello, None, "stranger")
    assert "curt-decline" in _rules("Hi Tom, not something I can do. Ana", "decline-referral", "stranger")
    assert "curt-decline" in _rules("No.", None, "stranger")


def test_its_finding_uses_the_rules_fix_in_the_participants_language(monkeypatch):
    """Is the second signal's finding worded in the participant's language, with the rule's own severity and fix?"""
    _with_model(monkeypatch, {"de": {"pressure": ALWAYS}})
    text = "Hallo Tom, wie geht es dir? Ich wollte nur kurz Hallo sagen. Viele Grüße, Ana"
    finding = next(f for f in lint(text, None, relationship="friend", language="de") if f.rule == "pressure")
    rule = next(r for r in RULEBOOK if r.id == "pressure")
    assert finding.message == gettext_for("de")(MESSAGES["pressure"]) != MESSAGES["pressure"]
    assert finding.fix == gettext_for("de")(rule.fix) and finding.severity == rule.severity


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_nothing_a_participant_reads_says_how_the_kit_was_made(language):
    """Do the second signal's findings, in every language, keep quiet about models, corpora and training?"""
    for text in MESSAGES.values():
        said = gettext_for(language)(text).lower()
        for word in ("model", "modell", "modelo", "corpus", "korpus", "train", "learn", "lern", "aprend", "score"):
            assert word not in said


def test_the_switch_all_pairs_none_or_the_pairs_on_by_default(monkeypatch):
    """Does NETKIT_LINT_LEARNED=1 turn on every pair with weights, =0 none, and no setting only the pairs marked
    ``default``?"""
    on, off = LearnedRule(0.0, float("-inf"), default=True), LearnedRule(0.0, float("-inf"))
    _with_model(monkeypatch, {"en": {"pressure": on, "apology-blame": off}})
    text = "Hi Tom, sorry the report was late. Best, Ana"
    assert {"pressure", "apology-blame"} <= _rules(text, "apology", "teammate")
    monkeypatch.setenv(SWITCH, "0")
    assert not {"pressure", "apology-blame"} & _rules(text, "apology", "teammate")
    assert SecondSignal(parse_message(text, None, "teammate")).models == {}
    monkeypatch.delenv(SWITCH)
    found = _rules(text, "apology", "teammate")
    assert "pressure" in found and "apology-blame" not in found


def test_the_shipped_file_says_which_pairs_are_on_by_default():
    """Does each shipped model carry its default, and does the unset switch give exactly those pairs?"""
    defaults = {(lang, rule) for lang, rules in load_model().items() for rule, m in rules.items() if m.default}
    recorded = {
        (lang, rule) for lang, rules in SHIPPED["models"].items() for rule, spec in rules.items() if spec["default"]
    }
    assert defaults == recorded
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(SWITCH, raising=False)
        active = {(lang, rule) for lang, rules in lint_learned.active_models().items() for rule in rules}
    assert active == defaults


#: Own wordings, never training data (no corpus file or test table holds them): per (language, rule), drafts a coach
#: flags, written around the rules' phrase lists where I could, and near-misses that say the same thing honestly.
#: (situation, relationship, text)
OWN = {
    ("en", "job-ask"): (
        [
            (
                "informational-interview",
                "stranger",
                "Hi Maya, I saw your talk at PyCon on data pipelines. I'm moving from teaching into data engineering. Could you slip my CV to whoever does the hiring on your side? Thanks, Sam",
            ),
            (
                "informational-interview",
                "stranger",
                "Dear Mr Osei, I read your piece on port logistics. If a spot ever frees up in your planning team, could you keep me in mind and mention my name? Thank you, Lena",
            ),
            (
                "career-change",
                "acquaintance",
                "Hi Priya, good to meet you at the alumni evening. I'm leaving nursing for UX research. Any chance you could get me in front of your hiring folks? Thanks, Jo",
            ),
            (
                "informational-interview",
                "stranger",
                "Hello Dr Lam, your lab's paper on soil microbes was brilliant. Would your group take me on as a research assistant this autumn? Many thanks, Omar",
            ),
            (
                "starting-out",
                "stranger",
                "Hi Tess, I follow your posts on game audio. I graduate in June. Could you help me land something at your studio, even a junior seat? Thank you! Kai",
            ),
        ],
        [
            (
                "informational-interview",
                "stranger",
                "Hi Maya, I loved your PyCon talk on data pipelines. I'm moving from teaching into data engineering and I'm looking for a junior role. Could you tell me which skills your team values most? Thanks, Sam",
            ),
            (
                "informational-interview",
                "stranger",
                "Dear Mr Osei, I read your piece on port logistics. How did you move from operations into planning? Would 15 minutes suit you some week? Thank you, Lena",
            ),
            (
                "career-change",
                "acquaintance",
                "Hi Priya, good to meet you at the alumni evening. I'm leaving nursing for UX research. What do you wish you had known before your first research job? Thanks, Jo",
            ),
            (
                "informational-interview",
                "stranger",
                "Hello Dr Lam, your lab's paper on soil microbes was brilliant. Which methods course would you recommend to someone starting out? Many thanks, Omar",
            ),
            (
                "starting-out",
                "stranger",
                "Hi Tess, I follow your posts on game audio. I graduate in June. What does a typical week look like for a sound designer at a studio like yours? Thank you! Kai",
            ),
        ],
    ),
    ("en", "awkward-position"): (
        [
            (
                "introduction",
                "acquaintance",
                "Hi Ben, could you forward me the slides from your leadership offsite? I know they're internal only, but they'd help me prepare. Thanks, Ana",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hi Ben, would you ask your director to move my application to the top of the pile? Thanks, Ana",
            ),
            (
                "introduction",
                "stranger",
                "Dear Ms Ruiz, could you write me a reference for the grant? We haven't worked together, but my portfolio is online. Thank you, Ana",
            ),
            (
                "follow-up",
                "teammate",
                "Hi Ben, can you get me the list of everyone else who interviewed for the lead role? Just between us. Ana",
            ),
            (
                "introduction",
                "acquaintance",
                "Hi Ben, could you skip the usual vendor review and sign off our contract yourself this week? Thanks, Ana",
            ),
        ],
        [
            (
                "introduction",
                "acquaintance",
                "Hi Ben, could you tell me how your leadership offsite is usually organised? I'm planning one for my team. Thanks, Ana",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hi Ben, do you know roughly how long your company takes to reply to applications? Thanks, Ana",
            ),
            (
                "introduction",
                "stranger",
                "Dear Ms Ruiz, could you tell me what reviewers look for in a grant application? Thank you, Ana",
            ),
            ("follow-up", "teammate", "Hi Ben, how did the interviews for the lead role go on your side? Ana"),
            (
                "introduction",
                "acquaintance",
                "Hi Ben, what does your vendor review usually ask for, so I can prepare our documents? Thanks, Ana",
            ),
        ],
    ),
    ("de", "awkward-position"): (
        [
            (
                "introduction",
                "teammate",
                "Hi Jonas, du kommst doch an die Gehaltstabelle der Teamleiter ran. Schickst du mir die mal? Danke!",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hallo Frau Kern, könnten Sie Ihren Bereichsleiter bitten, meine Bewerbung vorzuziehen? Danke, Lea",
            ),
            (
                "introduction",
                "friend",
                "Hey Mo, kannst du mir die Fragen aus dem Assessment Center vorab schicken? Bleibt unter uns. Danke!",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hallo Herr Brandt, könnten Sie die Ausschreibung einfach überspringen und mich direkt beim Vorstand vorschlagen? Danke, Lea",
            ),
            (
                "introduction",
                "teammate",
                "Hi Jonas, schreib mir doch eine Empfehlung für die Stiftung, auch wenn du meine Arbeit nicht kennst. Danke!",
            ),
        ],
        [
            ("introduction", "teammate", "Hi Jonas, wie läuft bei euch eigentlich die Gehaltsrunde ab? Danke!"),
            (
                "follow-up",
                "acquaintance",
                "Hallo Frau Kern, wissen Sie ungefähr, wie lange die Rückmeldung bei Ihnen dauert? Danke, Lea",
            ),
            ("introduction", "friend", "Hey Mo, wie hast du dich auf das Assessment Center vorbereitet? Danke!"),
            (
                "follow-up",
                "acquaintance",
                "Hallo Herr Brandt, worauf achtet der Vorstand bei einer Bewerbung besonders? Danke, Lea",
            ),
            ("introduction", "teammate", "Hi Jonas, worauf achtet die Stiftung bei einer Empfehlung? Danke!"),
        ],
    ),
    ("es", "awkward-position"): (
        [
            (
                "introduction",
                "teammate",
                "Hola Dani, tú tienes acceso a las nóminas del equipo, ¿me pasas lo que cobran los jefes de proyecto? Gracias",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hola Sra. Ortiz, ¿podría pedirle a su director que adelante mi candidatura? Gracias, Lucía",
            ),
            (
                "introduction",
                "friend",
                "Oye Nacho, ¿me mandas las preguntas de la prueba técnica antes de que me la hagan? Queda entre nosotros. Gracias",
            ),
            (
                "follow-up",
                "acquaintance",
                "Hola Sr. Vidal, ¿podría saltarse el concurso y proponerme directamente a la junta? Gracias, Lucía",
            ),
            (
                "introduction",
                "teammate",
                "Hola Dani, ¿me firmas una carta de recomendación para la beca aunque no conozcas mi trabajo? Gracias",
            ),
        ],
        [
            ("introduction", "teammate", "Hola Dani, ¿cómo funciona la revisión salarial en tu empresa? Gracias"),
            (
                "follow-up",
                "acquaintance",
                "Hola Sra. Ortiz, ¿sabe más o menos cuánto tardan en responder? Gracias, Lucía",
            ),
            ("introduction", "friend", "Oye Nacho, ¿cómo te preparaste la prueba técnica? Gracias"),
            ("follow-up", "acquaintance", "Hola Sr. Vidal, ¿qué valora la junta en una candidatura? Gracias, Lucía"),
            ("introduction", "teammate", "Hola Dani, ¿qué suele pedir la beca en una carta de recomendación? Gracias"),
        ],
    ),
    ("es", "curt-decline"): (
        [
            ("kind-decline", "stranger", "No hago este tipo de cosas. Saludos."),
            ("decline-referral", "stranger", "No recomiendo a gente que no conozco."),
            ("kind-decline", "acquaintance", "Ahora mismo no. Ya te diré."),
            ("decline-referral", "stranger", "Eso no lo puedo hacer, lo siento. No vuelvas a preguntar."),
            ("kind-decline", "stranger", "Paso, no me interesa."),
        ],
        [
            (
                "kind-decline",
                "stranger",
                "Gracias por escribirme. No hago este tipo de cosas, pero te deseo mucha suerte.",
            ),
            (
                "decline-referral",
                "stranger",
                "Gracias por pensar en mí. No recomiendo a gente que no conozco, pero con gusto te cuento cómo es el proceso.",
            ),
            (
                "kind-decline",
                "acquaintance",
                "Ahora mismo no puedo, estoy desbordada con el cierre. ¡Mucho ánimo con la búsqueda!",
            ),
            (
                "decline-referral",
                "stranger",
                "Lo siento, eso no lo puedo hacer porque no conozco tu trabajo. Te deseo lo mejor.",
            ),
            (
                "kind-decline",
                "stranger",
                "Muchas gracias por la propuesta. Esta vez paso, pero suerte con el proyecto.",
            ),
        ],
    ),
    # written after the round-9 retrain left Spanish job-ask the one pair on by default, before running any of them
    ("es", "job-ask"): (
        [
            (
                "informational-interview",
                "stranger",
                "Hola Marta, leí tu artículo sobre logística portuaria en Valencia. Estoy terminando el máster y me encantaría entrar en tu equipo; ¿me tendrías en cuenta si se abre algo? Gracias, Iker",
            ),
            (
                "career-change",
                "acquaintance",
                "Hola Diego, un gusto haberte conocido en la feria de empleo. Dejo la docencia para pasarme a producto. ¿Podrías pasarle mi currículum a quien lleve las contrataciones en tu empresa? Gracias, Paula",
            ),
            (
                "starting-out",
                "stranger",
                "Buenas tardes, Sra. Ríos: sigo sus publicaciones sobre ilustración científica. Me gradúo en junio. ¿Habría alguna posibilidad de hacer las prácticas con ustedes? Muchas gracias, Tomás",
            ),
            (
                "informational-interview",
                "stranger",
                "Hola Andrés, vi tu charla en el meetup de Python de Bogotá. ¿Me podrías recomendar para la vacante de analista que publicaron la semana pasada? Mil gracias, Camila",
            ),
            (
                "",
                "acquaintance",
                "Hola Nuria, nos saludamos en el congreso de Sevilla. Si en tu estudio necesitan a alguien para el verano, yo encantada; ¿me avisas? Gracias, Elena",
            ),
        ],
        [
            (
                "informational-interview",
                "stranger",
                "Hola Marta, leí tu artículo sobre logística portuaria en Valencia. Estoy terminando el máster y busco mi primer puesto en planificación. ¿Qué habilidades valoráis más en tu equipo? Gracias, Iker",
            ),
            (
                "career-change",
                "acquaintance",
                "Hola Diego, un gusto haberte conocido en la feria de empleo. Dejo la docencia para pasarme a producto. ¿Cómo fue tu primer año en ese cambio? Gracias, Paula",
            ),
            (
                "starting-out",
                "stranger",
                "Buenas tardes, Sra. Ríos: sigo sus publicaciones sobre ilustración científica. Me gradúo en junio. ¿Qué me recomendaría estudiar para dedicarme a esto? Muchas gracias, Tomás",
            ),
            (
                "informational-interview",
                "stranger",
                "Hola Andrés, vi tu charla en el meetup de Python de Bogotá. Me interesa la vacante de analista que publicaron; ¿cómo es un día normal en ese equipo? Mil gracias, Camila",
            ),
            (
                "",
                "acquaintance",
                "Hola Nuria, nos saludamos en el congreso de Sevilla. Me quedé pensando en lo que contaste del estudio; ¿tienes veinte minutos un día de estos para contarme cómo empezasteis? Gracias, Elena",
            ),
        ],
    ),
}


def _own_cases():
    """Each own wording as (language, rule, is it a problem, situation, relationship, text)."""
    for (language, rule), (problems, near_misses) in OWN.items():
        for label, cases in ((True, problems), (False, near_misses)):
            for situation, relationship, text in cases:
                yield language, rule, label, situation, relationship, text


def test_own_wordings_are_not_training_data():
    """Is no own wording in a training file or a tuner's table (else the tests below would measure recall)?"""
    own = {text for *_, text in _own_cases()}
    for language in trainer.FILES_BY_LANGUAGE:
        seen = {m.text for _, messages in trainer.sources(language) for m in messages}
        assert not own & seen


def test_the_shipped_models_rank_own_problems_above_their_near_misses():
    """Does each shipped model score the own problem wordings above the near-misses of the same rule (pooled over the
    pairs with weights, at least 8 of 10 problem/near-miss pairs ordered right)? A retrain may move one wording
    across a threshold; a broken model (features drifting from the weights, a sign flipped) ranks at chance."""
    models, right, pairs = load_model(), 0, 0
    for (language, rule), (problems, near_misses) in OWN.items():
        model = models.get(language, {}).get(rule)
        if model is None:
            continue

        def margin(case, language=language, model=model):
            situation, relationship, text = case
            m = parse_message(text, situation, relationship, None if language == "en" else language)
            return score(model, features(m))

        for a in map(margin, problems):
            for b in map(margin, near_misses):
                right += a > b
                pairs += 1
    assert pairs >= 50 and right >= 0.8 * pairs, (right, pairs)


def test_what_ships_adds_right_findings_on_own_wordings(monkeypatch):
    """With the switch unset (the pairs on by default), does the second signal add findings on own problem wordings
    the rules miss (at least one: since the round-9 retrain only Spanish job-ask is on by default, and the rules
    already catch most of its own wordings) and are its additions right at least 3 times in 4 (the default bar's),
    counting as wrong any finding it adds to a near-miss?"""
    right = wrong = 0
    for language, rule, label, situation, relationship, text in _own_cases():
        lang = None if language == "en" else language
        monkeypatch.setenv(SWITCH, "0")
        alone = _rules(text, situation, relationship, lang)
        monkeypatch.delenv(SWITCH)
        added = _rules(text, situation, relationship, lang) - alone
        if label:
            right += rule in added
        else:
            wrong += len(added)
    assert right >= 1 and right >= 3 * wrong, (right, wrong)
