"""Exercise 2's forms, outreach: ``form`` (the OutreachComposer), ``view`` (findings, outbox, follow-up dates as HTML)
and ``conversation`` (the ConversationGuide for after a reply)."""

from netkit.widgets.outreach.conversation import ConversationGuide
from netkit.widgets.outreach.form import DRAFT_KEY, OUTBOX_KEY, TYPED, OutreachComposer
from netkit.widgets.outreach.view import findings_html

__all__ = ["DRAFT_KEY", "OUTBOX_KEY", "TYPED", "ConversationGuide", "OutreachComposer", "findings_html"]
