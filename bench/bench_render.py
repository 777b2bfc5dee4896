"""Render cohorts side by side: `netkit render` vs the bare floor vs main's code, and vs papermill's command line.

    python bench/bench_render.py                          # 20, 200, 1000 and 5000 prepared, 3 runs each
    python bench/bench_render.py --sizes 200 --repeat 5 --main /work/main --loop-sample 5
    python bench/bench_render.py --execute 20             # also --execute of 20 vs a papermill CLI loop

Every contender runs as its own process, interpreter start-up and imports included, on the same
roster, interleaved run by run (median of ``--repeat``), with its peak memory (the largest
resident size of the process tree, from ``wait4``):

* **floor**: what cannot be avoided: read the workbook, inject each person's parameters as a
  cell, write one notebook per person into their own folder with ``json.dumps`` (no checks, no
  fsync, no manifest; plain ``csv`` and ``json``);
* **netkit**: ``python -m netkit.cli render ROSTER -o OUT -q`` (prepare only) from this checkout;
* **main**: the same command from ``--main`` (another checkout, e.g. the lead's), if given.

Targets (issue #28): netkit ≤ 2× the floor at 5,000 with a peak under 200 MB; at 200 at least
150× faster than a loop of papermill's command line (one ``papermill --prepare-only`` per
participant). That loop costs ~2 s of start-up per participant, so it runs on ``--loop-sample``
participants and is scaled per participant to 200 (its cost is linear in the participants).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEUTRAL = tempfile.gettempdir()

#: The bare floor, run as ``python -c FLOOR ROSTER WORKBOOK OUT``: only what any renderer must do.
FLOOR = r"""
import csv, json, sys
from pathlib import Path
roster, workbook, out = sys.argv[1:4]
nb = json.loads(Path(workbook).read_text(encoding="utf-8"))
at = next(i for i, c in enumerate(nb["cells"]) if "parameters" in c.get("metadata", {}).get("tags", []))
with open(roster, newline="", encoding="utf-8") as handle:
    for number, row in enumerate(csv.DictReader(handle)):
        source = "# Parameters\n" + "".join(f"{key.lower().replace(' ', '_')} = {value!r}\n" for key, value in row.items())
        cell = {"cell_type": "code", "execution_count": None, "id": "injected-parameters",
                "metadata": {"tags": ["injected-parameters"]}, "outputs": [], "source": source}
        folder = Path(out) / f"participant-{number:05d}"
        folder.mkdir(parents=True)
        doc = dict(nb, cells=nb["cells"][: at + 1] + [cell] + nb["cells"][at + 1 :])
        (folder / "workshop.ipynb").write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
"""


def make_roster(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Goal", "Career stage", "Target sectors", "Target organisations", "Phone"])
        for i in range(count):
            writer.writerow(
                [f"Participant {i:04d}", f"Goal number {i}", "Graduate", "Health; Energy", "Org A; Org B", f"06{i:08d}"]
            )
    return path


def run(cmd: list[str], *, pythonpath: Path | None = None) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MB) of one command: its largest resident size, or a worker's if larger.

    CPU seconds (user + system, all threads) say what the work costs when the machine is shared:
    on 2 cores busy with other work, the wall time of a CPU-bound start-up stretches several-fold.

    It runs in an empty folder: ``python -m`` puts the working folder first on sys.path, which
    would import this checkout's netkit whatever ``pythonpath`` says."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=NEUTRAL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{cmd[:4]} failed:\n{err.decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def render_cmd(roster: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "netkit.cli", "render", str(roster), "-o", str(out), "-q", *extra]


def papermill_cli_loop(roster: Path, out: Path, limit: int, execute: bool) -> float:
    """What a coach would script without netkit: one `papermill` command per participant."""
    from netkit.coach.roster import read_roster
    from netkit.resources import default_workbook

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 200, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender and size (median shown)")
    parser.add_argument("--main", type=Path, default=Path("/work/main"), help="another checkout to compare with")
    parser.add_argument("--loop-sample", type=int, default=5, help="participants the papermill CLI loop runs")
    parser.add_argument("--loop-at", type=int, default=200, help="cohort size the papermill ratio is given for")
    parser.add_argument("--execute", type=int, default=0, help="also compare --execute of this many (0: skip)")
    args = parser.parse_args()
    from netkit.resources import default_workbook

    workbook = default_workbook()
    has_main = (args.main / "netkit").is_dir() and args.main.resolve() != ROOT
    print(
        f"cores: {os.cpu_count()}  workbook: {workbook.name} ({workbook.stat().st_size // 1024} KB)  runs: {args.repeat}"
    )
    print("each cell: median wall seconds (median CPU seconds); x floor: wall ratio (CPU ratio)")
    header = f"{'participants':>12}  {'floor':>13}  {'netkit':>13}  {'x floor':>13}"
    if has_main:
        header += f"  {'main':>13}  {'x floor':>13}  {'main/netkit':>13}"
    print(header + "  peak MB: floor / netkit" + (" / main" if has_main else ""))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        netkit_at: dict[int, float] = {}
        for size in args.sizes:
            roster = make_roster(tmp / f"roster-{size}.csv", size)
            names = ["floor", "netkit"] + (["main"] if has_main else [])
            wall: dict[str, list[float]] = {name: [] for name in names}
            cpu: dict[str, list[float]] = {name: [] for name in names}
            memory = dict.fromkeys(names, 0.0)
            for attempt in range(args.repeat):
                contenders = [
                    ("floor", [sys.executable, "-c", FLOOR, str(roster), str(workbook), "{out}"], None),
                    ("netkit", render_cmd(roster, Path("{out}")), ROOT),
                ]
                if has_main:
                    contenders.append(("main", render_cmd(roster, Path("{out}")), args.main))
                for name, cmd, path in contenders:
                    out = tmp / f"{name}-{size}-{attempt}"
                    seconds, cpu_seconds, peak = run(
                        [str(out) if part == "{out}" else part for part in cmd], pythonpath=path
                    )
                    wall[name].append(seconds)
                    cpu[name].append(cpu_seconds)
                    memory[name] = max(memory[name], peak)
                    shutil.rmtree(out)
            w = {name: statistics.median(v) for name, v in wall.items()}
            c = {name: statistics.median(v) for name, v in cpu.items()}
            netkit_at[size] = w["netkit"]

            def cell(name: str) -> str:
                return f"{w[name]:.2f} ({c[name]:.2f})"

            def ratio(a: str, b: str) -> str:
                return f"{w[a] / w[b]:.2f}x ({c[a] / c[b]:.2f}x)"

            line = f"{size:>12}  {cell('floor'):>13}  {cell('netkit'):>13}  {ratio('netkit', 'floor'):>13}"
            if has_main:
                line += f"  {cell('main'):>13}  {ratio('main', 'floor'):>13}  {ratio('main', 'netkit'):>13}"
            line += "  " + " / ".join(f"{memory[name]:.0f}" for name in names)
            print(line, flush=True)

        if args.loop_sample:
            at = args.loop_at
            if at not in netkit_at:
                roster = make_roster(tmp / f"roster-{at}.csv", at)
                netkit_at[at] = statistics.median(
                    run(render_cmd(roster, tmp / f"netkit-loop-{i}"), pythonpath=ROOT)[0] for i in range(args.repeat)
                )
            roster = make_roster(tmp / "roster-loop.csv", args.loop_sample)
            loop = papermill_cli_loop(roster, tmp / "loop-prep", args.loop_sample, execute=False)
            per = loop / args.loop_sample
            print(
                f"papermill CLI loop (--prepare-only): {per * 1000:.0f} ms/participant ({args.loop_sample} run in "
                f"{loop:.1f} s) -> {per * at:.1f} s for {at}, scaled per participant; netkit {netkit_at[at]:.2f} s: "
                f"{per * at / netkit_at[at]:.0f}x faster (target >= 150x)"
            )

        if args.execute:
            small = make_roster(tmp / "small.csv", args.execute)
            loop_x = papermill_cli_loop(small, tmp / "loop-exec", args.execute, execute=True)
            ours_x, _cpu, _peak = run(render_cmd(small, tmp / "netkit-exec", "--execute"), pythonpath=ROOT)
            print(f"execute  papermill CLI loop: {loop_x:8.1f} s for {args.execute}")
            print(f"execute  netkit --execute  : {ours_x:8.1f} s for {args.execute} (jobs = {os.cpu_count()})")
            print(f"execute  ratio             : {loop_x / ours_x:8.1f}x faster (target >= 2.5x)")


if __name__ == "__main__":
    main()
