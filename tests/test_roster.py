"""Rosters as coaches really export them."""

from __future__ import annotations

from pathlib import Path

import pytest

from netkit.coach.roster import WORKBOOK_FIELDS, parse_roster, participant_id, read_roster
from netkit.exceptions import RosterError

FIXTURES = Path(__file__).resolve().parent / "fixtures"

ROSTERS = FIXTURES / "rosters"


def test_utf8_bom_semicolons_blank_rows_and_spaces():
    """Is a UTF-8-with-BOM, semicolon roster with blank rows and stray spaces read cleanly?"""
    roster = read_roster(ROSTERS / "utf8_bom_semicolon.csv")
    assert roster.encoding == "utf-8-sig"
    assert roster.delimiter == ";"
    assert [p.name for p in roster.participants] == ["Zoë Brontë", "Åsa Ek"]
    assert roster.participants[0].fields["goal"] == "Find a mentor"
    assert roster.participants[1].fields["goal"] == "no"  # a string, never False


def test_private_columns_never_reach_parameters():
    """Do phone numbers and a coach's notes stay out of the workbook parameters?"""
    roster = read_roster(ROSTERS / "utf8_bom_semicolon.csv")
    assert set(roster.ignored_columns) == {"Phone", "Notes"}
    params = roster.participants[0].workbook_parameters()
    assert set(params) == set(WORKBOOK_FIELDS)
    assert "0612345678" not in repr(params) and "shy" not in repr(params)


def test_cp1252_is_detected_and_reported():
    """Is Excel's legacy encoding decoded correctly and reported to the coach?"""
    roster = read_roster(ROSTERS / "excel_cp1252.csv")
    assert roster.encoding == "cp1252"
    assert roster.participants[0].name == "José Núñez"
    assert roster.participants[0].fields["target_organisations"] == "Café Nero, Costa"
    assert roster.participants[1].fields["goal"] == "€ budget roles"
    assert any("Windows-1252" in w and "CSV UTF-8" in w for w in roster.warnings)


def test_missing_name_column_names_file_line_and_fix():
    """Does a roster without a name column fail with the file, line and a fix?"""
    with pytest.raises(RosterError) as err:
        read_roster(ROSTERS / "missing_name_column.csv")
    message = str(err.value)
    assert "missing_name_column.csv" in message and "line 1" in message
    assert "How to fix" in message and "Name" in message


def test_empty_names_report_every_line():
    """Are all rows with an empty name listed, with their line numbers?"""
    with pytest.raises(RosterError) as err:
        read_roster(ROSTERS / "empty_name.csv")
    assert err.value.line == 3
    assert "line 3" in str(err.value) and "line 5" in str(err.value)


def test_duplicates_kept_once_and_reported():
    """Is the same person twice (any case) kept once — the later submission — with a warning naming both lines,
    while a namesake with another e-mail stays a person of their own?"""
    roster = read_roster(ROSTERS / "duplicates_and_blank_rows.csv")
    assert [p.fields["goal"] for p in roster.participants] == ["Second", "Third"]
    assert any("line 5" in w and "line 2" in w for w in roster.warnings)


def test_nfc_and_nfd_spellings_are_the_same_person():
    """Do NFC and NFD spellings of one name count as a duplicate?"""
    roster = parse_roster("Name\nJos\u00e9\nJose\u0301\n")
    assert len(roster.participants) == 1
    assert participant_id("Jos\u00e9") == participant_id("Jose\u0301") == participant_id("JOS\u00c9")


def test_first_and_last_name_columns_are_joined():
    """Does a roster with First name / Last name columns give full names?"""
    roster = read_roster(ROSTERS / "first_last_columns.csv")
    assert roster.participants[0].name == "Maya Chen"
    assert roster.participants[0].fields["coach"] == "Sam"


def test_defaults_fill_only_empty_fields():
    """Do command-line defaults fill empty fields without replacing roster values?"""
    roster = parse_roster("Name,Coach\nA,Kim\nB,\n", defaults={"coach": "Sam", "workshop": "W", "phone": "x"})
    assert [p.fields["coach"] for p in roster.participants] == ["Kim", "Sam"]
    assert all(p.fields["workshop"] == "W" for p in roster.participants)
    assert "phone" not in roster.participants[0].fields


def test_header_only_roster_is_an_error():
    """Is a roster with no participants refused rather than rendering nothing?"""
    with pytest.raises(RosterError, match="no participants"):
        parse_roster("Name,Goal\n\n")


def test_missing_file_is_a_friendly_error(tmp_path):
    """Does a wrong path give a message, not a traceback?"""
    with pytest.raises(RosterError, match="does not exist"):
        read_roster(tmp_path / "nope.csv")


def test_a_guessed_encoding_is_named_in_a_warning(tmp_path):
    """Is a file that is neither UTF-8 nor Windows-1252 read as a guess, and does the warning name the guess?"""
    path = tmp_path / "r.csv"
    path.write_bytes("Name\nДмитрий Иванов\n".encode("cp1251"))
    roster = read_roster(path)
    assert roster.participants[0].name == "Дмитрий Иванов"
    assert any("a guess" in w and "Windows-1251" in w for w in roster.warnings)


def test_binary_garbage_is_refused(tmp_path):
    """Is a file of binary bytes (NULs, not UTF-16) refused with a fix?"""
    path = tmp_path / "r.csv"
    path.write_bytes(b"Name\n\x81\x00\x8f\x00\x00\x00\x9d\xff\x00\x01\n")
    with pytest.raises(RosterError, match="not a text file"):
        read_roster(path)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml xl/workbook.xml" + bytes(range(256)), "Excel workbook"),
        (b"PK\x03\x04\x14\x00\x00\x00mimetype" + bytes(range(256)), "zip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + bytes(range(256)), "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG picture"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)), "JPEG picture"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)), "old-style Excel"),
    ],
)
def test_a_workbook_archive_or_picture_is_named_not_dumped(tmp_path, data, kind):
    """Is an .xlsx (or zip, PDF, picture) given as a roster named, with how to save a CSV, and no bytes shown?"""
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    with pytest.raises(RosterError) as err:
        read_roster(path)
    assert kind in err.value.what and "found" not in err.value.what
    assert "\\x" not in err.value.message and err.value.fix
    if kind == "Excel workbook":
        assert "CSV UTF-8" in err.value.fix


@pytest.mark.parametrize(
    "text, line",
    [
        ('Name,Goal\nAda,"a new job\nGrace,Teach\nLinus,Kernels\n', 2),
        ('Name,Goal\nAda,Data\nGrace,"Teach\nLinus,Kernels\nKen,Unix\n', 3),
        ('Name;Goal;Coach\nAda;Data;Sam\nGrace;"Teach;Sam\nLinus;Kernels;Sam\nKen;Unix";Sam\n', 3),
    ],
)
def test_an_unmatched_quote_stops_at_the_line_where_it_opened(tmp_path, text, line):
    """Does a quote that swallows the following rows (never closed, or closed rows later) stop with its line?"""
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RosterError) as err:
        read_roster(path)
    assert err.value.line == line and "quote" in err.value.what and err.value.fix


def test_a_quoted_line_break_inside_one_cell_is_still_fine():
    """Is a goal written over two lines (quoted, as Excel saves it) read as one cell, not refused?"""
    roster = parse_roster('Name,Goal,Coach\nAda,"Find a mentor\nand, in 2027, a new job",Sam\nGrace,Teach,Sam\n')
    assert [p.fields["goal"] for p in roster.participants] == ["Find a mentor\nand, in 2027, a new job", "Teach"]


@pytest.mark.parametrize("char, name", [("\x00", "NUL"), ("\x07", "U+0007"), ("\x1b", "U+001B")])
def test_control_characters_are_refused_with_line_and_column(char, name):
    """Are NUL and other control characters refused with the line and column, so they never reach a name?"""
    with pytest.raises(RosterError) as err:
        parse_roster(f"Name,Goal\nAda,Data\nGr{char}ace,Teach\n")
    assert (err.value.line, err.value.column) == (3, 3) and name in err.value.what


def test_a_tab_separated_roster_is_read():
    """Is a tab-separated export (Numbers, Excel's "Text (tab delimited)") read like a CSV?"""
    roster = parse_roster("Name\tGoal\nAda\tData, science\n")
    assert roster.delimiter == "\t" and roster.participants[0].fields["goal"] == "Data, science"


def test_a_huge_cell_is_a_roster_error_not_a_traceback(tmp_path):
    """Does a cell larger than the csv module's field limit stop with the file, line and a fix?"""
    path = tmp_path / "huge.csv"
    path.write_text("Name,Goal\nAda," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(RosterError) as err:
        read_roster(path)
    assert err.value.where == str(path) and err.value.line == 2 and err.value.fix


def test_damaged_utf16_is_a_roster_error_not_a_traceback(tmp_path):
    """Is a file with a UTF-16 byte-order mark but broken UTF-16 inside refused with a fix?"""
    path = tmp_path / "u16.csv"
    path.write_bytes(b"\xff\xfeN\x00a\x00\x00\xd8")
    with pytest.raises(RosterError) as err:
        read_roster(path)
    assert "UTF-16" in err.value.what and err.value.fix


def test_the_workshop_country_is_a_roster_field_checked_on_its_line():
    """Is a 'Country' column (or --country as the default) kept as a code, and an unknown one refused on its line?"""
    roster = parse_roster("Name,Country\nA,de-by\nB,\n", defaults={"country": "uk"})
    assert [p.fields["country"] for p in roster.participants] == ["DE-BY", "GB"]
    assert roster.participants[0].workbook_parameters()["country"] == "DE-BY"
    with pytest.raises(RosterError) as caught:
        parse_roster("Name,Country\nA,GB\nB,Narnia\n", where="roster.csv")
    assert (caught.value.line, caught.value.column) == (3, "country")
    assert "'Narnia' is not a country" in caught.value.message and "GB, DE, US" in caught.value.fix
    with pytest.raises(RosterError, match=r"--country"):
        parse_roster("Name\nA\n", defaults={"country": "XX"})


# Issue 24: headers by meaning, --column, duplicates without accents -------------------------------------------


def test_a_google_form_export_is_read_by_the_meaning_of_its_questions():
    """Are the questions of a Google Forms export ("What is your goal for this workshop?", "Which sectors are you
    aiming at?", "Which organisations would you love to work for?", career stage) read into their fields, and the
    form's Timestamp and the phone number left out?"""
    roster = read_roster(ROSTERS / "google_form_questions.csv")
    mei = next(p for p in roster.participants if p.name == "Mei Chen")
    assert mei.fields["goal"] == "Find a mentor in data journalism"
    assert mei.fields["target_sectors"] == "Media"
    assert mei.fields["target_organisations"] == "The Guardian; BBC"
    assert mei.fields["career_stage"] == "Early career"
    assert mei.email == "mei@example.org"
    assert roster.ignored_columns == ["Timestamp", "Phone number"]


def test_the_same_person_submitting_twice_is_one_participant_the_later_winning():
    """Are "José García" and "Jose  Garcia" with the same e-mail (any case) one participant, the second submission
    kept, with a warning naming both lines?"""
    roster = read_roster(ROSTERS / "google_form_questions.csv")
    assert [p.name for p in roster.participants] == ["Jose Garcia", "Mei Chen"]
    jose = roster.participants[0]
    assert jose.line == 4 and jose.fields["target_organisations"] == "WHO; OECD; Wellcome Trust"
    (warning,) = [w for w in roster.warnings if "one person" in w]
    assert "line 4" in warning and "line 2" in warning and "José García" in warning and "later" in warning


@pytest.mark.parametrize(
    "rows, names",
    [
        ("José García,\nJOSE GARCIA,\n", ["JOSE GARCIA"]),  # no e-mails: the name decides
        ("Zoë Brontë,zoe@example.org\nZoe Bronte,\n", ["Zoe Bronte"]),  # one e-mail missing: still the name
        ("Ana Lima,ana@example.org\nAna Lima,ana.lima@example.net\n", ["Ana Lima", "Ana Lima"]),  # two people
        ("Ana Lima,ana@example.org\nAna L.,ANA@example.org\n", ["Ana L."]),  # the e-mail decides
        ("Jean-Luc Picard,\nJean Luc Picard,\n", ["Jean-Luc Picard", "Jean Luc Picard"]),  # punctuation differs
    ],
)
def test_duplicates_by_email_or_by_name_without_accents_case_or_spacing(rows, names):
    """Is a row the same participant when its e-mail matches, or its name matches without accents, case or spaces
    and no two different e-mails say they are namesakes?"""
    roster = parse_roster("Name,Email\n" + rows)
    assert [p.name for p in roster.participants] == names


@pytest.mark.parametrize(
    "header, field",
    [
        ("Was ist Ihr Ziel für den Workshop?", "goal"),
        ("Quels secteurs visez-vous ?", "target_sectors"),
        ("¿En qué empresas te gustaría trabajar?", "target_organisations"),
        ("In welcher Branche möchten Sie arbeiten?", "target_sectors"),
        ("Objectif principal", "goal"),
        ("Career stage (student, early, mid, senior)", "career_stage"),
        ("Which companies would you like to work for?", "target_organisations"),
    ],
)
def test_sign_up_questions_in_four_languages_find_their_field(header, field):
    """Are form questions in English, German, French and Spanish read into the field their words name?"""
    roster = parse_roster(f'Name,"{header}"\nAda,the answer\n')
    assert roster.participants[0].fields[field] == "the answer"


@pytest.mark.parametrize(
    "header, other, why",
    [
        ("Why are you here?", "Email", "may hold the goal"),
        ("Which sectors and companies interest you?", "Goal", "target sectors or target organisations"),
        ("Current employer", "Goal", "current"),
        ("Organisation", "Goal", "current organisation rather than a target"),  # today's employer, or an aim?
        ("Industry", "Goal", "current sector rather than a target"),
        ("What is your goal?", "Goal", "another column already gives"),
    ],
)
def test_a_column_that_looks_like_a_field_stops_everything_with_the_option_to_write(header, other, why):
    """Does a column that may be a workbook field, but not surely, stop the roster with the --column option to
    write (instead of a generic workbook with every answer listed as ignored)?"""
    with pytest.raises(RosterError) as err:
        parse_roster(f'Name,{other},"{header}"\nAda,Find a mentor,x\n', where="signup.csv")
    message = str(err.value)
    assert why in message and f'--column "{header[:20]}' in message and "ignore" in message
    assert "nothing was written" in message


def test_column_mapping_by_prefix_and_ignore():
    """Does --column map a long question given by its beginning and '…', and 'ignore' leave a column out?"""
    text = 'Name,"Why are you here, in a few words?",Current employer\nAda,To meet people,Tidewater\n'
    roster = parse_roster(text, columns={"Why are you here…": "Goal", "Current employer": "ignore"})
    assert roster.participants[0].fields["goal"] == "To meet people"
    assert roster.ignored_columns == ["Current employer"]
    assert "Tidewater" not in repr(roster.participants[0].workbook_parameters())


@pytest.mark.parametrize(
    "columns, words",
    [
        ({"Nope": "Goal"}, "no column is headed 'Nope'"),
        ({"Notes": "Favourite colour"}, "is not a roster field"),
    ],
)
def test_a_wrong_column_mapping_is_a_message(columns, words):
    """Does a --column naming no header, or no field, stop with a message listing what exists?"""
    with pytest.raises(RosterError) as err:
        parse_roster("Name,Notes\nAda,x\n", columns=columns)
    assert words in str(err.value) and "How to fix" in str(err.value)


def test_unclear_columns_stop_render_before_anything_is_written(tmp_path):
    """Does `netkit render` exit 2 without creating the output folder, and render once the columns are mapped?"""
    from click.testing import CliRunner

    from netkit.cli import cli

    roster, out = ROSTERS / "form_unclear_columns.csv", tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(roster), "-o", str(out), "-q"])
    assert result.exit_code == 2 and "--column" in result.output and not out.exists()
    result = CliRunner().invoke(
        cli,
        [
            "render",
            str(roster),
            "-o",
            str(out),
            "-q",
            "--column",
            "What do you wish…=Goal",
            "--column",
            "Current employer=ignore",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Ignored roster columns (never put into a workbook): Current employer" in result.output


def test_emails_lists_ignored_columns_like_render(tmp_path):
    """Does `netkit emails` list the roster columns it ignores, and take --column like render?"""
    from click.testing import CliRunner

    from netkit.cli import cli

    result = CliRunner().invoke(
        cli,
        ["emails", str(ROSTERS / "google_form_questions.csv"), "--kind", "pre-work", "-o", str(tmp_path / "m")],
    )
    assert result.exit_code == 0, result.output
    assert "Ignored roster columns (never put into an e-mail): Timestamp, Phone number" in result.output
    assert len(list((tmp_path / "m").glob("*.eml"))) == 2
    result = CliRunner().invoke(
        cli,
        ["emails", str(ROSTERS / "form_unclear_columns.csv"), "--kind", "pre-work", "-o", str(tmp_path / "n")],
    )
    assert result.exit_code == 2 and "--column" in result.output


@pytest.mark.parametrize(
    "header",
    ["Coach's private notes", "Notes for the coach", "Phone (coach only)", "Kommentar des Trainers", "Allergies"],
)
def test_private_columns_are_never_matched_by_their_words(header):
    """Is a private column left out even when its words name a field ("Coach's private notes" is no coach)?"""
    roster = parse_roster(f'Name,Goal,"{header}"\nAda,Find a mentor,SECRET\n')
    assert roster.ignored_columns == [header]
    assert "SECRET" not in repr(roster.participants[0].workbook_parameters())


def test_hub_delivery_reads_a_roster_whose_unclear_columns_render_had_mapped():
    """Does hub delivery (names, e-mails, hub users only) read a roster with unclear columns without --column,
    leaving them out, while render stops on it?"""
    from netkit.hub import map_from_roster

    roster = ROSTERS / "form_unclear_columns.csv"
    with pytest.raises(RosterError):
        read_roster(roster)
    people = read_roster(roster, unclear="ignore")
    assert people.participants[0].fields["goal"] == "" and "Current employer" in people.ignored_columns
    entries = [{"id": people.participants[0].id}]
    assert map_from_roster(roster, entries, user_from="email") == {people.participants[0].id: "ada@example.org"}


@pytest.mark.parametrize(
    "text, name, email, goal",
    [
        (
            "Vorname,Nachname,E-Mail-Adresse,Was ist Ihr Ziel?\nJürgen,Weiß,j@example.de,Mentor\n",
            "Jürgen Weiß",
            "j@example.de",
            "Mentor",
        ),
        (
            "Prénom;Nom;Courriel;Quel est votre objectif ?\nHélène;Dupré;h@example.fr;Réseau\n",
            "Hélène Dupré",
            "h@example.fr",
            "Réseau",
        ),
        ("Nom;Courriel\nHélène Dupré;h@example.fr\n", "Hélène Dupré", "h@example.fr", ""),
        (
            "Nombre;Apellidos;Correo electrónico;¿Cuál es tu objetivo?\nJosé;García;j@example.es;Cambiar\n",
            "José García",
            "j@example.es",
            "Cambiar",
        ),
        ("Nombre,Email\nJosé García,j@example.es\n", "José García", "j@example.es", ""),
    ],
)
def test_german_french_and_spanish_name_and_email_headers(text, name, email, goal):
    """Are Vorname/Nachname, Prénom/Nom (Nom alone: the whole name), Nombre/Apellidos and the e-mail headers of
    German, French and Spanish sheets read, accents or not?"""
    person = parse_roster(text).participants[0]
    assert (person.name, person.email, person.fields["goal"]) == (name, email, goal)
