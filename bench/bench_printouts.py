"""What printouts cost: the printable worksheets `netkit render --html` writes now, against the
obvious alternative (nbconvert's HTML export of each workbook, which --html used to need an
executed notebook for), and what the whole facilitator's kit costs (`netkit guide`).

    python bench/bench_printouts.py              # 30 participants, 5 runs
    python bench/bench_printouts.py --participants 100 --runs 3

Prints medians: worksheets per participant (no kernel); nbconvert's export of the same prepared
notebook (the lower bound of the old path, which also ran a kernel first: ≈0.8–1.9 s each, see
RECIPES.md); and one `write_guide` (run sheet HTML/PDF/JSON, worksheets PDF, slides).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from netkit.coach.execute import workbook_title
from netkit.coach.guide import write_guide
from netkit.coach.render import load_template, personalise
from netkit.coach.roster import parse_roster
from netkit.coach.worksheets import worksheets_html
from netkit.resources import default_workbook


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from nbconvert import HTMLExporter

    roster = parse_roster(
        "Name,Goal,Target organisations\n"
        + "".join(f"Person {n},Goal {n},Org {n}; Org {n + 1}\n" for n in range(args.participants))
    )
    template = load_template(default_workbook())
    notebooks = [personalise(template, p) for p in roster.participants]
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)

    def worksheets():
        for nb in notebooks:
            worksheets_html(nb.metadata["papermill"]["parameters"], title=workbook_title(nb))

    def nbconvert():
        for nb in notebooks:
            exporter.from_notebook_node(nb)

    ours = median_seconds(worksheets, args.runs) / args.participants
    theirs = median_seconds(nbconvert, args.runs) / args.participants
    print(f"worksheets_html per participant:         {ours * 1000:8.2f} ms")
    print(
        f"nbconvert HTML export per participant:   {theirs * 1000:8.2f} ms  ({theirs / ours:.0f}x slower, "
        "and it needed an executed notebook for any content)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        kit = median_seconds(lambda: write_guide(Path(tmp), "room-2h", workshop="Bench"), args.runs)
        sizes = {p.name: p.stat().st_size // 1024 for p in Path(tmp).iterdir()}
    print(f"netkit guide (5 files):                  {kit * 1000:8.0f} ms  sizes KiB: {sizes}")


if __name__ == "__main__":
    main()
