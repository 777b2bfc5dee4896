"""How much of netkit is translated, per language: ``python tools/translation_coverage.py [--check]``.

For each language of :data:`netkit.languages.SUPPORTED_LANGUAGES` but English it reports

* the gettext catalog (``netkit/locale/<lang>/LC_MESSAGES/netkit.po``) against the strings the code marks today
  (extracted with Babel exactly as ``pybabel extract -F babel.cfg -k N_ -k Nn_:1,2`` does): translated, missing from the
  catalog, untranslated (empty), fuzzy, and obsolete (in the catalog, gone from the code);
* the whole-text translations: each ``netkit/data/emails.toml`` key and placeholder present in
  ``emails.<lang>.toml``, each exercise notebook's copy ``exercises/<name>.<lang>.ipynb`` and each outreach
  template's copy ``netkit/templates/outreach/<name>.<lang>.j2`` in step with it
  (:func:`netkit.coach.compose.translation_problems`).

``--check`` exits 1 unless every language is complete (what tests/test_catalogs.py asserts). Not part of the package.
"""

from __future__ import annotations

import io
import string
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, catalog_path  # noqa: E402

#: The marker functions besides Babel's defaults (as in CONTRIBUTING.md): N_ marks a message, Nn_ a singular and a
#: plural form of one (Babel's keyword spec: its arguments 1 and 2).
KEYWORDS = {"N_": None, "Nn_": (1, 2)}


@dataclass
class Coverage:
    """One language's catalog measured against the code, and its whole-text files against the English."""

    language: str
    total: int = 0
    translated: int = 0
    missing: list[str] = field(default_factory=list)  # marked in the code, not in the catalog
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)  # a {gap} of the English lost or added
    texts: list[str] = field(default_factory=list)  # whole-text files out of step with the English

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        problems = (self.missing, self.untranslated, self.fuzzy, self.obsolete, self.placeholders, self.texts)
        return not any(problems)


def source_messages(root: Path = ROOT) -> dict[str, list[str]]:
    """Every message the package's code marks for translation, with where ("netkit/x.py:12")."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (root / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keywords = dict(DEFAULT_KEYWORDS) | KEYWORDS
    found: dict[str, list[str]] = {}
    for filename, line, message, _comments, _context in extract_from_dir(
        str(root), method_map, options_map, keywords=keywords
    ):
        msgid = message if isinstance(message, str) else message[0]
        found.setdefault(msgid, []).append(f"{filename}:{line}")
    return found


def _gaps(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _template_names(text: str) -> set[str]:
    return {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(text)} - {None}


def text_problems(language: str, root: Path = ROOT) -> list[str]:
    """What the whole-text e-mail file of ``language`` lacks against the English (missing file, key, placeholder)."""
    english_path = root / "netkit" / "data" / "emails.toml"
    path = english_path.with_name(f"emails.{language}.toml")
    if not path.is_file():
        return [f"{path.relative_to(root)} does not exist (copy emails.toml and translate it)"]
    english, other = (tomllib.loads(p.read_text(encoding="utf-8")) for p in (english_path, path))
    problems = []
    for table, texts in english.items():
        for key, text in texts.items():
            if key not in other.get(table, {}):
                problems.append(f"{path.name} [{table}] {key}: missing")
            elif _template_names(other[table][key]) != _template_names(text):
                problems.append(f"{path.name} [{table}] {key}: placeholders differ from the English")
    return problems


def notebook_problems(language: str, root: Path = ROOT) -> list[str]:
    """What the exercise notebooks' copies in ``language`` lack against the English (a missing copy, a cell
    out of step, a markdown cell left in English)."""
    import nbformat

    from netkit.coach.compose import exercise_name, translated_path, translation_problems

    problems = []
    for english in sorted((root / "exercises").glob("*.ipynb")):
        if exercise_name(english) != english.stem:
            continue  # a translation itself
        path = translated_path(english, language)
        if not path.is_file():
            problems.append(f"{path.relative_to(root)} does not exist (copy {english.name} and translate it)")
            continue
        pair = (nbformat.read(english, as_version=4), nbformat.read(path, as_version=4))
        problems.extend(f"{path.name}: {problem}" for problem in translation_problems(*pair, language))
    return problems


def template_problems(language: str, root: Path = ROOT) -> list[str]:
    """What the outreach templates' copies in ``language`` lack against the English (a missing copy, a copy out of
    step: see :func:`netkit.exercises.outreach.templates.copy_problems`)."""
    from netkit.exercises.outreach.templates import copy_problems, language_of_file

    folder = root / "netkit" / "templates" / "outreach"
    problems = []
    for english in sorted(folder.glob("*.j2")) if folder.is_dir() else ():
        if language_of_file(english.name)[1]:
            continue  # a translation itself
        path = english.with_name(f"{english.stem}.{language}.j2")
        if not path.is_file():
            problems.append(f"{path.relative_to(root)} does not exist (copy {english.name} and translate it)")
            continue
        found = copy_problems(english.read_text(encoding="utf-8"), path.read_text(encoding="utf-8"))
        problems.extend(f"{path.name}: {problem}" for problem in found)
    return problems


def _singular(msgid: str | tuple[str, ...]) -> str:
    """A catalog entry's key: its msgid, or the singular of a plural entry."""
    return msgid if isinstance(msgid, str) else msgid[0]


def _translated(string: str | tuple[str, ...], forms: int) -> bool:
    """Is the entry translated: a text, or every one of the language's ``forms`` of a plural entry?"""
    if isinstance(string, str):
        return bool(string)
    return len(string) == forms and all(string)


def _same_gaps(msgid: str | tuple[str, ...], string: str | tuple[str, ...]) -> bool:
    """Does the translation keep the English {gaps}? A plural entry: every form uses only the English forms' gaps,
    and together they use them all (a singular form may say "one" in words instead of {count})."""
    if isinstance(msgid, str) and isinstance(string, str):
        return _gaps(msgid) == _gaps(string)
    english = set().union(*(_gaps(m) for m in msgid))
    found = [_gaps(s) for s in string]
    return all(gaps <= english for gaps in found) and set().union(*found) == english


def coverage(language: str, root: Path = ROOT, messages: dict[str, list[str]] | None = None) -> Coverage:
    """``language``'s catalog against the code's messages (extracted now unless given)."""
    from babel.messages.pofile import read_po

    messages = source_messages(root) if messages is None else messages
    result = Coverage(language, total=len(messages))
    po = root / Path(catalog_path(language)).relative_to(ROOT)
    catalog = {}
    forms = 2
    if po.is_file():
        with po.open("rb") as handle:
            read = read_po(io.BytesIO(handle.read()), locale=language)
        forms = read.num_plurals
        catalog = {_singular(m.id): m for m in read if m.id}
    for msgid in messages:
        entry = catalog.get(msgid)
        if entry is None:
            result.missing.append(msgid)
        elif entry.fuzzy:
            result.fuzzy.append(msgid)
        elif not _translated(entry.string, forms):
            result.untranslated.append(msgid)
        else:
            result.translated += 1
            if not _same_gaps(entry.id, entry.string):
                result.placeholders.append(msgid)
    result.obsolete = sorted(set(catalog) - set(messages))
    result.texts = text_problems(language, root) + notebook_problems(language, root) + template_problems(language, root)
    return result


def report(results: list[Coverage]) -> str:
    """A table a translator or a reviewer reads: one line per language, then what is left to do."""
    lines = ["language  translated        missing  untranslated  fuzzy  obsolete  whole texts"]
    for r in results:
        texts = "in step" if not r.texts else f"{len(r.texts)} problem(s)"
        lines.append(
            f"{r.language:<9} {r.translated:>3}/{r.total:<3} {r.percent:5.1f} %  {len(r.missing):>7}  "
            f"{len(r.untranslated):>12}  {len(r.fuzzy):>5}  {len(r.obsolete):>8}  {texts}"
        )
    for r in results:
        for label, items in (
            ("missing from the catalog (run pybabel extract + update)", r.missing),
            ("untranslated", r.untranslated),
            ("fuzzy (check, then remove the fuzzy flag)", r.fuzzy),
            ("obsolete (gone from the code; run pybabel update)", r.obsolete),
            ("placeholders differ", r.placeholders),
            ("whole texts", r.texts),
        ):
            for item in items:
                lines.append(f"  {r.language} {label}: {item[:90]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    messages = source_messages()
    results = [coverage(code, messages=messages) for code in SUPPORTED_LANGUAGES if code != DEFAULT_LANGUAGE]
    print(report(results))
    return 1 if "--check" in argv and not all(r.complete for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
