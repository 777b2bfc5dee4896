"""The importer against real files from contact software's public test suites (tests/fixtures/real/SOURCES).

Counts are checked against an independent reader (a plain scan for BEGIN:VCARD at depth 0, and the
csv module with the delimiter given in the table), and the first contact of each file against a
table of expectations written from reading the files.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from netkit.contacts.importers import import_file, read_export

REAL = Path(__file__).parent / "fixtures" / "real"
LAYOUTS = Path(__file__).parent / "fixtures" / "contacts" / "layouts"

#: (file under real/, contacts imported, first contact's name, its first e-mail, its organisation)
VCARDS = [
    ("vcard/android/v21_adr_multiple_line.vcf", 1, "bogus", None, ""),
    ("vcard/android/v21_android_custom_prop.vcf", 0, None, None, None),
    ("vcard/android/v21_backslash.vcf", 1, "A;B\\C;D:E\\\\", None, ""),
    ("vcard/android/v21_base64_no_2_crlf.vcf", 1, "fullname", None, ""),
    ("vcard/android/v21_blackberry_photo.vcf", 1, "boogie", "forrestgump@walladalla.com", ""),
    ("vcard/android/v21_complicated.vcf", 1, "Joe Due", "forrestgump@walladalla.com", "Gump Shrimp Co."),
    ("vcard/android/v21_im.vcf", 0, None, None, None),
    ("vcard/android/v21_invalid_comment_line.vcf", 1, "Conference Call", None, ""),
    ("vcard/android/v21_invalid_multiple_line.vcf", 1, "Omega", "omega@example.com", ""),
    ("vcard/android/v21_japanese_1.vcf", 1, "安藤ロイド", None, ""),
    ("vcard/android/v21_japanese_2.vcf", 1, "安藤 ロイド 1", None, ""),
    ("vcard/android/v21_japanese_3.vcf", 1, "伊能 圭一 伊予", None, ""),
    ("vcard/android/v21_malformed_photo.vcf", 1, "fullname", None, ""),
    ("vcard/android/v21_multiple_entry.vcf", 3, "安藤ロイド3", None, ""),
    ("vcard/android/v21_nest.vcf", 1, "parent", None, ""),
    ("vcard/android/v21_org_before_title.vcf", 1, "Normal Guy", None, "Company"),
    ("vcard/android/v21_pref_handling.vcf", 1, "Smith", "test@example.com", "Company"),
    ("vcard/android/v21_simple_1.vcf", 1, "Roid Ando", None, ""),
    ("vcard/android/v21_simple_2.vcf", 1, "Ando Roid", None, ""),
    ("vcard/android/v21_simple_3.vcf", 1, "Ando Roid", None, ""),
    ("vcard/android/v21_sip.vcf", 1, "Android", None, ""),
    ("vcard/android/v21_title_before_org.vcf", 1, "Nice Guy", None, "Marverous"),
    ("vcard/android/v21_winmo_65.vcf", 1, "Example", None, ""),
    ("vcard/android/v21_x_android_custom_after_photo.vcf", 1, "Roid Ando", None, ""),
    ("vcard/android/v21_x_param.vcf", 1, "Roid Ando", "email@example.com", ""),
    ("vcard/android/v30_comma_separated.vcf", 1, "G M F", None, ""),
    ("vcard/android/v30_ios_613_multiline.vcf", 1, "Bob Smith", "bob@smithauto.com", "Smith Auto Repair"),
    ("vcard/android/v30_japanese.vcf", 1, "伊能 圭一 伊予", None, ""),
    ("vcard/android/v30_multibyte_param.vcf", 1, "G M F", None, ""),
    ("vcard/android/v30_pager.vcf", 1, "G M F", None, ""),
    ("vcard/android/v30_pause_wait.vcf", 1, "Pause Wait", None, ""),
    ("vcard/android/v30_simple.vcf", 1, "And Roid", None, "Open"),
    ("vcard/android/v30_sip.vcf", 1, "Android", None, ""),
    ("vcard/android/v40_sip.vcf", 1, "安藤 ロイド", None, ""),
    ("vcard/android/v40_sort_as.vcf", 1, "安藤 ロイド", None, "グーグル"),
    ("vcard/ez-vcard/John_Doe_ANDROID.vcf", 6, "john.doe@company.com", "john.doe@company.com", ""),
    ("vcard/ez-vcard/John_Doe_BLACK_BERRY.vcf", 1, "John Doe", None, "Acme Solutions"),
    ("vcard/ez-vcard/John_Doe_EVOLUTION.vcf", 1, "Mr. John Richter, James Doe Sr.", "john.doe@ibm.com", "IBM"),
    ("vcard/ez-vcard/John_Doe_GMAIL.vcf", 1, "Mr. John Richter, James Doe Sr.", "john.doe@ibm.com", "IBM"),
    ("vcard/ez-vcard/John_Doe_IPHONE.vcf", 1, "Mr. John Richter James Doe Sr.", "john.doe@ibm.com", "IBM"),
    ("vcard/ez-vcard/John_Doe_LOTUS_NOTES.vcf", 1, "Mr. Doe John I Johny", "john.doe@ibm.com", "IBM"),
    ("vcard/ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", 1, "Mr. John Richter,James Doe Sr.", "john.doe@ibm.com", "IBM"),
    ("vcard/ez-vcard/John_Doe_MS_OUTLOOK.vcf", 1, "Mr. John Richter James Doe Sr.", "john.doe@ibm.cm", "IBM"),
    (
        "vcard/ez-vcard/fullcontact.vcf",
        1,
        "Prefix FirstName MiddleName LastName Suffix",
        "home@example.com",
        "Organization1",
    ),
    ("vcard/ez-vcard/gmail-list.vcf", 3, "Arnold Smith", "asmithk@gmail.com", ""),
    ("vcard/ez-vcard/gmail-single.vcf", 1, "Greg Dartmouth", "gdartmouth@hotmail.com", "TheCompany"),
    ("vcard/ez-vcard/gmail-single2.vcf", 1, "VCard Test", "email@example.com", "TheCompany"),
    ("vcard/ez-vcard/issue114.vcf", 1, "Dummy, Dummy", "dummy.dummy@dummy.com", "Dummy GmbH"),
    ("vcard/ez-vcard/outlook-2003.vcf", 1, "John Doe III", "jdoe@hotmail.com", "Company, The"),
    ("vcard/ez-vcard/outlook-2007.vcf", 1, "Mr. Michael Angstadt Jr.", "mike.angstadt@gmail.com", "TheCompany"),
    (
        "vcard/ez-vcard/rfc2426-example.vcf",
        2,
        "Frank Dawson",
        "Frank_Dawson@Lotus.com",
        "Lotus Development Corporation",
    ),
    ("vcard/ez-vcard/rfc6350-example.vcf", 1, "Simon Perreault", "simon.perreault@viagenie.ca", "Viagenie"),
    (
        "vcard/ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf",
        1,
        "John Doe",
        "doe.john@hotmail.com",
        "TheOrganization",
    ),
    ("vcard/kcontacts/testfullvcard.vcf", 1, "Sherlock Holmes", "sherlock.holmes@gmail.com", ""),
    ("vcard/kcontacts/vcard1.vcf", 1, "Frank Dawson", "Frank_Dawson@Lotus.com", "Lotus Development Corporation"),
    ("vcard/kcontacts/vcard10.vcf", 5, "Bike Shop", None, "Bike Shop"),
    ("vcard/kcontacts/vcard11.vcf", 1, "Test User", "thejoe@abc.com", ""),
    ("vcard/kcontacts/vcard12.vcf", 1, "Good Looking", "goodlooking@example.com", ""),
    ("vcard/kcontacts/vcard13.vcf", 1, "Test User", "thejoe@abc.com", ""),
    ("vcard/kcontacts/vcard14.vcf", 1, "Test User", "thejoe@abc.com", ""),
    ("vcard/kcontacts/vcard15.vcf", 1, "Test Tester", None, ""),
    ("vcard/kcontacts/vcard2.vcf", 1, "Tim Howes", "howes@netscape.com", "Netscape Communications Corp."),
    ("vcard/kcontacts/vcard3.vcf", 1, "ian geiser", "geiseri@yahoo.com", "Source eXtreme"),
    ("vcard/kcontacts/vcard4.vcf", 1, "hello@ximian.com", "hello@ximian.com", "Ximian, Inc."),
    ("vcard/kcontacts/vcard5.vcf", 1, "Mustermann, Heiko", "heiko.mustermann@freenet.org", "KDE"),
    ("vcard/kcontacts/vcard6.vcf", 1, "Test User", "email1@abc.de", ""),
    ("vcard/kcontacts/vcard7.vcf", 0, None, None, None),
    ("vcard/kcontacts/vcard8.vcf", 1, "test", None, ""),
    (
        "vcard/kcontacts/vcard9.vcf",
        1,
        "βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1",
        None,
        "",
    ),
    ("vcard/kcontacts/vcard_extension_case_normalization.vcf", 1, "My Name", None, ""),
    ("vcard/kcontacts/vcard_legacy_messaging_fields.vcf", 1, "My Name", None, ""),
    ("vcard/kcontacts/vcardwithitemasapplesupport.vcf", 1, "Name of Broken Card", None, "SOME COMPANY"),
    ("vcard/khard/altid.vcf", 1, "altid", None, ""),
    ("vcard/khard/category.vcf", 1, "contact with category", "foo@example.org", ""),
    ("vcard/khard/contact1.vcf", 1, "second contact", "user@example.com", ""),
    ("vcard/khard/contact2.vcf", 1, "third contact", None, ""),
    ("vcard/khard/individual.vcf", 1, "Wile E. Coyote", None, "ACME Inc."),
    ("vcard/khard/issue249.vcf", 1, "Foo Bar", None, ""),
    ("vcard/khard/joe.vcf", 1, "Joe Citizen", "jcitizen@foo.com", ""),
    ("vcard/khard/korean-c.vcf", 1, "최유림", None, ""),
    ("vcard/khard/korean-j.vcf", 1, "전도훈", None, ""),
    ("vcard/khard/labels.vcf", 1, "labeled guy", None, "Test Inc"),
    ("vcard/khard/minimal.vcf", 1, "minimal contact", None, ""),
    ("vcard/khard/nickname.vcf", 1, "Michael Smith", "ms@example.org", ""),
    ("vcard/khard/no-nickname.vcf", 1, "Mike Jones", "mj@example.org", ""),
    ("vcard/khard/org.vcf", 1, "ACME Inc.", None, "ACME Inc."),
    ("vcard/khard/photov3.vcf", 1, "with photo v3", None, ""),
    ("vcard/khard/photov4.vcf", 1, "with photo v4", None, ""),
    ("vcard/khard/post.vcf", 1, "With post address", None, ""),
    ("vcard/khard/tel-value-uri.vcf", 1, "bug 195", None, ""),
    ("vcard/khard/text-bday.vcf", 1, "text birthday", None, ""),
    ("vcard/khard/unparsable.vcf", 1, "second contact with minimal Vcard", None, ""),  # cut off: kept
    ("vcard/py-vobject/radicale-1587.vcf", 1, "Given Family", None, ""),
    ("vcard/sabre-vobject/issue153.vcf", 1, "Test Benutzer", None, ""),
    ("vcard/sabre-vobject/issue64.vcf", 0, None, None, None),
    ("vcard/thunderbird/dos_vcard_addressbook.vcf", 1, "Name Surname", "example@gmail.com", ""),
    # round 2 (issue 24): webmail, CardDAV client and .NET library test files
    ("vcard/roundcube/apple.vcf", 1, "Apple Computer AG", None, "Apple Computer AG"),
    ("vcard/roundcube/contacts.vcf", 2, "Aleksander Machniak", "alec@example.org", ""),
    ("vcard/roundcube/johndoe.vcf", 1, "John Doë", "inbox@roundcube.net", "roundcube.net"),
    ("vcard/roundcube/thebat.vcf", 1, "Piotr Iksiński", "piotr.iksinski@somedomain.com", ""),
    ("vcard/roundcube/utf-16_sample.vcf", 1, "Ǽgean ĽdaMonté", None, ""),
    ("vcard/folkerkinzel/AnsiIssue.vcf", 1, "Ralf Rastral", None, ""),
    ("vcard/folkerkinzel/AnsiIssueInvalidEncoding.vcf", 1, "Ralf Rastral", None, ""),
    ("vcard/folkerkinzel/AnsiIssueNoEncoding.vcf", 1, "Ralf Rastral", None, ""),
    ("vcard/folkerkinzel/Cropped_2_1.vcf", 1, "Maxl", None, "Firma"),
    ("vcard/folkerkinzel/German.vcf", 1, "Sören Täve Nüßlebaum", None, ""),
    ("vcard/folkerkinzel/Greek.vcf", 1, "Βαγγέλης", None, ""),
    ("vcard/folkerkinzel/Hebrew.vcf", 1, "אפרים קישון", None, ""),
    ("vcard/folkerkinzel/Murks.vcf", 1, "Sören Täve Nüßlebaum", None, ""),
    (
        "vcard/folkerkinzel/Outlook_v2.vcf",
        1,
        "Herr Max Anderer Mustermann sen.",
        "max.mustermann@musterfirma.de",
        "Musterfirma GmbH",
    ),
    ("vcard/folkerkinzel/Ukrainian.vcf", 1, "Віталій Володимирович Кличко", None, ""),
    ("vcard/folkerkinzel/WhatsAppIssue.vcf", 1, "zzMad Perla 45", None, ""),
    ("vcard/folkerkinzel/utf-8.vcf", 1, "孔夫子", None, ""),
    ("vcard/folkerkinzel/v2_1.vcf", 1, "Maxl", "privat@folker-kinzel.de", "Firma"),
    ("vcard/folkerkinzel/v3.vcf", 2, "Folker Kinzel", "email1@wumms.de", ""),
    ("vcard/folkerkinzel/v3Ansi.vcf", 2, "Folker Kinzel", "email1@wumms.de", ""),
    ("vcard/folkerkinzel/v3Utf16Bom.vcf", 2, "Folker Kinzel", "email1@wumms.de", ""),
    ("vcard/folkerkinzel/v4.vcf", 2, "Möhrke Gerda", "info@kinderland-blubblub.de", "KiTa Öhrdingen"),
    ("vcard/rcmcarddav/AllAttr.vcf", 1, "Chairman Wesker", "albert@wesker.example.com", "Umbrella Corp"),
    ("vcard/rcmcarddav/EmptyFN.vcf", 1, "Max Mustermann", "special@maxmu.de", ""),
    ("vcard/rcmcarddav/EmptyFNCompany.vcf", 1, "Die Firma", None, "Die Firma"),
    ("vcard/rcmcarddav/EmptyFNEmail.vcf", 1, "special@maxmu.de", "special@maxmu.de", ""),
    ("vcard/rcmcarddav/Group.vcf", 0, None, None, None),  # a contact group: skipped with a note
    ("vcard/rcmcarddav/aryastark.vcf", 1, "Arya Stark", None, ""),
    ("vcard/rcmcarddav/kings.vcf", 0, None, None, None),  # a contact group
    ("vcard/rfc6350/member-group.vcf", 2, "John Doe", None, ""),  # the group card skipped, its members kept
]

#: (file, delimiter, contacts, first name, first e-mail, organisation)
CSVS = [
    ("csv/thunderbird/basic_csv_addressbook.csv", ",", 2, "John Doe", "john@doe.invalid", ""),
    ("csv/thunderbird/csv_semicolon.csv", ";", 2, "John Doe", "john@doe.invalid", ""),
    ("csv/thunderbird/export.csv", ",", 2, "contact number one", "contact1@invalid", ""),
    ("csv/thunderbird/export.txt", "\t", 2, "contact number one", "contact1@invalid", ""),
    # layouts written from the published headers (tests/fixtures/contacts/layouts/README.md)
    (
        "../contacts/layouts/outlook_full.csv",
        ",",
        5,
        "Dr. Amara N. Okafor",
        "amara.okafor@example.org",
        "Riverside Clinic",
    ),
    ("../contacts/layouts/outlook_short.csv", ",", 2, "Priya Raman", "priya.raman@example.org", "Northwind Traders"),
    ("../contacts/layouts/google_old.csv", ",", 3, "Lena Fischer", "lena.fischer@example.de", "Vogel & Partner"),
    ("../contacts/layouts/google_new.csv", ",", 3, "Sofía Álvarez", "sofia@example.es", "Clínica Sur"),
    ("../contacts/layouts/linkedin_2018.csv", ",", 3, "Hannah Berg", "hannah.berg@example.org", "Polar Labs"),
    ("../contacts/layouts/linkedin_no_email.csv", ",", 2, "Jonas Keller", None, "Alpine Bank"),
    ("../contacts/layouts/numbers_semicolon.csv", ";", 3, "Ada Quillfeather", "ada@example.org", "Northwind Analytics"),
    ("../contacts/layouts/excel_unicode_text.txt", "\t", 2, "Zoë Ørsted", "zoe@example.dk", "Nordlys"),
    ("../contacts/layouts/apple_contacts_excel.csv", ";", 1, "Renée Dürr", "renee@example.fr", "Café Lumière"),
]


def cards_at_depth_zero(data: bytes) -> int:
    """An independent count: BEGIN:VCARD lines outside any other card (nested AGENT cards are not contacts)."""
    depth = count = 0
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16").encode("utf-8")
    elif data[:1] == b"\x00":
        data = data.decode("utf-16-be").encode("utf-8")
    data = data.removeprefix(b"\xef\xbb\xbf")
    for raw in data.splitlines():
        line = raw.strip().upper()
        if line == b"BEGIN:VCARD":
            count += depth == 0
            depth += 1
        elif line == b"END:VCARD" and depth:
            depth -= 1
    return count


def test_the_corpus_is_big_enough_and_cited():
    """Are there at least 40 real vCards across 2.1, 3.0 and 4.0 and 8 CSV layouts, each folder in SOURCES?"""
    versions = set()
    for path in REAL.glob("vcard/*/*.vcf"):
        versions |= {v for v in (b"VERSION:2.1", b"VERSION:3.0", b"VERSION:4.0") if v in path.read_bytes().upper()}
    assert len(VCARDS) >= 40 and len(versions) == 3
    assert len(CSVS) >= 8
    sources = (REAL / "SOURCES").read_text(encoding="utf-8")
    for folder in {p.parent.relative_to(REAL).as_posix() for p in REAL.glob("*/*/*")}:
        assert folder + "/" in sources
    refused = {"vcard/folkerkinzel/Empty.vcf"}  # a byte-order mark and nothing else: test_importers_damaged.py
    assert {name for name, *_ in VCARDS} | refused == {
        p.relative_to(REAL).as_posix() for p in REAL.glob("vcard/*/*.vcf")
    }


@pytest.mark.parametrize("name, count, first, email, organisation", VCARDS, ids=[v[0] for v in VCARDS])
def test_each_real_vcard_imports_every_card_with_names_emails_and_organisations(
    name, count, first, email, organisation
):
    """Does every card become a contact (or a skip with a reason), agreeing with an independent count?"""
    data = (REAL / name).read_bytes()
    report = read_export(data, source=name)
    assert len(report.contacts) == count
    assert len(report.contacts) + len(report.skipped) == cards_at_depth_zero(data)
    assert all(s.reason for s in report.skipped)
    if count:
        contact = report.contacts[0]
        assert (contact.name, contact.emails[0] if contact.emails else None, contact.organisation) == (
            first,
            email,
            organisation,
        )
    for contact in report.contacts:  # names intact in any script: no mojibake, no escapes left
        assert "\ufffd" not in contact.name and "Ã" not in contact.name and "\\," not in contact.name


@pytest.mark.parametrize("name, delimiter, count, first, email, organisation", CSVS, ids=[c[0] for c in CSVS])
def test_each_csv_layout_imports_every_named_row(name, delimiter, count, first, email, organisation):
    """Does every row become a contact, merged or skipped with a reason, agreeing with the csv module's count?"""
    _people, report = import_file(REAL / name)
    raw = (REAL / name).read_bytes()
    text = raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = next(i for i, row in enumerate(rows) if len(row) > 2)
    data_rows = [row for row in rows[header + 1 :] if any(cell.strip() for cell in row)]
    assert len(report.contacts) == count
    assert report.imported + report.merged + len(report.skipped) == len(data_rows)
    contact = report.contacts[0]
    assert (contact.name, contact.emails[0] if contact.emails else None, contact.organisation) == (
        first,
        email,
        organisation,
    )
