"""Benchmark: `deliver` and `collect --hub` to a cohort on a real local JupyterHub.

Two set-ups, both a real JupyterHub on 127.0.0.1 (tests/hub/local_hub.py) with its REST API,
proxy and spawn bookkeeping:

* ``--spawner fake`` (default; 500 participants): each user's "server" is a folder behind one
  shared contents server (tests/hub/fake_spawner.py; a start takes ``--start-delay`` s, as a
  real server takes 3-5 s), so a 500-person cohort fits on a 2-core machine. Measures, with
  ``--jobs`` participants at once (bounded concurrency) and the client's one retry budget:
  a cold delivery (create users, start servers, write), a warm re-delivery (hash checks, nothing
  written), and reading every participant's answers back (``collect --hub``); side by side,
  the same cold delivery one participant at a time on a ``--sequential`` subset.
* ``--spawner simple`` (20 participants): real single-user servers, parallel vs sequential.

Prints seconds, participants per second, retries spent and the peak memory of this process.
Everything it starts is stopped by PID.

    python bench/bench_deliver.py [--participants 500] [--jobs 20] [--start-delay 2] [--sequential 40]
    python bench/bench_deliver.py --spawner simple --participants 20 --jobs 20
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hub"))

from local_hub import start_local_hub  # noqa: E402

from netkit.coach.render import render  # noqa: E402
from netkit.hub import DEFAULT_FOLDER, HubClient, deliver, fetch_answers, manifest_entries  # noqa: E402
from netkit.store.answers import AnswersStore  # noqa: E402


def make_render(folder: Path, n: int) -> Path:
    roster = folder / "roster.csv"
    rows = ["Name,Email,Goal"] + [f"Participant {i:04d},p{i:04d}@example.org,Meet people" for i in range(n)]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = folder / "out"
    report = render(roster, out, progress=False, defaults={"workshop": "Networking that lasts"})
    assert report.ok, report.summary()
    return out


def timed_deliver(out: Path, client: HubClient, mapping: dict[str, str], jobs: int) -> tuple[float, str]:
    started = time.perf_counter()
    report = deliver(out, client, mapping, jobs=jobs, progress=False, start_timeout=180, poll=0.25)
    seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(report.summary())
    return seconds, report.retries


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_fake(args: argparse.Namespace) -> None:
    n, jobs = args.participants, args.jobs
    hub = start_local_hub(http_timeout=180, fake_servers=True, fake_delay=args.start_delay)
    try:
        with tempfile.TemporaryDirectory(prefix="netkit-bench-") as tmp:
            started = time.perf_counter()
            out = make_render(Path(tmp), n)
            print(f"rendered {n} workbooks in {time.perf_counter() - started:.1f} s")
            ids = [e["id"] for e in manifest_entries(out)]
            users = {pid: f"u{i:04d}" for i, pid in enumerate(ids)}
            subset = dict(list(users.items())[: args.sequential])
            seq_users = {pid: f"s{i:04d}" for i, pid in enumerate(subset)}
            with HubClient(hub.url, hub.token) as client:
                cold, retries_cold = timed_deliver(out, client, users, jobs)
                warm, retries_warm = timed_deliver(out, client, users, jobs)
                for user in users.values():  # every participant saved something in their home
                    store = AnswersStore(hub.home(user) / DEFAULT_FOLDER, debounce=0)
                    store.set("network.goal", f"goal of {user}")
                started = time.perf_counter()
                answers = fetch_answers(client, users, jobs=jobs, poll=0.25)  # what `collect --hub` reads
                collect = time.perf_counter() - started
                read = sum(isinstance(value, dict) for value in answers.values())
                retries_total = f"{client.retries.used} of {client.retries.total}"
            with HubClient(hub.url, hub.token) as client:
                seq, _ = timed_deliver(out, client, seq_users, 1)
                sub_par_users = {pid: f"p{i:04d}" for i, pid in enumerate(subset)}
                sub_par, _ = timed_deliver(out, client, sub_par_users, jobs)
    finally:
        hub.stop()

    print(
        f"deliver / collect --hub with {n} participants on a real JupyterHub (fake servers, "
        f"start {args.start_delay:.1f} s each), {jobs} at once"
    )
    print(
        f"  cold deliver (create, start, write):  {cold:7.1f} s   {n / cold:6.1f} participants/s   retries {retries_cold}"
    )
    print(
        f"  warm re-deliver (hash checks):        {warm:7.1f} s   {n / warm:6.1f} participants/s   retries {retries_warm}"
    )
    print(f"  collect --hub (read {read} answers):    {collect:7.1f} s   {n / collect:6.1f} participants/s")
    print(f"  retries spent in the whole run: {retries_total}")
    m = len(subset)
    print(
        f"  side by side on {m} participants, cold: one at a time {seq:6.1f} s   {jobs} at once {sub_par:6.1f} s   "
        f"ratio {seq / sub_par:4.1f}x"
    )
    print(f"  peak memory of the coach's process: {peak_mib():.0f} MiB")


def bench_simple(args: argparse.Namespace) -> None:
    hub = start_local_hub(http_timeout=180)
    try:
        with tempfile.TemporaryDirectory(prefix="netkit-bench-") as tmp:
            out = make_render(Path(tmp), args.participants)
            ids = [e["id"] for e in manifest_entries(out)]
            seq_users = {pid: f"seq-{i:02d}" for i, pid in enumerate(ids)}
            par_users = {pid: f"par-{i:02d}" for i, pid in enumerate(ids)}
            with HubClient(hub.url, hub.token) as client:
                cold_seq = timed_deliver(out, client, seq_users, jobs=1)[0]
                cold_par = timed_deliver(out, client, par_users, jobs=args.jobs)[0]
                warm_seq = statistics.median(
                    timed_deliver(out, client, par_users, jobs=1)[0] for _ in range(args.repeat)
                )
                warm_par = statistics.median(
                    timed_deliver(out, client, par_users, jobs=args.jobs)[0] for _ in range(args.repeat)
                )
    finally:
        hub.stop()

    n = args.participants
    print(f"deliver to {n} participants on a local JupyterHub ({args.jobs} at once vs one after another)")
    print(
        f"  cold (create users, start servers, write): sequential {cold_seq:6.1f} s   "
        f"parallel {cold_par:6.1f} s   ratio {cold_seq / cold_par:4.1f}x"
    )
    print(
        f"  warm (servers running, re-delivery, median of {args.repeat}): sequential {warm_seq:6.2f} s   "
        f"parallel {warm_par:6.2f} s   ratio {warm_seq / warm_par:4.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spawner", choices=("fake", "simple"), default="fake")
    parser.add_argument("--participants", type=int, default=None, help="default: 500 (fake), 20 (simple)")
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--start-delay", type=float, default=2.0, help="fake: seconds one server start takes")
    parser.add_argument("--sequential", type=int, default=40, help="fake: subset delivered one at a time")
    parser.add_argument("--repeat", type=int, default=5, help="simple: runs of the warm comparison")
    args = parser.parse_args()
    if args.spawner == "fake":
        args.participants = args.participants or 500
        bench_fake(args)
    else:
        args.participants = args.participants or 20
        bench_simple(args)


if __name__ == "__main__":
    main()
