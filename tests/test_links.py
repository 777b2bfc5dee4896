"""Personal links to the no-server site: the fragment codec, `netkit links` and `netkit emails --lite-url`."""

from __future__ import annotations

import csv
import email
import email.policy
import io
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.profile import PROFILE_IDS
from netkit.workbook.personal_link import (
    LINK_FIELDS,
    PersonalLinkError,
    decode_fragment,
    encode_fragment,
    personal_link,
)

HOSTILE = "Zoë </script><img src=x onerror=alert(1)> 中村 =cmd|' /C calc'!A0"


def test_the_link_carries_the_welcome_page_fields_only():
    """Are the link's fields exactly the welcome page's, with e-mail, hub user and unknown keys dropped?"""
    assert LINK_FIELDS == PROFILE_IDS == ("name", "goal", "career_stage", "target_sectors", "target_organisations")
    fragment = encode_fragment(
        {"name": " Ada  Lovelace ", "goal": "a mentor", "email": "ada@example.org", "hub_user": "ada", "x": "y"}
    )
    assert decode_fragment(fragment) == {"name": "Ada Lovelace", "goal": "a mentor"}
    assert decode_fragment("#" + fragment) == decode_fragment(fragment)


@pytest.mark.parametrize("name", [HOSTILE, "Ada", "李小龍", 'O\'Brien & Søn "the" #1 ?a=b'])
def test_any_name_survives_the_round_trip_in_url_safe_characters(name):
    """Does every name come back exactly, through a fragment made only of URL-safe characters?"""
    link = personal_link("https://coach.example.org/kit", {"name": name, "goal": "line 1\nline 2"})
    parts = urlsplit(link)
    assert parts.path == "/kit/" and not parts.query
    assert all(c.isalnum() or c in "=._-" for c in parts.fragment)
    assert decode_fragment(parts.fragment) == {"name": name, "goal": "line 1\nline 2"}


def test_every_one_character_typo_is_caught():
    """Is a change of any one character of the fragment refused (the checksum), never a wrong workbook?"""
    fragment = encode_fragment({"name": "Ada Lovelace", "goal": "a mentor in fintech"})
    for index in range(len("for="), len(fragment)):
        for replacement in "A0_-.f":
            if fragment[index] == replacement:
                continue
            changed = fragment[:index] + replacement + fragment[index + 1 :]
            with pytest.raises(PersonalLinkError):
                decode_fragment(changed)


@pytest.mark.parametrize("cut", [1, 5, 9, 20])
def test_a_cut_off_link_is_caught(cut):
    """Does a link cut off by a mail client say it is damaged?"""
    fragment = encode_fragment({"name": "Ada Lovelace", "goal": "a mentor"})
    with pytest.raises(PersonalLinkError):
        decode_fragment(fragment[:-cut])


@pytest.mark.parametrize(
    "fragment", ["for=", "for=abc", "other=1", "for=!!!.00000000", "x" * 20_000, "for=W10.00000000"]
)
def test_foreign_fragments_are_refused_with_a_fix(fragment):
    """Are fragments that are not ours refused with a message that says what to do?"""
    with pytest.raises(PersonalLinkError) as info:
        decode_fragment(fragment)
    assert "link" in info.value.message and info.value.fix


def test_a_valid_checksum_over_a_non_object_is_refused():
    """Is a well-formed fragment whose payload is not a JSON object (a list) refused too?"""
    import base64
    import zlib

    payload = base64.urlsafe_b64encode(b'["Ada"]').decode().rstrip("=")
    with pytest.raises(PersonalLinkError, match="cannot be read"):
        decode_fragment(f"for={payload}.{zlib.crc32(payload.encode()) & 0xFFFFFFFF:08x}")


def test_a_plain_link_has_no_details():
    """Does the site's own address (no fragment) give no details and no error?"""
    assert decode_fragment("") == {} and decode_fragment("#") == {}


def test_only_web_addresses_make_links():
    """Is a site address that is not http(s) refused (a javascript: or file: link is never mailed)?"""
    for bad in ("javascript:alert(1)", "file:///tmp/site", "coach.github.io/kit", ""):
        with pytest.raises(Exception) as info:
            personal_link(bad, {"name": "Ada"})
        assert "--lite-url" in str(info.value)
    assert personal_link("http://192.0.2.1:8000", {"name": "A"}).startswith("http://192.0.2.1:8000/#for=")
    assert personal_link("https://x.org/kit/index.html", {"name": "A"}).startswith("https://x.org/kit/index.html#")


ROSTER = (
    "Name,Email,Goal,Career stage\n"
    f'"{HOSTILE}",zoe@example.org,"a mentor, soon",early\n'
    "Bo Berg,bo@example.org,find a job,mid\n"
)


def test_netkit_links_writes_a_csv_a_coach_can_open(tmp_path):
    """Does `netkit links -o links.csv` give one row per participant whose link opens their own details,
    with spreadsheet formulas defused and no e-mail address in any link?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "links.csv"
    result = CliRunner().invoke(
        cli, ["links", str(roster), "--lite-url", "https://coach.github.io/kit/", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["email"] for row in rows] == ["zoe@example.org", "bo@example.org"]
    for row, name in zip(rows, (HOSTILE, "Bo Berg"), strict=True):
        fragment = urlsplit(row["link"]).fragment
        assert decode_fragment(fragment)["name"] == name
        assert "example.org" not in row["link"]
    assert "2 personal links" in result.output


def test_netkit_links_prints_a_table_without_o(tmp_path):
    """Without -o, does `netkit links` print name and link for each participant?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    result = CliRunner().invoke(cli, ["links", str(roster), "--lite-url", "http://192.0.2.7:8000/"])
    assert result.exit_code == 0, result.output
    assert "Bo Berg" in result.output and "http://192.0.2.7:8000/#for=" in result.output


def test_netkit_links_refuses_a_bad_address(tmp_path):
    """Is a --lite-url that is not a web address refused with the option named, no traceback?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    result = CliRunner().invoke(cli, ["links", str(roster), "--lite-url", "coach.github.io/kit"])
    assert result.exit_code != 0 and "--lite-url" in result.output and "Traceback" not in result.output


def test_pre_work_emails_carry_each_participants_own_link(tmp_path):
    """Does `netkit emails --kind pre-work --lite-url` put each participant's own link in their e-mail only?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "mail"
    result = CliRunner().invoke(
        cli,
        ["emails", str(roster), "--kind", "pre-work", "-o", str(out), "--lite-url", "https://coach.github.io/kit/"],
    )
    assert result.exit_code == 0, result.output
    bodies = {}
    for path in sorted(out.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        bodies[str(message["To"])] = message.get_body(preferencelist=("plain",)).get_content()
    assert len(bodies) == 2
    for to, body in bodies.items():
        fragments = [word.split("#", 1)[1].rstrip(".,)") for word in body.split() if "coach.github.io/kit/#" in word]
        assert len(fragments) == 1, body
        name = decode_fragment(fragments[0])["name"]
        assert ("Bo Berg" in to) == (name == "Bo Berg")
