"""Exercise 3's forms, regret reflection: ``prompts`` (ReflectionPrompts), ``plan`` (PlanBuilder, PlanExport) and
``confidence`` (ConfidenceCheckIn)."""

from netkit.widgets.reflection.confidence import NOT_YET, ConfidenceCheckIn
from netkit.widgets.reflection.plan import PlanBuilder, PlanExport
from netkit.widgets.reflection.prompts import ReflectionPrompts

__all__ = ["NOT_YET", "ConfidenceCheckIn", "PlanBuilder", "PlanExport", "ReflectionPrompts"]
