"""Imports of real export formats: LinkedIn, vCard 3/4, Google Contacts CSV, plain CSV."""

import datetime as dt
from pathlib import Path

import pytest

from netkit.contacts import Contact
from netkit.contacts.importers import decode, detect_format, import_file, import_into, parse_date, read_export
from netkit.exceptions import ImportFormatError

FIXTURES = Path(__file__).resolve().parent / "fixtures"

CONTACTS = FIXTURES / "contacts"


def test_linkedin_header_is_found_after_the_notes_preamble():
    """Is the header found after the Notes: preamble (and BOM), whatever its length?"""
    people, report = import_file(CONTACTS / "linkedin_with_notes_preamble.csv")
    assert report.format == "linkedin"
    assert [p.name for p in people][:2] == ["Ada Quillfeather", "Bram Oosterveld"]
    ada = people[0]
    assert (ada.organisation, ada.role, ada.emails, ada.connected_on) == (
        "Northwind Analytics",
        "Data Scientist",
        ["ada@example.org"],
        dt.date(2023, 1, 3),
    )
    assert ada.url.endswith("ada-quillfeather-000001")


def test_linkedin_quoted_commas_empty_emails_and_nameless_rows():
    """Are quoted commas kept, empty e-mails left empty, and nameless rows skipped with their line?"""
    people, report = import_file(CONTACTS / "linkedin_with_notes_preamble.csv")
    bram = next(p for p in people if p.name.startswith("Bram"))
    assert bram.organisation == "Tidewater Labs, Inc." and bram.emails == []
    chidi = next(p for p in people if p.name.startswith("Chidi"))
    assert chidi.role == "Nurse Lead, Ward 4"
    assert [(s.line, "no name" in s.reason) for s in report.skipped] == [(7, True)]


def test_an_ambiguous_date_is_read_in_the_files_order_and_the_order_is_reported():
    """Is 03/04/2020 in a LinkedIn file read month-first (LinkedIn's order), and does the report say so and why?"""
    people, report = import_file(CONTACTS / "linkedin_with_notes_preamble.csv")
    esme = next(p for p in people if p.name.startswith("Esme"))
    assert esme.connected_on == dt.date(2020, 3, 4)
    assert report.date_order == "month-first"
    assert any(
        "dates read month-first" in w.reason and "no date in the file settles it" in w.reason for w in report.warnings
    )


def test_unreadable_date_keeps_the_contact_and_warns():
    """Is a contact with a date that is no date kept (without the date) and the line reported?"""
    text = "First Name,Last Name,Company,Position,Connected On\nAda,Q,X,Y,03 Jan 2023\nBo,R,X,Y,sometime\n"
    report = read_export(text, source="Connections.csv")
    assert [c.connected_on for c in report.contacts] == [dt.date(2023, 1, 3), None]
    assert [w.line for w in report.warnings if "not a date" in w.reason] == [3]


def test_older_linkedin_export_without_url_column():
    """Does an older export with no URL column import, with 19-Aug-15 style dates?"""
    people, report = import_file(CONTACTS / "linkedin_old_no_url.csv")
    assert report.format == "linkedin" and len(people) == 3 and not report.skipped
    gus = people[1]
    assert (gus.organisation, gus.url, gus.connected_on) == ("Pemberton, Hale & Co", "", dt.date(2015, 8, 19))


def test_windows_1252_file_is_read():
    """Is an Excel-saved Windows-1252 CSV read with its accents?"""
    people, _ = import_file(CONTACTS / "linkedin_cp1252.csv")
    assert people[0].name == "Renée Dürr" and people[0].organisation == "Café Lumière"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("03 Jan 2023", dt.date(2023, 1, 3)),
        ("3-Jan-23", dt.date(2023, 1, 3)),
        ("Jan 3, 2023", dt.date(2023, 1, 3)),
        ("2023-01-03", dt.date(2023, 1, 3)),
        ("31/12/2020", dt.date(2020, 12, 31)),
        ("03 September 2019", dt.date(2019, 9, 3)),
    ],
)
def test_parse_date_reads_export_spellings(text, expected):
    """Are LinkedIn's and Excel's date spellings read?"""
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["03/04/2020", "yesterday", "2023"])
def test_parse_date_refuses_to_guess(text):
    """Is an ambiguous or unreadable date refused rather than guessed?"""
    with pytest.raises(ValueError):
        parse_date(text)


def test_vcard3_folded_lines_several_emails_and_utf8():
    """Are folded lines joined, all e-mails kept, escaped commas read and UTF-8 names intact?"""
    people, report = import_file(CONTACTS / "vcard3_folded.vcf")
    assert report.format == "vcard" and not report.skipped
    ilaria = people[0]
    assert ilaria.role.endswith("Long-Term Funding (Grants)")  # ORG's unit kept with the role
    assert ilaria.emails == ["ilaria.marchetti@example.org", "ilaria@example.net"]
    assert ilaria.organisation == "Bluebell Foundation"
    assert ilaria.notes == "Met at the Lisbon conference, 2022. Loves long walks; asks good questions."
    assert people[1].name == "Jun Nakamura (中村 純)"
    assert people[2].name == "Greenleaf Plumbing"  # a company card: its organisation becomes its name


def test_truncated_vcard4_is_kept_with_a_note():
    """Is a card cut off before END:VCARD kept with what it holds, and a note with its line saying to check it?"""
    people, report = import_file(CONTACTS / "vcard4_truncated.vcf")
    assert [p.name for p in people] == ["Kofi Mensah-Abara", "Lena Sørvik"]
    assert people[0].url == "https://example.gov/people/kofi"
    assert not report.skipped
    assert [w.line for w in report.warnings if "cut off" in w.reason] == [10]


def test_vcard_missing_end_before_next_card():
    """Is a card with no END before the next BEGIN kept with a note naming where the next card starts?"""
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\nBEGIN:VCARD\nVERSION:3.0\nFN:Whole\nEND:VCARD\n"
    report = read_export(text, source="x.vcf")
    assert [p.name for p in report.contacts] == ["Cut Off", "Whole"] and not report.skipped
    assert [(w.line, "no END:VCARD" in w.reason and "line 4" in w.reason) for w in report.warnings] == [(1, True)]


def test_google_contacts_csv():
    """Are names, organisation, title, notes and every e-mail (including ' ::: ' lists) read?"""
    people, report = import_file(CONTACTS / "google_contacts.csv")
    assert report.format == "google"
    maya = people[0]
    assert (maya.name, maya.organisation, maya.role, maya.notes) == (
        "Maya Lindqvist",
        "Copperfield Bank",
        "Risk Analyst",
        "Old flatmate",
    )
    assert maya.emails == ["maya@example.com", "maya.l@example.net", "maya.home@example.net"]
    assert people[1].organisation == "Cedar & Pine, LLP"
    assert [s.line for s in report.skipped] == [4]


def test_plain_csv_with_documented_header():
    """Are the documented columns read, bad values warned about and unknown columns reported?"""
    people, report = import_file(CONTACTS / "plain_contacts.csv")
    olu, pia, quentin = people
    assert (olu.ring, olu.sector, olu.last_contact, olu.could_offer) == (
        "close",
        "Nonprofit",
        dt.date(2024, 5, 31),
        "Feedback on their report",
    )
    assert pia.ring == "inner" and pia.emails == ["pia@example.com", "pia.r@example.net"]
    assert pia.last_contact == dt.date(2025, 5, 31)
    assert quentin.ring == "acquaintance" and quentin.last_contact is None
    assert [s.line for s in report.skipped] == [5]
    reasons = " ".join(w.reason for w in report.warnings)
    assert "favourite colour" in reasons and "sometimes" in reasons and "yesterday" in reasons


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("linkedin_with_notes_preamble.csv", "linkedin"),
        ("linkedin_old_no_url.csv", "linkedin"),
        ("vcard3_folded.vcf", "vcard"),
        ("vcard4_truncated.vcf", "vcard"),
        ("google_contacts.csv", "google"),
        ("plain_contacts.csv", "csv"),
    ],
)
def test_format_is_detected_from_content(name, fmt):
    """Is each fixture's format detected from its content?"""
    assert detect_format(decode((CONTACTS / name).read_bytes())) == fmt


def test_unknown_file_gives_a_fixable_error():
    """Does a file that is no contacts export raise an error that says what to do?"""
    with pytest.raises(ImportFormatError) as info:
        import_file(CONTACTS / "not_contacts.txt")
    assert "How to fix" in str(info.value) and "not_contacts.txt" in str(info.value)


def test_forcing_the_wrong_format_is_reported():
    """Does --format linkedin on a vCard explain that no LinkedIn header was found?"""
    with pytest.raises(ImportFormatError) as info:
        import_file(CONTACTS / "vcard3_folded.vcf", format="linkedin")
    assert "header" in str(info.value)


def test_binary_file_is_refused():
    """Is a binary file refused with a message rather than decoded to garbage?"""
    with pytest.raises(ImportFormatError):
        read_export(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00", source="photo.png")


def test_importing_the_same_file_twice_does_not_duplicate():
    """Does a second import of the same export merge everyone and add nobody?"""
    people, first = import_file(CONTACTS / "linkedin_with_notes_preamble.csv")
    people, second = import_file(CONTACTS / "linkedin_with_notes_preamble.csv", people)
    assert (first.imported, second.imported, second.merged, len(people)) == (5, 0, 5, 5)
    assert "0 new contacts, 5 merged, 1 skipped (line 7)" in second.summary()


def test_import_merges_with_contacts_entered_by_hand():
    """Does an export fill in a contact typed by hand instead of adding a twin?"""
    mine = [Contact("Ada Quillfeather", organisation="Northwind Analytics", ring="inner")]
    people, report = import_into(
        mine, (CONTACTS / "linkedin_with_notes_preamble.csv").read_bytes(), source="Connections.csv"
    )
    assert report.merged == 1 and people[0].ring == "inner" and people[0].emails == ["ada@example.org"]


def test_report_json_holds_no_personal_data():
    """Does the stored import summary hold counts and reasons but no names or e-mails?"""
    _, report = import_file(CONTACTS / "linkedin_with_notes_preamble.csv")
    text = str(report.to_json())
    assert "Ada" not in text and "example.org" not in text and "linkedin_with_notes_preamble.csv" in text


def test_multiline_quoted_cell_keeps_line_numbers_right():
    """After a quoted cell spanning two lines, are later skipped rows reported at their real line?"""
    text = 'name,notes\nA,"two\nlines"\n,orphan\nB,x\n'
    report = read_export(text, source="c.csv", format="csv")
    assert [p.name for p in report.contacts] == ["A", "B"] and report.skipped[0].line == 4


# ---------------------------------------------------------------------- layouts, dates, merges (issue 13)
LAYOUTS = CONTACTS / "layouts"


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("outlook_full.csv", "outlook"),
        ("outlook_short.csv", "outlook"),
        ("google_old.csv", "google"),
        ("google_new.csv", "google"),
        ("linkedin_2018.csv", "linkedin"),
        ("linkedin_no_email.csv", "linkedin"),
        ("numbers_semicolon.csv", "csv"),
        ("excel_unicode_text.txt", "csv"),
    ],
)
def test_each_makers_layout_is_recognised(name, fmt):
    """Is Outlook's export no longer taken for LinkedIn, and is every maker's header recognised?"""
    _, report = import_file(LAYOUTS / name)
    assert report.format == fmt


def test_outlook_keeps_emails_job_titles_and_is_not_labelled_linkedin():
    """Does the full Outlook form keep e-mails and job titles, read 'Title' as Mr./Dr., and not say LinkedIn?"""
    people, _report = import_file(LAYOUTS / "outlook_full.csv")
    amara = people[0]
    assert (amara.name, amara.emails, amara.role) == (
        "Dr. Amara N. Okafor",
        ["amara.okafor@example.org"],
        "Lead Scientist (Research)",
    )
    assert people[2].emails == ["chloe@example.net"]  # E-mail 2 Address kept, the '-' in E-mail Address not
    assert not any(p.how_we_know == "LinkedIn connection" for p in people)


@pytest.mark.parametrize("fmt", ["google", "csv", "outlook"])
def test_forcing_a_csv_format_on_an_outlook_file_still_reads_it(fmt):
    """Do --format google / csv on an Outlook export read its columns instead of refusing it?"""
    _, report = import_file(LAYOUTS / "outlook_short.csv", format=fmt)
    assert [c.emails for c in report.contacts] == [["priya.raman@example.org"], ["tomas@example.ie"]]


def test_placeholder_emails_are_never_merge_keys():
    """Are 63 different people whose e-mail is '-' (or n/a, none, .) kept as 63 contacts?"""
    fillers = ["-", "n/a", "none", ".", "N/A", "--", "x"]
    rows = "".join(f"Person {n},Org {n},{fillers[n % len(fillers)]}\n" for n in range(63))
    people, report = import_into([], "name,organisation,email\n" + rows, source="c.csv")
    assert len(people) == 63 and report.merged == 0 and all(p.emails == [] for p in people)
    assert any("63 placeholder e-mails" in w.reason for w in report.warnings)


def test_an_invalid_email_is_kept_but_never_merges():
    """Is a malformed address kept on the contact, yet two different people sharing it stay two?"""
    people, report = import_into([], "name,email\nAna,ana at example\nBo,ana at example\n", source="c.csv")
    assert [p.emails for p in people] == [["ana at example"], ["ana at example"]] and report.merged == 0


def test_same_name_and_company_with_different_profiles_stay_two_people():
    """Are two LinkedIn profiles with the same name at the same company two contacts, not one?"""
    people, report = import_file(LAYOUTS / "linkedin_no_email.csv")
    assert [p.url[-6:] for p in people] == ["000001", "000002"] and report.merged == 0


def test_every_merge_is_reported_with_both_sources_and_the_reason():
    """Does the report say which record was merged into whom, from which sources, and why?"""
    mine = [Contact("Hannah Berg", organisation="Polar Labs", ring="close")]
    people, report = import_into(mine, (LAYOUTS / "linkedin_2018.csv").read_bytes(), source="Connections.csv")
    assert len(people) == 2 and report.merged == 2
    assert report.merges == [
        "line 2: 'Hannah Berg' into 'Hannah Berg' (entered by hand): same name and organisation",
        "line 4: 'Hannah Berg' into 'Hannah Berg' (from linkedin): same name and organisation",
    ]  # filled by line 2
    assert all(line.startswith("merged line") for line in report.details() if "Hannah" in line)


def test_summary_counts_are_pluralised():
    """Does the summary say '1 new contact' and '2 new contacts', never '1 contacts'?"""
    _, one = import_into([], "name\nAda\n", source="a.csv")
    _, two = import_into([], "name\nAda\nBo\n", source="a.csv")
    assert "1 new contact," in one.summary() and "2 new contacts," in two.summary()


def test_linkedin_2018_dates_are_read():
    """Are LinkedIn's 2018 '1/8/18, 6:14 PM' dates read (month-first, as the file proves)?"""
    people, report = import_file(LAYOUTS / "linkedin_2018.csv")
    assert [p.connected_on for p in people] == [dt.date(2018, 1, 8), dt.date(2017, 12, 24)]
    assert report.date_order == "month-first" and "'12/24/17, 9:02 AM' on line 3" in " ".join(
        w.reason for w in report.warnings
    )


def test_day_first_is_decided_per_file_not_per_row():
    """Is 03.04.2024 read as 3 April because another row of the same file (31.12.2023) proves day-first?"""
    people, report = import_file(LAYOUTS / "numbers_semicolon.csv")
    assert [p.last_contact for p in people] == [dt.date(2023, 12, 31), dt.date(2024, 4, 3), dt.date(2024, 6, 5)]
    assert report.date_order == "day-first"
    month_first = "name,last_contact\nA,12/31/2023\nB,03/04/2024\n"
    assert [c.last_contact for c in read_export(month_first, source="m.csv").contacts] == [
        dt.date(2023, 12, 31),
        dt.date(2024, 3, 4),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1/8/18, 6:14 PM", None),
        ("Tuesday, January 3, 2023", dt.date(2023, 1, 3)),
        ("2023-01-03 00:00:00", dt.date(2023, 1, 3)),
        ("19-Aug-15", dt.date(2015, 8, 19)),
        ("31.12.2020", dt.date(2020, 12, 31)),
        ("2023-01-03T10:15:00Z", dt.date(2023, 1, 3)),
    ],
)
def test_parse_date_reads_every_export_spelling(text, expected):
    """Are the spellings Outlook, Google, LinkedIn and Excel write read (ambiguous ones only with an order)?"""
    if expected is None:
        with pytest.raises(ValueError):
            parse_date(text)
        assert parse_date(text, dayfirst=False) == dt.date(2018, 1, 8)
    else:
        assert parse_date(text) == expected


def test_a_guessed_encoding_and_upstream_mojibake_are_reported():
    """Does the report name a guessed encoding, and point at text already damaged by a wrong decode?"""
    _, report = import_file(LAYOUTS / "apple_contacts_excel.csv")
    assert any("Mac Roman" in w.reason and "a guess" in w.reason for w in report.warnings)
    damaged = read_export("name,organisation\nJosÃ© Ãlvarez,CafÃ© Lumen\n".encode(), source="d.csv")
    assert any("line 2" in w.reason and "'é'" in w.reason for w in damaged.warnings)


def test_an_export_over_the_size_cap_is_refused_with_a_message(monkeypatch, tmp_path):
    """Is a file over the import cap refused (before reading) with the size and what to do?"""
    import netkit.contacts.importers as importers

    monkeypatch.setattr(importers, "MAX_IMPORT_BYTES", 1000)
    path = tmp_path / "big.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\n" + b"NOTE:" + b"x" * 2000 + b"\r\nEND:VCARD\r\n")
    with pytest.raises(ImportFormatError, match="up to 0 MB") as err:
        import_file(path)
    assert "photos" in err.value.fix
    with pytest.raises(ImportFormatError):
        import_into([], path.read_bytes(), source="upload.vcf")


def test_an_xlsx_given_as_contacts_is_named():
    """Is an Excel workbook uploaded as contacts named as one, with how to save it as CSV?"""
    with pytest.raises(ImportFormatError) as err:
        read_export(b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml" + bytes(200), source="c.xlsx")
    assert "Excel workbook" in err.value.what and "CSV UTF-8" in err.value.fix


def test_forcing_vcard_on_a_csv_says_there_is_no_card():
    """Does --format vcard on a CSV explain that the file holds no vCard, instead of importing nothing?"""
    with pytest.raises(ImportFormatError, match="no vCard"):
        import_file(CONTACTS / "google_contacts.csv", format="vcard")
