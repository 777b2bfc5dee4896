"""contacts.json read the safe way: the same limits as an answers file, a clear message, never a traceback."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.contacts import load_contacts_file, save_contacts_file
from netkit.contacts.model import Contact
from netkit.exceptions import InputError


def deep(depth: int, leaf: object = 1) -> str:
    return "[" * depth + json.dumps(leaf) + "]" * depth


def wrapped(contacts_json: str) -> str:
    return '{"kind": "netkit-contacts", "schema": 1, "contacts": ' + contacts_json + "}"


NESTED = {
    "deep list of contacts": wrapped(deep(100_000)),
    "a bare deep list": deep(100_000),
    "a deep object": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "deep notes in a contact": wrapped('[{"name": "Kofi", "notes": ' + deep(900) + "}]"),
    "deep interactions": wrapped(
        '[{"name": "Kofi", "interactions": [{"date": "2026-11-02", "note": ' + deep(900) + "}]}]"
    ),
    "deep e-mails": wrapped('[{"name": "Kofi", "emails": ' + deep(900, "k@x.org") + "}]"),
    "deep but parseable": wrapped('[{"name": "Kofi", "ring": ' + deep(60) + "}]"),
}


@pytest.mark.parametrize("case", NESTED)
def test_a_deeply_nested_contacts_file_is_refused_with_a_message(tmp_path, case):
    """Does reading a contacts.json nested far deeper than contacts need stop with an InputError that says so and
    how to fix it (never a RecursionError)?"""
    path = tmp_path / "contacts.json"
    path.write_text(NESTED[case], encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_contacts_file(path)
    assert "nested" in refused.value.what and refused.value.fix


@pytest.mark.parametrize("case", ["deep list of contacts", "deep notes in a contact"])
@pytest.mark.parametrize(
    "command",
    [["export", "{f}", "-o", "{d}/out.csv"], ["map", "{f}", "-o", "{d}/map.svg"], ["import", "{csv}", "-o", "{f}"]],
)
def test_contacts_commands_refuse_a_nested_file_without_a_traceback(tmp_path, case, command):
    """`netkit contacts export`, `map` and `import -o` on such a file: a message naming the file,
    file untouched and nothing written."""
    path = tmp_path / "contacts.json"
    path.write_text(NESTED[case], encoding="utf-8")
    csv = tmp_path / "people.csv"
    csv.write_text("name,organisation\nAma,Acme\n", encoding="utf-8")
    args = ["contacts"] + [a.format(f=path, d=tmp_path, csv=csv) for a in command]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output  # 2: bad input
    assert "nested" in result.output and "contacts.json" in result.output and "Traceback" not in result.output
    assert path.read_text(encoding="utf-8") == NESTED[case]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.json", "people.csv"]


def test_a_large_ordinary_contacts_file_still_loads(tmp_path):
    """Are the limits far above a real file: 30,000 contacts with interactions load as before?"""
    people = [
        Contact.from_dict(
            {
                "name": f"Person {n}",
                "emails": [f"p{n}@x.org"],
                "interactions": [{"date": "2026-11-02", "kind": "coffee"}],
            }
        )
        for n in range(30_000)
    ]
    save_contacts_file(tmp_path / "contacts.json", people)
    assert len(load_contacts_file(tmp_path / "contacts.json")) == 30_000


def test_a_contacts_file_that_is_not_utf8_or_not_json_is_refused(tmp_path):
    """The other ways a file can be unreadable still give an InputError."""
    for raw in (b"\xff\xfe\x00garbage", b"{not json", b""):
        path = tmp_path / "contacts.json"
        path.write_bytes(raw)
        with pytest.raises(InputError):
            load_contacts_file(path)
