"""Participant folders: safe everywhere, inside OUT, never colliding."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from netkit.coach.roster import participant_id
from netkit.paths import participant_folder, participant_folder_name, slug

HOSTILE = [
    "../../etc/passwd",
    "..",
    "CON",
    "nul",
    "https://evil.example/x?y=1",
    "-",
    "{braces}",
    "a" * 300,
    "😀🎉",
    "王小明",
    "José",
    "Jose\u0301",
    'x/y\\z:*?"<>|',
    " . ",
    "COM1.txt",
]
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


@pytest.mark.parametrize("name", HOSTILE)
def test_folder_names_are_portable_and_stay_inside(tmp_path, name):
    """Is every folder name safe on Linux, macOS and Windows and inside OUT?"""
    folder_name = participant_folder_name(name, participant_id(name))
    assert re.fullmatch(r"[\w-]+", folder_name), folder_name
    assert folder_name.split(".")[0].lower() not in WINDOWS_RESERVED
    assert len(folder_name.encode("utf-8")) < 255
    assert unicodedata.normalize("NFC", folder_name) == folder_name
    folder = participant_folder(tmp_path, name, participant_id(name))
    assert folder.resolve().parent == tmp_path.resolve()
    folder.mkdir()


def test_no_collisions_case_insensitively():
    """Do all hostile names get distinct folders, even compared case-insensitively?"""
    names = HOSTILE + ["Ana Lima", "Ana Lima ", "ANA LIMA!", "ana-lima"]
    folders = {participant_folder_name(n, participant_id(n, str(i))).casefold() for i, n in enumerate(names)}
    assert len(folders) == len(names)


def test_empty_slug_falls_back():
    """Does a name with no letters still get a readable folder?"""
    assert slug("😀") == "participant"


@pytest.mark.parametrize(
    "relative", ["../x.ipynb", "/etc/passwd", "other-1/workshop.ipynb", "ada-1/sub/../../x", "ada-1", 3]
)
def test_manifest_notebooks_must_be_in_the_participants_own_folder(tmp_path, relative):
    """Is a manifest entry's notebook refused unless it sits directly in that participant's folder?"""
    from netkit.exceptions import RenderError
    from netkit.paths import manifest_notebook

    entry = {"id": "1", "folder": "ada-1", "notebooks": [relative]}
    with pytest.raises(RenderError):
        manifest_notebook(tmp_path, entry, relative)


@pytest.mark.parametrize("folder", ["..", ".", "", "a/b", "a\\b", "/abs", None])
def test_manifest_folder_must_be_a_plain_name(tmp_path, folder):
    """Is a manifest entry naming '..', a nested or an absolute folder refused?"""
    from netkit.exceptions import RenderError
    from netkit.paths import manifest_folder

    with pytest.raises(RenderError):
        manifest_folder(tmp_path, {"folder": folder})


def test_manifest_notebook_in_its_folder_is_accepted(tmp_path):
    """Is the notebook render itself records (folder/name) accepted?"""
    from netkit.paths import manifest_notebook

    entry = {"id": "1", "folder": "ada-1"}
    assert manifest_notebook(tmp_path, entry, "ada-1/workshop.ipynb") == tmp_path / "ada-1" / "workshop.ipynb"


def test_guard_refuses_a_link_anywhere_below_the_folder(tmp_path):
    """Is a path refused when any part below OUT is a symbolic link, even one pointing inside OUT?"""
    from netkit.exceptions import UnsafePathError
    from netkit.paths import guard, guard_dir, guard_file

    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "ada-1").mkdir(parents=True)
    elsewhere.mkdir()
    (out / "ada-1" / ".netkit-backups").symlink_to(elsewhere)
    (out / "bob-2").symlink_to(out / "ada-1")
    for path in (
        out / "ada-1" / ".netkit-backups",
        out / "ada-1" / ".netkit-backups" / "x.ipynb",
        out / "bob-2" / "workshop.ipynb",
    ):
        with pytest.raises(UnsafePathError, match="symbolic link"):
            guard(out, path)
    with pytest.raises(UnsafePathError):
        guard(out, tmp_path / "elsewhere" / "x")
    (out / "ada-1" / "file").write_text("x")
    with pytest.raises(UnsafePathError, match="folder is expected"):
        guard_dir(out, out / "ada-1" / "file")
    with pytest.raises(UnsafePathError, match="regular file"):
        guard_file(out, out / "ada-1")
    assert guard_file(out, out / "ada-1" / "new.ipynb") == out / "ada-1" / "new.ipynb"


def test_out_itself_may_be_a_link(tmp_path):
    """May the coach's OUT be a link (a folder on another disk), only what is below it is checked?"""
    from netkit.paths import guard_dir

    (tmp_path / "real" / "ada-1").mkdir(parents=True)
    (tmp_path / "out").symlink_to(tmp_path / "real")
    assert guard_dir(tmp_path / "out", tmp_path / "out" / "ada-1").is_dir()


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "1", "folder": "bob-2"},  # another participant's folder
        {"id": "1", "folder": "ada-1x"},
        {"id": "../1", "folder": "ada-../1"},
        {"id": "", "folder": "ada-"},
        {"id": 1, "folder": "ada-1"},
    ],
)
def test_the_folder_is_found_from_the_entrys_own_id(tmp_path, entry):
    """Is a manifest entry's folder refused unless it is '<slug>-<its own id>'?"""
    from netkit.exceptions import RenderError
    from netkit.paths import manifest_folder

    with pytest.raises(RenderError):
        manifest_folder(tmp_path, entry)


def test_a_linked_participant_folder_or_notebook_is_refused(tmp_path):
    """Are a participant folder or a notebook that are links refused for the manifest's readers?"""
    from netkit.exceptions import UnsafePathError
    from netkit.paths import manifest_folder, manifest_notebook

    (tmp_path / "victim").mkdir()
    (tmp_path / "victim" / "secret").write_text("x")
    out = tmp_path / "out"
    out.mkdir()
    (out / "ada-1").symlink_to(tmp_path / "victim")
    with pytest.raises(UnsafePathError):
        manifest_folder(out, {"id": "1", "folder": "ada-1"})
    (out / "bob-2").mkdir()
    (out / "bob-2" / "workshop.ipynb").symlink_to(tmp_path / "victim" / "secret")
    with pytest.raises(UnsafePathError):
        manifest_notebook(out, {"id": "2", "folder": "bob-2"}, "bob-2/workshop.ipynb")


def test_a_relative_out_such_as_dot_is_guarded_like_any_other(tmp_path, monkeypatch):
    """Does `-o .` (a relative OUT) pass the guard, and a '..' climbing out of it not?"""
    from netkit.exceptions import UnsafePathError
    from netkit.paths import guard_dir, guard_file

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ada-1").mkdir()
    assert guard_dir(".", Path(".") / "ada-1") == Path("ada-1")
    with pytest.raises(UnsafePathError):
        guard_file(".", Path(".") / "ada-1" / ".." / ".." / "etc")
