"""The step view: one exercise at a time in Voilà, with progress, Back / Next and a clear end.

``netkit compose`` puts ``steps = StepView([...])`` at the top of a workbook and ``steps.footer``
at the bottom. In Voilà (and the no-server site's app mode, whose extension sets ``NETKIT_STEPS``
and gives cells Voilà's tag classes) the header shows where the participant is (step n of N, the
coach report's milestones reached and which are still to do, the list of steps) and a ``<style>``
hides every other step's cells (see :mod:`netkit.coach.steps`). The one Back / Next pair is at the
foot of the step, where reading it ends. In JupyterLab both stay hidden and the workbook is a plain
notebook, cell by cell. The current step is saved, so a reload comes back to it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import ipywidgets as widgets

from netkit.coach.steps import CURRENT_STEP_KEY, Step, clamp, hide_others_css, milestone_progress, still_to_do
from netkit.html_pages import render_fragment
from netkit.languages import N_, gettext_for
from netkit.markup import Markup
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets.status import fill

__all__ = ["DONE", "ENV_STEPS", "StepView", "in_voila"]

#: Set to 1 to show the step view outside Voilà (e.g. a Voici or JupyterLite page).
ENV_STEPS = "NETKIT_STEPS"

_CSS = """<style>
.netkit-steps-header { border-bottom: 2px solid #1a5a96; padding: 6px 0 8px; }
.netkit-steps-header h2 { margin: 0 0 4px; font-size: 1.25rem; color: #111; }
.netkit-steps-list { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 4px 0 0; padding: 0;
  list-style: none; font-size: 0.95rem; color: #333; }
.netkit-steps-list [aria-current] { font-weight: bold; color: #0b3d6b; text-decoration: underline; }
.netkit-steps-progress progress { width: 12em; height: 0.9em; vertical-align: middle; }
.netkit-steps-todo { margin: 2px 0 0; font-size: 0.95rem; color: #333; }
.netkit-steps-done { border: 2px solid #2e6b37; border-radius: 6px; padding: 8px 12px; color: #1d4723;
  background: #eef7ef; }
</style>"""


#: The last step's words (HTML: the catalogs are the kit's own text, reviewed like code).
DONE = N_(
    "<b>You are done: take it home.</b> Press <i>Download everything</i> above to keep your "
    "workbook, answers, map and calendars. Back takes you to any step to change an answer."
)


def in_voila(environ: Mapping[str, str] | None = None) -> bool:
    """Is this kernel behind a Voilà page (Voilà sets ``SERVER_SOFTWARE=voila/<version>``)?"""
    environ = os.environ if environ is None else environ
    return environ.get("SERVER_SOFTWARE", "").startswith("voila") or environ.get(ENV_STEPS, "") in ("1", "true")


class StepView(widgets.VBox):
    """Step n of N with progress and the milestones still to do; ``footer`` holds the one Back / Next pair
    and says when you are done."""

    def __init__(
        self,
        steps: Sequence[tuple[str, str]],
        *,
        store: AnswersStore | None = None,
        enabled: bool | None = None,
        environ: Mapping[str, str] | None = None,
        language: str = "",
    ):
        """``steps``: (name, title) pairs, titles already in the participant's ``language``, which also sets
        the view's own words (Back, Next, "Step n of N", …)."""
        self._ = _ = gettext_for(language)
        self.language = language
        self.store = store or open_store()
        self.steps = [Step(name, title) for name, title in steps]
        self.enabled = in_voila(environ) if enabled is None else enabled
        self.current = clamp(self.store.get(CURRENT_STEP_KEY, 0), len(self.steps))
        self._title = widgets.HTML()
        self._progress = widgets.HTML()
        self._hide = widgets.HTML()
        self.back = widgets.Button(
            description=_("Back"), tooltip=_("The previous step"), layout=widgets.Layout(width="auto")
        )
        self.next = widgets.Button(
            description=_("Next"),
            button_style="primary",
            tooltip=_("The next step"),
            layout=widgets.Layout(width="auto"),
        )
        self._done = widgets.HTML()
        # After a move, the page scrolls back to the header and the keyboard focus moves to the step's
        # heading, through a tiny script output; where scripts are not rendered, nothing else changes.
        self._scroll = widgets.Output(layout=widgets.Layout(height="0px", overflow="hidden"))
        self._moves = 0
        self.back.on_click(lambda _b: self.go(self.current - 1, focus=True))
        self.next.on_click(lambda _b: self.go(self.current + 1, focus=True))
        self.footer = widgets.VBox([self._done, widgets.HBox([self.back, self.next])])
        self.footer.add_class("netkit-steps-footer")
        super().__init__([widgets.HTML(_CSS), self._hide, self._title, self._progress, self._scroll])
        self.add_class("netkit-steps-header")
        if not self.enabled:
            self.layout.display = "none"
            self.footer.layout.display = "none"
            return
        self._show()

    def go(self, index: int, *, focus: bool = False) -> None:
        """Show step ``index`` (clamped), save it, and refresh the progress; scroll up to the header."""
        self.current = clamp(index, len(self.steps))
        self.store.set(CURRENT_STEP_KEY, self.current)
        if self.enabled:
            self._show()
            self._moves += 1
            script = (
                "(() => { const h = document.querySelector('.netkit-steps-header h2'); if (!h) return; "
                "h.scrollIntoView({block: 'start'}); "
                + ("h.focus(); " if focus else "")
                + f"}})(); // move {self._moves}"
            )
            self._scroll.outputs = (
                {
                    "output_type": "display_data",
                    "metadata": {},
                    "data": {"application/javascript": script, "text/plain": ""},
                },
            )

    def _show(self) -> None:
        _ = self._
        count, step = len(self.steps), self.steps[self.current]
        last = self.current == count - 1
        progress = milestone_progress(self.steps, self.store.as_dict())
        done = sum(p.done for p in progress.values())
        total = sum(p.total for p in progress.values())
        self._hide.value = hide_others_css(self.steps, self.current)
        heading = fill(_("Step {n} of {count}: {title}"), n=self.current + 1, count=count, title=step.title)
        self._title.value = str(Markup("<h2 tabindex='-1'>{}</h2>").format(Markup(heading)))
        left = still_to_do(self.steps, progress)
        step_n = _("(step {n})")
        self._progress.value = str(
            render_fragment(
                "widgets/steps_progress.html.j2",
                language=self.language,
                counts=_("Milestones your coach's report counts:"),
                total=total,
                done=done,
                of=Markup(fill(_("{done} of {total}"), done=done, total=total)),
                counted=Markup(fill(_("{done} of {total} done"), done=done, total=total)),
                to_do=Markup(fill(_("{left} to do"), left=total - done)),
                still=_("Still to do:"),
                left=[(label, Markup(fill(step_n, n=self.steps.index(s) + 1))) for s, label in left],
                reached=_("Every milestone reached."),
                steps_label=_("Steps"),
                items=[
                    {
                        "mark": "✓ " if progress[other.name].complete else "",
                        "title": other.title,
                        "current": i == self.current,
                    }
                    for i, other in enumerate(self.steps)
                ],
            )
        )
        self.back.disabled = self.current == 0
        self.next.disabled = last
        self.next.layout.display = "none" if last else None
        done_html = Markup("<div class='netkit-steps-done' role='status'>{}</div>").format(Markup(_(DONE)))
        self._done.value = str(done_html) if last else ""
