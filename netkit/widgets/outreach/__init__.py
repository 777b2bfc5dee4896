"""Exercise 2's forms, outreach: ``form`` (the OutreachComposer), ``view`` (findings, outbox, follow-up dates as HTML)
``conversation`` (the ConversationGuide for after a reply) and ``cards`` (the "reasonable or not?" card sort)."""

from netkit.widgets.outreach.cards import RequestCardSort
from netkit.widgets.outreach.conversation import ConversationGuide
from netkit.widgets.outreach.form import DRAFT_KEY, OUTBOX_KEY, TYPED, OutreachComposer
from netkit.widgets.outreach.view import findings_html

__all__ = [
    "ConversationGuide",
    "DRAFT_KEY",
    "OUTBOX_KEY",
    "OutreachComposer",
    "RequestCardSort",
    "TYPED",
    "conversation",
    "findings_html",
]
