"""Errors a person can act on."""

from __future__ import annotations

import pytest

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


def test_os_errors_are_said_with_their_path_and_a_fix(tmp_path):
    """Are the OSErrors a command meets (a folder for a file, a file in the path, /sys) said with path and fix?"""
    from netkit.exceptions import FileAccessError

    (tmp_path / "a-file").write_text("x")
    attempts = [
        lambda: open(tmp_path, "w"),
        lambda: (tmp_path / "a-file" / "out").mkdir(),
        lambda: open("/sys/netkit-test", "w"),
        lambda: open(tmp_path / "missing" / "x", "w"),
    ]
    for attempt in attempts:
        with pytest.raises(OSError) as caught:
            attempt()
        error = FileAccessError.from_os_error(caught.value)
        assert error.where and error.where in error.message and "How to fix" in error.message
        assert "Errno" not in error.message


def test_the_tree_in_the_docstring_names_every_error_netkit_defines():
    """exceptions.py's docstring is the map a maintainer reads: every NetkitError subclass anywhere in netkit is on
    it."""
    import importlib
    import pkgutil

    import netkit
    from netkit import exceptions

    for module in pkgutil.walk_packages(netkit.__path__, "netkit."):
        if not module.name.startswith(("netkit.widgets", "netkit.cli")):
            importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {cls} | {s for sub in cls.__subclasses__() for s in subclasses(sub)}

    defined = {cls.__name__ for cls in subclasses(exceptions.NetkitError) if cls.__module__.startswith("netkit.")}
    tree = exceptions.__doc__ or ""
    missing = sorted(name for name in defined if f" {name} " not in tree)
    assert len(defined) >= 15, defined
    assert not missing, f"add to the tree in netkit/exceptions.py: {missing}"
