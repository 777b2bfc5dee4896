"""How long `netkit collect` takes for a large cohort, and what reading read-only costs.

    python bench/bench_collect.py                  # 200, 1,000 and 5,000 participants × 150 contacts
    python bench/bench_collect.py --participants 200 --runs 5 --main /work/main

Prints medians of: **the floor** (open each answers file once and ``json.loads`` it: nothing can read the answers
for less) side by side with netkit's ``collect`` (every copy read bounded, consent decided, the report model built)
and the whole ``netkit collect`` (+ the HTML report and its charts), as ratios to the floor (#28 asks for
``collect`` within 3× at 5,000 participants × 150 contacts). ``collect`` runs twice: on answers files whose messages
carry what the workbook's composer saved of the linter's findings (``linted``, computed here in the setup, as the
composer does while the participant types; collect counts them when their fingerprint holds) and on the same files
without it (older answers: every message is linted again); the two reports' figures are checked to be equal. With
``--main DIR`` the same ``collect`` is run by another checkout's code (e.g. the lead's ``main``), on the same two
sets of folders, its saved findings made by its own code (its linter version; ``--saved-only``: only those with
saved findings, the issue's measure). The floor is also timed
with ``strict_loads`` (msgspec, the decoder ``collect`` uses when the coach extra is installed), and every ratio
is printed against both floors. Each ``collect`` runs in a fresh process, so its memory peak (worker processes
included) is its own. Then the parts: reading every answers file read-only vs opening an ``AnswersStore`` per
folder (the obvious alternative, which also takes a lock file and may write into the participant's folder);
building the report model; drawing the five charts; the whole HTML report.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from netkit.coach.collect import PARALLEL_FROM, build_report, collect, read_answers_readonly, read_render
from netkit.coach.collect.decode import strict_loads
from netkit.coach.collect.read import forget
from netkit.coach.report_html import chart_images, report_html, write_report
from netkit.exercises.outreach.saved_findings import lint_version, linted_record, situation_of
from netkit.store.answers import FILENAME, SCHEMA, AnswersStore
from netkit.store.schema import SHARE

RINGS = ("inner", "close", "regular", "acquaintance", "dormant")
_HERE = str(Path(__file__).resolve().parent.parent)


def make_cohort(out: Path, participants: int, contacts: int, *, saved: bool = False) -> None:
    """``participants`` answers files; ``saved``: each message carries the composer's ``linted`` record (the
    warnings of a lint with no relationship and no language, as for a typed name in English)."""
    today = _dt.date(2026, 12, 3)
    entries = []
    for n in range(participants):
        folder = out / f"p{n:04d}-{n}"  # <slug>-<id>: the only folder name the manifest may give
        folder.mkdir(parents=True)
        people = [
            {
                "id": f"{n}-{k}",
                "name": f"Person {k}",
                "ring": RINGS[k % 5],
                "organisation": f"Org {k % 17}",
                "last_contact": (today - _dt.timedelta(days=7 * k)).isoformat(),
                "interactions": [
                    {"date": "2026-10-01", "kind": "message", "direction": ("gave", "asked", "neutral")[k % 3]}
                ],
            }
            for k in range(contacts)
        ]
        answers = {
            "network.contacts": people,
            "outreach.outbox": [_message(n, k, saved) for k in range(5)],
            "reflection.plan": [
                {
                    "person": f"Person {k}",
                    "closeness": RINGS[k % 5],
                    "cadence": "monthly",
                    "first_step": "",
                    "first_date": "2026-12-10",
                }
                for k in range(8)
            ],
            "reflection.answers.regret": "Not keeping in touch.",
            SHARE: True,  # sharing is chosen, never assumed: without it no row counts in a chart
        }
        (folder / FILENAME).write_text(json.dumps({"schema": SCHEMA, "answers": answers}), encoding="utf-8")
        entries.append({"id": str(n), "name": f"Participant {n}", "folder": folder.name})
    (out / "manifest.json").write_text(json.dumps({"participants": entries}), encoding="utf-8")


def _message(n: int, k: int, saved: bool) -> dict:
    entry = {
        "id": f"m{n}-{k}",  # the composer gives every entry one (an entry without is given one as it is read)
        "situation": "informational-interview",
        "sent_on": "2026-12-01",
        # each participant's own words (no two alike, as in a real cohort)
        "text": f"Hi Person {n}-{k}, we met at the meetup. I enjoyed your talk. "
        "Could I ask you two questions about your work? Thanks!",
    }
    if saved:
        entry["linted"] = linted_record(entry["text"], situation_of(entry["situation"]))
    return entry


#: The linter version each other checkout's saved findings were made with (:func:`make_cohort_by`).
_MADE_WITH: dict[str, str] = {}


def make_cohort_by(checkout: str, out: Path, participants: int, contacts: int) -> None:
    """:func:`make_cohort` with saved findings, run by another checkout's code: its ``linted`` records carry that
    checkout's linter version, so its collect takes them as this checkout's takes its own (a change to the
    linter's sources, ``saved_findings.py`` included, gives another version: every record would be linted again;
    :func:`checkout_run` says so when that checkout changed meanwhile)."""
    script = "import sys; from bench_collect import make_cohort, lint_version; from pathlib import Path; "
    script += f"make_cohort(Path(sys.argv[1]), {participants}, {contacts}, saved=True); print(lint_version())"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([checkout, str(Path(__file__).resolve().parent)])}
    done = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        check=True,
        cwd=out.parent.parent,
        capture_output=True,
        text=True,
    )
    _MADE_WITH[checkout] = done.stdout.strip().splitlines()[-1]


def timed(func, runs: int, clock=time.perf_counter) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = clock()
        result = func()
        times.append(clock() - start)
    return statistics.median(times), result


def floor(folders: list[Path], loads=json.loads) -> int:
    """The least any reader can do: open each participant's answers file once and parse it (``loads``: the issue's
    floor is ``json.loads``; collect decodes with :func:`strict_loads` when msgspec is installed)."""
    parsed = 0
    for folder in folders:
        with open(folder / FILENAME, "rb") as handle:
            parsed += len(loads(handle.read())["answers"])
    return parsed


_CHECKOUT = """
import json, resource, statistics, sys, time
from netkit.coach.collect import collect, read
kwargs = {"jobs": int(sys.argv[3])} if sys.argv[3] != "-" else {}
def cpu():
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )
times, cpus = [], []
for _ in range(int(sys.argv[2])):
    getattr(read, "forget", lambda: None)()  # a first read each time (this checkout may remember the last one)
    start, used = time.perf_counter(), cpu()
    report = collect(sys.argv[1], **kwargs)
    times.append(time.perf_counter() - start)
    cpus.append(cpu() - used)
start = time.perf_counter()
collect(sys.argv[1], **kwargs)  # a refresh with nothing changed (what --watch does every N seconds)
refresh = time.perf_counter() - start
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
try:  # the linter version this checkout's collect checks saved findings against (none before they were saved)
    from netkit.exercises.outreach.saved_findings import lint_version
    print("lint version", lint_version(), file=sys.stderr)
except ImportError:
    pass
print(report.summary().splitlines()[0], file=sys.stderr)
print(json.dumps(report.aggregates.to_json(), sort_keys=True), file=sys.stderr)
print(statistics.median(times), refresh, peak / 1024, statistics.median(cpus))
"""


def checkout_run(
    checkout: str, out: Path, runs: int, jobs: int | None = None
) -> tuple[float, float, float, float, str] | None:
    """``(seconds, refresh seconds, peak MiB, CPU seconds of it and its workers, the figures as JSON)`` of
    ``collect`` run by a checkout's code in a fresh process (its own memory peak, worker processes included),
    or None if it fails."""
    env = {**os.environ, "PYTHONPATH": checkout}
    argv = [sys.executable, "-c", _CHECKOUT, str(out), str(runs), "-" if jobs is None else str(jobs)]
    # its files in the page cache, as the floor's are (three cohorts of 5,000 are ≈ 480 MB; on a machine with room
    # to spare this changes nothing measurable, on a tight one the first contender would pay for the disk)
    floor(sorted(p for p in out.iterdir() if p.is_dir()))
    # cwd: with ``-c`` the working folder comes first on sys.path, before PYTHONPATH (a checkout's own
    # folder would otherwise win whatever PYTHONPATH says)
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False, cwd=out.parent)
    try:
        seconds, refresh, peak, cpu = done.stdout.strip().splitlines()[-1].split()
        *before, summary, figures = done.stderr.strip().splitlines()
        print(f"  ({checkout}: {summary})")
        made_with = lint_version() if checkout == _HERE else _MADE_WITH.get(checkout)
        if made_with and f"lint version {made_with}" not in before:  # its linter changed while the bench ran
            print(f"  ({checkout}: ANOTHER LINTER VERSION than the saved findings: they were all linted again)")
        return float(seconds), float(refresh), float(peak), float(cpu), figures
    except (IndexError, ValueError):
        print(f"({checkout} failed: {done.stderr.strip()[-300:]})")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--participants", default="200,1000,5000", help="cohort sizes, comma separated")
    parser.add_argument("--contacts", type=int, default=150)
    parser.add_argument("--runs", type=int, default=3, help="runs per size (1 from 5,000 participants)")
    parser.add_argument("--main", default=None, help="another checkout to time side by side (e.g. /work/main)")
    parser.add_argument("--parts", action="store_true", help="also time the parts (read, model, charts, HTML)")
    parser.add_argument("--one-process", action="store_true", help="also time collect in one process (jobs=1)")
    parser.add_argument(
        "--saved-only", action="store_true", help="only the files with saved findings (quicker on a busy machine)"
    )
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    for n in (int(size) for size in args.participants.split(",")):
        bench_size(
            n, args.contacts, 1 if n >= 5000 else args.runs, args.main, args.parts, args.one_process, args.saved_only
        )
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def bench_size(
    n: int, contacts: int, k: int, main_checkout: str | None, parts: bool, one_process: bool, saved_only: bool = False
) -> None:
    """One cohort of ``n`` participants: the floor; netkit with and without saved findings; another checkout."""
    with tempfile.TemporaryDirectory() as tmp:
        out, saved = Path(tmp) / "out", Path(tmp) / "saved" / "out"
        make_cohort(out, n, contacts)
        make_cohort(saved, n, contacts, saved=True)
        main_saved = Path(tmp) / "main-saved" / "out"  # records made by main's code (its linter version)
        if main_checkout:
            main_saved.parent.mkdir()
            make_cohort_by(main_checkout, main_saved, n, contacts)
        time.sleep(2.1)  # collect does not trust a copy written in the last 2 s to show a change: let them settle
        folders = sorted(p for p in out.iterdir() if p.is_dir())
        floor(folders)  # the files in the page cache for everyone
        floor_s, _ = timed(lambda: floor(folders), k)
        floor_cpu, _ = timed(lambda: floor(folders), k, clock=time.process_time)
        try:  # the same floor with collect's own decoder (msgspec, when installed)
            strict_loads(b"{}")
            strict_s, _ = timed(lambda: floor(folders, strict_loads), k)
            strict_cpu, _ = timed(lambda: floor(folders, strict_loads), k, clock=time.process_time)
        except ValueError:
            strict_s = strict_cpu = 0.0
        here = _HERE
        mode = "worker processes" if n >= PARALLEL_FROM else "inline"
        runs = [(f"netkit collect, saved findings ({mode})", checkout_run(here, saved, k))]
        if not saved_only:
            runs.append((f"netkit collect, without ({mode})", checkout_run(here, out, k)))
        if one_process:
            runs.append(("netkit collect, saved findings, jobs=1", checkout_run(here, saved, k, jobs=1)))
        if main_checkout:
            runs.append((f"{main_checkout} collect, saved findings", checkout_run(main_checkout, main_saved, k)))
            if one_process:
                runs.append(
                    (f"{main_checkout} saved findings, jobs=1", checkout_run(main_checkout, main_saved, k, jobs=1))
                )
            if not saved_only:
                runs.append((f"{main_checkout} collect, without", checkout_run(main_checkout, out, k)))
        figures = {result[4] for _label, result in runs if result is not None}
        print(f"{n} participants × {contacts} contacts, 5 messages, 8 commitments each; medians of {k}")
        print(f"  the reports' figures are {'the same' if len(figures) == 1 else 'NOT THE SAME'} in every run")
        print(f"{'floor: open + json.loads each answers file':44s} {floor_s:8.3f} s  CPU {floor_cpu:7.3f} s")
        if strict_cpu:
            print(f"{'floor with msgspec (collect: same decoder)':44s} {strict_s:8.3f} s  CPU {strict_cpu:7.3f} s")
        for label, result in runs:
            if result is not None:
                seconds, refresh, peak, cpu, _figures = result
                print(
                    f"{label:44s} {seconds:8.3f} s  {seconds / floor_s:5.2f}× the floor  CPU {cpu:7.3f} s "
                    f"({cpu / floor_cpu:5.2f}× the floor's)  largest process {peak:6.0f} MiB  "
                    f"refresh {refresh:6.3f} s ({refresh / floor_s:.2f}×)"
                    + (
                        f"  [msgspec floor: {seconds / strict_s:5.2f}× / CPU {cpu / strict_cpu:5.2f}×]"
                        if strict_cpu
                        else ""
                    )
                )
        if not parts:
            return
        whole_s, _ = timed(lambda: (forget(), write_report(collect(out), Path(tmp) / "report.html")), k)
        print(f"{'netkit collect + HTML report and charts':44s} {whole_s:8.3f} s  {whole_s / floor_s:5.2f}× the floor")
        read_s, _ = timed(lambda: [read_answers_readonly(f) for f in folders], k)
        store_s, _ = timed(lambda: [AnswersStore(f).as_dict() for f in folders], k)
        digest_s, pairs = timed(lambda: read_render(out, jobs=1), k)
        build_s, report = timed(lambda: build_report(pairs), k)
        charts_s, _ = timed(lambda: chart_images(report.aggregates), k)
        html_s, _ = timed(lambda: report_html(report), k)
    print(f"read answers read-only:      {read_s:7.3f} s  ({1000 * read_s / n:.2f} ms/participant)")
    print(f"AnswersStore per folder:     {store_s:7.3f} s  (read-only is {store_s / read_s:.1f}× faster)")
    print(f"read + reduce to digests:    {digest_s:7.3f} s  ({1000 * digest_s / n:.2f} ms/participant, inline)")
    print(f"build report from digests:   {build_s:7.3f} s  ({1000 * build_s / n:.2f} ms/participant)")
    print(f"five charts (PNG):           {charts_s:7.3f} s")
    print(f"whole HTML report:           {html_s:7.3f} s")
    print(f"total (digests + model + HTML): {digest_s + build_s + html_s:7.3f} s")


if __name__ == "__main__":
    main()
