"""Pre-work and follow-up e-mails as .eml files (netkit emails)."""

from __future__ import annotations

import email
import email.policy
from email.utils import getaddresses, parseaddr

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.emails import build_email, write_emails
from netkit.coach.roster import parse_roster, read_roster
from netkit.contacts.advice import FOLLOW_UP
from netkit.resources import example_roster

ROSTER = (
    "Name,Email,Goal,Target organisations,Phone\n"
    "Sofía Ramírez,sofia@example.org,Return to work,Monzo; Nationwide,+44 1\n"
    "Li Wei (李伟),li.wei@example.org,Get known,Ørsted,+44 2\n"
    "No Mail,,Find a mentor,,+44 3\n"
    "Typo Person,typo.example.org,,,\n"
    'Zoë Öberg,"Zoë <zoe@example.org>",Be a connector,Arup,+44 4\n'
)


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def body_text(message) -> str:
    return message.get_body(("plain",)).get_content() + message.get_body(("html",)).get_content()


@pytest.fixture(scope="module", params=["pre-work", "follow-up"])
def written(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    roster = tmp / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "emails",
            str(roster),
            "--kind",
            request.param,
            "-o",
            str(tmp / "mail"),
            "--link",
            "https://hub.example.org/start",
            "--coach",
            "Sam Rivera",
            "--workshop",
            "Networking that lasts",
            "--date",
            "3 December",
            "--from",
            "Sam Rivera <sam@example.org>",
        ],
    )
    assert result.exit_code == 0, result.output
    return request.param, tmp / "mail", result.output


def test_one_parseable_eml_per_participant_with_an_address(written):
    """Does each participant with an address get one .eml, To their name and address, with both parts?"""
    kind, mail, _ = written
    files = sorted(mail.glob("*.eml"))
    assert len(files) == 3 and all(f.name.endswith(f".{kind}.eml") for f in files)
    recipients = {}
    for path in files:
        message = parse(path)
        assert message["Subject"] and "Networking that lasts" in message["Subject"]
        assert message["From"] == "Sam Rivera <sam@example.org>"
        assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
        ((display, address),) = getaddresses([message["To"]])
        recipients[address] = display
    assert recipients == {
        "sofia@example.org": "Sofía Ramírez",
        "li.wei@example.org": "Li Wei (李伟)",
        "zoe@example.org": "Zoë Öberg",
    }


def test_rows_without_a_usable_address_are_listed_not_guessed(written):
    """Are the row with no e-mail and the one with a broken address reported, and no file made for them?"""
    _, mail, output = written
    assert "No Mail (roster line 4): no e-mail address" in output
    assert "Typo Person (roster line 5)" in output and "does not look like an e-mail address" in output
    assert not [p for p in mail.iterdir() if "no-mail" in p.name or "typo" in p.name]


def test_no_email_holds_another_participants_details(written):
    """Does each e-mail hold only its own participant's name, address and organisations?"""
    _, mail, _ = written
    roster = parse_roster(ROSTER)
    for path in mail.glob("*.eml"):
        message = parse(path)
        whole = path.read_text(encoding="utf-8", errors="replace") + body_text(message) + str(message["To"])
        own = getaddresses([message["To"]])[0][1]
        for other in roster.participants:
            if parseaddr(other.email)[1] == own:
                assert f"Hello {other.name.split()[0]}," in body_text(message)
                continue
            address = parseaddr(other.email)[1]
            assert other.name not in whole and (not address or address not in whole)
            for org in other.fields["target_organisations"].split(";"):
                if org.strip() and org.strip() != "Arup":
                    assert org.strip() not in body_text(message)


def test_pre_work_says_what_to_bring_and_why_the_export_is_requested_now(tmp_path):
    """Does the pre-work e-mail explain the LinkedIn export (and why now), the organisations and the link?"""
    sofia = parse_roster(ROSTER).participants[0]
    text = body_text(build_email(sofia, "pre-work", link="https://mybinder.org/v2/gh/x/y/HEAD"))
    assert "Get a copy of your data" in text and "up to a day" in text and "that is why now" in text
    assert "Monzo, Nationwide; add one or two more" in text
    assert "https://mybinder.org/v2/gh/x/y/HEAD" in text and "laptop" in text


def test_follow_up_asks_the_check_in_questions_and_says_how_to_resume():
    """Does the 30-day e-mail ask how the plan went and explain resuming the workbook?"""
    li = parse_roster(ROSTER).participants[1]
    text = body_text(build_email(li, "follow-up", coach="Sam"))
    assert "first person on your stay-in-touch plan" in text and FOLLOW_UP.short in text
    assert "Carry on from a file" in text and "buddy" in text and "“Get known”" in text


def test_user_text_is_escaped_in_the_html_part():
    """Is a hostile name shown literally in the HTML part, never as markup?"""
    roster = parse_roster('Name,Email,Goal\n"<script>x()</script> Ada",ada@example.org,"<b>win</b>"\n')
    for kind in ("pre-work", "follow-up"):
        html = build_email(roster.participants[0], kind).get_body(("html",)).get_content()
        assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html and "&lt;b&gt;win" in html


def test_example_roster_gives_everyone_an_email(tmp_path):
    """Does the bundled cohort (all with addresses) give six e-mails and no skipped rows?"""
    report = write_emails(read_roster(example_roster()), "follow-up", tmp_path)
    assert len(report.written) == 6 and not report.skipped


def test_missing_workshop_details_are_pointed_out(tmp_path):
    """Without a date or coach anywhere, does the summary say which option would fill them in?"""
    report = write_emails(parse_roster("Name,Email\nAna,ana@example.org\n"), "pre-work", tmp_path, workshop="W")
    assert report.missing == ["--date", "--coach"]
    assert "no date and none was given with --date" in report.summary()
    text = body_text(parse(report.written[0]))
    assert "You are booked on W. " in text and "See you soon," in text and "Your coach" in text
    assert "workshop day" not in text and "with your coach" not in text


def test_a_line_break_in_a_roster_cell_cannot_add_a_header():
    """Does a workshop title with CR/LF + 'Bcc:' stay inside the Subject instead of adding a recipient?"""
    roster = parse_roster('Name,Email,Workshop\nAna,ana@example.org,"Lasting\r\nBcc: evil@example.org"\n')
    message = email.message_from_bytes(
        build_email(roster.participants[0], "pre-work").as_bytes(), policy=email.policy.default
    )
    assert message["Bcc"] is None and message["Subject"].startswith("Before Lasting Bcc: evil@example.org")
    assert [a for _, a in getaddresses(message.get_all("To"))] == ["ana@example.org"]
