"""The coach's PNG/PDF ego map (matplotlib): figures built without pyplot, from the shared layout."""

import datetime as dt

import matplotlib.pyplot as plt
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch

from netkit.coach.map_png import ego_map, figure_png
from netkit.contacts import Contact
from netkit.exercises.network.egomap_layout import INDIVIDUAL_LIMIT

TODAY = dt.date(2026, 11, 24)
PNG = b"\x89PNG"


def _people(n, **kw):
    return [
        Contact(
            f"Person {i}",
            organisation=f"Org {i % 7}",
            sector=("Tech", "Health", "")[i % 3],
            ring=("inner", "close", "regular", "acquaintance", "dormant")[i % 5],
            **kw,
        )
        for i in range(n)
    ]


def _scatter(figure):
    return next(c for c in figure.axes[0].collections if isinstance(c, PathCollection))


def test_ego_map_returns_a_figure_without_touching_pyplot():
    """Is the map a Figure, with no pyplot figure left open?"""
    before = plt.get_fignums()
    figure = ego_map(_people(10), TODAY, participant="Ada")
    assert isinstance(figure, Figure) and plt.get_fignums() == before
    assert figure_png(figure).startswith(PNG)


def test_each_person_is_a_dot_and_labels_are_drawn():
    """Up to the limit, does every person get a dot and is there a label path?"""
    figure = ego_map(_people(40), TODAY)
    assert len(_scatter(figure).get_offsets()) == 40
    assert any(isinstance(a, PathPatch) for a in figure.axes[0].get_children())
    assert "40 people" in figure._suptitle.get_text()


def test_closer_rings_sit_nearer_the_centre():
    """Is an inner-circle contact drawn closer to the centre than an acquaintance?"""
    people = [Contact("In", ring="inner"), Contact("Out", ring="acquaintance")]
    offsets = _scatter(ego_map(people, TODAY)).get_offsets()
    radii = [float((x * x + y * y) ** 0.5) for x, y in offsets]
    assert radii[0] < radii[1]


def test_dormant_ties_are_drawn_hollow():
    """Is a dormant tie drawn with a white face, and a live one filled?"""
    people = [
        Contact("Live", ring="close", sector="Tech", last_contact=TODAY),
        Contact("Silent", ring="close", sector="Tech", last_contact=TODAY - dt.timedelta(days=500)),
    ]
    faces = _scatter(ego_map(people, TODAY)).get_facecolors()
    assert tuple(faces[1][:3]) == (1.0, 1.0, 1.0) and tuple(faces[0][:3]) != (1.0, 1.0, 1.0)


def test_big_network_is_drawn_by_organisation():
    """Beyond the limit, are organisations drawn as bubbles (far fewer than people)?"""
    people = _people(INDIVIDUAL_LIMIT + 50)
    figure = ego_map(people, TODAY)
    dots = len(_scatter(figure).get_offsets())
    assert dots < 60 and "by organisation" in figure._suptitle.get_text()


def test_names_with_dollars_and_markup_do_not_break_the_map():
    """Do names with $…$, <tags> or emoji draw without a maths error?"""
    people = [Contact("$50k $70k"), Contact("<img src=x>"), Contact("Zoë 中村 🙂")]
    assert figure_png(ego_map(people, TODAY)).startswith(PNG)


def test_empty_network_still_draws():
    """Does an empty network draw the participant alone?"""
    assert figure_png(ego_map([], TODAY, participant="")).startswith(PNG)


def test_title_reads_naturally_with_and_without_a_name():
    """Does the title say "Your network" without a name and "Ana's network" with one?"""
    from netkit.coach.map_png import ego_map
    from netkit.contacts import Contact

    people = [Contact(name="Kim")]
    assert ego_map(people, participant="You")._suptitle.get_text().startswith("Your network: 1 person")
    assert ego_map(people, participant="Ana")._suptitle.get_text().startswith("Ana's network")


def test_dollar_signs_in_names_and_sectors_stay_literal_text():
    """Does a participant name or sector holding '$…$' draw as literal text instead of crashing in
    matplotlib's maths parser (which would also break the take-home download)?"""
    people = [Contact("A", sector=r"$\bad$"), Contact("B", sector="$50k-$70k roles")]
    figure = ego_map(people, TODAY, participant=r"Zoë $\frac$")
    assert figure_png(figure).startswith(PNG)
    texts = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert r"$\bad$" in texts


def test_people_on_different_rings_never_share_a_spoke():
    """Do one person per ring get different angles, so their labels cannot sit on top of each other?"""
    import math

    from netkit.coach.map_png import ego_map
    from netkit.contacts import Contact

    people = [Contact(name=f"P{i}", ring=ring) for i, ring in enumerate(["inner", "regular", "dormant"])]
    ax = ego_map(people, participant="Ana")._localaxes[0]
    dots = next(c for c in ax.collections if len(getattr(c, "get_offsets", list)()) == 3)
    angles = {round(math.degrees(math.atan2(y, x))) % 360 for x, y in dots.get_offsets()}
    assert len(angles) == 3


def test_centre_shows_the_first_name_only():
    """Does the centre disc show a first name that fits, not a clipped full name?"""
    from netkit.coach.map_png import ego_map
    from netkit.contacts import Contact

    ax = ego_map([Contact(name="Kim")], participant="Amara Okafor")._localaxes[0]
    assert "Amara" in [t.get_text() for t in ax.texts]


def test_ego_map_draws_cjk_names_without_a_missing_glyph_warning():
    """With fonts-noto-cjk installed (CI, Binder), are contacts named 王小明 and 김민준 drawn, not boxes?"""
    import warnings

    import pytest

    from netkit.coach.fonts import glyph_fonts

    if "Noto Sans CJK JP" not in glyph_fonts():
        pytest.skip("fonts-noto-cjk is not installed")
    figure = ego_map([Contact("王小明", ring="inner"), Contact("김민준", ring="close")], TODAY, participant="王小明")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert figure_png(figure).startswith(PNG)
