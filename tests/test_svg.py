"""The SVG builder: escaping, text width estimates and abbreviation."""

import xml.etree.ElementTree as ET

from netkit.svg import Svg, abbreviate, abbreviate_name, text_width


def test_every_text_and_attribute_is_escaped():
    """Can no text, title or attribute value break out of its element?"""
    svg = Svg(100, 50, title='<t> & "q"', desc="d'$")
    svg.add("rect", title="</title><script>", x=1, y=2, width=3, height=4, fill='red" onload="x')
    svg.text(5, 5, "<b>&</b>")
    out = svg.render()
    root = ET.fromstring(out)
    assert "<script>" not in out and 'onload="x"' not in out
    assert root.find("{http://www.w3.org/2000/svg}title").text == '<t> & "q"'
    assert root.find("{http://www.w3.org/2000/svg}rect").get("fill") == 'red" onload="x'


def test_wide_characters_count_double():
    """Is a CJK character estimated about twice as wide as a Latin one?"""
    assert text_width("中村", 10) > 1.5 * text_width("ab", 10)


def test_abbreviate_keeps_short_text_and_cuts_long_text_with_an_ellipsis():
    """Is short text left alone and long text cut to fit, ending with "…"?"""
    assert abbreviate("Kim", 100, 10) == "Kim"
    cut = abbreviate("A very long name indeed, longer than fits", 80, 10)
    assert cut.endswith("…") and text_width(cut, 10) <= 80


def test_abbreviate_never_leaves_a_letter_without_its_accent():
    """Is a combining accent kept with its letter (or both dropped) when text is cut?"""
    text = "e\u0301" * 40
    cut = abbreviate(text, 60, 10)
    assert cut.endswith("…") and cut[:-1].endswith("\u0301")


def test_names_sharing_a_beginning_stay_distinguishable():
    """Are middle words turned into initials before the end is cut, so "… Number 12" and "… Number 13"
    still differ?"""
    first = abbreviate_name("Maximiliana Person Number 12", 120, 10)
    assert first == "Maximiliana P. N. 12" and abbreviate_name("Maximiliana Person Number 13", 120, 10) != first
    assert abbreviate_name("Kim Park", 120, 10) == "Kim Park"
