"""Coach-side charts draw every installed script without a missing-glyph warning."""

from __future__ import annotations

import os
import warnings

import pytest

from netkit.coach.fonts import glyph_fonts


def test_cjk_names_draw_without_a_missing_glyph_warning():
    """With fonts-noto-cjk installed (CI, Binder), does a chart titled 王小明 draw with no warning?"""
    from netkit.coach.cohort_charts import _figure, figure_png

    if "Noto Sans CJK JP" not in glyph_fonts():
        if os.environ.get("CI") == "true":
            pytest.fail("fonts-noto-cjk is not installed (.ci/run installs it)")
        pytest.skip("fonts-noto-cjk is not installed")
    fig, _ax = _figure("王小明 · 김민준 · José")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert figure_png(fig).startswith(b"\x89PNG")


def test_dejavu_stays_first():
    """Is Latin text still drawn in DejaVu Sans, the fallbacks only behind it?"""
    assert glyph_fonts()[0] == "DejaVu Sans"
