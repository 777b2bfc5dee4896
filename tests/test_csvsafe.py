"""Spreadsheet-safe CSV: formulas neutralised (OWASP CSV injection), UTF-8 with BOM."""

from __future__ import annotations

import csv
import io

import pytest

from netkit.csvsafe import BOM, csv_text, safe_cell, write_csv


@pytest.mark.parametrize("text", ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://e")'])
def test_formula_starts_get_a_quote(text):
    """Does every text cell starting with = + - @ tab or CR get a leading quote?"""
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value,expected",
    [("Zoë", "Zoë"), ("a=b", "a=b"), ("", ""), (None, ""), (-3, "-3"), (2.5, "2.5"), (True, "yes"), (" =x", " =x")],
)
def test_other_cells_are_left_alone(value, expected):
    """Are plain text, numbers (negative too) and empty cells left as they are?"""
    assert safe_cell(value) == expected


def test_csv_text_quotes_and_neutralises_every_cell():
    """Do header and rows both go through safe_cell, with commas and quotes kept intact?"""
    text = csv_text(["=h", "b"], [["=cmd|' /C calc'!A0", 'say "hi", then'], [-1, None]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["'=h", "b"], ["'=cmd|' /C calc'!A0", 'say "hi", then'], ["-1", ""]]


def test_write_csv_has_a_bom_and_round_trips(tmp_path):
    """Is the file UTF-8 with a BOM (so Excel reads accents) and readable back?"""
    path = write_csv(tmp_path / "x.csv", ["name"], [["李伟"], ["Sofía"]])
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    assert list(csv.reader(io.StringIO(raw.decode("utf-8-sig")))) == [["name"], ["李伟"], ["Sofía"]]
    assert not list(tmp_path.glob("*.netkit-tmp"))
