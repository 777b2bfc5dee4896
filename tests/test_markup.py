"""User text is escaped before any HTML."""

from __future__ import annotations

import re

from netkit.markup import MATH_IGNORE, escape, escape_attr, paragraphs
from netkit.workbook.opening import opening_html

HOSTILE = "<img src=x onerror=alert(1)> </script> \"q\" 'a' & $50k … $70k"


def test_escape_attr_neutralises_tags_quotes_and_dollars():
    """Are tags, quotes, ampersands and dollars all neutralised for an attribute value?"""
    out = str(escape_attr(HOSTILE))
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out and "$" not in out
    assert "&lt;img" in out and "&#36;50k" in out


def test_escape_keeps_maths_delimiters_away_from_mathjax():
    """Is user text holding $ or a backslash wrapped in the class MathJax 2 and 3 skip, and nothing else added?"""
    for text in (HOSTILE, "$50k -> $70k", r"\(x\)", "a \\ b"):
        out = str(escape(text))
        assert out == f"<span class='{MATH_IGNORE}'>{escape_attr(text)}</span>"
        assert "tex2jax_ignore" in out and "mathjax_ignore" in out
        inner = re.sub(r"^<span[^>]*>|</span>$", "", out)
        assert "<" not in inner and "$" not in inner
    assert str(escape("Ada Lovelace")) == "Ada Lovelace"
    assert str(paragraphs("$1\n$2")) == f"<span class='{MATH_IGNORE}'>&#36;1<br>&#36;2</span>"


def test_paragraphs_keep_line_breaks():
    """Are line breaks kept as <br> while the text stays escaped?"""
    assert str(paragraphs("a<b\nc")) == "a&lt;b<br>c"


def test_opening_page_escapes_every_field():
    """Does the personalised opening page escape every roster value?"""
    html = opening_html(name=HOSTILE, goal=HOSTILE, coach=HOSTILE, workshop=HOSTILE)
    assert "<img" not in html and "</script>" not in html and "$50k" not in html
    assert html.count("&lt;img") == 4


def test_opening_page_hides_empty_fields():
    """Are empty roster fields left out instead of shown blank?"""
    html = opening_html(name="Ana")
    assert "Ana" in html and "Your coach" not in html and "Career networking workshop" in html


def test_download_link_carries_the_bytes_and_escapes_the_name():
    """Does a download link hold the file as a data: URI, with a hostile file name escaped?"""
    import base64
    import re

    from netkit.markup import download_link

    link = download_link("<b>'x'.ics", b"BEGIN:VCALENDAR", "text/calendar", label="Download it")
    assert "<b>" not in link and "download='&lt;b&gt;&#39;x&#39;.ics'" in link
    payload = re.search(r"base64,([^']+)'", link).group(1)
    assert base64.b64decode(payload) == b"BEGIN:VCALENDAR" and "Download it" in link
