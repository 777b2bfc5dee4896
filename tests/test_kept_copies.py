"""The names of the copies netkit keeps aside (netkit.kept_copies): one spelling, and every reader finds
what every writer made."""

from __future__ import annotations

import datetime as dt
import fnmatch
from pathlib import Path, PurePosixPath

import nbformat

from netkit import kept_copies
from netkit.coach.render import touched_reason
from netkit.kept_copies import (
    BEFORE_RESUME,
    DAMAGED,
    backup_of,
    is_kept_copy,
    kept_copies_glob,
    kept_copy,
    stamp,
    stamped,
)
from netkit.store.answers import AnswersStore
from netkit.store.document import BACKUP_NAME, DAMAGED_GLOB, RESUME_COPY, read_copies
from netkit.workbook.takehome import netkit_copies, takehome_files

WHEN = dt.datetime(2026, 11, 29, 22, 1, 2, 123456)


def test_the_names_are_the_documented_ones():
    """Do backup, damaged, before-resume and replaced-notebook copies get exactly the names the docs show?"""
    answers = Path("out/p-a/netkit-answers.json")
    assert backup_of(answers) == Path("out/p-a/netkit-answers.json.bak") and BACKUP_NAME == "netkit-answers.json.bak"
    assert kept_copy(answers, DAMAGED, WHEN).name == "netkit-answers.damaged-20261129-220102-123456.json"
    assert kept_copy(answers, BEFORE_RESUME, WHEN).name == "netkit-answers.before-resume-20261129-220102-123456.json"
    assert stamped(Path(".netkit-backups/workshop.ipynb"), WHEN).name == "workshop.20261129-220102-123456.ipynb"
    assert (DAMAGED_GLOB, RESUME_COPY) == ("netkit-answers.damaged-*.json", "netkit-answers.before-resume-*.json")
    for name in (kept_copy(answers, DAMAGED, WHEN).name, backup_of(answers).name, stamped(answers, WHEN).name):
        assert kept_copies.BACKUP_FOLDER not in name and ":" not in name  # no colon: Windows refuses it


def test_hub_paths_keep_their_kind():
    """Does a hub path (PurePosixPath) get a PurePosixPath back, with forward slashes on any system?"""
    kept = stamped(PurePosixPath("networking-workshop", kept_copies.HUB_BACKUP_FOLDER, "workshop.ipynb"), WHEN)
    assert isinstance(kept, PurePosixPath)
    assert str(kept) == "networking-workshop/netkit-backups/workshop.20261129-220102-123456.ipynb"
    assert str(backup_of(PurePosixPath("w/netkit-answers.json"))) == "w/netkit-answers.json.bak"


def test_stamps_sort_as_made_and_never_collide_within_a_second():
    """Do names sort in the order the copies were made, with two copies in one second apart?"""
    times = [WHEN, WHEN + dt.timedelta(microseconds=1), WHEN + dt.timedelta(seconds=1), WHEN + dt.timedelta(days=40)]
    names = [kept_copy(Path("netkit-answers.json"), DAMAGED, t).name for t in times]
    assert sorted(names) == names and len(set(names)) == len(names)
    assert len(stamp()) == len(stamp(WHEN)) == len("20261129-220102-123456")


def test_glob_and_check_match_what_kept_copy_names():
    """Does the pattern match every copy of its kind, and nothing else (another kind, file or type)?"""
    name = "netkit-answers.json"
    damaged = kept_copy(Path(name), DAMAGED, WHEN).name
    assert fnmatch.fnmatchcase(damaged, kept_copies_glob(name, DAMAGED)) and is_kept_copy(damaged, name, DAMAGED)
    assert is_kept_copy("netkit-answers.damaged-20260101-000000.json", name, DAMAGED)  # before microseconds
    for other in (name, BACKUP_NAME, kept_copy(Path(name), BEFORE_RESUME, WHEN).name, "contacts.damaged-1.json"):
        assert not is_kept_copy(other, name, DAMAGED), other
    assert not is_kept_copy("netkit-answers.damaged-1.json.txt", name, DAMAGED)
    assert kept_copy(Path("README"), DAMAGED, WHEN).name == "README.damaged-20261129-220102-123456"


def test_every_reader_finds_the_damaged_copy_the_store_sets_aside(tmp_path):
    """Is the copy the store sets aside read by collect, counted as touched by render, left out of the
    take-home zip and removed by delete-my-data, all through the one spelling?"""
    nbformat.write(nbformat.v4.new_notebook(), tmp_path / "workshop.ipynb")
    store = AnswersStore(tmp_path, debounce=0)
    store.set("a", "first")
    store.set("a", "second")  # a backup now exists
    store.path.write_text('{"schema": 1, "answers": {"a": "tru')  # damaged
    reopened = AnswersStore(tmp_path, debounce=0)
    (kept,) = tmp_path.glob(DAMAGED_GLOB)
    assert kept.name in reopened.recovered and is_kept_copy(kept.name, "netkit-answers.json", DAMAGED)
    assert kept.name in [name for name, _ in read_copies(tmp_path)]
    assert kept not in takehome_files(tmp_path)
    store.path.unlink()
    reopened.backup_path.unlink()
    assert touched_reason(tmp_path / "workshop.ipynb", None) == "they have saved answers"  # the copy alone
    reopened.delete_everything()
    assert not kept.exists()


def test_delete_my_data_also_empties_the_hub_backup_folder(tmp_path):
    """On a hub, replaced notebooks sit in netkit-backups/ (not a dot-folder): are they listed for deletion too?"""
    for folder in (kept_copies.BACKUP_FOLDER, kept_copies.HUB_BACKUP_FOLDER):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / stamped(Path("workshop.ipynb"), WHEN).name).write_text("{}", encoding="utf-8")
    assert len(netkit_copies(tmp_path)) == 2
