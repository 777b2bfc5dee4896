"""vCard reading: per-property character sets, quoted-printable, photos, nested cards, escapes, memory."""

from __future__ import annotations

import base64
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from netkit.contacts.importers import NEEDS_NAME, read_export
from netkit.contacts.vcard import read_cards

REAL = Path(__file__).parent / "fixtures" / "real" / "vcard"


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


@pytest.mark.parametrize(
    "charset, name",
    [
        ("SHIFT_JIS", "安藤ロイド"),
        ("ISO-8859-1", "Zoë Dürr"),
        ("windows-1251", "Дмитрий Иванов"),
        ("GB18030", "王小明"),
        ("UTF-8", "Łukasz Żółw"),
    ],
)
def test_a_property_is_decoded_by_its_own_charset(charset, name):
    """Is FN decoded by its CHARSET parameter (Japanese phones write Shift JIS), whatever the rest of the file is?"""
    data = (
        (
            card(f"FN;CHARSET={charset}:", "EMAIL:a@example.org", version="2.1").replace(
                f"CHARSET={charset}:", f"CHARSET={charset}:{{}}"
            )
        )
        .encode("ascii")
        .replace(b"{}", name.encode(charset))
    )
    report = read_export(data, source="phone.vcf")
    assert [c.name for c in report.contacts] == [name]


def test_shift_jis_names_from_a_real_japanese_phone_export():
    """Is the Android test suite's Shift JIS card read as 安藤ロイド, not as mojibake?"""
    report = read_export((REAL / "android" / "v21_japanese_1.vcf").read_bytes(), source="v21_japanese_1.vcf")
    assert report.contacts[0].name == "安藤ロイド"


def test_quoted_printable_soft_line_breaks_are_joined():
    """Is a QP value continued with a trailing '=' read whole (names and organisations not cut off)?"""
    text = card(
        "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BC=",
        "ller-L=C3=BCdenscheid",
        "ORG;ENCODING=QUOTED-PRINTABLE:Verein f=C3=BCr sehr lange=",
        " Organisationsnamen e.V.",
        version="2.1",
    )
    contact = read_export(text.encode("ascii"), source="x.vcf").contacts[0]
    assert contact.name == "Jürgen Müller-Lüdenscheid"
    assert contact.organisation == "Verein für sehr lange Organisationsnamen e.V."


@pytest.mark.parametrize(
    "photo",
    [
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABA",  # bad padding
        "PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQ",  # 3.0 card with a data: URI
        "PHOTO;VALUE=uri:https://example.org/me.jpg",
        "LOGO;ENCODING=BASE64;TYPE=GIF:R0lGODlh===broken",
    ],
)
def test_a_damaged_or_unusual_photo_never_drops_the_card(photo):
    """Does a photo with bad padding or as a data: URI leave the card imported (and the photo unread)?"""
    report = read_export(card("FN:Ada Lovelace", photo, " AAAA", "EMAIL:ada@example.org").encode(), source="x.vcf")
    assert [(c.name, c.emails) for c in report.contacts] == [("Ada Lovelace", ["ada@example.org"])]
    assert any("never imported" in w.reason for w in report.warnings)


def test_two_profile_lines_like_lotus_notes_keep_the_card():
    """Is the Lotus Notes card of ez-vcard's suite (two PROFILE lines) imported?"""
    report = read_export((REAL / "ez-vcard" / "John_Doe_LOTUS_NOTES.vcf").read_bytes(), source="lotus.vcf")
    assert report.contacts[0].emails[:2] == ["john.doe@ibm.com", "billy_bob@gmail.com"]


def test_fn_is_kept_as_written_and_org_components_are_joined():
    """Is 'Mr. John Richter, James Doe Sr.' kept whole and ORG 'Company\\, The;Sales' read as a name plus unit?"""
    text = card(
        "FN:Mr. John Richter\\, James Doe Sr.",
        "ORG:Company\\, The;Sales",
        "TITLE:Rep",
        "URL:http\\://example.org/a\\,b",
        "NOTE:line one\\nline two",
    )
    contact = read_export(text.encode(), source="x.vcf").contacts[0]
    assert contact.name == "Mr. John Richter, James Doe Sr."
    assert (contact.organisation, contact.role) == ("Company, The", "Rep (Sales)")
    assert contact.url == "http://example.org/a,b" and contact.notes == "line one\nline two"


def test_an_email_only_card_is_kept_named_from_the_address_and_flagged():
    """Is a card with an e-mail but no name kept, named from the address, with a note asking for the name?"""
    report = read_export(card("EMAIL;TYPE=INTERNET:jo.nobody@example.org").encode(), source="x.vcf")
    contact = report.contacts[0]
    assert contact.name == "jo.nobody@example.org" and contact.notes.startswith(NEEDS_NAME)
    assert any("no name" in w.reason for w in report.warnings)


def test_nested_agent_cards_are_skipped_with_a_note_not_imported_or_called_cut_off():
    """Does the Android suite's nested card give one contact (the parent) and a note about the nested ones?"""
    report = read_export((REAL / "android" / "v21_nest.vcf").read_bytes(), source="v21_nest.vcf")
    assert [c.name for c in report.contacts] == ["parent"] and not report.skipped
    assert any("2 nested cards" in w.reason for w in report.warnings)
    text = card("FN:Boss", "AGENT:BEGIN:VCARD\\nFN:Assistant\\nEND:VCARD")
    report = read_export(text.encode(), source="x.vcf")
    assert [c.name for c in report.contacts] == ["Boss"] and any("AGENT" in w.reason for w in report.warnings)


def test_unreadable_lines_are_summarised_per_card_and_nothing_is_logged(caplog, capsys):
    """Are unreadable lines counted per card in the report, with nothing printed or logged by vobject?"""
    caplog.set_level(logging.DEBUG)
    report = read_export((REAL / "android" / "v21_invalid_comment_line.vcf").read_bytes(), source="c.vcf")
    assert any(w.reason.startswith("2 lines skipped in card 1") for w in report.warnings)
    assert report.contacts[0].name == "Conference Call"
    captured = capsys.readouterr()
    assert not caplog.records and not captured.out and not captured.err


def test_photos_stream_past_without_being_held():
    """Is a 2 MB photo (indented or as bare 2.1 base64 lines) skipped line by line, never joined into one value?"""
    blob = base64.b64encode(b"\xff" * 1_500_000).decode()
    folded = "\r\n ".join(blob[i : i + 74] for i in range(0, len(blob), 74))
    bare = "\r\n".join(blob[i : i + 76] for i in range(0, len(blob), 76))
    data = card("FN:Indented", f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}", "EMAIL:i@example.org") + card(
        "FN:Bare", f"PHOTO;ENCODING=BASE64;TYPE=JPEG:{bare}", "", "EMAIL:b@example.org", version="2.1"
    )
    cards = list(read_cards(data.encode()))
    assert [c.first("FN") for c in cards] == ["Indented", "Bare"]
    assert all(len(value) < 100 for c in cards for _, _, value in c.properties)
    assert [c.first("EMAIL") for c in cards] == ["i@example.org", "b@example.org"]


def test_a_30_mb_vcard_imports_in_bounded_memory(tmp_path):
    """Does a 30 MB vCard (a 15 MB photo and 34,000 cards) import with a peak resident size far under 4 GB?

    Measured in a fresh interpreter (its VmHWM); the bound is generous on purpose (the bench measures
    the real figure, ~90 MB): it catches a photo being decoded or the file being copied many times.
    """
    photo = base64.b64encode(bytes(range(256)) * 60_000).decode()
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Big Photo", "PHOTO;ENCODING=b;TYPE=JPEG:" + photo[:74]]
    lines += [" " + photo[i : i + 74] for i in range(74, len(photo), 74)]
    lines += ["END:VCARD"]
    for n in range(34_000):
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"FN:Person {n}",
            f"EMAIL:p{n}@example.org",
            "ORG:Acme;Sales",
            "TEL:+1 555 0100",
            "NOTE:" + "x" * 200,
            "END:VCARD",
        ]
    path = tmp_path / "big.vcf"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="ascii")
    assert path.stat().st_size > 30 * 2**20
    script = textwrap.dedent(f"""
        from netkit.contacts.importers import import_file
        people, report = import_file({str(path)!r})
        assert len(people) == 34_001, len(people)
        with open("/proc/self/status") as status:  # VmHWM: this process's own peak, not the parent's
            print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM")))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    peak_mb = int(result.stdout.split()[-1]) / 1024
    assert peak_mb < 400, f"peak resident size {peak_mb:.0f} MB"
