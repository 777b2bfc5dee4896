"""A typo in a notebook's widget call is an error, not silently ignored (no catch-all ``**kwargs``)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import netkit.widgets
from netkit.widgets.network import form as network
from netkit.widgets.outreach import conversation
from netkit.widgets.outreach import form as outreach
from netkit.widgets.reflection import prompts as reflection

#: Every module of netkit.widgets, subpackages included: a form moved to a module of its own stays checked.
ALL = [
    importlib.import_module(info.name)
    for info in pkgutil.walk_packages(netkit.widgets.__path__, "netkit.widgets.")
    if not info.ispkg
]


#: Classes whose ``**kwargs`` all go to one function with explicit parameters (a typo raises there;
#: test_a_typo_in_the_opening_page_raises shows it), so the fields are listed once.
FORWARDED = {"netkit.widgets.opening.OpeningPage": "netkit.workbook.opening.opening_html"}


def _swallowers(module) -> list[str]:
    """Classes defined in ``module`` whose ``__init__`` takes ``**kwargs`` (and does not forward them all)."""
    return [
        f"{module.__name__}.{name} swallows unknown keywords"
        for name, obj in vars(module).items()
        if inspect.isclass(obj) and obj.__module__ == module.__name__ and "__init__" in vars(obj)
        if inspect.Parameter.VAR_KEYWORD in {p.kind for p in inspect.signature(obj.__init__).parameters.values()}
        and f"{module.__name__}.{name}" not in FORWARDED
    ]


@pytest.mark.parametrize("module", [conversation, network, outreach, reflection])
def test_exercise_widgets_take_no_catch_all_keyword_arguments(module):
    assert not _swallowers(module)


@pytest.mark.parametrize("module", ALL, ids=lambda m: m.__name__)
def test_no_widget_takes_catch_all_keyword_arguments(module):
    """The same for every class in every widgets module (plan, confidence, opening, binder, binding…)."""
    assert not _swallowers(module)


def test_the_check_covers_the_forms_that_moved():
    names = {m.__name__ for m in ALL}
    assert {
        "netkit.widgets.reflection.plan",
        "netkit.widgets.reflection.confidence",
        "netkit.widgets.network.form",
        "netkit.widgets.outreach.view",
        "netkit.widgets.opening",
    } <= names


def test_a_typo_in_the_opening_page_raises():
    from netkit.widgets.opening import OpeningPage

    with pytest.raises(TypeError):
        OpeningPage(nmae="Ada")
