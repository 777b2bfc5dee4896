"""A session a coach would run as written: run-sheet.json for every format and group size (#23).

Timings for a stated group, people talking early and often, debriefs, role cards, online without paper,
spoken durations that match the blocks, the hard moments as stuck notes.
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.guide import FORMATS, NetkitError, run_sheet, write_guide
from netkit.coach.run_sheets import minutes_words

SIZES = (4, 16, 24)
SOCIAL = ("pair", "group")


@pytest.fixture(scope="module", params=[(f, n) for f in FORMATS for n in SIZES], ids=lambda p: f"{p[0]}-{p[1]}")
def sheet_json(request, tmp_path_factory):
    """run-sheet.json as `netkit guide` writes it, for each format and group size."""
    format_name, size = request.param
    out = tmp_path_factory.mktemp(f"{format_name}-{size}")
    write_guide(out, format_name, group_size=size, workshop="Lasting ties", date="2026-12-03")
    return json.loads((out / "run-sheet.json").read_text(encoding="utf-8"))


def sessions(data: dict) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = {}
    for block in data["blocks"]:
        grouped.setdefault(block["session"], []).append(block)
    return grouped


def test_minutes_add_up_per_session_and_the_clock_runs_without_gaps(sheet_json):
    """Does every session last its share of the format, each block starting where the last one ended?"""
    length = sheet_json["minutes"] // sheet_json["sessions"]
    for blocks in sessions(sheet_json).values():
        assert sum(b["minutes"] for b in blocks) == length
        clock = 0
        for block in blocks:
            assert block["start"] == clock and block["minutes"] > 0
            clock += block["minutes"]


def test_people_talk_within_twenty_minutes_and_at_least_twice_per_session(sheet_json):
    """Does the first pair/group block start by minute 20, with two or more in every session of every format?"""
    grouped = sessions(sheet_json)
    first = next(b for b in grouped[1] if b["kind"] in SOCIAL)
    assert first["start"] <= 20
    for number, blocks in grouped.items():
        assert sum(b["kind"] in SOCIAL for b in blocks) >= 2, f"session {number}"


def test_the_first_session_opens_with_a_warm_up_that_seeds_the_map(sheet_json):
    """Is the first pair block the 'someone who helped you' warm-up, whose name becomes the first on the map?"""
    first = next(b for b in sessions(sheet_json)[1] if b["kind"] in SOCIAL)
    words = " ".join([first["say"], *first["steps"]]).lower()
    assert "helped you get where you are" in words and "map" in words


def test_every_longer_pair_or_group_block_ends_in_a_debrief(sheet_json):
    """Does each pair/group block of 8 minutes or more carry a debrief with questions that fits inside it?"""
    for block in sheet_json["blocks"]:
        if block["kind"] in SOCIAL and block["minutes"] >= 8:
            debrief = block["debrief"]
            assert debrief and debrief["questions"], block["title"]
            assert all(q.strip().endswith("?") for q in debrief["questions"])
            assert 0 < debrief["minutes"] < block["minutes"]


def test_the_role_play_has_three_role_cards(sheet_json):
    """Participant, insider (who, enjoys talking about, will not discuss) and observer (listen for)?"""
    (play,) = [b for b in sheet_json["blocks"] if "role-play" in b["title"].lower()]
    cards = {r["role"]: " ".join(r["card"]).lower() for r in play["roles"]}
    assert set(cards) == {"participant", "insider", "observer"}
    assert "who:" in cards["insider"] and "enjoy talking about" in cards["insider"]
    assert "will not discuss" in cards["insider"] and "listen for" in cards["observer"]
    assert "job" in cards["participant"]


PAPER = re.compile(r"\b(paper|print(ed)?|worksheets?|pens?|hand (out|them)|sit with)\b", re.IGNORECASE)


def test_online_has_no_paper_and_sized_timed_breakouts_a_co_host_and_chat(sheet_json):
    """Online: no paper anywhere, breakout rooms sized for the group and timed to the block, a co-host, chat prompts."""
    if sheet_json["setting"] != "online":
        assert not any(b["breakout"] or b["cohost"] for b in sheet_json["blocks"])
        return
    size = sheet_json["group_size"]
    for block in sheet_json["blocks"]:
        said = [block["say"], block["watch"], block["chat"], *block["steps"], *block["materials"], *block["slide"]]
        said += [block["breakout"], block["cohost"], *(s["problem"] + " " + s["help"] for s in block["stuck"])]
        spoken = " ".join(said)
        assert not PAPER.search(spoken), (block["title"], PAPER.search(spoken))
        if block["kind"] in SOCIAL:
            rooms = re.match(r"(\d+) rooms of (\d+).*open for (\d+) minutes", block["breakout"])
            assert rooms, block["breakout"]
            count, per_room, open_for = map(int, rooms.groups())
            debrief = block["debrief"]["minutes"] if block["debrief"] else 0
            assert count == size // per_room and open_for == block["minutes"] - debrief
            assert block["cohost"]
    assert sum(1 for b in sheet_json["blocks"] if b["chat"]) >= 6
    assert any("co-host" in b["cohost"].lower() or b["cohost"] for b in sheet_json["blocks"])


WORDS = {minutes_words(n).split()[0]: n for n in range(1, 61)}
SPOKEN = re.compile(r"\b(" + "|".join(WORDS) + r"|\d+) minutes?\b(?! each)", re.IGNORECASE)


def test_spoken_durations_match_the_blocks(sheet_json):
    """Whatever the coach says about a block's length ('a break of five minutes', not 'ten minutes') is the
    block's own minutes (a per-person time, 'two minutes each', is not a length)."""
    for block in sheet_json["blocks"]:
        if block["kind"] == "break":
            assert minutes_words(block["minutes"]) in block["say"]
        for said in SPOKEN.findall(block["say"] + " " + " ".join(block["slide"])):
            value = int(said) if said.isdigit() else WORDS[said.lower()]
            debrief = block["debrief"]["minutes"] if block["debrief"] else 0
            rounds = (block["minutes"] - debrief - 1) // (3 if block["kind"] == "group" else 2)
            assert value in (block["minutes"], debrief, rounds), (block["title"], said)


def test_no_literal_markup_or_unfilled_placeholder_in_the_run_sheet(sheet_json):
    """No backticks, Markdown stars or '$placeholder' left in anything a coach reads."""
    text = json.dumps(sheet_json, ensure_ascii=False)
    assert "`" not in text and "**" not in text
    assert not re.search(r"\$[a-z_]+", text)


def test_hard_moments_are_stuck_notes_with_what_to_say(sheet_json):
    """'I have no network', 'I hate networking', 'it's who you know' and an upsetting regret question each
    have what to say, on the blocks where they come up and in the hard-moments list."""
    stuck = {s["problem"].lower(): s["help"] for b in sheet_json["blocks"] for s in b["stuck"]}
    assert any("no network" in p and "list" in h.lower() and "start from zero" in h.lower() for p, h in stuck.items())
    assert any("hate networking" in p and "yuck" in h for p, h in stuck.items())
    assert any("who you know" in p for p in stuck)
    assert any("upset" in p and "skip" in h for p, h in stuck.items())
    moments = {m["id"]: m for m in sheet_json["hard_moments"]}
    assert {"no-network", "hate-networking", "who-you-know", "regret-upset"} <= set(moments)
    assert all(m["say"] for m in moments.values()) and len(sheet_json["categories"]) >= 5


@pytest.mark.parametrize("size", range(2, 31))
def test_the_two_hour_room_keeps_its_minimums_for_any_group(size):
    """Room, two hours, 2 to 30 people: role-play ≥ 20 with its debrief, exercise 3 ≥ 20, close ≥ 8, 120 in all."""
    sheet = run_sheet("room-2h", group_size=size)
    by_title = {b.title: b for b in sheet.blocks}
    play = next(b for t, b in by_title.items() if "Role-play" in t)
    assert play.minutes >= 20 and play.debrief
    assert next(b for b in sheet.blocks if b.exercise == "reflection" and b.kind == "solo").minutes >= 20
    assert next(b for b in sheet.blocks if b.title.startswith("Close")).minutes >= 8
    assert sum(b.minutes for b in sheet.blocks) == 120


def test_blocks_that_grow_with_people_grow_and_what_moves_is_named():
    """Do the close and the role-play get longer for a bigger group, solo work shorter, and does a block
    that leaves the session say where it went?"""
    small, usual, large = (run_sheet("room-2h", group_size=n) for n in (6, 16, 30))

    def minutes(sheet, start):
        return next(b.minutes for b in sheet.blocks if b.title.startswith(start))

    assert minutes(small, "Close") <= minutes(usual, "Close") < minutes(large, "Close")
    assert minutes(usual, "Role-play") < minutes(large, "Role-play")
    assert minutes(large, "Exercise 1") < minutes(usual, "Exercise 1")
    assert not any(b.title == "Commitment buddy" for b in large.blocks)
    assert any(m.startswith("Commitment buddy: moved to homework") for m in large.moved)
    assert not any("moved to" in m for m in usual.moved)


def test_a_group_too_large_for_the_format_is_refused_with_what_to_do():
    with pytest.raises(NetkitError, match="cannot fit 31 people") as caught:
        run_sheet("room-2h", group_size=31)
    assert "split the group" in str(caught.value)


def test_group_size_on_the_command_line(tmp_path):
    """Does `netkit guide --group-size` reach the JSON and the printed sheet, and refuse nonsense?"""
    result = CliRunner().invoke(cli, ["guide", "-o", str(tmp_path), "--group-size", "24", "--format", "online-90"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "run-sheet.json").read_text(encoding="utf-8"))
    assert data["group_size"] == 24
    assert "timed for 24 people" in (tmp_path / "run-sheet.html").read_text(encoding="utf-8")
    assert "12 rooms of 2" in json.dumps(data)
    bad = CliRunner().invoke(cli, ["guide", "-o", str(tmp_path), "--group-size", "1"])
    assert bad.exit_code != 0 and "group-size" in bad.output
