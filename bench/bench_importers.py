"""Contact imports before and after the shared decoder / table-driven CSV / streaming vCard reader.

    python bench/bench_importers.py [--before /work/main] [--repeat 3]

Files are generated once: 30,000 LinkedIn rows, a 100,000-card vCard 3.0 address book, a 30 MB
vCard whose first card carries a 15 MB photo (the rest are ordinary cards), and for issue 24 a
German Outlook export of 30,000 rows in Windows-1252 (localised headers, a legacy code page to
guess) and a vCard 2.1 address book of 100,000 cards in Windows-1251 without CHARSET (the guess
from the values' language). ``--files`` picks some. Each is imported
by the code under ``--before`` (a checkout of the previous netkit) and by this checkout, each in
its own fresh interpreter so neither pays for the other's imports. Per run the child reports:

* CPU ms of the import call alone (start-up and module imports excluded: the target is "under
  1 s beyond start-up" for 30,000 rows), median over ``--repeat`` runs;
* peak memory of the import: how much the process's peak resident size (``VmHWM``) grew during
  the call (start-up done and the file already read), the whole process's peak (the 200 MB
  target), and with ``--tracemalloc`` also ``tracemalloc``'s peak of Python allocations during the
  call (a separate, slower run).

The numbers are printed side by side with the ratio after/before.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time, tracemalloc
from netkit.contacts.importers import import_into
import netkit.contacts, netkit.contacts.importers
try:
    import netkit.contacts.csv_columns, netkit.contacts.vcard, netkit.contacts.export_dates, netkit.textfile, dateutil.parser, charset_normalizer
except ImportError:
    pass
import vobject
data = open(sys.argv[1], "rb").read()
mode = sys.argv[2]
if mode == "memory":
    tracemalloc.start()
def high_water_kb():  # VmHWM: this process's own peak (ru_maxrss would carry the parent's over exec)
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
rss_before = high_water_kb()
start = time.process_time()
people, report = import_into([], data, source=sys.argv[1])
cpu = (time.process_time() - start) * 1000
peak = tracemalloc.get_traced_memory()[1] if mode == "memory" else 0
print(json.dumps({"cpu_ms": cpu, "people": len(people), "skipped": len(report.skipped),
                  "peak_mb": peak / 2**20,
                  "rss_growth_mb": (high_water_kb() - rss_before) / 1024, "rss_peak_mb": high_water_kb() / 1024}))
"""


def linkedin(rows: int) -> bytes:
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    for n in range(rows):
        mail = f"person{n}@example.org" if n % 3 == 0 else ""
        lines.append(
            f"Given{n % 977},Family{n},https://www.linkedin.com/in/p-{n:06d},{mail},"
            f'"Company {n % 4000}, Inc.",Engineer {n % 50},{1 + n % 28:02d} '
            f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun')[n % 6]} 20{10 + n % 15}"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def vcards(cards: int) -> bytes:
    out = []
    for n in range(cards):
        out += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:Family{n};Given{n % 977};;;",
            f"FN:Given{n % 977} Family{n}",
            f"ORG:Company {n % 4000};Unit {n % 7}",
            f"TITLE:Engineer {n % 50}",
            f"EMAIL;TYPE=INTERNET,WORK:p{n}@example.org",
            "TEL;TYPE=CELL:+1 555 0100",
            f"NOTE:Met at event {n % 90}\\, follow up",
            "END:VCARD",
        ]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


OUTLOOK_DE = (
    "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,Straße geschäftlich,"
    "Ort geschäftlich,Telefon geschäftlich,Mobiltelefon,E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,"
    "E-Mail 2: Adresse,E-Mail 2: Typ,E-Mail 2: Angezeigter Name,Geburtstag,Kategorien,Notizen,Webseite"
)


def outlook_german(rows: int) -> bytes:
    """A German Outlook export in Windows-1252: localised headers, umlauts on every row."""
    lines = [OUTLOOK_DE]
    given = ("Jürgen", "Bärbel", "Sören", "Jörg", "Käthe", "Ulrich")
    for n in range(rows):
        lines.append(
            f',{given[n % 6]},,Weiß{n},,"Müller & Söhne {n % 4000} GmbH",Einkauf,Leiter {n % 50},'
            f"Hauptstraße {n % 200},Köln,+49 221 {n:06d},,p{n}@example.de,SMTP,,"
            f",,,0.0.00,Kunden,Messe Köln {n % 90},"
        )
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def vcards_cyrillic(cards: int) -> bytes:
    """vCard 2.1 cards in Windows-1251 with no CHARSET, as old phones and Outlook wrote them."""
    given = ("Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Наталья")
    out = []
    for n in range(cards):
        out += [
            "BEGIN:VCARD",
            "VERSION:2.1",
            f"N:Петров{n};{given[n % 6]};;;",
            f"FN:{given[n % 6]} Петров{n}",
            f"ORG:Сбербанк {n % 4000}",
            f"EMAIL;INTERNET:p{n}@example.ru",
            "END:VCARD",
        ]
    return ("\r\n".join(out) + "\r\n").encode("cp1251")


def photo_vcard(photo_mb: int, total_mb: int) -> bytes:
    photo = base64.b64encode(os.urandom(photo_mb * 2**20 * 3 // 4)).decode()
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Has A Photo", "PHOTO;ENCODING=b;TYPE=JPEG:" + photo[:74]]
    lines += [" " + photo[i : i + 74] for i in range(74, len(photo), 74)] + ["END:VCARD"]
    data = ("\r\n".join(lines) + "\r\n").encode()
    per_card = len(vcards(1000)) / 1000
    rest = vcards(max(1, int((total_mb * 2**20 - len(data)) / per_card) + 1))
    return data + rest


def run(code: Path, path: Path, mode: str, timeout: float) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    try:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), mode],
            env=env,
            capture_output=True,
            text=True,
            cwd=path.parent,  # not this checkout's folder: "-c" puts the working folder first
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish in {timeout:.0f} s"}
    if out.returncode:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1][:100]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, default=Path("/work/main"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument(
        "--files",
        default="linkedin,cards,photo,outlook_de,cyrillic",
        help="which files to run (comma-separated): linkedin, cards, photo, outlook_de, cyrillic",
    )
    parser.add_argument("--timeout", type=float, default=1200, help="seconds allowed for one import")
    parser.add_argument("--tracemalloc", action="store_true", help="also measure Python allocations (slow)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wanted = set(args.files.split(","))
        makers = {
            "linkedin": ("LinkedIn, 30,000 rows", "linkedin.csv", lambda: linkedin(30_000)),
            "cards": (f"vCard, {args.cards:,} cards", "cards.vcf", lambda: vcards(args.cards)),
            "photo": ("vCard, 30 MB with a 15 MB photo", "photo.vcf", lambda: photo_vcard(15, 30)),
            "outlook_de": ("Outlook German cp1252, 30,000 rows", "outlook_de.csv", lambda: outlook_german(30_000)),
            "cyrillic": (f"vCard 2.1 cp1251, {args.cards:,} cards", "cyr.vcf", lambda: vcards_cyrillic(args.cards)),
        }
        files = {label: (name, make) for key, (label, name, make) in makers.items() if key in wanted}
        print(
            f"{'file':34} {'code':7} {'contacts':>9} {'CPU ms':>9} {'py peak MB':>11} {'+RSS MB':>8} {'peak RSS MB':>12}"
        )
        for label, (name, make) in files.items():
            path = Path(tmp) / name
            path.write_bytes(make())
            results = {}
            for side, code in (("after", HERE), ("before", args.before)):
                timed = [run(code, path, "time", args.timeout) for _ in range(args.repeat)]
                if any("error" in t for t in timed):
                    results[side] = next(t for t in timed if "error" in t)
                    print(f"{label:34} {side:7} failed: {results[side]['error']}")
                    continue
                memory = run(code, path, "memory", args.timeout) if args.tracemalloc else {}
                results[side] = {
                    "cpu_ms": statistics.median(t["cpu_ms"] for t in timed),
                    "people": timed[0]["people"],
                    "peak_mb": memory.get("peak_mb", float("nan")),
                    "rss_mb": max(t["rss_growth_mb"] for t in timed),
                    "rss_peak_mb": max(t["rss_peak_mb"] for t in timed),
                }
                r = results[side]
                print(
                    f"{label:34} {side:7} {r['people']:>9,} {r['cpu_ms']:>9.0f} {r['peak_mb']:>11.1f} "
                    f"{r['rss_mb']:>8.0f} {r['rss_peak_mb']:>12.0f}"
                )
            if all("cpu_ms" in results.get(s, {}) for s in ("before", "after")):
                b, a = results["before"], results["after"]
                print(
                    f"{'':34} after/before: CPU ×{a['cpu_ms'] / b['cpu_ms']:.2f}, "
                    f"RSS growth ×{a['rss_mb'] / max(b['rss_mb'], 0.1):.2f}, {path.stat().st_size / 2**20:.1f} MB file"
                )


if __name__ == "__main__":
    main()
