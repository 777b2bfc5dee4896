"""The give-and-ask chart and the summary, as SVG with real text."""

import datetime as dt
import xml.etree.ElementTree as ET

from netkit.contacts import Contact
from netkit.exercises.network.charts import reciprocity_svg, summary_svg

TODAY = dt.date(2026, 11, 24)
NS = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    return ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{NS}text")]


def test_reciprocity_chart_has_totals_names_and_values_as_text():
    """Does the give-and-ask chart say the totals, name each contact and write every count?"""
    giver, taker = Contact("中村 さくら"), Contact("<script>x</script> & $5")
    giver.log(TODAY, "call", "gave")
    giver.log(TODAY, "call", "gave")
    taker.log(TODAY, "call", "asked")
    svg = reciprocity_svg([giver, taker])
    root = ET.fromstring(svg)
    assert "you gave 2, asked 1" in root.find(f"{NS}title").text
    texts = _texts(svg)
    assert "中村 さくら" in texts and "<script>x</script> & $5" in texts and "2" in texts and "1" in texts
    assert "<script>" not in svg and "中村 さくら: gave 2, asked 0" in root.find(f"{NS}desc").text


def test_reciprocity_chart_when_nothing_is_logged_says_what_to_do():
    """With no interactions logged, does the chart say how to fill it?"""
    assert any("Log a few interactions" in t for t in _texts(reciprocity_svg([Contact("Kim")])))


def test_summary_counts_rings_and_sectors():
    """Does the summary show every ring and the sectors with their counts, and the size in the title?"""
    people = [Contact(f"P{i}", sector=("Tech", "Health")[i % 2], ring=("inner", "close")[i % 2]) for i in range(12)]
    svg = summary_svg(people, TODAY)
    root = ET.fromstring(svg)
    assert root.find(f"{NS}title").text.startswith("12 contacts")
    texts = _texts(svg)
    assert {"Inner circle", "Close", "Dormant", "Tech", "Health", "6"} <= set(texts)
    assert "Inner circle 6" in root.find(f"{NS}desc").text


def test_summary_of_nothing_says_what_to_do():
    """With no contacts, does the summary say to add some?"""
    assert any("Add contacts" in t for t in _texts(summary_svg([], TODAY)))
