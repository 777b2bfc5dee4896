"""Which legacy code page a file that is not UTF-8 was written in: the guess :mod:`netkit.textfile` makes.

Excel, Outlook, old phones and mail programs still write Windows-1250–1257, Mac Roman and the
East Asian multi-byte encodings, and nothing in such a file names the one it used. The bytes
alone cannot tell Windows-1252 from Cyrillic or Hebrew (every byte is a letter in each), but the
*reading* can: :func:`implausibility` scores how unlike words in one language a reading is (mixed
scripts, symbols inside names, capitals inside words, Hebrew final letters mid-word…), and
:func:`guess_legacy` picks the reading that makes sense, steered by what the file says of itself (a
vCard's ``CHARSET`` on another property, its ``LANGUAGE``). charset-normalizer keeps the East
Asian encodings, which its byte statistics suit; on a few names its language coherence is too weak
for the single-byte pages, which is why this module exists.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable

from netkit.languages import N_, Said

__all__ = [
    "CANDIDATE_ENCODINGS",
    "EAST_ASIAN_ENCODINGS",
    "LANGUAGE_ENCODINGS",
    "LEGACY_ENCODINGS",
    "encoding_label",
    "encoding_said",
    "guess_legacy",
    "implausibility",
]


#: The single-byte code pages spreadsheets, phones and mail programs still write, Western first
#: (it wins a tie: Excel writes it on Western systems, and the others read its letters as look-alikes).
LEGACY_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "mac_roman",
    "koi8_r",
)
#: Multi-byte East Asian encodings: left to charset-normalizer, whose byte statistics suit them.
EAST_ASIAN_ENCODINGS = ("cp932", "euc_jp", "gb18030", "big5", "euc_kr")
CANDIDATE_ENCODINGS = LEGACY_ENCODINGS + EAST_ASIAN_ENCODINGS

#: Languages (ISO 639-1, as in a vCard's ``LANGUAGE=de``) and the code page their writers used.
LANGUAGE_ENCODINGS = {
    **dict.fromkeys(("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "nb", "fi", "is", "ca"), "cp1252"),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "ro", "hr", "sl", "sr-latn", "bs"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "bg", "be", "sr", "mk"), "cp1251"),
    "el": "cp1253",
    "tr": "cp1254",
    **dict.fromkeys(("he", "iw", "yi"), "cp1255"),
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    "ja": "cp932",
    "zh": "gb18030",
    "ko": "euc_kr",
}

_VOWELS_CYRILLIC = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
_HEBREW_FINAL = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
_HEBREW_HAS_FINAL = set(_HEBREW_FINAL.values())
#: Letters of Central European orthographies (Polish, Czech, Hungarian…) that Windows-1252 lacks,
#: and the spellings around them in those languages: a name that has both is read as Windows-1250.
_CENTRAL_LETTERS = set("ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽőűŐŰĺľŕĹĽŔ")
_CENTRAL_SPELLING = re.compile(r"sz|cz|rz|sk[iaý]|ck[iay]|wicz|ák\b|ek\b|ov[aáý]|ná\b|ský\b", re.IGNORECASE)
_VOWELS_GREEK = set("αεηιουωάέήίόύώϊϋΐΰ")
_GREEK_TONOS = set("άέήίόύώΐΰ")


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """``latin``, ``cyrillic``, ``greek``, ``hebrew``, ``arabic`` or ``other`` for a letter."""
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC"):
        if name.startswith(script):
            return script.lower()
    return "other"


def implausibility(text: str) -> float:
    """How unlike names and words in any one language ``text`` reads, per character outside ASCII.

    The measure behind :func:`guess_legacy`; each oddity adds to it: a symbol or control
    character where letters belong (``JosŽ``, ``Garc’a``), a word mixing scripts (``Sцren``), an
    upper-case letter inside a lower-case word (``IksiÒski``), a word of accented Latin letters
    only (``àôøéí``), a Hebrew final letter inside a word or a Greek final sigma not at its end,
    and Cyrillic ``й ь ъ ы`` where Russian and Ukrainian never put them. 0 is text that reads well.
    """
    outside = [c for c in text if ord(c) > 127]
    if not outside:
        return 0.0
    odd = 0.0
    for char in set(outside):
        category = unicodedata.category(char)
        if category.startswith("L") or char in "\u00a0":
            continue
        weight = 0.5 if char in "–—’‘“”«»°€·´" else 2.0
        odd += weight * text.count(char)
    for word in re.findall(r"[^\W\d_]+", text):
        if word.isascii():
            continue
        scripts = {_script(c) for c in word if c.isalpha()}
        scripts.discard("other")
        if len(scripts) > 1:
            odd += 2
            continue
        script = next(iter(scripts), "other")
        for before, char in itertools.pairwise(word):
            if char.isupper() and before.islower() and ord(char) > 127:
                odd += 1
        if script == "latin" and len(word) >= 3 and not any(c.isascii() for c in word):
            odd += 1
        elif script == "hebrew":
            odd += sum(1 for c in word[:-1] if c in _HEBREW_FINAL)
            odd += 0.5 if word[-1] in _HEBREW_HAS_FINAL else 0
        elif script == "greek":
            odd += sum(1 for c in word[:-1] if c == "ς") + (0.5 if word[-1] == "σ" else 0)
            lower = word.lower()
            vowels = sum(1 for c in lower if c in _VOWELS_GREEK)
            if len(word) >= 3 and not vowels:
                odd += 1
            elif word[1:].islower() and vowels >= 2 and sum(1 for c in lower if c in _GREEK_TONOS) != 1:
                odd += 0.5  # a modern Greek word of two syllables or more carries one accent
        elif script == "cyrillic":
            odd += 1 if word[0] in "йьъыЙЬЪЫ" else 0
            odd += sum(
                1
                for b, c in itertools.pairwise(word)
                if (c in "йЙ" and b not in _VOWELS_CYRILLIC) or (c in "ыЫьЬъЪ" and b in _VOWELS_CYRILLIC)
            )
            if len(word) >= 3 and not any(c in _VOWELS_CYRILLIC for c in word):
                odd += 1
    return odd / len(outside)


def _language_bonus(encoding: str, text: str) -> float:
    """A small credit for a Central European reading whose special letters sit in that language's spelling."""
    if encoding not in ("cp1250", "iso8859_2"):
        return 0.0
    words = [w for w in re.findall(r"[^\W\d_]+", text) if _CENTRAL_LETTERS & set(w)]
    if not words or any(sum(c.isascii() for c in w) * 2 < len(w) for w in words):
        return 0.0
    return 0.25 if sum(1 for w in words if _CENTRAL_SPELLING.search(w)) * 2 >= len(words) else 0.0


def guess_legacy(data: bytes, *, hints: Iterable[str] = ()) -> tuple[str, Said]:
    """(encoding, why) for bytes that are not UTF-8: the reading that makes the most sense.

    ``hints`` are what the file says about itself: character set names (a vCard's
    ``CHARSET=Windows-1253`` on another property or card) and languages (``LANGUAGE=he``). A
    character set named in the file that reads these bytes without oddities wins. Otherwise each
    of :data:`LEGACY_ENCODINGS` reads the bytes and the one with the lowest :func:`implausibility`
    (language coherence, with a small credit from :func:`_language_bonus`) wins; a language hint
    breaks a tie, then the order of :data:`LEGACY_ENCODINGS`. East Asian multi-byte text is left to
    charset-normalizer. ``why`` says which of these decided, for the warning a person reads (in their language).
    """
    sample = _non_ascii_lines(data[:262144])
    charsets: list[str] = []
    languages: list[str] = []
    for hint in hints:
        name = hint.strip().lower()
        if not name:
            continue
        try:
            charsets.append(codecs.lookup(name).name)
        except LookupError:
            encoding = LANGUAGE_ENCODINGS.get(name) or LANGUAGE_ENCODINGS.get(name.split("-")[0])
            if encoding:
                languages.append(encoding)
    east_asian = _east_asian(sample)
    if east_asian:
        return east_asian, Said.of(N_("the bytes read as East Asian text"))
    readings: dict[str, str] = {}
    for encoding in dict.fromkeys([c for c in charsets if c not in ("utf-8", "ascii")] + list(LEGACY_ENCODINGS)):
        try:
            readings[encoding] = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    for encoding in charsets:
        if encoding in readings and implausibility(readings[encoding]) < 0.25:
            return encoding, Said.of(N_("the file names {encoding} elsewhere"), encoding=encoding_said(encoding))
    if not readings:
        return "cp1252", Said.of(N_("no code page reads every byte"))
    scores = {enc: implausibility(text) - _language_bonus(enc, text) for enc, text in readings.items()}
    best = min(scores.values())
    tied = [enc for enc, score in scores.items() if score <= best + 1e-9]
    for encoding in languages:
        if encoding in tied:
            return encoding, Said.of(N_("the language the file names"))
    if len(tied) == 1:
        return tied[0], Said.of(N_("the only reading whose letters make sense as words"))
    if readings[tied[0]] == readings.get("cp1252"):
        return "cp1252", Said.of(N_("the most common of the code pages that read it the same way"))
    others = ", ".join(encoding_label(enc).split(" (")[0] for enc in tied[1:4])  # code page names: not translated
    return tied[0], Said.of(N_("the most common of equally likely readings (also {others})"), others=others)


def _non_ascii_lines(data: bytes, limit: int = 32768) -> bytes:
    """The lines of ``data`` that hold bytes outside ASCII, up to ``limit`` bytes: the words a guess is about.

    An ASCII line reads the same in every candidate, so scoring it costs time and decides nothing.
    """
    if data.isascii():
        return b""
    kept: list[bytes] = []
    size = 0
    for line in data.splitlines():
        if not line.isascii():
            kept.append(line)
            size += len(line) + 1
            if size >= limit:
                break
    return b"\n".join(kept)


def _east_asian(sample: bytes) -> str | None:
    """charset-normalizer's East Asian encoding for ``sample``, when that is what its bytes are."""
    high = sum(1 for b in sample if b > 127)
    if high < 8:
        return None
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 files pay for it

    best = from_bytes(sample, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is None or best.encoding not in EAST_ASIAN_ENCODINGS or best.chaos > 0.1:
        return None
    return best.encoding


_ENCODING_NAMES = {
    "cp1252": N_("Windows-1252 (Western European, Excel's legacy encoding)"),
    "latin_1": "Latin-1",
    "iso8859_1": "Latin-1",
    "mac_roman": "Mac Roman",
    "cp1250": N_("Windows-1250 (Central European)"),
    "cp1251": N_("Windows-1251 (Cyrillic)"),
    "cp1253": N_("Windows-1253 (Greek)"),
    "cp1254": N_("Windows-1254 (Turkish)"),
    "cp1255": N_("Windows-1255 (Hebrew)"),
    "cp1256": N_("Windows-1256 (Arabic)"),
    "cp1257": N_("Windows-1257 (Baltic)"),
    "koi8_r": N_("KOI8-R (Cyrillic)"),
    "shift_jis": "Shift JIS",
    "cp932": N_("Shift JIS (Windows)"),
    "euc_jp": N_("EUC-JP (Japanese)"),
    "gb18030": N_("GB18030 (Chinese)"),
    "big5": N_("Big5 (Chinese)"),
    "euc_kr": N_("EUC-KR (Korean)"),
    "utf-8": "UTF-8",
    "8bit": N_("8-bit, each value in the CHARSET it names"),
    "utf-8-sig": N_("UTF-8 with a byte-order mark"),
    "utf-16": "UTF-16",
    "utf-16-le": N_("UTF-16 (little-endian, no byte-order mark)"),
    "utf-16-be": N_("UTF-16 (big-endian, no byte-order mark)"),
    "utf-32": "UTF-32",
    "utf-32-le": N_("UTF-32 (little-endian, no byte-order mark)"),
    "utf-32-be": N_("UTF-32 (big-endian, no byte-order mark)"),
}


def encoding_label(encoding: str, language: str = "") -> str:
    """A person's name for an encoding (``cp1255`` → ``Windows-1255 (Hebrew)``; in German "Windows-1255
    (Hebräisch)")."""
    return encoding_said(encoding).in_language(language)


def encoding_said(encoding: str) -> Said:
    """:func:`encoding_label` as a sentence to say later, in the reader's language."""
    return Said.of(_ENCODING_NAMES.get(encoding, encoding.upper()))
