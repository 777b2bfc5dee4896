"""Render the same cohort side by side: papermill's command line in a loop vs `netkit render`.

    python bench/bench_render.py                       # 200 prepared, 20 executed
    python bench/bench_render.py --prepare 200 --execute 20 --loop-sample 20

The papermill command-line loop costs ~2 s of start-up per participant, so by default it runs on
a sample of ``--loop-sample`` participants and is compared per workbook (the loop's cost is
linear in the number of participants; pass ``--loop-sample 200`` to run it in full).
Targets (issue #2): prepared ≥ 50× faster than the loop; --execute of 20 ≥ 2.5× faster.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netkit.coach.roster import WORKBOOK_FIELDS, read_roster
from netkit.resources import default_workbook


def make_roster(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Goal", "Career stage", "Target sectors", "Target organisations", "Phone"])
        for i in range(count):
            writer.writerow(
                [f"Participant {i:04d}", f"Goal number {i}", "Graduate", "Health; Energy", "Org A; Org B", f"06{i:08d}"]
            )
    return path


def papermill_cli_loop(roster: Path, out: Path, limit: int, execute: bool) -> float:
    """What a coach would script without netkit: one `papermill` command per participant."""
    out.mkdir(parents=True, exist_ok=True)
    participants = read_roster(roster).participants[:limit]
    start = time.perf_counter()
    for p in participants:
        cmd = [
            sys.executable,
            "-m",
            "papermill",
            str(default_workbook()),
            str(out / f"{p.id}.ipynb"),
            "--no-progress-bar",
            "-k",
            "python3",
        ]
        for key, value in p.workbook_parameters().items():
            cmd += ["-p", key, value]
        if not execute:
            cmd.append("--prepare-only")
        subprocess.run(cmd, check=True, capture_output=True, cwd=out)
    return time.perf_counter() - start


def netkit_render(roster: Path, out: Path, execute: bool) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "netkit.cli",
            "render",
            str(roster),
            "-o",
            str(out),
            "-q",
            *(["--execute"] if execute else []),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prepare", type=int, default=200)
    parser.add_argument("--execute", type=int, default=20)
    parser.add_argument("--loop-sample", type=int, default=20)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}  fields: {len(WORKBOOK_FIELDS)}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big = make_roster(tmp / "big.csv", args.prepare)
        small = make_roster(tmp / "small.csv", args.execute)

        sample = min(args.loop_sample, args.prepare)
        loop = papermill_cli_loop(big, tmp / "loop-prep", sample, execute=False)
        ours = netkit_render(big, tmp / "netkit-prep", execute=False)
        loop_per = loop / sample
        ours_per = ours / args.prepare
        print(
            f"prepare  papermill CLI loop: {loop_per * 1000:8.1f} ms/workbook ({sample} run, {loop:.1f} s)"
            f" -> {loop_per * args.prepare:.1f} s for {args.prepare}"
        )
        print(
            f"prepare  netkit render     : {ours_per * 1000:8.1f} ms/workbook ({args.prepare} in {ours:.2f} s,"
            " incl. start-up)"
        )
        print(f"prepare  ratio             : {loop_per / ours_per:8.1f}x faster (target >= 50x)")

        loop_x = papermill_cli_loop(small, tmp / "loop-exec", args.execute, execute=True)
        ours_x = netkit_render(small, tmp / "netkit-exec", execute=True)
        print(f"execute  papermill CLI loop: {loop_x:8.1f} s for {args.execute}")
        print(f"execute  netkit --execute  : {ours_x:8.1f} s for {args.execute} (jobs = {os.cpu_count()})")
        print(f"execute  ratio             : {loop_x / ours_x:8.1f}x faster (target >= 2.5x)")


if __name__ == "__main__":
    main()
