"""Speed of exercise 1: importing a big LinkedIn export, redrawing the map, widget callbacks.

    python bench/bench_network.py [--repeat 5] [--rows 30000]

Prints medians (wall-clock ms, and CPU ms of this process, which other work on a shared machine
does not inflate) and ratios against the obvious alternatives:

* import: netkit's reader (csv.reader with column indexes, a cached month-table date parser,
  merge through a key index) versus ``csv.DictReader`` row by row with ``datetime.strptime``
  and the same merge;
* map: the participant's SVG map as the widget shows it (``ego_map_html``: layout, SVG with real
  text, the description list) versus the matplotlib picture the widget drew before (now the
  coach's ``egomap_png``: same layout, labels as one compound glyph path, PNG at 80 dpi), and
  the size of each;
* widget callbacks (150 contacts, pictures redrawn later in the background): saving an edited
  contact, choosing a contact, logging an interaction, typing in Find, typing in a field.

Targets (issue #3): import 30,000 rows < 1 s; map 150 contacts < 300 ms, 30,000 < 1.5 s;
issue #16: every callback < 50 ms at 150 contacts;
widget callbacks < 100 ms median.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import statistics
import sys
import tempfile
import time

from netkit.contacts import RINGS, Contact, merge_contacts
from netkit.contacts.importers import import_into
from netkit.exercises.network.egomap import ego_map_html

TODAY = dt.date(2026, 11, 24)
FIRST = [
    "Ada",
    "Bram",
    "Chidi",
    "Dara",
    "Esme",
    "Farah",
    "Gus",
    "Hana",
    "Ilse",
    "Jun",
    "Kofi",
    "Lena",
    "Maya",
    "Nadim",
    "Olu",
    "Pia",
    "Quinn",
    "Rosa",
    "Sami",
    "Tove",
    "Umar",
    "Vera",
    "Wen",
    "Xavi",
    "Yara",
    "Zeno",
]
LAST = [
    "Quill",
    "Ooster",
    "Okon",
    "Marsh",
    "Varga",
    "Idris",
    "Pember",
    "Lind",
    "Haddad",
    "Adeye",
    "Rautio",
    "Ashby",
    "Mensah",
    "Sorvik",
    "Nakam",
    "Fjord",
]
SECTORS = ["Tech", "Health", "Energy", "Public sector", "Publishing", "Nonprofit", "Finance", "Education", ""]


def linkedin_export(rows: int, seed: int = 2) -> bytes:
    """A fictional Connections.csv: Notes preamble, BOM, quoted commas, many empty e-mails."""
    rng = random.Random(seed)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    organisations = [f'"Company {i}, Ltd"' for i in range(3000)] + [f"Org {i}" for i in range(50)]
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for i in range(rows):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i}"
        email = f"{first.lower()}{i}@example.com" if i % 3 == 0 else ""
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{first.lower()}-{last.lower()},{email},"
            f"{rng.choice(organisations)},Engineer,{rng.randint(1, 28):02d} {rng.choice(months)} "
            f"{rng.randint(2008, 2026)}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def people(n: int, seed: int = 1) -> list[Contact]:
    """A fictional hand-made network: every ring, sectors, dates and a few interactions each."""
    rng = random.Random(seed)
    result = []
    for i in range(n):
        contact = Contact(
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}{i}",
            organisation=f"Org {rng.randint(0, 40)}",
            sector=rng.choice(SECTORS),
            ring=rng.choices(list(RINGS), weights=(1, 3, 5, 8, 3))[0],
            last_contact=TODAY - dt.timedelta(days=rng.randint(0, 900)),
        )
        for _ in range(rng.randint(0, 3)):
            contact.log(
                TODAY - dt.timedelta(days=rng.randint(0, 400)), "message", rng.choice(["gave", "asked", "neutral"])
            )
        result.append(contact)
    return result


def measure(func, repeat: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``func()``."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def dictreader_import(data: bytes) -> list[Contact]:
    """The obvious alternative: DictReader after the header, strptime per row, same merge."""
    lines = data.decode("utf-8-sig").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    contacts = []
    for row in csv.DictReader(lines[start:]):
        name = f"{row['First Name']} {row['Last Name']}".strip()
        if not name:
            continue
        connected = dt.datetime.strptime(row["Connected On"], "%d %b %Y").date() if row["Connected On"] else None
        contacts.append(
            Contact(
                name=name,
                organisation=row["Company"],
                role=row["Position"],
                url=row["URL"],
                emails=[row["Email Address"]] if row["Email Address"] else [],
                connected_on=connected,
                source="linkedin",
            )
        )
    return merge_contacts([], contacts).contacts


def row(label: str, figures: tuple[float, float], target: str = "", other: tuple[float, float] | None = None) -> None:
    text = f"{label:<46} {figures[0]:8.1f} ms wall {figures[1]:8.1f} ms cpu"
    if other:
        text += (
            f"   alternative {other[0]:8.1f} ms wall {other[1]:8.1f} ms cpu  ratio ×{other[1] / figures[1]:.1f} (cpu)"
        )
    if target:
        text += f"   target {target}"
    print(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rows", type=int, default=30000)
    args = parser.parse_args(argv)

    data = linkedin_export(args.rows)
    everyone, report = import_into([], data, source="Connections.csv")
    assert report.imported == args.rows, report.summary()
    ours = measure(lambda: import_into([], data, source="Connections.csv"), args.repeat)
    alternative = measure(lambda: dictreader_import(data), args.repeat)
    row(f"import {args.rows:,} LinkedIn rows (+ merge)", ours, "< 1000 ms", alternative)
    again = measure(lambda: import_into(everyone, data, source="Connections.csv"), args.repeat)
    row(f"re-import the same {args.rows:,} rows (all merged)", again)

    from netkit.coach.map_png import ego_map, figure_png  # coach side: matplotlib

    small = people(150)
    svg = lambda contacts: ego_map_html(contacts, TODAY, participant="Ada")
    png = lambda contacts: figure_png(ego_map(contacts, TODAY, participant="Ada"), dpi=80)
    svg(small), png(small)
    for label, network, target, repeat in (
        ("150 contacts", small, "< 300 ms", args.repeat * 2),
        (f"{len(everyone):,} contacts (by organisation)", everyone, "< 1500 ms", args.repeat),
    ):
        ours = measure(lambda: svg(network), repeat)
        alternative = measure(lambda: png(network), repeat)
        row(f"map redraw, {label}: SVG vs matplotlib PNG", ours, target, alternative)
        print(f"{'':<46} size: SVG {len(svg(network).encode()) / 1024:.0f} KB, PNG {len(png(network)) / 1024:.0f} KB")

    from netkit.contacts import contacts_to_json
    from netkit.store.answers import AnswersStore
    from netkit.widgets.network import CONTACTS_KEY, NetworkMap

    for size, network in ((150, small), (len(everyone), everyone)):
        folder = tempfile.mkdtemp(prefix="netkit-bench-")
        store = AnswersStore(folder)  # debounced like in a workbook: saving happens after the callback
        store.set(CONTACTS_KEY, contacts_to_json(network))
        store.flush()
        widget = NetworkMap(
            name="Ada",
            target_organisations="Org 1; Globex",
            target_sectors="Tech",
            store=AnswersStore(folder),
            today=TODAY,
            redraw_delay=None,
        )
        target = widget._picker.options[1][1]
        widget._picker.value = target
        repeat = max(args.repeat * 4, 10) if size <= 150 else args.repeat
        names = iter(range(10**6))
        callbacks = {
            "save an edited contact": lambda: widget._save_button.click(),
            "choose a contact": lambda: setattr(
                widget._picker, "value", widget._picker.options[2 + next(names) % 3][1]
            ),
            "log an interaction": lambda: widget._log_button.click(),
            "type in Find": lambda: setattr(widget._find, "value", f"a{next(names)}"),
            "type in a form field": lambda: setattr(widget._fields["role"], "value", f"Role {next(names)}"),
        }
        for label, callback in callbacks.items():
            row(f"widget, {size:,} contacts: {label}", measure(callback, repeat), "< 100 ms" if size <= 150 else "")
            widget._find.value = ""
        if widget._timer is not None:
            widget._timer.cancel()
        store._saver.cancel()
    return 0


if __name__ == "__main__":
    sys.exit(main())
