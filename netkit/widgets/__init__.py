"""The forms: thin ipywidgets layers over the core, a subpackage per exercise and a module per workbook-wide form.

Every widget is built *from* the answers store (saved value first, default only when nothing
is saved) and only then observed, so building a form never overwrites saved answers.
Constructors never call ``display()``: a notebook cell's last expression shows them.
"""

__all__ = ["coach", "network", "opening", "outreach", "reflection", "rhythms", "sharing", "start", "steps", "takehome"]
