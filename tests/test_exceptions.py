"""Errors a person can act on."""

from __future__ import annotations

from netkit.exceptions import RenderError, describe


def test_describe_reads_well_for_any_error():
    """Does a summary line give a NetkitError's message (or just what was wrong) and any other error's type?"""
    err = RenderError("no template", where="t.ipynb", fix="give one")
    assert describe(err) == err.message and describe(err, brief=True) == "no template"
    assert describe(ValueError("bad")) == "ValueError: bad"


def test_message_joins_what_where_and_fix():
    """Does an error read as 'file, line N, column: what' plus a fix line?"""
    err = RenderError("the name is empty", where="r.csv", line=3, column="name", fix="fill it in")
    assert str(err) == "r.csv, line 3, column 'name': the name is empty\n  How to fix: fill it in"
