"""Participant folders: safe everywhere, inside OUT, never colliding."""

from __future__ import annotations

import os
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


# --------------------------------------------------------------------------- output folders
def _tree(folder: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))
    }


def test_a_new_output_folder_is_created_and_marked(tmp_path):
    """Is a missing -o folder created (with parents) and marked, so the next run knows it as its own?"""
    from netkit.paths import OUTPUT_MARKER, claim_output_folder

    out = claim_output_folder(tmp_path / "a" / "site", "lite")
    assert (out / OUTPUT_MARKER).is_file()
    assert claim_output_folder(tmp_path / "a" / "site", "lite") == out  # its own: accepted again


def test_an_empty_existing_folder_is_taken(tmp_path):
    """Is an existing empty folder accepted (and marked)?"""
    from netkit.paths import OUTPUT_MARKER, claim_output_folder

    (tmp_path / "empty").mkdir()
    assert (claim_output_folder(tmp_path / "empty", "guide") / OUTPUT_MARKER).is_file()


@pytest.mark.parametrize("kind", ["lite", "render", "guide", "emails"])
def test_a_folder_of_other_files_is_refused_untouched(tmp_path, kind):
    """Is a non-empty folder netkit did not make refused, with every file left as it was?"""
    from netkit.exceptions import OutputPathError
    from netkit.paths import check_output_folder, claim_output_folder

    folder = tmp_path / "thesis"
    (folder / "chapters").mkdir(parents=True)
    (folder / "notes.txt").write_text("years of work")
    (folder / "chapters" / "one.md").write_text("# One")
    before = _tree(folder)
    for guard in (check_output_folder, claim_output_folder):
        with pytest.raises(OutputPathError, match="not made by netkit") as caught:
            guard(folder, kind)
        assert "new folder" in caught.value.message
    assert _tree(folder) == before


def test_another_commands_folder_is_refused(tmp_path):
    """Is a render folder (or a copy of one) refused as the site folder of `netkit lite`, and vice versa?"""
    from netkit.exceptions import OutputPathError
    from netkit.paths import claim_output_folder

    render_out = claim_output_folder(tmp_path / "out", "render")
    (render_out / "manifest.json").write_text("{}")
    with pytest.raises(OutputPathError, match="netkit render"):
        claim_output_folder(render_out, "lite")
    site = claim_output_folder(tmp_path / "site", "lite")
    (site / "index.html").write_text("<html>")
    with pytest.raises(OutputPathError, match="netkit lite"):
        claim_output_folder(site, "render")


def test_a_render_folder_from_before_the_marker_is_recognised(tmp_path):
    """Is a render folder written by an older netkit (a manifest.json, no marker) still render's own?"""
    from netkit.exceptions import OutputPathError
    from netkit.paths import OUTPUT_MARKER, claim_output_folder

    old = tmp_path / "out"
    (old / "ada-1234567890").mkdir(parents=True)
    (old / "manifest.json").write_text('{"participants": []}')
    assert (claim_output_folder(old, "render") / OUTPUT_MARKER).is_file()
    old2 = tmp_path / "out2"
    old2.mkdir()
    (old2 / "manifest.json").write_text('{"participants": []}')
    with pytest.raises(OutputPathError):
        claim_output_folder(old2, "lite")  # a render folder is never a site folder


@pytest.mark.parametrize("spelling", [".", "./", "", "..", "{cwd}", "{cwd}/sub/..", "/"])
def test_the_working_folder_and_those_above_it_are_refused(tmp_path, monkeypatch, spelling):
    """Is `-o .` (the working folder by any spelling, or a folder above it) refused, whatever it holds?"""
    from netkit.exceptions import OutputPathError
    from netkit.paths import claim_output_folder

    cwd = tmp_path / "work"
    (cwd / "sub").mkdir(parents=True)
    (cwd / "keep.txt").write_text("mine")
    monkeypatch.chdir(cwd)
    with pytest.raises(OutputPathError, match="working folder"):
        claim_output_folder(spelling.format(cwd=cwd), "lite")
    assert (cwd / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in cwd.iterdir()) == ["keep.txt", "sub"]


@pytest.mark.parametrize("what", ["file", "fifo", "marker-link", "marker-folder"])
def test_what_is_not_a_folder_of_netkits_is_refused(tmp_path, what):
    """Is an -o that is a file or a pipe refused, and a marker that is a link or a folder not trusted?"""
    from netkit.exceptions import NetkitError
    from netkit.paths import OUTPUT_MARKER, claim_output_folder

    target = tmp_path / "out"
    if what == "file":
        target.write_text("x")
    elif what == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
        (tmp_path / "elsewhere.json").write_text('{"netkit": "lite"}')
        if what == "marker-link":
            (target / OUTPUT_MARKER).symlink_to(tmp_path / "elsewhere.json")
        else:
            (target / OUTPUT_MARKER).mkdir()
    with pytest.raises(NetkitError):
        claim_output_folder(target, "lite")


def test_a_folder_whose_parent_cannot_be_written_is_a_permission_problem(tmp_path):
    """Is an -o where the folder cannot be created said as a file-access problem (not a download one)?"""
    from netkit.exceptions import FileAccessError, NetkitError
    from netkit.paths import claim_output_folder

    with pytest.raises((FileAccessError, OSError)) as caught:
        claim_output_folder("/proc/netkit-cannot-be-here/site", "lite")
    if isinstance(caught.value, NetkitError):
        assert "download" not in caught.value.message
