"""Fonts for the coach's matplotlib charts: every script that has an installed font.

matplotlib draws with DejaVu Sans, which has no CJK glyphs: a name such as 王小明 became boxes
and a ``UserWarning: Glyph … missing`` naming a file of the coach's machine. Where the Debian
packages ``fonts-noto-cjk`` (and, for browsers, ``fonts-noto-color-emoji``) are installed — CI
and Binder install them, see ``.ci/run`` and ``binder/apt.txt`` — :func:`glyph_fonts` puts them
behind DejaVu Sans so matplotlib (3.6+) falls back to them glyph by glyph
(:func:`use_glyph_fonts`). Colour emoji fonts
are bitmap fonts matplotlib cannot use; a monochrome one (Symbola, Noto Emoji) is used if found.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["FALLBACK_FAMILIES", "glyph_fonts", "use_glyph_fonts"]

#: Families tried after DejaVu Sans, in order, when installed.
FALLBACK_FAMILIES = ("Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Emoji", "Symbola")
_FILES = ("NotoSansCJK-Regular", "NotoEmoji-Regular", "Symbola")


@lru_cache(maxsize=1)
def glyph_fonts() -> tuple[str, ...]:
    """DejaVu Sans followed by the installed fallback families.

    A font installed after matplotlib built its cache is not known to it: the system's font
    files are looked at once and the matching ones added."""
    from matplotlib import font_manager

    def known() -> set[str]:
        return {font.name for font in font_manager.fontManager.ttflist}

    if not known() & set(FALLBACK_FAMILIES):
        for path in font_manager.findSystemFonts():
            if any(name in path for name in _FILES):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError, NotImplementedError):
                    continue
    names = known()
    return ("DejaVu Sans", *(family for family in FALLBACK_FAMILIES if family in names))


def use_glyph_fonts(fig) -> None:
    """Draw every text of ``fig`` with :func:`glyph_fonts` (matplotlib falls back glyph by glyph
    only across the families a text lists itself, not across a generic ``sans-serif``)."""
    from matplotlib.text import Text

    families = list(glyph_fonts())
    for text in fig.findobj(Text):
        text.set_fontfamily(families)
