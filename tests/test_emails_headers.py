"""E-mail headers within the standard's limits, a checked --from, and no bidirectional tricks in names or addresses."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.emails import MAX_DISPLAY_NAME, build_email, check_sender, first_name, write_emails
from netkit.coach.roster import parse_roster
from netkit.exceptions import NetkitError, RosterError

#: RFC 5322 2.1.1: a line MUST be no more than 998 characters (without CRLF), SHOULD be no more than 78.
HARD_LIMIT = 998

LONG_NAMES = {
    "ascii word": "A" * 5000,
    "ascii words": " ".join(["Bartholomew"] * 450),
    "accented word": "Ã©" * 2500,
    "cjk": "李" * 5000,
    "mixed": ("Zoë-" + "x" * 300 + " ") * 15,
}


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\r\n") if b"\r\n" in data else data.split(b"\n")


@pytest.mark.parametrize("kind", ["pre-work", "follow-up"])
@pytest.mark.parametrize("name", list(LONG_NAMES.values()), ids=list(LONG_NAMES))
def test_every_line_of_an_email_stays_within_998_characters(name, kind):
    """Does a 5,000-character name (or subject) fold into lines the e-mail standard allows, and read back whole?"""
    roster = parse_roster(f'Name,Email,Workshop\n"{name}",ada@example.org,"{name[:3000]}"\n', where="r.csv")
    message = build_email(roster.participants[0], kind, sender="Sam Rivera <sam@example.org>")
    data = message.as_bytes()
    longest = max(len(line) for line in _lines(data))
    assert longest <= HARD_LIMIT, f"a line of {longest} characters"
    back = email.message_from_bytes(data, policy=email.policy.default)
    shown = back["To"].addresses[0].display_name
    squeezed = "".join(name.split())
    # A name over MAX_DISPLAY_NAME is shortened in the header (readers may space the encoded words apart) …
    assert "".join(shown.split()).rstrip("\u2026") == squeezed[: len("".join(shown.split()).rstrip("\u2026"))]
    assert len("".join(shown.split())) <= MAX_DISPLAY_NAME
    # … and the text still greets them by their first name, whole.
    first = first_name(roster.participants[0])
    assert f"Hello {first}," in " ".join(back.get_body(("plain",)).get_content().split())
    assert back["To"].addresses[0].addr_spec == "ada@example.org"
    assert " ".join(name[:3000].split()) in " ".join(str(back["Subject"]).split())


def test_a_long_address_is_folded_or_refused():
    """Is an address with a very long local part kept within the limit or listed as unusable, never a long line?"""
    local = "a" * 900
    roster = parse_roster(f"Name,Email\nAda,{local}@example.org\n", where="r.csv")
    try:
        data = build_email(roster.participants[0], "pre-work").as_bytes()
    except ValueError:
        return  # reported as an unusable address: fine
    assert max(len(line) for line in _lines(data)) <= HARD_LIMIT


@pytest.mark.parametrize(
    "sender",
    [
        "Sam <sam@example.org>\r\nBcc: everyone@example.org",
        "sam@example.org\nX-Evil: 1",
        "Sam\x00 <sam@example.org>",
        "Sam \u202eevil\u202c <sam@example.org>",
        "sam\u2066@example.org",
        "not an address",
        "Sam <sam@>",
        "sam@example.org, eve@example.org",
        "Sam " + "S" * 5000 + " <sam@example.org>",
    ],
    ids=["crlf-bcc", "lf-header", "nul", "rlo-name", "isolate-address", "no-at", "no-domain", "two", "huge"],
)
def test_a_bad_from_is_refused_before_anything_is_written(tmp_path, sender):
    """Is a --from with a line break, a control or bidi character, or not one address refused, with nothing written?"""
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Email\nAda,ada@example.org\nBob,bob@example.org\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["emails", str(roster), "--kind", "pre-work", "-o", str(tmp_path / "mail"), "--from", sender]
    )
    assert result.exit_code == 2, result.output
    assert "--from" in result.output
    assert "add their address" not in result.output
    assert not (tmp_path / "mail").exists() or not list((tmp_path / "mail").glob("*.eml"))
    with pytest.raises(NetkitError):
        check_sender(sender)


@pytest.mark.parametrize(
    "sender",
    [
        "",
        "sam@example.org",
        "Sam Rivera <sam@example.org>",
        '"Rivera, Sam" <sam@example.org>',
        "Zoë Ørsted <zoe@example.org>",
    ],
)
def test_a_good_from_is_kept(tmp_path, sender):
    """Is an ordinary --from (or none) accepted and put in the From header as given?"""
    assert check_sender(sender) == sender.strip()
    report = write_emails(parse_roster("Name,Email\nAda,ada@example.org\n"), "pre-work", tmp_path / "m", sender=sender)
    back = email.message_from_bytes(report.written[0].read_bytes(), policy=email.policy.default)
    if sender:
        assert back["From"].addresses[0].addr_spec == sender.rpartition("<")[2].rstrip(">") or sender
    else:
        assert back["From"] is None


BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
@pytest.mark.parametrize("column", ["name", "email"])
def test_bidirectional_controls_are_refused_in_the_roster(char, column):
    """Is a right-to-left override (or another bidi embedding or isolate) in a name or address refused?"""
    name, address = (
        ("Ada " + char + "gnp.exe", "ada@example.org") if column == "name" else ("Ada", f"ada{char}@example.org")
    )
    with pytest.raises(RosterError) as caught:
        parse_roster(f"Name,Email\nBob,bob@example.org\n{name},{address}\n", where="roster.csv")
    assert caught.value.line == 3 and f"U+{ord(char):04X}" in caught.value.message


def test_right_to_left_names_themselves_are_welcome():
    """Are Arabic and Hebrew names (with the ordinary direction marks RLM/LRM) still accepted?"""
    roster = parse_roster("Name,Email\nليلى حداد,layla@example.org\nנועה כהן\u200f,noa@example.org\n", where="r.csv")
    assert roster.participants[0].name == "ليلى حداد"


def test_the_cli_writes_nothing_and_says_why_for_a_bidi_roster(tmp_path):
    """Does `netkit emails` stop with the roster line for a name holding U+202E, writing no e-mail?"""
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Email\nAda \u202eevil,ada@example.org\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["emails", str(roster), "--kind", "pre-work", "-o", str(tmp_path / "mail")])
    assert result.exit_code == 2 and "U+202E" in result.output
    assert not Path(tmp_path / "mail").exists()
