"""`netkit contacts import / map / export` through click's CliRunner."""

import json
from pathlib import Path

from click.testing import CliRunner

from netkit.cli import cli
from netkit.cli.contacts import contacts
from netkit.cli_errors import friendly_errors

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "contacts"


def test_contacts_group_is_attached_to_netkit():
    """Is `netkit contacts` available from the main command?"""
    assert cli.commands["contacts"] is contacts


def test_import_creates_then_merges_and_prints_one_line(tmp_path):
    """Does import create contacts.json, print one summary line, and not duplicate on a second run?"""
    out = tmp_path / "contacts.json"
    runner = CliRunner()
    first = runner.invoke(
        cli, ["contacts", "import", str(FIXTURES / "linkedin_with_notes_preamble.csv"), "-o", str(out)]
    )
    assert first.exit_code == 0, first.output
    assert first.stdout.strip().count("\n") == 0 and "5 new contacts, 0 merged, 1 skipped (line 7)" in first.stdout
    assert "line 7" in first.stderr
    second = runner.invoke(
        cli, ["contacts", "import", str(FIXTURES / "linkedin_with_notes_preamble.csv"), "-o", str(out)]
    )
    assert "0 new contacts, 5 merged" in second.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["kind"] == "netkit-contacts" and len(doc["contacts"]) == 5


def test_import_with_explicit_format_and_other_sources(tmp_path):
    """Do vCard and Google files merge into the same contacts file?"""
    out = tmp_path / "c.json"
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["contacts", "import", str(FIXTURES / "vcard3_folded.vcf"), "--format", "vcard", "-o", str(out)]
        ).exit_code
        == 0
    )
    result = runner.invoke(cli, ["contacts", "import", str(FIXTURES / "google_contacts.csv"), "-o", str(out)])
    assert "holds 5 contacts" in result.stdout


def test_bad_file_is_an_error_message_not_a_traceback(tmp_path):
    """Does an unreadable file print 'Error: … How to fix' and exit 2, leaving contacts.json alone?"""
    out = tmp_path / "c.json"
    result = CliRunner().invoke(cli, ["contacts", "import", str(FIXTURES / "not_contacts.txt"), "-o", str(out)])
    assert result.exit_code == 2 and result.stderr.startswith("Error:") and "How to fix" in result.stderr
    assert not out.exists()


def test_foreign_contacts_file_is_not_overwritten(tmp_path):
    """Is an -o file that is not a netkit contacts file refused rather than replaced?"""
    out = tmp_path / "c.json"
    out.write_text('{"precious": true}')
    result = CliRunner().invoke(cli, ["contacts", "import", str(FIXTURES / "vcard3_folded.vcf"), "-o", str(out)])
    assert result.exit_code == 2 and json.loads(out.read_text()) == {"precious": True}


def test_map_writes_a_png_for_the_coach_and_the_participants_svg(tmp_path):
    """Does `netkit contacts map` write a PNG (matplotlib) or the participant's SVG (names as text),
    by the file's suffix, and refuse any other kind?"""
    import xml.etree.ElementTree as ET

    data = tmp_path / "c.json"
    runner = CliRunner()
    runner.invoke(cli, ["contacts", "import", str(FIXTURES / "plain_contacts.csv"), "-o", str(data)])
    for kind in ("png", "svg"):
        result = runner.invoke(
            cli, ["contacts", "map", str(data), "-o", str(tmp_path / f"map.{kind}"), "--name", "Ada"]
        )
        assert result.exit_code == 0, result.output
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg") and root.get("role") == "img"
    assert "Ada's network" in root.find("{http://www.w3.org/2000/svg}title").text
    bad = runner.invoke(cli, ["contacts", "map", str(data), "-o", str(tmp_path / "map.gif")])
    assert bad.exit_code == 2


def test_export_writes_a_spreadsheet_safe_csv_that_imports_back(tmp_path):
    """Does export write a BOM CSV with formula cells neutralised, which imports back?"""
    data = tmp_path / "c.json"
    data.write_text(
        json.dumps(
            {"kind": "netkit-contacts", "schema": 1, "contacts": [{"id": "1", "name": "=cmd()", "ring": "close"}]}
        )
    )
    runner = CliRunner()
    assert runner.invoke(cli, ["contacts", "export", str(data), "-o", str(tmp_path / "c.csv")]).exit_code == 0
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'=cmd()" in raw
    back = runner.invoke(cli, ["contacts", "import", str(tmp_path / "c.csv"), "-o", str(tmp_path / "d.json")])
    assert "1 new" in back.stdout


def test_every_command_has_an_example_in_its_help():
    """Does every contacts command document itself with an Example: block?"""
    for name, command in contacts.commands.items():
        assert "Example:" in (command.help or ""), name


def test_friendly_errors_is_shared_from_cli_errors():
    """Is the shared decorator usable without importing netkit.cli (no circular import)?"""
    import subprocess
    import sys

    code = "import netkit.cli_errors, sys; sys.exit('netkit.cli' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    assert callable(friendly_errors)
