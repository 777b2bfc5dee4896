"""Which language a draft is written in: English, German, Spanish, or another the linter does not read.

The linter reads phrasing, so it must know the language before any rule runs. Drafts are short (a
one-line thank-you is common), which is where general-purpose detectors are weakest, and the kit knows
something they do not: the participant's chosen language, a strong prior. A short draft in a German
workbook is German unless it is clearly something else.

So the draft is scored against **function-word profiles**: the small, closed set of words (articles,
pronouns, prepositions, greetings and thanks) that every sentence of a language is built from and
that few other languages share. Each profile is a frozenset; a word counts for every profile it is in.
Letters only one language uses (ß, ä, ö, ü; ñ, ¿, ¡) add to that language. The profiles also cover
French, Italian, Portuguese and Dutch, so a draft in one of those is recognised as *another* language
rather than read with the wrong rules; text mostly in a non-Latin script (CJK, Cyrillic, Arabic…) is
another language outright.

Why not a statistical detector? None is installed, those on the registry either need model files far
larger than the kit or guess poorly on ten words, and none knows the workbook's language. This one is a
few sets, runs in microseconds and is measured on the labelled corpora of all three languages
(``tests/test_lint_language.py``).
"""

from __future__ import annotations

import re

__all__ = ["LINTED_LANGUAGES", "OTHER", "PROFILES", "detect_language"]

#: The languages the linter has phrase data for (the first is the default when nothing else is known).
LINTED_LANGUAGES = ("en", "de", "es")
#: What :func:`detect_language` returns for a draft in a language the linter does not read.
OTHER = "other"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words per language. English: the linter's old stop-word list, so English drafts read as before.
PROFILES: dict[str, frozenset[str]] = {
    "en": _words(
        "a about after all also am an and any are as at be because been but by can could did do does for from had "
        "has have he her here him his how i if in into is it its just like me more my no not of on one or our out "
        "so some than that the their them then there these they this to up us was we were what when which who will "
        "with would you your i'm it's don't i've i'd i'll you're we're thanks thank hi hello hey dear please"
    ),
    "de": _words(
        "der die das den dem des ein eine einen einem einer eines und ist sind ich du wir ihr mich mir dich dir "
        "uns euch mein meine meinen meinem meiner dein deine deinen deinem ihre ihren ihrem ihnen nicht auch aber "
        "mit für auf von vom zu zum zur im ins bei beim wie wer wenn dass daß ob oder noch schon sehr gerne gern "
        "hallo liebe lieber danke vielen herzliche herzlichen grüße grüsse gruß gruss hast hat habe haben hatte "
        "bin bist würde würdest würden könnte könntest könnten kannst können möchte möchtest wäre wären uns "
        "über nach einfach jetzt kurz mal doch ja nein bitte sie ihnen euer eure viele leider weil denn "
        "servus grüezi moin hoi tschüss tschüs freundlichen gesehen geht gespräch"
    ),
    "es": _words(
        "el la los las un una unos unas y de del que en por para con no sí se me te mi mis tu tus su sus nos lo le les "
        "al como pero muy más mucho gracias hola querido querida estimado estimada estimados saludos abrazo usted "
        "ustedes vos podés podrías puedes podría podrías quería quisiera tengo tienes tenés tiene soy eres sos estoy "
        "estás está este esta esto eso ese qué cómo cuándo dónde también ya hay fue yo tú él ella nosotros "
        "muchas buenas buenos días tardes cuando donde porque ahora hace desde sobre entre hasta mucho "
        "gustaría encantaría agradecería importaría"
    ),
    "fr": _words(
        "le les une des et est je vous nous il elle du au aux qui pour avec pas ne sur dans mais très merci bonjour "
        "votre vos mon ma mes ton ta ce cette sont été suis avez êtes chère cher j'ai c'est n'est beaucoup auriez "
        "pourriez pouvez voudrais serait bien ça avant après aussi chez à où"
    ),
    "it": _words(
        "il gli della degli di che per con non sono sei ti ci ciao grazie buongiorno anche molto questo questa "
        "vorrei potresti potrebbe sarebbe tuo tua tuoi mio mia è sto stai ho hai abbiamo siamo nel nella alla dal "
        "dalla sei devi puoi ma perché quando dove mille"
    ),
    "pt": _words(
        "o os um uma é do da dos das não sou você obrigado obrigada olá também isso seu sua meu minha "
        "gostaria poderia muito"
    ),
    "nl": _words(
        "het een en ik je jij wij niet met voor op van dat maar ook heel dank bedankt graag hoi jouw mijn zijn "
        "hebt heb kunnen zou"
    ),
}
# Letters that only one of the linted languages writes.
_MARKS = {
    "de": re.compile(r"[äöüß]", re.IGNORECASE),
    "es": re.compile(r"[ñ¿¡]", re.IGNORECASE),
    # Letters neither German nor Spanish write: they point away from the linted languages.
    "fr": re.compile(r"[àèçœêëîôûâ]", re.IGNORECASE),
    "it": re.compile(r"[àèìòù]", re.IGNORECASE),
    "pt": re.compile(r"[ãõ]", re.IGNORECASE),
}
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LETTER = re.compile(r"[^\W\d_]")
#: Below this share of function words, a longer text is not taken to be in any profiled language.
MIN_SHARE = 0.12
LONG = 12


def detect_language(words: list[str], prior: str | None = None, text: str = "") -> str:
    """The language of a draft: one of :data:`LINTED_LANGUAGES`, or :data:`OTHER`.

    ``words``: the draft's words; ``prior``: the participant's language (``None``/``""``: English);
    ``text``: the raw draft, for its script and marks. The prior wins unless another language is
    *clearly* ahead: at least two function words more than the prior's, and half as many again. Two other languages
    tied for first place is not clear either way: the draft is then read as another language.
    """
    prior = prior if prior in LINTED_LANGUAGES else LINTED_LANGUAGES[0]
    sample = [w.lower() for w in words[:400]]
    if not sample:
        return prior
    letters = _LETTER.findall(text[:4000]) if text else list("".join(sample))
    if letters and sum(1 for ch in letters if _LATIN.match(ch)) < len(letters) / 2:
        return OTHER
    hits = {lang: sum(1 for w in sample if w in profile) for lang, profile in PROFILES.items()}
    for lang, mark in _MARKS.items():
        hits[lang] += min(3, len(mark.findall(text[:4000])))
    best = max(hits, key=lambda lang: (hits[lang], lang == prior))
    tied = [lang for lang in hits if hits[lang] == hits[best] and lang != prior]
    if best != prior and len(tied) > 1:
        return OTHER  # two languages other than the participant's equally likely: read with neither
    if hits[best] == 0:
        short_and_plain = len(sample) < LONG and all(w.isascii() for w in sample)
        return prior if short_and_plain else OTHER
    chosen = prior
    if best != prior and hits[best] >= hits[prior] + 2 and hits[best] >= 1.5 * hits[prior]:
        chosen = best
    if chosen not in LINTED_LANGUAGES:
        return OTHER
    if len(sample) >= LONG and hits[chosen] / len(sample) < MIN_SHARE:
        return OTHER
    return chosen
