"""Tests for netkit.binder: detecting mybinder.org and the notice shown there."""

from netkit.binder import BINDER_ENV_VARS, binder_notice_html, binder_session, on_binder

BINDER_ENV = {
    "BINDER_LAUNCH_HOST": "https://mybinder.org/",
    "BINDER_REPO_URL": "https://github.com/example/netkit",
    "BINDER_REF_URL": "https://github.com/example/netkit/tree/abc123",
    "BINDER_REQUEST": "v2/gh/example/netkit/main",
    "BINDER_PERSISTENT_REQUEST": "v2/gh/example/netkit/abc123",
}


def test_not_on_binder_without_its_variables():
    """Is a laptop or a JupyterHub (no BINDER_* variables) not mistaken for Binder?"""
    assert binder_session({"HOME": "/home/me", "JUPYTERHUB_USER": "ada"}) is None
    assert not on_binder({})


def test_blank_variables_do_not_count():
    """Does an empty BINDER_REQUEST (e.g. exported blank by a script) not count as Binder?"""
    assert not on_binder({name: "  " for name in BINDER_ENV_VARS})


def test_each_variable_alone_means_binder():
    """Is any one of Binder's variables enough to show the notice?"""
    for name in BINDER_ENV_VARS:
        assert on_binder({name: BINDER_ENV[name]}), name


def test_relaunch_url_uses_the_persistent_request():
    """Does the notice link to the same commit (the persistent request), not a moving branch?"""
    session = binder_session(BINDER_ENV)
    assert session.relaunch_url == "https://mybinder.org/v2/gh/example/netkit/abc123"


def test_notice_says_idle_end_nothing_kept_and_how_to_take_home():
    """Does the notice say the session ends after ~10 idle minutes, keeps nothing, and how to download?"""
    html = binder_notice_html(binder_session(BINDER_ENV))
    assert "10 minutes" in html
    assert "deleted" in html
    assert "Download everything" in html
    assert "https://mybinder.org/v2/gh/example/netkit/abc123" in html


def test_notice_never_links_to_a_non_https_address():
    """Is a hostile launch host (javascript:, quotes) never turned into a link?"""
    env = {"BINDER_LAUNCH_HOST": "javascript:alert(1)//", "BINDER_REQUEST": "x"}
    html = binder_notice_html(binder_session(env))
    assert "javascript:" not in html
    assert "<a " not in html


def test_notice_escapes_the_link():
    """Is a quote in Binder's variables escaped inside the href?"""
    env = {"BINDER_LAUNCH_HOST": "https://mybinder.org/", "BINDER_PERSISTENT_REQUEST": "v2/gh/a/b/'onmouseover='x"}
    html = binder_notice_html(binder_session(env))
    assert "'onmouseover='" not in html
