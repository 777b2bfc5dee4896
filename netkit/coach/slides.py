"""The presenter deck: one self-contained HTML file a coach projects (``slides.html``).

Slides for a room: one idea per slide, a few short lines (at most 40 words on nine slides in ten,
never more than 80: ``tests/test_slides.py`` counts), and the rest in the speaker notes. Every block
of the run sheet gets a slide with its short lines (the ``slide`` of :class:`netkit.coach.run_sheets.Block`)
and, for activities, a visible countdown timer; the notes carry what to say, the steps and the exercise
notebook's own text. A fictional demo participant walks through each exercise, computed by netkit
itself (the rings of :mod:`netkit.contacts`, the real linter's verdicts on a weak and a better draft,
a plan from :mod:`netkit.exercises.reflection.plan` dated from the workshop date, on weekdays). The
role-play gets one slide per role card; "I have no network" and "I hate networking" get a slide each.

No CDN, no web fonts, no external images: the deck works offline from a USB stick. Arrow keys,
space or a click move on; ``N`` shows the coach's notes (what to say); a slide's timer starts when
the slide is shown (``T`` restarts it); printing gives one slide per page.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from typing import Any

from netkit.coach.run_sheets import DEFAULT_TITLE, Block, RunSheet, load_guide
from netkit.markup import escape

__all__ = ["activity_slide", "demo_slides", "exercise_notes", "slides_html", "visible_words"]

_CSS = """
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#111}
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111}
.slide{display:none;position:absolute;inset:0;margin:auto;width:min(100vw,177.7vh);height:min(56.25vw,100vh);
background:#fff;padding:4.5vmin 6vmin;overflow:auto;font-size:2.6vmin;line-height:1.4}
.slide.current{display:block}.slide h1{font-size:5.2vmin;margin:.2em 0}.slide h2{font-size:4vmin;margin:.1em 0 .4em}
.slide h3{font-size:3vmin}.kicker{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:2vmin}
.cols{display:flex;gap:4vmin;align-items:flex-start}svg{overflow:visible}.cols>*{flex:1}svg.rings{width:100%;max-height:70vmin}
.draft{white-space:pre-wrap;border-left:.6vmin solid #999;padding:.2em .8em;font-size:3.2vmin}
.finding{margin:.3em 0}.finding b{font-family:ui-monospace,monospace;font-size:.9em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}
.notes{display:none;position:fixed;left:0;right:0;bottom:0;background:#ffd;border-top:2px solid #000;
padding:.6em 1em;font-size:16px;z-index:2}body.show-notes .current .notes{display:block}
.timer{position:absolute;right:6vmin;top:4vmin;font-size:6vmin;font-weight:bold;font-variant-numeric:tabular-nums;
border:.4vmin solid #000;border-radius:1vmin;padding:0 .4em}.timer.done{background:#000;color:#fff}
.big li,.big p{font-size:3.6vmin;margin:.35em 0}.card{border:.4vmin solid #000;padding:1vmin 3vmin}
.counter{position:fixed;right:1em;bottom:.5em;color:#aaa;font-size:13px;z-index:3}
@media print{html,body{background:#fff;height:auto}.slide{display:block;position:relative;width:100%;height:auto;
min-height:100vh;break-after:page;font-size:14pt}.counter,.notes{display:none!important}}
"""

_SCRIPT = """
(function(){var s=[].slice.call(document.querySelectorAll('.slide')),i=0,c=document.querySelector('.counter');
function go(n){i=Math.max(0,Math.min(s.length-1,n));s.forEach(function(e,k){e.classList.toggle('current',k===i)});
c.textContent=(i+1)+' / '+s.length;history.replaceState(null,'','#'+(i+1));if(typeof start==='function')start(s[i],false);}
document.addEventListener('keydown',function(e){if(['ArrowRight','PageDown',' '].indexOf(e.key)>=0)go(i+1);
else if(['ArrowLeft','PageUp'].indexOf(e.key)>=0)go(i-1);else if(e.key==='Home')go(0);
else if(e.key==='End')go(s.length-1);else if(e.key==='n'||e.key==='N')document.body.classList.toggle('show-notes');
else if(e.key==='t'||e.key==='T')start(s[i],true);});
var run=null;function show(t,left){t.textContent=Math.floor(left/60)+':'+('0'+left%60).slice(-2);
t.classList.toggle('done',left<=0);}
function start(slide,again){var t=slide.querySelector('.timer');if(!t)return;if(run){clearInterval(run.id);}
if(again||!t.dataset.left)t.dataset.left=t.dataset.seconds;show(t,+t.dataset.left);
run={id:setInterval(function(){var l=Math.max(0,+t.dataset.left-1);t.dataset.left=l;show(t,l);},1000)};}
document.addEventListener('click',function(e){if(!e.target.closest('a'))go(i+1);});
go((parseInt(location.hash.slice(1),10)||1)-1);})();
"""


def _slide(body: str, *, notes: str = "", kicker: str = "", minutes: int = 0) -> str:
    kick = f"<div class='kicker'>{escape(kicker)}</div>" if kicker else ""
    timer = f"<div class='timer' data-seconds='{minutes * 60}'>{minutes}:00</div>" if minutes else ""
    note = f"<aside class='notes'>{escape(notes)}</aside>" if notes else ""
    return f"<section class='slide'>{kick}{timer}{body}{note}</section>"


def _lines(lines) -> str:
    return "<ul class='big'>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def visible_words(slide_html: str) -> int:
    """How many words a slide shows on screen (its speaker notes and scripts left out)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(slide_html, "html.parser")
    for hidden in soup.select("aside.notes, script, style"):
        hidden.decompose()
    return len(soup.get_text(" ").split())


def exercise_notes(name: str) -> str:
    """The exercise notebook's own text (its markdown cells), for the speaker notes of its slides."""
    from netkit.resources import bundled_dir

    cells = json.loads((bundled_dir("exercises") / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]).strip() for c in cells if c["cell_type"] == "markdown")


def _weekdays(start: _dt.date, count: int) -> list[_dt.date]:
    """The first ``count`` weekdays after ``start``, every second one (a first step is not all on one day)."""
    from netkit.business_days import working_days

    calendar = working_days()
    return [calendar.after(start, 1 + 2 * n) for n in range(count)]


def _day(day: _dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def demo_slides(name: str, demo: dict, day: _dt.date) -> list[str]:
    """The demo participant's walk-through for one exercise (empty for the others); ``day``: the workshop date."""
    first = demo["name"].split()[0]
    walk_through = _DEMOS.get(name)
    return walk_through(demo, first, day) if walk_through else []


def _demo_welcome(demo: dict, first: str, day: _dt.date) -> list[str]:
    """The demo participant introduced: goal, stage and the organisations she aims at (she is fictional)."""
    rows = "".join(
        f"<tr><th>{escape(k)}</th><td>{escape(demo[key])}</td></tr>"
        for k, key in (("Goal", "goal"), ("Stage", "career_stage"), ("Aiming at", "target_organisations"))
    )
    return [
        _slide(
            f"<h2>Meet {escape(demo['name'])} (fictional)</h2><table>{rows}</table>",
            kicker="Demo",
            notes=f"{first} is invented; nobody from the roster appears on a slide. We walk through each "
            "exercise with her before people start on their own.",
        )
    ]


def _demo_network_map(demo: dict, first: str, day: _dt.date) -> list[str]:
    """The demo participant's map: her rings, and the one acquaintance at her targets."""
    from netkit.coach.worksheets import rings_svg
    from netkit.contacts import RINGS
    from netkit.profile_lists import split_list

    keys = list(RINGS)
    people = [(person, keys.index(ring)) for person, ring in demo["people"]]
    svg = rings_svg([r.label for r in RINGS.values()], people, centre=first)
    targets = " and ".join(split_list(demo["target_organisations"]))
    return [
        _slide(
            f"<h2>{escape(first)}'s map</h2><div class='cols'><div>{svg}</div><div class='big'><p>One "
            "acquaintance at her targets.</p><p>A dormant mentor: worth reviving.</p></div></div>",
            kicker="Demo",
            notes=f"Point at the rings: closer ties in the middle. Who does she know at {targets}? Only Leo, an "
            "acquaintance: a target organisation with almost no insider. Mr Ade, her old mentor, is dormant.",
        )
    ]


def _demo_outreach(demo: dict, first: str, day: _dt.date) -> list[str]:
    """The demo participant's first draft, what the linter flags in it, and the draft after one edit."""
    from netkit.exercises.outreach.followups import followup_dates
    from netkit.exercises.outreach.lint import lint

    found = lint(demo["weak_draft"], demo["draft_situation"])
    send = _weekdays(day, 1)[0]
    nudge = followup_dates(send)[0]
    flags = "".join(f"<li><b>{escape(f.rule)}</b></li>" for f in found) or "<li>Nothing: ready to send.</li>"
    return [
        _slide(
            f"<h2>{escape(first)}'s first draft</h2><div class='draft'>{escape(demo['weak_draft'])}</div>",
            kicker="Demo",
            notes="Ask the room what they would change before showing the next slide.",
        ),
        _slide(
            f"<h2>What the linter flags</h2><ul class='big'>{flags}</ul>",
            kicker="Demo",
            notes=" ".join(f"{f.rule}: {f.message}" for f in found),
        ),
        _slide(
            f"<h2>…after one edit</h2><div class='draft'>{escape(demo['better_draft'])}</div>"
            f"<p>Send {escape(_day(send))}; no reply by {escape(_day(nudge))}? One nudge.</p>",
            kicker="Demo",
            notes="Connection first, a question as the ask, more about Priya than about Noor. The linter has "
            "nothing left to say.",
        ),
    ]


def _demo_reflection(demo: dict, first: str, day: _dt.date) -> list[str]:
    """The demo participant's stay-in-touch plan: three people, each with their ring's rhythm."""
    from netkit.contacts.rhythms import cadence_for_ring
    from netkit.exercises.reflection.plan import commitment_statement, make_entry

    entries: list[Any] = []
    for (person, ring, step), start in zip(demo["plan"], _weekdays(day, len(demo["plan"]))):
        entries.append(make_entry(person, ring, cadence_for_ring(ring).key, step, start, today=day, existing=entries))
    rows = "".join(
        f"<tr><td>{escape(e.person)}</td><td>{escape(e.cadence_info.label)}</td>"
        f"<td>{escape(e.first_step)}</td><td>{escape(_day(e.first_date))}</td></tr>"
        for e in entries
    )
    return [
        _slide(
            f"<h2>{escape(first)}'s plan</h2><table><tr><th>Who</th><th>Rhythm</th><th>First step</th>"
            f"<th>When</th></tr>{rows}</table>",
            kicker="Demo",
            notes="Three people, not twenty; each with their ring's rhythm. "
            + commitment_statement(entries, day, demo["name"]),
        )
    ]


#: The demo slides of each step that has them, by the step's name.
_DEMOS: dict[str, Callable[[dict, str, _dt.date], list[str]]] = {
    "welcome": _demo_welcome,
    "network-map": _demo_network_map,
    "outreach": _demo_outreach,
    "reflection": _demo_reflection,
}


def activity_slide(block: Block, *, more_notes: str = "") -> str:
    """A block's slide: its title, its short lines, and a timer for anything people do (``more_notes``:
    added to the speaker notes)."""
    how = {"pair": "In pairs", "group": "In groups", "solo": "On your own", "break": "Break"}.get(block.kind, "")
    online = "".join(f"<p><b>{label}:</b> {escape(text)}</p>" for label, text in (("Chat", block.chat),) if text)
    notes = " ".join(
        x
        for x in (
            block.say,
            " ".join(block.steps),
            f"Breakout rooms: {block.breakout}" if block.breakout else "",
            more_notes,
        )
        if x
    )
    timed = block.kind != "plenary"
    number, _, title = block.title.rpartition(" — ")
    return _slide(
        f"<h2>{escape(title)}</h2>{_lines(block.slide)}{online}",
        kicker=number or how,
        notes=notes,
        minutes=block.minutes - (block.debrief["minutes"] if block.debrief else 0) if timed else 0,
    )


def _debrief_slide(block: Block) -> str:
    questions = block.debrief["questions"] if block.debrief else []
    return _slide(
        f"<h2>Debrief</h2>{_lines(questions)}",
        kicker=f"Everyone · {block.debrief['minutes'] if block.debrief else 0} min",
        notes="A few answers from the room; thank each one.",
        minutes=block.debrief["minutes"] if block.debrief else 0,
    )


def _role_slides(block: Block) -> list[str]:
    return [
        _slide(
            f"<h2>{escape(role['title'])}</h2><div class='card'>{_lines(role['card'])}</div>",
            kicker="Role card",
            notes="Show each card while groups choose roles; the cards are on worksheet 2 too.",
        )
        for role in block.roles
    ]


def _hard_moment_slides(sheet: RunSheet, ids: tuple[str, ...]) -> list[str]:
    return [
        _slide(
            f"<h2>{escape(m['title'])}</h2>{_lines(m['slide'])}",
            kicker="If you are thinking…",
            notes=m["say"],
        )
        for m in sheet.hard_moments
        if m["id"] in ids and m.get("slide")
    ]


def _agenda_title(title: str) -> str:
    return title.split(" — ")[-1].split(":")[0]


def _agenda_slide(sheet: RunSheet, session: int) -> str:
    """The plan of one session (or of the day): its activities but the breaks and the welcome, their minutes in the
    notes."""
    agenda = "".join(
        f"<li>{escape(_agenda_title(b.title))}</li>"
        for b in sheet.blocks
        if b.session == session and b.kind not in ("break",) and b.exercise != "welcome"
    )
    return _slide(
        f"<h2>{'Today' if sheet.sessions == 1 else f'Session {session}'}</h2><ol>{agenda}</ol>",
        kicker="Plan",
        notes=" · ".join(f"{b.title} ({b.minutes} min)" for b in sheet.blocks if b.session == session),
    )


def slides_html(sheet: RunSheet, *, today: _dt.date | None = None) -> str:
    """The deck for a run sheet (:class:`netkit.coach.run_sheets.RunSheet`); the demo is dated from the
    workshop date (``sheet.date``) when it is a date, else from ``today``."""
    from netkit.date_input import maybe_date

    workshop_day = maybe_date(sheet.date)
    day = workshop_day or today or _dt.date.today()
    when = f"{workshop_day:%A} {workshop_day.day} {workshop_day:%B %Y}" if workshop_day else sheet.date
    demo = load_guide()["demo"]
    title = sheet.workshop or DEFAULT_TITLE
    slides = [
        _slide(
            f"<h1>{escape(title)}</h1><p>{escape(' · '.join(x for x in (when, sheet.coach) if x))}</p>",
            kicker="Welcome",
            notes=(sheet.blocks[0].say if sheet.blocks else "") + " " + sheet.title,
        )
    ]
    session, met, warmed = 0, False, False
    for block in sheet.blocks:
        if block.session != session:
            session = block.session
            slides.append(_agenda_slide(sheet, session))
        solo = block.kind == "solo" and bool(block.exercise)
        if solo and not met:
            met = True
            slides += demo_slides("welcome", demo, day)
        slides.append(activity_slide(block, more_notes=exercise_notes(block.exercise) if solo else ""))
        if solo:
            slides += demo_slides(block.exercise, demo, day)
            if block.exercise == "network-map":
                slides.append(
                    _slide(
                        f"<h2>Places to look</h2>{_lines(sheet.categories)}",
                        kicker="Start wide",
                        notes="Read the list slowly; one name for each line.",
                    )
                )
                slides += _hard_moment_slides(sheet, ("no-network",))
        if block.roles:
            slides += _role_slides(block)
        if block.debrief:
            slides.append(_debrief_slide(block))
        if block.kind in ("pair", "group") and not warmed:
            # after the first conversation, where "I hate networking" is said out loud
            warmed = True
            slides += _hard_moment_slides(sheet, ("hate-networking",))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' "
        f"content='width=device-width,initial-scale=1'><title>{escape(title)} — slides</title>"
        f"<style>{_CSS}</style></head><body>{''.join(slides)}<div class='counter'></div>"
        f"<script>{_SCRIPT}</script></body></html>"
    )
