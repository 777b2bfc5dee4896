"""Every command against a table of hostile inputs: links, wrong kinds of path, unwritable
outputs, tampered manifests, hostile hub replies and tokens, hostile templates and names.

Each case runs the real command line (click's CliRunner, in-process) in a fresh copy of a small
render folder and asserts, whatever the case:

* the exit code the command documents: 2 for a problem that stops the command, 1 when some
  participants failed and the others were handled, 0 where the command reports and skips
  (``collect`` lists unreadable participants as warnings);
* no ``Traceback``, no uncaught exception, no terminal escape character in the output;
* nothing created, changed or removed outside OUT and the case's own output folder (the
  ``victim/`` folder that links point at is byte-for-byte unchanged, and its secret appears in no
  output, no report and no upload);
* nothing lost in OUT: every file there before is still there, answers byte-for-byte.

Roster parsing and vCard/contacts-file inputs have their own hostile tables
(tests/test_roster.py, tests/test_importers.py); this suite covers everything else.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.render import render
from netkit.coach.roster import parse_roster
from netkit.store.answers import AnswersStore

from .fake_hub import FakeHub

SECRET = "VICTIM-SECRET-3f1c"
ESC_NAME = "Eve \x1b]0;pwned\x07\x1b[2J\x1b[31mRed\x1b[0m"
ROSTER = "Name,Email,Goal\nAda Lovelace,ada@example.org,$50k -> $70k\nBob Berg,bob@example.org,find a mentor\n"
TOKEN = "tok-" + "ab" * 16
UNWRITABLE = "/sys/netkit-hostile"  # refused even to root (tests run as root: chmod cannot stop root)


@dataclass
class World:
    """A temporary place: OUT (a render of Ada and Bob), victim/ (outside OUT), inputs/, reports/."""

    root: Path
    hub: FakeHub | None = None

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def victim(self) -> Path:
        return self.root / "victim"

    @property
    def inputs(self) -> Path:
        return self.root / "inputs"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def manifest(self) -> dict:
        return json.loads((self.out / "manifest.json").read_text(encoding="utf-8"))

    def write_manifest(self, data: dict) -> None:
        (self.out / "manifest.json").write_text(json.dumps(data), encoding="utf-8")

    def folder(self, who: str) -> Path:
        entry = next(e for e in self.manifest["participants"] if e["name"].startswith(who))
        return self.out / entry["folder"]

    def entry(self, data: dict, who: str) -> dict:
        return next(e for e in data["participants"] if e["name"].startswith(who))

    def link(self, path: Path, target: Path) -> None:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(target)

    def input(self, name: str, text: str | bytes) -> str:
        path = self.inputs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return str(path)

    def hub_map(self) -> str:
        ids = {e["name"].split()[0]: e["id"] for e in self.manifest["participants"]}
        return self.input("map.csv", f"participant,hub_user\n{ids['Ada']},ada\n{ids['Bob']},bob\n")


@dataclass
class Case:
    id: str
    args: Callable[[World], list[str]]
    exit: int
    hub: str | tuple[int, str, bytes] | None = None  # "ok": a working fake hub; a tuple: its one reply
    env: dict = field(default_factory=dict)
    check: Callable[[World, str], None] | None = None


# --------------------------------------------------------------------------- setups
def _render_args(w: World, *extra: str) -> list[str]:
    return ["render", w.input("roster.csv", ROSTER), "-o", str(w.out), "-q", *extra]


def _with_answers(w: World) -> None:
    AnswersStore(w.folder("Ada"), debounce=0).set("network.goal", "keep this")


def backups_link(w: World) -> list[str]:
    _with_answers(w)
    w.link(w.folder("Ada") / ".netkit-backups", w.victim)
    return _render_args(w, "--update")


def workbook_link(w: World) -> list[str]:
    w.link(w.folder("Ada") / "workshop.ipynb", w.victim / "secret.txt")
    return _render_args(w, "--update")


def folder_link(w: World) -> list[str]:
    w.link(w.folder("Bob"), w.victim)
    return _render_args(w)


def manifest_is_folder(w: World) -> list[str]:
    (w.out / "manifest.json").unlink()
    (w.out / "manifest.json").mkdir()
    return _render_args(w)


def manifest_sha_list(w: World) -> list[str]:
    data = w.manifest
    w.entry(data, "Ada")["sha256"] = ["not", "an", "object"]
    w.write_manifest(data)
    return _render_args(w)


def manifest_binary(w: World) -> list[str]:
    (w.out / "manifest.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    return _render_args(w)


def journal_is_folder(w: World) -> list[str]:
    (w.out / ".netkit-journal.jsonl").mkdir()
    return _render_args(w)


def out_under_a_file(w: World) -> list[str]:
    return ["render", w.input("roster.csv", ROSTER), "-o", w.input("a-file", "x") + "/out", "-q"]


def roster_escape_name(w: World) -> list[str]:
    """The roster reader refuses control characters (netkit.textfile), so a name with terminal
    escape sequences stops the render with its line and column, before anything is written."""
    roster = ROSTER + f'"{ESC_NAME}",eve@example.org,x\n'
    return ["render", w.input("roster.csv", roster), "-o", str(w.out), "-q"]


def _collect(w: World, *extra: str) -> list[str]:
    return ["collect", str(w.out), "-o", str(w.reports / "report.html"), "-q", *extra]


def collect_folder_link(w: World) -> list[str]:
    (w.victim / "netkit-answers.json").write_text(json.dumps({"schema": 1, "answers": {"network.goal": SECRET}}))
    w.link(w.folder("Ada"), w.victim)
    return _collect(w)


def collect_answers_link(w: World) -> list[str]:
    (w.victim / "netkit-answers.json").write_text(json.dumps({"schema": 1, "answers": {"network.goal": SECRET}}))
    w.link(w.folder("Ada") / "netkit-answers.json", w.victim / "netkit-answers.json")
    return _collect(w)


def collect_manifest_escapes(w: World) -> list[str]:
    data = w.manifest
    w.entry(data, "Ada")["folder"] = "../victim"
    w.entry(data, "Bob")["folder"] = w.folder("Ada").name  # Ada's folder under Bob's id
    w.write_manifest(data)
    return _collect(w)


def collect_no_manifest(w: World) -> list[str]:
    (w.out / "manifest.json").unlink()
    return _collect(w)


def collect_report_unwritable(w: World) -> list[str]:
    return ["collect", str(w.out), "-o", UNWRITABLE + "/report.html", "-q"]


def collect_report_under_a_file(w: World) -> list[str]:
    return ["collect", str(w.out), "-o", w.input("a-file", "x") + "/report.html", "-q"]


def collect_report_is_folder(w: World) -> list[str]:
    (w.reports / "report.html").mkdir(parents=True)
    return _collect(w)


def collect_csv_is_folder(w: World) -> list[str]:
    (w.reports / "summary.csv").mkdir(parents=True)
    return _collect(w, "--csv", str(w.reports / "summary.csv"))


def collect_escape_name(w: World) -> list[str]:
    shutil.rmtree(w.folder("Bob"))  # so collect warns about this participant by name
    data = w.manifest
    w.entry(data, "Bob")["name"] = ESC_NAME
    w.write_manifest(data)
    return _collect(w)


def _deliver(w: World) -> list[str]:
    return ["deliver", str(w.out), "--hub", w.hub.url, "--map", w.hub_map(), "-q", "-j", "1"]


def deliver_notebook_link(w: World) -> list[str]:
    w.link(w.folder("Ada") / "workshop.ipynb", w.victim / "secret.txt")
    return _deliver(w)


def deliver_folder_link(w: World) -> list[str]:
    (w.victim / "workshop.ipynb").write_text(SECRET)
    w.link(w.folder("Ada"), w.victim)
    return _deliver(w)


def deliver_etc_passwd(w: World) -> list[str]:
    data = w.manifest
    w.entry(data, "Ada")["notebooks"] = ["/etc/passwd"]
    w.write_manifest(data)
    return _deliver(w)


def deliver_bobs_workbook_to_ada(w: World) -> list[str]:
    data = w.manifest
    bob = w.entry(data, "Bob")
    w.entry(data, "Ada")["notebooks"] = bob["notebooks"]
    w.write_manifest(data)
    return _deliver(w)


def deliver_ada_entry_names_bobs_folder(w: World) -> list[str]:
    data = w.manifest
    bob = w.entry(data, "Bob")
    ada = w.entry(data, "Ada")
    ada["folder"], ada["notebooks"] = bob["folder"], bob["notebooks"]
    w.write_manifest(data)
    return _deliver(w)


def deliver_notebook_is_fifo(w: World) -> list[str]:
    notebook = w.folder("Ada") / "workshop.ipynb"
    notebook.unlink()
    os.mkfifo(notebook)
    return _deliver(w)


def deliver_plain(w: World) -> list[str]:
    return _deliver(w)


def deliver_record_is_folder(w: World) -> list[str]:
    (w.out / "deliveries.json").mkdir()
    return _deliver(w)


def collect_hub_plain(w: World) -> list[str]:
    reply, w.hub.reply = w.hub.reply, None
    CliRunner(env={"NETKIT_HUB_TOKEN": TOKEN}).invoke(cli, _deliver(w))  # a real delivery first
    w.hub.reply = reply
    return _collect(w, "--hub", w.hub.url)


def outreach_templates(w: World, body: str) -> list[str]:
    w.input("templates/hostile.j2", f'+++\nsituation = "hostile"\n+++\nHi {{{{ contact.first_name }}}}\n{body}\n')
    return ["outreach", "templates", "--templates", str(w.inputs / "templates")]


# --------------------------------------------------------------------------- checks
def victim_secret_not_uploaded(w: World, output: str) -> None:
    for user, files in w.hub.files.items():
        for path, data in files.items():
            assert SECRET.encode() not in data and b"root:x:0:0" not in data, (user, path)


def ada_got_nothing_of_bob(w: World, output: str) -> None:
    victim_secret_not_uploaded(w, output)
    assert not any(b"Bob Berg" in data for data in w.hub.files.get("ada", {}).values())
    assert "Ada Lovelace" in output and "failed" in output


def bob_still_delivered(w: World, output: str) -> None:
    victim_secret_not_uploaded(w, output)
    assert any(path.endswith("workshop.ipynb") for path in w.hub.files.get("bob", {}))


def secret_not_in_report(w: World, output: str) -> None:
    for path in w.reports.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace")
    assert SECRET not in output


def answers_kept(w: World, output: str) -> None:
    assert "keep this" in (w.folder("Ada") / "netkit-answers.json").read_text(encoding="utf-8")


def hub_not_understood(w: World, output: str) -> None:
    assert output.count("does not understand") == 2 and "Warning: skipped" in output  # Ada and Bob


def no_request_made(w: World, output: str) -> None:
    assert w.hub.requests == []
    assert TOKEN not in output


LIST = (200, "application/json", b'[{"name": "ada"}, "scopes"]')
BINARY = (200, "application/octet-stream", bytes(range(256)) * 8)
HTML = (200, "text/html", b"<html><body>Sign in to continue</body></html>")
JSON_STRING = (200, "application/json", b'"ok"')
NULL = (200, "application/json", b"null")
SCOPES_TEXT = (200, "application/json", b'{"name": "netkit", "scopes": "admin:users"}')
BAD_UTF8 = (200, "application/json", b'{"name": "\xff\xfe"}')
ERROR_LIST = (500, "application/json", b'["boom"]')
ERROR_BINARY = (403, "application/octet-stream", b"\x00\x01\x02" * 100)


# --------------------------------------------------------------------------- outputs never destroy
# Every command with -o writes only into a folder it created or marked as its own; a file output
# that is a named pipe or a device is refused; an input that is a named pipe never hangs a command.
ONE_NOTEBOOK_NO_PARAMETERS = json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def fifo(w: World, name: str, folder: Path | None = None) -> str:
    path = (folder or w.inputs) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return str(path)


def still_a_fifo(*parts: str) -> Callable[[World, str], None]:
    def check(w: World, output: str) -> None:
        path = w.root.joinpath(*parts)
        assert stat.S_ISFIFO(os.lstat(path).st_mode), f"{path} was replaced"
        assert "wrote" not in output.lower()

    return check


def render_copy(w: World) -> Path:
    """A copy of OUT (with Ada's answers) in reports/copy: what `cp -r out copy` makes."""
    _with_answers(w)
    copy = w.reports / "copy"
    shutil.copytree(w.out, copy, symlinks=True)
    return copy


def copy_kept(w: World, output: str) -> None:
    copy = w.reports / "copy"
    assert (copy / "manifest.json").is_file(), "the copy lost its manifest"
    answers = list(copy.glob("*/netkit-answers.json"))
    assert answers and "keep this" in answers[0].read_text(encoding="utf-8"), "the copy lost its answers"


def not_created(*parts: str) -> Callable[[World, str], None]:
    def check(w: World, output: str) -> None:
        assert not w.root.joinpath(*parts).exists(), f"{parts} was created"

    return check


def says(*words: str, never: tuple[str, ...] = ()) -> Callable[[World, str], None]:
    def check(w: World, output: str) -> None:
        for word in words:
            assert word in output, (word, output)
        for word in never:
            assert word not in output, (word, output)

    return check


def _emails(w: World, *extra: str) -> list[str]:
    roster = w.input("people.csv", "Name,Email\nAda,ada@example.org\nBob,bob@example.org\n")
    return ["emails", roster, "--kind", "pre-work", "-o", str(w.reports / "mail"), *extra]


CONTACTS_CSV = "First Name,Last Name,Email Address,Company,Position,Connected On\nAda,L,a@x.org,ACME,Eng,01 Jan 2024\n"

OUTPUT_CASES = [
    # lite: the folder it used to empty, whatever it held
    Case("lite: -o . (the working folder)", lambda w: ["lite", "-o", "."], 2, check=says("working folder")),
    Case("lite: -o .. (above the working folder)", lambda w: ["lite", "-o", ".."], 2),
    Case("lite: -o someone's folder of files", lambda w: ["lite", "-o", str(w.victim)], 2, check=says("not made by")),
    Case(
        "lite: -o a copy of a render folder",
        lambda w: ["lite", "-o", str(render_copy(w))],
        2,
        check=copy_kept,
    ),
    Case(
        "lite: -o unwritable",
        lambda w: ["lite", "-o", UNWRITABLE + "/site"],
        2,
        check=says(never=("registr", "reachable")),
    ),
    Case(
        "lite: --workbook is not a notebook",
        lambda w: ["lite", "-o", str(w.reports / "site"), "--workbook", w.input("x.ipynb", "hello, not JSON")],
        2,
        check=lambda w, out: (
            says("not a readable notebook", "How to fix")(w, out),
            not_created("reports", "site")(w, out),
        ),
    ),
    Case(
        "lite: --workbook is binary",
        lambda w: ["lite", "-o", str(w.reports / "site"), "--workbook", w.input("x.ipynb", bytes(range(256)))],
        2,
    ),
    Case(
        "lite: --workbook has no parameters cell",
        lambda w: ["lite", "-o", str(w.reports / "site"), "--workbook", w.input("x.ipynb", ONE_NOTEBOOK_NO_PARAMETERS)],
        2,
        check=says("parameters"),
    ),
    Case(
        "lite: --workbook is a named pipe",
        lambda w: ["lite", "-o", str(w.reports / "site"), "--workbook", fifo(w, "x.ipynb")],
        2,
    ),
    # render, guide, emails: the same guard
    Case("render: -o . (the working folder)", lambda w: ["render", w.input("r.csv", ROSTER), "-o", ".", "-q"], 2),
    Case(
        "render: -o someone's folder of files", lambda w: ["render", w.input("r.csv", ROSTER), "-o", str(w.victim)], 2
    ),
    Case("render: ROSTER is a named pipe", lambda w: ["render", fifo(w, "r.csv"), "-o", str(w.reports / "o")], 2),
    Case("guide: -o . (the working folder)", lambda w: ["guide", "-o", "."], 2),
    Case("guide: -o someone's folder of files", lambda w: ["guide", "-o", str(w.victim)], 2),
    Case("guide: -o a render folder", lambda w: ["guide", "-o", str(w.out)], 2, check=says("netkit render")),
    Case(
        "emails: -o . (the working folder)",
        lambda w: ["emails", w.input("r.csv", ROSTER), "--kind", "pre-work", "-o", "."],
        2,
    ),
    Case("emails: -o someone's folder of files", lambda w: _emails(w)[:-1] + [str(w.victim)], 2),
    Case(
        "emails: --from with a line break",
        lambda w: _emails(w, "--from", "Sam <sam@example.org>\nBcc: everyone@example.org"),
        2,
        check=lambda w, out: (
            says("--from", never=("add their address",))(w, out),
            not_created("reports", "mail")(w, out),
        ),
    ),
    Case("emails: --from is not an address", lambda w: _emails(w, "--from", "Sam Rivera"), 2),
    Case(
        "emails: a roster name with a right-to-left override",
        lambda w: [
            "emails",
            w.input("r.csv", "Name,Email\nAda \u202egpj.exe,ada@example.org\n"),
            "--kind",
            "pre-work",
            "-o",
            str(w.reports / "mail"),
        ],
        2,
        check=says("U+202E"),
    ),
    Case(
        "emails: an address with a right-to-left isolate",
        lambda w: [
            "emails",
            w.input("r.csv", "Name,Email\nAda,ada\u2067@example.org\n"),
            "--kind",
            "pre-work",
            "-o",
            str(w.reports / "mail"),
        ],
        2,
    ),
    Case(
        "emails: ROSTER is a named pipe",
        lambda w: ["emails", fifo(w, "r.csv"), "--kind", "pre-work", "-o", str(w.reports / "mail")],
        2,
    ),
    # file outputs that are pipes: refused, never replaced by a regular file
    Case(
        "collect: -o is a named pipe",
        lambda w: ["collect", str(w.out), "-o", fifo(w, "report.html", w.reports), "-q"],
        2,
        check=still_a_fifo("reports", "report.html"),
    ),
    Case(
        "collect: --csv is a named pipe",
        lambda w: _collect(w, "--csv", fifo(w, "summary.csv", w.reports)),
        2,
        check=still_a_fifo("reports", "summary.csv"),
    ),
    Case(
        "contacts import: -o is a named pipe",
        lambda w: ["contacts", "import", w.input("c.csv", CONTACTS_CSV), "-o", fifo(w, "contacts.json", w.reports)],
        2,
        check=still_a_fifo("reports", "contacts.json"),
    ),
    Case(
        "contacts import: FILE is a named pipe",
        lambda w: ["contacts", "import", fifo(w, "c.csv"), "-o", str(w.reports / "contacts.json")],
        2,
    ),
    Case(
        "contacts map: -o is a named pipe",
        lambda w: (
            CliRunner().invoke(
                cli, ["contacts", "import", w.input("c.csv", CONTACTS_CSV), "-o", str(w.inputs / "c.json")]
            ),
            ["contacts", "map", str(w.inputs / "c.json"), "-o", fifo(w, "map.svg", w.reports)],
        )[-1],
        2,
        check=still_a_fifo("reports", "map.svg"),
    ),
    Case(
        "contacts export: -o is a named pipe",
        lambda w: (
            CliRunner().invoke(
                cli, ["contacts", "import", w.input("c.csv", CONTACTS_CSV), "-o", str(w.inputs / "c.json")]
            ),
            ["contacts", "export", str(w.inputs / "c.json"), "-o", fifo(w, "c.csv", w.reports)],
        )[-1],
        2,
        check=still_a_fifo("reports", "c.csv"),
    ),
    Case(
        "contacts export: CONTACTS_FILE is a named pipe",
        lambda w: ["contacts", "export", fifo(w, "c.json"), "-o", str(w.reports / "c.csv")],
        2,
    ),
    Case("outreach lint: FILE is a named pipe", lambda w: ["outreach", "lint", fifo(w, "draft.txt")], 2),
    Case(
        "deliver: --map is a named pipe",
        lambda w: ["deliver", str(w.out), "--hub", "http://127.0.0.1:9", "--map", fifo(w, "map.csv")],
        2,
    ),
    # personal links to the no-server site, and Voilà with the kit's settings
    Case(
        "links: ROSTER is a named pipe",
        lambda w: ["links", fifo(w, "r.csv"), "--lite-url", "https://kit.example.org/"],
        2,
    ),
    Case(
        "links: -o is a named pipe",
        lambda w: [
            "links",
            w.input("people.csv", "Name,Email\nAda,ada@example.org\n"),
            "--lite-url",
            "https://kit.example.org/",
            "-o",
            fifo(w, "links.csv", w.reports),
        ],
        2,
        check=still_a_fifo("reports", "links.csv"),
    ),
    Case(
        "links: --lite-url is not a web address",
        lambda w: ["links", w.input("people.csv", "Name\nAda\n"), "--lite-url", "javascript:alert(1)"],
        2,
        check=says("not a web address"),
    ),
    Case(
        "links: -o is someone's folder",
        lambda w: [
            "links",
            w.input("people.csv", "Name\nAda\n"),
            "--lite-url",
            "https://k.example.org/",
            "-o",
            str(w.victim),
        ],
        2,
    ),
    Case("voila: PATH does not exist", lambda w: ["voila", str(w.root / "no-such-workbook.ipynb")], 2),
]

CASES = [
    # render ------------------------------------------------------------------------------
    Case("render: --update with .netkit-backups a link out of OUT", backups_link, 2, check=answers_kept),
    Case("render: --update with workshop.ipynb a link to a file outside", workbook_link, 2),
    Case("render: a participant folder is a link outside OUT", folder_link, 2),
    Case("render: manifest.json is a folder", manifest_is_folder, 2),
    Case("render: manifest sha256 is a list", manifest_sha_list, 2),
    Case("render: manifest.json is binary", manifest_binary, 2),
    Case("render: the journal is a folder", journal_is_folder, 2),
    Case("render: -o below a file", out_under_a_file, 2),
    Case("render: -o unwritable", lambda w: ["render", w.input("roster.csv", ROSTER), "-o", UNWRITABLE, "-q"], 2),
    Case("render: -o is a file", lambda w: ["render", w.input("roster.csv", ROSTER), "-o", w.input("f", "x")], 2),
    Case("render: ROSTER is a folder", lambda w: ["render", str(w.inputs), "-o", str(w.out)], 2),
    Case("render: ROSTER does not exist", lambda w: ["render", str(w.inputs / "nope.csv"), "-o", str(w.out)], 2),
    Case("render: --workbook is a folder", lambda w: _render_args(w, "--workbook", str(w.victim)), 2),
    Case(
        "render: --workbook is not a notebook",
        lambda w: _render_args(w, "--workbook", w.input("x.ipynb", b"\x00\xff")),
        2,
    ),
    Case(
        "render: a roster name with escape sequences",
        roster_escape_name,
        2,
        check=lambda w, out: "control character" in out and "line" in out,
    ),
    # collect -----------------------------------------------------------------------------
    Case("collect: a participant folder is a link outside OUT", collect_folder_link, 0, check=secret_not_in_report),
    Case("collect: an answers file is a link outside OUT", collect_answers_link, 0, check=secret_not_in_report),
    Case(
        "collect: manifest folders '../victim' and another's folder",
        collect_manifest_escapes,
        0,
        check=secret_not_in_report,
    ),
    Case("collect: no manifest", collect_no_manifest, 2),
    Case("collect: -o unwritable", collect_report_unwritable, 2),
    Case("collect: -o below a file", collect_report_under_a_file, 2),
    Case("collect: -o is a folder", collect_report_is_folder, 2),
    Case("collect: --csv is a folder", collect_csv_is_folder, 2),
    Case("collect: OUT is a file", lambda w: ["collect", w.input("f", "x"), "-o", str(w.reports / "r.html")], 2),
    Case(
        "collect: a name with escape sequences in a warning",
        collect_escape_name,
        0,
        check=lambda w, out: "Eve" in out and "Warning" in out,
    ),
    Case("collect --hub: the hub answers a JSON list", collect_hub_plain, 0, hub=LIST, check=hub_not_understood),
    Case("collect --hub: the hub answers binary bytes", collect_hub_plain, 0, hub=BINARY, check=hub_not_understood),
    Case("collect --hub: the hub answers an HTML page", collect_hub_plain, 0, hub=HTML, check=hub_not_understood),
    # deliver -----------------------------------------------------------------------------
    Case(
        "deliver: a notebook is a link to a file outside", deliver_notebook_link, 1, hub="ok", check=bob_still_delivered
    ),
    Case(
        "deliver: a participant folder is a link outside", deliver_folder_link, 1, hub="ok", check=bob_still_delivered
    ),
    Case("deliver: the manifest lists /etc/passwd", deliver_etc_passwd, 1, hub="ok", check=bob_still_delivered),
    Case(
        "deliver: Ada's entry lists Bob's workbook",
        deliver_bobs_workbook_to_ada,
        1,
        hub="ok",
        check=ada_got_nothing_of_bob,
    ),
    Case(
        "deliver: Ada's entry names Bob's folder",
        deliver_ada_entry_names_bobs_folder,
        1,
        hub="ok",
        check=ada_got_nothing_of_bob,
    ),
    Case("deliver: a notebook is a named pipe", deliver_notebook_is_fifo, 1, hub="ok", check=bob_still_delivered),
    Case("deliver: deliveries.json is a folder", deliver_record_is_folder, 2, hub="ok"),
    Case(
        "deliver: deliveries.json is a link outside",
        lambda w: ((w.out / "deliveries.json").symlink_to(w.victim / "secret.txt"), _deliver(w))[-1],
        2,
        hub="ok",
        check=lambda w, out: not w.hub.files,
    ),  # nothing uploaded
    Case(
        "collect --hub: deliveries.json is a link outside",
        lambda w: ((w.out / "deliveries.json").symlink_to(w.victim / "secret.txt"), _collect(w, "--hub", w.hub.url))[
            -1
        ],
        2,
        hub="ok",
    ),
    Case("deliver: the hub answers a JSON list", deliver_plain, 2, hub=LIST),
    Case("deliver: the hub answers binary bytes", deliver_plain, 2, hub=BINARY),
    Case("deliver: the hub answers an HTML login page", deliver_plain, 2, hub=HTML),
    Case("deliver: the hub answers a JSON string", deliver_plain, 2, hub=JSON_STRING),
    Case("deliver: the hub answers null", deliver_plain, 2, hub=NULL),
    Case("deliver: the hub's scopes are a string", deliver_plain, 2, hub=SCOPES_TEXT),
    Case("deliver: the hub answers invalid UTF-8", deliver_plain, 2, hub=BAD_UTF8),
    Case("deliver: the hub fails with a JSON list", deliver_plain, 2, hub=ERROR_LIST),
    Case("deliver: the hub refuses with binary bytes", deliver_plain, 2, hub=ERROR_BINARY),
    Case(
        "deliver: a token with an accent",
        deliver_plain,
        2,
        hub="ok",
        env={"NETKIT_HUB_TOKEN": "tok-é" + "a" * 20},
        check=no_request_made,
    ),
    Case(
        "deliver: a token with a space",
        deliver_plain,
        2,
        hub="ok",
        env={"NETKIT_HUB_TOKEN": "tok abc" * 4},
        check=no_request_made,
    ),
    Case(
        "deliver: a token with a control character",
        deliver_plain,
        2,
        hub="ok",
        env={"NETKIT_HUB_TOKEN": "tok\x1b[2Jabc" * 3},
        check=no_request_made,
    ),
    Case("deliver: no token", deliver_plain, 2, hub="ok", env={"NETKIT_HUB_TOKEN": ""}, check=no_request_made),
    Case(
        "deliver: --map is a folder",
        lambda w: ["deliver", str(w.out), "--hub", "http://127.0.0.1:9", "--map", str(w.inputs)],
        2,
    ),
    # contacts ----------------------------------------------------------------------------
    Case(
        "contacts import: -o below a file",
        lambda w: ["contacts", "import", w.input("c.csv", "name\nKim\n"), "-o", w.input("f", "x") + "/c.json"],
        2,
    ),
    Case(
        "contacts import: -o unwritable",
        lambda w: ["contacts", "import", w.input("c.csv", "name\nKim\n"), "-o", UNWRITABLE + "/c.json"],
        2,
    ),
    Case(
        "contacts import: -o is a folder",
        lambda w: ["contacts", "import", w.input("c.csv", "name\nKim\n"), "-o", str(w.reports)],
        2,
    ),
    Case(
        "contacts import: FILE is a folder",
        lambda w: ["contacts", "import", str(w.inputs), "-o", str(w.reports / "c.json")],
        2,
    ),
    Case(
        "contacts export: -o unwritable",
        lambda w: [
            "contacts",
            "export",
            w.input("c.json", '{"contacts": [{"name": "Kim"}]}'),
            "-o",
            UNWRITABLE + "/c.csv",
        ],
        2,
    ),
    Case(
        "contacts export: -o is a folder",
        lambda w: ["contacts", "export", w.input("c.json", '{"contacts": [{"name": "Kim"}]}'), "-o", str(w.reports)],
        2,
    ),
    Case(
        "contacts map: -o unwritable",
        lambda w: [
            "contacts",
            "map",
            w.input("c.json", '{"contacts": [{"name": "Kim"}]}'),
            "-o",
            UNWRITABLE + "/m.png",
        ],
        2,
    ),
    Case(
        "contacts map: -o below a file",
        lambda w: [
            "contacts",
            "map",
            w.input("c.json", '{"contacts": [{"name": "Kim"}]}'),
            "-o",
            w.input("f", "x") + "/m.png",
        ],
        2,
    ),
    # outreach ----------------------------------------------------------------------------
    Case(
        "outreach templates: {{ 1/0 }}",
        lambda w: outreach_templates(w, "{{ 1/0 }}"),
        2,
        check=lambda w, out: "hostile.j2, line 5" in out,
    ),
    Case("outreach templates: center(10**8)", lambda w: outreach_templates(w, "{{ 'x'.center(10**8) }}"), 2),
    Case("outreach templates: '%100000000s' % x", lambda w: outreach_templates(w, "{{ '%100000000s' % 'x' }}"), 2),
    Case(
        "outreach templates: nested range loops",
        lambda w: outreach_templates(
            w, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
        ),
        2,
    ),
    Case(
        "outreach templates: namespace doubling",
        lambda w: outreach_templates(
            w, "{% set ns = namespace(s='x') %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
        ),
        2,
    ),
    Case(
        "outreach templates: --show a failing template",
        lambda w: outreach_templates(w, "{{ [][1] }}") + ["--show", "hostile"],
        2,
    ),
    Case(
        "outreach templates: a template is a link to a secret",
        lambda w: (
            w.inputs.joinpath("templates").mkdir(parents=True),
            w.inputs.joinpath("templates", "x.j2").symlink_to(w.victim / "secret.txt"),
            ["outreach", "templates", "--templates", str(w.inputs / "templates")],
        )[-1],
        2,
        check=lambda w, out: SECRET not in out,
    ),
    Case(
        "outreach templates: a *.j2 folder",
        lambda w: (
            w.inputs.joinpath("templates", "x.j2").mkdir(parents=True),
            ["outreach", "templates", "--templates", str(w.inputs / "templates")],
        )[-1],
        2,
    ),
    Case(
        "outreach templates: --templates is a file",
        lambda w: ["outreach", "templates", "--templates", w.input("f", "x")],
        2,
    ),
    Case("outreach lint: FILE is a folder", lambda w: ["outreach", "lint", str(w.inputs)], 2),
    Case("outreach lint: FILE does not exist", lambda w: ["outreach", "lint", str(w.inputs / "nope.txt")], 2),
    # compose -----------------------------------------------------------------------------
    Case("compose: SPEC is a folder", lambda w: ["compose", str(w.inputs)], 2),
    Case("compose: SPEC is binary", lambda w: ["compose", w.input("w.toml", b"\x00\xff\xfe")], 2),
    Case("compose: SPEC is a named pipe", lambda w: ["compose", fifo(w, "w.toml")], 2),
    *OUTPUT_CASES,
]


# --------------------------------------------------------------------------- the harness
@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """One render of Ada and Bob, copied into each case's world."""
    root = tmp_path_factory.mktemp("hostile-base")
    render(parse_roster(ROSTER, where="roster.csv"), root / "out", progress=False)
    return root / "out"


def snapshot(folder: Path, *, skip: tuple[Path, ...] = ()) -> dict[str, str]:
    """{relative path: sha256 of the bytes, 'link -> target', or 'dir'} of everything in ``folder``."""
    seen = {}
    for path in sorted(folder.rglob("*")):
        if any(path == s or s in path.parents for s in skip):
            continue
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            seen[rel] = "link -> " + os.readlink(path)
        elif path.is_dir():
            seen[rel] = "dir"
        elif path.is_file():
            seen[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            seen[rel] = "special"
    return seen


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Case, base: Path, tmp_path: Path, monkeypatch):
    """Does the command stop or skip cleanly, with nothing escaping OUT and nothing lost in it?"""
    world = World(tmp_path / "world")
    shutil.copytree(base, world.out, symlinks=True)
    for folder in (world.victim, world.inputs, world.reports):
        folder.mkdir(parents=True)
    (world.victim / "secret.txt").write_text(SECRET)
    monkeypatch.chdir(world.inputs)
    env = {"NETKIT_HUB_TOKEN": TOKEN, **case.env}

    hub = None
    if case.hub is not None:
        hub = FakeHub(None if case.hub == "ok" else case.hub).__enter__()
        world.hub = hub
    try:
        args = case.args(world)
        before_out = snapshot(world.out)
        before_rest = snapshot(world.root, skip=(world.out, world.reports))
        victim = snapshot(world.victim)
        result = CliRunner(env=env).invoke(cli, args, catch_exceptions=True)
    finally:
        if hub is not None:
            hub.__exit__(None, None, None)
    output = result.output

    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in output
    assert "\x1b" not in output and "\x07" not in output
    assert result.exit_code == case.exit, output
    if case.exit == 2:
        assert "Error" in output or "Usage" in output, output
    assert snapshot(world.victim) == victim
    after_rest = snapshot(world.root, skip=(world.out, world.reports))
    assert after_rest == before_rest, "something changed outside OUT"
    after_out = snapshot(world.out)
    lost = [p for p in before_out if p not in after_out]
    assert not lost, f"lost in OUT: {lost}"
    for rel, digest in before_out.items():
        if "netkit-answers" in rel:
            assert after_out[rel] == digest, f"answers changed: {rel}"
    assert SECRET not in output
    if case.check:
        case.check(world, output)


def test_the_table_is_large_and_covers_every_command():
    """Does the table try every command of `netkit --help` (every one that reads or writes a file)?"""
    commands = {c.id.split(":")[0].split(" ")[0] for c in CASES}
    assert commands >= set(cli.commands), sorted(set(cli.commands) - commands)
    assert len(CASES) >= 100
