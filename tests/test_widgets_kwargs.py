"""A typo in a notebook's widget call is an error, not silently ignored (no catch-all ``**kwargs``)."""

from __future__ import annotations

import inspect

import pytest

from netkit.widgets import network, outreach, reflection
from netkit.widgets.outreach import conversation


@pytest.mark.parametrize("module", [conversation, network, outreach, reflection])
def test_exercise_widgets_take_no_catch_all_keyword_arguments(module):
    for name, obj in vars(module).items():
        if inspect.isclass(obj) and obj.__module__ == module.__name__ and "__init__" in vars(obj):
            kinds = {p.kind for p in inspect.signature(obj.__init__).parameters.values()}
            assert inspect.Parameter.VAR_KEYWORD not in kinds, f"{module.__name__}.{name} swallows unknown keywords"
