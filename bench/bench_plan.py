"""What a participant waits for in exercise 3: the plan refresh, the exports, the confidence chart.

    python bench/bench_plan.py [--people 30] [--repeat 15]

Prints medians (ms) and ratios against the obvious alternatives:

* "who to contact this month" computed with dateutil from the calendar's own RRULE (what netkit
  does, so workbook and calendar always agree) vs plain date arithmetic (the alternative, which
  would have to re-implement the RFC 5545 month-end rules);
* the confidence chart as SVG with real text (netkit, redrawn on every slider move) vs the same
  chart as a matplotlib PNG on a bare ``Figure`` with fixed margins (what netkit drew before);
* the two exports (.ics, printable HTML with the chart) of one plan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time

from dateutil.relativedelta import relativedelta

from netkit.exercises.reflection import plan
from netkit.exercises.reflection.confidence import confidence_svg
from netkit.reminders_ics import calendar_bytes

TODAY = dt.date(2026, 3, 10)


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def naive_this_month(entries):
    start, end = TODAY.replace(day=1), TODAY + relativedelta(day=31)
    out = []
    for e in entries:
        c = e.cadence_info
        k, day = 0, e.first_date
        while day <= end:
            if day >= start:
                out.append((day, e.person))
            k += 1
            day = (
                e.first_date + dt.timedelta(weeks=c.interval * k)
                if c.freq == "WEEKLY"
                else e.first_date + relativedelta(months=c.interval * k)
            )
    return sorted(out)


def matplotlib_chart():
    """The alternative: the same chart as a PNG from a bare matplotlib Figure with fixed margins."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.2, 1.5), dpi=100)
    ax = fig.add_subplot()
    ax.barh(["Before", "After"], [3, 8], color=["#9bb7cc", "#2a7ab0"], height=0.55)
    for y, value in enumerate((3, 8)):
        ax.text(value + 0.15, y, f"{value}/10", va="center", fontsize=9, parse_math=False)
    ax.set_xlim(0, 11.2)
    ax.invert_yaxis()
    ax.set_title("Confidence about reaching out (1–10)", fontsize=9)
    fig.subplots_adjust(left=0.16, right=0.97, top=0.82, bottom=0.17)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    rings = list(plan.RINGS)
    entries = [
        plan.PlanEntry(
            f"Person {i}",
            rings[i % len(rings)],
            plan.default_cadence(rings[i % len(rings)]),
            "Say hello",
            dt.date(2025, 1 + i % 12, 1 + i % 28),
        )
        for i in range(args.people)
    ]
    r = args.repeat
    rows = [
        (
            "this month + commitment (dateutil, netkit)",
            median_ms(lambda: (plan.due_this_month(entries, TODAY), plan.commitment_statement(entries, TODAY)), r),
        ),
        ("this month (plain date arithmetic)", median_ms(lambda: naive_this_month(entries), r)),
        (".ics export", median_ms(lambda: calendar_bytes(plan.to_reminders(entries)), r)),
        ("HTML plan", median_ms(lambda: plan.plan_html(entries, TODAY, name="Ada"), r)),
        (
            "HTML plan with the confidence chart",
            median_ms(lambda: plan.plan_html(entries, TODAY, name="Ada", confidence=(3, 8)), r),
        ),
        ("confidence chart SVG (netkit)", median_ms(lambda: confidence_svg(3, 8), r)),
        ("confidence chart PNG (matplotlib Figure)", median_ms(matplotlib_chart, r)),
    ]
    print(f"{args.people} people in the plan, median of {r} runs")
    for label, ms in rows:
        print(f"  {label:45s} {ms:8.2f} ms")
    print(f"  ratio dateutil / arithmetic this-month: {rows[0][1] / rows[1][1]:.1f}x")
    print(f"  ratio matplotlib PNG / SVG chart:       {rows[6][1] / rows[5][1]:.0f}x")


if __name__ == "__main__":
    main()
