"""The presenter deck: one self-contained HTML file a coach projects (``slides.html``).

Built from the same text participants read: each exercise notebook's markdown cells become
slides (through mistune, the Markdown parser nbconvert already brings), followed by a live
walk-through with a fictional demo participant whose map, draft and plan are computed by
netkit itself (the rings of :mod:`netkit.contacts`, the real linter's verdicts on a weak and a
better draft, a plan and commitment from :mod:`netkit.exercises.reflection.plan`). Pair and group activities get a
slide of their own with the steps (and breakout rooms and chat prompts online).

No CDN, no web fonts, no external images: the deck works offline from a USB stick. Arrow keys,
space or a click move on; ``N`` shows the coach's notes (what to say); printing gives one slide
per page.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from netkit.coach.run_sheets import DEFAULT_TITLE, RunSheet, exercise_title, heading, load_guide
from netkit.markup import Markup, escape

__all__ = ["activity_slide", "demo_slides", "exercise_slides", "slides_html"]

_CSS = """
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#111}
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111}
.slide{display:none;position:absolute;inset:0;margin:auto;width:min(100vw,177.7vh);height:min(56.25vw,100vh);
background:#fff;padding:4.5vmin 6vmin;overflow:auto;font-size:2.6vmin;line-height:1.4}
.slide.current{display:block}.slide h1{font-size:5.2vmin;margin:.2em 0}.slide h2{font-size:4vmin;margin:.1em 0 .4em}
.slide h3{font-size:3vmin}.kicker{text-transform:uppercase;letter-spacing:.08em;color:#555;font-size:2vmin}
.cols{display:flex;gap:4vmin;align-items:flex-start}svg{overflow:visible}.cols>*{flex:1}svg.rings{width:100%;max-height:70vmin}
.draft{white-space:pre-wrap;border-left:.6vmin solid #999;padding:.2em .8em;font-size:2.3vmin}
.finding{margin:.3em 0}.finding b{font-family:ui-monospace,monospace;font-size:.9em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}
.notes{display:none;position:fixed;left:0;right:0;bottom:0;background:#ffd;border-top:2px solid #000;
padding:.6em 1em;font-size:16px;z-index:2}body.show-notes .current .notes{display:block}
.counter{position:fixed;right:1em;bottom:.5em;color:#aaa;font-size:13px;z-index:3}
@media print{html,body{background:#fff;height:auto}.slide{display:block;position:relative;width:100%;height:auto;
min-height:100vh;break-after:page;font-size:14pt}.counter,.notes{display:none!important}}
"""

_SCRIPT = """
(function(){var s=[].slice.call(document.querySelectorAll('.slide')),i=0,c=document.querySelector('.counter');
function go(n){i=Math.max(0,Math.min(s.length-1,n));s.forEach(function(e,k){e.classList.toggle('current',k===i)});
c.textContent=(i+1)+' / '+s.length;history.replaceState(null,'','#'+(i+1));}
document.addEventListener('keydown',function(e){if(['ArrowRight','PageDown',' '].indexOf(e.key)>=0)go(i+1);
else if(['ArrowLeft','PageUp'].indexOf(e.key)>=0)go(i-1);else if(e.key==='Home')go(0);
else if(e.key==='End')go(s.length-1);else if(e.key==='n'||e.key==='N')document.body.classList.toggle('show-notes');});
document.addEventListener('click',function(e){if(!e.target.closest('a'))go(i+1);});
go((parseInt(location.hash.slice(1),10)||1)-1);})();
"""


def _markdown(text: str) -> Markup:
    """Markdown from an exercise notebook (our own text) as HTML; raw HTML in it is escaped."""
    import mistune

    return Markup(mistune.create_markdown(escape=True)(text))


def _slide(body: str, *, notes: str = "", kicker: str = "") -> str:
    kick = f"<div class='kicker'>{escape(kicker)}</div>" if kicker else ""
    note = f"<aside class='notes'>{escape(notes)}</aside>" if notes else ""
    return f"<section class='slide'>{kick}{body}{note}</section>"


def exercise_slides(name: str) -> list[str]:
    """One slide per markdown cell of ``exercises/<name>.ipynb`` (the participants' own text)."""
    from netkit.resources import bundled_dir

    cells = json.loads((bundled_dir("exercises") / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    texts = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    return [_slide(str(_markdown(text)), kicker=exercise_title(name)) for text in texts if text.strip()]


def demo_slides(name: str, demo: dict, today: _dt.date) -> list[str]:
    """The demo participant's walk-through for one exercise (empty for the others)."""
    from netkit.contacts import RINGS

    who = f"{demo['name']} (fictional)"
    if name == "welcome":
        rows = "".join(
            f"<tr><th>{escape(k)}</th><td>{escape(demo[key])}</td></tr>"
            for k, key in (
                ("Goal", "goal"),
                ("Stage", "career_stage"),
                ("Sectors", "target_sectors"),
                ("Organisations", "target_organisations"),
            )
        )
        return [
            _slide(
                f"<h2>Meet {escape(who)}</h2><p>We will walk through each exercise with her before you "
                f"start on your own.</p><table>{rows}</table>",
                kicker="Demo participant",
                notes="Noor is invented; nobody from the roster appears on a slide.",
            )
        ]
    if name == "network-map":
        from netkit.coach.worksheets import rings_svg, split_list

        keys = list(RINGS)
        people = [(person, keys.index(ring)) for person, ring in demo["people"]]
        svg = rings_svg([r.label for r in RINGS.values()], people, centre=demo["name"].split()[0])
        targets = escape(" and ".join(split_list(demo["target_organisations"])))
        return [
            _slide(
                f"<h2>{escape(who)}'s map</h2><div class='cols'><div>{svg}</div><div><p>Six people to "
                f"start with. Who does she know at {targets}? Only Leo, an acquaintance: a target "
                "organisation with almost no insider.</p><p>Mr Ade, her old mentor, is dormant: "
                "worth reviving.</p></div></div>",
                kicker="Demo: map your network",
                notes="Point at the rings: closer ties in the middle. Then at the dormant tie.",
            )
        ]
    if name == "outreach":
        from netkit.exercises.outreach.lint import lint

        def verdict(text: str) -> str:
            found = lint(text, demo["draft_situation"])
            items = "".join(f"<div class='finding'><b>{escape(f.rule)}</b> — {escape(f.message)}</div>" for f in found)
            return items or "<p>No suggestions: ready to send.</p>"

        return [
            _slide(
                f"<h2>{escape(who)}'s first draft</h2><div class='cols'><div class='draft'>"
                f"{escape(demo['weak_draft'])}</div><div><h3>What the linter says</h3>"
                f"{verdict(demo['weak_draft'])}</div></div>",
                kicker="Demo: write a message",
                notes="Ask the room what they would change before showing the next slide.",
            ),
            _slide(
                f"<h2>…and after one edit</h2><div class='cols'><div class='draft'>"
                f"{escape(demo['better_draft'])}</div><div><h3>What the linter says</h3>"
                f"{verdict(demo['better_draft'])}</div></div>",
                kicker="Demo: write a message",
                notes="Connection first, a question as the ask, more about Priya than about Noor.",
            ),
        ]
    if name == "reflection":
        from netkit.exercises.reflection.plan import commitment_statement, make_entry

        entries: list[Any] = []
        for person, ring, cadence, step in demo["plan"]:
            entries.append(make_entry(person, ring, cadence, step, today, today=today, existing=entries))
        rows = "".join(
            f"<tr><td>{escape(e.person)}</td><td>{escape(e.cadence_info.label)}</td>"
            f"<td>{escape(e.first_step)}</td></tr>"
            for e in entries
        )
        return [
            _slide(
                f"<h2>{escape(who)}'s plan</h2><table><tr><th>Who</th><th>How often</th><th>First step"
                f"</th></tr>{rows}</table><p><b>{escape(commitment_statement(entries, today, demo['name']))}"
                "</b></p>",
                kicker="Demo: from regret to a plan",
                notes="Three people, not twenty. A rhythm each; closer ties more often.",
            )
        ]
    return []


def activity_slide(block) -> str:
    """A pair or group activity: what to do, and online where to go."""
    steps = "".join(f"<li>{escape(s)}</li>" for s in block.steps)
    online = "".join(
        f"<p><b>{label}:</b> {escape(text)}</p>"
        for label, text in (("Breakout rooms", block.breakout), ("In the chat", block.chat))
        if text
    )
    return _slide(
        f"<h2>{escape(block.title)}</h2><p>{block.minutes} minutes, "
        f"{'in pairs' if block.kind == 'pair' else 'in groups'}.</p><ol>{steps}</ol>{online}",
        kicker=f"Your turn — {block.kind} activity",
        notes=block.say,
    )


def slides_html(sheet: RunSheet, *, today: _dt.date | None = None) -> str:
    """The deck for a run sheet (:class:`netkit.coach.run_sheets.RunSheet`)."""
    today = today or _dt.date.today()
    demo = load_guide()["demo"]
    title = sheet.workshop or DEFAULT_TITLE
    slides = [
        _slide(
            f"<h1>{escape(title)}</h1><p>{escape(heading(sheet))}</p><p>{escape(sheet.title)}</p>",
            kicker="Welcome",
            notes=sheet.blocks[0].say if sheet.blocks else "",
        )
    ]
    agenda = "".join(
        f"<li>{escape(b.title)} <small>({b.minutes} min)</small></li>" for b in sheet.blocks if b.kind != "break"
    )
    slides.append(_slide(f"<h2>Today</h2><ol>{agenda}</ol>", kicker="Plan"))
    shown = set()
    for block in sheet.blocks:
        if block.exercise and block.exercise not in shown and block.kind in ("plenary", "solo"):
            shown.add(block.exercise)
            slides += exercise_slides(block.exercise)
            slides += demo_slides(block.exercise, demo, today)
        if block.kind in ("pair", "group"):
            slides.append(activity_slide(block))
    slides.append(
        _slide(
            "<h2>Before you go</h2><ul><li>Download everything (on Binder it is your only copy)."
            "</li><li>Put your buddy's check-in in your calendar: two weeks from today.</li>"
            "<li>In 30 days you will get a short e-mail asking how it went.</li></ul>",
            kicker="Close",
            notes=sheet.blocks[-1].say if sheet.blocks else "",
        )
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' "
        f"content='width=device-width,initial-scale=1'><title>{escape(title)} — slides</title>"
        f"<style>{_CSS}</style></head><body>{''.join(slides)}<div class='counter'></div>"
        f"<script>{_SCRIPT}</script></body></html>"
    )
