"""Network analyses: dormant ties, target gaps, reciprocity, stay-in-touch dates, summary."""

import datetime as dt

from netkit.contacts import Contact
from netkit.exercises.network.analysis import (
    dormant_ties_worth_reviving,
    findings,
    matches_target,
    only_asked,
    parse_targets,
    reciprocity,
    stay_in_touch_due,
    stay_in_touch_reminders,
    summarise,
    targets_without_insider,
)

TODAY = dt.date(2026, 11, 24)
LONG_AGO = TODAY - dt.timedelta(days=800)


def test_targets_split_on_semicolons_before_commas():
    """Does "Acme, Inc.; Globex" keep the comma in Acme, Inc., and a comma list still split?"""
    assert parse_targets("Acme, Inc.; Globex") == ["Acme, Inc.", "Globex"]
    assert parse_targets("Tech, Health ,, tech") == ["Tech", "Health"]
    assert parse_targets("") == [] and parse_targets(["A", "A"]) == ["A"]


def test_matches_target_ignores_case_punctuation_and_legal_suffixes():
    """Does "Acme" match "ACME Corp." and "NHS" match "NHS England", but "Bank" not "Copperfield Bank"?"""
    assert matches_target("ACME Corp.", "Acme")
    assert matches_target("NHS England", "NHS")
    assert matches_target("Acme", "Acme Inc")
    assert not matches_target("Copperfield Bank", "Bank")


def test_dormant_close_tie_gets_flagged():
    """Is a close tie silent for two years flagged as worth reviving, with a reason?"""
    people = [
        Contact("Old friend", ring="close", last_contact=LONG_AGO),
        Contact("Old acquaintance", ring="acquaintance", last_contact=LONG_AGO),
        Contact("Recent friend", ring="close", last_contact=TODAY),
    ]
    found = dormant_ties_worth_reviving(people, TODAY)
    assert [r.contact.name for r in found] == ["Old friend"]
    assert "close" in found[0].reason and "2 years" in found[0].reason


def test_dormant_acquaintance_at_a_target_is_worth_reviving():
    """Is a distant, silent tie inside a target organisation or sector flagged too?"""
    people = [
        Contact("Insider", organisation="Globex Ltd", last_contact=LONG_AGO),
        Contact("Sector", sector="Health care", last_contact=LONG_AGO),
    ]
    found = dormant_ties_worth_reviving(people, TODAY, target_organisations="Globex", target_sectors="Health")
    assert {r.contact.name for r in found} == {"Insider", "Sector"}


def test_marked_dormant_is_worth_reviving_and_closest_come_first():
    """Does a tie put in the dormant ring count, ordered after inner-circle ties?"""
    people = [Contact("Marked", ring="dormant"), Contact("Inner", ring="inner", last_contact=LONG_AGO)]
    assert [r.contact.name for r in dormant_ties_worth_reviving(people, TODAY)] == ["Inner", "Marked"]


def test_targets_without_insider():
    """Are targets with nobody inside listed, and insiders found for the others?"""
    people = [Contact("A", organisation="Northwind Analytics"), Contact("B", sector="Tech")]
    gaps = targets_without_insider(people, "Northwind Analytics; Acme, Inc.", "Tech, Law")
    assert gaps.organisations == ["Acme, Inc."] and gaps.sectors == ["Law"]
    assert [c.name for c in gaps.insiders["Northwind Analytics"]] == ["A"]


def _with(name, *directions):
    c = Contact(name)
    for d in directions:
        c.log(TODAY, "message", d)
    return c


def test_reciprocity_per_contact_and_overall():
    """Are gives and asks counted per contact and in total, takers first?"""
    people = [_with("Giver", "gave", "gave"), _with("Taker", "asked", "asked", "asked"), _with("Quiet", "neutral")]
    result = reciprocity(people)
    assert (result.gave, result.asked) == (2, 3)
    assert [(c.name, g, a) for c, g, a in result.per_contact] == [("Taker", 0, 3), ("Giver", 2, 0)]
    assert "asked more" in result.balance


def test_only_asked_lists_contacts_never_given_to():
    """Is a contact only ever approached to ask listed, but not one we also caught up with?"""
    people = [
        _with("Only asks", "asked"),
        _with("Mixed", "asked", "neutral"),
        _with(
            "Never",
        ),
    ]
    assert [c.name for c in only_asked(people)] == ["Only asks"]


def test_stay_in_touch_due_dates_follow_the_ring_cadence():
    """Is each tie due its ring's rhythm (netkit.contacts.rhythms) after last contact: two weeks inner, two months
    acquaintance?"""
    last = TODAY - dt.timedelta(days=10)
    people = [
        Contact("Inner", ring="inner", last_contact=last),
        Contact("Close", ring="close", last_contact=last),
        Contact("Acq", ring="acquaintance", last_contact=last),
        Contact("Dormant", ring="dormant"),
        Contact("New close", ring="close"),
        Contact("LinkedIn", ring="acquaintance"),
    ]
    due = {d.contact.name: d for d in stay_in_touch_due(people, TODAY)}
    assert due["Inner"].due == last + dt.timedelta(days=14) and due["Inner"].overdue_days == -4
    assert due["Close"].due == last + dt.timedelta(days=30)
    assert due["Acq"].due == last + dt.timedelta(days=61)
    assert due["New close"].due == TODAY
    assert "Dormant" not in due and "LinkedIn" not in due
    assert list(due) == sorted(due, key=lambda n: due[n].due)


def test_stay_in_touch_reminders_repeat_by_ring():
    """Do the calendar reminders repeat every two weeks for the inner circle and monthly for close ties?"""
    people = [Contact("Inner", ring="inner", last_contact=TODAY, id="a"), Contact("Close", ring="close", id="b")]
    rules = {r.title: r.rrule for r in stay_in_touch_reminders(people, TODAY)}
    assert rules == {
        "Get in touch with Inner": {"FREQ": "WEEKLY", "INTERVAL": 2},
        "Get in touch with Close": {"FREQ": "MONTHLY"},
    }


def test_summary_by_ring_and_sector_and_dormant_share():
    """Does the summary count every ring (even empty ones), sectors and the dormant share?"""
    people = [
        Contact("A", ring="inner", sector="Tech"),
        Contact("B", sector="Tech", last_contact=LONG_AGO),
        Contact("C", ring="dormant"),
        Contact("D", organisation="X"),
    ]
    summary = summarise(people, TODAY)
    assert summary.by_ring == {"inner": 1, "close": 0, "regular": 0, "acquaintance": 2, "dormant": 1}
    assert summary.by_sector == {"Tech": 2, "(no sector given)": 2}
    assert summary.dormant_share == 0.5
    assert set(summary.to_json()) == {"size", "by_ring", "by_sector", "dormant", "dormant_share", "organisations"}


def test_findings_speak_plainly_and_cover_each_analysis():
    """Do the findings mention size, revivals, missing insiders, give/ask and who is due?"""
    people = [Contact("Old friend", ring="close", last_contact=LONG_AGO), _with("Taker", "asked")]
    text = " ".join(findings(people, TODAY, target_organisations="Globex", target_sectors=""))
    for part in (
        "2 contacts",
        "Old friend",
        "No insider yet at: Globex",
        "asked 1 time",
        "Only ever asked",
        "Due for a message now",
    ):
        assert part in text
    assert "empty" in findings([], TODAY)[0]


def test_acquaintances_at_target_organisations_are_found_and_named():
    """Are weak ties who work at a target organisation listed (and close or dormant ties not)?"""
    from netkit.exercises.network.analysis import acquaintances_at_targets, findings

    today = dt.date(2026, 11, 24)
    people = [
        Contact(name="Ana", organisation="ACME Corp.", ring="acquaintance", last_contact=today),
        Contact(name="Bo", organisation="Acme", ring="close", last_contact=today),
        Contact(name="Cy", organisation="Globex", ring="acquaintance", last_contact=today),
    ]
    found = acquaintances_at_targets(people, "Acme; Initech")
    assert {t: [c.name for c in cs] for t, cs in found.items()} == {"Acme": ["Ana"]}
    assert any(
        line.startswith("Acquaintances at your target organisations: Ana at Acme")
        for line in findings(people, today, target_organisations="Acme")
    )


def test_dormant_ties_are_ranked_by_fit_with_the_targets():
    """Does a dormant tie at a target organisation come before a closer one with no link to the targets?"""
    from netkit.exercises.network.analysis import dormant_ties_worth_reviving

    today = dt.date(2026, 11, 24)
    old = today - dt.timedelta(days=900)
    people = [
        Contact(name="Close, no fit", organisation="Elsewhere", ring="inner", last_contact=old),
        Contact(name="Sector fit", organisation="Other", sector="Health", ring="regular", last_contact=old),
        Contact(name="Target fit", organisation="Acme", ring="acquaintance", last_contact=old),
    ]
    ranked = dormant_ties_worth_reviving(people, today, target_organisations=["Acme"], target_sectors=["Health"])
    assert [r.contact.name for r in ranked] == ["Target fit", "Sector fit", "Close, no fit"]
    assert [r.fit for r in ranked] == [2, 1, 0]
