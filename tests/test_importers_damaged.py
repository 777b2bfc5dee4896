"""Issue 24: contact files as other programs damage or localise them, over real files from more projects' test
suites (tests/fixtures/real/SOURCES: Roundcube, RCMCardDAV, FolkerKinzel.VCards, RFC 6350) and localised export
headers written from the vendors' lists (tests/fixtures/contacts/layouts/README.md), plus cases of our own.

One test (or parametrised table) per class of the issue: byte-order marks, UTF-16/32 without one, localised and
e-mail-only CSV headers, e-mail columns named by kind, legacy code pages, escaped separators, group cards, cut-off
cards, nickname-only cards, damaged BEGIN lines and empty files; and the report naming encoding and layout.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from netkit.contacts.importers import read_export
from netkit.exceptions import ImportFormatError

HERE = Path(__file__).parent / "fixtures"
REAL = HERE / "real"
LAYOUTS = HERE / "contacts" / "layouts"


def read(path: Path):
    return read_export(path.read_bytes(), source=path.name)


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


# 1. byte-order marks ---------------------------------------------------------------------------------------------


def test_a_vcard_starting_with_a_utf8_byte_order_mark_is_read():
    """Is FolkerKinzel's utf-8.vcf (BOM, then BEGIN:VCARD) read, and the BOM named in the report?"""
    report = read(REAL / "vcard/folkerkinzel/utf-8.vcf")
    assert [c.name for c in report.contacts] == ["孔夫子"]
    assert report.encoding == "utf-8-sig" and "byte-order mark" in report.detected()


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE])
def test_a_plain_ascii_card_behind_any_byte_order_mark_is_read(bom):
    """Does a BOM of any Unicode form in front of a plain card leave the card readable (not 'no BEGIN:VCARD')?"""
    text = card("FN:Ada Quill", "EMAIL:ada@example.org")
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(
        bom, "utf-32-le"
    )
    report = read_export(bom + text.encode(codec), source="bom.vcf")
    assert [(c.name, c.emails) for c in report.contacts] == [("Ada Quill", ["ada@example.org"])]


def test_a_csv_with_a_byte_order_mark_keeps_its_first_column():
    """Is the first header of a BOM'd CSV ('Display Name' in Roundcube's all.csv) read as a name column?"""
    report = read(REAL / "csv/roundcube/all.csv")
    assert report.contacts[0].name == "Display Name" and report.encoding == "utf-8-sig"


# 2. UTF-16/32 without a byte-order mark --------------------------------------------------------------------------


def test_roundcubes_utf16_vcard_without_a_byte_order_mark_is_read_and_the_guess_said():
    """Is Roundcube's utf-16_sample.vcf (big-endian, no BOM) read with its accents, and the guess named?"""
    report = read(REAL / "vcard/roundcube/utf-16_sample.vcf")
    assert [c.name for c in report.contacts] == ["Ǽgean ĽdaMonté"]
    assert report.encoding == "utf-16-be"
    assert any("no byte-order mark" in w.reason for w in report.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_every_unicode_form_without_a_mark_is_recognised(codec):
    """Are UTF-16 and UTF-32 in either byte order recognised from their zero bytes, for a vCard and a CSV alike?"""
    vcard = read_export(card("FN:Zoë Ørsted").encode(codec), source="x.vcf")
    table = read_export("Name,Email\nZoë Ørsted,zoe@example.dk\n".encode(codec), source="x.csv")
    assert [c.name for c in vcard.contacts] == [c.name for c in table.contacts] == ["Zoë Ørsted"]
    assert vcard.encoding == table.encoding == codec


# 3. localised and e-mail-only CSV headers ------------------------------------------------------------------------

#: (file, layout named in the report, first contact: name, e-mails, organisation, role)
LOCALISED = [
    (
        "outlook_de_2013.csv",
        "Outlook CSV (German)",
        ("Dr. Jürgen Weiß", ["juergen.weiss@example.de", "jw@example.org"], "Müller & Söhne GmbH", "Leiter (Einkauf)"),
    ),
    (
        "outlook_de_2007_semicolon.csv",
        "Outlook CSV (German)",
        ("Øystein Groß", ["o.gross@example.de", "oystein@example.no"], "Nordlicht AG", "Berater"),
    ),
    (
        "outlook_fr.csv",
        "Outlook CSV (French)",
        ("Mme Hélène Lefèvre", ["helene.lefevre@example.fr"], "Société Générale", "Analyste (Risques)"),
    ),
    (
        "outlook_es.csv",
        "Outlook CSV (Spanish)",
        ("José García Núñez", ["jose.garcia@example.es", "jgn@example.com"], "Clínica del Sur", "Enfermero"),
    ),
    (
        "thunderbird_de.csv",
        "Thunderbird CSV (German)",
        ("Anja Krüger", ["anja@example.de", "a.krueger@example.org"], "Rundfunk Nord", "Redakteurin"),
    ),
    (
        "thunderbird_fr.csv",
        "Thunderbird CSV (French)",
        ("Noémie Bérard", ["noemie@example.fr"], "Le Quotidien", "Journaliste"),
    ),
    (
        "apple_de_tab.txt",
        "contacts CSV (German)",
        ("Lukas Böhm", ["lukas@example.de", "boehm@example.org"], "Alpenblick e.V.", "Vorstand"),
    ),
]


@pytest.mark.parametrize("name, layout, first", LOCALISED, ids=[row[0] for row in LOCALISED])
def test_localised_exports_are_read_by_the_meaning_of_their_headers(name, layout, first):
    """Are German, French and Spanish Outlook, Thunderbird and Apple headers read (names, every address, company,
    job title, the display-name and type columns not taken for addresses), and the layout named?"""
    report = read(LAYOUTS / name)
    contact = report.contacts[0]
    assert (contact.name, contact.emails, contact.organisation, contact.role) == first
    assert report.layout == layout and layout in report.summary()
    assert not report.skipped


def test_french_outlooks_two_titre_columns_are_title_then_job():
    """Is French Outlook's first 'Titre' the courtesy title and its second the job title?"""
    second = read(LAYOUTS / "outlook_fr.csv").contacts[1]
    assert (second.name, second.role) == ("François Dupré", "Gérant")


@pytest.mark.parametrize(
    "name, emails",
    [
        ("email.csv", [[f"test{n}@domain.tld"] for n in range(1, 5)]),
        ("outlook.csv", [["test1@domain.tld", "test2@domain.tld", "test3@domain.tld"]]),
    ],
)
def test_email_only_exports_are_kept_and_flagged(name, emails):
    """Are Roundcube's e-mail-only CSVs ('Primary Email'; 'E-mail Address' 1-3 with no name column) imported,
    each row named from its address and flagged for a name, instead of refused?"""
    report = read(REAL / "csv/roundcube" / name)
    assert [c.emails for c in report.contacts] == emails
    assert all(c.name == c.emails[0] and "add the name" in c.notes for c in report.contacts)
    assert "e-mail addresses only" in report.layout
    assert sum("no name" in w.reason for w in report.warnings) == len(emails)


# 4. e-mail columns named by kind -----------------------------------------------------------------------------------


def test_email_columns_named_by_kind_are_all_read():
    """Are 'Email Home', 'Email Work' and 'Email Other' (Roundcube's all.csv) all kept?"""
    contact = read(REAL / "csv/roundcube/all.csv").contacts[0]
    assert contact.emails == ["home@example.com", "work@example.com", "other@example.com"]


@pytest.mark.parametrize(
    "header",
    ["Home Email", "E-mail (travail)", "Correo electrónico (casa)", "E-Mail 2: Adresse", "Secondary E-mail", "Mail 3"],
)
def test_any_makers_email_column_is_an_email_column(header):
    """Is an address column found whatever the maker calls it, while its type and display name are not?"""
    text = f"Name,{header},E-mail Type,E-mail Display Name\nAda,ada@example.org,SMTP,Ada (ada@example.org)\n"
    assert read_export(text, source="x.csv").contacts[0].emails == ["ada@example.org"]


# 5. legacy code pages ----------------------------------------------------------------------------------------------

#: (file, name read, encoding the report gives)
CODE_PAGES = [
    ("vcard/folkerkinzel/Hebrew.vcf", "אפרים קישון", "cp1255"),  # no hint at all: language coherence
    ("vcard/folkerkinzel/Greek.vcf", "Βαγγέλης", "cp1253"),  # CHARSET=Windows-1253 on another property
    ("vcard/folkerkinzel/Ukrainian.vcf", "Віталій Володимирович Кличко", "cp1251"),
    ("vcard/folkerkinzel/German.vcf", "Sören Täve Nüßlebaum", "cp1252"),
    ("vcard/folkerkinzel/AnsiIssueNoEncoding.vcf", "Ralf Rastral", "cp1252"),  # LANGUAGE=de, 8-bit street
    ("vcard/folkerkinzel/Murks.vcf", "Sören Täve Nüßlebaum", "cp1252"),  # CHARSET=Murks: unknown, ignored
    ("vcard/roundcube/thebat.vcf", "Piotr Iksiński", "utf-8 (values without a CHARSET: cp1250)"),
]


@pytest.mark.parametrize("name, person, encoding", CODE_PAGES, ids=[row[0] for row in CODE_PAGES])
def test_legacy_code_pages_are_guessed_from_language_and_hints_and_the_guess_is_named(name, person, encoding):
    """Is each 8-bit file read in the code page its names make sense in (Hebrew not as Cyrillic, Polish without a
    replacement character), and does a warning name the code page chosen?"""
    report = read(REAL / name)
    assert report.contacts[0].name == person
    assert report.encoding == encoding
    assert "\ufffd" not in report.contacts[0].name
    assert any("a guess" in w.reason and "Windows-125" in w.reason for w in report.warnings)


def test_the_street_of_an_ansi_card_is_read_even_after_an_empty_parameter():
    """Is Outlook's 'ADR;HOME;PREF;:' (an empty parameter) read rather than counted as an unreadable line?"""
    report = read(REAL / "vcard/folkerkinzel/AnsiIssueNoEncoding.vcf")
    assert not [w for w in report.warnings if "skipped" in w.reason]


@pytest.mark.parametrize(
    "person, organisation, codec",
    [
        ("Renée Dürr", "Café Lumière", "cp1252"),  # not read as Cyrillic, not as Mac Roman
        ("Renée Dürr", "Café Lumière", "mac_roman"),
        ("François Lefèvre", "Société Générale", "cp1252"),
        ("José García Núñez", "Clínica del Sur", "cp1252"),
        ("דוד לוי", "משרד הבריאות", "cp1255"),
        ("Иван Петров", "Сбербанк", "cp1251"),
        ("Łukasz Brzęczyszczykiewicz", "Żabka", "cp1250"),
        ("Ευάγγελος Παπαθανασίου", "Τράπεζα", "cp1253"),
    ],
)
def test_a_legacy_csv_is_read_in_the_code_page_its_names_make_sense_in(person, organisation, codec):
    """Does an Excel CSV in each legacy code page come back with its names intact and the code page named?"""
    text = f"Full name;Company\n{person};{organisation}\n"
    report = read_export(text.encode(codec), source="x.csv")
    assert report.encoding == codec
    assert (report.contacts[0].name, report.contacts[0].organisation) == (person, organisation)
    assert any("a guess" in w.reason for w in report.warnings)


def test_a_charset_named_on_another_card_decides_for_the_cards_that_name_none():
    """Does one card's CHARSET=windows-1253 decide how its neighbour's unmarked 8-bit name is read?"""
    data = (card("FN;CHARSET=windows-1253:Νίκος", version="2.1") + card("FN:Σπύρος", version="2.1")).encode("cp1253")
    report = read_export(data, source="greek.vcf")
    assert [c.name for c in report.contacts] == ["Νίκος", "Σπύρος"]


# 6. escaped separators ---------------------------------------------------------------------------------------------


def test_escaped_separators_inside_an_email_value_do_not_split_it():
    """Is 'EMAIL:"Doe\\, John" <john@example.org>' one address, and an escaped ';' kept inside its value?"""
    report = read_export(
        card('EMAIL:"Doe\\, John" <john@example.org>', "EMAIL:odd\\;name@example.org", "FN:John Doe"), source="x.vcf"
    )
    assert report.contacts[0].emails == ["john@example.org", "odd;name@example.org"]


def test_unescaped_separators_still_split_an_email_list():
    """Does a value holding two addresses separated by an unescaped comma still give two addresses?"""
    report = read_export(card("FN:Two", "EMAIL:a@example.org,b@example.org"), source="x.vcf")
    assert report.contacts[0].emails == ["a@example.org", "b@example.org"]


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("ORG:Smith\\; Sons\\, Ltd;Sales", "organisation", "Smith; Sons, Ltd"),
        ("TITLE:Head of R\\&D\\, EMEA", "role", "Head of R&D, EMEA"),
        ("NOTE:met at the fair\\; follow up\\nin May", "notes", "met at the fair; follow up\nin May"),
        ("URL:https\\://example.org/a\\,b", "url", "https://example.org/a,b"),
    ],
)
def test_escaped_separators_are_honoured_in_every_value(line, field, value):
    """Are \\; and \\, unescaped (never split on) in ORG, TITLE, NOTE and URL?"""
    report = read_export(card("FN:Kim", line), source="x.vcf")
    assert getattr(report.contacts[0], field) == value


# 7. contact groups -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, members",
    [("vcard/rcmcarddav/kings.vcf", 4), ("vcard/rcmcarddav/Group.vcf", 2), ("vcard/rfc6350/member-group.vcf", 2)],
)
def test_group_cards_are_skipped_with_a_note_and_their_members_kept(name, members):
    """Are Apple (X-ADDRESSBOOKSERVER-KIND) and vCard 4 (KIND:group, MEMBER) groups skipped, saying so, while the
    people in the same file are imported?"""
    report = read(REAL / name)
    assert len(report.skipped) == 1 and f"{members} members" in report.skipped[0].reason
    assert "contact group" in report.skipped[0].reason and "not a person" in report.skipped[0].reason
    assert all(c.name not in ("Kings", "Staff", "The Doe family") for c in report.contacts)
    if name.endswith("member-group.vcf"):
        assert [c.name for c in report.contacts] == ["John Doe", "Jane Doe"]


def test_a_group_without_members_is_still_a_group():
    """Is a card with KIND:group and no MEMBER line skipped too (an empty list is no person)?"""
    report = read_export(card("KIND:group", "FN:Book club", version="4.0"), source="x.vcf")
    assert not report.contacts and "contact group" in report.skipped[0].reason


# smaller classes ---------------------------------------------------------------------------------------------------


def test_a_truncated_card_is_kept_with_a_note():
    """Is FolkerKinzel's Cropped_2_1.vcf (cut off inside a NOTE, no END:VCARD) kept with its name and company,
    and a note saying it is cut off?"""
    report = read(REAL / "vcard/folkerkinzel/Cropped_2_1.vcf")
    assert [(c.name, c.organisation) for c in report.contacts] == [("Maxl", "Firma")]
    assert any("cut off" in w.reason and "kept" in w.reason for w in report.warnings)


def test_a_nickname_only_card_is_kept_under_its_nickname():
    """Is a card with only NICKNAME kept (not skipped as nameless), with a note to add the full name?"""
    report = read_export(card("NICKNAME:Bibi,Bee"), source="x.vcf")
    assert [c.name for c in report.contacts] == ["Bibi"]
    assert any("nickname" in w.reason for w in report.warnings)


def test_a_missing_begin_line_is_named_and_the_card_kept():
    """Is a card whose BEGIN:VCARD line is lost read anyway, with a note naming its lines?"""
    text = "VERSION:3.0\r\nFN:Lost Begin\r\nEMAIL:lost@example.org\r\nEND:VCARD\r\n" + card("FN:Whole")
    report = read_export(text, source="x.vcf")
    assert [c.name for c in report.contacts] == ["Lost Begin", "Whole"]
    assert any("BEGIN:VCARD line is missing" in w.reason and "line 1" in w.reason for w in report.warnings)


def test_a_misspelt_begin_is_named_and_the_card_kept():
    """Is 'BEGIN:VCAR' read as the start of a card, with a note quoting the line?"""
    text = card("FN:First").replace("BEGIN:VCARD", "BEGIN:VCAR") + card("FN:Second")
    report = read_export(text, source="x.vcf")
    assert [c.name for c in report.contacts] == ["First", "Second"]
    assert any("'BEGIN:VCAR'" in w.reason for w in report.warnings)


def test_stray_vcard_lines_outside_any_card_are_reported():
    """Are vCard lines between cards with neither BEGIN nor END reported with their lines instead of vanishing?"""
    text = card("FN:One") + "FN:Nowhere\r\nEMAIL:no@example.org\r\n" + card("FN:Two")
    report = read_export(text, source="x.vcf")
    assert [c.name for c in report.contacts] == ["One", "Two"]
    assert [s.line for s in report.skipped] == [5] and "outside any card" in report.skipped[0].reason


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "is empty"),
        (b"  \r\n\r\n", "is empty"),
        ((REAL / "vcard/folkerkinzel/Empty.vcf").read_bytes(), "only a byte-order mark"),
        (codecs.BOM_UTF16_LE, "only a byte-order mark"),
    ],
)
def test_empty_and_bom_only_files_get_their_own_message(data, words):
    """Does an empty or BOM-only file say exactly that, not 'does not look like a contacts export'?"""
    with pytest.raises(ImportFormatError) as info:
        read_export(data, source="contacts.vcf")
    assert words in str(info.value) and "How to fix" in str(info.value)


def test_forced_vcard_format_without_begin_says_what_is_missing():
    """Does a lone card without BEGIN (no END either) name the missing BEGIN line instead of a generic refusal?"""
    with pytest.raises(ImportFormatError) as info:
        read_export("VERSION:3.0\nFN:Half a card\n", source="x.vcf")
    assert "BEGIN:VCARD" in str(info.value)


def test_a_misspelt_begin_on_a_cut_off_card_gives_both_notes():
    """Is a lone card with 'BEGIN:VCRAD' and no END kept, with a note for each damage?"""
    report = read_export("BEGIN:VCRAD\nVERSION:3.0\nFN:Typo\n", source="x.vcf")
    assert [c.name for c in report.contacts] == ["Typo"]
    reasons = " ".join(w.reason for w in report.warnings)
    assert "'BEGIN:VCRAD'" in reasons and "cut off" in reasons


# the report --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, words",
    [
        (REAL / "vcard/roundcube/utf-16_sample.vcf", ["vCard 3.0", "UTF-16 (big-endian"]),
        (REAL / "vcard/folkerkinzel/Hebrew.vcf", ["vCard 2.1", "Windows-1255 (Hebrew)"]),
        (LAYOUTS / "outlook_de_2013.csv", ["Outlook CSV (German)", "Windows-1252"]),
        (REAL / "csv/thunderbird/csv_semicolon.csv", ["Thunderbird CSV", "UTF-8"]),
    ],
)
def test_the_report_says_per_file_which_encoding_and_layout_were_detected(path, words):
    """Does the one-line summary (and the JSON) name the layout and the encoding found for each file?"""
    report = read(path)
    summary = report.summary()
    assert all(word in summary for word in words), summary
    assert report.to_json()["layout"] and report.to_json()["encoding"]


def test_joined_exports_each_with_its_own_byte_order_mark_are_read_whole():
    """Are two exports joined with `cat` (each starting with a UTF-8 BOM) read as two cards, without notes?"""
    one = codecs.BOM_UTF8 + card("FN:First Export").encode()
    two = codecs.BOM_UTF8 + card("FN:Second Export").encode()
    report = read_export(one + two, source="joined.vcf")
    assert [c.name for c in report.contacts] == ["First Export", "Second Export"]
    assert not report.warnings and not report.skipped
