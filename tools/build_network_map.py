"""Source of exercises/network-map.ipynb (run: python tools/build_network_map.py)."""

from make_notebook import PARAMETERS, make

make(
    "exercises/network-map.ipynb",
    [
        ("code", PARAMETERS, ["parameters"]),
        ("md", "# Exercise 1 — Map your network"),
        (
            "md",
            """## Why map who you know?

Career advisers send job seekers to talk to people for practical reasons (after Heather Krasna,
*Why do networking?*): most of what you need to know about a field or an employer is never written
down; people who know you and your work can vouch for you; many roles are filled through
referrals before anyone advertises them; and the exchange runs both ways, because even a student
has articles, updates and introductions to offer. A map shows where all this can come from.""",
        ),
        (
            "md",
            """## Your network is bigger than you think

A career coach, Jude, looks back on one regret: she had built up a lot of goodwill with many people
without realising it, and left it untapped for years. Her network was never empty, only unused.
So start wide: former colleagues, classmates, neighbours, the people from that course, your
LinkedIn connections. Then decide who you want to keep in touch with, and how often.

## Relationships before favours

Someone who is happily employed and gets asked for referrals by strangers, says a letter to an HR
advice column, cannot vouch for people whose work they do not know. As one reader replied: build
the relationship first; only then is asking for a favour fair. The map below counts what you
*gave* and what you *asked*, so you can see whether any tie has become all asking.

**How close?** Pick one ring per person: *Inner circle* (people you would call for advice any
time: keep in touch weekly), *Close* (monthly), *Regular* (every three months), *Acquaintance*
(once a year) and *Dormant* (once close or useful, but silent for a long time). Anyone silent for
more than a year is also shown as dormant — reconnecting with such ties often brings advice that
is both fresh and trusted.

Your contacts are other people's personal data: they are kept only in the answers file next to
this workbook, never sent anywhere.""",
        ),
        (
            "code",
            "from netkit.widgets.network import NetworkMap\n\n"
            "NetworkMap(name=name, target_organisations=target_organisations, target_sectors=target_sectors)",
        ),
    ],
)
