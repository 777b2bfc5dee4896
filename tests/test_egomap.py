"""The participant's ego map as SVG: real text, every name, escaped, accessible, aggregated when big."""

import datetime as dt
import math
import re
import xml.etree.ElementTree as ET

import pytest

from netkit.contacts import Contact
from netkit.exercises.network.egomap import ego_map_html, ego_map_svg
from netkit.exercises.network.egomap_layout import (
    DORMANT_LEGEND,
    INDIVIDUAL_LIMIT,
    map_description,
    map_layout,
    sector_colours,
)

TODAY = dt.date(2026, 11, 24)
NS = "{http://www.w3.org/2000/svg}"
# Names a participant really has: CJK, emoji (with a ZWJ sequence), right-to-left scripts, accents
WORLD = ["中村 さくら", "김민준", "Zoë 🙂", "👩‍💻 Dev Friend", "محمد الأحمد", "דנה כהן", "Ngọc Ánh", "Ólafur"]
HOSTILE = ["<script>x()</script>", "Tom & Jerry", "$50k $70k", 'Say "hi"', "O'Brien"]


def _people(n, **kw):
    return [
        Contact(
            f"Person {i}",
            organisation=f"Org {i % 7}",
            sector=("Tech", "Health", "")[i % 3],
            ring=("inner", "close", "regular", "acquaintance", "dormant")[i % 5],
            **kw,
        )
        for i in range(n)
    ]


def _tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def _texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def _node_titles(root: ET.Element) -> list[str]:
    return [g.find(f"{NS}title").text for g in root.iter(f"{NS}g") if "netkit-node" in (g.get("class") or "")]


def test_map_is_well_formed_svg_with_every_name_as_text():
    """Does the map parse as XML and hold every visible name, in every script, as real text?"""
    people = [Contact(name, sector="Tech" if i % 2 else "", ring="close") for i, name in enumerate(WORLD + HOSTILE)]
    root = _tree(ego_map_svg(people, TODAY, participant="Ada"))
    texts = _texts(root)
    for name in WORLD + HOSTILE:
        assert name in texts, name
    assert root.tag == f"{NS}svg"


def test_user_text_is_escaped_never_markup():
    """Do <script>, &, quotes and $ in names, sectors and the participant's name stay inert text?"""
    people = [Contact(name, sector=name, organisation=name) for name in HOSTILE]
    svg = ego_map_svg(people, TODAY, participant="<b onload=x>Eve</b> & $1")
    root = _tree(svg)
    assert "<script>" not in svg and "<b onload" not in svg
    assert not list(root.iter(f"{NS}script")) and not list(root.iter("script"))
    assert "&lt;script&gt;" in svg and "&amp;" in svg and "&#36;" in svg  # $ kept away from MathJax
    assert any("<b onload=x>Eve</b>" in t for t in _texts(root) + [root.find(f"{NS}title").text])


def test_long_names_are_abbreviated_and_the_full_name_is_the_title():
    """Is a very long name shortened on the map, with the whole name in the dot's <title>?"""
    long_name = "Maximiliana Alexandrina von Hohenzollern-Sigmaringen"
    root = _tree(ego_map_svg([Contact(long_name, ring="inner")], TODAY))
    shown = [t for t in _texts(root) if t.startswith("Maximiliana")]
    assert shown and shown[0].endswith("…") and len(shown[0]) < len(long_name)
    assert any(title.startswith(long_name) for title in _node_titles(root))


def test_abbreviation_never_splits_an_emoji_sequence():
    """Is a long emoji-laden name cut at a whole character sequence (no dangling joiner)?"""
    root = _tree(ego_map_svg([Contact("👩‍💻" * 30)], TODAY))
    shown = next(t for t in _texts(root) if t.startswith("👩"))
    assert shown.endswith("…") and not shown[:-1].endswith("\u200d")


def test_accessible_name_description_and_role():
    """Has the picture role=img, a <title> and a <desc> that summarise it, referenced by aria-labelledby?"""
    root = _tree(ego_map_svg(_people(10), TODAY, participant="Ana"))
    assert root.get("role") == "img"
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title.text.startswith("Ana's network: 10 people")
    assert "10 people on five rings" in desc.text and "dormant" in desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_html_figure_has_the_description_as_a_list():
    """Does the figure carry, beside the picture, what it shows as an HTML list?"""
    html = ego_map_html(_people(10), TODAY)
    assert html.count("<li>") == len(map_description(map_layout(_people(10), TODAY)))
    assert "<figcaption>" in html and "<svg" in html


def test_map_is_fluid_full_width():
    """Does the map scale to its container (viewBox, width 100%), not a fixed pixel size?"""
    root = _tree(ego_map_svg(_people(10), TODAY))
    assert root.get("viewBox") and root.get("width") == "100%" and "width:100%" in root.get("style")


@pytest.mark.parametrize("count", [5, 40, INDIVIDUAL_LIMIT])
def test_labels_are_at_least_12_units_and_the_map_at_most_1200_wide(count):
    """Are labels drawn at >= 12 user units on a picture no wider than 1200 units, so full width
    in the app (about 1,100-1,200 px at a 1280 px window) keeps them at a legible size?"""
    root = _tree(ego_map_svg(_people(count), TODAY))
    width = float(root.get("viewBox").split()[2])
    sizes = [float(t.get("font-size")) for t in root.iter(f"{NS}text")]
    assert min(sizes) >= 12 and width <= 1200


def test_each_person_is_a_dot_with_a_title():
    """Up to the limit, does every person get one dot with a tooltip naming them?"""
    root = _tree(ego_map_svg(_people(40), TODAY))
    titles = _node_titles(root)
    assert len(titles) == 40 and {t.split(" · ")[0] for t in titles} == {f"Person {i}" for i in range(40)}


def test_closer_rings_sit_nearer_the_centre():
    """Is an inner-circle contact placed closer to the centre than an acquaintance?"""
    root = _tree(ego_map_svg([Contact("In", ring="inner"), Contact("Out", ring="acquaintance")], TODAY))
    centre = list(root.iter(f"{NS}circle"))[-1]  # the participant's disc is drawn last of the circles
    cx, cy = float(centre.get("cx")), float(centre.get("cy"))
    radius = {}
    for g in root.iter(f"{NS}g"):
        if "netkit-node" in (g.get("class") or ""):
            dot = g.find(f"{NS}circle")
            radius[g.find(f"{NS}title").text.split(" · ")[0]] = math.dist(
                (cx, cy), (float(dot.get("cx")), float(dot.get("cy")))
            )
    assert radius["In"] < radius["Out"]


def test_dormant_ties_are_marked_by_shape_and_words_not_emoji():
    """Is a dormant tie a hollow dashed dot, named 'dormant' in its title and in the legend, with no 💤?"""
    people = [
        Contact("Live", ring="close", sector="Tech", last_contact=TODAY),
        Contact("Silent", ring="close", sector="Tech", last_contact=TODAY - dt.timedelta(days=500)),
    ]
    svg = ego_map_svg(people, TODAY)
    root = _tree(svg)
    nodes = {
        g.find(f"{NS}title").text.split(" · ")[0]: g
        for g in root.iter(f"{NS}g")
        if "netkit-node" in (g.get("class") or "")
    }
    silent, live = nodes["Silent"].find(f"{NS}circle"), nodes["Live"].find(f"{NS}circle")
    assert silent.get("fill") == "white" and silent.get("stroke-dasharray")
    assert live.get("fill") != "white" and not live.get("stroke-dasharray")
    assert nodes["Silent"].find(f"{NS}title").text.endswith("dormant")
    assert DORMANT_LEGEND in _texts(root) and "💤" not in svg


def test_colours_follow_sectors():
    """Does each common sector get its own colour, and the same sector the same colour?"""
    colours = sector_colours(_people(9))
    assert set(colours) == {"Tech", "Health"} and colours["Tech"] != colours["Health"]


def test_big_network_is_drawn_by_organisation():
    """Beyond 150 people, are organisations drawn as bubbles with counts, and the rest counted?"""
    people = [
        Contact(f"P{i}", organisation=f"Company {i % 400}", ring=("inner", "regular")[i % 2])
        for i in range(INDIVIDUAL_LIMIT + 1000)
    ]
    layout = map_layout(people, TODAY)
    root = _tree(ego_map_svg(layout))
    titles = _node_titles(root)
    assert layout.by_organisation and 0 < len(titles) <= 10 + 18
    assert all(re.search(r": \d+ people", t) for t in titles)
    assert sum(n.count for n in layout.nodes) + sum(p for p, _ in layout.more.values()) == len(people)
    assert any(t.startswith("+ ") and "more in" in t for t in _texts(root))
    assert "by organisation" in root.find(f"{NS}title").text


def test_an_organisations_count_is_never_cut_from_its_label():
    """Is a very long organisation name shortened while its head count stays visible?"""
    people = [
        Contact(f"P{i}", organisation="The International Federation of Very Long Organisation Names", ring="inner")
        for i in range(INDIVIDUAL_LIMIT + 1)
    ]
    texts = _texts(_tree(ego_map_svg(people, TODAY)))
    assert any(t.endswith(f"… ({INDIVIDUAL_LIMIT + 1})") for t in texts), texts


def test_exactly_150_people_are_still_drawn_one_by_one():
    """At the limit itself, is everyone still a person on the map?"""
    assert not map_layout(_people(INDIVIDUAL_LIMIT), TODAY).by_organisation
    assert map_layout(_people(INDIVIDUAL_LIMIT + 1), TODAY).by_organisation


def test_empty_network_still_draws():
    """Does an empty network draw the participant alone, saying the map is empty?"""
    root = _tree(ego_map_svg([], TODAY, participant=""))
    assert "You" in _texts(root) and "empty" in root.find(f"{NS}desc").text


def test_people_on_different_rings_never_share_a_spoke():
    """Do people on different rings get different angles, so their labels cannot overlap?"""
    people = [Contact(name=f"P{i}", ring=ring) for i, ring in enumerate(["inner", "regular", "dormant"])]
    assert len({round(n.angle, 6) for n in map_layout(people, TODAY).nodes}) == 3


def test_centre_shows_the_first_name_and_the_full_name_as_title():
    """Does the centre show a first name that fits, with the full name as its tooltip?"""
    root = _tree(ego_map_svg([Contact(name="Kim")], TODAY, participant="Amara Okafor"))
    assert "Amara" in _texts(root)
    assert "Amara Okafor" in [t.text for t in root.iter(f"{NS}title")]


def test_title_reads_naturally_with_and_without_a_name():
    """Does the title say "Your network" without a name and "Ana's network" with one?"""
    assert map_layout([Contact("Kim")], TODAY, participant="You").title.startswith("Your network: 1 person")
    assert map_layout([Contact("Kim")], TODAY, participant="Ana").title.startswith("Ana's network")
