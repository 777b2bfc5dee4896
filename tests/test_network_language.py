"""The network exercise's coaching texts in the participant's language: the charts, the stay-in-touch reminders,
the import report and the country problem, in German (du) and Spanish (tú); English word for word as before;
names escaped in every language."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netkit.business_days import COUNTRY_WHERE, checked_country
from netkit.contacts import Contact
from netkit.contacts.import_report import ImportReport, Problem
from netkit.exercises.network import analysis, charts
from netkit.exercises.network.charts import reciprocity_svg, summary_svg
from netkit.exercises.network.due import stay_in_touch_reminders
from netkit.languages import Nn_
from netkit.widgets.network import NetworkMap
from netkit.widgets.outreach import OutreachComposer

TODAY = dt.date(2026, 11, 24)
NS = "{http://www.w3.org/2000/svg}"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "contacts"
HOSTILE = "<img src=x onerror=alert(1)> {count} $5"
RINGS = ("inner", "close", "regular", "acquaintance", "dormant")


def _people(count: int = 1300) -> list[Contact]:
    people = [
        Contact(f"P{i}", organisation=f"O{i % 40}", sector=("Tech", "")[i % 2], ring=RINGS[i % 5]) for i in range(count)
    ]
    people[0].log(TODAY, "call", "gave")
    people[1].log(TODAY, "call", "asked")
    people[1].log(TODAY, "call", "asked")
    return people


def _read(svg: str) -> tuple[str, str, list[str]]:
    """(title, description, every text) of an SVG chart; parsing also proves the SVG is well formed."""
    root = ET.fromstring(svg)
    return (
        root.find(f"{NS}title").text or "",
        root.find(f"{NS}desc").text or "",
        ["".join(t.itertext()) for t in root.iter(f"{NS}text")],
    )


# ---------------------------------------------------------------------- charts
SUMMARY = {
    "de": (
        "1.300 Kontakte in 40 Organisationen · 20\xa0% eingeschlafen",
        {"Nach Nähe", "Nach Branche", "Engster Kreis", "Eingeschlafen", "(keine Branche angegeben)", "650"},
        "Nach Nähe: Engster Kreis 260",
    ),
    "es": (
        "1.300 contactos en 40 organizaciones · 20\xa0% dormidos",
        {"Por cercanía", "Por sector", "Círculo íntimo", "Dormido", "(sin sector indicado)", "650"},
        "Por cercanía: Círculo íntimo 260",
    ),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_summary_chart_speaks_the_language_with_its_numbers(language):
    """Are the summary's title, headings, ring names and the no-sector bar in the language, with the count grouped
    and the dormant share written the language's way ("1.300", "20 %")?"""
    title, texts_wanted, desc_start = SUMMARY[language]
    got_title, desc, texts = _read(summary_svg(_people(), TODAY, language=language))
    assert got_title == title and texts[0] == title
    assert texts_wanted <= set(texts)
    assert desc.startswith(desc_start)
    assert not {"By closeness", "By sector", "Inner circle", "(no sector given)"} & set(texts)


RECIPROCITY = {
    "de": (
        "Geben und Bitten: 1-mal gegeben, 2-mal gebeten (du hast mehr gebeten als gegeben)",
        {"◀ so oft gebeten", "so oft gegeben ▶", "(du hast mehr gebeten als gegeben)"},
        "P1: 0-mal gegeben, 2-mal gebeten",
    ),
    "es": (
        "Dar y pedir: diste 1, pediste 2 (has pedido más de lo que has dado)",
        {"◀ veces que pedí", "veces que di ▶", "(has pedido más de lo que has dado)"},
        "P1: diste 0, pediste 2",
    ),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_give_and_ask_chart_speaks_the_language(language):
    """Are the give-and-ask chart's title, balance, axis words and each row's description in the language?"""
    title, texts_wanted, desc_start = RECIPROCITY[language]
    got_title, desc, texts = _read(reciprocity_svg(_people(20), language=language))
    assert got_title == title and texts_wanted <= set(texts) and desc.startswith(desc_start)


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", ("Füg Kontakte hinzu", "Trag ein paar Begegnungen ein")), ("es", ("Añade contactos", "Anota algunas"))],
)
def test_empty_charts_say_what_to_do_in_the_language(language, words):
    """With nothing to draw, do both charts say what to do in the participant's language?"""
    assert words[0] in _read(summary_svg([], TODAY, language=language))[2][0]
    assert words[1] in _read(reciprocity_svg([Contact("Kim")], language=language))[2][0]


def test_english_charts_are_unchanged():
    """Is English, asked for or by default, the chart as the kit always drew it (the 1-contact title included)?"""
    people = _people(30)
    for language in ("", "en"):
        assert summary_svg(people, TODAY, language=language) == summary_svg(people, TODAY)
        assert reciprocity_svg(people, language=language) == reciprocity_svg(people)
    assert _read(summary_svg([Contact("Solo")], TODAY))[0] == "1 contacts in 0 organisations · 0% dormant"
    assert (
        _read(reciprocity_svg(people))[0]
        == "Give and ask: you gave 1, asked 2 (you have asked more than you have given)"
    )
    assert _read(summary_svg([Contact("Solo")], TODAY, language="de"))[0] == (
        "1 Kontakt in 0 Organisationen · 0\xa0% eingeschlafen"
    )


def test_the_no_sector_words_are_the_ones_summarise_counts():
    """Does the chart translate exactly the sector name the analysis gives contacts without one?"""
    assert charts._NO_SECTOR == analysis.UNKNOWN_SECTOR


@pytest.mark.parametrize("language", ["", "en", "de", "es"])
def test_hostile_names_stay_text_in_every_chart_and_language(language):
    """Is a name holding markup, a gap and a dollar written as text (well-formed SVG, no tag) in every language?"""
    giver = Contact(HOSTILE, sector="<b>bold</b>", ring="inner")
    giver.log(TODAY, "call", "gave")
    for svg in (reciprocity_svg([giver], language=language), summary_svg([giver], TODAY, language=language)):
        _title, _desc, texts = _read(svg)
        assert "<img" not in svg and "<b>" not in svg
        assert any(t.startswith("<img src=x") for t in texts) or "<b>bold</b>" in texts
    assert HOSTILE in _read(reciprocity_svg([giver], language=language))[1]


# ---------------------------------------------------------------------- stay-in-touch reminders
@pytest.mark.parametrize(
    ("language", "title", "description"),
    [
        ("de", "Melde dich bei P0", "Engster Kreis: alle zwei Wochen."),
        ("es", "Ponte en contacto con P0", "Círculo íntimo: cada dos semanas."),
        ("", "Get in touch with P0", "Inner circle: every two weeks."),
    ],
)
def test_stay_in_touch_reminders_in_the_language(language, title, description):
    """Do the calendar reminders' titles and rhythm descriptions follow the language (English as before)?"""
    reminders = {r.title: r for r in stay_in_touch_reminders(_people(5), TODAY, language=language)}
    assert reminders[title].description == description
    assert [r.rrule for r in stay_in_touch_reminders(_people(5), TODAY, language=language)] == [
        r.rrule for r in stay_in_touch_reminders(_people(5), TODAY)
    ]


def test_a_reminder_keeps_a_name_with_gaps_as_written():
    """Is a name holding "{name}" or "{count}" kept as written in a translated title (filled in one pass)?"""
    person = Contact("Ana {name} {count}", ring="close")
    assert stay_in_touch_reminders([person], TODAY, language="de")[0].title == "Melde dich bei Ana {name} {count}"


# ---------------------------------------------------------------------- import report
def _report() -> ImportReport:
    report = ImportReport("uploads/Connections.csv", "linkedin", encoding="utf-8", imported=1200, merged=1234)
    report.skipped = [Problem(line, "no name") for line in range(2, 12)] + [Problem(None, "a contact group")]
    report.warnings = [Problem(4, "only a nickname ('Bo'): kept under it; add the full name")]
    report.merges = ["Ada Quillfeather (row 9) into Ada Quillfeather"]
    return report


def test_the_import_report_in_german():
    """Are the report's summary line and details German, with grouped numbers, and the file name as written?"""
    report = _report()
    assert report.summary("de") == (
        "Connections.csv (LinkedIn-Export, UTF-8): 1.200 neue Kontakte, 1.234 zusammengeführt, 11 übersprungen "
        "(Zeilen 2, 3, 4, 5, 6, 7, 8, 9 und 2 weitere), 1 Hinweis"
    )
    details = report.details(limit=3, language="de")
    assert details == [
        "übersprungen – Zeile 2: no name",
        "übersprungen – Zeile 3: no name",
        "übersprungen – Zeile 4: no name",
        "… und 10 weitere",
    ]
    assert report.details(language="de")[-2:] == [
        "Hinweis – Zeile 4: only a nickname ('Bo'): kept under it; add the full name",
        "zusammengeführt – Ada Quillfeather (row 9) into Ada Quillfeather",
    ]


def test_the_import_report_in_spanish():
    """Are the report's summary line and details Spanish, singular where there is one?"""
    report = ImportReport("a.vcf", "vcard", imported=1, skipped=[Problem(7, "no name")])
    assert report.summary("es") == "a.vcf (archivo vCard): 1 contacto nuevo, 0 fusionados, 1 omitidos (línea 7)"
    assert report.details(language="es") == ["omitido: línea 7: no name"]


def test_the_english_import_report_is_unchanged():
    """Is English, asked for or by default, the report word for word as before?"""
    report = _report()
    expected = (
        "Connections.csv (LinkedIn export, UTF-8): 1,200 new contacts, 1,234 merged, 11 skipped "
        "(lines 2, 3, 4, 5, 6, 7, 8, 9 and 2 more), 1 note"
    )
    assert report.summary() == report.summary("en") == expected
    assert report.details(limit=3) == [
        "skipped line 2: no name",
        "skipped line 3: no name",
        "skipped line 4: no name",
        "… and 10 more",
    ]
    assert str(Problem(7, "no name")) == "line 7: no name" and str(Problem(None, "odd")) == "odd"


@pytest.mark.parametrize(
    ("layout", "language", "shown"),
    [
        ("Outlook CSV (German)", "de", "CSV aus Outlook (Deutsch)"),
        ("Outlook CSV (German)", "es", "CSV de Outlook (alemán)"),
        (
            "Thunderbird CSV (Spanish), e-mail addresses only",
            "de",
            "CSV aus Thunderbird (Spanisch), nur E-Mail-Adressen",
        ),
        ("contacts CSV, e-mail addresses only", "es", "CSV de contactos, solo direcciones de correo"),
        ("vCard 3.0", "de", "vCard 3.0"),
        ("Outlook CSV (German)", "", "Outlook CSV (German)"),
        ("<b>Odd</b> CSV (German)", "de", "<b>Odd</b> CSV (German)"),
    ],
)
def test_the_layout_a_reader_found_is_named_in_the_language(layout, language, shown):
    """Is the layout a reader found (its maker, its header's language, "addresses only") named in the participant's
    language, and a layout of other words left as written?"""
    report = ImportReport("f.csv", "outlook", layout=layout)
    assert report.detected(language) == shown


VCARDS = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nNICKNAME:Bo {count}\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:cy@example.org\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
)
CSV_ROWS = b"name,ring,last_contact,email\nAna,closest,someday,-\n,close,,\n" + b",close,,dee@example.org\n"
READERS = {
    "de": (
        "Zeile 1: Karte 1 hat nur einen Spitznamen ('Bo {count}'): unter diesem übernommen",
        "Karte 2 hat eine E-Mail-Adresse, aber keinen Namen",
        "übersprungen – Zeile 9: Karte 3 hat weder Namen noch Spitznamen, E-Mail-Adresse oder Organisation",
        "Kreis 'closest' ist keiner von inner, close, regular, acquaintance, dormant",
        "last_contact 'someday' ist kein Datum, das ich lesen kann",
        "1 Platzhalter statt E-Mail-Adresse",
        "übersprungen – Zeile 3: kein Name",
        "Zeile 4: eine E-Mail-Adresse, aber kein Name",
        "Hinweis – Datumsangaben als „Tag vor Monat“ gelesen: kein Datum in der Datei macht es eindeutig",
    ),
    "es": (
        "línea 1: la tarjeta 1 solo tiene un apodo ('Bo {count}'): se guardó con él",
        "la tarjeta 2 tiene correo pero no nombre",
        "omitido: línea 9: la tarjeta 3 no tiene nombre, apodo, correo ni organización",
        "el círculo 'closest' no es ninguno de inner, close, regular, acquaintance, dormant",
        "last_contact 'someday' no es una fecha que pueda leer",
        "1 marcador en lugar de correo",
        "omitido: línea 3: sin nombre",
        "línea 4: correo pero sin nombre",
        "aviso: fechas leídas con el día primero: ninguna fecha del archivo lo decide",
    ),
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_readers_reasons_are_in_the_language(language):
    """Are the reasons the vCard and CSV readers give (nickname only, no name, a ring or date they cannot read,
    placeholders) in the participant's language, a name with a gap kept as written, and the JSON the coach's
    report reads still the English reasons?"""
    from netkit.contacts.importers import import_into

    shown = []
    for data, source in ((VCARDS, "cards.vcf"), (CSV_ROWS, "rows.csv")):
        _everyone, report = import_into([], data, source=source)
        shown += report.details(language=language)
        assert report.to_json() == import_into([], data, source=source)[1].to_json()
        reasons = [p["reason"] for p in report.to_json()["skipped"]]
        assert reasons in (["no name"], ["card 3 has no name, nickname, e-mail or organisation"])
    text = "\n".join(shown)
    assert all(words in text for words in READERS[language]), [w for w in READERS[language] if w not in text]
    assert "no name" not in text and "nickname" not in text


@pytest.mark.parametrize(
    ("dates", "de", "es"),
    [
        (
            "2026-01-05,31/12/2020",
            "'31/12/2020' in Zeile 3 passt nur, wenn der Tag vorne steht",
            "el día primero: '31/12",
        ),
        ("2026-01-05,12/31/2020", "„Monat vor Tag“ gelesen: '12/31/2020' in Zeile 3 passt nur", "el mes primero"),
        ("31/12/2020,12/31/2020", "die Datei mischt beide Reihenfolgen ('31/12/2020' in Zeile 2", "mezcla los dos"),
    ],
)
def test_the_date_order_note_is_in_the_language(dates, de, es):
    """Does the note on how the file's dates were read (day or month first, and why) follow the language, with the
    English note as before?"""
    from netkit.contacts.importers import import_into

    first, second = dates.split(",")
    data = f"name,last_contact\nAna,{first}\nBo,{second}\n".encode()
    report = import_into([], data, source="d.csv")[1]
    note = next(p for p in report.warnings if p.reason.startswith("dates read"))
    assert de in note.reason_in("de") and es in note.reason_in("es") and note.reason_in("en") == note.reason


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "de",
            "zusammengeführt – Zeile 2: 'Hannah Berg' in 'Hannah Berg' (von Hand eingetragen): gleicher Name und "
            "gleiche Organisation",
            "zusammengeführt – Zeile 4: 'Hannah Berg' in 'Hannah Berg' (aus linkedin): gleicher Name",
        ),
        (
            "es",
            "fusionado: línea 2: 'Hannah Berg' en 'Hannah Berg' (añadido a mano): mismo nombre y misma organización",
            "fusionado: línea 4: 'Hannah Berg' en 'Hannah Berg' (de linkedin): mismo nombre",
        ),
    ],
)
def test_the_merge_lines_are_in_the_language(language, first, second):
    """Does the report say who was merged into whom, and why, in the participant's language, with the English lines
    (``report.merges``) as before?"""
    from netkit.contacts.importers import import_into

    mine = [Contact("Hannah Berg", organisation="Polar Labs", ring="close")]
    data = (Path(__file__).resolve().parent / "fixtures" / "contacts" / "layouts" / "linkedin_2018.csv").read_bytes()
    report = import_into(mine, data, source="Connections.csv")[1]
    shown = report.details(language=language)
    assert first in shown and any(line.startswith(second) for line in shown), shown
    assert report.merges[0] == "line 2: 'Hannah Berg' into 'Hannah Berg' (entered by hand): same name and organisation"


def test_a_reason_said_in_english_is_as_the_readers_always_wrote_it():
    """Is a reason made from a message the same English sentence as before (counts grouped "1,200")?"""
    message = Nn_("{count} column netkit does not use: {columns}", "{count} columns netkit does not use: {columns}")
    problem = Problem.said(3, message, count=1200, columns="'x'")
    assert problem.reason == "1,200 columns netkit does not use: 'x'" and str(problem) == "line 3: " + problem.reason
    assert problem.reason_in("de") == "1.200 Spalten, die netkit nicht verwendet: 'x'"
    assert Problem(3, "as written").reason_in("de") == "as written"


def test_a_file_name_with_gaps_and_markup_is_kept_as_written():
    """Is a file name holding "{count}" or markup put in the sentence as written, in one pass?"""
    report = ImportReport("{count} <b>.csv", "csv", imported=2)
    assert report.summary("de").startswith("{count} <b>.csv (Kontakte-CSV): 2 neue Kontakte")


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", ("neue Kontakte", "Zeile 7", "übersprungen –")), ("es", ("contactos nuevos", "línea 7", "omitido:"))],
)
def test_the_network_form_reports_an_import_in_the_participants_language(store, language, words):
    """Does the form show the import's report in the participant's language?"""
    w = NetworkMap(name="Ada", store=store, today=TODAY, redraw_delay=None, language=language)
    w.import_bytes((FIXTURES / "linkedin_with_notes_preamble.csv").read_bytes(), "linkedin.csv")
    shown = html.unescape(w._import_report.value)
    assert all(word in shown for word in words), shown


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_network_form_draws_its_charts_in_the_participants_language(store, language):
    """Are the form's two charts in the participant's language, and a hostile name still text?"""
    w = NetworkMap(name="Ada", store=store, today=TODAY, redraw_delay=None, language=language)
    w.import_bytes(b"name,ring,sector\n" + HOSTILE.replace(",", " ").encode() + b",close,Tech\nBo,inner,\n", "mine.csv")
    w.refresh_pictures()
    words = {"de": ("Nach Nähe", "eingeschlafen"), "es": ("Por cercanía", "dormidos")}[language]
    assert all(word in w._summary.value for word in words)
    assert {"de": "Trag ein paar", "es": "Anota algunas"}[language] in w._reciprocity.value
    for value in (w._summary.value, w._reciprocity.value, w._import_report.value):
        assert "<img" not in value


# ---------------------------------------------------------------------- the country problem
@pytest.mark.parametrize(
    ("language", "setting", "words"),
    [
        ("de", "XX", ("Der Feiertagskalender kennt kein Land „XX“", "So behebst du es:", "Das Land des Workshops")),
        ("de", "DE-ZZ", ("„ZZ“ nicht als Region (Land: Deutschland)", "DE-<Region>", "BY")),
        ("es", "XX", ("no conoce ningún país llamado «XX»", "Cómo arreglarlo:", "El país del taller")),
        ("es", "GB-Narnia", ("la región «Narnia» (país: Reino Unido)", "GB-<región>", "ENG")),
    ],
)
def test_the_country_problem_in_the_language(language, setting, words):
    """Does a bad country setting fall back to weekends only and say why, where and how to fix it in the language,
    with the country named as the language names it?"""
    fallback, problem = checked_country(setting, where=COUNTRY_WHERE, language=language)
    assert fallback == ""
    assert all(word in problem for word in words), problem
    assert "How to fix" not in problem and "weekends" not in problem


def test_the_default_place_is_translated_too():
    """Is the default place ("the workshop's country setting") named in the language as well?"""
    assert checked_country("XX", language="de")[1].startswith("Ländereinstellung des Workshops: Der ")
    assert checked_country("XX", language="es")[1].startswith("País configurado para el taller: El ")


def test_the_english_country_problem_is_unchanged():
    """Is English, asked for or by default, the problem as before (the InputError's message, then the fallback)?"""
    for language in ("", "en"):
        _fallback, problem = checked_country("DE-ZZ", where="here", language=language)
        assert problem == (
            "here: 'ZZ' is not a region of Germany the public-holiday calendar knows\n"
            "  How to fix: write DE alone, or DE-<region> with one of: "
            + re.search(r"one of: (.*)\n", problem).group(1)
            + "\n  Until then, follow-up dates skip weekends only."
        )
    assert checked_country("de", language="de") == ("DE", "")


@pytest.mark.parametrize("language", ["", "de", "es"])
def test_the_outreach_form_shows_the_country_problem_escaped_in_the_language(store, language):
    """Does the outreach form show a hostile country setting's problem as text, in the participant's language?"""
    w = OutreachComposer(name="Sam", store=store, today=TODAY, country="<b>X</b>", language=language)
    assert "<b>X</b>" not in w._note.value and "&lt;b&gt;X&lt;/b&gt;" in w._note.value
    assert {"": "How to fix", "de": "So behebst du es", "es": "Cómo arreglarlo"}[language] in html.unescape(
        w._note.value
    )


# ---------------------------------------------------------------------- a defect class: calls pybabel cannot see
def _hidden_messages(source: str) -> list[str]:
    """The literal messages in ``source`` translated as ``gettext_for(language)("…")``: pybabel extracts a call by
    the name just before its bracket, so these never reach the catalogs and stay English in every language."""
    import ast

    hidden = []
    for node in ast.walk(ast.parse(source)):
        inner = node.func if isinstance(node, ast.Call) else None
        if (
            isinstance(inner, ast.Call)
            and getattr(inner.func, "id", getattr(inner.func, "attr", "")) in ("gettext_for", "ngettext_for")
            and node.args
            and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        ):
            hidden.append(ast.unparse(node.args[0]))
    return hidden


def test_no_message_is_translated_where_pybabel_cannot_see_it():
    """Does no module translate a literal through ``gettext_for(language)("…")`` (bind ``_`` first)?"""
    root = Path(__file__).resolve().parent.parent / "netkit"
    found = {
        str(path.relative_to(root)): hidden
        for path in sorted(root.rglob("*.py"))
        if (hidden := _hidden_messages(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_hidden_message_check_finds_one():
    """Does the check above catch the pattern it is about, and leave a bound ``_`` alone?"""
    assert _hidden_messages('gettext_for(language)("line {line}")') == ["'line {line}'"]
    assert _hidden_messages('ngettext_for(language)("{n} day", "{n} days", n)') == ["'{n} day'"]
    assert _hidden_messages('_ = gettext_for(language)\n_("line {line}")\ngettext_for(language)(name)') == []


# ---------------------------------------------------------------------- the whole form, end to end
EXPORT = (
    b"name,ring,sector,organisation,last_contact\n<b>Bo</b> $5,inner,Tech,Initech,2024-01-05\n"
    b"Cy,dormant,,Globex,2023-03-01\n"
    + b"".join(f"P{i},acquaintance,Health,O{i},2026-10-01\n".encode() for i in range(1200))
)
WHOLE_FORM = {
    "de": {
        "findings": ("Du hast 1.202 Kontakte in 1.202 Organisationen", "seit 3 Jahren still"),
        "map": ("Was die Karte zeigt", "Engster Kreis 1", "Bekannt 1.200"),
        "table": ("Letzter Kontakt", "5. Jan. 2024", "1. Dez. 2026"),
        "summary": ("1.202 Kontakte in 1.202 Organisationen", "Nach Nähe"),
        "report": ("1.202 neue Kontakte", "Kontakte-CSV"),
    },
    "es": {
        "findings": ("Tienes 1.202 contactos en 1.202 organizaciones", "desde hace 3 años"),
        "map": ("Qué muestra el mapa", "Círculo íntimo 1", "Conocido 1.200"),
        "table": ("Último contacto", "5 ene 2024", "1 dic 2026"),
        "summary": ("1.202 contactos en 1.202 organizaciones", "Por cercanía"),
        "report": ("1.202 contactos nuevos", "CSV de contactos"),
    },
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_whole_network_form_speaks_the_participants_language(store, language):
    """After an import, are the form's findings, map caption, table dates, summary chart and import report all in the
    participant's language, with numbers grouped and dates written its way, and a hostile name still text?"""
    w = NetworkMap(
        name="Ada", target_organisations="Globex", store=store, today=TODAY, redraw_delay=None, language=language
    )
    w.import_bytes(EXPORT, "mine.csv")
    w.refresh_pictures()
    shown = {
        "findings": w._findings.value,
        "map": w._map.value,
        "table": w._table.value,
        "summary": w._summary.value,
        "report": w._import_report.value,
    }
    for part, words in WHOLE_FORM[language].items():
        text = html.unescape(shown[part])
        assert all(word in text for word in words), (part, [word for word in words if word not in text])
    for value in shown.values():
        assert "<b>Bo" not in value


# ---------------------------------------------------------------------- what an import says about the file's encoding
ENCODING_CASES = {
    # a legacy code page guessed (the file is not UTF-8): the note names the code page and why
    "cp1252": ("name,organisation\nJürgen Groß,Müller AG\nZoë Brontë,Café Olé\n".encode("cp1252"), "contacts.csv"),
    # UTF-16 without a byte-order mark: guessed from the zero bytes
    "utf16": ("name,organisation\nAna Lima,Acme\n".encode("utf-16-le"), "contacts.csv"),
    # text damaged by a wrong decode before it was saved (mojibake), on two lines
    "mojibake": ("name,organisation\nJÃ¼rgen GroÃŸ,Acme\nZoÃ« BrontÃ«,Acme\n".encode(), "contacts.csv"),
    # a vCard 2.1 whose values name no CHARSET and are not UTF-8
    "vcard": (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Groß;Jürgen\r\nFN:Jürgen Groß\r\nEND:VCARD\r\n".encode("cp1252"),
        "contacts.vcf",
    ),
}
ENGLISH_WORDS = re.compile(r"\b(read as|a guess|Check|next time|looks like|damaged|export|values without)\b")


@pytest.mark.parametrize("case", sorted(ENCODING_CASES))
@pytest.mark.parametrize("language", ["de", "es"])
def test_an_import_s_notes_on_the_encoding_are_in_the_participant_s_language(case, language):
    """Is every note about how a file was read (guessed code page and why, missing byte-order mark, mojibake, a
    vCard's values without CHARSET) said in the participant's language, with the file's facts kept?"""
    from netkit.contacts.importers import import_into

    data, source = ENCODING_CASES[case]
    report = import_into([], data, source=source)[1]
    assert report.warnings, "the case should give a note"
    english = [p.in_words() for p in report.warnings]
    said = [p.in_words(language) for p in report.warnings]
    for before, after in zip(english, said, strict=True):
        assert ENGLISH_WORDS.search(before), before  # the English note is the kit's own words
        assert not ENGLISH_WORDS.search(after), after
        assert after != before
    summary = report.summary(language)
    assert not re.search(r"\b(Western European|byte-order mark)\b", summary), summary


def test_the_encoding_notes_in_german_name_the_code_page_and_the_line():
    from netkit.contacts.importers import import_into

    report = import_into([], ENCODING_CASES["cp1252"][0], source="contacts.csv")[1]
    (note,) = [p.in_words("de") for p in report.warnings]
    assert note.startswith("contacts.csv: als Windows-1252 (westeuropäisch, die alte Kodierung von Excel) gelesen")
    assert "erstes anderes Byte in Zeile 2" in note and "„CSV UTF-8“" in note
    assert "Windows-1252 (westeuropäisch" in report.detected("de")
    assert report.detected() == "contacts CSV, Windows-1252 (Western European, Excel's legacy encoding)"


def test_mojibake_on_several_lines_is_counted_with_the_language_s_plural():
    from netkit.contacts.importers import import_into

    report = import_into([], ENCODING_CASES["mojibake"][0], source="contacts.csv")[1]
    (problem,) = report.warnings
    assert "(and 1 more line)" in problem.in_words()
    assert "(und 1 weitere Zeile)" in problem.in_words("de") and "(y 1 línea más)" in problem.in_words("es")
    three = "name,organisation\n" + "".join(f"JÃ¼rgen {i},Acme\n" for i in range(4))
    (problem,) = import_into([], three.encode(), source="contacts.csv")[1].warnings
    assert "(and 3 more lines)" in problem.in_words() and "(und 3 weitere Zeilen)" in problem.in_words("de")
    assert "(y 3 líneas más)" in problem.in_words("es")


def test_a_roster_s_encoding_note_stays_in_the_coach_s_english():
    """The roster is the coach's file: its decoding notes are plain English strings, as the render report shows."""
    from netkit.coach.roster import decode_roster

    _text, encoding, warnings = decode_roster("name\nJürgen Groß\n".encode("cp1252"), "roster.csv")
    assert encoding == "cp1252" and all(isinstance(w, str) for w in warnings)
    assert warnings and warnings[0].startswith("roster.csv: read as Windows-1252")


# ----------------------------------------------------------- what a vCard reader says about a card's damaged structure
DAMAGED_VCARDS = (
    "FN:Stray Line\r\nEMAIL:stray@example.org\r\n"  # vCard lines before any card, never closed: skipped
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Family\r\nKIND:group\r\nMEMBER:urn:uuid:1\r\nMEMBER:urn:uuid:2\r\nEND:VCARD\r\n"
    "BEGIN:VCAR\r\nVERSION:3.0\r\nFN:Misspelt Begin\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
    "AGENT:BEGIN:VCARD\\nFN:Agent\\nEND:VCARD\r\nEND:VCARD\r\n"
    "VERSION:3.0\r\nFN:Lost Its Begin\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n"
)
#: Words of the English notes that a German or Spanish participant must not see.
STRUCTURE_WORDS = re.compile(
    r"\b(look like|outside any card|contact group|not a person|reads|read as the start|is missing|read anyway|"
    r"was not read|pictures|was skipped|cut off|kept what it holds|members|card)\b"
)


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_vcard_s_structure_notes_are_in_the_participant_s_language(language):
    """Are the reasons a vCard reader gives for one card (stray lines skipped, a contact group, a misspelt or missing
    BEGIN, a picture or a nested AGENT left out, a card cut off at the end) said in the participant's language,
    with the line numbers and the card's name kept, while the coach's JSON keeps the English reasons?"""
    from netkit.contacts.importers import import_into

    everyone, report = import_into([], DAMAGED_VCARDS.encode(), source="cards.vcf")
    assert {c.name for c in everyone} == {"Misspelt Begin", "Lost Its Begin", "Cut Off"}
    english = [p.in_words() for p in report.skipped + report.warnings]
    said = [p.in_words(language) for p in report.skipped + report.warnings]
    assert len(said) >= 6, english
    for before, after in zip(english, said, strict=True):
        assert STRUCTURE_WORDS.search(before), before
        assert not STRUCTURE_WORDS.search(after), (before, after)
        assert re.findall(r"\d+", before) == re.findall(r"\d+", after), (before, after)
    text = "\n".join(said)
    assert "'Family'" in text and ("Kontaktgruppe (2 Mitglieder)" if language == "de" else "(2 miembros)") in text
    assert any("contact group (2 members)" in p["reason"] for p in report.to_json()["skipped"])
