"""User text is escaped before any HTML."""

from __future__ import annotations

from netkit.html import escape, paragraphs
from netkit.opening import opening_html

HOSTILE = "<img src=x onerror=alert(1)> </script> \"q\" 'a' & $50k … $70k"


def test_escape_neutralises_tags_quotes_and_dollars():
    """Are tags, quotes, ampersands and MathJax dollars all neutralised?"""
    out = str(escape(HOSTILE))
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out and "$" not in out
    assert "&lt;img" in out and "&#36;50k" in out


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

    from netkit.html import download_link

    link = download_link("<b>'x'.ics", b"BEGIN:VCALENDAR", "text/calendar", label="Download it")
    assert "<b>" not in link and "download='&lt;b&gt;&#39;x&#39;.ics'" in link
    payload = re.search(r"base64,([^']+)'", link).group(1)
    assert base64.b64decode(payload) == b"BEGIN:VCALENDAR" and "Download it" in link
