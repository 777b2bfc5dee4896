"""The participant's pictures in a real browser: the SVG ego map in Voilà, full width, legible, every script.

A copy of Ada's network-map exercise in its own folder, with contacts already saved (names in
CJK, Korean, Arabic, Hebrew, emoji and hostile markup), so the map draws on first load.
"""

from __future__ import annotations

import shutil

import pytest

from netkit.contacts import Contact, contacts_to_json
from netkit.store.answers import AnswersStore

from .helpers import assert_not_pwned, open_voila, screenshot

pytestmark = pytest.mark.browser

NAMES = [
    "中村 さくら",
    "김민준",
    "محمد الأحمد",
    "דנה כהן",
    "Zoë 🙂",
    "<img src=x> & $5",
    "Maximiliana Alexandrina von Hohenzollern-Sigmaringen",
]
WIDE = ["中村 さくら", "김민준"]


def _open_map(site, page, artifacts, folder_name: str, people: list[Contact]):
    """Ada's network-map exercise in its own folder with ``people`` saved, open in Voilà with the map drawn."""
    folder = site.ada / folder_name
    folder.mkdir(exist_ok=True)
    shutil.copy(site.ada / "network-map.ipynb", folder / "network-map.ipynb")
    store = AnswersStore(folder, debounce=0)
    store.set("network.contacts", contacts_to_json(people))
    store.flush()
    open_voila(page, site, f"{folder_name}/network-map")
    try:
        page.wait_for_selector("svg.netkit-egomap", state="attached", timeout=120_000)
    except Exception:
        screenshot(page, artifacts / f"voila-ego-map-{folder_name}-missing.png")
        raise
    return page


@pytest.fixture
def map_page(site, page, artifacts):
    people = [
        Contact(name, sector=("Tech", "Health", "")[i % 3], ring=("inner", "close", "regular", "dormant")[i % 4])
        for i, name in enumerate(NAMES)
    ]
    return _open_map(site, page, artifacts, "pictures", people)


LABELS_JS = """() => {
    const svg = document.querySelector('svg.netkit-egomap');
    const scale = svg.getScreenCTM().a;
    return [...svg.querySelectorAll('g.netkit-node text')].map(
        t => parseFloat(getComputedStyle(t).fontSize) * scale);
}"""


def test_ego_map_is_full_width_legible_and_draws_every_script(map_page, artifacts):
    """In Voilà at 1280 px, does the map fill the exercise's width, are its labels drawn at 12 px or more,
    and is every name (CJK, Korean, RTL, emoji, hostile markup) real text with a width on screen?"""
    page = map_page
    geometry = page.evaluate("""() => {
        const svg = document.querySelector('svg.netkit-egomap');
        const area = svg.closest('.jp-OutputArea-output') || document.body;
        const scale = svg.getScreenCTM().a;
        const labels = [...svg.querySelectorAll('g.netkit-node text')].map(t => ({
            text: t.textContent, css: parseFloat(getComputedStyle(t).fontSize),
            px: parseFloat(getComputedStyle(t).fontSize) * scale, width: t.getBBox().width}));
        return {svg: svg.getBoundingClientRect().width, area: area.getBoundingClientRect().width, labels,
                role: svg.getAttribute('role'), title: svg.querySelector('title').textContent,
                desc: svg.querySelector('desc').textContent};
    }""")
    assert geometry["svg"] >= 0.95 * geometry["area"] and geometry["svg"] > 900, geometry
    shown = {label["text"]: label for label in geometry["labels"]}
    assert len(shown) == len(NAMES)
    for label in geometry["labels"]:
        assert label["css"] >= 12 and label["px"] >= 12, label
        assert label["width"] > 0, label
    for name in WIDE + ["محمد الأحمد", "דנה כהן", "Zoë 🙂", NAMES[5]]:
        assert name in shown, name
    assert any(text.startswith("Maximiliana") and text.endswith("…") for text in shown)
    assert geometry["role"] == "img" and "7 people" in geometry["title"] and "dormant" in geometry["desc"]
    figure = page.locator("figure.netkit-figure figcaption li")
    assert figure.count() >= 2  # the text alternative beside the picture, as a list
    assert_not_pwned(page)
    screenshot(page, artifacts / "voila-ego-map-svg.png")


def test_a_full_150_person_map_keeps_labels_at_12_px(site, page, artifacts):
    """With 150 people (the most drawn one by one), long names included, are all labels still 12 px or more
    at a 1280 px window?"""
    people = [
        Contact(
            f"Maximiliana Person Number {i}",
            sector=("Tech", "Health", "Energy", "")[i % 4],
            ring=("inner", "close", "regular", "acquaintance", "dormant")[i % 5],
        )
        for i in range(150)
    ]
    _open_map(site, page, artifacts, "pictures-150", people)
    sizes = page.evaluate(LABELS_JS)
    assert len(sizes) == 150 and min(sizes) >= 12, min(sizes)
    screenshot(page, artifacts / "voila-ego-map-svg-150.png")
