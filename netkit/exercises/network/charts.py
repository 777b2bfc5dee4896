"""The two small pictures next to the ego map, as SVG: give-and-ask per contact, and a summary.

Real text, fluid width, a title and a description for screen readers (see :mod:`netkit.svg`);
every bar carries its number as text, so the charts read without colour. Pure Python.

Both charts take the participant's ``language``: every word (titles, headings, the empty-chart hints, the
screen-reader description, ring names) goes through gettext, numbers and the dormant share are written
the language's way ("1.200", "25 %"). English, the default, is the source and stays word for word.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence

from netkit.contacts import RINGS, Contact
from netkit.exercises.network.analysis import reciprocity, summarise
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, locale_name, number
from netkit.svg import MUTED, Svg, abbreviate, bar_rows

__all__ = ["reciprocity_svg", "summary_svg"]

GAVE_COLOUR = "#007A5A"  # darker than Okabe–Ito green and orange: bars next to text on white
ASKED_COLOUR = "#B35900"
RING_COLOURS = {
    "inner": "#0b4f7c",
    "close": "#2a7ab0",
    "regular": "#62a3d0",
    "acquaintance": "#a9cbe6",
    "dormant": "#bbbbbb",
}
WIDTH = 720
SIZE = 14
#: The sector :func:`~netkit.exercises.network.analysis.summarise` counts contacts without one under (its
#: ``UNKNOWN_SECTOR``, the same words; a test keeps them equal), translated on the chart.
_NO_SECTOR = N_("(no sector given)")


def _english(language: str) -> bool:
    return language in ("", None, DEFAULT_LANGUAGE)


def _counter(language: str, grouped: bool = True) -> Callable[[int], str]:
    """How a count is written: English as the charts always wrote it (``1,200``, or ``1200`` where ``grouped`` is
    false), other languages with their own grouping (``1.200``)."""
    if _english(language):
        return (lambda n: f"{n:,}") if grouped else str
    return lambda n: number(n, language)


def _percent(share: float, language: str) -> str:
    """``share`` as a whole percentage: "25%" in English, "25 %" in German and Spanish (CLDR)."""
    if _english(language):
        return f"{share:.0%}"
    from babel.numbers import format_percent

    return str(format_percent(share, locale=locale_name(language)))


def _empty(title: str, message: str) -> str:
    svg = Svg(WIDTH, 70, title=title, desc=message, max_width=WIDTH)
    svg.text(WIDTH / 2, 40, message, size=SIZE + 1, colour=MUTED, anchor="middle")
    return svg.render()


def reciprocity_svg(contacts: Sequence[Contact], *, top: int = 12, language: str = "") -> str:
    """Gives (right, green) and asks (left, orange) for the most active contacts, with totals, in ``language``."""
    _ = gettext_for(language)
    say = _counter(language, grouped=False)
    data = reciprocity(contacts)
    totals = _("Give and ask: you gave {gave}, asked {asked}").format(gave=say(data.gave), asked=say(data.asked))
    balance = _(data.balance)  # Reciprocity.balance's words are marked N_ in analysis
    title = _("{totals} ({balance})").format(totals=totals, balance=balance)
    rows = sorted(data.per_contact, key=lambda r: (-(r[1] + r[2]), r[0].name.casefold()))[:top]
    if not rows:
        return _empty(
            _("Give and ask"), _("Log a few interactions (I gave / I asked) to see your give-and-ask balance.")
        )
    each = _("{name}: gave {gave}, asked {asked}")
    desc = "; ".join(each.format(name=c.name, gave=say(gave), asked=say(asked)) for c, gave, asked in rows)
    row_height, label_width, top_y = 28, 200, 70
    svg = Svg(WIDTH, top_y + row_height * len(rows) + 40, title=title, desc=desc, max_width=WIDTH)
    svg.text(WIDTH / 2, 22, totals, size=SIZE + 2, anchor="middle", font_weight="bold")
    svg.text(WIDTH / 2, 44, _("({balance})").format(balance=balance), size=SIZE, colour=MUTED, anchor="middle")
    middle = label_width + (WIDTH - label_width) / 2
    limit = max(max(r[1] for r in rows), max(r[2] for r in rows), 1)
    for index, (contact, gave, asked) in enumerate(rows):
        svg.open("g", title=each.format(name=contact.name, gave=say(gave), asked=say(asked)))
        _bars(svg, rows[index], index, say, limit=limit, top=top_y, row_height=row_height, label_width=label_width)
        svg.close("g")
    bottom = top_y + row_height * len(rows)
    svg.add("line", x1=middle, y1=top_y - 4, x2=middle, y2=bottom + 2, stroke="#444444", stroke_width=1.2)
    svg.text(middle - 10, bottom + 24, _("◀ times I asked"), size=SIZE - 1, colour=ASKED_COLOUR, anchor="end")
    svg.text(middle + 10, bottom + 24, _("times I gave ▶"), size=SIZE - 1, colour=GAVE_COLOUR)
    return svg.render()


def _bars(
    svg: Svg,
    row: tuple[Contact, int, int],
    index: int,
    say: Callable[[int], str],
    *,
    limit: int,
    top: float,
    row_height: float,
    label_width: float,
) -> None:
    """One contact's row of the give-and-ask chart: the name, then gives to the right and asks to the left of the
    middle line, each bar with its count (``limit``: the largest count, which reaches the edge)."""
    contact, gave, asked = row
    middle = label_width + (WIDTH - label_width) / 2
    half = (WIDTH - label_width) / 2 - 40
    y = top + index * row_height
    svg.text(
        label_width - 8,
        y + row_height / 2,
        abbreviate(contact.name, label_width - 12, SIZE),
        size=SIZE,
        anchor="end",
        dominant_baseline="central",
    )
    for value, colour, sign in ((gave, GAVE_COLOUR, 1), (asked, ASKED_COLOUR, -1)):
        if value:
            length = half * value / limit
            svg.add(
                "rect",
                x=middle if sign > 0 else middle - length,
                y=y + 5,
                width=length,
                height=row_height - 10,
                fill=colour,
            )
            svg.text(
                middle + sign * (length + 5),
                y + row_height / 2,
                say(value),
                size=SIZE - 1,
                colour=MUTED,
                anchor="start" if sign > 0 else "end",
                dominant_baseline="central",
            )


def summary_svg(contacts: Sequence[Contact], today: _dt.date | None = None, *, language: str = "") -> str:
    """Network size by ring and by sector, with the size and dormant share in the title, in ``language``."""
    _ = gettext_for(language)
    say = _counter(language)
    today = today or _dt.date.today()
    if not contacts:
        return _empty(_("Summary"), _("Add contacts to see your network by ring and sector."))
    summary = summarise(contacts, today, top_sectors=7)
    # one msgid per form (the catalogs hold no plural entries); English keeps "1 contacts", as it always wrote
    people = _("{count} contact") if summary.size == 1 and not _english(language) else _("{count} contacts")
    places = _("{count} organisation") if summary.organisations == 1 and not _english(language) else None
    title = _("{contacts} in {organisations} · {share} dormant").format(
        contacts=people.format(count=say(summary.size)),
        organisations=(places or _("{count} organisations")).format(count=say(summary.organisations)),
        share=_percent(summary.dormant_share, language),
    )
    rings = [(_(RINGS[key].label), count, RING_COLOURS[key]) for key, count in summary.by_ring.items()]
    sectors = [(_(n) if n == _NO_SECTOR else n, count, "#62a3d0") for n, count in summary.by_sector.items()]
    desc = _("By closeness: {rings}. By sector: {sectors}.").format(
        rings=", ".join(f"{label} {say(count)}" for label, count, _colour in rings),
        sectors=", ".join(f"{label} {say(count)}" for label, count, _colour in sectors),
    )
    row_height = 26
    height = 40 + 30 + row_height * len(rings) + 40 + row_height * len(sectors) + 16
    svg = Svg(WIDTH, height, title=title, desc=desc, max_width=WIDTH)
    svg.text(WIDTH / 2, 22, title, size=SIZE + 2, anchor="middle", font_weight="bold")
    y: float = 40
    for heading, rows in ((_("By closeness"), rings), (_("By sector"), sectors)):
        svg.text(10, y + 20, heading, size=SIZE, font_weight="bold")
        y = (
            bar_rows(
                svg,
                0,
                y + 30,
                label_width=220,
                bar_width=WIDTH - 300,
                rows=rows,
                maximum=max(count for _label, count, _colour in rows),
                size=SIZE,
                row_height=row_height,
                value_text=say,
            )
            + 10
        )
    return svg.render()
