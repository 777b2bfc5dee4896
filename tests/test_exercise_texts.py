"""The exercises' texts: each story told once, key phrases once per exercise, every page ends with a next step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netkit.coach.compose import exercise_name

EXERCISES = Path(__file__).resolve().parent.parent / "exercises"
#: Every exercise notebook, translations too (``welcome.de.ipynb``).
EVERY_LANGUAGE = sorted(EXERCISES.glob("*.ipynb"))
#: The English ones, where the stories and key phrases below are looked for (a translation tells the same story
#: once in its own words; tests/test_translated_notebooks.py keeps it in step, cell by cell).
NOTEBOOKS = [p for p in EVERY_LANGUAGE if exercise_name(p) == p.stem]
#: How "Next:" is written in each language's notebooks.
NEXT = {"": "**Next:**", "de": "**Weiter:**", "es": "**Siguiente:**"}

#: A phrase that only appears where the story is told (a citation elsewhere is fine).
STORIES = {
    "Jude's regret (seed 004)": "her one real career regret",
    "Krasna, why network (seed 003)": "Krasna",
    "the HR columnist's reader (seed 001)": "tired of strangers asking for referrals",
}
KEY_PHRASES = ("silence is not a no", "relationship first", "give as well as ask", "who else should i talk to")


def markdown(path: Path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [" ".join("".join(c["source"]).split()) for c in cells if c["cell_type"] == "markdown"]


@pytest.mark.parametrize("story, marker", STORIES.items())
def test_each_story_is_told_in_one_exercise(story, marker):
    """Is each seed's story told once in the workbook, not retold in every exercise?"""
    telling = [p.name for p in NOTEBOOKS if any(marker.lower() in text.lower() for text in markdown(p))]
    assert len(telling) == 1, f"{story} told in {telling}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_key_phrases_appear_at_most_once_per_exercise(path):
    """Does each key phrase appear at most once in an exercise's text?"""
    text = "\n".join(markdown(path)).lower()
    for phrase in KEY_PHRASES:
        assert text.count(phrase) <= 1, f"{path.name} repeats {phrase!r}"


@pytest.mark.parametrize("path", EVERY_LANGUAGE, ids=lambda p: p.stem)
def test_every_page_ends_with_what_to_do_next(path):
    """Does every exercise, in every language, end with a short "Next:" telling the participant what to do?"""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    last = "".join(cells[-1]["source"])
    language = path.stem[len(exercise_name(path)) + 1 :]
    assert cells[-1]["cell_type"] == "markdown" and last.startswith(NEXT[language])
