"""Pre-work and follow-up e-mails as .eml files (netkit emails)."""

from __future__ import annotations

import email
import email.policy
import re
from email.utils import getaddresses, parseaddr

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.emails import build_email, write_emails, written_date
from netkit.coach.roster import parse_roster, read_roster
from netkit.contacts.advice import FOLLOW_UP
from netkit.exceptions import NetkitError
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


# ----------------------------------------------------------------------- e-mails from a person (#23)
PEOPLE = (
    "Name,Email,Goal,Target organisations,Career stage,Workshop date,Country\n"
    "Amara Okafor,amara@example.org,Move into product design,Monzo; Arup,Freelancer,2026-12-03,GB\n"
    "Bea Lund,bea@example.org,Get back to work after a break,,Returner,,\n"
    "Cal Diaz,cal@example.org,Find a mentor,Acme,Student,2026-12-03,US\n"
)
MARKDOWN = re.compile(r"\*\*|__|`|^#+ |\[[^\]]*\]\([^)]*\)|(?<![\w*])\*[^*\s][^*]*\*(?!\w)|^\s*[-*] ", re.MULTILINE)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(scope="module", params=["room-2h", "online-90", "series-3x45"])
def every_eml(request, tmp_path_factory):
    """Both kinds for every format, written by the real command with --time and --place."""
    tmp = tmp_path_factory.mktemp(request.param)
    roster = tmp / "roster.csv"
    roster.write_text(PEOPLE, encoding="utf-8")
    place = "https://meet.example.org/abc" if request.param == "online-90" else "Room 2.14, Lyon Building"
    for kind in ("pre-work", "follow-up"):
        result = CliRunner().invoke(
            cli,
            ["emails", str(roster), "--kind", kind, "-o", str(tmp / "mail"), "--format", request.param]
            + ["--time", "18:30", "--place", place, "--date", "2026-12-10", "--coach", "Sam Rivera"],
        )
        assert result.exit_code == 0, result.output
    return request.param, sorted((tmp / "mail").glob("*.eml"))


def test_every_eml_reads_as_written_by_a_person(every_eml):
    """Greeting by first name, dates as people write them, no Markdown in the plain text, at most three
    questions and the participant's goal in the 30-day e-mail."""
    _, files = every_eml
    assert len(files) == 6
    firsts = {"amara@example.org": "Amara", "bea@example.org": "Bea", "cal@example.org": "Cal"}
    goals = {"amara@example.org": "Move into product design", "bea@example.org": "Get back to work after a break"}
    for path in files:
        message = parse(path)
        plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
        address = getaddresses([message["To"]])[0][1]
        assert plain.startswith(f"Hello {firsts[address]},\n"), plain[:40]
        assert not ISO_DATE.search(plain), ISO_DATE.search(plain)
        assert not MARKDOWN.search(plain), MARKDOWN.search(plain)
        written = {
            "amara@example.org": "Thursday 3 December 2026",  # the roster's date
            "bea@example.org": "Thursday 10 December 2026",  # --date, for a row without one
            "cal@example.org": "Thursday, December 3, 2026",  # the workshop's locale (US)
        }
        assert written[address] in plain
        if path.name.endswith(".follow-up.eml"):
            assert plain.count("?") <= 3
            if address in goals:
                assert goals[address] in plain
        else:
            assert "18:30" in plain and ("meet.example.org/abc" in plain or "Lyon Building" in plain)


def test_pre_work_says_what_to_have_ready_for_the_format(every_eml):
    """Online: a camera and a quiet place, nothing to 'bring'; in the room: a charged laptop."""
    format_name, files = every_eml
    for path in files:
        if not path.name.endswith(".pre-work.eml"):
            continue
        plain = parse(path).get_body(("plain",)).get_content()
        if format_name == "online-90":
            assert "bring" not in plain.lower() and "camera" in plain and "video call" in plain
        else:
            assert "Bring a charged laptop" in plain and "camera" not in plain
        if format_name == "series-3x45":
            assert "three 45-minute sessions" in plain


def test_freelancers_are_asked_about_clients_not_employers():
    """A roster row whose career stage is freelance gets clients or collaborators, not organisations to work for."""
    roster = parse_roster(PEOPLE)
    amara, bea = roster.participants[0], roster.participants[1]
    assert "clients or collaborators you would like to work with" in body_text(build_email(amara, "pre-work"))
    assert "work for" not in body_text(build_email(amara, "pre-work"))
    assert "organisations you would like to work for" in body_text(build_email(bea, "pre-work"))


def test_written_dates_and_a_format_that_does_not_exist():
    """ISO dates become 'Thursday 3 December 2026'; text that is not a date is kept; a wrong format is refused."""
    assert written_date("2026-12-03") == "Thursday 3 December 2026"
    assert written_date("2026-12-03", "US-NY") == "Thursday, December 3, 2026"
    assert written_date("early December") == "early December"
    with pytest.raises(NetkitError, match="no workshop format"):
        build_email(parse_roster(PEOPLE).participants[0], "pre-work", format_name="all-day")


def test_the_markdown_check_catches_markdown():
    """Guard: the pattern the e-mail test uses finds bold, code, italics, headings, links and bullets."""
    for text in ("a **b** c", "run `x`", "an *aside* here", "# Title", "[x](https://e.org)", "- item"):
        assert MARKDOWN.search(text), text
    assert not MARKDOWN.search("1. Request your export now. Me → Settings, 5 * 3 = 15.")
