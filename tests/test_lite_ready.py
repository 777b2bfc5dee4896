"""Ready while they read: the no-server site's workbook starts with the welcome page, and never shows stale
or another's details (:func:`netkit.coach.start.workbook_profile`, :func:`~netkit.coach.start.details_changed`).

The welcome page and the workbook in its background frame are two kernels, each with its own memory copy
of the browser's IndexedDB. Here each kernel is a folder with a stand-in file system on one shared
"database" folder (``FakeBrowserFS`` of test_lite). Timing is measured in bench/bench_lite.py, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from async_run import run_async
from test_lite import COACH, FakeBrowserFS

from netkit.coach import lite, start
from netkit.coach.start import PROFILE_KEY, details_changed, keep_profile, workbook_profile
from netkit.resources import bundled_dir, default_workbook
from netkit.store.answers import AnswersStore, forget_open_stores, open_store
from netkit.workbook import browser_storage
from netkit.workbook.personal_link import encode_fragment

ADA = encode_fragment({"name": "Ada Lovelace", "goal": "a mentor"})


@pytest.fixture
def room(monkeypatch, tmp_path):
    """(workbook kernel's fs, welcome page's keep function, database): the workbook kernel mounted first."""
    monkeypatch.delenv("NETKIT_ANSWERS_DIR", raising=False)
    monkeypatch.delenv("NETKIT_PERSONAL_LINK", raising=False)
    browser_storage.forget()
    forget_open_stores()
    database = tmp_path / "indexeddb"
    workbook_fs = FakeBrowserFS(database)
    workbook_dir = tmp_path / "workbook-kernel"
    assert run_async(browser_storage.keep_in_browser(str(workbook_dir), fs=workbook_fs, in_browser=True, drive=""))
    welcome_dir = tmp_path / "welcome-kernel"
    welcome_fs = FakeBrowserFS(database)
    welcome_fs.mount("IDBFS", {}, str(welcome_dir))

    def welcome_keeps(values: dict, defaults: dict = COACH) -> None:
        """The welcome page's kernel: loads the database, keeps the profile, autoPersist pushes it.

        The page always keeps a language, its menu's (English when nobody chose one), as ``StartPage`` does."""
        welcome_dir.mkdir(exist_ok=True)
        welcome_fs.syncfs(True, lambda error=None: None)
        AnswersStore(welcome_dir, debounce=0)  # its own store, as a kernel of its own reads it
        keep_profile({"language": "en", **values}, welcome_dir / lite.WORKBOOK, defaults=defaults)
        welcome_fs.syncfs(False, lambda error=None: None)

    yield workbook_fs, welcome_keeps, welcome_dir
    browser_storage.forget()
    forget_open_stores()
    start._shown.clear()


def _changed(fs) -> bool:
    return run_async(details_changed(fs=fs))


def test_the_workbook_started_first_shows_the_links_details_and_is_not_run_again(room):
    """Before the welcome page kept anything, does the workbook show the personal link's details, and once the
    welcome page kept the same ones, is it shown as is (no second run) with the kept profile in its store?"""
    fs, welcome_keeps, _ = room
    shown = workbook_profile(defaults=COACH, link=ADA)
    assert shown["name"] == "Ada Lovelace" and shown["goal"] == "a mentor" and shown["coach"] == "Sam Rivera"
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor"})
    assert _changed(fs) is False
    # the workbook's store now holds what the welcome page kept: its next save cannot put back an older copy
    store = open_store()
    assert store.get(PROFILE_KEY)["name"] == "Ada Lovelace"
    store.set("network.note", "typed in the workbook")
    store.flush()
    saved = AnswersStore(browser_storage.answers_folder())
    assert saved.get(PROFILE_KEY)["name"] == "Ada Lovelace" and saved.get("network.note") == "typed in the workbook"


@pytest.mark.parametrize(("coach_language", "page_language"), [("", "en"), ("de", "de"), ("es", "es"), ("xx", "en")])
def test_the_language_the_welcome_page_keeps_is_the_one_the_workbook_shows(room, coach_language, page_language):
    """A coach's site in English (no language given) or another: the welcome page keeps its menu's language with
    the link's details; does the workbook started first show that language, so it is not run again? (CI once saw
    "changed" here: the workbook showed the coach's empty language, the page kept "en".)"""
    fs, welcome_keeps, _ = room
    coach = {**COACH, "language": coach_language}
    assert workbook_profile(defaults=coach, link=ADA)["language"] == page_language
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor", "language": page_language}, defaults=coach)
    assert _changed(fs) is False


def test_details_corrected_on_the_welcome_page_after_the_workbook_ran_make_it_run_again(room):
    """The participant corrects their name after the background workbook read the profile: is it run again,
    and does the run show the correction, never the link's first version?"""
    fs, welcome_keeps, _ = room
    assert workbook_profile(defaults=COACH, link=ADA)["name"] == "Ada Lovelace"
    welcome_keeps({"name": "Ada King", "goal": "a mentor"})
    assert _changed(fs) is True
    assert workbook_profile(defaults=COACH, link=ADA)["name"] == "Ada King"  # the run again: kept wins
    assert _changed(fs) is False


def test_a_goal_corrected_after_the_workbook_read_the_kept_profile_is_seen(room):
    """Not only the name: does any corrected field (goal) count, when the workbook had read a kept profile?"""
    fs, welcome_keeps, _ = room
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor"})
    run_async(browser_storage.reload_kept(fs=fs))
    open_store().reload()
    assert workbook_profile(defaults=COACH, link=ADA)["goal"] == "a mentor"
    welcome_keeps({"name": "Ada Lovelace", "goal": "a job in fintech"})
    assert _changed(fs) is True


def test_answers_restored_on_the_welcome_page_make_the_workbook_run_again(room, tmp_path):
    """A take-home file restored on the welcome page (same name): does the workbook run again to show the answers?"""
    fs, welcome_keeps, welcome_dir = room
    workbook_profile(defaults=COACH, link=ADA)
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor"})
    restored = AnswersStore(welcome_dir, debounce=0)
    restored.set("network.note", "from the take-home file")
    restored.flush()
    pusher = FakeBrowserFS(tmp_path / "indexeddb")  # the welcome kernel's autoPersist after the restore
    pusher.mount("IDBFS", {}, str(welcome_dir))
    pusher.syncfs(False, lambda error=None: None)
    assert _changed(fs) is True
    assert open_store().get("network.note") == "from the take-home file"


def test_a_name_kept_in_this_browser_wins_over_anothers_link(room):
    """This browser holds Grace's workbook; Ada's link opens the site: does the workbook stay Grace's (her
    answers under her name), never Ada's details beside Grace's answers, until Ada makes it hers?"""
    fs, welcome_keeps, _ = room
    welcome_keeps({"name": "Grace Hopper", "goal": "a compiler job"})
    run_async(browser_storage.reload_kept(fs=fs))
    open_store().reload()
    shown = workbook_profile(defaults=COACH, link=ADA)
    assert shown["name"] == "Grace Hopper" and "mentor" not in shown["goal"]
    assert _changed(fs) is False  # the welcome page only warns: nothing kept changed
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor"})  # Ada presses "Make my workbook"
    assert _changed(fs) is True


@pytest.mark.parametrize("link", ["", "for=garbage", ADA[:-3] + "000", ADA[:20]])
def test_without_a_good_link_the_workbook_shows_no_details(room, link):
    """No link, or a changed or cut-off one: are no details invented (the welcome page says what is wrong)?"""
    assert workbook_profile(defaults=COACH, link=link)["name"] == ""
    assert workbook_profile(defaults=COACH, link=link)["coach"] == "Sam Rivera"


def test_the_link_is_read_from_the_page_by_default(room, monkeypatch):
    """Does the workbook read the page's own fragment (NETKIT_PERSONAL_LINK, set by the site's extension)?"""
    monkeypatch.setenv("NETKIT_PERSONAL_LINK", ADA)
    assert workbook_profile(defaults=COACH)["name"] == "Ada Lovelace"


def test_nothing_to_check_outside_the_browser(monkeypatch, tmp_path):
    """Outside the site (no mount, no workbook run yet): is nothing reloaded and nothing said to have changed?"""
    browser_storage.forget()
    start._shown.clear()
    assert run_async(browser_storage.reload_kept()) is False
    assert run_async(details_changed()) is False


def test_a_store_reloads_what_another_kernel_saved_and_tells_its_views(tmp_path):
    """AnswersStore.reload: does it adopt another kernel's save and notify views of changed keys only, and with
    changes of its own pending, merge rather than drop them?"""
    mine, other = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    told: list[str] = []
    mine.subscribe("network.note", lambda: told.append("note"))
    mine.subscribe("network.goal", lambda: told.append("goal"))
    other.set("network.note", "from the other kernel")
    other.flush()
    mine.reload()
    assert mine.get("network.note") == "from the other kernel" and told == ["note"]
    mine.set("network.goal", "mine, not saved yet", base=None)
    other.set("network.note", "second")
    other.flush()
    mine.reload()
    assert mine.get("network.goal") == "mine, not saved yet" and mine.get("network.note") == "second"
    assert AnswersStore(tmp_path).get("network.goal") == "mine, not saved yet"


def test_the_welcome_page_names_the_workbook_to_start_in_the_background():
    """Does the site's welcome page (only) carry the workbook's address for the extension to start at once?"""
    pages = lite.lite_notebooks(default_workbook(), bundled_dir("workbooks") / lite.START, COACH)
    assert pages[lite.START].metadata["netkit"]["preload"] == "index.html?path=workshop.ipynb"
    assert "preload" not in pages[lite.WORKBOOK].metadata["netkit"]


def test_the_extension_starts_the_workbook_before_python_and_checks_the_details_when_shown():
    """Is the frame started from the page's metadata before this page's own Python (with the page's fragment),
    never restarted by the link, and does showing it ask the workbook's kernel whether the details changed?"""
    source = (lite.EXTENSION / "static" / "remoteEntry.js").read_text(encoding="utf-8")
    run_once = source.split("function runOnce", 1)[1]
    assert run_once.index("startPreload(String(meta.preload)") < run_once.index("sessionContext.ready")
    assert 'frame.src = address.href + (window.location.hash || "")' in source
    assert "if (preload) { return; }" in source.split("function startPreload", 1)[1][:80]
    assert "from netkit.coach.start import details_changed" in source
    reveal = source.split("function reveal", 1)[1].split("function watchLinks", 1)[0]
    assert "askRefresh(0)" in reveal and 'window.history.replaceState(null, "", preload.href)' in reveal


def test_the_answers_folder_is_this_kernels(room):
    """The fixture's workbook kernel keeps its answers in its own folder (a guard for the tests above)."""
    assert (
        isinstance(browser_storage.answers_folder(), Path)
        and browser_storage.answers_folder().name == "workbook-kernel"
    )


def test_the_workbooks_own_bookkeeping_while_in_the_background_is_not_a_change(room):
    """A workbook booted in the background saves where its steps are and its network counts; once the welcome page
    kept the same details, is that still "nothing changed" (no second run), whether or not it is saved yet?"""
    from netkit.store import schema

    fs, welcome_keeps, _ = room
    workbook_profile(defaults=COACH, link=ADA)
    store = open_store()
    store.set(schema.NETWORK_SUMMARY, {"contacts": 0})
    store.flush()
    store.set(schema.CURRENT_STEP, 1)  # still pending when Start is pressed
    welcome_keeps({"name": "Ada Lovelace", "goal": "a mentor"})
    assert _changed(fs) is False
    assert open_store().get(schema.CURRENT_STEP) == 1
